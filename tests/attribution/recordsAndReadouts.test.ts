// Classes met in official records of what parties said: a transcript of leaders' statements with
// no questions, where each labelled turn is its speaker's; an unnamed spokesperson's statement on an
// institution's site; a trial's prosecutors and witnesses; a parliament's factions and former
// officials. Pages and sentences written for this test.
import { describe, expect, it } from "vitest";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences } from "./readSides.ts";

const read = (file: string, ...lines: string[]) => {
  const text = file.endsWith(".html") ? htmlArticleText(readHtmlPage(lines.join("\n"))) : lines.join("\n");
  const article = parseArticle({ file, text });
  return { article, claims: extractArticle(article).claims };
};
const sideOf = (claims: ReturnType<typeof read>["claims"], fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a transcript of leaders' statements, with no questions asked", () => {
  const { article, claims } = read(
    "statements.md",
    "---",
    "title: Statements for the press after the talks in Sochi",
    "site: Office of the President of Russia",
    "date: 2021-11-26",
    "---",
    "",
    "# Statements for the press after the talks in Sochi",
    "",
    "The three leaders met for about three hours and adopted a joint statement on the border.",
    "",
    "## Statements",
    "",
    "**President of Russia Vladimir Putin:** Colleagues, thank you for coming. We agreed to set up a commission on the border before the end of the year.",
    "",
    "The Russian peacekeepers will go on doing their work in full.",
    "",
    "**President of Azerbaijan Ilham Aliyev:** Thank you, Mr President. The war is over and the region needs roads and railways now.",
    "",
    "**Prime Minister of Armenia Nikol Pashinyan:** Thank you. The fate of our prisoners of war has still not been settled, and that is the most painful issue.",
    "",
    "Armenia is ready to go on talking about the border commission.",
    "",
    "## The joint statement",
    "",
    "The sides agreed to take steps to raise stability on the border.",
  );

  it("is read as a transcript", () => {
    expect(article.meta.genre).toBe("transcript");
  });

  it("gives each labelled turn, and the paragraphs that carry it on, to its speaker", () => {
    expect(sideOf(claims, "the region needs roads and railways")).toEqual(["azerbaijan"]);
    expect(sideOf(claims, "has still not been settled")).toEqual(["armenia"]);
    expect(sideOf(claims, "Armenia is ready to go on talking")).toEqual(["armenia"]);
    expect(sideOf(claims, "peacekeepers will go on doing their work")).toEqual(["russia"]);
  });

  it("ends the last turn at the next heading", () => {
    expect(sideOf(claims, "The sides agreed to take steps")).not.toContain("armenia");
  });
});

describe("a broadcast whose host and guests are labelled in capitals", () => {
  const { article, claims } = read(
    "episode.txt",
    "Episode 12: the truce that did not hold",
    "",
    "[00:00:04] ANNA REED (HOST): Welcome to the programme. Russia's foreign minister said the truce would allow an exchange of prisoners.",
    "",
    "Armenia's defence ministry called the accusation that it fired on the city false.",
    "",
    "[00:01:10] KARIMOV: People here see the army moving at last, and they want the war finished.",
    "",
    "[00:02:05] PETROSYAN: Civilians on both sides are dying, and that must stop.",
    "",
    "[00:03:00] REED: We will take a short break.",
  );

  it("is no transcript of statements: its labels in capitals name no officials", () => {
    expect(article.structure.statements).toBeUndefined();
  });

  it("keeps the speakers each sentence names", () => {
    expect(sideOf(claims, "called the accusation that it fired on the city false")).toEqual(["armenia"]);
  });
});

describe("an office in apposition that is not the one named before", () => {
  it("does not give a local administration's head the side of another administration", () => {
    const [, head] = readSentences(
      "Armenian officials said the regional administration in Goris had opened two shelters.",
      "Elman Mamedov, the head of Khojaly's administration, told a news conference that the town had been cut off.",
    );
    expect(head?.sides).not.toContain("armenia");
  });

  it("does not give a campaign's spokeswoman the side of a council named before", () => {
    const [, spokeswoman] = readSentences(
      "The rally was organised by the Western Council of Armenian Churches and welcomed by the city council of Los Angeles.",
      "Lena Hagop, a spokeswoman for the council, said the marchers would stay on the streets.",
    );
    expect(spokeswoman?.sides).not.toContain("united-states");
  });
});

describe("a statement by an unnamed spokesperson on an institution's own site", () => {
  const { article, claims } = read(
    "statement.html",
    "<html><head><title>Armenia/Azerbaijan: Statement by the Spokesperson on the shelling of border villages | EEAS</title>",
    '<meta property="og:site_name" content="EEAS"></head><body>',
    "<h1>Armenia/Azerbaijan: Statement by the Spokesperson on the shelling of border villages</h1>",
    "<p>Shelling has hit villages on both sides of the border since Monday night.</p>",
    "<p>The European Union regrets the loss of civilian lives and calls for restraint.</p>",
    "<p>All forces must withdraw to their earlier positions.</p>",
    "<p>The EU Special Representative will travel to both capitals this week to meet the leaders and their foreign ministers.</p>",
    "<p>The European Union stands ready to help the sides return to talks on the border commissions and on the opening of transport links.</p>",
    "</body></html>",
  );

  it("is a press release issued by the site", () => {
    expect(article.meta.genre).toBe("press-release");
  });

  it("gives every sentence to the institution behind the site, known by its acronym", () => {
    expect(sideOf(claims, "All forces must withdraw")).toEqual(["european-union"]);
    expect(sideOf(claims, "regrets the loss of civilian lives")).toEqual(["european-union"]);
  });
});

describe("a trial's prosecutors and witnesses", () => {
  const prosecutors = "Prosecutors of Azerbaijan on Monday asked the military court to sentence the six defendants to life.";

  it("gives a titled prosecutor the gazetteer does not know the prosecution the text named", () => {
    const [, titled] = readSentences(prosecutors, "Assistant prosecutor Elnur Gasimov said the charges had been proved in full.");
    expect(titled?.sides).toEqual(["azerbaijan"]);
    expect(titled?.speaker).toContain("Elnur Gasimov");
  });

  it("gives a stranger whose apposition names that office the same side", () => {
    const [, apposed] = readSentences(
      prosecutors,
      "Kamal Huseynli, an aide to the prosecutor general, told the court that the defendants had planned the attacks.",
    );
    expect(apposed?.sides).toEqual(["azerbaijan"]);
  });

  it("leaves the titled stranger unclaimed when no prosecution was named before", () => {
    const [titled] = readSentences("Assistant prosecutor Elnur Gasimov said the charges had been proved in full.");
    expect(titled?.sides ?? []).not.toContain("armenia");
    expect(titled?.sides ?? []).not.toContain("azerbaijan");
  });

  it("reads a witness who testified as a speaker", () => {
    const [witness] = readSentences("Ilgar Safarli testified that his unit had come under mortar fire.");
    expect(witness?.speaker).toContain("Ilgar Safarli");
  });
});

describe("a parliament's factions and former officials", () => {
  it("gives two opposition factions whose names open with the country's a third party's side", () => {
    const [factions] = readSentences("The Armenia and Prosperous Armenia factions announced that they would leave the chamber.");
    expect(factions?.sides).toEqual(["other"]);
  });

  it("gives a former ombudsman, known by name, a third party's side", () => {
    const [former, serving] = readSentences(
      "Former human rights ombudsman Arman Tatoyan wrote that the positions had been set up within range of the village.",
      "Human rights ombudsman Arman Tatoyan wrote that the village school had been hit.",
    );
    expect(former?.sides).toEqual(["other"]);
    expect(serving?.sides).toEqual(["armenia"]);
  });
});

describe("a ministry named again by its remit", () => {
  it("finds the emergencies ministry in the Ministry of Emergency Situations named before", () => {
    const [, , again] = readSentences(
      "Azerbaijan's Ministry of Emergency Situations said one building had been destroyed.",
      "Armenia's defence ministry called the report a lie.",
      "By Sunday evening the emergencies ministry said its rescuers had removed nine bodies.",
    );
    expect(again?.sides).toEqual(["azerbaijan"]);
  });

  it("never takes a ministry of another remit that spoke last", () => {
    const [, again] = readSentences(
      "Armenia's defence ministry called the report a lie.",
      "By Sunday evening the emergencies ministry said its rescuers had removed nine bodies.",
    );
    expect(again?.sides ?? []).not.toContain("armenia");
  });

  it("still finds the defence ministry spelt the other way", () => {
    const [, again] = readSentences("Armenia's defence ministry called the report a lie.", "The defense ministry said the search was over.");
    expect(again?.sides).toEqual(["armenia"]);
  });
});

describe("a known person named right after a title", () => {
  it("speaks for the side the person is known by: a co-chair's 'French counterpart' is a co-chair", () => {
    const [, counterpart] = readSentences(
      "Carey Cavanaugh, the American co-chairman of the Minsk Group, told reporters the talks were a step forward.",
      "His French counterpart, Jean-Jacques Gaillard, said the two sides were now much closer to peace.",
    );
    expect(counterpart?.sides).toEqual(["osce-minsk-group"]);
  });

  it("keeps the side a minister's title and name share", () => {
    const [minister] = readSentences("Azerbaijan's foreign minister, Jeyhun Bayramov, said the talks had failed.");
    expect(minister?.sides).toEqual(["azerbaijan"]);
  });
});

describe("an institution's office named as a place", () => {
  const [protest, government] = readSentences(
    "Protesters from the region held a sit-in outside the ICRC office in Yerevan, saying the organisation should press for the man's release.",
    "Critics also worry the route could erode control of the province, a concern the government rejects, pointing out that the route stays under its sovereignty.",
  );

  it("is not who speaks when people protest outside it", () => {
    expect(protest?.sides ?? []).not.toContain("icrc");
  });

  it("is no 'government' named again", () => {
    expect(government?.sides ?? []).not.toContain("icrc");
  });
});

describe("a second speaker in a time clause", () => {
  it("speaks for itself: ', a day after Armenia reported that …'", () => {
    const [sentence] = readSentences(
      "Azerbaijan said on Tuesday that five of its soldiers had been killed on the border, a day after Armenia reported that three of its own soldiers had died there.",
    );
    expect(sentence?.sides.sort()).toEqual(["armenia", "azerbaijan"]);
  });

  it("is no second speaker when the time clause only tells when", () => {
    const [sentence] = readSentences("Azerbaijan's defence ministry said, a day after the talks in Moscow, that the border was calm.");
    expect(sentence?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a statement named before its issuer without a comma", () => {
  it("leaves 'the ministry' its own mention: 'In a later statement the ministry put the number of wounded at six'", () => {
    const [, later] = readSentences(
      "Armenia's defence ministry said three soldiers had been killed.",
      "In a later statement the ministry put the number of wounded at six.",
    );
    expect(later?.sides).toEqual(["armenia"]);
  });
});

describe("a second speaker after 'as'", () => {
  it("speaks for itself: '… urged restraint as Armenia accused it of shelling villages'", () => {
    const [sentence] = readSentences("Azerbaijan urged restraint as Armenia accused it of shelling villages.");
    expect(sentence?.sides.sort()).toEqual(["armenia", "azerbaijan"]);
  });

  it("is no second speaker in reported speech: 'quotes the president as calling the Azerbaijani offensive …'", () => {
    const [sentence] = readSentences("Armenia's defence ministry quoted the president as calling the Azerbaijani offensive the largest since the truce.");
    expect(sentence?.sides).toEqual(["armenia"]);
  });

  it("is no second speaker when 'as' only tells how the first put it", () => {
    const [sentence] = readSentences("Azerbaijan's defence ministry said the border was calm, as it had been all week.");
    expect(sentence?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a title that agrees with the person named after it", () => {
  it("stays the subject, so that the office is found again later", () => {
    const [, , office] = readSentences(
      "The region's human rights ombudsman, Gegham Stepanyan, said at least 200 people had been killed.",
      "Local officials initially reported 20 deaths.",
      "By Tuesday night the ombudsman's office said 68 people had died.",
    );
    expect(office?.sides).toEqual(["nagorno-karabakh"]);
  });
});

describe("a bare 'the government' in a sentence that names one state", () => {
  it("is that state's, whichever government spoke last", () => {
    const [, concern] = readSentences(
      "Azerbaijan's foreign ministry welcomed the deal.",
      "Critics in Armenia worry the route could erode Armenian control of the province, a concern the government rejects, pointing out that it stays sovereign.",
    );
    expect(concern?.sides).toContain("armenia");
    expect(concern?.sides).not.toContain("azerbaijan");
  });
});
