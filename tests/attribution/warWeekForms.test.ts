// Forms of the wars' busiest weeks met on first contact with blind53 (papers, wires and state
// agencies of 1992–94 and 2020), each on sentences written for it: a title set off before a known
// leader, a regime named by its camp, a report closing the sentence in the present tense, a
// prime minister's office, "according to her", and a spokeswoman relaying another's statement.
import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("a title set off before a leader the text knows", () => {
  it("gives a later 'The Head of State said' to the leader named with it", () => {
    const [, , later] = readSentences(
      "Speaking to troops at the front, the Head of State, Serzh Sargsyan, said the line would hold.",
      "He promised new equipment for the army.",
      "The Head of State said the other side had used the truce to regroup.",
    );
    expect(later?.sides).toEqual(["armenia"]);
  });
});

describe("a regime named by its camp", () => {
  it("gives 'the separatist regime in Khankendi claimed' to the Karabakh authorities", () => {
    expect(sidesOf("The separatist regime in Khankendi claimed on Monday that its units had held the town.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("a report closing the sentence in the present tense", () => {
  it("gives '…, the Ministry of Defence of Azerbaijan reports.' to Azerbaijan", () => {
    expect(sidesOf("Shortly after noon the Armenian side opened fire on positions near Tartar, the Ministry of Defence of Azerbaijan reports.")).toEqual([
      "azerbaijan",
    ]);
  });

  it("gives a prime minister's office to the prime minister named in the sentence, and 'the Office' after it too", () => {
    const [office, after] = readSentences(
      "In a call with Prime Minister Nikol Pashinyan, the German chancellor welcomed the truce, the Office of the Prime Minister reports.",
      "According to the Office, the chancellor promised humanitarian aid.",
    );
    expect(office?.sides).toEqual(["armenia"]);
    expect(after?.sides).toEqual(["armenia"]);
  });

  it("reads 'have not addressed the Nakhchivan reports.' as no report of Nakhchivan's", () => {
    expect(sidesOf("The mediators, who are due to meet both ministers, have not publicly addressed the Nakhchivan reports.")).not.toContain("azerbaijan");
  });

  it("still reads 'according to media reports' as no speaker of its own", () => {
    expect(sidesOf("Two villages were shelled overnight, according to media reports.")).toEqual([]);
  });
});

describe("the source of 'according to her'", () => {
  it("gives 'According to her, …' to the spokeswoman who spoke before", () => {
    const [, according] = readSentences(
      "Defence ministry spokeswoman Shushan Stepanyan said the attack had been repelled at dawn.",
      "According to her, the enemy lost two tanks near the river.",
    );
    expect(according?.sides).toEqual(["armenia"]);
  });
});

describe("a spokeswoman relaying another's statement", () => {
  it("gives 'Stepanyan later relayed a statement from …, who she said …' to the spokeswoman", () => {
    const [, relayed] = readSentences(
      "Defence ministry spokeswoman Shushan Stepanyan said the attack had been repelled at dawn.",
      "Stepanyan later relayed a statement from a Karabakh commander, who she said had told her that the village was quiet.",
    );
    expect(relayed?.sides).toEqual(["armenia"]);
  });
});

describe("the mediators' conference and its chair", () => {
  it("gives 'X, the diplomat who chairs the Minsk Conference, said' to the Minsk Group", () => {
    expect(sidesOf("Mario Rossi, the Italian diplomat who chairs the Minsk Conference, said in Rome that the truce was welcome.")).toEqual([
      "osce-minsk-group",
    ]);
  });
});

describe("doubting and contradicting", () => {
  it("reads 'Azerbaijan was quick to question that account' as its denial", () => {
    expect(readSentences("Azerbaijan was quick to question that account.")[0]).toMatchObject({ sides: ["azerbaijan"], kind: "denial" });
  });

  it("reads 'Ankara contradicted him on that point' as Turkey's denial", () => {
    expect(readSentences("Ankara contradicted him on that point.")[0]).toMatchObject({ sides: ["turkey"], kind: "denial" });
  });

  it("reads no speaker in 'the figures contradict each other'", () => {
    expect(sidesOf("The two sets of figures contradict each other.")).toEqual([]);
  });
});

describe("an official reached at a place", () => {
  it("gives 'The deputy head of the town council, found at a shelter in Goris, said' the place's side, and a later 'He said' to him", () => {
    const [, reached, later] = readSentences(
      "A spokesman for the Karabakh army said the road to the north was open.",
      "The deputy head of the town council, found at a shelter in Goris, said families had been arriving all night.",
      "He said at least 2,000 people had been housed in schools.",
    );
    expect(reached?.sides).toEqual(["armenia"]);
    expect(later?.sides).toEqual(["armenia"]);
  });
});
