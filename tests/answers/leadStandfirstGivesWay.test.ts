// A standfirst (the line under a headline, no closing mark: "…; Baku says the drone was spying, …")
// holds a side's word in short and most of the question's words, and the steps that look for the side's
// own word or its denial took it (a class of lead error on the annotated sets). The body sentence that
// tells that word in full, with its speaker, leads instead.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const drone = [
  "Azerbaijan downs Armenian drone over Tovuz",
  "",
  "Second Armenian drone shot down over Tovuz this month; Baku says the drone was spying, Armenians say it was unarmed and on a test flight",
  "",
  "By Lena Hartmann",
  "",
  "Azerbaijani forces shot down an Armenian reconnaissance drone over the Tovuz border district on Monday, the second such loss this month.",
  "",
  "The defence ministry in Baku said the aircraft had been photographing Azerbaijani artillery positions near the village of Dondar Gushchu before it was hit.",
  "",
  "Armenia's defence ministry said the drone had been unarmed.",
].join("\n");

const orchard = [
  "Woman killed as shells hit orchard near Tartar",
  "",
  "Baku blames Armenian artillery for the strike on Garagaya; Yerevan denies aiming at farms and accuses Azerbaijan of hiding guns in them",
  "",
  "A woman was killed and two farm workers were wounded on Friday when shells fell on an orchard outside the village of Garagaya, Azerbaijan's prosecutor general's office said.",
  "",
  "The office said the shells had been fired from Armenian positions across the line of contact.",
  "",
  "Armenia's defence ministry denied that its units had fired at the village.",
  "",
  "Its spokesman said Azerbaijani crews had placed howitzers among the orchards and farm buildings along the front.",
].join("\n");

const envoys = [
  "Envoys return to the region",
  "",
  "The mediators met both foreign ministers in Vienna on Tuesday and said they would travel to the region next month.",
  "",
  "Yerevan again denied that its regular army units were fighting inside Karabakh, and said the shelling of the woman's village was a matter for the Karabakh authorities.",
].join("\n");

describe("a standfirst holding a side's word in short", () => {
  const index = buildAnswerIndex(
    extractCorpus([
      { file: "drone.txt", text: drone },
      { file: "orchard.txt", text: orchard },
      { file: "envoys.txt", text: envoys },
    ]).knowledge,
  );

  it("gives way to the body sentence in which the side asked about speaks", () => {
    const answer = ask(index, "according to baku what was the armenian drone doing when it was shot down over tovuz");
    expect(answer.lead?.text).toContain("had been photographing Azerbaijani artillery positions");
    expect(answer.lead?.side).toBe("azerbaijan");
  });

  it("gives way to the body's denial, which names who denied", () => {
    const answer = ask(index, "did yerevan deny shelling garagaya where the woman died");
    expect(answer.lead?.text).toContain("denied that its units had fired at the village");
    expect(answer.lead?.side).toBe("armenia");
  });
});
