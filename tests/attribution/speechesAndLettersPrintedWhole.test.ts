// Texts officials and bodies publish in their own name, printed whole under a page's lead-in: a speech
// that opens "Mr. President,", remarks to ambassadors, a letter that opens "Dear Mr. …," and closes
// "Sincerely,", a ministry's statement a paper publishes below its note. Every sentence of the text is
// its speaker's claim, what it relays of others included; the page's own lead-in is read as usual.
// Met on first contact with blind114; the sentences here are written for this test.
import { describe, expect, it } from "vitest";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { readSentences } from "./readSides.ts";

function claimsOf(file: string, text: string) {
  return extractArticle(parseArticle({ file, text })).claims;
}
function sideOf(claims: ReturnType<typeof claimsOf>, start: string): string | undefined {
  return claims.find((c) => c.sentence.startsWith(start))?.side;
}

describe("a speech printed in full under a 'Full text:' title", () => {
  const claims = claimsOf(
    "speech.md",
    [
      "---",
      'title: "Full text: Azerbaijan\'s foreign minister at the Security Council on the Lachin road"',
      'outlet: "Harbour Policy Review"',
      "published: 2023-08-17",
      "---",
      "",
      "**Editor's introduction.** The Council met on Wednesday at Armenia's request. Armenia's envoy told members that the road had been closed for eight months.",
      "",
      "---",
      "",
      "Mr. President,",
      "",
      "I thank you for convening this meeting. It is a special pleasure to speak here among friends. We look forward to working with every member of the Council.",
      "",
      "The road is open for the movement of civilians, and the Armenian side has used it to bring in weapons. Yerevan says the region faces famine; this is a campaign of lies.",
      "",
      "Thank you.",
    ].join("\n"),
  );

  it("gives every sentence of the speech to the speaker the title names, what it relays of the other side included", () => {
    expect(sideOf(claims, "The road is open")).toBe("azerbaijan");
    expect(sideOf(claims, "Yerevan says the region faces famine")).toBe("azerbaijan");
  });

  it("reads the page's introduction as the page's own text, its quoted speakers their own", () => {
    expect(sideOf(claims, "Armenia's envoy told members")).toBe("armenia");
  });

  it("claims nothing in the courtesies to the room", () => {
    expect(sideOf(claims, "I thank you for convening")).toBeUndefined();
    expect(sideOf(claims, "It is a special pleasure")).toBeUndefined();
    expect(sideOf(claims, "We look forward to working")).toBeUndefined();
  });
});

describe("remarks whose lead-in says who delivered them", () => {
  const claims = claimsOf(
    "remarks.txt",
    [
      "Full text: the minister briefs diplomats",
      "",
      "The Gazette publishes below the remarks that Armenia's Foreign Minister delivered in Yerevan on Tuesday to foreign diplomats.",
      "",
      "Dear colleagues,",
      "",
      "Thank you for coming at such short notice.",
      "",
      "Azerbaijani troops shelled Jermuk overnight. Baku claims it was answering a provocation, which is false.",
    ].join("\n"),
  );

  it("gives the remarks to the minister the lead-in names", () => {
    expect(sideOf(claims, "Azerbaijani troops shelled Jermuk")).toBe("armenia");
    expect(sideOf(claims, "Baku claims it was answering")).toBe("armenia");
    expect(sideOf(claims, "Thank you for coming")).toBeUndefined();
  });
});

describe("a letter reproduced between its salutation and its closing", () => {
  const claims = claimsOf(
    "letter.txt",
    [
      "Letters: a rights group answers a ministry",
      "",
      "The Review reproduces below the letter sent on 2 May by Jane Roe, director of the Civilian Rights Forum, to the Azerbaijani foreign minister.",
      "",
      "Dear Mr. Minister,",
      "",
      "Your ministry has said that our report blames only Armenian forces. Our report found abuses by both sides.",
      "",
      "Sincerely,",
      "",
      "Jane Roe",
      "",
      "The Review's editors added that the ministry has not replied, according to its press office.",
    ].join("\n"),
  );

  it("gives the letter to the group that sent it, a body of no side", () => {
    expect(sideOf(claims, "Your ministry has said")).toBe("other");
    expect(sideOf(claims, "Our report found abuses")).toBe("other");
  });
});

describe("a ministry's statement a paper publishes below its note", () => {
  const claims = claimsOf(
    "statement.txt",
    [
      "DOCUMENTS",
      "",
      "EDITOR'S NOTE: The Herald publishes below the statement issued in Yerevan on Friday by the Ministry of Defence of the Republic of Armenia.",
      "",
      "STATEMENT OF THE MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA",
      "",
      "1. Azerbaijani units opened fire on positions near Tavush at dawn.",
      "",
      "2. According to the Azerbaijani side, its positions were fired on first, which does not correspond to reality.",
    ].join("\n"),
  );

  it("gives its numbered points to the ministry, the other side's version it relays included", () => {
    expect(sideOf(claims, "Azerbaijani units opened fire")).toBe("armenia");
    expect(sideOf(claims, "According to the Azerbaijani side")).toBe("armenia");
  });
});

describe("a reader's letter under 'Sir,'", () => {
  it("makes no document speaker: the reader's sentences keep the speakers they name", () => {
    const claims = claimsOf(
      "reader.txt",
      ["Letters to the editor", "", "Sir,", "", "Azerbaijan's defence ministry said on Monday that two soldiers were killed.", "", "John Smith, Leeds"].join(
        "\n",
      ),
    );
    expect(sideOf(claims, "Azerbaijan's defence ministry said")).toBe("azerbaijan");
  });
});

describe("an op-ed whose page sets its author's note apart in a bio box", () => {
  const page = `<!doctype html><html><head><title>Tartar is a town, not a target | Opinion</title></head><body>
<article><h1>Tartar is a town, not a target</h1>
<p>Before dawn on Sunday, rockets fired from across the line of contact struck the centre of Tartar, and two civilians were killed in their homes.</p>
<p>Yerevan's defence ministry called our reports of the shelling a fabrication. The craters, and the rocket remnants our mine action agency collected, say otherwise.</p>
<p>We ask the co-chairs to name the side that fired, as they have the evidence before them. Anything less rewards the shelling of towns far from the front.</p>
<p class="author-bio"><em>Farid Aliyev is Assistant to the President of the Republic of Azerbaijan and Head of the Foreign Policy Department.</em></p>
</article></body></html>`;
  const claims = extractArticle(parseArticle({ file: "oped.html", text: htmlArticleText(readHtmlPage(page)) })).claims;

  it("gives the piece to the state whose office the note names, a second office after 'and' included", () => {
    expect(sideOf(claims, "Before dawn on Sunday")).toBe("azerbaijan");
    expect(sideOf(claims, "Yerevan's defence ministry called")).toBe("azerbaijan");
  });

  it("keeps the note itself out of the article's text", () => {
    expect(claims.some((c) => c.sentence.includes("Assistant to the President"))).toBe(false);
  });
});

describe("a release reprinted under its own 'FOR IMMEDIATE RELEASE' slug", () => {
  const claims = claimsOf(
    "release.txt",
    [
      "COMMUNITY WIRE",
      "Releases from community organisations",
      "",
      "FOR IMMEDIATE RELEASE",
      "",
      "CAUCASUS HERITAGE FOUNDATION CONDEMNS STRIKE ON MONASTERY",
      "",
      "OTTAWA - Today, the Caucasus Heritage Foundation strongly condemned the strike on the monastery and urged Canada to act.",
      "",
      "The monastery was struck twice on Friday. Azerbaijan's defence ministry has denied targeting religious sites.",
      "",
      "###",
      "",
      "Founded in 1990, the Caucasus Heritage Foundation is a charity that documents monuments in the region.",
    ].join("\n"),
  );

  it("gives the release to the organisation its lead names, a body of no side, what it relays included", () => {
    expect(sideOf(claims, "The monastery was struck twice")).toBe("other");
    expect(sideOf(claims, "Azerbaijan's defence ministry has denied")).toBe("other");
  });

  it("ends the release at its '###'", () => {
    expect(sideOf(claims, "Founded in 1990")).toBeUndefined();
  });
});

describe("an embassy's letter to the editor", () => {
  const letter = [
    "LETTERS TO THE EDITOR",
    "",
    "From the Press Office, Embassy of the Republic of Azerbaijan",
    "",
    "Sir,",
    "",
    "Your report of 3 May described the shelling of Tartar as an exchange of fire. Armenian forces fired first, as our defence ministry reported that morning.",
    "",
    "Yours faithfully,",
    "",
    "Press Office",
    "Embassy of the Republic of Azerbaijan",
  ];

  it("gives the letter to the embassy its 'From' line names", () => {
    expect(sideOf(claimsOf("letter.txt", letter.join("\n")), "Armenian forces fired first")).toBe("azerbaijan");
  });

  it("gives it to the embassy its signature names when no line says whom it is from", () => {
    const signed = [...letter.slice(0, 2), ...letter.slice(4)];
    expect(sideOf(claimsOf("letter.txt", signed.join("\n")), "Armenian forces fired first")).toBe("azerbaijan");
  });
});

describe("a spokesperson's comments and answers under a 'Comments by' title", () => {
  const claims = claimsOf(
    "comments.md",
    [
      "# Comments by Anna Grigoryan, spokesperson of the Ministry of Foreign Affairs of Armenia, on the border",
      "",
      "Azerbaijani units shelled Jermuk overnight, and two of our servicemen were wounded.",
      "",
      "**Q: Baku says Armenia fired first. What is your response?**",
      "",
      "That claim is false. Our positions did not open fire at any point.",
      "",
      "**Q: Will the talks go ahead?**",
      "",
      "The talks will go ahead as agreed with the mediators.",
    ].join("\n"),
  );

  it("gives the comments and the answers to the ministry, and the journalists' questions to no one", () => {
    expect(sideOf(claims, "Azerbaijani units shelled Jermuk")).toBe("armenia");
    expect(sideOf(claims, "That claim is false")).toBe("armenia");
    expect(claims.some((c) => c.sentence.includes("Baku says Armenia fired first"))).toBe(false);
  });
});

describe("a briefing whose page names its briefer where it describes it", () => {
  const claims = claimsOf(
    "briefing.txt",
    [
      "Transcript: the weekly briefing on the Almaty talks",
      "",
      "The Monitor reproduces the part of the weekly briefing given in Astana on Monday by Dana Sultanova, official representative of the Ministry of Foreign Affairs of Kazakhstan, that dealt with the talks.",
      "",
      "Opening remarks",
      "",
      "On Friday Almaty hosted talks between the foreign ministers of Azerbaijan and Armenia.",
      "",
      "Q: Is Kazakhstan now a mediator?",
      "",
      "No. Kazakhstan provided a platform, and we will not comment on the substance of the talks.",
    ].join("\n"),
  );

  it("gives her opening remarks and her answers to the ministry she speaks for, a state of no side", () => {
    expect(sideOf(claims, "On Friday Almaty hosted talks")).toBe("other");
    expect(sideOf(claims, "Kazakhstan provided a platform")).toBe("other");
  });
});

describe("'both men' after two leaders spoke", () => {
  it("gives 'Both men said …' to the two leaders who just spoke", () => {
    const [, , both] = readSentences(
      "Aliyev called the deal historic.",
      "Pashinyan said the text opens a new chapter.",
      "Both men said the mediator deserved credit.",
    );
    expect(both?.sides.sort()).toEqual(["armenia", "azerbaijan"]);
  });

  it("gives 'the two men' a report of detentions names no side of the conflict", () => {
    const [, last] = readSentences("Two men were detained near the border, police said.", "The two men said they had crossed the border by mistake.");
    expect(last?.sides).toEqual(["other"]);
  });
});

describe("a press digest whose papers say what they are in brackets", () => {
  const claims = claimsOf(
    "digest.md",
    [
      "# Caucasus press review — Thursday 6 March",
      "",
      "## BAKU",
      "",
      "**Khazar Gazeti** (state-owned) leads with the defence ministry's account.",
      "",
      "Quoting military sources, the paper writes that nine Armenian servicemen were killed.",
      "",
      "**Yeni Ses** (independent) is more cautious.",
      "",
      "The paper notes that the ministry has not confirmed the figure.",
      "",
      "## YEREVAN",
      "",
      "**Hayastani Or** (government daily) prints the foreign minister's remarks.",
      "",
      "The paper writes that Baku chose its moment to attack.",
    ].join("\n"),
  );

  it("gives a state's own paper its state's side, as the guide gives state media", () => {
    expect(sideOf(claims, "Quoting military sources, the paper writes")).toBe("azerbaijan");
    expect(sideOf(claims, "The paper writes that Baku chose")).toBe("armenia");
  });

  it("gives an independent paper no side", () => {
    expect(sideOf(claims, "The paper notes that the ministry")).toBe("other");
  });
});

describe("a broadcast clip whose label names its speaker in brackets", () => {
  it("gives 'ARCHIVE (IVANOV, translated):' to the envoy the report introduced, not to an official the page's head names", () => {
    const claims = claimsOf(
      "tv.txt",
      [
        "Twenty years of a fragile truce",
        "",
        "[00:00:04] ANCHOR: Good evening. Azerbaijan's president Ilham Aliyev marked the anniversary on Sunday.",
        "",
        "[00:00:30] CORRESPONDENT: Mr Ivanov, who led Russia's mediation mission until 1996, spoke about it in March.",
        "",
        "[00:01:10] ARCHIVE (IVANOV, translated): Both sides signed within a day, and the guns fell silent.",
        "",
        "[00:01:20] ANCHOR: Thank you.",
      ].join("\n"),
    );
    expect(sideOf(claims, "[00:01:10] ARCHIVE")).toBe("russia");
  });
});

describe("a review of two state channels' coverage, one section each", () => {
  const claims = claimsOf(
    "tv.md",
    [
      "# Two screens, two wars",
      "",
      "Summary. The two state channels reported the raid very differently.",
      "",
      "## 1. Armenian state TV (Hayk-1)",
      "",
      "Hayk-1 led its evening bulletin with the raid.",
      "",
      "The channel reported, citing the Defence Ministry, that three servicemen were killed.",
      "",
      "## 2. Azerbaijani state TV (Khazar TV)",
      "",
      "According to the channel, Armenian forces opened fire first.",
      "",
      "It said a private was killed in the exchange of fire.",
    ].join("\n"),
  );

  it("gives what each state channel reported to its state, 'the channel' and 'it' included", () => {
    expect(sideOf(claims, "The channel reported, citing")).toBe("armenia");
    expect(sideOf(claims, "According to the channel")).toBe("azerbaijan");
    expect(sideOf(claims, "It said a private was killed")).toBe("azerbaijan");
  });
});

describe("an official 'from' or 'at' a side's body", () => {
  it("gives 'An official from Azerbaijan's defence ministry said …' to Azerbaijan", () => {
    expect(readSentences("An official from Azerbaijan's defence ministry said the talks were a breakthrough.")[0]?.sides).toEqual(["azerbaijan"]);
  });

  it("leaves 'Refugees from Agdam's villages' to no side", () => {
    expect(readSentences("Refugees from Agdam's villages said the town was shelled.")[0]?.sides).toEqual(["other"]);
  });
});

describe("a third state's travel advice on the region", () => {
  const claims = claimsOf(
    "advice.md",
    [
      "---",
      'title: "Armenia and Azerbaijan: border areas"',
      'outlet: "Consular Services of the Republic of Palau"',
      "published: 2022-09-16",
      "---",
      "",
      "Do not travel within 5 km of the Armenia–Azerbaijan border.",
      "",
      "Reconsider your need to travel to Syunik province.",
      "",
      "On 13 September, Armenia's Ministry of Defence reported that Azerbaijani forces had shelled border towns.",
      "",
      "The fighting killed more than 170 soldiers from the two countries.",
    ].join("\n"),
  );

  it("gives what it relays of the parties to the advising state, a third party, even one the gazetteer does not know", () => {
    expect(sideOf(claims, "On 13 September, Armenia's Ministry of Defence")).toBe("other");
    expect(sideOf(claims, "The fighting killed more than 170")).toBe("other");
  });

  it("claims nothing in its own advice", () => {
    expect(sideOf(claims, "Do not travel")).toBeUndefined();
    expect(sideOf(claims, "Reconsider your need")).toBeUndefined();
  });
});

describe("a civil body 'the' picks out again", () => {
  it("gives 'The human rights group said …' to no side, as the group it names again", () => {
    expect(readSentences("The human rights group said that Armenian forces were responsible.")[0]?.sides).toEqual(["other"]);
  });
});

describe("an ambassador's speech on an embassy's own site", () => {
  const page = `<!doctype html><html><head><title>Remarks by the Ambassador at the reception | Embassy of Armenia, Suva</title></head><body>
<header class="site-header"><p class="site-name">Embassy of the Republic of Armenia – Suva, Fiji</p><nav><a href="/en/">Home</a></nav></header>
<main><h1>Remarks by Ambassador Karen Sahakyan at the reception marking Independence Day</h1>
<p>Excellencies, distinguished guests, dear friends,</p>
<p>Thank you for joining us this evening.</p>
<p>Three years ago, Azerbaijani forces attacked our sovereign territory, and 105 of our servicemen were killed. Baku has said that our constitution stands in the way of peace, a claim we reject.</p>
<p>We remain committed to the peace agenda, and to the opening of the region's roads and railways.</p>
</main></body></html>`;
  const text = htmlArticleText(readHtmlPage(page));
  const article = parseArticle({ file: "speech.html", text });
  const claims = extractArticle(article).claims;

  it("reads the banner's site name as the outlet", () => {
    expect(article.meta.outlet).toBe("Embassy of the Republic of Armenia");
  });

  it("gives the speech of an ambassador the gazetteer does not know to the embassy's state", () => {
    expect(sideOf(claims, "Three years ago, Azerbaijani forces")).toBe("armenia");
    expect(sideOf(claims, "Baku has said that our constitution")).toBe("armenia");
  });
});

describe("staff from or at a side's own body", () => {
  it("gives 'A diplomat from Azerbaijan's embassy in Pretoria told …' to Azerbaijan", () => {
    expect(readSentences("A diplomat from Azerbaijan's embassy in Pretoria told students on Tuesday that the talks were a breakthrough.")[0]?.sides).toEqual([
      "azerbaijan",
    ]);
  });

  it("gives a doctor from a town no side", () => {
    expect(readSentences("A doctor from Goris said two people were hurt.")[0]?.sides ?? []).not.toContain("armenia");
  });
});

describe("a person whose apposition names a body by its title alone", () => {
  it("gives 'Farid Mammadli, a counsellor at the embassy,' the side of the embassy named before, and his later 'he'", () => {
    const [, , he, named] = readSentences(
      "A diplomat from Azerbaijan's embassy told students on Tuesday that the talks were a breakthrough.",
      "Farid Mammadli, a counsellor at the embassy, was speaking in the Faculty of Social Sciences.",
      "He said the declaration was the first one signed by both leaders.",
      "Mr Mammadli said the declaration commits both sides to a settlement.",
    );
    expect(he?.sides).toEqual(["azerbaijan"]);
    expect(named?.sides).toEqual(["azerbaijan"]);
  });
});

// Met on first contact with blind136 (an embassy's right of reply); the sentences here are written for this test.
describe("a reply a paper prints on a body's request, a right of reply", () => {
  const reply = [
    "THE HALLIG HERALD",
    "",
    "COMMENT > REPLIES",
    "",
    'Reply: "Stepanakert was shelled first"',
    "",
    "The Embassy of the Republic of Armenia has requested that we print the following reply to our article of 7 November. In line with our policy it appears in full.",
    "",
    "---",
    "",
    "Your reporter's article from Baku gave a one-sided account of the fighting. We accept that every war is cruel.",
    "",
    "On 2 November, Azerbaijani forces fired cluster munitions at Stepanakert. The Human Rights Defender recorded that 3 civilians were killed and 11 wounded.",
    "",
    'Your readers ought to know that Azerbaijan\'s defence ministry has described our accounts of the hospital strike as "fabrications".',
    "",
    "Press Office",
    "Embassy of the Republic of Armenia",
    "",
    "---",
    "",
    "Editor's note: The Herald stands by its article. Azerbaijan's defence ministry denies targeting civilians.",
  ];

  it("gives every sentence of the reply to the body the lead-in names, the other side's denial it relays included", () => {
    const claims = claimsOf("reply.txt", reply.join("\n"));
    expect(sideOf(claims, "Your reporter's article from Baku")).toBe("armenia");
    expect(sideOf(claims, "On 2 November, Azerbaijani forces fired")).toBe("armenia");
    expect(sideOf(claims, "The Human Rights Defender recorded")).toBe("armenia");
    expect(sideOf(claims, "Your readers ought to know")).toBe("armenia");
  });

  it("reads the paper's note under the reply as its own reporting", () => {
    expect(sideOf(claimsOf("reply.txt", reply.join("\n")), "Azerbaijan's defence ministry denies")).toBe("azerbaijan");
  });

  it("gives it to the body that signed it when the lead-in names no one", () => {
    const unnamed = reply.map((line) =>
      line.startsWith("The Embassy") ? "We have been asked to publish the following response to our article of 7 November." : line,
    );
    expect(sideOf(claimsOf("reply.txt", unnamed.join("\n")), "Your readers ought to know")).toBe("armenia");
  });

  it("makes no document speaker of a reply a reader signed", () => {
    const reader = reply
      .map((line) => (line.startsWith("The Embassy") ? "We have been asked to publish the following response to our article of 7 November." : line))
      .map((line) => (line === "Press Office" ? "Jan de Vries" : line === "Embassy of the Republic of Armenia" ? "Husum" : line));
    expect(sideOf(claimsOf("reply.txt", reader.join("\n")), "Your readers ought to know")).toBe("azerbaijan");
  });
});

// Met on first contact with blind135 (a stock-exchange filing); the sentences here are written for this test.
describe("a listed company's announcement as a regulatory news service prints it", () => {
  const claims = claimsOf(
    "filing.txt",
    [
      "SHETLAND EXCHANGE NEWS",
      "",
      "Company:  Caspian Copper Resources plc",
      "Headline: Trading update",
      "",
      "Caspian Copper Resources plc",
      '("Caspian Copper" or the "Company")',
      "",
      "Caspian Copper Resources plc, the copper producer with assets in western Azerbaijan, gives the following update.",
      "",
      "The Company now forecasts copper output of 11,000 to 12,000 tonnes for 2020. The cut reflects the call-up of drivers and fitters to the army during the fighting.",
      "",
      "Its licence area near Lachin is now under the control of the Government of Azerbaijan, while Russian peacekeepers are deployed along the corridor.",
      "",
      "This announcement contains inside information as defined by the market rules.",
      "",
      "Enquiries: Caspian Copper Resources plc, investor relations.",
      "",
      "END",
      "",
      "EDITOR'S NOTE (Shetland Exchange News): Azerbaijan's economy ministry said on Monday that the licence would be reviewed.",
    ].join("\n"),
  );

  it("gives every sentence of the filing to the company, what it says of governments and armies included", () => {
    expect(sideOf(claims, "The Company now forecasts")).toBe("other");
    expect(sideOf(claims, "The cut reflects the call-up")).toBe("other");
    expect(sideOf(claims, "Its licence area near Lachin")).toBe("other");
  });

  it("claims nothing in the filing's regulatory notices", () => {
    expect(sideOf(claims, "This announcement contains")).toBeUndefined();
    expect(sideOf(claims, "Enquiries")).toBeUndefined();
  });

  it("ends the filing at its END: the service's note is its own reporting", () => {
    expect(sideOf(claims, "EDITOR'S NOTE")).toBe("azerbaijan");
  });
});
