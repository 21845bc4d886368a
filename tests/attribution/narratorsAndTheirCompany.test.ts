// First-person texts (a diary, letters home, an oral history, a reporter's notebook): the narrator stands
// where an outlet stands, so what officials told them is the officials' claim, while the narrator's own
// lines and the talk of their own company are nobody's. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { continuesReportedSpeech } from "../../src/core/attribution/continuation.ts";
import { readSentences, sidesOf } from "./readSides.ts";
import { extractLines } from "./readSides.ts";

function claimsOf(...lines: string[]) {
  return extractLines(...lines).claims.map((c) => ({ sentence: c.sentence, side: c.side }));
}

describe("the narrator's own company", () => {
  it("claims nothing with the dialogue of the narrator's family and colleagues, set down without quotation marks", () => {
    expect(sidesOf("My brother said, it is only thunder, go back to sleep.")).toEqual([]);
    expect(sidesOf("My wife came in and said, that's it, the road is closed.")).toEqual([]);
    expect(sidesOf("One of our drivers said much the same thing to me at the checkpoint.")).toEqual([]);
  });

  it("still gives a private person's opinion, told to the narrator, as that person's", () => {
    expect(sidesOf("My neighbour, a retired teacher, said the shelling had come from the east.")).toEqual(["other"]);
    expect(sidesOf("An old woman at the bus stop told me that the village had been empty for a week.")).toEqual(["other"]);
  });

  it("claims nothing with a request made of the narrator, or with one about how people are named", () => {
    expect(sidesOf("A soldier's widow asked me to send her the photograph.")).toEqual([]);
    expect(sidesOf("A man in a grey coat, who had walked from the next valley, asked me to write down his village's name.")).toEqual([]);
    expect(sidesOf("Both asked us to use only their first names.")).toEqual([]);
  });

  it("keeps an official who asks the narrator something a source", () => {
    expect(readSentences("Azerbaijan's Defence Ministry spokesman told me the strikes had hit only military targets.")[0]?.sides).toEqual(["azerbaijan"]);
  });
});

describe("speech that no one in the text makes", () => {
  it("claims nothing with somebody, anybody or what someone told us", () => {
    expect(sidesOf("Armenia's defence ministry said the town was shelled.", 'Somebody near the door said, in Armenian, "Again?"')).toEqual([]);
    expect(sidesOf("It is the best account of that night that anybody has written.")).toEqual([]);
    expect(sidesOf("This episode summarises what they told us and what the officials said at the time.")).toEqual([]);
    expect(sidesOf("An old man sat by the window and said nothing for an hour.")).toEqual([]);
  });

  it("keeps what a free relative is followed by", () => {
    expect(sidesOf('Pashinyan repeated what he told reporters on Monday: "The border is calm."')).toEqual(["armenia"]);
  });

  it("reads 'added up' as a sum", () => {
    expect(sidesOf("The ministry's figures for the week never added up to the total it had announced.")).toEqual([]);
  });
});

describe("the narrator's own lines after an official's", () => {
  it("does not run the official's report on into the narrator's first-person sentence", () => {
    const claims = claimsOf(
      "Notebook, 14 October",
      "",
      "Armenia's Defence Ministry said Azerbaijani troops had shelled three villages overnight.",
      "I could not reach any of them by phone, and I would not know for two days whether my cousin was alive.",
      "It was the kind of night on which you could not tell one explosion from the next.",
    );
    expect(claims.find((c) => c.sentence.includes("shelled three villages"))?.side).toBe("armenia");
    expect(claims.some((c) => c.sentence.includes("my cousin"))).toBe(false);
    expect(claims.some((c) => c.sentence.includes("one explosion"))).toBe(false);
  });

  it("still runs an interviewee's answer on in the first person", () => {
    expect(continuesReportedSpeech("I would have signed it the next day, had the text been ready.", false, true)).toBe(true);
    expect(continuesReportedSpeech("I would have signed it the next day, had the text been ready.")).toBe(false);
    expect(continuesReportedSpeech('Troops "I had never seen" had crossed the river.')).toBe(true);
  });
});

describe("officials a diary names", () => {
  it("reads 'the prosecutor's office' a diary mentions days later as the prosecutor named before", () => {
    expect(
      sidesOf(
        "On the evening news the Prosecutor General, Kamran Aliyev, said two civilians had been killed in the city.",
        "We slept in the corridor.",
        "The children did not go to school.",
        "My mother made soup for the neighbours.",
        "Nobody slept much.",
        "The next morning the windows were covered with plywood.",
        "By evening the prosecutor's office said four people had died.",
      ),
    ).toEqual(["azerbaijan"]);
  });

  it("gives a statement read out to whoever read it, and his later 'He said' too", () => {
    const reads = readSentences(
      "When Sergei Lavrov came out after midnight, he came out alone.",
      "No Mnatsakanyan, no Bayramov.",
      '"The parties agree to a humanitarian ceasefire from noon," he read, with the help of the International Committee of the Red Cross.',
      "He said the details still had to be agreed.",
    );
    expect(reads[2]?.sides).toEqual(["russia"]);
    expect(reads[3]?.sides).toEqual(["russia"]);
  });
});

describe("people a testimony names by their posts", () => {
  it("keeps a known official his state's when his present post comes before 'and a former' one", () => {
    expect(
      sidesOf(
        "The government's press centre in Kapan.",
        "Artsrun Hovhannisyan, the centre's coordinator and a former Defence Ministry spokesman, said the villages were calm.",
      ),
    ).toEqual(["armenia"]);
    expect(sidesOf("Seyran Ohanyan, head of the opposition Armenia faction and a former defence minister, said the army was weak.")).toEqual(["other"]);
  });

  it("reads a private role set off before the name as a private person's", () => {
    expect(sidesOf("The surgeon, Karen Melikyan, said the boy had lost a lot of blood.")).toEqual(["other"]);
    expect(sidesOf("The village teacher, Ani Sargsyan, said the school had been hit twice.")).toEqual(["other"]);
  });
});

describe("a notebook's speakers met again", () => {
  it("reads 'the same man' as the man who spoke before, however far back", () => {
    expect(
      sidesOf(
        '"I will not leave my house to them," a man told a Reuters reporter.',
        "Armenia's defence ministry said the road was open.",
        "The same man said families had dug up their parents' graves.",
      ),
    ).toEqual(["other"]);
  });

  it("reads '\"…,\" her post read' as the post of the speaker just named", () => {
    expect(
      sidesOf(
        "In Baku, the Defence Ministry spokesman, Vagif Dargahli, wrote that no civilians would be targeted.",
        '"Only military positions are being hit," his post read.',
      ),
    ).toEqual(["azerbaijan"]);
  });
});
