// Places a sentence names only as where its speaker sits: "the Health Ministry in Baku said 192
// servicemen had died", "told a news conference in Yerevan that …". A toll or a denial told from a
// capital is not of an event in that capital, so such a place does not make the sentence another
// place's answer.
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import { defaultGazetteer, placesIn } from "../attribution/gazetteer.ts";
import { tokenize } from "../attribution/tokens.ts";
import seatsData from "./speakerSeats.json" with { type: "json" };

const words = z.array(z.string().regex(/^[a-z]+$/)).min(1);
const SEATS = parseDataFile("speakerSeats.json", z.object({ bodies: words, verbs: words, audiences: words }), seatsData);

/** A word list as an alternation, each word also capitalised (the names after it must be capitalised, so no "i" flag). */
const either = (list: readonly string[]): string => list.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join("|");
/** A capitalised place name of one to three words. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/** "officials in Yerevan", "the ministry in Baku"; "told reporters in Moscow", "said at a briefing in Baku". */
const SEAT = new RegExp(
  String.raw`\b(?:(?:${either(SEATS.bodies)})|(?:${either(SEATS.verbs)})\s+(?:(?:to|at|a|an|the|his|her|their|its)\s+){0,2}(?:[\p{L}-]+\s+)?(?:${either(SEATS.audiences)}))\s+in\s+(${NAME})`,
  "gu",
);

/** The places the sentence names other than as its speaker's seat. */
export function placesBeyondSeats(text: string): string[] {
  if (!/\bin\s+\p{Lu}/u.test(text)) return placesIn(defaultGazetteer, tokenize(text));
  const rest = text.replace(SEAT, (whole, name: string) => whole.slice(0, whole.length - name.length));
  return placesIn(defaultGazetteer, tokenize(rest));
}
