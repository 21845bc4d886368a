import { describe, expect, it } from "vitest";
import { fireTargetSide } from "../../src/core/casualties/affectedSide.ts";
import { extractCasualties } from "../../src/core/casualties/extractCasualties.ts";
import { ctx, testSideOf } from "./helpers.ts";

const sides = { sideOf: testSideOf };

describe("the crew of a craft brought down", () => {
  it("reads 'Azerbaijani-backed helicopter' as the Azerbaijani side's craft", () => {
    expect(extractCasualties("Azerbaijani-backed helicopter downed near the border, two crew dead", ctx("unattributed")).map((d) => d.affected)).toEqual([
      "azerbaijan",
    ]);
  });
  it("takes the side of a craft 'belonging to' a force, brought down in the sentence before, for its crew", () => {
    const target = fireTargetSide("A Mi-8 helicopter belonging to the Azerbaijani armed forces was shot down near the village on Monday.", sides);
    expect(target).toBe("azerbaijan");
    const after = target ? { ...ctx("unattributed"), fireTarget: target } : ctx("unattributed");
    expect(extractCasualties("All four crew members were killed.", after).map((d) => d.affected)).toEqual(["azerbaijan"]);
  });
  it("names no target by a craft that carried passengers of their own", () => {
    expect(fireTargetSide("An Azerbaijani helicopter carrying officials and foreign monitors was shot down near the village.", sides)).toBeNull();
  });
});
