// Lead choice, on articles of our own: whose losses a question asks ("Baku say Armenia suffered"),
// a count of the wounded for a question about the dead, a quotation without the toll after the
// sentence that gives it, a toll of another camp's losses that inherits no share, a toll of years
// away from the asked year, a count of buildings for "how many houses", and the accused side's
// own word for "did Armenia try to …".
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { understandQuestion } from "../../src/core/answers/question.ts";
import { analyze } from "../../src/core/search/analyze.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("whose losses a question asks", () => {
  it("does not take the people counted for a speaker", () => {
    const q = understandQuestion("How many villagers did Armenia say were killed in the spring of 1991?");
    expect(q.claimant).toBe("armenia");
  });

  it("does not take troops doing the deed for the victims", () => {
    const q = understandQuestion("How many villagers did the Karabakh side say were killed when Azerbaijani troops took the village in 1992?");
    expect(q.affected).toBeNull();
  });

  it("reads 'its troops' as the speaker's own losses", () => {
    const q = understandQuestion("According to Baku, how many of its troops died in the April 2016 fighting?");
    expect(q.claimant).toBe("azerbaijan");
    expect(q.affected).toBe("azerbaijan");
  });

  it("reads the side that suffered or lost as the affected side, the one that says as the claimant", () => {
    const q = understandQuestion("What losses did Baku say Armenia suffered in May 2009?");
    expect(q.claimant).toBe("azerbaijan");
    expect(q.affected).toBe("armenia");
  });

  it("still reads 'did Azerbaijan lose' as the side's own count", () => {
    const q = understandQuestion("How many soldiers did Azerbaijan lose in the May 2009 clash?");
    expect(q.claimant).toBe("azerbaijan");
    expect(q.affected).toBe("azerbaijan");
  });

  const index = indexOf([
    "clash.md",
    [
      "# Deadly night on the line of contact",
      "",
      "Lowland Press · 12 May 2009",
      "",
      "Baku, for its part, reported that 30 servicemen of the Azerbaijani army had been killed in what it called an Armenian provocation in May.",
      "",
      "Later that day, Azerbaijani officials put their own losses at three dead and said the Armenian side had lost nine killed and eleven wounded.",
    ],
  ]);

  it("leads with the claimant's figure of the side asked about, not its figure of its own losses", () => {
    const answer = ask(index, "What losses did Baku say Armenia suffered in May 2009?");
    expect(answer.lead?.text).toContain("nine killed");
  });
});

describe("a question about the dead", () => {
  const index = indexOf([
    "offensive.md",
    [
      "# The one-day offensive, a year on",
      "",
      "Lowland Review · 20 September 2024",
      "",
      "On the eve of the one-day operation, Azerbaijan's border service said one of its soldiers had been wounded by Armenian fire the previous day.",
      "",
      "A week later, the health ministry said 140 servicemen had been killed and 400 wounded.",
    ],
  ]);

  it("is not answered by a count of the wounded alone, though it shares more of the question's words", () => {
    const answer = ask(index, "How many Azerbaijani soldiers died in the one-day operation?");
    expect(answer.lead?.text).toContain("140 servicemen");
  });
});

describe("a quotation after the sentence that gives the toll", () => {
  const index = indexOf([
    "council.md",
    [
      "# Security council meets",
      "",
      "Lowland Press · 3 April 2016",
      "",
      'Armenian President Serzh Sargsyan, opening a meeting of the security council, said 17 Armenian servicemen had been killed and 30 wounded. "The enemy has suffered significant losses," he added.',
    ],
  ]);

  it("does not take the toll's place when it gives no toll", () => {
    const answer = ask(index, "What did Sargsyan say about Armenian casualties on 2 April 2016?");
    expect(answer.lead?.text).toContain("17 Armenian servicemen");
  });
});

describe("a toll of the other camp's losses after the account of an incident", () => {
  const index = indexOf([
    "raid.md",
    [
      "# Raid across the line",
      "",
      "Lowland Press · 21 June 2010",
      "",
      "An Azerbaijani unit attacked Karabakh positions near Chaylu late on Friday. The attackers withdrew after a firefight, the Karabakh defence ministry said, leaving behind the body of one of their men.",
      "",
      "Four ethnic Armenian soldiers were killed and three wounded in the fighting, officials in the enclave said on Saturday.",
    ],
  ]);

  it("inherits nothing from the account: the asked side's own toll leads", () => {
    const answer = ask(index, "How many Armenian troops died in the Chaylu raid in June 2010?");
    expect(answer.lead?.text).toContain("Four ethnic Armenian soldiers");
  });
});

describe("a toll of the asked year", () => {
  it("is found for 'landmine' when the article writes 'land mines'", () => {
    expect(analyze("landmine deaths")[0]).toBe(analyze("killed by land mines").at(-1));
  });

  const index = indexOf(
    [
      "mines2005.md",
      [
        "# Mines in the fields",
        "",
        "Lowland Press · 20 October 2005",
        "",
        "Separately, the authorities reported that a farmer was seriously wounded when his tractor struck a land mine on Saturday.",
        "",
        "Nine Azerbaijani citizens have been killed by land mines so far this year and seven injured, officials told the agency.",
      ],
    ],
    [
      "operation.md",
      [
        "# Baku launches operation",
        "",
        "Lowland Press · 19 September 2023",
        "",
        "Azerbaijan on Tuesday launched what it called anti-terror measures, after six people were killed in two landmine explosions that Baku blamed on Armenian saboteurs.",
      ],
    ],
  );

  it("leads, though the extraction named nobody for it, over the side's word of another year or on the wounded", () => {
    const answer = ask(index, "How many landmine deaths did Azerbaijan report in 2005?");
    expect(answer.lead?.text).toContain("Nine Azerbaijani citizens");
  });
});

describe("a count of the thing asked under another name", () => {
  const index = indexOf([
    "shelling.md",
    [
      "# Border villages count the damage",
      "",
      "Lowland Press · 15 September 2022",
      "",
      "Azerbaijani forces shelled Armenian border villages on Tuesday, the defence ministry in Yerevan said. According to official figures released on Thursday, six civilians have been wounded and more than 2,000 people have been displaced from border communities.",
      "",
      "A deputy minister told a news conference in Yerevan on Thursday that 150 residential buildings had been damaged by the shelling in the border villages.",
    ],
  ]);

  it("answers 'how many houses' with the count of residential buildings", () => {
    const answer = ask(index, "How many houses were damaged when Azerbaijan shelled Armenian border villages in September 2022?");
    expect(answer.lead?.text).toContain("150 residential buildings");
  });
});

describe("whether an accused side did it", () => {
  const index = indexOf([
    "pipeline.md",
    [
      "# Oil keeps flowing",
      "",
      "Lowland Press · 7 October 2020",
      "",
      "Crude kept moving through the Baku-Tbilisi-Ceyhan pipeline on Wednesday after Azerbaijan accused Armenian forces of trying to hit the line with a rocket.",
      "",
      'Armenia rejected the account. "Reports of an Armenian attempt to strike the Baku-Tbilisi-Ceyhan pipeline are lies," the defence ministry spokeswoman said.',
    ],
  ]);

  it("is answered by that side's own word, not by the accusation", () => {
    const answer = ask(index, "Did Armenia try to hit the Baku-Tbilisi-Ceyhan pipeline in October 2020?");
    expect(answer.lead?.side).toBe("armenia");
  });
});

describe("whether a side admitted the other camp's losses", () => {
  const index = indexOf([
    "tavush.md",
    [
      "# Two days of clashes on the northern border",
      "",
      "Lowland Press · 8 June 2012",
      "",
      "The first incident came on Monday, when Armenia's Defence Ministry said two of its soldiers had been killed and five wounded after Azerbaijani troops crossed into Tavush.",
      "",
      "Armenia confirmed that four Azerbaijani soldiers had died in the fighting but gave a mirror-image account of how it began.",
    ],
  ]);

  it("is answered by its word on those losses, not by its toll of its own", () => {
    const answer = ask(index, "Did Yerevan admit Azerbaijani soldiers were killed in the June 2012 Tavush clash?");
    expect(answer.lead?.text).toContain("four Azerbaijani soldiers");
  });
});

describe("a strike's toll and the war's running total", () => {
  const index = indexOf([
    "strike.md",
    [
      "# Missile hits city",
      "",
      "Lowland Press · 18 October 2020",
      "",
      "The prosecutor general's office said 11 civilians, including a child, had been killed and more than 30 wounded in the missile strike on Ganja.",
      "",
      "The prosecutor general said on Sunday that 55 Azerbaijani civilians had been killed since the fighting began, and 250 wounded.",
    ],
  ]);

  it("keeps the strike's toll: a total since the fighting began naming no place updates nothing", () => {
    const answer = ask(index, "ganja missile strike death toll");
    expect(answer.lead?.text).toContain("11 civilians");
  });

  it("reads a question typed as keywords naming deaths as asking their count", () => {
    expect(understandQuestion("karabakh army deaths november 2020").asked).toBe("figure");
  });
});
