import { describe, expect, it } from "vitest";
import { readSentences, sidesOf } from "./readSides.ts";

describe("an apposition closed before an auxiliary still sets off the speaker's name", () => {
  it("reads 'NAME, who heads …, has said' as the name's claim", () => {
    expect(sidesOf("Karen Ohanyan, who heads the working group of the Armenian commission, has said Yerevan is ready to work with the other side.")).toEqual([
      "armenia",
    ]);
  });

  it("reads 'has repeatedly said' and 'had told' after an apposition", () => {
    expect(sidesOf("Karen Ohanyan, Armenia's deputy foreign minister, has repeatedly said Yerevan is ready.")).toEqual(["armenia"]);
    expect(sidesOf("Karen Ohanyan, who heads the Armenian commission, had told reporters Yerevan was ready.")).toEqual(["armenia"]);
  });
});

describe("an office a named body holds is that body's", () => {
  it("gives 'the commission's chairman, Colonel General NAME,' the commission the text named", () => {
    const [, , said] = readSentences(
      "Azerbaijan's State Commission on Missing Persons said on Wednesday that 3,890 people remain missing.",
      "The commission's chairman, Colonel General Rauf Mammadli, gave a breakdown of the cases at a conference.",
      "He said about 3,171 were soldiers.",
    );
    expect(said?.sides).toEqual(["azerbaijan"]);
  });

  it("leaves 'the agency's director' unclear when the text named no agency", () => {
    expect(
      sidesOf(
        "Azerbaijan's State Commission on Missing Persons said on Wednesday that 3,890 people remain missing.",
        "The agency's director, Vugar Suleymanli, said the mines had been laid by Armenian forces.",
      ),
    ).toEqual(["unclear"]);
  });

  it("leaves the office unclear when the text named two commissions of different sides", () => {
    expect(
      sidesOf(
        "Azerbaijan's State Commission on Missing Persons said 3,890 people remain missing.",
        "Armenia's Commission on Missing Persons said 303 people are still missing.",
        "The commission's chairman, Rauf Mammadli, said the lists would be exchanged.",
      ),
    ).toEqual(["unclear"]);
  });
});

describe("a state's office in apposition outranks what the text made of the name before", () => {
  it("gives 'Mr. NAME, the chairman of Russia's Federation Council,' Russia after he was named as a forum's chairman", () => {
    expect(
      sidesOf(
        "The protocol proposes an initiative by the chairman of the assembly's council, Vladimir Shumsky.",
        "Mr. Shumsky, the chairman of Russia's Federation Council, has said the conflict could not be ended.",
      ),
    ).toEqual(["russia"]);
  });

  it("gives 'NAME, the Azerbaijani deputy who …,' Azerbaijan", () => {
    expect(
      sidesOf("Elnur Suleymanli, the Azerbaijani deputy who first brought the motion to Strasbourg, argued that frontline districts were neglected."),
    ).toEqual(["azerbaijan"]);
  });

  it("does not give a think tank's director the side of the nationality in its name", () => {
    expect(
      sidesOf("Richard Hovsepian, director of the Armenian Center for Strategic Studies in Yerevan, said the attack was designed to test the ceasefire."),
    ).toEqual(["other"]);
  });

  it("does not give an opposition leader his state's side", () => {
    expect(sidesOf("Ali Karimov, the Azerbaijani opposition leader, said the deal was a mistake.")).toEqual(["other"]);
  });
});

describe("an office written right before a name is that person's, later too", () => {
  it("gives 'UNHCR representative in Armenia NAME' and the later surname the UN's side, not the country the title names", () => {
    const [first, later] = readSentences(
      "UNHCR representative in Armenia Kavita Menon, on the ground since the first day, described the arrivals as exhausted.",
      "Menon said the most urgent needs were shelter and medication.",
    );
    expect(first?.sides).toEqual(["united-nations"]);
    expect(later?.sides).toEqual(["united-nations"]);
  });
});

describe("a participle between a determiner and its noun is an adjective, not a speech verb", () => {
  it("finds no claim in 'the legally justified border' or 'the widely reported clashes'", () => {
    expect(sidesOf("The villages lie along the legally justified border that existed within the Soviet Union.")).toEqual([]);
    expect(sidesOf("Residents of Kirants still fear the widely reported clashes of the 1990s.")).toEqual([]);
  });

  it("still reads a noun in -ly and a participle with an object as the verb", () => {
    expect(sidesOf("In the same sitting, the Azerbaijani assembly rejected a second resolution.")).toEqual(["azerbaijan"]);
  });
});

describe("a plural of one state whose 'of' runs on into a list is a group of all of them", () => {
  it("leaves 'they' unclear after 'The delegations of Armenia and Azerbaijan met'", () => {
    expect(sidesOf("The delegations of Armenia and Azerbaijan met in Bishkek on 4-5 May.", "They urged the parties to cease fire at midnight.")).toEqual([
      "unclear",
    ]);
  });

  it("gives 'they' every mediator after 'Envoys of Russia, France and the United States met'", () => {
    expect(sidesOf("Envoys of Russia, France and the United States met in Vienna.", "They urged the parties to cease fire.")).toEqual([
      "russia",
      "france",
      "united-states",
    ]);
  });
});

describe("a people's role opening the sentence is a third party, whatever place follows", () => {
  it("gives 'Protesters gathered … in Yerevan, blaming the prime minister' no state's side", () => {
    expect(
      sidesOf(
        "Armenia said it has no troops in Karabakh.",
        "Protesters gathered outside the government building in Yerevan, blaming Prime Minister Nikol Pashinyan for the defeat.",
      ),
    ).toEqual(["other"]);
  });

  it("still gives a surname opening the sentence no side it cannot tell", () => {
    expect(sidesOf("Simonyan went further, telling reporters that the talks had helped.")).toEqual(["unclear"]);
  });
});

describe("'the sides' are two camps, never Armenia and Karabakh", () => {
  it("leaves 'the sides said' unclear when only one camp's forces were named before", () => {
    expect(
      sidesOf(
        "Under its terms the Karabakh Armenian units are to be disbanded, and Armenian military formations are to leave the region.",
        "The deal was reached through the command of the Russian peacekeeping contingent, the sides said.",
      ),
    ).toEqual(["unclear"]);
  });
});

describe("a question a study looks into is no one's words", () => {
  it("finds no claim in 'This chapter examines how the co-chairs … responded'", () => {
    expect(sidesOf("This chapter examines how the co-chairs of the Minsk Group (Russia, the United States and France) responded to the escalations.")).toEqual(
      [],
    );
    expect(sidesOf("The paper traces how the governments of Armenia and Azerbaijan reported deaths during the war.")).toEqual([]);
  });

  it("still reads a denial before a study verb's 'why'", () => {
    expect(sidesOf("Azerbaijan's defence ministry denied the report, and explained why.")).toEqual(["azerbaijan"]);
  });
});

describe("a press secretary speaks for the office that just spoke", () => {
  it("gives 'Press secretary NAME said' the Prime Minister's office, not an agency named two sentences before", () => {
    expect(
      sidesOf(
        "Some 65,000 people had been registered by 29 September, according to UN News.",
        "On 26 September, the office of Armenia's Prime Minister said 20,270 people had been registered at accommodation stations.",
        "Press secretary Nazeli Aramyan said that at that point the state had arranged accommodation for 2,850 people.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("people named by what befell them speak for themselves", () => {
  it("gives 'Many of those arriving in the border town of Goris say' no state's side, and never the town's", () => {
    expect(sidesOf("Many of those arriving in the border town of Goris say they fear persecution.")).toEqual(["other"]);
    expect(sidesOf("Those who fled Stepanakert say they will not return.")).toEqual(["other"]);
  });
});

describe("a third party's role joined to a side's officials speaks beside them", () => {
  it("gives 'Karabakh Armenian officials and participants in the assault told' both voices", () => {
    expect(sidesOf("Karabakh Armenian officials and participants in the assault told the human rights group that the town had been warned.")).toEqual([
      "nagorno-karabakh",
      "other",
    ]);
  });
});

describe("'both defence ministries' are the two camps' bodies that just spoke", () => {
  it("does not pair a side with the city where the talks were held", () => {
    expect(
      sidesOf(
        "The Azerbaijani defence ministry confirmed that an agreement was reached. Armenia's defence minister, Seyran Ohanyan, said the agreement had been hammered out in Moscow.",
        "Both defence ministries announced that combat would stop at 11:00 on 5 April.",
      ),
    ).toEqual(["azerbaijan", "armenia"]);
  });
});

describe("a past post beside a present one still speaks for the state", () => {
  it("gives 'Heydar Aliyev, the former party boss who took over as acting head of state,' Azerbaijan", () => {
    expect(
      sidesOf("In Baku, Heydar Aliyev, the former Communist Party boss who took over as acting head of state last month, said Armenia must withdraw."),
    ).toEqual(["azerbaijan"]);
  });

  it("still gives a former minister with no present post no state's side", () => {
    expect(sidesOf("Vartan Oskanian, a former foreign minister, said the talks had failed.")).toEqual(["other"]);
  });
});

describe("people at a place speak, not the place", () => {
  it("gives 'Relatives waiting outside the forensic bureau in Yerevan said' no state's side", () => {
    expect(sidesOf("Relatives waiting outside the forensic bureau in Yerevan said they had been asked for DNA samples.")).toEqual(["other"]);
  });

  it("keeps officials in a capital, and an employee of a station there, to the rules of their own", () => {
    expect(sidesOf("Officials in Yerevan said the border was calm.")).toEqual(["armenia"]);
    expect(sidesOf("An editor at the state television station in Baku said 180 bodies had been recovered.")).toEqual(["azerbaijan"]);
  });
});

describe("an office written out in lower case in a side's army or ministry is that side's", () => {
  it("gives 'NAME, chief of operations of the Nagorno-Karabakh Defence Army,' and his later 'he' Karabakh's side", () => {
    const [first, later] = readSentences(
      "Levon Arakelyan, chief of operations of the Nagorno-Karabakh Defence Army, told reporters that the front was quiet.",
      "He said Karabakh forces had lost 14 tanks.",
    );
    expect(first?.sides).toEqual(["nagorno-karabakh"]);
    expect(later?.sides).toEqual(["nagorno-karabakh"]);
  });

  it("does not give a third party's office in such a body a side", () => {
    expect(sidesOf("Levon Arakelyan, a former head of operations of the Nagorno-Karabakh Defence Army, said the front was quiet.")).not.toEqual([
      "nagorno-karabakh",
    ]);
  });
});

describe("a side named by a people's plural noun is a 'they'", () => {
  it("gives 'Their presidency said' the separatists named in the sentence before, not the side that spoke before them", () => {
    expect(
      sidesOf(
        "Baku justified the operation by pointing to the deaths of six Azerbaijanis in landmine explosions.",
        "The separatists, outgunned and without help from Yerevan, accepted a ceasefire proposed by the peacekeepers.",
        "Their presidency said they had agreed to the dissolution of their armed forces.",
      ),
    ).toEqual(["nagorno-karabakh"]);
  });
});

describe("any estimate a party puts at a figure is its claim", () => {
  it("reads 'put the burned area at more than 1,815 hectares' as the ombudsman's", () => {
    expect(sidesOf("Karabakh's human rights ombudsman put the burned area at more than 1,815 hectares as of 2 November.")).toEqual(["nagorno-karabakh"]);
  });

  it("does not read 'put the area in perspective' as a figure", () => {
    expect(sidesOf("Karabakh's human rights ombudsman put the area in perspective for visitors.")).toEqual([]);
  });
});
