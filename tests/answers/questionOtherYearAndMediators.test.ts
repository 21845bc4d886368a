// The question's own words decide what is asked: a year typed beside an event's alias that falls
// outside that event names another event of the same kind ("the 2010 Mardakert skirmish" is not the
// one of 2008), and "how did the mediators react" asks for the mediators' word, whoever of them spoke.
import { describe, expect, it } from "vitest";
import { understandQuestion } from "../../src/core/answers/question.ts";

describe("a year beside a named event", () => {
  it("keeps the event when the year is the event's", () => {
    expect(understandQuestion("How many soldiers died in the 2008 Mardakert skirmish?").time?.event?.id).toBe("mardakert-clashes-2008");
  });

  it("takes the typed year when it lies outside the event", () => {
    const time = understandQuestion("How did the co-chairs react to the 2010 Mardakert skirmish?").time;
    expect(time?.event).toBeNull();
    expect(time?.start).toBe("2010-01-01");
    expect(time?.end).toBe("2010-12-31");
  });
});

describe("the mediators reacting", () => {
  it("asks for a mediator's word when the mediators react", () => {
    expect(understandQuestion("How did the mediators react to the attack on the village?").asked).toBe("mediator");
    expect(understandQuestion("What was the mediators' reaction to the shelling?").asked).toBe("mediator");
  });

  it("still asks for a side's response to the mediators", () => {
    expect(understandQuestion("How did Baku respond to the mediators?").asked).toBe("response");
  });
});

describe("a speaker named by an abbreviation or beside keywords", () => {
  it("reads 'the French govt' as France speaking, not as a place", () => {
    expect(understandQuestion("French govt response to the vote recognising Artsakh").claimant).toBe("france");
  });

  it("reads figures among keywords as what was reacted to, not a count asked", () => {
    expect(understandQuestion("museum wax figures of soldiers reaction of Armenian MFA").asked).toBe("response");
    expect(understandQuestion("death toll reaction of the ministry").asked).toBe("figure");
  });
});
