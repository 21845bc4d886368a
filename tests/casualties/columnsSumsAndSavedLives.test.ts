// Casualty forms met on first contact with reference pages, legal records, rolling formats and
// institutional documents (blind121-124), on sentences written for them.
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

const figures = (text: string) =>
  extractArticle(
    parseArticle({ file: "f.md", text: `Losses compared\n\nJune 3, 2021\n\nThe figures below were published this week.\n\n${text}` }),
  ).casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded]);

describe("a table whose header gives each column a side's own losses", () => {
  const table = [
    "Each column shows what one government says about its own forces.",
    "",
    "| Day | Azerbaijan: own losses (source) | Armenia: own losses (source) |",
    "| --- | --- | --- |",
    "| 3 May | 12 soldiers killed — Defence Ministry | 8 troops dead — Prime Minister Pashinyan |",
    "| 5 May | 20 servicemen killed, 31 wounded — Defence Ministry | 15 soldiers killed — Armenian government |",
  ].join("\n");

  it("reads each cell as its column's side's figure, or its named source's", () => {
    expect(figures(table)).toEqual([
      ["azerbaijan", "azerbaijan", 12, null],
      ["armenia", "armenia", 8, null],
      ["azerbaijan", "azerbaijan", 20, 31],
      ["armenia", "armenia", 15, null],
    ]);
  });

  it("reads a source named after a dash in a row with no such header", () => {
    expect(figures("| 3 May | 12 soldiers killed — Azerbaijani Defence Ministry | 8 troops dead — Prime Minister Pashinyan |")).toEqual([
      ["azerbaijan", "azerbaijan", 12, null],
      ["armenia", "armenia", 8, null],
    ]);
  });
});

describe("a toll broken down in brackets after whose dead it counts", () => {
  it("keeps '30 dead on their side (20 soldiers, 8 volunteers and two civilians)' as one toll with the wounded after it", () => {
    expect(
      figures("Karabakh officials count 30 dead on their side (20 soldiers, 8 volunteers and two civilians, among them a boy) and more than 50 wounded."),
    ).toEqual([["nagorno-karabakh", "nagorno-karabakh", 30, 50]]);
  });
});

describe("patients, and lives that could not be saved", () => {
  it("counts patients admitted with burns as hurt", () => {
    expect(figures("The Karabakh health ministry said 150 patients with burns had been admitted to hospitals.")).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", null, 150],
    ]);
  });

  it("counts 'the lives of five patients could not be saved' as dead", () => {
    expect(figures("The Karabakh health ministry said the lives of five patients could not be saved.")).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", 5, null],
    ]);
  });

  it("counts 'surgeons could not save the lives of three soldiers' as dead", () => {
    expect(figures("The Armenian defence ministry said surgeons could not save the lives of three soldiers.")).toEqual([["armenia", "armenia", 3, null]]);
  });

  it("counts no patients a hospital merely treats", () => {
    expect(figures("The Karabakh health ministry said the hospital treats 40 patients a day.")).toEqual([]);
  });
});

describe("a speaker's running toll, in the words of a live report", () => {
  it("reads a word glossed in brackets, 'we have 30 (military) dead', as said", () => {
    expect(figures('"So far we have 30 (military) dead," the Armenian prime minister told parliament.')).toEqual([["armenia", "armenia", 30, null]]);
  });

  it("reads 'the number of dead and missing is reaching 150' as the toll", () => {
    expect(figures("According to the Armenian prime minister, the number of dead and missing is reaching 150.")).toEqual([["armenia", "armenia", 150, null]]);
  });

  it("reads a second speaker's bare 'they lost 40' as its own dead", () => {
    expect(figures("Yerevan said 60 of its soldiers were killed, and the Azerbaijani defence ministry said they lost 40.")).toEqual([
      ["armenia", "armenia", 60, null],
      ["azerbaijan", "azerbaijan", 40, null],
    ]);
  });

  it("reads the outlet's sum of the figures just given, 'Together that makes 100 soldiers from both sides'", () => {
    expect(
      figures(
        "Yerevan said 60 of its soldiers were killed, and the Azerbaijani defence ministry said they lost 40. Together that makes 100 soldiers from both sides.",
      ),
    ).toEqual([
      ["armenia", "armenia", 60, null],
      ["azerbaijan", "azerbaijan", 40, null],
      ["unattributed", "unspecified", 100, null],
    ]);
  });

  it("reads 'Between them that is 90 lives' and 'The combined figure of 90' as the outlet's sum of both parties' dead", () => {
    const given = "Yerevan said 50 of its soldiers were killed, and the Azerbaijani defence ministry said 40 of its men had died.";
    expect(figures(`${given} Between them that is 90 lives lost in a weekend.`).at(-1)).toEqual(["unattributed", "unspecified", 90, null]);
    expect(figures(`${given} The combined figure of 90 is the highest since the truce.`).at(-1)).toEqual(["unattributed", "unspecified", 90, null]);
  });

  it("keeps a combined figure of one side's own tolls that side's", () => {
    const given = "Baku said 30 of its soldiers were killed on Monday, and the defence ministry said 12 more of its troops had died on Tuesday.";
    expect(figures(`${given} The combined figure of 42 is its worst since the war.`).at(-1)).toEqual(["unattributed", "azerbaijan", 42, null]);
  });
});

describe("a neighbour under stray fire", () => {
  it("reads its 'without causing casualties' as none of its own people hurt", () => {
    expect(figures("Iran's foreign ministry said four shells had landed near two border villages without causing casualties.")).toEqual([
      ["iran", "iran", 0, 0],
    ]);
  });

  it("counts 'a small child was injured' as one of its people", () => {
    expect(figures("Some roofs were damaged and a small child was injured, Iran's foreign ministry said.")).toEqual([["iran", "iran", null, 1]]);
  });
});

describe("a victim's relative hurt in the same attack", () => {
  it("reads 'X was killed and his brother Y seriously wounded' as one record of the attack", () => {
    expect(figures("Azerbaijan's prosecutor's office said 52-year-old Rauf Aliyev was killed and his brother Elchin seriously wounded.")).toEqual([
      ["azerbaijan", "azerbaijan", 1, 1],
    ]);
  });

  it("reads a displaced man killed and his son wounded the same way", () => {
    expect(figures("Azerbaijan's defence ministry said a displaced man had been killed by a shell and his son badly hurt.")).toEqual([
      ["azerbaijan", "azerbaijan", 1, 1],
    ]);
  });
});

describe("one named victim in a court's account", () => {
  it("reads the nation before the rank of a named victim as his side", () => {
    expect(figures("During a training course abroad, a fellow trainee killed Azerbaijani Captain Elnur Huseynov with a knife as he slept.")).toEqual([
      ["unattributed", "azerbaijan", 1, null],
    ]);
  });

  it("counts no soldier in 'a private act'", () => {
    expect(figures("The court held that the attack had been a private act.")).toEqual([]);
  });
});

describe("a body's next count, and whose people a toll's noun counted", () => {
  it("reads 'By the agency's next count' as the count of the agency that just spoke", () => {
    expect(
      figures(
        "Azerbaijan's mine action agency said 40 people had been killed by mines since the war. By the agency's next count, 45 people had been killed and 90 injured.",
      ),
    ).toEqual([
      ["azerbaijan", "azerbaijan", 40, null],
      ["azerbaijan", "azerbaijan", 45, 90],
    ]);
  });

  it("reads 'three deaths of Armenians' as Armenia's dead", () => {
    expect(figures("The report documented three deaths of Armenians in custody.")).toEqual([["unattributed", "armenia", 3, null]]);
  });

  it("counts no year before the deaths it dates", () => {
    expect(figures("The report revisited the 1992 deaths in the town.")).toEqual([]);
  });
});

describe("an agency relaying a side's running toll", () => {
  it("reads 'the number of its soldiers killed' after the side spoke as that side's own count", () => {
    expect(
      figures(
        "The Karabakh defence ministry reports 12 more servicemen killed. That brings the number of its soldiers killed since Sunday to 60, according to Interfax.",
      ),
    ).toEqual([
      ["nagorno-karabakh", "nagorno-karabakh", 12, null],
      ["nagorno-karabakh", "nagorno-karabakh", 60, null],
    ]);
  });
});

describe("a side's total dead", () => {
  it("reads 'put its total dead at nine, among them two officers' as one toll", () => {
    expect(figures("The Azerbaijani defence ministry put its total dead at nine, among them two officers.")).toEqual([["azerbaijan", "azerbaijan", 9, null]]);
  });
});

describe("a second toll put at a value after a first of something else", () => {
  it("reads 'the number displaced at close to 5,000 and the number of dead at more than 60' as 60 dead", () => {
    expect(figures("Armenian sources put the number of people displaced by the operation at close to 5,000 and the number of dead at more than 60.")).toEqual([
      ["armenia", "armenia", 60, null],
    ]);
  });
});

describe("a body that arrived at a figure of the toll just given", () => {
  it("reads 'X's parliament arrived at a figure of 400' as that body's count of the same dead", () => {
    expect(figures("The Azerbaijani authorities give a death toll of 500 civilians. Azerbaijan's parliament arrived at a figure of 400.")).toEqual([
      ["azerbaijan", "azerbaijan", 500, null],
      ["azerbaijan", "azerbaijan", 400, null],
    ]);
  });
});

describe("the dead named by their kinds, and a post quoted on one victim", () => {
  it("reads 'the names of 40 military and civilian dead on its own side' as the side's 40 dead", () => {
    expect(figures("Armenia's defence ministry published the names of 40 military and civilian dead on its own side.")).toEqual([
      ["armenia", "armenia", 40, null],
    ]);
  });

  it("reads a quoted post that opens on the victim, 'Azerbaijani pilot has heroically died'", () => {
    expect(figures('The "Azerbaijani pilot has heroically died", the defence ministry spokesman of Azerbaijan wrote.')).toEqual([
      ["azerbaijan", "azerbaijan", 1, null],
    ]);
  });
});

describe("a span of days before its month", () => {
  it("counts no one in 'its losses for the offensive of 19–20 September'", () => {
    expect(figures("Azerbaijan has now given its own losses for the offensive of 19–20 September.")).toEqual([]);
  });

  it("still counts a range of people: '12 to 14 soldiers were killed'", () => {
    expect(figures("Azerbaijan's defence ministry said 12 to 14 soldiers were killed.")).toEqual([["azerbaijan", "azerbaijan", 12, null]]);
  });
});

describe("a mine's victims, its dead and its maimed together", () => {
  it("gives no figure of dead for 'the number of landmine victims at 300'", () => {
    expect(
      figures(
        "A civilian was injured in a landmine blast, Azerbaijan's foreign ministry said. The ministry put the total number of landmine victims since the war at 300.",
      ),
    ).toEqual([["azerbaijan", "azerbaijan", null, 1]]);
  });

  it("still reads 'six victims of the attack' as dead", () => {
    expect(figures("Azerbaijan's defence ministry said there were six victims of the attack.")).toEqual([["azerbaijan", "azerbaijan", 6, null]]);
  });
});
