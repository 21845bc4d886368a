// Classes met on first contact with long-form features and profiles (blind118, issue 7): a capital's
// name before the meeting held there, a minister's spokesman after the mediators he met. Sentences
// written for this test.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const claimsOf = (text: string) =>
  extractArticle(parseArticle({ file: "feature.txt", text: `After the summit\nFeatures Desk\n14 September 2012\n\n${text}` })).claims;
const sideOf = (claims: ReturnType<typeof claimsOf>, fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

describe("a capital's name before a meeting or a document held or signed there", () => {
  const claims = claimsOf(
    "Moscow was more careful. Russia's foreign ministry gave the Washington meeting a cautious welcome but reminded reporters that the talks had begun under its own mediation.\n\nTehran called the Baku declaration a threat, and Armenia's foreign ministry said the Moscow protocol was still in force.",
  );
  it("names the meeting, never the state that speaks", () => {
    expect(sideOf(claims, "reminded reporters")).toEqual(["russia"]);
    expect(sideOf(claims, "the Moscow protocol was still in force")).toEqual(["iran", "armenia"]);
  });
});

describe("a minister's spokesman, after the mediators the minister met", () => {
  const claims = claimsOf(
    "On 3 September the co-chairs met Azerbaijan's foreign minister, Elmar Mammadyarov, in Paris.\n\nMammadyarov was unmoved. According to his spokesman, Elman Abdullayev, he told the mediators the case was closed.",
  );
  it("speaks for the minister the possessive points to, not for the mediators", () => {
    expect(sideOf(claims, "the case was closed")).toEqual(["azerbaijan"]);
  });
});

describe("a profile listing the offices its subject held", () => {
  const claims = claimsOf(
    "Matthew Bryza does not promise miracles. It is an answer he has given to every journalist since the Senate confirmed him last year as ambassador.\n\nBryza joined the Foreign Service in 1988. He later served as deputy chief of mission in Warsaw and as acting Special Cyprus Coordinator.\n\nOn 2 May he told reporters that the Prague meeting could be decisive.",
  );
  it("keeps 'he' for the mediator, not an office he once held", () => {
    expect(sideOf(claims, "could be decisive")).toEqual(["osce-minsk-group"]);
  });
  it("reads a man confirmed in an office as no one confirming anything", () => {
    expect(sideOf(claims, "confirmed him last year")).toEqual([]);
  });
});

describe("'the ministry' right after a state spoke about another state's ministry", () => {
  it("is the ministry of the state that spoke, not the one it spoke about", () => {
    const claims = claimsOf(
      'Baku also objected to the Russian ministry\'s wording. "There is no unit of that name in our territory," the ministry said, adding that the village was called Farrukh.',
    );
    expect(sideOf(claims, "There is no unit of that name")).toEqual(["azerbaijan"]);
  });
});

describe("recalling what happened", () => {
  it("is said in a parenthesis or with what is recalled, but a state recalling its envoy says nothing", () => {
    const claims = claimsOf(
      "Vladimir Kazimirov said the deal was reached in Moscow. The text, he recalled, was drafted in Baku.\n\nAzerbaijan recalled its ambassador from Budapest. It is worth recalling how cautiously the diplomats spoke.",
    );
    expect(sideOf(claims, "was drafted in Baku")).toEqual(["russia"]);
    expect(sideOf(claims, "recalled its ambassador")).toEqual([]);
    expect(sideOf(claims, "worth recalling")).toEqual([]);
  });
});

describe("an office with its holder's rank and name, right after a state's own sentence", () => {
  it("is that state's", () => {
    const claims = claimsOf(
      "Baku's version could hardly be more different. The army chief of staff, Lieutenant-General Nejmeddin Sadygov, accused the Armenians of attacking first.",
    );
    expect(sideOf(claims, "accused the Armenians of attacking first")).toEqual(["azerbaijan"]);
  });
});

describe("two people a sentence opens with by name, and 'they said' in its aside", () => {
  it("are whom 'they' means, not a side named in the paragraph before", () => {
    const claims = claimsOf(
      "Armenian forces captured the town in May 1992, and Azerbaijanis still mourn it.\n\nPetrosyan and Gasparyan went back to the town on the day it was taken, they said, and built a new house.",
    );
    expect(sideOf(claims, "built a new house")).not.toContain("armenia");
    expect(sideOf(claims, "built a new house")).not.toContain("azerbaijan");
  });
  it("reads a count believed between two figures as said", () => {
    expect(sideOf(claimsOf("The United Nations believes between 800,000 and one million people have been displaced."), "believes between")).toEqual([
      "united-nations",
    ]);
  });
});

describe("a diplomat's campus talk", () => {
  const claims = claimsOf(
    "A diplomat from Azerbaijan's embassy told students on Tuesday that the talks were at a turning point.\n\nMr Rauf Aliyev, a counsellor at the embassy, was speaking at the invitation of the Department of Political and Administrative Studies. He said the presidents had signed a joint declaration in Moscow.\n\nTurning to the background, the counsellor said that the resolutions of 1993 had not been implemented.",
  );
  it("gives 'he' to the diplomat, not to the department whose name holds capitalised words", () => {
    expect(sideOf(claims, "had signed a joint declaration")).toEqual(["azerbaijan"]);
  });
  it("reads 'the counsellor' as the embassy's counsellor named before", () => {
    expect(sideOf(claims, "had not been implemented")).toEqual(["azerbaijan"]);
  });
});

describe("a leader we cannot otherwise place, recalled after his term", () => {
  it("speaks for himself once out of office, but stays open for a year of his term", () => {
    expect(sideOf(claimsOf("In 1995 Gorbachev said the state of emergency had been a mistake."), "had been a mistake")).toEqual(["other"]);
    expect(
      sideOf(claimsOf("Ter-Petrosyan made the same case in his essay in 1997, warning that time was not on Armenia's side."), "made the same case"),
    ).not.toContain("other");
  });
});

describe("a participant in the talks", () => {
  it("is a party's delegate, while a conference's participant is a third party", () => {
    expect(sideOf(claimsOf("A Karabakh participant in the talks said earlier truces had usually lasted a week."), "earlier truces")).toEqual([
      "nagorno-karabakh",
    ]);
    expect(sideOf(claimsOf("An Armenian participant at the film festival said the screening was sold out."), "sold out")).toEqual(["other"]);
  });
});

describe("a body whose name ends in two capitalised words", () => {
  it("is never the 'he' of the next sentence: 'the Commonwealth of Independent States' is no person", () => {
    const claims = claimsOf(
      "The mayor of Khojaly, Elmar Mamedov, told a news conference in Baku that the town had fallen.\n\nCarriers under the command of the Commonwealth of Independent States spearheaded the attack. He said they cleared the way for the fighters.",
    );
    expect(sideOf(claims, "cleared the way")).toEqual(["azerbaijan"]);
  });
});
