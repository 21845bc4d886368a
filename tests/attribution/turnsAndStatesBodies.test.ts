import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a stranger heading a state's own body", () => {
  it("speaks for the state whose agency he heads, though the gazetteer knows neither", () => {
    expect(sidesOf("Tomas Berg, the head of Armenia's National Agency for Road Safety, said that 40 people had died on the roads.")).toEqual(["armenia"]);
    expect(sidesOf("Ilgar Hasanov, the director of Azerbaijan's State Migration Service, said 300 families had been rehoused.")).toEqual(["azerbaijan"]);
  });

  it("keeps a newsroom or a private firm unplaced", () => {
    expect(sidesOf("Tomas Berg, the head of Armenia's private news agency, said that 40 people had died.")).toEqual(["unclear"]);
  });
});

describe("a turn taken for a state", () => {
  it("gives a name the text did not place the side it opens for", () => {
    expect(sidesOf("Opening for Armenia, Lena Marsh told the judges that the road had been closed for weeks.")).toEqual(["armenia"]);
    expect(sidesOf("Speaking on behalf of Azerbaijan, Karl Ode said the mines had been laid after the war.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Karl Ode, speaking for Azerbaijan, told the bench that the mines had been laid after the war.")).toEqual(["azerbaijan"]);
  });

  it("outranks a bare surname the running report gave first, unplaced", () => {
    expect(
      sidesOf(
        "Ode rejected the account of a blockade as untrue.",
        "Closing for Azerbaijan, Deputy Minister Karl Ode told the judges that the mines had been laid after the war.",
        "He said the court should order a halt.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("leaves people the state's possessive owns to be read as before", () => {
    expect(sidesOf("Speaking for Azerbaijan's displaced families, Karl Ode said the mines had been laid after the war.")).not.toEqual(["azerbaijan"]);
  });
});
