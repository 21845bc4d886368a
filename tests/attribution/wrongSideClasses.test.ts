// Issue 7, "a wrong side is worse than no side": voices whose description names a side they do not
// speak for. A place in the subject's description (where a driver comes from, where villagers were
// met, where a group meets) is no speaker; civil bodies counted "in Armenia" are no state.
// Sentences written for this test.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences, sidesOf } from "./readSides.ts";

describe("a private person from a place, with an aside before the verb", () => {
  it("speaks for herself", () => {
    expect(sidesOf("A driver from Ijevan, who asked not to give his name, said his lorry carried flour.")).toEqual(["other"]);
    expect(sidesOf("A pensioner from Barda, who asked not to be named, said the blast woke the street.")).toEqual(["other"]);
  });

  it("leaves officials from a capital to their state, and workers from a body to the body", () => {
    expect(sidesOf("Officials from Baku, who asked not to be named, said the talks had stalled.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Aid workers from the International Committee of the Red Cross said hundreds of families were sleeping in wagons.")).toEqual(["icrc"]);
  });
});

describe("people placed by where they were met or where they are", () => {
  it("speak for themselves", () => {
    expect(sidesOf("The refugees I met in a gym in Goris tell it differently.")).toEqual(["other"]);
    expect(sidesOf("Others in Baku said the slogans pointed to nationalists.")).toEqual(["other"]);
    expect(sidesOf("A veterans' group in Shusha issued a statement warning against any concession.")).toEqual(["other"]);
    expect(sidesOf("On the Azerbaijani side, a refugees' group in Barda issued a statement warning against any concession.")).toEqual(["other"]);
  });

  it("leave officials of the place to its side, and fighters the reporter met there to the side they fight for", () => {
    expect(sidesOf("Officials in Baku said the slogans pointed to nationalists.")).toEqual(["azerbaijan"]);
    expect(sidesOf("On the Azerbaijani side, officials in Barda said the slogans pointed to nationalists.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenian fighters we met in Stepanakert on Sunday told us the road was mined.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("civil bodies counted in a state", () => {
  it("speak for themselves", () => {
    expect(sidesOf("Twenty non-governmental organisations in Azerbaijan said the mine was poisoning the river.")).toEqual(["other"]);
  });

  it("leave the state's own bodies to it", () => {
    expect(sidesOf("Government agencies in Azerbaijan said the mine was safe.")).not.toEqual(["other"]);
  });
});

describe("a gathering in a capital", () => {
  it("is not the capital speaking", () => {
    expect(sidesOf("The heads of Armenia's religious communities met in Yerevan on Friday to condemn what they called attacks on churches.")).toEqual([
      "other",
    ]);
  });

  it("leaves the state's own meeting to it", () => {
    expect(sidesOf("Armenia's Security Council met in Yerevan on Friday to condemn what it called attacks on churches.")).toEqual(["armenia"]);
  });
});

describe("a known person's lawyers", () => {
  it("speak for themselves, whatever place the aside about him names", () => {
    expect(sidesOf("Lawyers for Ruben Vardanyan, who is held in Baku, said the hearing had been closed to the press.")).toEqual(["other"]);
    expect(sidesOf("A lawyer for Ilham Aliyev said the article was defamatory.")).toEqual(["other"]);
  });

  it("are a state's when they plead for the state", () => {
    expect(sidesOf("Lawyers for Azerbaijan told the court the request was baseless.")).toEqual(["azerbaijan"]);
  });
});

describe("a fighter the text says is not speaking for his army", () => {
  it("speaks for himself", () => {
    expect(sidesOf("Nearby, an Armenian conscript from Goris, speaking informally, said his unit had no fuel.")).toEqual(["other"]);
    expect(sidesOf("A young Azerbaijani soldier, not authorised to comment, said the post had been quiet for a week.")).toEqual(["other"]);
  });

  it("leaves an official or an officer speaking unnamed to his side, and a fighter with no such aside", () => {
    expect(sidesOf("An Azerbaijani official, speaking on condition of anonymity, said the talks had stalled.")).toEqual(["azerbaijan"]);
    expect(sidesOf("An Azerbaijani officer, speaking informally, said the talks had stalled.")).toEqual(["azerbaijan"]);
    expect(sidesOf("A young Azerbaijani conscript said the post had been quiet for a week.")).toEqual(["azerbaijan"]);
  });
});

describe("people a leader's name owns, in a text of his term", () => {
  const report = (...paragraphs: string[]) =>
    extractLines("# Protests after the vote", "", "By a staff correspondent", "", "YEREVAN, 3 March 2003", "", ...paragraphs.flatMap((p) => [p, ""])).claims;
  const sideOf = (claims: ReturnType<typeof report>, start: string) => claims.find((c) => c.sentence.startsWith(start))?.side;

  it("speak for themselves, not in his office", () => {
    const claims = report("Thousands marched through the capital on Sunday.", "Kocharyan's supporters say the count was clean and the protests were paid for.");
    expect(sideOf(claims, "Kocharyan's supporters")).toBe("other");
  });

  it("leave the leader himself to his office", () => {
    const claims = report("Thousands marched through the capital on Sunday.", "Kocharyan says the count was clean and the protests were paid for.");
    expect(sideOf(claims, "Kocharyan says")).toBe("armenia");
  });
});

describe("groups named by the people they represent", () => {
  it("speak for themselves, not for the places in what befell those people", () => {
    expect(sidesOf("Groups representing the 40,000 Azerbaijanis who fled Kelbajar after Armenian forces took the district say they want guarantees.")).toEqual([
      "other",
    ]);
  });

  it("leave those representing a state to it", () => {
    expect(sidesOf("Lawyers representing Armenia told the court the request was urgent.")).toEqual(["armenia"]);
  });
});

describe("a body's interviews with officials", () => {
  it("are the body's account, not the officials'", () => {
    expect(sidesOf("According to the group's interviews with refugees and Azerbaijani officials, six villagers were shot in Kelbajar.")).toEqual(["other"]);
  });

  it("leave interviews the outlet reports with officials to the officials", () => {
    expect(sidesOf("According to interviews with Azerbaijani officials, six villagers were shot in Kelbajar.")).toEqual(["azerbaijan"]);
  });
});

describe("officials quoted in a report", () => {
  it("leave the report to speak, for its author", () => {
    const [, quoted, next] = readSentences(
      "A Helsinki Watch report published on Monday says the offensive killed hundreds of civilians.",
      "According to Armenian defence officials quoted in the report, the village had 900 inhabitants.",
      "The report notes that two inquiries were under way.",
    );
    expect(quoted?.sides).toEqual(["other"]);
    expect(next?.sides).toEqual(["other"]);
  });

  it("leave officials quoted by no work to their side", () => {
    expect(sidesOf("According to Armenian defence officials, the village had 900 inhabitants.")).toEqual(["armenia"]);
  });
});

describe("a Moscow daily after the Union ended", () => {
  const report = (day: string, line: string) =>
    extractLines("# The siege of Kelbajar", "", "By a staff correspondent", "", `MOSCOW, ${day}`, "", line, "").claims[0]?.side;

  it("speaks for itself, whatever city it is printed in", () => {
    expect(report("2 April 1993", "The Moscow newspaper Izvestia wrote that the town had been shelled for a week.")).toBe("other");
    expect(report("2 April 1993", "Pravda reported that the garrison had left the town.")).toBe("other");
  });

  it("is the centre's before the Union ended, and Russia's state agency stays Russia's", () => {
    expect(report("2 April 1990", "Izvestia reported that the garrison had left the town.")).toBe("russia");
    expect(report("2 April 1993", "The state news agency TASS reported that the garrison had left the town.")).toBe("russia");
  });
});

describe("a company's local subsidiary named after the country", () => {
  it("speaks for the company once the text has named it so", () => {
    const reads = readSentences(
      "The Armenian subsidiary of Caspian Gold has asked the police to clear the road to its mine.",
      "In a statement on Friday, Caspian Armenia said the protesters had been paid.",
    );
    expect(reads[1]?.sides).toEqual(["other"]);
  });

  it("leaves the country to speak where no such company was named", () => {
    expect(sidesOf("In a statement on Friday, Armenia said the protesters had been paid.")).toEqual(["armenia"]);
  });
});
