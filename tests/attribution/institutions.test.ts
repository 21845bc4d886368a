import { describe, expect, it } from "vitest";
import { sidesOf } from "./readSides.ts";

describe("the UN's human rights bodies and independent experts", () => {
  it("gives 'UN experts' the United Nations, not the analysts' 'other'", () => {
    expect(sidesOf("UN human rights experts warned on Tuesday that the closure of the road was starving the valley.")).toEqual(["united-nations"]);
  });

  it("gives a Special Rapporteur with a remit the United Nations", () => {
    expect(sidesOf("The Special Rapporteur on the right to housing said families had been evicted without notice.")).toEqual(["united-nations"]);
  });

  it("gives the High Commissioner's office the United Nations", () => {
    expect(sidesOf("The Office of the High Commissioner for Human Rights said it had documented eleven summary executions.")).toEqual(["united-nations"]);
  });

  it("points 'the experts' back to the UN experts named before", () => {
    expect(sidesOf("UN experts voiced alarm at the closure of the road.", "The experts said the shortages amounted to an emergency.")).toEqual([
      "united-nations",
    ]);
  });

  it("keeps plain experts and analysts a third party", () => {
    expect(sidesOf("Experts said the cease-fire was unlikely to hold beyond the winter.")).toEqual(["other"]);
  });
});

describe("the Council of Europe and its Parliamentary Assembly", () => {
  it("reads PACE as a third party", () => {
    expect(sidesOf("PACE said in its resolution that the delegation's voting rights would stay suspended.")).toEqual(["other"]);
  });

  it("points 'the Assembly' back to the Parliamentary Assembly named before it", () => {
    expect(
      sidesOf(
        "The Parliamentary Assembly of the Council of Europe opened its winter session in Strasbourg.",
        "The Assembly deplores that its observers were refused visas.",
      ),
    ).toEqual(["other"]);
  });

  it("reads a resolution's 'regrets that' as the body's word", () => {
    expect(sidesOf("The Parliamentary Assembly met in Strasbourg.", "The Assembly regrets that no monitors were admitted to the villages.")).toEqual(["other"]);
  });

  it("keeps a belligerent's own National Assembly its own", () => {
    expect(sidesOf("Armenia's National Assembly said the ratification vote would be held on Thursday.")).toEqual(["armenia"]);
  });
});

describe("movements that are not the government", () => {
  it("reads the Popular Front of Azerbaijan, an opposition movement, as a third party", () => {
    expect(sidesOf("The Azerbaijani Popular Front said its members had been beaten by the militia at the rally.")).toEqual(["other"]);
  });
});

describe("sports, cultural and financial bodies and companies", () => {
  it("reads governing bodies and their rulings as a third party's", () => {
    expect(sidesOf("FIFA said the qualifier would be played at a neutral venue.")).toEqual(["other"]);
    expect(sidesOf("The European Broadcasting Union said the broadcast had broken the contest's rules.")).toEqual(["other"]);
  });

  it("reads a national sports federation as a third party, not its country's government", () => {
    expect(sidesOf("The Armenian Chess Federation said its team would not travel to the tournament.")).toEqual(["other"]);
  });

  it("reads an oil company on its pipeline as a third party", () => {
    expect(sidesOf("Equinor said output from the field had not been affected by the shelling.")).toEqual(["other"]);
  });

  it("keeps a UN agency the United Nations'", () => {
    expect(sidesOf("UNESCO said it was ready to send an independent mission to assess the monuments.")).toEqual(["united-nations"]);
  });
});

describe("individual legislators", () => {
  it("read a senator or an MP named by role as a third party, as annotators do", () => {
    expect(sidesOf("Senator Jane Holloway said the aid package should be frozen.")).toEqual(["other"]);
    expect(sidesOf("MP Aram Vardevanyan said the agreement had not been put to parliament.")).toEqual(["other"]);
  });

  it("keep a parliament as a body its state's", () => {
    expect(sidesOf("Armenia's parliament said the ratification vote would be held on Friday.")).toEqual(["armenia"]);
  });
});

describe("a title with a name in apposition after a phrase with 'before'", () => {
  it("keeps the title's side: 'Armenia's representative before the court, NAME, said'", () => {
    expect(
      sidesOf(
        "The European Court of Human Rights delivered its judgment on Tuesday.",
        "Armenia's agent before the court, Levon Hakobyan, said the government would study the ruling.",
      ),
    ).toEqual(["armenia"]);
  });
});

describe("a clause opened by 'after' with an aside before its verb", () => {
  it("keeps the clause's subject: 'after the French minister, visiting Yerevan, announced'", () => {
    expect(sidesOf("Tensions rose after French Foreign Minister Anne Morel, visiting Yerevan on Tuesday, announced new arms deliveries.")).toEqual(["france"]);
  });
});

describe("diaspora organisations and churches", () => {
  it("reads a diaspora lobby named like an assembly as a third party", () => {
    expect(sidesOf("The Armenian Assembly of America said the aid package should be frozen.")).toEqual(["other"]);
  });

  it("reads a national church as a third party, not its country's government", () => {
    expect(sidesOf("The Armenian Apostolic Church said the monastery must be protected by international monitors.")).toEqual(["other"]);
  });
});

describe("sports bodies by their common names", () => {
  it("reads 'the club' and 'the federation' as third parties", () => {
    expect(sidesOf("The club said it had suspended the press officer pending an inquiry.")).toEqual(["other"]);
    expect(sidesOf("The federation said its players would not travel to the tournament.")).toEqual(["other"]);
  });

  it("reads a federation named after its country as a third party", () => {
    expect(sidesOf("The Football Federation of Azerbaijan demanded that the referee be replaced.")).toEqual(["other"]);
  });

  it("keeps the Russian Federation Russia", () => {
    expect(sidesOf("The Russian Federation said the referendum was illegal.")).toEqual(["russia"]);
  });
});

describe("a place before a person's role", () => {
  it("reads 'a Stepanakert pensioner' and 'a Baku resident' as third parties, not their towns' governments", () => {
    expect(sidesOf('"The shelves are empty," a Stepanakert pensioner told our reporter.')).toEqual(["other"]);
    expect(sidesOf("A Baku resident told the radio that he had been questioned for an hour.")).toEqual(["other"]);
  });

  it("keeps a place's own body its own ('Karabakh's Information Centre says')", () => {
    expect(sidesOf("Karabakh's Information Centre says the villages were shelled overnight.")).toEqual(["nagorno-karabakh"]);
  });
});

describe("people quoted by an outlet", () => {
  it("does not make the outlet that quotes them the speaker", () => {
    expect(sidesOf("Officials quoted by the BBC said the voters had merely been invited to explain their choice.")).not.toContain("other");
  });
});

describe("people in business, campaigns and conferences, named by what they do", () => {
  it("reads a company, a trader, campaigners and a workshop's participants as third parties", () => {
    expect(sidesOf("The company said security at the terminal was provided by the state.")).toEqual(["other"]);
    expect(sidesOf("A Rotterdam-based oil trader said cargoes were loading normally.")).toEqual(["other"]);
    expect(sidesOf("Campaigners say at least 20 men remain in custody.")).toEqual(["other"]);
    expect(sidesOf("Participants noted that neither set of figures had been verified.")).toEqual(["other"]);
  });
});

describe("a state's own bodies named by their own names", () => {
  it("reads ANAMA after a generic 'national mine action agency' as Azerbaijan's", () => {
    expect(sidesOf("The national mine action agency ANAMA said it had cleared 900 hectares.")).toEqual(["azerbaijan"]);
  });

  it("reads Ictimai TV as Azerbaijan's public broadcaster", () => {
    expect(sidesOf("Public broadcaster Ictimai TV said the contest's rules had been respected.")).toEqual(["azerbaijan"]);
  });
});

describe("a Soviet republic's own organs", () => {
  it("gives the republic's party and soviet, named with the republic, the republic's side", () => {
    expect(sidesOf("The Central Committee of the Communist Party of Azerbaijan declared the decision unacceptable.")).toEqual(["azerbaijan"]);
    expect(sidesOf("The Supreme Soviet of the Armenian SSR said the vote was valid.")).toEqual(["armenia"]);
  });
  it("leaves the Union's organs, and Soviet troops in a republic, unclear", () => {
    expect(sidesOf("The USSR Supreme Soviet said the borders would not change.")).toEqual(["unclear"]);
    expect(sidesOf("Soviet troops in the Armenian SSR said they had restored order.")).toEqual(["unclear"]);
  });
});
