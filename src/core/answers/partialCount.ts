// A toll that counts only part of what it is about: "a further 35 soldiers died", "12 more were
// killed", "on the first day of the attacks one resident was killed", "in the past 24 hours". Asked
// "how many soldiers died defending the district", such a count is one day's increase, not the
// total; it answers only a question about one day, the start, or the increase itself.
import type { Question } from "./question.ts";

const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens?|hundreds?)`;
/** The wounded counted after "another 70", "four more": "were injured", "people wounded". */
const WOUNDED_AFTER = String.raw`\s+(?:[\p{L}-]+\s+){0,3}?(?:injured|wounded|hurt)\b`;
const SPAN = String.raw`(?:\d+|two|three|four|five|six|seven|24|48|72)`;

/** "A further 35", "another 12", "an additional 40", "12 more" (not "more than 12"), "the first day of", "in the past 24 hours". */
const PART_OF_TOLL = new RegExp(
  [
    // Not "21 were killed and another 70 injured", "four killed and four more wounded": a second count of the same incident.
    String.raw`\b(?:a\s+further|another|an\s+additional|(?<!the\s)additional)\s+${NUMBER}\b(?!${WOUNDED_AFTER})`,
    String.raw`(?<!\band\s)\b${NUMBER}\s+more\b(?!\s+than)(?!${WOUNDED_AFTER})`,
    String.raw`\b(?:on|in|during|over)\s+the\s+(?:first|opening)\s+(?:day|night|hours?|evening|morning)\b`,
    String.raw`\b(?:in|during|over)\s+the\s+(?:last|past|previous)\s+(?:${SPAN}\s+)?(?:days?|hours?|nights?|week)\b`,
  ].join("|"),
  "iu",
);

/**
 * "The initial toll", "the first figure", "originally", "on the first day of the four-day war", "at
 * the start of the fighting": the question wants the toll before its updates.
 */
export const FIRST_FIGURE =
  /\b(?:initial(?:ly)?|originally|earliest|first\s+(?:figure|toll|count|report|estimate|day|night|hours?)s?|opening\s+(?:day|night|hours?)|(?:at|on)\s+the\s+(?:very\s+)?(?:start|outset|beginning)|when\s+(?:the\s+)?(?:fighting|war|clashes|hostilities)\s+(?:began|started|broke\s+out|erupted))\b/i;

/** "How many more", "further", "new", "daily", "in the last 24 hours", "that day": the increase is what is asked. */
const INCREASE_ASKED =
  /\b(?:more(?!\s+than)|further|additional|another|new|newly|daily|a\s+day|per\s+day|that\s+day|overnight|in\s+the\s+(?:last|past)|reported\s+on)\b/i;

/** Whether a question asks a toll as a whole: no increase, no start, no single day. */
export function asksWholeToll(question: Pick<Question, "text" | "time">): boolean {
  const oneDay = question.time !== null && question.time.start === question.time.end;
  return !oneDay && !FIRST_FIGURE.test(question.text) && !INCREASE_ASKED.test(question.text);
}

/** "Another 40 deaths, pushing its toll to 673", "a total of", "so far": the sentence gives the whole toll too. */
const WHOLE_TOLL_TOO =
  /\b(?:pushing|bringing|taking|raising)\s+(?:the|its|their)\b[^.;]{0,60}?\bto\b|\b(?:in\s+total|a\s+total\s+of|overall|in\s+all|altogether|so\s+far|to\s+date)\b/i;

/** "The Ganja missile strikes", "the total", "in all": the toll of several attacks, or of all, is asked. */
const SEVERAL_ASKED = /\b(?:strikes|attacks|shellings|bombardments|raids|clashes|(?:in\s+)?total|altogether|in\s+all|whole|entire|combined)\b/i;

/** Whether a question asks the toll of several attacks or the total: a sentence giving the whole toll answers it. */
export function asksSeveralTolls(question: Pick<Question, "text">): boolean {
  return SEVERAL_ASKED.test(question.text);
}

/** Whether a sentence gives a whole toll ("a total of 26", "pushing its toll to 673", "so far"). */
export function givesWholeToll(text: string): boolean {
  return WHOLE_TOLL_TOO.test(text);
}

/** Whether a sentence counts only part of a toll: an increase, one day's or the first day's dead. */
export function countsPartOfToll(text: string): boolean {
  return PART_OF_TOLL.test(text) && !WHOLE_TOLL_TOO.test(text);
}
