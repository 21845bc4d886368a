// "The cathedral's rector, Father X, said …" (issue 7): a role a place or institution of no side
// gives, set before its holder's name, makes the holder a third party, as "X, the cathedral's
// rector," already did; a ministry's spokesman named the same way still speaks for the ministry.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("a place's own role before its holder's name", () => {
  it("makes a cathedral's rector or a parish's pastor a third party", () => {
    expect(sidesOf("The cathedral's rector, Father Grigor Aslanyan, later said two families had sheltered inside.")).toEqual(["other"]);
    expect(sidesOf("The parish's pastor, Karen Melkonyan, said the church would reopen at Easter.")).toEqual(["other"]);
  });

  it("leaves a ministry's spokesman named so with his ministry's side", () => {
    expect(sidesOf("Armenia's defence ministry reported shelling.", "The ministry's spokesman, Artsrun Hovhannisyan, said the attack was repelled.")).toEqual([
      "armenia",
    ]);
  });
});

describe("a polity's or a named body's role before its holder's name", () => {
  it("is no third party's", () => {
    expect(
      sidesOf(
        "Armenia's foreign ministry condemned the shelling of Jermuk.",
        "The country's human rights defender, Kristine Grigoryan, said three civilians had been wounded.",
      ),
    ).toEqual(["armenia"]);
    expect(sidesOf("The Minsk Group met in Vienna.", "The Group's chairman, in a message to the ministry, called on all sides to show restraint.")).not.toEqual(
      ["other"],
    );
  });
});
