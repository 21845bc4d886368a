// A news agency's site and wire furniture, each rule with examples and counter-examples
// (tests/rules/ruleTables.test.ts): a read counter, the "Ctrl+Enter" typo note, the terms for using the
// agency's materials, a note on the languages the text comes in, a lone time-and-date stamp, the wire's
// transmission stamp and version line, its copyright notice and its desk's contact line.
// furnitureCues.ts spreads this table into FURNITURE_RULES, so boilerplate.ts runs it on every line.
import type { RuleTable } from "../rules/rule.ts";

/** A read counter: "Read: 4817", "Views: 1 203", "Viewed 12,044 times" (metadata.ts strips one closing a date line). */
export const READ_COUNTER = String.raw`(?:read|reads|views?|viewed|seen)\s*:?\s*\d[\d\s,.]{0,12}(?:\s*times)?`;

export const WIRE_SITE_RULES = {
  // "Read: 4817", "Views: 1 203": how many times the page was read.
  readCounter: {
    pattern: new RegExp(String.raw`^${READ_COUNTER}\.?$`, "i"),
    examples: ["Read: 4817", "Views: 1 203", "Viewed 12,044 times"],
    counterExamples: ["Read: the full statement of the ministry", "Views differ in Baku and Yerevan."],
  },
  // "Press Ctrl+Enter to report a typo", "Found a mistake? Select it and press Ctrl + Enter.": the site's typo note.
  typoNote: {
    pattern: /^(?=.{0,120}\bctrl\s*\+\s*enter\b)(?=.{0,120}\b(?:typo|mistake|error|misprint)s?\b).{0,140}$/i,
    examples: [
      "Press Ctrl+Enter to report a typo",
      "Found a mistake? Select it and press Ctrl + Enter.",
      "Report an error by highlighting it and pressing ctrl + enter",
    ],
    counterExamples: ["The ministry reported a mistake in the figures.", "Press the button to enter the site"],
  },
  // "Any use of Harbour Agency materials requires a hyperlink", "Use of the agency's materials is allowed only with an active link".
  materialsTerms: {
    pattern:
      /^(?:any\s+)?(?:use|reproduction|copying|citation|republication)\s+of\s+[^.!?]{1,60}?\s+materials?\s+(?:requires|is\s+(?:allowed|permitted|possible)\s+only\s+with|must\s+(?:include|carry))\s+(?:an?\s+)?(?:active\s+|direct\s+)?(?:hyper)?links?\b[^!?]{0,60}$/i,
    examples: ["Any use of Harbour Agency materials requires a hyperlink", "Use of the agency's materials is allowed only with an active link to the source."],
    counterExamples: ["Any use of force requires a decision of parliament, the minister said."],
  },
  // "This text is also available in Русский and Հայերեն": the site's language switch.
  otherLanguages: {
    pattern: /^(?:this|the)\s+(?:text|article|news|story|page|item)\s+(?:is\s+)?(?:also\s+)?available\s+in\s+[^.!?]{1,60}$/i,
    examples: ["This text available in Русский and Հայերեն", "This article is also available in French and Russian"],
    counterExamples: ["This text is available in the ministry's archive, the envoy said."],
  },
  // "17:42 | 07/ 03/ 2008", "09:15 · 12.10.2020": a lone time and date over an agency's item.
  timeDateStamp: {
    pattern: /^\d{1,2}:\d{2}\s*[|·,–-]?\s*\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{2,4}$/,
    examples: ["17:42 | 07/ 03/ 2008", "09:15 · 12.10.2020"],
    counterExamples: ["17:42 the shelling resumed on 7 March 2008"],
  },
  // "HARBOURPRESS 041132 GMT APR 16": a wire's transmission stamp, the agency, day and time, month and year.
  transmissionStamp: {
    pattern: /^[A-Z][A-Z-]{2,20}\s+\d{6}\s+(?:GMT|UTC|Z)\s+[A-Z]{3}\s+\d{2}$/,
    examples: ["HARBOURPRESS 041132 GMT APR 16", "ISLEWIRE 230915 UTC SEP 20"],
    counterExamples: ["ARMENPRESS reports 12 killed on 4 April"],
  },
  // "2nd lead, adds minister's quotes, UN", "Updated, adds toll": a wire's version line.
  versionLine: {
    pattern:
      /^(?:(?:\d+(?:st|nd|rd|th)|new|first|second|third)\s+(?:lead|write-?thru|writethrough|version)|updated?|corrected|recasts?|refiles?)\b[^.!?]{0,10},\s*(?:adds?|updates?|corrects?|recasts?|changes?)\b[^.!?]{0,80}$/i,
    examples: ["2nd lead, adds minister's quotes, UN", "Updated, adds toll", "3rd lead, adds Yerevan reaction"],
    counterExamples: ["The third lead, the minister adds, is the shelling of Goris."],
  },
  // "All Harbourpress material is copyright and distributed to subscribers under licence."
  materialCopyright: {
    pattern: /^all\s+[^.!?]{1,40}\s+(?:material|materials|copy|content)\s+(?:is|are)\s+(?:copyright|protected by copyright)\b[^!?]{0,100}$/i,
    examples: ["All Harbourpress material is copyright and distributed to subscribers under licence."],
    counterExamples: ["All the material evidence is with the prosecutors."],
  },
  // "Corrections and queries: duty editor", "Queries: news desk, +44 1481 000000": the desk's contact line.
  deskContact: {
    pattern:
      /^(?!.*\b(?:said|says|told|killed|wounded|was|were|is|are)\b)(?:corrections|queries|enquiries|inquiries)(?:\s+(?:and|&)\s+(?:corrections|queries|enquiries|inquiries))?\s*:\s*[^!?]{1,120}$/i,
    examples: [
      "Corrections and queries: duty editor",
      "Queries: news desk, +44 1481 000000",
      "Corrections and queries: night editor, Harbour Wire, Quay Street, St Peter.",
    ],
    counterExamples: ["Corrections: the ministry said 12, not 21, soldiers were killed."],
  },
} satisfies RuleTable<string>;
