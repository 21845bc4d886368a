// A monitoring service's transcript of one programme: the service's masthead, then the item's
// headline, then the fields that say what was monitored ("Source: <station>, <city>, in <language>
// <hhmm> gmt <date>", "Programme:", "Channel:", "Monitored:", "Duration of item:", "Translation:").
// Each rule with examples and counter-examples (checked by tests/ingest/monitoringTranscripts.test.ts).
import { MONTH_PATTERN } from "../dates/calendar.ts";
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** The labels of a monitored item's fields: what was broadcast, when, how long, who translated it. */
const ITEM_LABEL = "programme|program|channel|station|duration(?: of item)?|translation|translated by|translator|language|monitored|items(?=\\s*:\\s*\\d)";

/** "29 Dec 24", "9 Oct 2025": a monitoring stamp's day, month and (often two-digit) year. */
const STAMP_DATE = String.raw`(?<day>\d{1,2})\s+(?<month>${MONTH_PATTERN})\.?\s+(?<year>\d{4}|\d{2})\b`;

export const MONITORING_RULES = {
  // "Programme: "Evening News" (main bulletin)", "DURATION OF ITEM: 3 min 10 sec", "Monitored: 4 May 25 | Filed: 5 May 25".
  // The value is a field's, never a sentence: it does not end in a stop and reports no one.
  itemField: {
    pattern: new RegExp(String.raw`^(?<label>${ITEM_LABEL})\s*:\s*(?<value>(?![^\n]*\b(?:said|says|told|according to)\b)[^\n]{1,160}?)(?<![.!?])$`, "i"),
    examples: [
      'Programme: "Evening News" (main bulletin)',
      "DURATION OF ITEM: 3 min 10 sec",
      "Monitored: 4 May 25 | Filed: 5 May 25, 0730 gmt",
      "Channel: Caspian Public Television (Channel 2)",
      "Items: 2-3 of 8 (items 4-8 skipped: sport, culture)",
      "TRANSLATION: Moscow desk; abridged",
      "Language: Russian; translated by our staff",
    ],
    counterExamples: [
      "Translation: the minister said the army would withdraw.",
      "Channel: the ministry's own channel posted a video of the strike.",
      "Programme of the talks was agreed in Geneva.",
    ],
  },
  // The field that says a single programme was transcribed: the page is a transcript of a broadcast.
  programmeField: {
    pattern: /^(?:programme|program)\s*:/i,
    examples: ['Programme: "Evening News"', "PROGRAM: Morning show"],
    counterExamples: ["Programme of the talks: Lachin, prisoners"],
  },
  // The station a "Channel:" field names, without what follows it in brackets.
  channelField: {
    pattern: /^(?:channel|station)\s*:\s*(?<station>[^(,;|]{2,60}?)\s*(?:[(,;|].*)?$/i,
    examples: ["Channel: Caspian Public Television (Channel 2)", "Station: Radio Ganja, Ganja"],
    counterExamples: ["Channels of communication remain open, the ministry said."],
  },
  // "Monitored: 4 May 25": the day the broadcast was taken down.
  monitoredField: {
    pattern: new RegExp(String.raw`^monitored\s*:\s*${STAMP_DATE}`, "i"),
    examples: ["Monitored: 4 May 25 | Filed: 5 May 25, 0730 gmt", "Monitored: 12 March 2024"],
    counterExamples: ["Monitored by the desk in Tbilisi"],
  },
  // "Source: Radio Ganja, Ganja, in Azerbaijani 0900 gmt 4 May 25": the station is the first part, the date the last.
  sourceStation: {
    pattern: /^(?:source\s*:\s*|[A-Z]{2}\d{8,12}\s+)?(?<station>[^,(]{2,60}?)\s*(?:\([^)]{1,40}\))?\s*(?:,|\s+in\s+\p{Lu})/iu,
    examples: ["Source: Radio Ganja, Ganja, in Azerbaijani 0900 gmt 4 May 25", "SOURCE: Rossiya 24 (Russia 24), Moscow, in Russian, 1500 gmt 3 Jun 25"],
    counterExamples: ["Azerbaijani television"],
  },
  // "… 0900 gmt 4 May 25": the broadcast's hour, then its day.
  broadcastStamp: {
    pattern: new RegExp(String.raw`\b\d{3,4}\s*(?:gmt|utc)\s+${STAMP_DATE}`, "i"),
    examples: ["Source: Radio Ganja, Ganja, in Azerbaijani 0900 gmt 4 May 25", "in Russian, 1500 GMT 3 June 2025"],
    counterExamples: ["The talks ended at 1500 gmt on Monday."],
  },
} satisfies RuleTable<string>;

export const MONITORING = patternsOf(MONITORING_RULES);

/**
 * A monitoring service's notes on its own copy: what the excerpt is, what was left out, who named
 * the speakers, how the quotations were translated, what the station is. They are the service's
 * words about the copy, never the broadcaster's, and say nothing about the conflict. A note that
 * comments on the broadcast ("The channel did not mention …") is none of these and stays.
 */
export const COPY_NOTE_RULES = {
  excerptNote: {
    pattern:
      /^(?:(?:editor'?s|[A-Z]{2,6}) note\s*:\s*)?the following (?:are|is) (?:excerpts?|extracts?|an? (?:summary|translation|transcript|excerpt)) (?:from|of)\b(?![^.!?]*\b(?:said|says|claimed|denied)\b)[^.!?]{2,300}\.?$/i,
    examples: [
      "Editor's note: The following are excerpts from the first half of the bulletin, which opened with the president's address on the border.",
      "The following is a summary of the evening news on Radio Ganja.",
    ],
    counterExamples: ["The following are excerpts from the letter, in which the ministry said 40 soldiers died."],
  },
  // "[Editor's note: Unofficial translation from Armenian, lightly edited for length. …]": a bracketed note on the copy.
  bracketedTranslationNote: {
    pattern: /^\[\s*(?:editor'?s|translator'?s|desk)\s+note\s*:\s*(?:an?\s+)?(?:unofficial|informal|machine|our)?\s*translat(?:ion|ed)\b[^\]]{0,380}\]$/iu,
    examples: ["[Editor's note: Unofficial translation from Azerbaijani, shortened. The briefing was chaired by the spokesman.]"],
    counterExamples: ["[Editor's note: The ministry later said 12 soldiers died.]"],
  },
  omissionNote: {
    pattern:
      /^(?:passages?|items?|sections?|segments?|reports?)(?: (?:devoted to|on|about|dealing with) [^.!?]{1,60})? (?:are|is|were|was|have been|has been) (?:omitted|not translated|not included|skipped)\.?$/i,
    examples: ["Passages on the weather and culture are omitted.", "Items about sport were not translated."],
    counterExamples: ["Passages on the border were omitted from the treaty, Baku complained."],
  },
  speakerNote: {
    pattern: /^speaker (?:identifications?|names|labels) (?:are|is) (?:the )?[\p{L}'’ ]{1,30}\.?$/iu,
    examples: ["Speaker identifications are the desk's.", "Speaker names are ours."],
    counterExamples: ["Speaker identifications are disputed by the ministry, which says the voice is not the general's."],
  },
  translationNote: {
    pattern: /^(?:quotations|quotes|excerpts) (?:are|were) translated from the [\p{L}-]+ original\b[^.!?]{0,160}\.?$/iu,
    examples: ["Quotations are translated from the Russian original and may differ from the Kremlin's English text."],
    counterExamples: ["Quotes translated from Russian by the ministry said 12 died."],
  },
  stationNote: {
    pattern:
      /^[A-Z]{2,6} (?:note|NOTE)\s*:\s*[^.!?]{1,60} is (?:an? |the )?(?:[\p{L}'’-]+ ){0,3}(?:state|public|private|independent|pro-government|opposition|commercial)(?:[- ]owned| run)? (?:television|tv|radio|broadcaster|channel|news agency|station)(?: channel| station| network)?\.?$/u,
    examples: ["RMD NOTE: Rossiya 1 is Russia's main state television channel."],
    counterExamples: ["RMD NOTE: Rossiya 1 is lying about the strike, the ministry said."],
  },
  // A service's labelled note to its readers on how its copy is made, as a whole paragraph: "Method note:
  // KMO monitors the main evening bulletins from recordings. … KMO takes no position on the conflict.",
  // "Note for subscribers: the review quotes the papers as published. …", "Note from the Wire: releases
  // are published as received." A note that reports what someone said is no such note.
  labelledReaderNote: {
    pattern:
      /^(?:[Mm]ethod(?:ology)? note|METHOD(?:OLOGY)? NOTE|[Nn]ote (?:for|to) (?:subscribers|clients|users|readers)|NOTE (?:FOR|TO) (?:SUBSCRIBERS|CLIENTS|USERS|READERS)|[Nn]ote from the \p{Lu}[\p{L}-]{1,20}(?:\s\p{Lu}[\p{L}-]{1,20}){0,2})\s*:\s*(?![\s\S]*\b(?:said|says|told|claimed|killed|wounded|shelled|attacked)\b)[\s\S]{10,380}$/u,
    examples: [
      "Method note: KMO monitors the main evening bulletins from recordings. Quotations are from official translations where available. KMO takes no position on the conflict.",
      "Note for subscribers: the review quotes the papers as published.",
      "Note from the Gazette: releases are published as received.",
    ],
    counterExamples: [
      "Note for subscribers: the ministry said on Monday that 12 soldiers were killed near Tovuz.",
      "Method note: the channel claimed the village was shelled.",
    ],
  },
  // A page's description of itself in its outlet's words: "Embassy Corner is a page on which missions
  // accredited here publish their statements.", "The views expressed in Opinion pieces are the author's
  // own and do not necessarily reflect the position of the Review."
  pageSelfDescription: {
    pattern:
      /^(?![\s\S]*\b(?:said|says|told)\b)(?:\p{Lu}[^.!?]{1,40}\s(?:is|are)\s+an?\s+(?:page|section|column|space|corner|feature)\s+(?:on|in|where)\s+(?:which\s+)?[^.!?]{3,80}\b(?:publish|post|print|present)\w*\s+(?:their|its)\s+[^.!?]{3,60}|(?:[Tt]he\s+)?(?:views|opinions)\s+expressed\s+(?:in\s+[^.!?]{2,40}\s+)?(?:are|is)\s+(?:the\s+|solely\s+)?(?:author|writer|contributor)s?['’]?s?\s+own\b[^.!?]{0,140})\.?$/u,
    examples: [
      "Embassy Corner is a page on which missions accredited in Oman publish their official statements.",
      "The views expressed in Opinion pieces are the author's own and do not necessarily reflect the position of the Review.",
    ],
    counterExamples: [
      "Telegram is a page on which the ministry publishes its figures, officials said.",
      "The views expressed by the minister are his own, the government said.",
    ],
  },
} satisfies RuleTable<string>;

export const COPY_NOTES = patternsOf(COPY_NOTE_RULES);
