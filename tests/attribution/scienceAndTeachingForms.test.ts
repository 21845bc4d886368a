// Classes met when a set of science, environment and teaching texts was scored, fixed with sentences
// written for this test: officials of a ministry the text named, state agencies, private people as sources.
import { describe, expect, it } from "vitest";
import { sidesOf, sideInArticle as sideOf } from "./readSides.ts";

describe("an official of a ministry the text named by its country before", () => {
  it("is that ministry's when a deputy minister is named with no remit", () => {
    const sides = sidesOf(
      "Tural Aliyev, who runs the water desk at Azerbaijan's Ministry of Agriculture, said the canals were dry.",
      "Last winter Deputy Minister Orkhan Mammadli said the orchards had lost half their harvest.",
    );
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("stays unclear when the text named ministries of two sides", () => {
    const sides = sidesOf(
      "Armenia's defence ministry said the border was calm.",
      "Azerbaijan's foreign ministry said the talks would resume in spring.",
      "Deputy Minister Orkhan Mammadli said the orchards had lost half their harvest.",
    );
    expect(sides).toEqual(["unclear"]);
  });

  it("is that ministry's when named by its remit, whatever firm of another people was named between", () => {
    const side = sideOf(
      "Last month",
      "Tural Aliyev, who runs the water desk at Azerbaijan's Ministry of Agriculture, said the canals were dry.",
      "The Swiss company Alpen Bergbau owns the smelter upstream, and Azerbaijani officials have often named it. Last month Elmar Guliyev of the agriculture ministry told reporters that the smelter was poisoning the canals.",
    );
    expect(side).toBe("azerbaijan");
  });
});

describe("a ministry named only by its remit", () => {
  it("is the state's whose own agency it told, when the text placed no ministry before", () => {
    const sides = sidesOf(
      "The canal runs from Armenia into Azerbaijan.",
      "Last week Elmar Guliyev of the agriculture ministry told the APA agency that the canal was dry.",
    );
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("is no one's it can tell when it told a private outlet", () => {
    const sides = sidesOf(
      "The canal runs from Armenia into Azerbaijan.",
      "Last week Elmar Guliyev of the agriculture ministry told Reuters that the canal was dry.",
    );
    expect(sides).not.toContain("azerbaijan");
    expect(sides).not.toContain("armenia");
  });
});

describe("a state company or agency named by its own name", () => {
  it("is its state's: a satellite operator", () => {
    expect(sidesOf("In 2016 the satellite operator Azercosmos said its images showed fires along the front line.")).toEqual(["azerbaijan"]);
  });
});

describe("a speaker given two roles joined by 'and'", () => {
  it("is the state's when the first is a belligerent's own delegation, whatever body he also heads", () => {
    const sides = sidesOf(
      "Ramil Hasanov, a member of Azerbaijan's delegation to the Council of Europe and head of the Society for Rural Water, said the canals had been dry since the war.",
    );
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("is no state's when the delegation was a former post", () => {
    const sides = sidesOf(
      "Ramil Hasanov, a former member of Azerbaijan's delegation to the Council of Europe and head of the Society for Rural Water, said the canals had been dry.",
    );
    expect(sides).not.toContain("azerbaijan");
  });
});

describe("a 'fellow delegate'", () => {
  it("is of the side of the delegate who spoke just before", () => {
    const sides = sidesOf(
      "Ruben Hakobyan, head of Armenia's delegation to the assembly, said the report was one-sided.",
      "Fellow delegate Anna Grigoryan said the vote was a success.",
    );
    expect(sides).toEqual(["armenia"]);
  });

  it("named with a people of his own keeps it", () => {
    const sides = sidesOf(
      "Ruben Hakobyan, head of Armenia's delegation to the assembly, said the report was one-sided.",
      "Fellow Azerbaijani delegate Samad Aliyev said the vote was a success.",
    );
    expect(sides).not.toContain("armenia");
  });
});

describe("an officer of an association named before his name", () => {
  it("speaks for the association, a third party, wherever the meeting was, and so does his 'he'", () => {
    const read = sidesOf(
      "At a forum in Yerevan last spring, the association's executive director, Hrant Melkonyan, said the orchards had not been watered for a year.",
    );
    expect(read).toEqual(["other"]);
    expect(
      sidesOf(
        "At a forum in Yerevan last spring, the association's executive director, Hrant Melkonyan, said the orchards had not been watered for a year.",
        "He also accused the other side of closing the canal in summer.",
      ),
    ).toEqual(["other"]);
  });

  it("leaves a ministry's officer set off the same way to the ministry", () => {
    expect(sidesOf("At a briefing in Baku, the ministry's press secretary, Leyla Abdullayeva, said the talks would go on.")).not.toEqual(["other"]);
  });
});

describe("private people telling an outlet something", () => {
  it("are a third party, not the state of the village they live in", () => {
    const side = sideOf(
      "In the border village",
      "In the border village of Berd, where the two armies' trenches are a few hundred metres apart, a displaced farmer, Samvel Avetisyan, told Hetq that his family was sleeping in a school.",
    );
    expect(side).toBe("other");
  });

  it("are a third party when named as one of a people by what befell them, whatever their people", () => {
    expect(sidesOf("A displaced Karabakh Armenian, Lilit Hovsepyan, told CivilNet that her family had no land.")).toEqual(["other"]);
    expect(sidesOf("Lilit Hovsepyan, a displaced Karabakh Armenian, told CivilNet that her family had no land.")).toEqual(["other"]);
    expect(sidesOf("One displaced farmer in Sisian told Hetq that he had no land to plant.")).toEqual(["other"]);
  });

  it("are a third party when a private role follows their people's adjective, whatever office the room names", () => {
    expect(sidesOf("An Azerbaijani journalist in the chamber said the gunmen had shouted slogans.")).toEqual(["other"]);
    expect(sidesOf("An Azerbaijani official in the chamber said the gunmen had shouted slogans.")).toEqual(["azerbaijan"]);
  });

  it("leaves an official named with his people to his side", () => {
    expect(sidesOf("A Karabakh Armenian official, Lilit Hovsepyan, told CivilNet that the road was closed.")).toEqual(["nagorno-karabakh"]);
  });

  it("are a third party when settlers speak", () => {
    expect(sidesOf("Settlers told the reporter that nothing grew on the new plots.")).toEqual(["other"]);
  });

  it("are the 'he' after an agency quoted one of them, not the official who spoke before", () => {
    const sides = sidesOf(
      "Hikmet Hajiyev, the president's foreign policy adviser, said the other side was burning the forests.",
      'Reuters quoted one resident of the village as saying, as he loaded his truck, "I will not leave them my roof."',
      "He said all his neighbours would burn their houses before they left.",
    );
    expect(sides).toEqual(["other"]);
  });
});

describe("verbs of giving a figure", () => {
  it("count a party putting what burned at a measure", () => {
    expect(sidesOf("Azerbaijan's emergencies ministry put the burned woodland at more than 900 hectares.")).toEqual(["azerbaijan"]);
  });

  it("count a party placing or setting a figure, or giving a number as one", () => {
    expect(sidesOf("Armenia's emergencies ministry placed the damage at $3 million.")).toEqual(["armenia"]);
    expect(sidesOf("Karabakh's ombudsman set the number of displaced at no less than 80,000.")).toEqual(["nagorno-karabakh"]);
    expect(sidesOf("Armenia's health ministry gave the number of wounded as 140.")).toEqual(["armenia"]);
  });

  it("leave a deed alone when no figure follows", () => {
    expect(sidesOf("Azerbaijani soldiers placed the wounded at a field hospital near the front.")).toEqual([]);
    expect(sidesOf("The ministry gave a number of reasons for the delay.")).toEqual([]);
  });
});

describe("an assembly's resolution", () => {
  it("speaks when it states something after an aside on who drafted it, and when it requests a withdrawal", () => {
    const read = sidesOf(
      "In April the Parliamentary Assembly of the Council of Europe adopted a resolution on the border villages.",
      "The resolution, drafted by the Irish deputy Aoife Kelly, states that the villages lack drinking water.",
    );
    expect(read).toEqual(["other"]);
    expect(
      sidesOf(
        "In April the Parliamentary Assembly of the Council of Europe adopted a resolution on the border villages.",
        "The Assembly warned that the villages could be cut off.",
        "It requested the immediate withdrawal of all troops from the villages.",
      ),
    ).toEqual(["other"]);
  });
});

describe("an 'it' in a fronted time clause", () => {
  it("points forward to the body opening the main clause, not back to the mediators who spoke last", () => {
    const sides = sidesOf(
      "In April the Parliamentary Assembly of the Council of Europe adopted a resolution on the border villages.",
      "The Minsk Group co-chairs said in a statement that parallel formats could harm the talks.",
      "On the day that it adopted the resolution, the Assembly also rejected a report on the fighting.",
    );
    expect(sides).toEqual(["other"]);
  });
});

describe("an official of a UN programme", () => {
  it("speaks for the UN when he tells a belligerent's agency something: the agency only carries it", () => {
    expect(sidesOf("A UNEP official told the Armenian agency Armenpress that the survey of the lake would start in spring.")).toEqual(["united-nations"]);
  });
});

describe("the staff of a state's news agency", () => {
  it("speak for it, as annotators have the agency, named outright or as 'the agency'", () => {
    expect(sidesOf("Rauf Mammadov, an editor at Azertac, said the shelling had stopped.")).toEqual(["azerbaijan"]);
    const sides = sidesOf(
      "An editor at Azertac, Azerbaijan's state news agency, said the shelling had stopped.",
      "Rauf Mammadov, another editor at the agency, said the roads were closed.",
    );
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("are the 'he' after a sentence that only introduces one of them", () => {
    const sides = sidesOf("Rauf Mammadov, an editor at Azertac, the state news agency, was more cautious.", '"The roads are closed," he said.');
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("of an agency the text cannot place stay no state's", () => {
    expect(sidesOf("Anahit Petrosyan, an editor at the Lusaber news agency, said the roads were closed.")).not.toContain("armenia");
  });
});

describe("an office 'its' owns, placed in a city", () => {
  it("is the body's that 'its' points back to, not the city's state, when it tells a state agency", () => {
    const sides = sidesOf(
      "The International Committee of the Red Cross said it had asked to visit the detainees.",
      '"We are ready to act as a neutral intermediary," a spokeswoman for its Yerevan office told the Armenpress agency.',
    );
    expect(sides).toEqual(["icrc"]);
  });
});

describe("a private outlet citing its source", () => {
  it("only relays a party it cites, which speaks", () => {
    expect(sidesOf("By Friday 60,000 people had crossed the border, Reuters reported, citing the Armenian government.")).toEqual(["armenia"]);
  });

  it("keeps what it reports from sources of no side", () => {
    expect(sidesOf("The road was closed, Reuters reported, citing witnesses.")).toEqual(["other"]);
  });
});

describe("quoted words before 'he said'", () => {
  it("are the last official's, even when the quotation asks a question with a 'who' inside it", () => {
    const sides = sidesOf(
      "Azerbaijan's foreign ministry spokesman, Leyla Abdullayeva, accused Armenia of shelling the mosque.",
      '"How can one talk with those who shell mosques?" she wrote.',
    );
    expect(sides).toEqual(["azerbaijan"]);
  });

  it("are the side of the body the person before them was named with 'of'", () => {
    const sides = sidesOf(
      "Azerbaijan's mine agency said 40 people had been hurt this year.",
      "At a forum in Shusha, Rauf Guliyev of the presidential administration said the mines were poisoning the soil.",
      '"Every field is a minefield," he said.',
    );
    expect(sides).toEqual(["azerbaijan"]);
  });
});

describe("what is no party's claim", () => {
  it("a timeline row naming resolutions only by their numbers", () => {
    const claims = sideOf("| Jun 1994", "| Date | Event |\n|---|---|\n| Jun 1994 | UN Security Council adopts Resolutions 901 and 902 |");
    expect(claims).toBeUndefined();
  });

  it("an account that a named archive of one people gives is not the other state's", () => {
    const sides = sidesOf("Armenian accounts such as the Lori Memory archive describe the 1990 strike as a protest against the blockade.");
    expect(sides).not.toContain("nagorno-karabakh");
    expect(sides).not.toContain("armenia");
  });

  it("a reader's note ('Both sides, note, cite the report') and a question about who says what", () => {
    expect(sidesOf("Both ministries, note, cite the same report.")).toEqual([]);
    expect(
      sidesOf("Water has become part of the case that Armenia and Azerbaijan make, and your task is to read it as a judge would: by asking who says what."),
    ).toEqual([]);
  });

  it("the outlet's own accounts gathered for its issue", () => {
    expect(sidesOf("Yerevan's parks are being cut down for fuel, according to accounts gathered from Yerevan for this issue.")).toEqual([]);
  });
});
