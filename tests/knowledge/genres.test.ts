// Genre decides the outermost speaker: each test is a small article of one genre, written for
// this test, read through the whole pipeline (ingest → attribution → casualties).
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";

function read(...lines: string[]) {
  const article = parseArticle({ file: "a.txt", text: lines.join("\n") });
  const knowledge = extractArticle(article);
  const claimOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);
  return { article, knowledge, claimOf };
}

describe("a ministry's press release", () => {
  const { article, knowledge, claimOf } = read(
    "MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA",
    "",
    "Press release No: 118/21",
    "",
    "Statement of the Ministry of Defence of the Republic of Armenia on the shelling of Jermuk",
    "",
    "3 March 2021",
    "",
    "1. Units of the Azerbaijani armed forces opened fire on the outskirts of Jermuk this morning.",
    "",
    "2. One of our servicemen was wounded and has been taken to hospital.",
    "",
    "3. The Azerbaijani side claims that it was responding to provocations. This is not true.",
    "",
    "4. The co-chairs of the Minsk Group have been informed and called for restraint.",
  );

  it("is recognised as a press release issued by the ministry", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(article.structure.issuer).toContain("Ministry of Defence of the Republic of Armenia");
  });

  it("makes every sentence the issuer's claim, even the ones relaying the other side and the mediators", () => {
    expect(claimOf("opened fire on the outskirts")).toEqual(["armenia"]);
    expect(claimOf("The Azerbaijani side claims")).toEqual(["armenia"]);
    expect(claimOf("This is not true")).toEqual(["armenia"]);
    expect(claimOf("co-chairs of the Minsk Group have been informed")).toEqual(["armenia"]);
  });

  it("gives the issuer the casualty figures it states", () => {
    expect(knowledge.casualties.map((f) => [f.claimedBy, f.affected, f.wounded])).toEqual([["armenia", "armenia", 1]]);
  });

  it("gives a figure the release relays to the party that put it forward", () => {
    const relayed = read(
      "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA",
      "",
      "Press release No: 42/22",
      "",
      "Statement of the Ministry of Foreign Affairs on the events near Sotk",
      "",
      "1. The Azerbaijani Defence Ministry reported that three of its servicemen had been killed.",
      "",
      "2. Two of our servicemen were wounded.",
    );
    expect(relayed.knowledge.casualties.map((f) => [f.claimedBy, f.affected, f.killed, f.wounded])).toEqual([
      ["azerbaijan", "azerbaijan", 3, null],
      ["armenia", "armenia", null, 2],
    ]);
    expect(relayed.claimOf("three of its servicemen")).toEqual(["armenia"]);
  });

  it("takes the masthead for the issuing body, not for the title", () => {
    expect(article.meta.title).not.toMatch(/^MINISTRY OF DEFENCE/);
  });
});

describe("a spokesperson's comment issued as a press release", () => {
  const { article, claimOf } = read(
    "Comment of the Spokesperson on the talks in Geneva",
    "",
    "Comment of Aysel Mammadova, Spokesperson of the Ministry of Foreign Affairs of Azerbaijan, in response to media questions",
    "",
    "The Azerbaijani side handed its proposals for a peace agreement to the Armenian side last week.",
    "",
    "Yerevan has yet to give any answer to these proposals.",
  );

  it("reads the spokesperson's ministry as the issuer, though 'Spokesperson' holds the word 'on'", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(claimOf("Yerevan has yet to give")).toEqual(["azerbaijan"]);
  });
});

describe("a statement published in full inside a news page", () => {
  const { article, claimOf } = read(
    "THE BORDER GAZETTE",
    "",
    "Mediators urge restraint after talks in Vienna",
    "",
    "The mediators released a statement after the talks on Thursday. Its text follows in full.",
    "",
    "Joint Statement by the Co-Chairs of the OSCE Minsk Group",
    "",
    "The Co-Chairs met the two foreign ministers in Vienna and called on the sides to respect the ceasefire.",
    "",
    "* * *",
    "",
    "Background: the line of contact has been quiet since the spring.",
    "",
    "Azerbaijan's Foreign Ministry later said the talks had been useful but premature.",
  );

  it("is read as the issuer's statement only between its issuing line and its end", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(claimOf("called on the sides to respect")).toEqual(["osce-minsk-group"]);
  });

  it("leaves the lines after the statement to their own speakers", () => {
    expect(claimOf("useful but premature")).toEqual(["azerbaijan"]);
    expect(claimOf("line of contact has been quiet")).toEqual([]);
  });

  it("leaves the page's lead-in to the outlet", () => {
    expect(claimOf("Its text follows in full")).toEqual([]);
  });
});

describe("an interview in questions and answers", () => {
  const { article, claimOf } = read(
    "Highland Review | Interviews",
    "",
    "'Our door stays open': an interview with Jeyhun Bayramov",
    "",
    "Our correspondent spoke to the foreign minister in Baku about the talks.",
    "",
    "Q: Armenia says your troops are still on its territory. Will they withdraw?",
    "",
    "A: There are no Azerbaijani troops on Armenian territory. The border has never been delimited.",
    "",
    "Q: Is Russia still a mediator?",
    "",
    "A: We work with every partner who respects our sovereignty.",
  );

  it("is recognised as an interview with a named interviewee", () => {
    expect(article.meta.genre).toBe("interview");
    expect(article.structure.interviewee).toBe("Jeyhun Bayramov");
    expect(article.meta.outlet).toBe("Highland Review");
  });

  it("gives the answers to the interviewee and makes the questions nobody's claims", () => {
    expect(claimOf("There are no Azerbaijani troops")).toEqual(["azerbaijan"]);
    expect(claimOf("We work with every partner")).toEqual(["azerbaijan"]);
    expect(claimOf("Armenia says your troops")).toEqual([]);
  });
});

describe("questions set as headings over answers under the speaker's name, on a page that does not call itself an interview", () => {
  const { article, claimOf } = read(
    "# Border villagers' leader on the new posts",
    "",
    "We spoke to Ruben Hakobyan, head of the Tavush villagers' council, after the handover.",
    "",
    "## What did the families tell you this week?",
    "",
    "Hakobyan: Azerbaijan's new posts are within sight of our school. The children are frightened.",
    "",
    "## Armenia's government says the line is final. Do you accept that?",
    "",
    "Hakobyan: We accept nothing that was decided without us.",
  );

  it("is read as an interview", () => {
    expect(article.meta.genre).toBe("interview");
  });

  it("takes no claim from the questions, even one that relays a side", () => {
    expect(claimOf("What did the families tell you")).toEqual([]);
    expect(claimOf("Armenia's government says the line is final")).toEqual([]);
  });

  it("keeps the answers as the speaker's words", () => {
    expect(claimOf("We accept nothing that was decided without us")).toHaveLength(1);
  });
});

describe("a briefing transcript", () => {
  const { article, claimOf } = read(
    "Transcript of the weekly briefing by Foreign Ministry Spokesperson Maria Zakharova",
    "",
    "Maria Zakharova: Good afternoon. Moscow continues to support the trilateral statements of 2020.",
    "",
    "Question (Armenpress): Yerevan accuses the peacekeepers of inaction. How would you comment?",
    "",
    "Maria Zakharova: The peacekeepers fulfil their mandate in full.",
    "",
    "Question (Trend): When will the next meeting take place?",
    "",
    "Maria Zakharova: We will announce the date in due course.",
  );

  it("is recognised as a transcript", () => {
    expect(article.meta.genre).toBe("transcript");
  });

  it("gives each labelled answer to its speaker and no question to anyone", () => {
    expect(claimOf("The peacekeepers fulfil their mandate")).toEqual(["russia"]);
    expect(claimOf("Yerevan accuses the peacekeepers")).toEqual([]);
  });
});

describe("a fact-check", () => {
  const { article, claimOf } = read(
    "CAUCASUS CHECK",
    "Fact Check | Conflict",
    "",
    "Did drones strike a dam near Sarsang? What we found",
    "",
    'CLAIM: "Azerbaijani drones have hit the Sarsang dam and the valley is flooding." (Karabakh Emergency Service spokesman Hayk Khanumyan, Telegram, 4 October 2020)',
    "",
    "RATING: FALSE",
    "",
    "VERDICT: Satellite images show the dam intact. Local officials said no flooding was recorded.",
    "",
    "The post was shared thousands of times within an hour.",
  );

  it("is recognised as a fact-check", () => {
    expect(article.meta.genre).toBe("fact-check");
  });

  it("gives the checked claim to the author named after the quote", () => {
    expect(claimOf("Azerbaijani drones have hit the Sarsang dam")).toEqual(["nagorno-karabakh"]);
  });

  it("makes the verdict the outlet's own, not a claim", () => {
    expect(claimOf("Satellite images show the dam intact")).toEqual([]);
    expect(claimOf("Local officials said no flooding")).toEqual([]);
  });
});

describe("a fact-check whose claim stands under a heading of its own", () => {
  const { article, claimOf } = read(
    "# Fact check: old flood footage passed off as a burst dam",
    "",
    "## Claim",
    "",
    'A video shows the "Sarsang" reservoir bursting after Armenian shelling, flooding Azerbaijani villages below it.',
    "",
    "## Verdict: False",
    "",
    "The footage shows a flood in another country in 2016.",
  );

  it("is a fact-check", () => {
    expect(article.meta.genre).toBe("fact-check");
  });

  it("gives the claim under the heading to the post that made it, a third party, and never to a side a quoted word names", () => {
    expect(claimOf("A video shows the")).toEqual(["other"]);
  });
});

describe("a fact-check whose claim under its heading names its own speaker", () => {
  const { claimOf } = read(
    "# Fact check: the Kapan launchers video",
    "",
    "## The claim",
    "",
    'On Monday, Azerbaijan\'s defence ministry said its forces had destroyed two "Smerch" (BM-30) launchers near Kapan in Armenia.',
    "",
    "## What we found",
    "",
    "The video was filmed near Kapan, but the vehicles cannot be identified.",
  );

  it("keeps the sentence's own speaker, not a place in the words after a quoted name", () => {
    expect(claimOf("launchers near Kapan in Armenia")).toEqual(["azerbaijan"]);
  });
});

describe("a fact-check's findings", () => {
  const { article, claimOf } = read(
    "CAUCASUS CHECK",
    "Fact Check | Conflict",
    "",
    "No, the strike on Tartar was not staged",
    "",
    'CLAIM: "No shells fell on Tartar; the funerals were filmed with actors." (anonymous Telegram channel, 29 October 2020)',
    "",
    "RATING: FALSE",
    "",
    "What we found",
    "",
    "The video carries date stamps that match the day of the shelling.",
    "",
    "Azerbaijan's Prosecutor General's Office said that four civilians had been killed in Tartar that morning.",
    "",
    "Human Rights Watch said on 2 November that it had examined fragments of the shells.",
    "",
    "The group said the shelling had hit a residential street.",
  );

  it("stays a fact-check", () => {
    expect(article.meta.genre).toBe("fact-check");
  });

  it("keeps the outlet's own findings unclaimed", () => {
    expect(claimOf("The video carries date stamps")).toEqual([]);
  });

  it("still gives what the parties and groups said in the findings to them", () => {
    expect(claimOf("four civilians had been killed in Tartar")).toEqual(["azerbaijan"]);
    expect(claimOf("it had examined fragments of the shells")).toEqual(["other"]);
    expect(claimOf("the shelling had hit a residential street")).toEqual(["other"]);
  });
});

describe("an interview whose questions the outlet asks in its own name", () => {
  const { article, claimOf } = read(
    "---",
    "title: 'We will not stop: a commander on the front'",
    "outlet: Caspian Courier",
    "date: 2021-03-02",
    "---",
    "",
    "# We will not stop: a commander on the front",
    "",
    "We spoke to Colonel Arif Mammadov of Azerbaijan's army in Fizuli.",
    "",
    "CASPIAN COURIER: How many soldiers did you lose?",
    "",
    "ARIF MAMMADOV: We lost four men in the first week. The Armenian side shelled our positions every night.",
    "",
    "CASPIAN COURIER: Armenia says you attacked first.",
    "",
    "MAMMADOV: That is a lie. We answered their fire.",
  );

  it("is an interview", () => {
    expect(article.meta.genre).toBe("interview");
  });

  it("makes the outlet's prompts no claims, even one that relays a side", () => {
    expect(claimOf("Armenia says you attacked first")).toEqual([]);
  });

  it("gives the answers to the interviewee", () => {
    expect(claimOf("We lost four men in the first week")).toEqual(["azerbaijan"]);
    expect(claimOf("That is a lie")).toEqual(["azerbaijan"]);
  });
});

describe("a section named in the front matter", () => {
  const lines = (section: string) => [
    "---",
    "title: On the corridor",
    "outlet: Atlas Briefs",
    "date: 2023-01-10",
    ...(section ? [`section: ${section}`] : []),
    "---",
    "",
    "We spoke to Anna Koch, the ICRC's head of delegation, in Goris.",
    "",
    "**What happens next on the road?**",
    "",
    "**ANNA KOCH:** The road stays shut until the sides agree otherwise.",
    "",
    "**Baku says the road is open to humanitarian traffic.**",
    "",
    "**KOCH:** Our trucks have not passed since Tuesday.",
  ];
  const read = (section: string) => {
    const article = parseArticle({ file: "a.md", text: lines(section).join("\n") });
    const claims = extractArticle(article).claims;
    return { article, claimOf: (fragment: string) => claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side) };
  };

  it("hints at the genre as a printed label does: a bold prompt is the interviewer's", () => {
    const { article, claimOf } = read("Interviews");
    expect(article.meta.genre).toBe("interview");
    expect(claimOf("Baku says the road is open")).toEqual([]);
    expect(claimOf("Our trucks have not passed since Tuesday")).toEqual(["icrc"]);
  });

  it("is read as any other key when it names no genre", () => {
    expect(read("Caucasus").article.meta.title).toBe("On the corridor");
  });
});

describe("a live blog", () => {
  const { article, claimOf } = read(
    "Live: Fighting along the front line",
    "",
    "09:10 GMT",
    "",
    "Armenia's defence ministry said its positions near Martuni came under fire overnight.",
    "",
    "10:25 GMT",
    "",
    "Azerbaijan's defence ministry said it had destroyed two tanks.",
    "",
    "11:40 GMT",
    "",
    "A video of the strike circulated online. It said the tanks had been hiding in a village.",
  );

  it("is recognised as a live blog with one entry per time stamp", () => {
    expect(article.meta.genre).toBe("live-blog");
    expect(article.structure.entries).toHaveLength(3);
  });

  it("does not let an entry's pronoun reach back into an earlier entry", () => {
    expect(claimOf("It said the tanks")).toEqual([]);
  });
});

describe("a wire story and a plain news story", () => {
  it("calls a story that opens with an agency dateline a wire", () => {
    const { article } = read("Two soldiers killed near Tovuz", "", "BAKU, July 13 (Reuters) - Azerbaijan said two of its soldiers were killed.");
    expect(article.meta.genre).toBe("wire");
  });

  it("calls a story with no other signs news", () => {
    const { article } = read("Talks resume in Moscow", "", "Foreign ministers met in Moscow on Monday, officials said.");
    expect(article.meta.genre).toBe("news");
  });
});

describe("an interview whose questions are labelled with the outlet's initials", () => {
  const { article, claimOf } = read(
    "STEPPE REVIEW | INTERVIEWS",
    "",
    "'The talks go on': Armenia's foreign minister on the peace process",
    "",
    "SR: Minister, is the process still alive?",
    "",
    "Mirakyan: It is alive. Both presidents have said so.",
    "",
    "SR: Will you meet in Geneva?",
    "",
    "Mirakyan: Of course.",
    "",
    "SR: And the prisoners?",
    "",
    "Mirakyan: We expect all of them to be released by spring.",
  );

  it("takes the label whose turns ask as the interviewer's", () => {
    expect(article.meta.genre).toBe("interview");
    expect(claimOf("Will you meet in Geneva")).toEqual([]);
  });

  it("gives an answerer the gazetteer does not know the side of the official the page is about, and a courtesy no claim", () => {
    expect(claimOf("We expect all of them to be released")).toEqual(["armenia"]);
    expect(claimOf("Of course")).toEqual([]);
  });
});

describe("reports and meeting coverage", () => {
  it("makes a monitoring group's report its own claims, even where it relays the parties", () => {
    const { article, claimOf } = read(
      "STEPPE RIGHTS MONITOR",
      "Home | Reports | Donate",
      "",
      "REPORT | 2 March 2021",
      "",
      "Shelled cities: civilian harm in the autumn war",
      "",
      "Cluster munitions struck the centre of Barda on 28 October.",
      "",
      "Azerbaijan's prosecutor said 21 civilians were killed there. Armenian officials denied targeting civilians.",
    );
    expect(article.meta.genre).toBe("press-release");
    expect(claimOf("Cluster munitions struck")).toEqual(["other"]);
    expect(claimOf("Armenian officials denied")).toEqual(["other"]);
  });

  it("leaves a UN meeting's coverage to its delegates", () => {
    const { claimOf } = read(
      "Press Release",
      "",
      "Security Council calls for restraint",
      "",
      "The representative of Azerbaijan said his country had acted in self-defence.",
      "",
      "The representative of Armenia said the attack was unprovoked.",
      "",
      "The representative of France said all parties should return to talks.",
    );
    expect(claimOf("his country had acted")).toEqual(["azerbaijan"]);
    expect(claimOf("the attack was unprovoked")).toEqual(["armenia"]);
  });

  it("reads a statement headed by the ministry's own title as issued by that ministry of the site's state", () => {
    const { article, claimOf } = read(
      "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA",
      "",
      "PRESS RELEASE",
      "",
      "Statement of the Ministry of Foreign Affairs on the shelling near Tavush",
      "",
      "The Ministry of Foreign Affairs informs of the following:",
      "",
      "1. On 5 May units of the armed forces of Azerbaijan opened fire on villages in Tavush.",
    );
    expect(article.meta.title).toBe("Statement of the Ministry of Foreign Affairs on the shelling near Tavush");
    expect(claimOf("opened fire on villages")).toEqual(["armenia"]);
  });
});

describe("posts quoted under a label that names their author", () => {
  const { claimOf } = read(
    "# Thread: shelling near Tavush, official statements only",
    "",
    "Posting the official lines here as they come in.",
    "",
    "> **Ministry of Defence of Azerbaijan** (Telegram), 04.05.21 09:10",
    "> Armenian units fired on our positions near Gazakh overnight. Our units returned fire.",
    "",
    "> **Armenian Foreign Ministry** (Twitter)",
    "> Azerbaijani forces opened fire on the village of Berdavan this morning.",
    "",
    "As usual each account contradicts the other.",
  );

  it("gives each quoted post to the author its label names", () => {
    expect(claimOf("fired on our positions near Gazakh")).toEqual(["azerbaijan"]);
    expect(claimOf("Our units returned fire")).toEqual(["azerbaijan"]);
    expect(claimOf("opened fire on the village of Berdavan")).toEqual(["armenia"]);
  });

  it("gives the page's own text after a post back to its own speakers", () => {
    expect(claimOf("each account contradicts the other")).toEqual([]);
  });
});

describe("what is not a post label", () => {
  it("does not take a fact-check's claim line or a dated headline for an author's label", () => {
    const { claimOf } = read(
      "Did Turkish F-16s down an Armenian jet on 29 September 2020",
      "",
      "Officials in Yerevan said the jet was lost over Armenian territory.",
    );
    expect(claimOf("the jet was lost")).toEqual(["armenia"]);
  });
});

describe("a briefing's housekeeping", () => {
  it("takes no claim from the moderator welcoming the room and handing over", () => {
    const { claimOf } = read(
      "Briefing by the co-chairs of the OSCE Minsk Group",
      "",
      "MODERATOR: Good morning and welcome to the briefing room. We have with us the three co-chairs. The French co-chair will begin with a few remarks, and then we will take your questions.",
      "",
      "QUESTION: Is a deal close?",
      "",
      "AMBASSADOR DUPONT: The sides have narrowed their differences on the corridor.",
    );
    expect(claimOf("welcome to the briefing room")).toEqual([]);
    expect(claimOf("begin with a few remarks")).toEqual([]);
    expect(claimOf("narrowed their differences")).toEqual(["osce-minsk-group"]);
  });
});

describe("a broadcast transcript with a presenter, a correspondent and soundbites", () => {
  const { article, knowledge, claimOf } = read(
    "Nightly News: the front line",
    "Riverside Television · 3 March 2017",
    "",
    "PRESENTER: Good evening. Shelling has resumed along the line of contact.",
    "PRESENTER: Our reporter Tom Weld is in the region.",
    "REPORTER: Azerbaijan's defence ministry says three of its soldiers were killed overnight. The Karabakh army says it lost nobody.",
    "PRESENTER: Tom, will the talks go ahead?",
    "REPORTER: The Russian foreign ministry says they will.",
    "[00:04:12] DAVID KOHL (translated): We hid in the cellar all night.",
  );

  it("is a transcript whose presenter turns are reports, not questions", () => {
    expect(article.meta.genre).toBe("transcript");
    expect(claimOf("three of its soldiers were killed")).toEqual(["azerbaijan"]);
    expect(claimOf("it lost nobody")).toEqual(["nagorno-karabakh"]);
    expect(claimOf("The Russian foreign ministry says")).toEqual(["russia"]);
  });

  it("makes a presenter's question nobody's claim", () => {
    expect(claimOf("will the talks go ahead")).toEqual([]);
  });

  it("leaves a soundbite by someone the text never introduced unclear, and reads past its time stamp", () => {
    expect(claimOf("We hid in the cellar")).toEqual(["unclear"]);
  });

  it("gives the figure the correspondent relays to the ministry that put it forward", () => {
    expect(knowledge.casualties.find((c) => c.killed === 3)).toMatchObject({ claimedBy: "azerbaijan", affected: "azerbaijan" });
  });
});

describe("a podcast whose guests are introduced by the host", () => {
  const { article, claimOf } = read(
    "Border Talk, episode 7",
    "Steppe Audio · 14 May 2021",
    "",
    "[00:00:05] HOST: Joining me are Lale Huseynova, a sociologist in Baku, and Aram Petrosyan, a historian in Yerevan.",
    "[00:00:40] HOST: Lale, how did the week look from Baku?",
    "[00:00:44] HUSEYNOVA: People here expect the talks to fail. The ministry says the border is calm.",
    "[00:01:30] HOST: Aram?",
    "[00:01:33] PETROSYAN: Villagers in Syunik say soldiers dug in on their pastures.",
  );

  it("gives each guest's answers to the guest, a third party, with time stamps before the names", () => {
    expect(article.meta.genre).toBe("transcript");
    expect(claimOf("People here expect the talks to fail")).toEqual(["other"]);
    expect(claimOf("Villagers in Syunik say")).toEqual(["other"]);
    expect(claimOf("how did the week look")).toEqual([]);
  });
});

describe("a broadcast's soundbites labelled with the speaker's title", () => {
  const { claimOf } = read(
    "EVENING WORLD REPORT",
    "Transcript | Aired Monday, April 4, 2016",
    "",
    "ANCHOR (JANE COLE): Fighting went on for a third day.",
    "CORRESPONDENT: Both capitals say they are ready to talk.",
    "[SOUNDBITE] TIGRAN AVAGYAN, ARMENIAN FOREIGN MINISTRY SPOKESMAN (through interpreter): They shelled our villages all night. Nobody was spared.",
    "ANCHOR: And Baku?",
  );

  it("gives the soundbite, and the sentences after it, to the labelled speaker's side", () => {
    expect(claimOf("They shelled our villages")).toEqual(["armenia"]);
    expect(claimOf("Nobody was spared")).toEqual(["armenia"]);
  });
});

describe("a news bulletin whose reporter is named once and labelled by surname after", () => {
  const { claimOf } = read(
    "NIGHTLY NEWS -- TRANSCRIPT",
    "Broadcast: Monday, 12 July 2020",
    "",
    "ANCHOR (RUTH ELLIS): Good evening. Fighting broke out on the border today. Our reporter Tom Price is in Baku.",
    "CORRESPONDENT (TOM PRICE): Ruth, the day began with artillery fire near Tovuz.",
    "ANCHOR: Tom, what are the two sides saying?",
    "PRICE: Azerbaijan's defence ministry said three of its soldiers were killed near Tovuz. Armenia's defence ministry said Azerbaijani units had tried to seize a post.",
    "ANCHOR: And the mediators?",
    "PRICE: The Russian foreign ministry said it was ready to help.",
  );

  it("reads the reporter's later turns as the outlet's report, each speaker with its own side", () => {
    expect(claimOf("Azerbaijan's defence ministry said three")).toEqual(["azerbaijan"]);
    expect(claimOf("Armenia's defence ministry said Azerbaijani units")).toEqual(["armenia"]);
    expect(claimOf("The Russian foreign ministry said it was ready")).toEqual(["russia"]);
  });
});

describe("a report's recommendations under the name of the government they are addressed to", () => {
  const { claimOf } = read(
    "Detainees of the 2020 war: findings and recommendations",
    "Caucasus Rights Monitor · 2 April 2021",
    "",
    "We interviewed six former detainees about their treatment in custody.",
    "Recommendations",
    "To the Government of Azerbaijan:",
    "1. Release all remaining detainees without delay and disclose the fate of the missing.",
    "To the Government of Armenia:",
    "1. Share the maps of the remaining minefields with the mine action agency.",
  );

  it("never gives the recommendations to the government they are addressed to", () => {
    expect(claimOf("Release all remaining detainees")).not.toContain("azerbaijan");
    expect(claimOf("Share the maps of the remaining minefields")).not.toContain("armenia");
  });
});

describe("an opinion piece", () => {
  const { article, claimOf } = read(
    "Opinion | Brussels should finish the job",
    "The Policy Ledger · 20 December 2021",
    "",
    "Josep Borrell wrote in his blog that the two leaders had talked constructively. He is right, and Europe should build on it.",
    "Washington has said the sides should talk directly. Europe should stop waiting for permission.",
  );

  it("keeps the writer's verdicts and advice out of the speakers' claims", () => {
    expect(article.meta.genre).toBe("analysis");
    expect(claimOf("Josep Borrell wrote")).toEqual(["european-union"]);
    expect(claimOf("He is right")).toEqual([]);
    expect(claimOf("Europe should stop waiting")).toEqual([]);
  });
});

describe("an interview that prints its questions in bold", () => {
  const article = parseArticle({
    file: "q.md",
    text: [
      "**STEPPE POST** · World · Interview",
      "",
      "# \"The next move is Yerevan's\": Azerbaijan's envoy on the treaty",
      "",
      "*Ilkin Mammadli is Azerbaijan's special envoy for the talks. He spoke to us in Vienna.*",
      "",
      "**Steppe Post: Armenia's ambassador said Yerevan was ready to sign. Why not sign?**",
      "",
      "**Mammadli:** Several provisions are still open.",
      "",
      "**You mean Armenia's constitution.**",
      "",
      "Yes. It lays claim to our territory.",
      "",
      "**How close are you?**",
      "",
      "Most articles are agreed.",
    ].join("\n"),
  });
  const knowledge = extractArticle(article);
  const claimOf = (fragment: string) => knowledge.claims.filter((c) => c.sentence.includes(fragment)).map((c) => c.side);

  it("gives the answers to the envoy the head names, not to the first country in the headline", () => {
    expect(claimOf("Several provisions are still open")).toEqual(["azerbaijan"]);
    expect(claimOf("It lays claim to our territory")).toEqual(["azerbaijan"]);
    expect(claimOf("Most articles are agreed")).toEqual(["azerbaijan"]);
  });

  it("takes a bold line that does not ask for the interviewer's turn", () => {
    expect(claimOf("You mean Armenia's constitution")).toEqual([]);
  });
});

describe("a chronology of the day and a briefing's questions", () => {
  const { knowledge, claimOf } = read(
    "Day one: how the fighting unfolded",
    "Caspian Wire · 2 April 2016",
    "",
    "09:05 — Karabakh Defense Army (via Armenpress): a boy was killed and two children were wounded in Martuni.",
    "",
    "14:05 — Azerbaijani defence ministry, statement: twelve Azerbaijani servicemen were killed in action.",
  );

  it("gives each stamped entry to the source its label names", () => {
    expect(claimOf("a boy was killed")).toEqual(["nagorno-karabakh"]);
    expect(claimOf("twelve Azerbaijani servicemen")).toEqual(["azerbaijan"]);
    expect(knowledge.casualties.find((c) => c.killed === 12)).toMatchObject({ claimedBy: "azerbaijan", affected: "azerbaijan" });
  });

  it("keeps a figure an interviewer cites under the side that put it forward, though the question is no claim", () => {
    const briefing = read(
      "Department Press Briefing",
      "State Department · 14 September 2022",
      "",
      "MR PRICE: Good afternoon.",
      "QUESTION: Prime Minister Pashinyan told parliament today that 105 Armenian soldiers have been killed. Do you have a reaction?",
      "MR PRICE: We are deeply concerned.",
      "QUESTION: And Azerbaijan?",
      "MR PRICE: We call on both sides to stop.",
    );
    expect(briefing.claimOf("105 Armenian soldiers")).toEqual([]);
    expect(briefing.knowledge.casualties.find((c) => c.killed === 105)).toMatchObject({ claimedBy: "armenia", affected: "armenia" });
  });
});

describe("a wire story from an agency whose name ends in 'Press Service'", () => {
  const { article, claimOf } = read(
    "NPS  12/03/1994  09:40 GMT",
    "BC-CAUCASUS 2ndLd-Writethru",
    "Eds: UPDATES with U.N. Security Council statement; adds Turkish reaction",
    "",
    "Villages emptied as fighting spreads near Fizuli",
    "",
    "By Anna Sokolova",
    "Northern Press Service",
    "",
    "BAKU, Azerbaijan (NPS) - Thousands of villagers have fled the Fizuli district, Azerbaijani officials said Saturday.",
    "",
    "Armenia denied that its troops were involved.",
  );

  it("is a wire story, not a press release issued by the body in the editors' note", () => {
    expect(article.meta.genre).not.toBe("press-release");
    expect(article.structure.issuer).toBeNull();
  });

  it("gives each sentence its own speaker", () => {
    expect(claimOf("Thousands of villagers have fled")).toEqual(["azerbaijan"]);
    expect(claimOf("Armenia denied")).toEqual(["armenia"]);
  });
});

describe("a podcast with two guests introduced by name and role", () => {
  const { claimOf } = read(
    "FRONTLINES - a podcast about conflicts",
    "",
    "Recorded 12 November 2020",
    "",
    "HOST: Welcome. Armenian Prime Minister Nikol Pashinyan called the deal painful. With me are Nino Beridze, a researcher at a Tbilisi think tank, and Paul Avery, who spent a decade as a diplomat.",
    "",
    "HOST: Nino, what does the text do?",
    "",
    "BERIDZE: It freezes the front where it stood at midnight.",
    "",
    "HOST: Paul, where were the mediators?",
    "",
    "AVERY: Nowhere in the room, frankly. This is a Russian document.",
  );

  it("gives each guest a third party's side, not the official the host quoted", () => {
    expect(claimOf("It freezes the front")).toEqual(["other"]);
    expect(claimOf("This is a Russian document")).toEqual(["other"]);
  });
});

describe("an agency story that quotes a press service", () => {
  const { article, claimOf } = read(
    "Karabakh army says it repelled a dawn raid near Talish",
    "",
    "GORIS, JUNE 9, NEWSLINE. Azerbaijani units tried to advance near Talish before dawn, the press service of the Karabakh Defense Army told the agency.",
    "",
    "The Azerbaijani Defence Ministry, for its part, said the Armenian side had opened fire first.",
  );

  it("is the agency's news, not the press service's own release", () => {
    expect(article.meta.genre).not.toBe("press-release");
    expect(article.structure.issuer).toBeNull();
  });

  it("gives each quoted party its own side", () => {
    expect(claimOf("tried to advance near Talish")).toEqual(["nagorno-karabakh"]);
    expect(claimOf("for its part")).toEqual(["azerbaijan"]);
  });
});

describe("a statement printed inside a page, with the page's notes after a rule", () => {
  const { claimOf } = read(
    "Ombudsman's statement on the shelling of Martuni",
    "",
    "We print below the statement the Human Rights Defender of Artsakh posted on Sunday, followed by other reactions.",
    "",
    "Statement of the Human Rights Defender of the Republic of Artsakh",
    "",
    "Three civilians were killed in Martuni by Azerbaijani shelling on Saturday night.",
    "",
    "We call on the international community to condemn these crimes.",
    "",
    "---",
    "",
    "Armenia's Foreign Ministry said it had informed the co-chairs of the Minsk Group.",
    "",
    "Azerbaijan's Defence Ministry said its forces had only returned fire.",
  );

  it("gives the statement's sentences to its issuer", () => {
    expect(claimOf("Three civilians were killed")).toEqual(["nagorno-karabakh"]);
    expect(claimOf("We call on the international community")).toEqual(["nagorno-karabakh"]);
  });

  it("gives the reactions after the rule to their own speakers", () => {
    expect(claimOf("informed the co-chairs")).toEqual(["armenia"]);
    expect(claimOf("only returned fire")).toEqual(["azerbaijan"]);
  });
});

describe("a show's presenter setting the scene after the guests' greetings", () => {
  const { claimOf } = read(
    "Episode 40: the border standoff",
    "",
    "HOST (ANNA LEE): Welcome to Frontier Talk. With me from Yerevan is Karen Avagyan, a political analyst.",
    "",
    "KAREN AVAGYAN: Thank you, Anna.",
    "",
    "HOST: Let's start with the facts. Armenia's Defence Ministry says that on Tuesday Azerbaijani troops opened fire near Sotk. Karen, what do we know?",
    "",
    "KAREN AVAGYAN: Very little beyond the ministry's statement, and the ministry has not let anyone visit the position since Tuesday.",
    "",
    "HOST: Azerbaijan's Foreign Ministry says its troops never crossed the border. Do you believe that?",
    "",
    "KAREN AVAGYAN: No, and I do not think many people here do either, after what happened last year.",
  );

  it("keeps the reported speech in the presenter's turns before the first real answer", () => {
    expect(claimOf("Armenia's Defence Ministry says that on Tuesday")).toEqual(["armenia"]);
  });

  it("leaves a later question's premise to prompt, not to claim", () => {
    expect(claimOf("its troops never crossed the border")).toEqual([]);
  });
});

describe("the Union's forces before it ended", () => {
  const { claimOf } = read(
    "Troops in Baku",
    "",
    "BAKU, 24 January 1990 -- Azerbaijani officials say more than 100 civilians were killed when troops entered the city.",
    "",
    "The military, for its part, says some of its own men died in the fighting.",
  );

  it("gives a bare 'the military' of 1990 the Union's centre, Russia's side, whatever side an earlier mention lent it", () => {
    expect(claimOf("some of its own men died")).toEqual(["russia"]);
    expect(claimOf("Azerbaijani officials say")).toEqual(["azerbaijan"]);
  });
});

describe("a spokesperson's briefing, with the day's other business in it", () => {
  const { article, claimOf } = read(
    "Department Press Briefing - March 3, 2021",
    "",
    "Ned Price, Department Spokesperson",
    "",
    "MR PRICE: Good afternoon. The remarks will be streamed live on our website tomorrow. Please introduce yourselves and keep to one question each.",
    "",
    "QUESTION: Can you tell us about the fighting near Tavush?",
    "",
    "MR PRICE: We remain deeply concerned by the fighting along the border. That process continues.",
    "",
    "QUESTION: Have the sides told you anything?",
    "",
    "MR PRICE: Both governments have told us that they remain committed to the ceasefire. I don't have anything new beyond that.",
  );

  it("is read as a transcript", () => {
    expect(article.meta.genre).toBe("transcript");
  });

  it("keeps the answers about the conflict and drops the ones about nothing in it", () => {
    expect(claimOf("deeply concerned by the fighting")).toEqual(["united-states"]);
    expect(claimOf("Both governments have told us")).toEqual(["united-states"]);
    expect(claimOf("streamed live")).toEqual([]);
    expect(claimOf("introduce yourselves")).toEqual([]);
    expect(claimOf("anything new beyond that")).toEqual([]);
  });
});

describe("a fact-check of a viral post", () => {
  const { article, claimOf } = read(
    "FACT CHECK | CheckDesk",
    "",
    "Did Armenia lose 5,000 soldiers in a week? No",
    "",
    "CLAIM: A video shared thousands of times on Telegram says Armenia lost 5,000 soldiers in the first week of the war.",
    "",
    "VERDICT: False. No official or independent tally comes close to that figure.",
    "",
    "Armenia's Defence Ministry said on 4 October that 198 servicemen had been killed.",
  );

  it("is read as a fact-check", () => {
    expect(article.meta.genre).toBe("fact-check");
  });

  it("gives the checked claim of a post nobody official made to a third party", () => {
    expect(claimOf("A video shared thousands of times")).toEqual(["other"]);
    expect(claimOf("198 servicemen had been killed")).toEqual(["armenia"]);
  });
});

describe("a presenter's narration after a leader's answers", () => {
  const { claimOf } = read(
    "Interview of the President to state television",
    "",
    "Presenter: Mr President, what do you expect from Moscow?",
    "",
    "Aliyev: We expect an apology. Some circles in Russia preferred to put forward another theory, and President Putin has not yet called.",
    "",
    "[Studio]",
    "",
    "Presenter: The head of state said Azerbaijan had formally conveyed its demands to Moscow.",
  );

  it("does not give 'The head of state said' to a leader the answers named", () => {
    expect(claimOf("The head of state said")).not.toContain("russia");
  });
});

describe("a ministry's bulletin reproduced by an archive, with the archive's notes after it", () => {
  const { claimOf } = read(
    "BULLETIN ARCHIVE",
    "Unofficial renderings of daily bulletins",
    "",
    "SOURCE: Ministry of Defence of Armenia, daily information bulletin on the activities of its units along the state border",
    "DATE OF BULLETIN: 14 May 2021",
    "",
    "BULLETIN TEXT (translated)",
    "",
    "1. Units of the armed forces continue to hold their positions along the border near Sotk.",
    "",
    "2. Azerbaijani units fired on positions near Verin Shorzha; there were no casualties.",
    "",
    "ARCHIVE NOTES (not part of the bulletin)",
    "",
    "Azerbaijan's defence ministry denied opening fire.",
  );

  it("gives the bulletin's points to the ministry the source field names", () => {
    expect(claimOf("continue to hold their positions")).toEqual(["armenia"]);
    expect(claimOf("Azerbaijani units fired on positions")).toEqual(["armenia"]);
    expect(claimOf("BULLETIN TEXT")).toEqual([]);
  });

  it("gives the archive's notes after it to their own speakers", () => {
    expect(claimOf("denied opening fire")).toEqual(["azerbaijan"]);
  });
});

describe("an ombudsman's interim report", () => {
  const { article, claimOf } = read(
    "HUMAN RIGHTS DEFENDER OF THE REPUBLIC OF ARMENIA",
    "",
    "INTERIM REPORT on the shelling of border villages in Tavush",
    "",
    "Yerevan, 20 July 2020",
    "",
    "1. On 12 July Azerbaijani forces shelled the village of Chinari, damaging houses and a school.",
    "",
    "2. Residents spent two nights in basements.",
  );

  it("is read as the defender's statement throughout", () => {
    expect(article.meta.genre).toBe("press-release");
    expect(claimOf("Azerbaijani forces shelled the village")).toEqual(["armenia"]);
  });
});

describe("a digest printing a body's news releases under headings", () => {
  const { claimOf } = read(
    "RELIEF DIGEST",
    "Issue 3 -- May 1996",
    "",
    "Editor's note: the exchanges of detainees go on slowly.",
    "",
    "=====",
    "ICRC NEWS RELEASE 96/12",
    "",
    "Armenia: detainees released",
    "",
    "On 3 May 1996 the Azerbaijani authorities released nine Armenian detainees.",
    "",
    "The release was carried out under the auspices of the International Committee of the Red Cross.",
    "",
    "=====",
    "",
    "Relief Digest is compiled by volunteers.",
  );

  it("gives the release's sentences, the other side's acts included, to the body the heading names", () => {
    expect(claimOf("the Azerbaijani authorities released nine")).toEqual(["icrc"]);
  });
});
