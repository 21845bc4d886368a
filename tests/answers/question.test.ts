import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";

describe("reading a question", () => {
  it("a 'how many' question asks for a figure, with whose losses and by whose account", () => {
    const q = understandQuestion("How many Azerbaijani troops died according to Yerevan?");
    expect(q).toMatchObject({ asked: "figure", affected: "azerbaijan", claimant: "armenia" });
  });

  it("'what did X say caused it' asks for a cause, in X's word", () => {
    expect(understandQuestion("What did Azerbaijan say caused the death of the soldier at Verin Shorzha?")).toMatchObject({
      asked: "why",
      claimant: "azerbaijan",
    });
    expect(understandQuestion("What did Azerbaijan say about the death of the soldier?").asked).not.toBe("why");
  });

  it("a capital that speaks is the claimant, not a place the question asks about", () => {
    expect(understandQuestion("What toll did Baku give for the missile strike on Gyanja?")).toMatchObject({ claimant: "azerbaijan", places: ["Ganja"] });
    expect(understandQuestion("How many civilians were killed in Baku in January 1990?").places).toEqual(["Baku"]);
    expect(understandQuestion("Did the Karabakh army admit any losses of its own?").places).toContain("Nagorno-Karabakh");
  });

  it("a speaker named in the question is the claimant, even by surname", () => {
    expect(understandQuestion("how many soldiers did pashinyan say were killed")).toMatchObject({ asked: "figure", claimant: "armenia", affected: null });
  });

  it("'who did it' asks for an actor, and 'who brokered' asks for a mediator", () => {
    expect(understandQuestion("Who shelled the village of Talish?").asked).toBe("who");
    expect(understandQuestion("who brokerd the truce?").asked).toBe("mediator");
  });

  it("'did X deny' asks for a denial or an admission", () => {
    expect(understandQuestion("Did Baku deny shelling the town?")).toMatchObject({ asked: "denial", claimant: "azerbaijan" });
  });

  it("what a mediator said is a mediator question", () => {
    expect(understandQuestion("What did the OSCE co-chairs call for?")).toMatchObject({ asked: "mediator", claimant: "osce-minsk-group" });
  });

  it("when, why and where are their own shapes", () => {
    expect(understandQuestion("When did the ceasefire start?").asked).toBe("when");
    expect(understandQuestion("Why was the road closed?").asked).toBe("why");
    expect(understandQuestion("Which villages were shelled?").asked).toBe("place");
  });

  it("a country word after a preposition is a place, not a speaker", () => {
    const q = understandQuestion("How many civilians died in Tartar?");
    expect(q.claimant).toBeNull();
    expect(q.places).toContain("Tartar");
  });

  it("a country word before an ordinary noun names neither claimant nor victims", () => {
    expect(understandQuestion("who shot down the russian helicopter?")).toMatchObject({ claimant: null, affected: null });
  });

  it("a named event gives the question its period", () => {
    expect(understandQuestion("casualties of the four-day war")?.time).toMatchObject({ start: "2016-04-01", end: "2016-04-05", relation: "during" });
    expect(understandQuestion("What happened in the 44 day war?").time?.event?.id).toBe("44-day-war");
  });

  it("'after' an event runs from the event onwards", () => {
    const time = understandQuestion("clashes after the 2020 deal").time;
    expect(time).toMatchObject({ start: "2020-11-09", relation: "after" });
    expect(time?.end.startsWith("9999")).toBe(true);
  });

  it("a month and year are the time when no event is named", () => {
    expect(understandQuestion("What happened near Hadrut in December 2020?").time).toMatchObject({ start: "2020-12-01", end: "2020-12-31", event: null });
  });

  it("'its own losses' makes the speaker's side the victims' too", () => {
    expect(understandQuestion("azerbaijan's own casualty figures for the border fight")).toMatchObject({
      asked: "figure",
      claimant: "azerbaijan",
      affected: "azerbaijan",
    });
  });

  it("a count of prisoners or of the displaced is not a death toll", () => {
    expect(understandQuestion("how many armenian soldiers were taken prisoner?").notCasualties).toBe(true);
    expect(understandQuestion("how many armenian soldiers died?").notCasualties).toBe(false);
  });

  it("'owned up to' and 'brushed off' ask whether a side admitted or denied", () => {
    expect(understandQuestion("did baku own up to downing the helicopter?").asked).toBe("denial");
  });

  it("'by' or 'as of' a date asks for a running total up to that day", () => {
    expect(understandQuestion("How many soldiers died by November 2020?").time).toMatchObject({ start: "0001-01-01", end: "2020-11-30", relation: "before" });
  });

  it("the object of 'did X deny …' is not the speaker, even when X is misspelt", () => {
    expect(understandQuestion("did bakou deny firing at armenian soldiers?").claimant).toBeNull();
  });
});
