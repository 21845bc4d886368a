// Question shapes read on articles of our own: a penalty asked ("what prison terms"), a go-between
// ("who mediated"), the one blamed ("who did Baku blame"), a revised or running toll, a plea of
// self-defence as the reason, a bare denial that stands for the accusation it rejects, people named
// by a lower-case rank or with their office after the name, numbered photo captions.
import { describe, expect, it } from "vitest";
import { buildAnswerIndex } from "../../src/core/answers/answerIndex.ts";
import { ask } from "../../src/core/answers/ask.ts";
import { asksWhoIsBlamed, asksWhoMediated, givesCredit, isCaption, namesPerson } from "../../src/core/answers/leadScore.ts";
import { asksForPerson, understandQuestion } from "../../src/core/answers/question.ts";
import { analyze } from "../../src/core/search/analyze.ts";
import { holdsCount } from "../../src/core/search/search.ts";
import { extractCorpus } from "../../src/core/knowledge/extractCorpus.ts";

const indexOf = (...articles: [string, string[]][]) =>
  buildAnswerIndex(extractCorpus(articles.map(([file, lines]) => ({ file, text: lines.join("\n") }))).knowledge);

describe("a person named", () => {
  it("by a lower-case rank or trade before the name, with the office after it, or as identified", () => {
    expect(namesPerson("The dead were photographer Lusine Hakobyan and a driver.")).toBe(true);
    expect(namesPerson("The agency identified the dead soldier as warrant officer Ilkin Mammadli.")).toBe(true);
    expect(namesPerson("Hovik Arakelyan, the district's former mayor, was among them.")).toBe(true);
    expect(namesPerson("The former mayor of the district was among them.")).toBe(false);
  });

  it("is asked for by 'names of the …'", () => {
    expect(asksForPerson("names of the pilots shot down over Fizuli")).toBe(true);
    expect(understandQuestion("what were the names of the pilots shot down over Fizuli?").asked).toBe("who");
  });
});

describe("a penalty asked for", () => {
  const index = indexOf([
    "trial.md",
    [
      "# Verdict in the border saboteurs' trial",
      "",
      "Lowland Press · 14 May 2022",
      "",
      "According to the prosecution, the group of Armenian soldiers captured near Zangilan planted mines on a road and wounded two Azerbaijani soldiers.",
      "",
      "On Friday a military court in Baku sentenced the nine Armenian soldiers to eight years in prison for crossing the border illegally.",
    ],
  ]);

  it("is answered by the sentence giving it, not by the charges", () => {
    expect(ask(index, "What prison terms did the Baku court give the Armenian soldiers captured near Zangilan?").lead?.text).toContain("eight years in prison");
  });
});

describe("a go-between asked for", () => {
  it("is read from 'who mediated', 'who brokered' and found in thanks, credit or 'with X's mediation'", () => {
    expect(asksWhoMediated({ text: "who mediated the exchange of detainees in 2021" })).toBe(true);
    expect(asksWhoMediated({ text: "What did Baku get in return, and who brokered it?" })).toBe(true);
    expect(asksWhoMediated({ text: "What did the mediators say?" })).toBe(false);
    expect(givesCredit("The ministry thanked the Swiss foreign minister for his help.")).toBe(true);
    expect(givesCredit("The maps were obtained with Moscow's mediation.")).toBe(true);
    expect(givesCredit("The maps show 40,000 mines.")).toBe(false);
  });

  const index = indexOf([
    "exchange.md",
    [
      "# Detainees exchanged for minefield maps",
      "",
      "Lowland Press · 5 August 2021",
      "",
      "Azerbaijan handed ten Armenian detainees to Armenia on Wednesday in exchange for maps of the minefields in the Lachin district. The foreign ministry thanked the Swiss foreign minister and the head of the Red Cross delegation.",
      "",
      "Talks on the remaining detainees and on further maps of the minefields have stalled since then.",
    ],
  ]);

  it("leads with the thanks that name the go-between", () => {
    expect(ask(index, "who mediated the exchange of detainees for minefield maps in 2021").lead?.text).toContain("thanked the Swiss foreign minister");
  });
});

describe("the one blamed", () => {
  it("is asked by 'who did X blame', 'who was responsible', not by 'who blamed X on Y'", () => {
    expect(asksWhoIsBlamed({ text: "Who did Baku's prosecutor blame for the shelling of Tartar?" })).toBe(true);
    expect(asksWhoIsBlamed({ text: "who was responsible for the attack on the convoy" })).toBe(true);
    expect(asksWhoIsBlamed({ text: "who blamed the shooting on a quarrel among the guards" })).toBe(false);
  });

  const index = indexOf([
    "tartar.md",
    [
      "# Shelling of Tartar",
      "",
      "Lowland Press · 3 November 2020",
      "",
      "Azerbaijan's Prosecutor General Ramil Quliyev said the shelling of Tartar on Monday killed two residents and wounded nine. He said the shelling was carried out on the orders of the Karabakh defence minister.",
    ],
  ]);

  it("is named by the sentence that goes on from the account of the attack", () => {
    expect(ask(index, "Who did Azerbaijan's prosecutor blame for ordering the shelling of Tartar?").lead?.text).toContain("on the orders of");
  });
});

describe("a toll's revision and running total", () => {
  const index = indexOf([
    "tovuz.md",
    [
      "# Border fighting near Tovuz",
      "",
      "Lowland Press · 18 July 2020",
      "",
      "The Azerbaijani Defence Ministry said five servicemen had been killed on Monday in clashes on the border near Tovuz.",
      "",
      "On Thursday the ministry said three more of its soldiers had been killed, bringing its declared losses in the clashes to eight.",
    ],
  ]);

  it("gives the running total ('bringing its declared losses to eight') for a toll over the fighting", () => {
    expect(ask(index, "How many Azerbaijani soldiers did Baku say were killed in the Tovuz clashes?").lead?.text).toContain("bringing its declared losses");
  });

  const revised = indexOf([
    "terter.md",
    [
      "# Rocket strike on Terter",
      "",
      "Lowland Press · 9 October 2020",
      "",
      "Rockets struck the centre of the town of Terter on Thursday, killing at least nine civilians and wounding 30, Azerbaijan's Prosecutor General's Office said.",
      "",
      "At noon the office had said six civilians were dead. By evening it raised the toll, saying nine civilians were killed and 30 wounded.",
    ],
  ]);

  it("is answered, when asked whether the toll was revised, by the sentence telling the revision", () => {
    expect(ask(revised, "terter rocket strike death toll - was it revised upward?").lead?.text).toContain("raised the toll");
  });
});

describe("a plea of self-defence", () => {
  const index = indexOf([
    "kelbajar.md",
    [
      "# Karabakh forces take Kelbajar",
      "",
      "Lowland Press · 4 April 1993",
      "",
      "Karabakh Armenian forces captured the district of Kelbajar on Saturday after a week of fighting.",
      "",
      "The Karabakh Armenians, who say the district was used to shell their villages, presented the capture as an act of self-defence.",
      "",
      "Azerbaijan's defence ministry said the Karabakh self-defence forces had been joined by regular Armenian units.",
    ],
  ]);

  it("is the reason a 'why' question asks for, and 'self-defence forces' is a name, no reason", () => {
    expect(ask(index, "Why did the Karabakh Armenians say they needed to take Kelbajar?").lead?.text).toContain("act of self-defence");
  });
});

describe("a bare denial", () => {
  const index = indexOf(
    [
      "gyumri.md",
      [
        "# Missile hits Mingachevir",
        "",
        "Lowland Press · 12 October 2020",
        "",
        "A missile fired from Armenian territory hit a residential street in Mingachevir on Sunday night, killing four civilians, Azerbaijan's foreign ministry said.",
        "",
        "Armenia's Defence Ministry rejected the accusation. A spokesman said Armenia had not fired any missiles at Azerbaijani territory.",
      ],
    ],
    ["border.md", ["# Border village shelled", "", "Lowland Press · 14 October 2020", "", "Armenia denied firing missiles on Kohanabad."]],
  );

  it("stands for the accusation it rejects, and the words of the denial after it lead", () => {
    expect(ask(index, "Did Armenia deny firing missiles at Mingachevir?").lead?.text).toContain("had not fired any missiles");
  });
});

describe("what is no count and no caption of its own", () => {
  it("reads an ordinal as no count", () => {
    expect(holdsCount("Armenia marked the 30th anniversary of the deportations.")).toBe(false);
    expect(holdsCount("More than 3,000 people were deported.")).toBe(true);
  });

  it("reads a gallery's numbered caption as a caption", () => {
    expect(isCaption("3/8 — A house in the village after the shelling of 14 October.")).toBe(true);
    expect(isCaption("Three of the eight houses were hit.")).toBe(false);
  });

  it("reads counts of the deported and of houses as no casualties", () => {
    expect(understandQuestion("how many Armenians were deported in 1991?").notCasualties).toBe(true);
    expect(understandQuestion("How many houses were damaged in the shelling?").notCasualties).toBe(true);
    expect(understandQuestion("How many civilians were killed in the shelling?").notCasualties).toBe(false);
  });
});

describe("a distance or an area asked", () => {
  it("is read from 'how deep', 'how far', 'how much land' and is no toll", () => {
    expect(understandQuestion("How far did the troops advance into Syunik?").asked).toBe("figure");
    expect(understandQuestion("how much land did Baku say it retook near Lachin").notCasualties).toBe(true);
  });

  const index = indexOf([
    "syunik.md",
    [
      "# Troops cross into Syunik",
      "",
      "Lowland Press · 14 May 2021",
      "",
      "Azerbaijani troops pushed into Armenia's Syunik province near the village of Ishkhanasar on Wednesday morning, Armenian officials said, and dug positions on the slopes above it.",
      "",
      "Armenia's acting defence minister told parliament that the troops had advanced two kilometres.",
    ],
  ]);

  it("is answered by the sentence giving the measure", () => {
    expect(ask(index, "How deep did Azerbaijani troops push into Armenia near Ishkhanasar?").lead?.text).toContain("advanced two kilometres");
  });
});

describe("who was on board", () => {
  it("asks for people, as part of a longer question too", () => {
    expect(asksForPerson("What was the plane carrying and who was on board?")).toBe(true);
    expect(asksForPerson("What was the plane carrying?")).toBe(false);
  });
});

describe("what someone is accused of", () => {
  const index = indexOf([
    "detained.md",
    [
      "# Man detained at the Lachin checkpoint",
      "",
      "Lowland Press · 1 August 2023",
      "",
      "Azerbaijani border guards detained Armen Sargsyan, a 70-year-old resident of Karabakh, at the Lachin checkpoint on Saturday. Baku has called the crimes of that year a massacre.",
      "",
      "The State Security Service said it accuses him of taking part in the shelling of Azerbaijani villages in 1992.",
    ],
  ]);

  it("is answered by the charge ('accuses him of …'), not by what the crimes are called", () => {
    expect(ask(index, "What crimes is Armen Sargsyan accused of by Azerbaijan?").lead?.text).toContain("accuses him of taking part");
  });
});

describe("a request asked for", () => {
  const index = indexOf([
    "crash.md",
    [
      "# Co-chairs on the downed drone's crew",
      "",
      "Lowland Press · 20 November 2014",
      "",
      "The co-chairs of the OSCE Minsk Group remain deeply concerned about the crew of the transport plane downed near the line of contact on Monday.",
      "",
      "Recalling their statement of last week, the co-chairs urge Azerbaijan to allow the recovery of the bodies, and Armenia to help.",
    ],
  ]);

  it("is answered by the sentence that asks, not by the one telling the concern", () => {
    expect(ask(index, "What did the Minsk Group co-chairs ask Azerbaijan about the crew of the downed plane?").lead?.text).toContain(
      "urge Azerbaijan to allow",
    );
  });
});

describe("an issue settled", () => {
  const index = indexOf([
    "summit.md",
    [
      "# Leaders meet in Sochi",
      "",
      "Lowland Press · 26 November 2021",
      "",
      "Pashinyan told reporters after the Sochi meeting that the conflict over the region's status was not settled.",
      "",
      'Pashinyan also said: "We did not solve the issue of the detainees today, and it is the most painful one."',
    ],
  ]);

  it("meets 'solve' and 'resolve' as one word, but not 'settlement' or 'resolution'", () => {
    const settled = analyze("settled");
    expect(analyze("we did not solve it")).toEqual(expect.arrayContaining(settled));
    expect(analyze("the dispute was resolved")).toEqual(expect.arrayContaining(settled));
    expect(analyze("a settlement near the border")).not.toEqual(expect.arrayContaining(settled));
    expect(analyze("the council's resolution")).not.toEqual(expect.arrayContaining(settled));
  });

  it("leads with the sentence that says it in another of those words", () => {
    expect(ask(index, "Did Pashinyan say the detainee issue was settled at the Sochi meeting?").lead?.text).toContain(
      "did not solve the issue of the detainees",
    );
  });
});

describe("a version announced", () => {
  const index = indexOf([
    "shootout.md",
    [
      "# Shootout on the Lachin road",
      "",
      "Lowland Press · 6 March 2023",
      "",
      "Azerbaijan said its soldiers had stopped a convoy smuggling arms near Stepanakert and had come under fire.",
      "",
      "The Russian Defence Ministry, whose peacekeepers patrol the road, gave a version closer to the Armenian one. It said Azerbaijani soldiers had fired first at a police car near the village of Khramort.",
    ],
  ]);

  it("is answered by the words of the version, not by the sentence announcing it", () => {
    expect(ask(index, "What did the Russian peacekeepers say happened in the March 2023 shootout near Stepanakert?").lead?.text).toContain(
      "had fired first at a police car",
    );
  });
});

describe("a time still to come", () => {
  const index = indexOf([
    "handover.md",
    [
      "# Guards take over the first border section",
      "",
      "Lowland Press · 25 May 2024",
      "",
      "Border guards of both countries have taken over the protection of the first section of the frontier near the village of Voskepar.",
      "",
      "The section near the village of Berkaber will be handed over by 30 June under the agreed plan, the service said.",
    ],
  ]);

  it("is answered, when asked with 'when will', by the sentence telling what is to come", () => {
    expect(ask(index, "When will border guards take over the frontier section near Berkaber?").lead?.text).toContain("will be handed over by 30 June");
  });
});
