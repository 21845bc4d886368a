// Forms met on first contact with blind55 (business, sport and parliament news), each on sentences
// written for it: a state's legislators, a title qualified by a body nobody knows, a place after
// "in" at the verb, an aside telling when a post appeared, and land a state took named before its verb.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a state's legislators", () => {
  it("gives 'Azerbaijani lawmakers said' to Azerbaijan and 'Armenian MPs said' to Armenia", () => {
    expect(sidesOf("Azerbaijani lawmakers said the report ignored the occupation.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Armenian MPs said the rapporteur had never visited the region.")).toEqual(["armenia"]);
  });

  it("keeps 'Armenian opposition MPs' a third party", () => {
    expect(sidesOf("Armenian opposition MPs said the government had hidden the losses.")).toEqual(["other"]);
  });
});

describe("a title qualified by a body the gazetteer does not know", () => {
  it("does not hand 'A Kapaz spokesman said' to the mediators who spoke before", () => {
    const [, spokesman, he] = readSentences(
      "The OSCE Minsk Group co-chairs said they hoped for a settlement.",
      "A Kapaz spokesman said the match would go ahead.",
      "He said the fans had been told to stay calm.",
    );
    expect(spokesman?.sides).toEqual(["unclear"]);
    expect(he?.sides).toEqual(["unclear"]);
  });

  it("still reads 'Presidential spokesman X said' as the president's office", () => {
    const [, spokesman] = readSentences("President Ilham Aliyev met the envoys in Baku.", "Presidential spokesman Ali Hasanov said the talks went well.");
    expect(spokesman?.sides).toEqual(["azerbaijan"]);
  });

  it("knows Azerbaijan's state oil company by its own name", () => {
    expect(sidesOf("A SOCAR spokesman said the pipeline was working normally.")).toEqual(["azerbaijan"]);
  });
});

describe("where the speaker was, not who", () => {
  it("gives 'A Russian diplomat in Vienna said' to Russia, not to a person called Vienna", () => {
    expect(sidesOf("A Russian diplomat in Vienna said the talks would resume in the spring.")).toEqual(["russia"]);
  });

  it("reads brokers and contractors as third parties", () => {
    expect(sidesOf("Brokers said war-risk premiums for the route had doubled.")).toEqual(["other"]);
    expect(sidesOf("Two contractors told the paper that every plot had to be cleared twice.")).toEqual(["other"]);
  });
});

describe("states named only inside the subject's description", () => {
  it("does not give a post 'published while Armenia and Azerbaijan were fighting' to either state", () => {
    const sides = sidesOf("The coach's post, published in October while Armenia and Azerbaijan were fighting, said the team would not travel.");
    expect(sides).not.toContain("armenia");
    expect(sides).not.toContain("azerbaijan");
  });

  it("still gives a statement 'issued by' a ministry to that ministry's state", () => {
    expect(sidesOf("The statement, issued by Armenia's foreign ministry, said the shelling had to stop.")).toEqual(["armenia"]);
  });

  it("does not give 'firms working in the districts Azerbaijan retook say' to Azerbaijan", () => {
    expect(sidesOf("Hauliers working in the villages Armenia handed back in May say the new road is still unsafe.")).not.toContain("armenia");
    expect(sidesOf("Builders working in the territories Azerbaijan regained in 2020 say insurance is eating into margins.")).not.toContain("azerbaijan");
  });
});

describe("a president's office", () => {
  it("gives 'According to the Presidential Apparatus' to the head of state named before, not to a regime that spoke since", () => {
    const [, , , apparatus] = readSentences(
      "Addressing the troops on Sunday, the Head of State, Ilham Aliyev, said the army would not stop.",
      "The separatist regime in Khankendi claimed that its units had repelled the attack.",
      "The Russian envoy, Vladimir Kazimirov, was received in Baku on Monday.",
      "According to the Presidential Apparatus, Mr Kazimirov told the Head of State that Moscow favoured a truce.",
    );
    expect(apparatus?.sides).toEqual(["azerbaijan"]);
  });
});

describe("a title that is part of a body's long name", () => {
  it("leaves 'X appealed to the Collective Security Treaty Organisation' to the one who appealed", () => {
    expect(sidesOf("Pashinyan appealed to the Collective Security Treaty Organisation and wrote to President Vladimir Putin.")).toEqual(["armenia"]);
  });
});

describe("a short name the text defines in brackets", () => {
  it("reads 'the IC said' and 'X, the IC spokeswoman, said' as the body defined as 'Armenia's Investigative Committee (IC)'", () => {
    const [, ic, spokeswoman, officer] = readSentences(
      "Armenia's Investigative Committee (IC) opened a case on Monday.",
      "In a statement the IC said the bodies of four soldiers had been identified.",
      "Gohar Petrosyan, the IC spokeswoman, said more remains were being examined.",
      "The IC spokeswoman said the work would take months.",
    );
    expect(ic?.sides).toEqual(["armenia"]);
    expect(spokeswoman?.sides).toEqual(["armenia"]);
    expect(officer?.sides).toEqual(["armenia"]);
  });

  it("does not take an undefined short name for anyone's", () => {
    expect(sidesOf("In a statement the KDF said the bodies had been identified.")).not.toContain("armenia");
  });
});

describe("'the body' that speaks", () => {
  it("is the body the text named, not the state whose delegation spoke since", () => {
    const [, , body] = readSentences(
      "The Council of Europe's assembly adopted a report on the reservoir on Tuesday.",
      "Azerbaijan's delegation welcomed the vote.",
      "The body said the dam posed a danger to the whole region.",
    );
    expect(body?.sides).toEqual(["other"]);
  });

  it("is nobody when the text named no body", () => {
    expect(sidesOf("Azerbaijan's foreign ministry welcomed the vote.", "The body said the vote was historic.")).toEqual([]);
  });
});
