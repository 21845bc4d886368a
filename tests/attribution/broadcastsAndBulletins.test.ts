// Broadcast transcripts that print the reporter's name before the role, captions of texts shown on
// screen, and bulletins of groups named after a country.
import { describe, expect, it } from "vitest";
import { extractLines, readSentences } from "./readSides.ts";

const claimsOf = (...paragraphs: string[]) => extractLines(paragraphs.join("\n\n")).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, start: string) => claims.find((c) => c.sentence.includes(start))?.side;

describe("a broadcast transcript", () => {
  const transcript = [
    "Transcript: Border talks stall",
    "PRESENTER (ANNA BERG): Talks on the border stalled again today. Our Caucasus correspondent, Marta Voss, has the story.",
    "MARTA VOSS, REPORTER: The first word came from Yerevan. Armenia's foreign ministry said its delegation had left the talks.",
    "[SOUNDBITE] ELNUR MAMMADOV, AZERBAIJANI DEFENCE MINISTRY SPOKESMAN (interpreted): Our positions were shelled overnight.",
    "VOSS: The European Union said it was watching the border closely. Brussels moved quickly.",
    "[SOUNDBITE] ARA SIMONYAN, ARMENIAN DEFENCE MINISTRY SPOKESMAN: Not a single shot was fired from our side.",
    '[GRAPHIC: ARMENIAN FOREIGN MINISTRY STATEMENT] "The delegation will return when the shelling stops."',
    "VOSS: Nobody expects a quick deal. The talks may resume next month. Anna, back to you.",
    "BERG: Marta Voss reporting there.",
  ];

  it("reads a reporter whose name comes before the role as the outlet's narration, keeping each reported speaker", () => {
    const claims = claimsOf(...transcript);
    expect(sideOf(claims, "its delegation had left the talks")).toBe("armenia");
    expect(sideOf(claims, "watching the border closely")).toBe("european-union");
    expect(claims.find((c) => c.sentence.includes("The first word came from Yerevan"))).toBeUndefined();
    expect(claims.find((c) => c.sentence.includes("Nobody expects a quick deal"))).toBeUndefined();
  });

  it("gives the words of a text shown on screen to the body its caption names", () => {
    expect(sideOf(claimsOf(...transcript), "The delegation will return when the shelling stops")).toBe("armenia");
  });

  it("keeps a guest's soundbite the guest's", () => {
    expect(sideOf(claimsOf(...transcript), "Our positions were shelled overnight")).toBe("azerbaijan");
  });
});

describe("a monitoring group's bulletin", () => {
  it("does not take a tagline that says the page holds field notes for a release of the body", () => {
    const claims = claimsOf(
      "**Border Watch Armenia** · Bulletin No. 3 · 2 May 2025",
      "# Rent aid runs out for families from Karabakh",
      "*Field notes and reporting on families displaced from Nagorno-Karabakh*",
      "More than 100,000 people left Karabakh in September 2023.",
      "Anahit Sargsyan, a member of a refugees' council, said the payments had been cut without warning.",
      "Armenia's government said the support had always been meant to be temporary.",
    );
    expect(claims.find((c) => c.sentence.startsWith("More than 100,000 people"))).toBeUndefined();
    expect(sideOf(claims, "had always been meant to be temporary")).toBe("armenia");
    expect(sideOf(claims, "the payments had been cut")).not.toBe("armenia");
  });

  it("reads the press release of a monitor named after a country as a third party's", () => {
    const claims = claimsOf(
      "Press release",
      "Border Watch Armenia",
      "2 May 2025",
      "Families displaced from Karabakh cannot pay their rent after the aid cut.",
      "We call on the government to restore the payments.",
    );
    expect(sideOf(claims, "We call on the government")).toBe("other");
  });

  it("still reads a state's rights defender as the state's", () => {
    const claims = claimsOf("Press release", "Human Rights Defender of Armenia", "2 May 2025", "Shelling damaged two schools in Tavush.");
    expect(sideOf(claims, "Shelling damaged two schools")).toBe("armenia");
  });
});

describe("a radio bulletin that hands over to its correspondent", () => {
  it("reads the correspondent's surname label as the outlet's narration, keeping each speaker", () => {
    const claims = claimsOf(
      "Evening bulletin",
      "NEWSREADER: Fighting went on around Lachin today. The Armenian defence ministry said its positions were shelled.",
      "Azerbaijan's defence ministry said it had repelled an attack.",
      "From Baku, our correspondent Piotr Lane.",
      "LANE: The capital is tense tonight. Azerbaijan's foreign minister said the talks were over. Armenia's government says it does not control the fighters.",
      "NEWSREADER: In Moscow, the Russian foreign ministry called for restraint.",
      "NEWSREADER: That is the end of the news.",
    );
    expect(sideOf(claims, "the talks were over")).toBe("azerbaijan");
    expect(sideOf(claims, "does not control the fighters")).toBe("armenia");
    expect(claims.find((c) => c.sentence.includes("The capital is tense tonight"))).toBeUndefined();
  });
});

describe("a record of questions and answers with the page's own notes", () => {
  it("ends an answer at a note of the page's and gives the next label its own voice", () => {
    const claims = claimsOf(
      "Foreign Office questions: the Caucasus",
      "Question (MP): What is the Government doing to end the fighting?",
      "Jane Holt (Minister for Europe): We are calling for an immediate ceasefire. We have spoken to both foreign ministers.",
      "Question (MP): Will the Minister raise the shelling of towns?",
      "Jane Holt: We raise it at every meeting.",
      "Note: Azerbaijan says a missile killed nine civilians in Ganja; Armenia denies firing it.",
    );
    expect(sideOf(claims, "Azerbaijan says a missile killed nine civilians")).toBe("azerbaijan");
  });
});

describe("an aggregator that reprints a press release under its label", () => {
  it("gives every sentence of the release to the body the lead-in names, to the page's end", () => {
    const claims = claimsOf(
      "# Families move into new flats in Lachin",
      "*Return News reprints official statements. The following press release was issued by the State Committee of the Republic of Azerbaijan for Affairs of Refugees and Internally Displaced Persons on 2 June 2024.*",
      "**PRESS RELEASE**",
      "Forty families have moved into the first apartment block built in Lachin since its liberation.",
      "The families expressed their gratitude for the care shown to them.",
    );
    expect(sideOf(claims, "Forty families have moved")).toBe("azerbaijan");
    expect(sideOf(claims, "expressed their gratitude")).toBe("azerbaijan");
  });
});

describe("a quoted paragraph a lead-in announces", () => {
  it("gives the words to the person the lead-in names", () => {
    const claims = claimsOf(
      "# The second strike",
      "The host plays the remarks that Hikmet Hajiyev, the Azerbaijani president's aide, made to reporters at the scene:",
      '"This was a deliberate strike on a sleeping city, and the world must see it."',
    );
    expect(sideOf(claims, "a deliberate strike on a sleeping city")).toBe("azerbaijan");
  });

  it("leaves a quoted sign or banner no one's", () => {
    const claims = claimsOf(
      "# The protest",
      "Armenia's foreign ministry said the talks would go on.",
      "A banner over the square read:",
      '"No land for peace."',
    );
    expect(sideOf(claims, "No land for peace")).toBeUndefined();
  });
});

describe("a soundbite cue on a line of its own", () => {
  it("gives the clip under it to the speaker the cue names", () => {
    const claims = claimsOf(
      "Evening news transcript",
      "PRESENTER: The war is over, both sides say. Here is our report.",
      "REPORTER: In Baku, crowds filled the streets. In Yerevan, protesters stormed the parliament.",
      "[SOUNDBITE - ILHAM ALIYEV, PRESIDENT OF AZERBAIJAN (interpreted)]",
      '"We have ended the occupation of our lands."',
      "REPORTER: Local media reported that two deputies were beaten. The night was long.",
      "PRESENTER: That report from our correspondent.",
    );
    expect(sideOf(claims, "We have ended the occupation")).toBe("azerbaijan");
    expect(sideOf(claims, "two deputies were beaten")).toBe("other");
  });
});

describe("what a speaker called it", () => {
  it("reads 'He called it \"…\"' as his words", () => {
    const reads = readSentences("Nikol Pashinyan said he had signed the statement.", 'He called it "deeply painful for me and for our people".');
    expect(reads[1]?.sides).toEqual(["armenia"]);
  });
});
