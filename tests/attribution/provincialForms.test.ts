// Forms of local and provincial news met on first contact with blind57, each on sentences written
// for it: a governor named with the unit of his place, an Iranian province's official set off before
// his name, and a resident introduced with his age whom a later "he said" points back to.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a provincial official named with his place", () => {
  it("gives 'Governor of Syunik province Robert Ghukasyan said' to Armenia", () => {
    expect(sidesOf("Governor of Syunik province Robert Ghukasyan said the road to Goris was open again.")).toEqual(["armenia"]);
  });

  it("gives '…, the deputy governor of West Azerbaijan for security affairs, Hossein Karimi, said' to Iran, not to a state named in what he said", () => {
    expect(
      sidesOf(
        "Three shells fired in the Karabakh fighting fell near Poldasht, the deputy governor of West Azerbaijan for security affairs, Hossein Karimi, said.",
      ),
    ).toEqual(["iran"]);
  });
});

describe("a local office whose town the text named before", () => {
  it("gives 'Mayor X said' to the state of the town the last sentences were about", () => {
    const read = readSentences(
      "By noon the bus station of Sisian was full of families from the valley.",
      "Mayor Armen Hakobyan said the town had opened two schools for them.",
    );
    expect(read.at(-1)?.sides).toEqual(["armenia"]);
  });

  it("leaves it unclear when the last sentences named places of both sides", () => {
    const read = readSentences("Shells fired from Tovuz fell on Chinari overnight.", "Governor Hayk Chobanyan said two houses were hit.");
    expect(read.at(-1)?.sides).toEqual(["unclear"]);
  });

  it("gives a district executive's representative in a village the district's side", () => {
    const read = readSentences(
      "Shells hit two houses in Tovuz district overnight.",
      "Executive representative Elvin Mammadov said the roofs would be repaired.",
    );
    expect(read.at(-1)?.sides).toEqual(["azerbaijan"]);
  });

  it("gives 'his office says' after 'Mayor X' the town's side, and a later surname to him", () => {
    const read = readSentences(
      "By noon the bus station of Kapan was full of families.",
      "Mayor Levon Avetisyan has not slept at home since Sunday, his office says.",
      '"We have never seen anything like it," Avetisyan told reporters.',
    );
    expect(read.map((r) => r.sides)).toEqual([[], ["armenia"], ["armenia"]]);
  });

  it("leaves it unclear when no place was named", () => {
    expect(sidesOf("Mayor Armen Hakobyan said the town had opened two schools.")).toEqual(["unclear"]);
  });
});

describe("a resident introduced with an age", () => {
  it("is the 'he' of the quotation that follows, not the minister who spoke before", () => {
    const read = readSentences(
      "Prime Minister Nikol Pashinyan said 7,600 people had been displaced.",
      "In Kut, Gagik, 63, sits on the steps of his shop and looks at the hills.",
      '"We are not leaving, but the children cannot come back yet.',
      'Nobody can promise they will not shoot again," he said.',
    );
    expect(read.at(-1)?.sides).toEqual(["other"]);
  });
});

describe("a crowd counted", () => {
  it("reads 'several hundred ethnic Armenians blocked the road, saying …' as people, not as Karabakh's authorities", () => {
    expect(sidesOf("On Sunday several hundred ethnic Armenians blocked the road near Akhalkalaki, saying that weapons were crossing the border.")).toEqual([
      "other",
    ]);
  });

  it("still reads 'Karabakh Armenians say' as Karabakh's side", () => {
    expect(sidesOf("Karabakh Armenians say the blockade has cut them off from food and medicine.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("people met in a border town", () => {
  it("reads shopkeepers, drivers, elders and a hospital's chief physician as third parties", () => {
    expect(sidesOf("Shopkeepers say visitors from the city now come to watch the smoke.")).toEqual(["other"]);
    expect(sidesOf("Drivers with Georgian plates said they had waited two days at the crossing.")).toEqual(["other"]);
    expect(sidesOf("Local elders called on residents to stay calm.")).toEqual(["other"]);
    expect(sidesOf("The hospital's chief physician said the boy had shrapnel wounds.")).toEqual(["other"]);
  });
});

describe("'according to the same statement'", () => {
  it("goes back to the body whose statement it was, past a doctor who spoke since", () => {
    const read = readSentences(
      "Azerbaijan's Prosecutor General's Office said a builder was injured by a mine in Zargar.",
      "The hospital's chief physician said the operation went normally.",
      "Almost 380 citizens have become victims of mines since the war, according to the same statement.",
    );
    expect(read.at(-1)?.sides).toEqual(["azerbaijan"]);
  });
});

describe("who speaks at the end of a local report", () => {
  it("gives '…, the district police department said' to the district's state, not to the wounded shepherd the sentence opens with", () => {
    const read = readSentences(
      "The Gazakh district executive power said the border was shelled overnight.",
      "One shepherd of Kemerli, 52, received a wound in the shoulder and was taken to hospital, the district police department said.",
    );
    expect(read.at(-1)?.sides).toEqual(["azerbaijan"]);
  });

  it("does not take 'R. Aliyev', a surgeon, for the president", () => {
    expect(sidesOf("The surgeon of the hospital, R. Aliyev, said the wound was not serious.")).not.toContain("azerbaijan");
  });
});

describe("a town's own paper", () => {
  it("reads an unqualified minister in the 'Stepanakert Chronicle' as Karabakh's, and in a national paper as nobody's in particular", async () => {
    const { extractArticle } = await import("../../src/core/knowledge/extractArticle.ts");
    const { parseArticle } = await import("../../src/core/ingest/parseArticle.ts");
    const page = (outlet: string) =>
      parseArticle({
        file: "p.txt",
        text: [
          `${outlet.toUpperCase()}`,
          "",
          "Gas cut again in the capital",
          "",
          "Saturday, 4 February 2023",
          "",
          '"Schools will stay closed until the gas returns," Education Minister Lilit Oganesova said.',
        ].join("\n"),
      });
    const sideIn = (outlet: string) => extractArticle(page(outlet)).claims[0]?.side;
    expect(sideIn("Stepanakert Chronicle")).toBe("nagorno-karabakh");
    expect(sideIn("Northern Chronicle")).not.toBe("nagorno-karabakh");
  });
});

describe("a town's or district's own body with no place of its own", () => {
  it("is the body of the place the last sentences named", () => {
    expect(sidesOf("Shells hit Tovuz overnight.", "The district prosecutor's office said a criminal case had been opened.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Shells hit Goris overnight.", "According to the municipality, some 2,000 people had arrived by noon.")).toEqual(["armenia"]);
    expect(sidesOf("Shells hit Chinari in Tavush overnight.", "A deputy governor told reporters that the roofs would be repaired.")).toEqual(["armenia"]);
  });

  it("stays unplaced when the last sentences named places of both sides", () => {
    expect(sidesOf("Shells fired from Tovuz hit Chinari.", "The district prosecutor's office said a case had been opened.")).toEqual([]);
  });
});

describe("a neighbour's border town", () => {
  it("gives 'Marneuli police said' to a third party, Georgia's", () => {
    expect(sidesOf("Marneuli police said on Friday that no incident had been registered.")).toEqual(["other"]);
  });
});

describe("a state's home service named with no state", () => {
  it("is the service of the one state the story's places belong to", () => {
    expect(
      sidesOf(
        "Gunmen stormed Armenia's parliament on Wednesday.",
        "They fired from the gallery for several minutes.",
        "Health officials said at least 30 people were wounded.",
      ),
    ).toEqual(["armenia"]);
  });

  it("stays unplaced where places of both sides were named", () => {
    expect(sidesOf("Shells fired from Tovuz hit Chinari.", "Police said two people were wounded.")).toEqual([]);
  });
});
