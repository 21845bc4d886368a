// A bulletin's, a report series' and a fundraising page's own furniture, each rule with examples and
// counter-examples (tests/rules/ruleTables.test.ts): what the bulletin is and how it reaches its
// members, its notices to subscribers, how it is compiled and may be re-used, a trust's registration,
// a report's language line, and a fundraiser's counters, supporters' messages and fee note; a digest's
// note on itself (its label, what it gathers, what it added).
// furnitureCues.ts spreads this table into FURNITURE_RULES, so boilerplate.ts runs it on every line.
import type { RuleTable } from "../rules/rule.ts";

/** A newsletter's period as a line opens with it: "Weekly bulletin of …" (a `u` pattern, where \p{Lu} keeps its case). */
const PERIOD_OPENING = "(?:[Dd]aily|[Ww]eekly|[Tt]wice-weekly|[Bb]i-?weekly|[Ff]ortnightly|[Mm]onthly|[Bb]i-?monthly|[Qq]uarterly)";
/** What a newsletter calls itself. */
const BULLETIN = "(?:bulletin|digest|newsletter|news-?letter|newssheet|round-?up|briefing|review|summary|update|report)";
/** Who a newsletter is written for. */
const READERS = "(?:member\\s+(?:groups|organi[sz]ations|agencies|societies)|members|subscribers|clients|partners|partner\\s+agencies|readers)";

export const BULLETIN_RULES = {
  // "Weekly bulletin of the Gorgona Aid Office", "Daily digest of aid agency news for members":
  // the line under a masthead saying what the publication is (the one with "A …" is briefingTaglineAlone).
  bulletinTagline: {
    pattern: new RegExp(
      String.raw`^(?:[Tt]he\s+)?${PERIOD_OPENING}\s+(?:news\s+)?${BULLETIN}\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|and|the|for|on|&))*|[\p{L}\s,'’-]{3,60}\s+for\s+${READERS})\.?$`,
      "u",
    ),
    examples: [
      "Weekly bulletin of the Gorgona Aid Office",
      "Daily digest of aid agency news for members",
      "Fortnightly newsletter of the Lipari Solidarity Network.",
    ],
    counterExamples: [
      "Weekly bulletin of the health ministry says 40 died in Barda.",
      "Daily reports of shelling reached Stepanakert from the front.",
      "Monthly review of the ceasefire by the OSCE mission found 12 violations.",
    ],
  },
  // "Sent by telex and fax to member agencies. Not for resale.": how a bulletin reaches its readers.
  bulletinDelivery: {
    pattern: new RegExp(
      String.raw`^(?:distributed|circulated|sent|issued)\s+(?:free\s+)?(?:by|via)\s+(?:fax|telex|e-?mail|post|mail|cable)(?:\s*(?:,|and|&|or)\s*(?:fax|telex|e-?mail|post|mail|cable))*\s+to\s+(?:all\s+|our\s+)?${READERS}\b[^.!?]{0,40}\.?(?:\s*not\s+for\s+(?:re)?sale\.?)?$`,
      "iu",
    ),
    examples: ["Sent by telex and fax to member agencies. Not for resale.", "Sent by e-mail to subscribers every Monday."],
    counterExamples: [
      "Distributed by lorry to displaced families, the flour reached Barda on Monday.",
      "Leaflets were distributed by post to members of parliament, the ministry said.",
    ],
  },
  // A bulletin's notices to its own members: renewals due, forms to send back, how to list an appeal.
  subscriberNotice: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according)\b)(?:(?:subscription|membership)s?\s+(?:renewals?|fees?|dues|payments?)\b[^.!?]{0,40}\b(?:are|is|fall|falls)\s+(?:now\s+)?(?:overdue|due|payable)\b[^.!?]{0,60}|please\s+(?:send|return|post|fax|mail)\s+(?:the|your)\s+(?:[\p{L}-]+\s+){0,2}(?:renewal\s+|subscription\s+|membership\s+|order\s+)?forms?\b[^.!?]{0,40}\b(?:to|back)\b[^.!?]{0,60}|${READERS}\s+wishing\s+to\s+[^.!?]{3,80}\b(?:should|may|can|are\s+(?:asked|invited)\s+to)\s+(?:call|contact|write\s+to|e-?mail|fax|telephone|phone|ring|send\s+\S+(?:\s+\S+)?\s+to|get\s+in\s+touch\s+with)\s+(?:the|our)\s+(?:desk|office|secretariat|editors?|editorial\s+(?:desk|office|team)|${BULLETIN})\b[^.!?]{0,80})\.?$`,
      "iu",
    ),
    examples: [
      "Membership fees for 1996 are now due.",
      "Please return your renewal form to the Office by post.",
      "Member agencies wishing to announce a vacancy in the Bulletin should write to the editors by Friday.",
      "Subscribers wishing to receive the bulletin by e-mail may write to the editor.",
    ],
    counterExamples: [
      "Refugees wishing to return should contact the ministry, officials said.",
      "Members wishing to vote should call the speaker, the deputy said.",
      "Partners wishing to help should contact the coordination cell in Yerevan.",
      "Please send the form to the embassy, the consul told the families.",
    ],
  },
  // "KRD is compiled from wire copy and agency reports.": how a digest is made (its name or "this digest").
  compiledFrom: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according)\b)(?:[Tt]his\s+${BULLETIN}|[Tt]he\s+${BULLETIN}|\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4})\s+is\s+compiled\s+from\s+(?=[^.!?]*\b(?:agency|agencies|wires?|wire\s+copy|press|news)\b)[^.!?]{3,100}\.?$`,
      "u",
    ),
    examples: ["KRD is compiled from wire copy and agency reports.", "This digest is compiled from news agency and press reports."],
    counterExamples: ["The casualty list is compiled from hospital records and police data.", "Turan is compiled from agency reports, the ministry said."],
  },
  // "Members may quote items in their own newsletters with credit.": what readers may do with the copy.
  readersMayReuse: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according)\b)${READERS}\s+(?:may|can|are\s+(?:free|welcome|permitted|allowed)\s+to)\s+(?:re-?use|reproduce|republish|reprint|quote|forward|share|circulate|copy)\b[^.!?]{0,80}\.?$`,
      "iu",
    ),
    examples: ["Members may quote items in their own newsletters with credit.", "Member groups are free to reproduce this bulletin."],
    counterExamples: ["Members may share the findings with the OSCE, the ministry said.", "Readers may recall that the truce collapsed in July."],
  },
  // "Levanzo Demining Trust is a registered charitable foundation.": a trust's registration at its foot.
  registeredBody: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)\p{Lu}[\p{L}\p{N}'’&. -]{1,60} is an? registered (?:(?:non-profit|nonprofit|not-for-profit|charitable|humanitarian|independent|voluntary),? )*(?:foundation|charity|association|organi[sz]ation|trust|society|body|company|ngo|non-profit|nonprofit)\b[^.!?]{0,80}\.?$/u,
    examples: ["Levanzo Demining Trust is a registered charitable foundation.", "Lipari Relief is a registered charity in Italy."],
    counterExamples: ["The Halo Trust is a registered charity, its director said after the blast.", "Azerbaijan is a registered party to the convention."],
  },
  // "Working language: French": a report's language line (beside its distribution in a strip).
  languageNote: {
    pattern: /^(?:(?:[Ww]orking|[Oo]riginal|[Ss]ource|[Dd]ocument|[Rr]eport) l|L)anguages?\s*:\s*\p{Lu}\p{Ll}+(?:\s*(?:,|and|&|\/)\s*\p{Lu}\p{Ll}+){0,4}\.?$/u,
    examples: ["Working language: French", "Original language: Russian", "Languages: English, French and Russian"],
    counterExamples: ["Language: the ministry said Russian would remain an official tongue.", "The working language of the talks was Russian."],
  },
  // "€4,210 raised of €10,000 goal · 88 donations": a fundraiser's counters.
  fundraiserCounter: {
    pattern:
      /^(?:(?:[€$£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP|AMD))\s+raised(?:\s+(?:of|from)\s+(?:an?\s+)?(?:[€$£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP|AMD))\s+(?:goal|target))?|\d[\d,.]*\s+(?:donations|donors|supporters|backers|contributions)|\d+\s+days?\s+(?:left|to go))(?:\s*[·|•]\s*(?:\d[\d,.]*\s+(?:donations|donors|supporters|backers|contributions)|\d+\s+days?\s+(?:left|to go)))*\.?$/iu,
    examples: ["€4,210 raised of €10,000 goal · 88 donations", "88 donations", "$12,400 raised of $20,000 target · 211 donors · 9 days left"],
    counterExamples: ["€2 million raised by the diaspora went to Goris, officials said.", "88 donations reached the ministry's fund before the ban."],
  },
  // "Words of support (31)", "Recent donations": the header of a fundraiser's comment section.
  supportersHeader: {
    pattern: /^(?:words|messages|notes) of support(?:\s*\(\d[\d,]*\))?$|^(?:recent|top|latest) (?:donations|donors|supporters)(?:\s*\(\d[\d,]*\))?$/iu,
    examples: ["Words of support (31)", "Messages of support", "Recent donations (48)"],
    counterExamples: ["Words of support for Baku came from Ankara on Monday."],
  },
  // '"Stay strong, Kapan. We are with you." - Paola, €15': a supporter's message, signed with the gift.
  supporterMessage: {
    pattern: /^["“][^"”]{1,200}["”]\s*[-–—]\s*(?:\p{Lu}[\p{L}'’. -]{0,40},\s*)?(?:[€$£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|EUR|USD|GBP))\.?$/u,
    examples: ['"Stay strong, Kapan. We are with you." - Paola, €15', '"From our class." - €40', "“For the little ones.” — Anonymous, €25"],
    counterExamples: ['"We have nothing left," said Anna, 40.', '"The convoy is stuck." - Ruben Vardanyan, 12 August'],
  },
  // "IschiaGives charges no platform fee; card processing fees of 2.5% + €0.30 apply to each donation.": a platform's fee note.
  platformFeeNote: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)(?:\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}|we|this (?:platform|site|page))\s+(?:charges?|takes?) no (?:platform|service|transaction|processing|hosting) fees?\b[^!?]{0,120}$|^(?:card |payment )?(?:processing|transaction) fees? of [^!?]{1,30}? apply to (?:each|every|all) (?:donations?|gifts?|payments?)\.?$/iu,
    examples: [
      "IschiaGives charges no platform fee; card processing fees of 2.5% + €0.30 apply to each donation.",
      "Card processing fees of 2.9% apply to each donation.",
    ],
    counterExamples: ["Armenia charges no fee for refugees' residence permits, the ministry said.", "The platform fee was waived for refugees."],
  },
  // "About this page.": the label of a digest's note on itself (its sentences are judged one by one after it).
  aboutThisPage: {
    pattern: /^about this (?:page|site|digest|series|newsletter|bulletin|briefing|archive|collection|project)\s*[.:]?$/iu,
    examples: ["About this page.", "About this digest:"],
    counterExamples: ["About this page of the treaty, the ministry said nothing."],
  },
  // "Replies are quoted from the printed record; headings are ours.": what the compiler added (not the
  // line introducing excerpts below it, which says whose they are).
  ownHeadings: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according|below|following|passages?|excerpts?|extracts?|taken)\b)[^.!?]{0,80}\b(?:headings|headlines|notes|titles|summaries)(?:,? (?:and|&) (?:headings|headlines|notes|titles|summaries))? are (?:ours|our own|the (?:editors|desk)['’]s?)\.?$/iu,
    examples: ["Replies are quoted from the printed record; headings are ours.", "Headlines and summaries are our own."],
    counterExamples: [
      "The notes are ours, the ministry said of the leaked memo.",
      "Headings of the draft treaty are ours to decide.",
      // (The line that introduces a speech's excerpts stays: it says whose the text below is.)
      "The passages below are taken from the delivered text; bracketed notes are ours.",
    ],
  },
  // "For the authoritative text, consult the printed minutes.": where a copy's reader finds the authoritative text.
  consultOfficialText: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)for the (?:final|full|official|authoritative|complete|verbatim) (?:text|record|version),? (?:please )?(?:consult|see|refer to)\b[^.!?]{3,80}\.?$/iu,
    examples: ["For the authoritative text, consult the printed minutes.", "For the full text, see the Council's website."],
    counterExamples: ["For the full text, see the ministry's statement, which said 40 soldiers died."],
  },
  // "Rights Roundup brings together what rights groups tell the press about a conflict.": a series saying what it gathers.
  seriesGathers: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)(?:[Tt]his |[Oo]ur )?\p{Lu}[^.!?]{0,40}? brings together what [^.!?]{3,120}\b(?:tell|say|publish|report|release)s?\b[^.!?]{0,60}\.?$/u,
    examples: ["Rights Roundup brings together what human rights groups tell the press about a conflict."],
    counterExamples: [
      "The conference brings together what remains of the Minsk Group.",
      "Baku brings together what Yerevan says are its mercenaries, the agency said.",
    ],
  },
} satisfies RuleTable<string>;
