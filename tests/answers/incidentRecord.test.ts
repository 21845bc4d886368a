import { beforeAll, describe, expect, it } from "vitest";
import { buildAnswerIndex, type AnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { incident, suggestIncidents } from "../../src/core/answers/index.ts";
import { incidentTitle } from "../../src/core/answers/incidentTitle.ts";
import { corpusFixture } from "../search/knowledgeFixture.ts";
import { tollCorpus } from "./tollFixture.ts";

let index: AnswerIndex;
beforeAll(() => {
  index = buildAnswerIndex(tollCorpus());
});

describe("an incident record", () => {
  it("has a short human title: what, where, when — never a list of places", () => {
    const titles = index.incidents.map((i) => i.label);
    expect(titles).toContain("Rocket strike on Beylagan, 17–18 Oct 2020");
    expect(titles.every((t) => !/,.*,.*,/.test(t))).toBe(true);
  });

  it("names the event whose period holds it", () => {
    const strike = index.incidents.find((i) => i.places.includes("Beylagan"));
    expect(strike?.event?.id).toBe("44-day-war");
  });

  it("is offered by autocomplete under its title", () => {
    expect(suggestIncidents(index, "rocket")).toContain("Rocket strike on Beylagan, 17–18 Oct 2020");
  });

  it("falls back to the day it was reported when its sentences give none, and prefers a town to a capital", () => {
    const counts = new Map([
      ["Baku", 3],
      ["Tartar", 1],
    ]);
    expect(incidentTitle({ sentences: ["Shelling hit the town."], placeCounts: counts, start: null, end: null, published: "2016-04-02" }).title).toBe(
      "Shelling of Tartar, reported 2 Apr 2016",
    );
  });
});

describe("/incident", () => {
  it("shows the accusing side first and the other side's denial right after it", () => {
    const groups = incident(index, "Beylagan").lines.map((l) => l.group?.split(" · ")[1]);
    const says = groups.indexOf("Azerbaijan says");
    const replies = groups.indexOf("Armenia replies");
    expect(says).toBeGreaterThanOrEqual(0);
    expect(replies).toBeGreaterThan(says);
  });

  it("says plainly when a belligerent has no statement in the corpus", () => {
    expect(incident(index, "Fizuli").note).toMatch(/no statement in the corpus from Azerbaijan/);
    expect(incident(index, "Beylagan").note ?? "").not.toMatch(/no statement/);
  });

  it("shows every sentence once, each with its day", () => {
    const lines = incident(index, "Beylagan").lines;
    const texts = lines.map((l) => l.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(lines.every((l) => l.date)).toBe(true);
  });

  it("shows a toll's update with the figure it replaces", () => {
    const rows = incident(index, "Beylagan").table ?? [];
    expect(rows.map((r) => r.change)).toEqual(expect.arrayContaining(["first", "updated (7 → 12)"]));
  });

  it("includes the mediators' reactions", () => {
    expect(incident(index, "Beylagan").lines.some((l) => l.side === "icrc" && l.mediator)).toBe(true);
  });
});

describe("a reply that names no place or day", () => {
  it("joins the incident it answers, nearest in the article, so the replying side is shown", () => {
    const corpus = corpusFixture({
      file: "r1.txt",
      published: "2021-03-25",
      places: ["Khramort"],
      paragraphs: [
        "The Karabakh army said enemy troops had advanced near Khramort on March 24.",
        "The defence ministry in Baku dismissed the report as disinformation.",
      ],
      claims: [
        { paragraph: 0, fragment: "had advanced", side: "nagorno-karabakh", speaker: "The Karabakh army", kind: "accusation", date: "2021-03-24" },
        { paragraph: 1, fragment: "dismissed the report", side: "azerbaijan", speaker: "The defence ministry in Baku", kind: "denial" },
      ],
    });
    const answer = incident(buildAnswerIndex(corpus), "Khramort");
    const groups = answer.lines.map((l) => l.group?.split(" · ")[1]);
    expect(groups).toEqual(["Nagorno-Karabakh says", "Azerbaijan replies"]);
    expect(answer.note ?? "").not.toMatch(/no statement/);
  });
});
