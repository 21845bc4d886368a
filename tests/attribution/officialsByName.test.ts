// Officials named without their state: a reader knows who Demirel or Bryza spoke for, and so
// must the gazetteer. Sentences of our own, one per state and decade.
import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("officials of the 1990s named without their state", () => {
  it("reads a Turkish prime minister of 1993 as Turkey", () => {
    expect(sidesOf("Prime Minister Tansu Ciller told parliament that Ankara would close the air corridor.")).toEqual(["turkey"]);
  });
  it("reads a Russian foreign minister of 1994 by surname alone as Russia", () => {
    expect(sidesOf("Kozyrev said the separation of forces could begin within days.")).toEqual(["russia"]);
  });
  it("reads Azerbaijan's foreign minister of 1995 as Azerbaijan", () => {
    expect(sidesOf("Foreign Minister Hasan Hasanov said Baku would not negotiate with Stepanakert directly.")).toEqual(["azerbaijan"]);
  });
  it("reads a Karabakh army commander of 1994 as Karabakh", () => {
    expect(sidesOf("Samvel Babayan told reporters his units would hold their positions.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("mediators named without their office", () => {
  it("reads a Minsk Group co-chair as the mediators, not his own state", () => {
    expect(sidesOf("Matthew Bryza said the basic principles were close to agreement.")).toEqual(["osce-minsk-group"]);
  });
  it("reads a chairman of the Minsk Conference as the mediators", () => {
    expect(sidesOf("Mario Raffaelli said the talks in Rome had failed to produce a timetable.")).toEqual(["osce-minsk-group"]);
  });
});

describe("officials of the 2020s named without their state", () => {
  it("reads Iran's foreign ministry spokesman as Iran", () => {
    expect(sidesOf("Esmaeil Baghaei said Tehran opposed any change of internationally recognised borders.")).toEqual(["iran"]);
  });
  it("reads the US secretary of state of 2025 as the United States", () => {
    expect(sidesOf("Marco Rubio said Washington welcomed the initialling of the text.")).toEqual(["united-states"]);
  });
  it("reads a Georgian leader as a third party", () => {
    expect(sidesOf("Irakli Kobakhidze said Tbilisi was ready to host the next round.")).toEqual(["other"]);
  });
  it("keeps a surname shared by two sides' officials to the one the full name names", () => {
    expect(sidesOf("Levon Mnatsakanyan said the Defense Army had repelled the attack.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Zohrab Mnatsakanyan said Yerevan was ready to resume talks.")).toEqual(["armenia"]);
  });
});

describe("Azerbaijan's local executive authorities", () => {
  it("reads the head of a district's executive authority as Azerbaijan, and the name that follows", () => {
    const reads = [
      "The head of the Aghdam district executive authority, Vugar Karimov, told reporters in Baku that the bridge had been blown up.",
      "Karimov said that four civilians had been wounded.",
    ];
    expect(sidesOf(reads[0] ?? "")).toEqual(["azerbaijan"]);
    expect(sidesOf(...reads)).toEqual(["azerbaijan"]);
  });
});

describe("a quotation, then a known official and an apposition that names no state", () => {
  it("reads the official, not the bare title at the verb", () => {
    expect(sidesOf('"The report is false from start to finish," Hakan Fidan, the ministry\'s chief negotiator, told reporters.')).toEqual(["turkey"]);
  });
});

describe("a known official out of office", () => {
  it("reads a former minister in the opposition as a third party, and what he says next", () => {
    const reads = [
      "Vigen Sargsyan, a former defence minister who now leads an opposition party, said the government had abandoned the army.",
      "He said his party would call a vote of no confidence.",
    ];
    expect(sidesOf(reads[0] ?? "")).toEqual(["other"]);
    expect(sidesOf(...reads)).toEqual(["other"]);
  });
  it("keeps the side of an official in office whose apposition mentions a former state", () => {
    expect(sidesOf("Heydar Aliyev, president of the former Soviet republic, said the talks would go on.")).toEqual(["azerbaijan"]);
  });
  it("keeps the side of an official who attacks the opposition", () => {
    expect(sidesOf("Pashinyan, speaking in parliament, accused the opposition leader of lying.")).toEqual(["armenia"]);
  });
});

describe("parliaments by their own names", () => {
  it("reads a member of the Federation Council's committee as Russia", () => {
    expect(sidesOf("Oleg Petrov, deputy chairman of the Federation Council's defence committee, wrote on Telegram that the mission was over.")).toEqual([
      "russia",
    ]);
  });
});

describe("the self-declared republic", () => {
  it("reads its ministry, and the ministry's later quotation, as Karabakh's", () => {
    const reads = [
      "The foreign ministry of the self-proclaimed republic said Azerbaijani forces had opened fire first.",
      '"The shelling provoked by the other side led to losses among civilians," the ministry said.',
    ];
    expect(sidesOf(reads[0] ?? "")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf(...reads)).toEqual(["nagorno-karabakh"]);
  });
});

describe("another organisation's secretary general", () => {
  it("keeps the CSTO's secretary general a third party, not the UN's", () => {
    expect(sidesOf("CSTO Secretary General Pavel Orlov said the organisation would send a mission.")).toEqual(["other"]);
    expect(sidesOf("The CSTO Secretary-General said a mission would be sent.")).toEqual(["other"]);
    expect(sidesOf("NATO Secretary-General Anders Berg said the alliance was watching closely.")).toEqual(["other"]);
  });
  it("keeps the UN's Secretary-General the UN's", () => {
    expect(sidesOf("The Secretary-General said he was alarmed by the shelling.")).toEqual(["united-nations"]);
  });
});

describe("Azerbaijan's ministers of the 2020 war named without their state", () => {
  it("reads the emergency situations minister and a deputy defence minister as Azerbaijan", () => {
    expect(sidesOf("Emergency Situations Minister Kamaladdin Heydarov said rescuers were still searching the rubble.")).toEqual(["azerbaijan"]);
    expect(sidesOf("Deputy Defence Minister Karim Valiyev said the positions had been held.")).toEqual(["azerbaijan"]);
  });
});
