// A timeline set out as a bulleted list, with no line introducing it:
//   - October 4: the prosecutor's office said two civilians were killed.
//   - October 6, morning: five killed, 12 wounded.
// The second item is a telegraphic row of the same count: its figures are the speaker the item right
// above named. Only a row with no verb of its own (a row that tells something happened is the
// outlet's narration), and only when the item above spoke for one side alone.
import type { Voice } from "../attribution/attributeSentence.ts";
import { UNCLEAR } from "../sides/sides.ts";

/** A finite verb: a row that has one says something itself ("Armenian shelling was reported"). */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|says?|said|reported|announced|claimed|denied|accused|hit|struck|fired|shelled)\b/i;
/** A figure: a numeral or a number word. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?)\b/i;

/** A row's label: "October 11, evening: ". */
const ROW_LABEL = /^[^:.;]{1,40}:\s+/;

/** A row set out as a table's would be: a short label and a colon ("October 11, evening:"), or the figure first. */
const ROW_SHAPE =
  /^(?:[^:.;]{1,40}:\s+|(?:about\s+|at\s+least\s+|more\s+than\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\b))/i;

/** "October 11, evening: nine killed, 35 wounded.": a row with a figure, shaped as a row, and no finite verb. */
export function telegraphicRow(text: string): boolean {
  // (The figure is the row's, not its label's: "October 2: calm." counts nothing.)
  return ROW_SHAPE.test(text) && FIGURE.test(text.replace(ROW_LABEL, "")) && !FINITE.test(text);
}

/** The one voice an item spoke in, when all its voiced sentences speak for the same single, known side. */
export function oneSideOf(voices: readonly Voice[]): Voice | null {
  const [first] = voices;
  if (first?.sides.length !== 1 || first.sides.includes(UNCLEAR)) return null;
  return voices.every((v) => v.sides.length === 1 && v.sides[0] === first.sides[0]) ? first : null;
}
