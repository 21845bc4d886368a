// A page's colophon, about and legal lines, and its contents lines: who runs the site, how it is
// funded, how to cite or reuse it, whom to write to, what is in this issue. Each rule keeps the
// news sentences that nearly match it as counter-examples (checked by tests/rules/ruleTables.test.ts);
// boilerplate.ts applies them to short lines and single sentences.
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** A site's or a project's name: one to six capitalised words, maybe after "The". */
const NAME = String.raw`(?:[Tt]he\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*|of|and|on|for|the|&)){0,5}`;

export const COLOPHON_RULES = {
  // A small paper's notices on reuse, distribution and subscription, and its contents line.
  paperNotices: {
    pattern: new RegExp(
      String.raw`^(?:(?:also\s+)?(?:in|inside)\s+this\s+issue\s*:.{3,200}|reprint(?:ing)?\s+only\s+with\s+(?:a\s+)?(?:reference|link)\s+to\b[^.!?]{0,60}\.?|not\s+for\s+(?:reprint|republication|redistribution)(?:\s+without\s+(?:written\s+)?permission)?\.?|share\s+our\s+(?:articles|materials|stories)\s+with\s+(?:a|the)\s+link\s+to\s+the\s+source\.?|${NAME}\s+is\s+distributed\s+by\s+(?:fax|post|e-?mail|subscription)\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,60}\.?|subscriptions?(?:\s+and\s+(?:inquiries|enquiries|advertising))?\s+(?:through|via|at|by)\b[^.!?]{0,80}\.?|(?:distributed|circulated)\s+to\s+[^.!?]{2,40}?\s*(?:subscribers|members|clients)\s+only\.?(?:\s+not\s+for\s+(?:onward\s+)?(?:sale|resale|distribution)\.?)?|not\s+for\s+onward\s+(?:sale|resale|distribution)\.?|${NAME}\s+(?:material|materials|content|copy|articles|stories|reports|dispatches)\s+(?:may|must|can)\s+not\s+be\s+(?:republished|reproduced|redistributed|rebroadcast|copied)\s+(?:in\s+(?:whole|full|part)[^.!?]{0,20}\s+)?without\s+(?:the\s+)?(?:prior\s+|written\s+|express\s+)*(?:permission|consent)\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,60}\.?|(?:subscriber|subscription|standard|usual)\s+terms(?:\s+and\s+conditions)?\s+apply\.?)$`,
      "iu",
    ),
    examples: [
      "Also in this issue: Ijevan carpet factory reopens one workshop",
      "Reprint only with reference to the paper",
      "Not for reprint without permission",
      "Kura Wire material may not be republished without written permission.",
      "Subscriber terms apply.",
      "Share our articles with the link to the source",
      "Kemerli Bulletin is distributed by fax and post",
      "Subscription and inquiries through the district press office",
      "Distributed to NPS subscribers only. Not for onward sale.",
    ],
    counterExamples: [
      "In this issue of the talks, the ministers agreed on a prisoner exchange.",
      "The statement is distributed by fax to embassies, the ministry said, and calls for calm.",
      "Subscriptions to the state bond rose after the ceasefire.",
      "Aid was distributed to displaced families only after the road reopened.",
      "Such material may not be republished under the new media law.",
    ],
  },
  // "Tabriz Province News — news from East Azerbaijan and Ardabil": the paper's name and what it covers, at its foot.
  footerTagline: {
    pattern: new RegExp(
      String.raw`^${NAME}\s+(?:--|[—–|])\s+(?:(?:independent|daily|regional|local)\s+)?news\s+(?:from|of|about|on)\b(?:[^.!?]{0,100}|[^.!?,;]{0,100}\.)$`,
      "u",
    ),
    examples: [
      "Tabriz Province News — news from East Azerbaijan, Ardabil and West Azerbaijan provinces",
      "The Volta Ledger — independent news from Ghana and the world.",
    ],
    counterExamples: ["Baku — news of the strike spread quickly, and residents left the city."],
  },
  // "X is an independent, volunteer-run project", "X is a project of independent lawyers from …",
  // "X is an independent research initiative": the site describing itself, and nothing else.
  aboutProject: {
    pattern: new RegExp(
      String.raw`^${NAME}\s+is\s+(?:an?\s+)?(?:independent|non-?profit|not-for-profit|volunteer-run|non-?partisan|non-?governmental)?[\s,]*(?:(?:independent|non-?profit|volunteer-run|non-?partisan|research|documentation|monitoring|media|open-source|citizen|civic|joint)[\s,]+)*(?:project|initiative|platform|collective|network|channel)\b(?![^.!?]*\b(?:said|says|told|according|announced|claimed)\b)[^.!?]{0,100}\.?$`,
      "u",
    ),
    examples: [
      "Lowland Monitor is an independent, volunteer-run project.",
      "Border Watch is a project of independent lawyers from Armenia and Georgia.",
      "The Kura Archive is an independent research initiative.",
      "Border Room is a volunteer-run monitoring channel.",
    ],
    counterExamples: [
      "The commission is an independent body, the prime minister said, and its findings stand.",
      "The pipeline is a project of the two governments, the minister said.",
      "The corridor is a joint project with Turkey.",
    ],
  },
  // "X is produced by an independent team of former … staff and journalists."
  producedBy: {
    pattern: new RegExp(
      String.raw`^${NAME}\s+is\s+(?:produced|run|edited|written|maintained|compiled|published)\s+by\s+(?:an?\s+)?(?:small\s+)?(?:independent|volunteer|international)\s+(?:team|group|collective|network)\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,100}\.?$`,
      "u",
    ),
    examples: ["Steppe Files is produced by an independent team of former ministry staff and journalists."],
    counterExamples: ["The report was produced by a team of former soldiers, the prosecutor said."],
  },
  // "It is not an official publication of …", "We do not accept funding from any government."
  legalDisclaimer: {
    pattern:
      /^(?:(?:it|this (?:site|page|paper|report|document|publication|newsletter|bulletin)) is not an? (?:official )?(?:publication|document|record|product|site|website) of\b[^.!?]{1,80}|we (?:do not|don't|never) accept (?:any )?(?:funding|money|donations|advertising|grants?) from\b[^.!?]{1,60}|views (?:expressed )?are (?:the )?authors?['’]?s?['’]? own|this (?:paper|report|brief|briefing|document|publication|work) may be (?:freely )?(?:reproduced|quoted|cited|shared|republished)\b[^.!?]{0,60}|(?:all )?(?:our )?(?:reports|articles|texts|materials|content|publications) (?:are|is) (?:published|available|released|licensed) under an? creative commons\b[^.!?]{0,60}|document reproduced for (?:research|educational|archival|reference) purposes|spelling(?:,? punctuation)?(?: and (?:paragraph )?numbering)? (?:as|is as|are as) in the original|cite (?:this (?:page|paper|report) )?as\s*:.*)\.?$/i,
    examples: [
      "It is not an official publication of the Council of Europe.",
      "We do not accept funding from any government.",
      "Views are the authors' own.",
      "This paper may be reproduced with attribution.",
      "Reports are published under a Creative Commons licence.",
      "Document reproduced for research purposes.",
      "Spelling and paragraph numbering as in the original.",
      "Cite as: Kura Archive, Border Incidents 2024, Yerevan 2025.",
    ],
    counterExamples: [
      "The ministry said it does not accept the figures.",
      "We do not accept the ceasefire terms, the defence minister told reporters.",
      "It is not an official visit, the embassy said.",
      "Views are divided in Yerevan over the deal.",
    ],
  },
  // "Report an error: corrections@…", "For additional information and media requests please contact: …@…".
  contactLine: {
    pattern:
      /^(?:report an? (?:error|mistake|correction|typo)\s*:.*|for (?:additional |further |more )?(?:information|media (?:requests|inquiries|enquiries))(?: and media (?:requests|inquiries|enquiries))?(?: regarding [^.!?]{1,80})?,? please contact\b.*|for media (?:requests|inquiries|enquiries)\b[^.!?]{0,80}\bplease contact\b.*|.{0,140}\s[–—-]\s(?:for\s+)?(?:media|press) (?:inquiries|enquiries|requests)(?:\s*:|\s+(?:via|to|at)\b)[^!?]{0,80})$/i,
    examples: [
      "Report an error: corrections@lowlandmonitor.example",
      "For additional information and media requests please contact: press@kuraarchive.example",
      "For media inquiries regarding other UN human rights experts please contact the Media Unit.",
      "Head of Office (a.i.), Regional Office for the Caucasus – media inquiries via the press desk.",
    ],
    counterExamples: [
      "Report an error in the casualty list to the ministry, the governor urged residents.",
      "The fighting went on – media inquiries were ignored by the ministry, the correspondent said.",
    ],
  },
  // "You are receiving this because you subscribed at …", "… this briefing because you subscribe to …"
  mailingNotice: {
    pattern: /^you(?: are|'re) receiving this (?:e-?mail |newsletter |message |briefing |bulletin |digest |update )?because you\b.*$/i,
    examples: [
      "You are receiving this because you subscribed at steppefiles.example.",
      "You are receiving this briefing because you subscribe to Kura Markets Weekly.",
    ],
    counterExamples: ["You are receiving this aid because you are displaced, the official told the families."],
  },
  // "Concerned about …? Then STAND UP for someone's rights today. #Standup4humanrights": a campaign's hashtag line.
  campaignHashtag: {
    pattern: /^[^#]{0,200}[.!?]\s*(?:#[\p{L}\p{N}_]{3,40}\s*)+$|^#[\p{L}\p{N}_]{3,40}(?:\s+#[\p{L}\p{N}_]{3,40})*$/u,
    examples: ["Concerned about the world we live in? Then STAND UP for someone's rights today. #Standup4humanrights", "#Standup4humanrights"],
    counterExamples: ["Protesters used the hashtag #FreeThePrisoners in Yerevan, police said."],
  },
  // The standard note under a UN experts' release: what the Special Procedures are, that the experts are not UN staff.
  specialProceduresNote: {
    pattern:
      /^(?:[\p{L} ]{2,80} (?:is|are) part of what is known as the special procedures\b.*|(?:they|the experts?) (?:are|is) not un staff\b.*|special procedures(?: mandate-holders)?(?:,| (?:is|are)) (?:the largest body of|independent (?:human rights )?experts)\b.*|(?:they|the experts?) serve in their individual capacity\b.*)$/iu,
    examples: [
      "The experts are part of what is known as the Special Procedures of the Human Rights Council.",
      "The Special Rapporteurs and Independent Experts are part of what is known as the Special Procedures of the Human Rights Council.",
      "Special Procedures mandate-holders are independent human rights experts appointed by the Human Rights Council.",
      "They are not UN staff and are independent from any government or organization.",
      "They serve in their individual capacity and do not receive a salary for their work.",
    ],
    counterExamples: [
      "They are not soldiers, the mayor said of the detained men.",
      "The experts said the shelling of Goris violated the ceasefire.",
      "They serve in the army, the mayor said.",
    ],
  },
  // "[Transcript auto-generated and lightly edited. …]", "Transcripts are provided for accessibility and may contain errors."
  transcriptNote: {
    pattern:
      /^\[?(?:this |the )?transcripts? (?:is |are |was |were |has been |have been )?(?:auto-?generated|machine-generated|automatically generated|generated automatically|provided for accessibility|produced by (?:our|the show's|the podcast's) (?:team|staff|producers))\b[^\]]{0,160}\]?\.?$/i,
    examples: [
      "[Transcript auto-generated and lightly edited. Please check against the audio before quoting.]",
      "Transcripts are provided for accessibility and may contain errors.",
      "Transcripts are produced by our team and may contain errors.",
    ],
    counterExamples: ["Transcripts provided to the court show the order was given, the prosecutor said."],
  },
  // Notes to the reader about the page itself: "Distributed under licence. Not for redistribution …",
  // "Next issue: …", "We'll update this story when …", "Acknowledgements: …", "Rapporteur: Dr. … (University …)",
  // "-- Additional reporting by … staff".
  readerNote: {
    pattern:
      /^(?:distributed under (?:licen[cs]e|license)\b[^.!?]{0,60}\.?(?:\s*not for (?:re)?distribution\b[^.!?]{0,60}\.?)?|not for (?:re)?distribution without permission\.?|next (?:issue|edition|week|briefing)\s*:.*|we(?:'ll| will) update this (?:story|article|page|report)\b[^.!?]{0,100}\.?|acknowledge?ments?\s*:.*|rapporteurs?\s*:\s*(?:dr\.?|prof\.?|professor)?\s*\p{Lu}[^.!?]{2,80}\([^)]{3,80}\)\.?|[-–—(\s]*additional reporting by [^.;!?]{3,80}\)?\.?)$/iu,
    examples: [
      "Distributed under licence. Not for redistribution without permission.",
      "Next issue: gas storage levels and the winter outlook.",
      "We'll update this story when the inquiry reports.",
      "Acknowledgements: The workshop was funded by a grant from a private foundation.",
      "Rapporteur: Dr. Ana Weiss (University of Basel)",
      "-- Additional reporting by Caspian Desk staff",
    ],
    counterExamples: [
      "The next issue on the agenda is the return of prisoners, the minister said.",
      "We will update our figures when the bodies are identified, the ministry said.",
      "The rapporteur said the findings would be published in March.",
    ],
  },
  // A page's own licence, its appeal for money and its wire credit: "X is published under a CC BY-NC
  // licence.", "Support independent explainers from €3 a month.", "Examiner Wire Services include …".
  pageTerms: {
    pattern: new RegExp(
      String.raw`^(?:${NAME}\s+(?:is|are)\s+(?:published|available|released|licensed)\s+under\s+(?:an?\s+)?(?:cc[\s-]+by\b|creative\s+commons\b)[^.!?]{0,60}\.?|(?:please\s+)?(?:support|back|fund)\s+(?:us|our\s+[^.!?]{2,40}|independent\s+[^.!?]{2,40})\s+(?:from|for)\s+(?:just\s+|only\s+)?[€$£]\s?\d+(?:[.,]\d+)?\s+(?:a|per)\s+(?:month|week|year)\.?|${NAME}\s+(?:wire\s+)?services\s+include\s+(?:the\s+)?[\p{Lu}](?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{2,100}\.?)$`,
      "iu",
    ),
    examples: [
      "Lowland Notes is published under a CC BY-NC licence.",
      "Support independent reporting from €3 a month.",
      "Examiner Wire Services include The Associated Press and Reuters.",
    ],
    counterExamples: [
      "The report is published under the authority of the ministry, the spokesman said.",
      "Baku's services include demining teams from Turkey, the agency said.",
      "Support for the ceasefire grew from 3 to 40 per cent a month after the war.",
    ],
  },
  // Where and in what languages a paper appears, its reprint terms, and how to reach its reporter:
  // "Aras Review is published in Tabriz in English and Persian.", "Reprints require written permission.",
  // "Reach him at k.t@paper.example or 559-555-0147".
  paperHouseNotes: {
    pattern: new RegExp(
      String.raw`^(?:${NAME}\s+is\s+published\s+in\s+\p{Lu}[\p{L}-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}-]+)*(?:\s+in\s+[\p{Lu}][\p{L}]+(?:(?:,\s*|\s+and\s+)[\p{Lu}][\p{L}]+)*)?\.?(?:\s+reprints?\s+(?:require|requires|need)\s+(?:prior\s+)?(?:written\s+)?permission\.?)?|reprints?\s+(?:require|requires|need)\s+(?:prior\s+)?(?:written\s+)?permission\.?|(?:you\s+can\s+)?reach\s+(?:him|her|them|me|us|the\s+(?:author|writer|reporter))\s+at\s+\S+@\S+(?:\s+or\s+(?:at\s+)?\+?[\d ()-]{7,20})?\.?)$`,
      "iu",
    ),
    examples: [
      "Tbilisi Courier Weekly is published in Georgian, English and Russian.",
      "Aras Review is published in Tabriz in English and Persian. Reprints require written permission.",
      "Reprints require written permission.",
      "Reach him at k.terzian@courier.example or 559-555-0147",
    ],
    counterExamples: ["The report is published in Geneva in full, the ministry said.", "Reach the village at dawn, officials advised."],
  },
  // A translated or adapted article's note on itself: where it comes from and what was cut. It speaks
  // of the page ("this article", "the … original", "for the English edition"), never of a document in the news.
  translationNotice: {
    pattern:
      /^(?:(?:translated|adapted)(?: and (?:adapted|abridged|edited|condensed|shortened|translated))? from (?:the|a|an) [\p{L}-]+(?:-language)? (?:original|version|text|article|edition)|(?:some )?(?:passages|paragraphs|sections|parts|quotes|quotations) (?:have been|were|are) (?:shortened|abridged|condensed|cut|trimmed|omitted|edited) for (?:the [\p{L}-]+ (?:edition|version)|length|clarity|space)(?: and (?:clarity|length))?|this (?:article|piece|story|text|report|interview) is an? (?:translation|adaptation|abridged (?:translation|version)) of (?:a|an|the) (?:piece|article|story|text|report|interview)(?: (?:originally|first))? (?:published|written|printed|broadcast) in [\p{L} -]{2,40})\.?$/iu,
    examples: [
      "Translated and abridged from the Dutch original.",
      "Some paragraphs have been cut for the English edition.",
      "This story is a translation of an article originally published in Italian.",
    ],
    counterExamples: [
      "Translated from the Russian original, the letter names 40 soldiers.",
      "Some passages have been cut from the draft treaty, the minister said.",
      "This report is a translation of a text published in Baku, the ministry said.",
    ],
  },
  // "Atlas Briefs explainers are updated as events develop", "Aras Review covers Iran's northwestern
  // provinces and the neighbouring countries": the site on its own pages and on what it covers.
  aboutCoverage: {
    pattern: new RegExp(
      String.raw`^(?:${NAME}\s+(?:explainers?|guides?|trackers?|timelines?|pages?)\s+(?:is|are)\s+(?:regularly\s+)?updated\s+as\s+(?:events|news|the\s+story|the\s+situation)\s+(?:develops?|unfolds?|changes?)|${NAME}\s+(?:covers|reports\s+on)\s+(?![^.!?]*\b(?:said|says|told|according|costs?|gas|oil|needs|area|square)\b)[^.!?]{0,80}\b(?:provinces|regions|countries|neighbou?rs|affairs|news)\b[^.!?]{0,40})\.?$`,
      "u",
    ),
    examples: [
      "Atlas Briefs explainers are updated as events develop.",
      "Aras Regional Review covers Iran's northwestern provinces and the neighbouring countries.",
    ],
    counterExamples: [
      "Russia covers the costs of the mission in the border regions, the minister said.",
      "Azerbaijan covers the gas needs of the neighbouring countries.",
      "The pages are updated as events develop, the ministry said.",
    ],
  },
  // "The Hague Arbitral Chamber (HAC) is the principal judicial organ of …": a body's standard
  // description of itself under its release, its name given in full with its abbreviation.
  aboutInstitution: {
    pattern:
      /^(?:the )?\p{Lu}[\p{L}'’ -]{2,80} \([\p{Lu}]{2,8}\) is (?:the|an?|one of the) (?:principal|main|chief|primary|leading|independent|permanent|intergovernmental|specialised|specialized)\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,80}\b(?:organ|body|institution|organi[sz]ation|agency|court|tribunal)s?\b[^.!?]{0,80}\.?$/u,
    examples: ["The Hague Arbitral Chamber (HAC) is the principal judicial organ of the League of Cities."],
    counterExamples: ["The Security Council (UNSC) is the main body that can stop the war, the minister said.", "The Hague Arbitral Chamber ruled on Monday."],
  },
  // "In this issue: A | B | C": an issue's contents.
  issueContents: {
    pattern: /^(?:in (?:this|today'?s|the) (?:issue|edition|newsletter|briefing)|this (?:issue|edition)|inside)\s*:.*$/i,
    examples: ["In this issue: Border talks | Prisoner swap | Gas prices"],
    counterExamples: ["In this issue, the ministry said, there is no compromise."],
  },
  // "News & Analysis | The Week in the Region": two section names on a bar.
  sectionLabels: {
    pattern:
      /^(?:news(?: (?:&|and) (?:analysis|views|comment|features))?|analysis|opinion|features?|comment|dispatches|briefings?|the week in (?:the )?[\p{L} ]{2,30}|week in review|(?:this|last) week|in brief|roundup)(?:\s+[|·•]\s+(?:news(?: (?:&|and) (?:analysis|views|comment|features))?|analysis|opinion|features?|comment|dispatches|briefings?|the week in (?:the )?[\p{L} ]{2,30}|week in review|(?:this|last) week|in brief|roundup))+$/iu,
    examples: ["News & Analysis | The Week in the Region", "Analysis · In Brief"],
    counterExamples: ["News of the truce | Residents celebrate in Goris"],
  },
  // "The Ridgeline Courier covers the city council every sitting day", "Borderwatch reports on trials in
  // the region": a publication's line on its own beat, its name built like a publication's (a word of
  // publications last, or a one-word name ending in one), then what it covers and no verb of saying.
  ownBeat: {
    pattern:
      /^(?<name>(?:[Tt]he\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s+(?:(?:of|and|on|for|the|&)\s+)?){0,5}(?:News|Times|Journal|Chronicle|Courier|Ledger|Review|Digest|Dispatch|Monitor|Observer|Gazette|Herald|Bulletin|Letter|Newsletter|Magazine|Post|Tribune|Wire|Radio|Watch|Desk|Notes|Reporter)|\p{Lu}\p{Ll}+(?:watch|monitor|wire|post|news))\s+(?:covers|reports\s+on|follows|tracks|writes\s+about)\s+(?![^.!?]*\b(?:said|says|told|according|claimed|killed|wounded)\b)[^.!?]{3,120}\.?$/u,
    examples: [
      "The Ridgeline Courier covers the city council every sitting day.",
      "Borderwatch reports on trials arising from the region's wars.",
      "The Steppe & Sea Energy Journal covers oil from Baku to Aktau.",
    ],
    counterExamples: [
      "Azerbaijan covers 86,600 square kilometres.",
      "The agreement covers the release of all prisoners.",
      "The Caspian News reports on the shelling said 12 were killed.",
    ],
  },
  // "Our correspondent attended the final hearing in Gyumri.": where the outlet's reporter was, under the report.
  reporterPresent: {
    pattern:
      /^our\s+(?:reporter|correspondent|court\s+reporter|staff)\s+(?:attended|was\s+present\s+at|sat\s+in\s+on|covered)\s+(?:the\s+)?(?:final\s+|first\s+|last\s+|whole\s+)?(?:hearings?|sessions?|trial|sittings?|briefing|press\s+conference|proceedings|verdict)\b[^.!?]{0,60}\.?$/i,
    examples: ["Our reporter attended the final hearing in Gyumri.", "Our correspondent was present at the sitting."],
    counterExamples: ["Our reporter attended the funeral, where the mayor said 12 had died."],
  },
  // "Translations are our own.", "We do not verify the figures of any party.": a monitor's note on its method.
  methodNote: {
    pattern:
      /^(?:(?:all\s+)?translations\s+(?:are|from\s+[\p{L}]+\s+are)\s+(?:our\s+own|by\s+(?:our|the)\s+(?:staff|editors|team|desk))|we\s+(?:do\s+not|don['’]t)\s+(?:independently\s+)?verify\s+(?:the\s+)?(?:figures|claims|numbers|statements|reports)\s+of\s+any\s+(?:party|side))\.?$/iu,
    examples: ["Translations are our own.", "We do not verify the figures of any party.", "All translations are by our staff."],
    counterExamples: ["We do not verify the figures of the ministry, the ombudsman said.", "Translations are delayed, the court said."],
  },
} satisfies RuleTable<string>;

export const COLOPHON = patternsOf(COLOPHON_RULES);

/** A headline-like part of a strip: capitalised, short, no sentence end. */
const HEADLINE_PART = /^[\p{Lu}\p{N}"“‘'][^.!?|]{8,100}$/u;

/**
 * "Border talks resume · Prisoners freed · Gas prices rise": related headlines joined by middle
 * dots. Two or more parts, each a headline (capitalised, several words, no sentence end or clause
 * break), so "The ministry said 12 · 3 per cent…" (one part lower-case) stays.
 */
export function isHeadlineStrip(text: string): boolean {
  const parts = text.split(/\s+·\s+/).map((p) => p.trim());
  // ("Sat 10 Oct · 09:20 Baku rejects the accusation": an alert's day and hour before its text, no strip.)
  if (parts.some((p) => ITEM_STAMP.test(p))) return false;
  return parts.length >= 2 && parts.every((p) => HEADLINE_PART.test(p) && p.split(/\s+/).length >= 2 && !/,/.test(p));
}

/** A part that is a day ("Sat 10 Oct", "10 October") or opens with an hour ("09:20 Baku …"). */
const ITEM_STAMP = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?\s+)?\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?$|^\d{1,2}[:.]\d{2}\b/iu;
