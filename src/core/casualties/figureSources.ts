// Who puts a figure forward when no speech verb names a speaker: the source is a noun phrase in
// the sentence itself ("ANAMA-based figures put the toll at …", "A briefing by the Azerbaijani
// side gave …", "the Landmine Monitor report recorded …"). The attribution stage leaves such a
// sentence the outlet's; the figure still belongs to the body that counted it.
import { keyedPatterns, mayMatch, searchable } from "../ingest/requiredText.ts";
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import { isBelligerent } from "../sides/sides.ts";
import type { Side } from "../types.ts";
import type { CasualtyContext } from "./casualtyContext.ts";

/** Capitalised words that open a sentence or describe a count rather than name its source. */
const NOT_A_NAME = "(?!(?:The|These|Those|This|Its|Their|Our|Official|Latest|New|Final|Annual|Government|Preliminary)\\b)";
/** Verbs by which a count gives its figures. */
const GIVES =
  "(?:put|puts|gave|gives|give|show|recorded|records|documented|documents|counted|counts|listed|lists|registered|registers|showed|shows|cited|cites)";

export const FIGURE_SOURCE_RULES = {
  // "<Body>-based figures put …", "<Body>'s figures gave …", "ANAMA data show …": a count named by its body.
  bodyFigures: {
    pattern: new RegExp(
      `(?<![\\p{L}-])${NOT_A_NAME}(?<source>\\p{Lu}[\\p{L}\\p{N}]*(?:[ -]\\p{Lu}[\\p{L}\\p{N}]*){0,3})(?:-based|['’]s)?\\s+(?:official\\s+|latest\\s+|own\\s+)?(?:figures|data|statistics|tallies|tally|counts?)\\s+${GIVES}\\b`,
      "u",
    ),
    examples: ["In May ANAMA-based figures put the toll at 40 killed", "Red Cross figures gave 12 dead", "UNHCR's latest figures show 300 displaced"],
    counterExamples: ["Official figures put the toll at 40", "The figures put the toll at 40", "the latest figures showed 40 dead"],
  },
  // "A briefing by the Georgian side …, gave 7 killed", "a report from the health ministry recorded …".
  byBody: {
    pattern: new RegExp(
      `\\b(?:briefing|report|statement|update|assessment|summary|survey)\\s+(?:by|from)\\s+(?<source>(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3}?)\\s+(?:side|authorities|government|ministry)?\\b[^,;.]{0,80}?,?\\s+${GIVES}\\b`,
      "iu",
    ),
    examples: [
      "A briefing by the Georgian side published by the UN in May gave 7 people killed",
      "A report from the Azerbaijani authorities recorded 12 injured",
    ],
    counterExamples: ["A briefing was held on Monday; 7 people were killed", "The report said 12 were injured"],
  },
  // "the Landmine Monitor 2025 report recorded 6,000 casualties": a publication named by its title.
  namedReport: {
    pattern: new RegExp(
      `\\b(?:the\\s+)?\\*?${NOT_A_NAME}(?<source>\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|\\d{4}))*)\\*?\\s+(?:report|survey|study|database|yearbook|review)\\s+${GIVES}\\b`,
      "u",
    ),
    examples: ["Globally, the Mine Action Review 2023 report recorded 4,000 casualties", "the *Small Arms Survey* study counted 300 deaths"],
    counterExamples: ["the report recorded 4,000 casualties", "The report recorded 12 deaths", "The annual report recorded 12 deaths"],
  },
  // "reported that at least 20 people had died, citing Karabakh's health ministry": the body the report cites.
  // ("…, Caspian Report informs citing the Ministry of Health": an outlet's verb of reporting before "citing".)
  citing: {
    pattern:
      /(?:,|\b(?:informs|informed|reports|reported|writes|wrote))\s+citing\s+(?<source>(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)(?=\s*(?:[,.;]|$|\s+(?:as|and|which|who|on|in)\b))/u,
    examples: [
      "The first version reported that at least 20 people had died, citing Karabakh's health ministry.",
      "It reported 68 dead, citing the region's ombudsman",
      "192 servicemen were martyred, Caspian Report informs citing the Ministry of Health.",
    ],
    counterExamples: [
      "Citing security concerns, the army closed the road",
      "He resigned citing health reasons and 20 dead",
      "Reports citing the ministry differ",
    ],
  },
  // "That toll, 40 dead, came from the Armenian health ministry": the figure says where it came from.
  // ("The current figure of 170 is from the Karabakh authorities")
  comesFrom: {
    pattern:
      /\b(?:figure|figures|toll|tally|count|estimate)\b[^.;]{0,60}?\b(?:comes?|came|is\s+taken|is|was)\s+from\s+(?<source>(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s*(?:[,.;:]|$|\s+(?:itself|themselves|alone|and|which|who|in|on|via)\b))/u,
    examples: [
      "That toll, 40 dead, came from the Armenian health ministry.",
      "The figure of 12 killed comes from Yerevan alone",
      "The current figure of 170 is from the Karabakh authorities.",
    ],
    counterExamples: ["The shell came from the Azerbaijani side and killed 12", "The order came from the Armenian side", "The man was from Ganja"],
  },
  // "ICRC teams transferred the remains of around 200 people": the body that handled the dead counted them.
  handledBodies: {
    pattern: new RegExp(
      `(?<![\\p{L}-])${NOT_A_NAME}(?<source>\\p{Lu}[\\p{L}\\p{N}]*(?:[ -]\\p{Lu}[\\p{L}\\p{N}]*){0,3})(?:\\s+(?:teams?|staff|workers|personnel))?\\s+(?:had\\s+|has\\s+|have\\s+)?(?:transferred|recovered|repatriated|retrieved|collected|exhumed|handed\\s+over)\\s+(?:the\\s+)?(?:remains|bodies|corpses)\\b`,
      "u",
    ),
    examples: ["In the week after, ICRC teams transferred the remains of around 200 people", "the Red Cross recovered the bodies of 12 soldiers"],
    counterExamples: ["The teams transferred the remains of 200 people", "Those workers recovered the bodies of 12 soldiers"],
  },
  // "1 -- Armenian soldier killed (Verin Shorzha, 25 May; Armenian MoD)": a list's line names its source last in brackets.
  sourceInBrackets: {
    pattern:
      /\((?:[^()]*[;,]\s*)?(?:per\s+|according\s+to\s+|source:\s*)?(?<source>(?:the\s+)?[^();,]{0,40}?\b(?:MoD|MOD|[Mm]inistry|[Oo]mbudsman|[Gg]overnment|[Aa]uthorities|[Pp]rosecutor(?:'s|\s+[Gg]eneral's)?\s+[Oo]ffice|[Pp]rosecutor\s+[Gg]eneral|[Bb]order\s+[Ss]ervice|[Pp]arliament)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?){0,2})\)\s*[.;]?\s*$/u,
    examples: [
      "1 -- Armenian soldier killed (Verin Shorzha, 25 May; Armenian MoD)",
      "Two civilians wounded in Tartar (per the Azerbaijani Defence Ministry)",
      // ("(Prosecutor General of Azerbaijan)", "(Ministry of Health of Armenia)": a key figure's source, its state after the office.)
      "- 61 civilians killed and 290 wounded in Azerbaijan, 27 September - 20 October (Prosecutor General of Azerbaijan)",
      "- 12 civilians killed in Armenia, up to 20 October (Ministry of Health of Armenia)",
    ],
    counterExamples: [
      "Two civilians wounded (Tartar, 25 May)",
      "The ministry (MoD) said two soldiers were wounded on Monday",
      "Two soldiers wounded (see the MoD's list) on Monday",
    ],
  },
  // "…, figures widely cited by relief agencies": the body the figure is credited to after it.
  citedBy: {
    pattern:
      /\bfigures?\s+(?:(?:\w+ly|most|more|often)\s+){0,2}(?:cited|quoted|given|released|published|compiled|provided)\s+by\s+(?<source>(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)(?=\s*(?:[,.;)]|$))/u,
    examples: [
      "figures widely cited by relief agencies",
      "according to figures released by the Azerbaijani government.",
      "according to the figure most often quoted by news agencies.",
    ],
    counterExamples: ["the figures were cited in parliament", "figures that nobody cited"],
  },
  // "The official toll later released by the Soviet prosecutor's office was 32": the body that released a toll, named
  // between the toll and its value.
  tollReleasedBy: {
    pattern:
      /\b(?:toll|tally|count|figure)\s+(?:(?:later|first|finally|eventually|subsequently)\s+)?(?:released|published|given|issued|announced|compiled)\s+by\s+(?<source>(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:was|stood\s+at|came\s+to|is)\s+(?:(?:more\s+than|at\s+least|about|some|nearly|almost|over)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)/u,
    examples: [
      "The official toll later released by the Soviet prosecutor's office was 32: 26 Armenians and 6 Azerbaijanis.",
      "The count published by the Azerbaijani health ministry stood at 94.",
    ],
    counterExamples: ["The toll released on Monday was 32", "The toll was released by the ministry", "The figure given by the ministry was disputed"],
  },
  // "Baku's figure as of Tuesday was 11", "the health department's count was 290": a figure named by its owner.
  ownersFigure: {
    pattern: new RegExp(
      `(?<![\\p{L}-])${NOT_A_NAME}(?<source>\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+[\\p{L}-]+){0,3}?)['’]s\\s+(?:(?:own|latest|new|current|official|revised)\\s+)?(?:figure|count)\\b`,
      "u",
    ),
    examples: ["Baku's figure as of Tuesday evening was 11.", "The Karabakh health department's figure was 290."],
    counterExamples: ["the ministry's figure was 11", "Azerbaijan's death toll rose to 11"],
  },
  // "… told Trend that Armenian media reports of ten Azerbaijani dead were false": a figure the speaker answers is the
  // side's whose reports or claims put it forward, not the speaker's.
  nationsReports: {
    pattern:
      /\b(?<source>Armenian|Azerbaijani|Karabakh|Russian|Turkish|Iranian)\s+(?:(?:state\s+)?(?:media|press|television|TV)\s+)?(?:reports|claims|allegations)\s+(?:of|that)\s+(?:(?:more\s+than|at\s+least|over|some|about|nearly|almost)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds)\b/u,
    examples: ["said that Armenian media reports of more than ten Azerbaijani dead were false", "dismissed Azerbaijani claims of 40 Armenian soldiers killed"],
    counterExamples: ["Armenian media reported ten dead", "reports of ten Azerbaijani dead were false", "Armenian reports of heavy fighting"],
  },
  // "Baku's toll of 613 dead includes 106 women", "Yerevan's tally": a capital speaks for its government, whose
  // figure a toll named by it is. (A state's own name, "Azerbaijan's death toll", may be its losses in anyone's count.)
  capitalsToll: {
    pattern:
      /\b(?<source>Baku|Yerevan|Stepanakert|Moscow|Ankara|Tehran)['’]s\s+(?:(?:own|latest|new|current|official|revised|death|overall|final)\s+)*(?:toll|tally|total)\b/u,
    examples: ["Background: Baku's toll of 613 dead includes 106 women", "Yerevan's official tally stood at 3,825", "Stepanakert's death toll rose to 40"],
    counterExamples: ["Azerbaijan's death toll rose to 11", "Baku's streets were quiet as the toll rose"],
  },
  // "An Azerbaijani parliamentary commission gave a lower figure of 485": the body that gave the figure (or "arrived at" it).
  gaveFigure: {
    pattern:
      /(?:^|[,;]\s*)(?:(?:In|On|By)\s+(?:\p{Lu}\p{Ll}+|\d{1,4})(?:\s+(?:\p{Lu}\p{Ll}+|\d{1,4})){0,2},?\s+)?(?<source>(?:(?:[Aa]n?|[Tt]he)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}-]+){0,4}?)\s+(?:had\s+|has\s+|later\s+)?(?:gave|released|published|put\s+forward|arrived\s+at|came\s+up\s+with)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?figure(?:\s+(?:of|as)\b|\s*[,:]\s*(?=\d))/u,
    examples: [
      "An Azerbaijani parliamentary commission gave a lower figure of 485.",
      "The Armenian health ministry later gave the figure as 511",
      "Azerbaijan's parliament arrived at a figure of 485.",
      // ("…released its first figure, 1,400 servicemen killed": the figure set off by a comma.)
      "In May the Georgian defence ministry released its first figure, 1,400 servicemen killed.",
    ],
    counterExamples: ["A figure of 485 was given", "Reporters were given a figure of 485", "The ministry released a new figure, saying it was final"],
  },
  // "Azerbaijani officials, for their part, have long cited 20,000 dead": a state's officials citing a figure,
  // a verb of speech the attribution stage does not read as one. (Only officials named by their state.)
  officialsCite: {
    pattern:
      /\b(?<source>(?:Azerbaijani|Armenian|Karabakh|Russian|Turkish|Iranian)\s+(?:officials|authorities|government|sources))(?:\s*,[^,;.]{1,30},)?\s+(?:have\s+|has\s+|had\s+)?(?:long\s+|repeatedly\s+|often\s+)?(?:cited|quoted|given|put\s+forward)\b/u,
    examples: ["Azerbaijani officials, for their part, have long cited some 20,000 dead", "Armenian authorities have cited 3,800 soldiers killed"],
    counterExamples: ["Azerbaijani officials were cited as saying", "The officials have long cited 20,000 dead", "Observers have cited 12 dead"],
  },
  // "Azerbaijan: 50 servicemen killed", "Baku: two civilians were killed": a live blog's or a digest's
  // label naming the state (or its capital) whose words follow. A place label ("Ganja: …") is where, not who.
  speakerLabel: {
    pattern:
      /^\s*(?<source>(?:Azerbaijan|Armenia|Russia|Turkey|Iran|Baku|Yerevan|Stepanakert|Moscow|Ankara|Tehran|(?:\p{Lu}[\p{L}-]+\s+)?(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|Foreign\s+Ministry|Security\s+Council|Prosecutor\s+General's\s+Office)))\s*:\s+\S/u,
    examples: ["Azerbaijan: 50 servicemen killed", "Baku: two civilians were killed before dawn", "Armenian Defence Ministry: four soldiers wounded"],
    counterExamples: ["Ganja: two civilians were killed", "Update: the toll rose to 13", "Missile strike on Ganja: death toll rises"],
  },
  // '"Baku admits 95 soldiers dead"', '2. "Stepanakert says 150 dead in one day"': a post's or a headline's words quoted
  // whole (maybe numbered in a list), whose subject is a state or its capital, are that state's word, not the outlet's.
  quotedStatesWord: {
    pattern:
      /^\s*(?:\d{1,2}[.)]\s*)?["“](?<source>Azerbaijan|Armenia|Karabakh|Artsakh|Russia|Turkey|Iran|Baku|Yerevan|Stepanakert|Moscow|Ankara|Tehran)\s+(?:says|admits|claims|reports|confirms|acknowledges|announces)\s+[^"“”]+["”]\s*[.!]?\s*$/u,
    examples: ['"Baku admits 95 soldiers dead"', '2. "Stepanakert says 150 dead in one day"', "“Yerevan confirms 12 wounded”"],
    counterExamples: ['"Baku admits 95 soldiers dead," a user wrote', "Baku admits 95 soldiers dead", '"The ministry says 12 dead"'],
  },
  // "Azerbaijani opposition outlets have put the military death toll above 200", "Journalists who flew over the
  // hills counted 31 bodies": reporters, monitors or activists who count for themselves are a third party,
  // whatever country they work in.
  thirdPartyCount: {
    pattern:
      /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:[\p{Lu}][\p{L}-]+\s+)?(?<source>(?:(?:opposition|independent|foreign|local|exiled)\s+)?(?:outlets|media|journalists|reporters|monitors|activists|bloggers|rights\s+groups))(?:\s+in\s+\p{Lu}[\p{L}-]+)?(?:,?\s+(?:who|which|that)\b[^,;.]{1,100}?,?)?\s+(?:have\s+|had\s+)?(?:put|puts|counted|counts|estimated|estimate|estimates|tallied|recorded)\b/iu,
    examples: [
      "Azerbaijani opposition outlets have put the military death toll above 200.",
      "Journalists who flew over the hills near the town counted 31 bodies on one slope.",
      "Opposition outlets in Armenia, which keep their own lists from funeral notices, have put the toll above 300.",
    ],
    counterExamples: ["The ministry told journalists that 12 had died", "Officials counted 31 bodies", "journalists were told 12 had died"],
  },
  // "Footage broadcast by Azerbaijani television on Sunday showed about 10 bodies": the channel that showed the dead
  // counted them; a state's television speaks for that state (see the gazetteer).
  broadcastBy: {
    pattern:
      /\b(?:[Ff]ootage|[Vv]ideo|[Pp]ictures|[Ii]mages)\s+(?:broadcast|aired|shown|released)\s+(?:by|on)\s+(?<source>(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:state\s+)?(?:[Tt]elevision|TV))\b[^.;]{0,40}?\s+(?:showed|shows|show)\b/u,
    examples: ["Footage broadcast by Azerbaijani television on Sunday showed about 10 bodies", "Video aired by Armenian state TV showed 12 bodies"],
    counterExamples: ["Footage broadcast on Sunday showed 10 bodies", "Video shows about 10 bodies", "Footage broadcast by the channel showed 10 bodies"],
  },
  // "By de Waal's reckoning the war left 20,000 dead": a count named by whose reckoning it is; one the gazetteer does not
  // know is a third party's (a historian's, an author's). ("By our count" is the outlet's, see byOurCount.)
  reckoning: {
    pattern: /(?:^|[,;:]\s*)[Bb]y\s+(?<source>(?:the\s+)?\p{L}[\p{L}'’ -]{1,40}?)['’]s?\s+(?:own\s+)?(?:reckoning|calculations?)\b/u,
    examples: ["By de Waal's reckoning the war of 1991-94 left around 20,000 people dead", "By the historians' own calculations, 500 died"],
    counterExamples: ["By our reckoning 20 died", "The reckoning came later, when 20 died", "By Monday 20 had died"],
  },
  // "Western estimates put the death toll at 3,000": estimates characterised by who made them, none of the sides.
  // ("Most estimates put …" is the outlet's summing up, see unvoicedSpeakers.ts.)
  outsideEstimates: {
    pattern:
      /(?:^|[,;:]\s*|\b(?:and|but|while)\s+)(?<source>(?:Western|Soviet|foreign|independent|international|unofficial|published)\s+(?:\w+\s+)?estimates)\s+(?:have\s+|had\s+)?(?:put|puts|gave|give|gives|show|shows|showed|suggest|suggests|suggested|place|places|placed)\b/iu,
    examples: ["Western estimates put the death toll in the five-year conflict at 3,000", "Independent casualty estimates suggest 500 dead"],
    counterExamples: ["Most estimates put the death toll at 3,000", "Official estimates put the toll at 40", "Armenian estimates put the toll at 12"],
  },
  // "The publisher's blurb calls it a war that cost 15,000 lives", "the jacket copy mentions 8,000 dead": a book's copy,
  // written by its publisher, is a third party's words, not the reviewing outlet's.
  publishersCopy: {
    pattern:
      /\b(?<source>(?:the\s+)?(?:publisher['’]s\s+(?:summary|description|blurb|note|copy)|(?:jacket|cover|back-cover)\s+copy|(?:book['’]s\s+)?blurb))\s+(?:\w+ly\s+)?(?:describes|described|speaks|spoke|says|said|mentions|mentioned|gives|gave|cites|cited|puts|put|calls|called|promises|promised)\b/iu,
    examples: ["The publisher's blurb calls it a war that cost 15,000 lives", "The jacket copy mentions 8,000 dead", "the cover copy promised"],
    counterExamples: ["The publisher said 20 staff were laid off", "The summary describes a war that killed 20,000", "the copy editor said"],
  },
  // "According to the Caucasian Knot news site, …": a news outlet named by what it is; one the gazetteer does not know
  // is a third party's, as any publication is.
  accordingToOutlet: {
    pattern:
      /\b[Aa]ccording\s+to\s+(?:the\s+)?(?<source>(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:news\s+)?(?:site|website|newspaper|agency|portal|outlet|daily|weekly))\b/u,
    examples: ["According to the Caucasian Knot news site, mine explosions have occurred", "according to the Nezavisimaya Gazeta newspaper"],
    counterExamples: ["according to the news site", "according to local media", "According to the ministry's website"],
  },
  // "Armenia's Investigative Committee later put the final count at 218 dead": a body named as the subject of "put …
  // at" gives the figure, a verb of speech the attribution stage may not read as one. (Only a body the gazetteer knows.)
  bodyPutsCount: {
    pattern: new RegExp(
      `(?:^|[,;]\\s*)(?<source>(?:[Tt]he\\s+)?${NOT_A_NAME}\\p{Lu}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:[Cc]ommittee|[Mm]inistry|[Oo]ffice|[Ss]ervice|[Aa]gency|[Cc]ouncil|[Cc]ommission|[Dd]epartment|[Aa]uthorities|[Gg]overnment|[Oo]mbudsman|[Cc]ent(?:re|er)))\\s+(?:(?:later|then|has|had|have|subsequently|eventually)\\s+)*(?:put|puts|putting)\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:count|toll|tally|total|figure|number\\s+of\\s+(?:dead|deaths|victims))\\s+at\\b`,
      "u",
    ),
    examples: [
      "Armenia's Investigative Committee later put the final count at 218 dead and 120 injured",
      "The Azerbaijani Health Ministry put the death toll at 12",
    ],
    counterExamples: ["Most estimates put the death toll at 3,000", "Officials put the toll at 40", "The committee met, and officials put the toll at 40"],
  },
} satisfies RuleTable<string>;

export const RECORDING_BODY_RULES = {
  // "said ANAMA had recorded four deaths": a body that counts the victims on its own ground.
  recordedBy: {
    pattern: new RegExp(
      `(?<![\\p{L}-])${NOT_A_NAME}(?<body>\\p{Lu}[\\p{L}\\p{N}]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}]*){0,3})\\s+(?:had\\s+|has\\s+|have\\s+)?(?:recorded|registered|documented|counted)\\b`,
      "u",
    ),
    examples: ["an activist said the Mine Agency had recorded four deaths", "Georgia's MIA has registered 12 injuries"],
    counterExamples: ["the agency had recorded four deaths", "The ministry has registered 12 injuries"],
  },
} satisfies RuleTable<string>;

/**
 * A figure whose source the sentence names only as something said before: "the ministry's figure", "Monday's
 * statement", "an earlier statement", "the same source". With no speaker of its own, the figure is the latest
 * speaker's. (The outlet's own earlier versions, "an earlier version of this story", are the outlet's.)
 */
export const EARLIER_SOURCE_RULES = {
  // "By spring the ministry's figure stood at 2,855", "the army's count had reached 40".
  ownersFigure: {
    pattern:
      /\bthe\s+(?:ministry|army|government|authorities|office|service|department|agency|committee|prosecutor)['’]s?\s+(?:(?:own|latest|new|next|official|revised|running)\s+)?(?:figure|count|tally|toll|total)\b/i,
    examples: [
      "By this spring the ministry's figure stood at 2,855",
      "the army's latest count had reached 40",
      "The authorities' toll rose to 12",
      "By the agency's next count, 70 people had been killed",
    ],
    counterExamples: ["Azerbaijan's ministry said its figure was 12", "the ministry said 12 were killed", "the ministry's statement condemned the attack"],
  },
  // "Monday's statement brings the number of dead to 10", "An earlier statement had given the toll as seven dead",
  // "The same source listed 90 civilians killed", "A separate statement says two employees died".
  earlierStatement: {
    pattern:
      /(?:^|[,;]\s*)(?:(?:an?|the|its|their|this|that)\s+|\p{Lu}\p{Ll}+day['’]s\s+)(?:(?:earlier|later|latest|previous|new|separate|same|first|second|updated|subsequent)\s+)*(?:statement|bulletin|update|briefing|source)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:said|says|gave|gives|had\s+given|listed|lists|brings|brought|put|puts|had\s+put|reported|reports|showed|shows)\b/iu,
    examples: [
      "Monday's statement brings the number of dead to 10.",
      "An earlier statement on Sunday had given the toll as seven dead and 34 wounded.",
      "The same source listed more than 90 civilians killed",
      "A separate statement says two employees died",
    ],
    counterExamples: [
      "An earlier version of this story said 40 people were killed.",
      "The statement was issued on Monday",
      "Azerbaijan's statement said 12 were killed",
    ],
  },
} satisfies RuleTable<string>;

export const OFFICIAL_DATA_RULES = {
  // "…, 45 Azerbaijani citizens have been killed by mines, according to official data": the officials of no named
  // body, whose own people the figure counts. (Data "of the two sides", or of a named body, name their source.)
  unnamedOfficialData: {
    pattern:
      /\baccording\s+to\s+(?:the\s+)?(?:latest\s+)?official\s+(?:data|figures|statistics|information)\b(?!\s+(?:of|from|by|released\s+by|published\s+by|provided\s+by|in)\b)/i,
    examples: ["45 Azerbaijani citizens have been killed by mines, according to official data.", "According to official figures, 12 Armenian soldiers died"],
    counterExamples: [
      "according to the official data of the two sides, 207 were killed",
      "according to official figures released by the Armenian ministry",
      "According to official data in Stepanakert, 5,000 people lost their jobs",
    ],
  },
} satisfies RuleTable<string>;

const { unnamedOfficialData } = patternsOf(OFFICIAL_DATA_RULES);

/** Whether the sentence credits its figures to "official data" of no named body: the victims' own officials'. */
export function creditsUnnamedOfficials(sentence: string): boolean {
  return unnamedOfficialData.test(sentence);
}

// Each run only on a sentence holding one of its required texts ("citing", one of "figures", "data", …): both lists
// are tried on every casualty sentence no speaker claims, and most name no source.
// (The earlier exec and test calls did not depend on lastIndex: none of these patterns is global or sticky.)
const RULES = keyedPatterns(patternsOf(FIGURE_SOURCE_RULES));
const EARLIER_SOURCES = keyedPatterns(patternsOf(EARLIER_SOURCE_RULES));

/** The latest speaker, when a sentence with no speaker gives its figure as something said before ("the ministry's figure"). */
export function earlierSource(sentence: string, ctx: CasualtyContext): Side | null {
  if (!ctx.possessorSide) return null;
  const lower = searchable(sentence);
  return EARLIER_SOURCES.some((rule) => mayMatch(rule, lower) && rule.pattern.test(sentence)) ? ctx.possessorSide : null;
}
const { recordedBy } = patternsOf(RECORDING_BODY_RULES);
const { ownersFigure, capitalsToll, nationsReports } = patternsOf(FIGURE_SOURCE_RULES);

/**
 * The side whose own figure a speaker relays by naming it ("de Waal gives Azerbaijan's official figure of 613
 * civilians killed", "133 civilians by Azerbaijan's official count"): the figure stays its owner's, whoever relays
 * it. Null when the sentence names no such figure, or only one of the speaker's own side or of no known side.
 */
export function ownedFigureSide(sentence: string, ctx: CasualtyContext): Side | null {
  const owner = (ownersFigure.exec(sentence) ?? capitalsToll.exec(sentence) ?? nationsReports.exec(sentence))?.groups?.source;
  const side = owner ? ctx.sideOf(owner.replace(/^the\s+/i, "")) : null;
  return side && side !== "other" && side !== ctx.claimant ? side : null;
}

/**
 * The belligerent whose body recorded the figures the speaker relays ("ANAMA had recorded four
 * deaths"): victims it counts without naming a side are its own. Null for any other body.
 */
export function recordingSide(sentence: string, ctx: CasualtyContext): Side | null {
  const body = recordedBy.exec(sentence)?.groups?.body;
  const side = body ? ctx.sideOf(body) : null;
  return side && isBelligerent(side) ? side : null;
}

/**
 * The side of the body a sentence names as its figures' source, when no speaker was found: the
 * gazetteer's side for a body it knows ("ANAMA", "the Azerbaijani side"), and a third party's
 * ("other") for a publication it does not. Null when the sentence names no such source.
 */
export function figureSource(sentence: string, ctx: CasualtyContext): Side | null {
  const lower = searchable(sentence);
  for (const rule of RULES) {
    if (!mayMatch(rule, lower)) continue;
    const { name, pattern } = rule;
    const source = pattern.exec(sentence)?.groups?.source;
    if (!source) continue;
    if (name === "thirdPartyCount" || name === "outsideEstimates" || name === "publishersCopy") return "other";
    const side = ctx.sideOf(source.replace(/^the\s+/i, ""));
    if (side) return side;
    if (name === "namedReport" || name === "reckoning" || name === "accordingToOutlet" || (name === "citedBy" && THIRD_PARTIES.test(source))) return "other";
  }
  return null;
}

/** Bodies outside the conflict named by what they are: "relief agencies", "rights groups", "monitors". */
const THIRD_PARTIES = /\b(?:agencies|organi[sz]ations|groups|NGOs|monitors|observers|researchers|analysts|journalists|media)$/i;

/** "(the toll of 3,000) usually quoted by news agencies": whoever quotes the figure, right after it. */
const QUOTED_BY_AFTER =
  /^\s+(?:(?:usually|often|widely|commonly|frequently|most|more)\s+){0,2}(?:quoted|cited)\s+by\s+(?<source>(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s*(?:[,.;)]|\band\b|$))/u;

/**
 * The side of whoever a figure is "usually quoted by", named right after it: 'UN officials, rejecting the toll of
 * 3,000 usually quoted by news agencies, say …' relay the agencies' figure (a third party's), not one of their own.
 */
export function quotedBySide(after: string, ctx: CasualtyContext): Side | null {
  const source = QUOTED_BY_AFTER.exec(after)?.groups?.source;
  if (!source) return null;
  return ctx.sideOf(source.replace(/^the\s+/i, "")) ?? (THIRD_PARTIES.test(source) ? "other" : null);
}

/**
 * "according to figures released by the two governments", "according to their own official counts" (after
 * counts of two sides): each belligerent puts its own figure forward.
 */
const BOTH_GOVERNMENTS =
  /\bfigures?\s+(?:\w+ly\s+)?(?:released|given|published|provided)\s+by\s+(?:the\s+)?(?:two|both)\s+(?:governments|sides|countries|capitals)\b|\baccording\s+to\s+their\s+own\s+(?:official\s+)?(?:counts|figures|data|tallies)\b/i;

/** "according to the official data of the two sides": data each side gave of its own losses. */
const TWO_SIDES_DATA = /\baccording\s+to\s+(?:the\s+)?(?:official\s+)?(?:data|figures)\s+of\s+(?:the\s+)?(?:two|both)\s+(?:sides|governments|countries)\b/i;

/**
 * Whether the sentence credits its figures to the data of the two sides: a belligerent's losses are then its own
 * figure, whoever relays them. (A combined toll of both, "at least 176 servicemen", is no one side's.)
 */
export function creditsTwoSidesData(sentence: string): boolean {
  return TWO_SIDES_DATA.test(sentence);
}

/** The belligerents a sentence credits together with its figure, when it credits both. */
export function jointFigureSources(sentence: string): readonly Side[] | null {
  return BOTH_GOVERNMENTS.test(sentence) ? ["armenia", "azerbaijan"] : null;
}
