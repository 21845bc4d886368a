// A leader's side changes with his office: Kocharyan spoke for Karabakh in 1995, for Armenia in
// 2005 and for himself, an opposition leader, in 2021. Which leaders and which terms is data
// (gazetteer.json "termsOfOffice"); the text's publication date says which term a voice is from.
import { UNCLEAR } from "../sides/sides.ts";
import type { Voice } from "./attributeSentence.ts";
import type { Gazetteer } from "./gazetteer.ts";

/** An office named with the leader: "Karabakh leader Robert Kocharyan" in a retrospective is the office's. */
const OFFICE = /\b(?:president|leader|minister|premier|speaker|commander|head of|chief of)\b/i;
/** A body of no state whose office a leader may hold: "the Front's leader", "head of the opposition bloc". */
const NON_STATE_BODY = /\b(?:front|party|movement|opposition|bloc|faction|alliance)\b/i;
/** People a leader's name owns, who speak for themselves, not in his term: "Mutalibov's supporters", "Kocharyan's lawyers". */
const OWNED_PEOPLE =
  /['’]s\s+(?:supporters|followers|loyalists|sympathi[sz]ers|admirers|critics|opponents|rivals|detractors|allies|backers|lawyers?|attorneys?|sons?|daughters?|wife|widow|brothers?|sisters?|family|relatives)\b/i;
/** A year a sentence names: "in 1997", "in 1995". */
const YEAR = /\b(?:19|20)\d{2}\b/g;
/** "in 1997" timing what was said, not an office held: never after "from", "since", "until", never before "a leader …". */
const SPOKEN_IN_YEAR = /(?<!\b(?:from|since|until|between|to|and)\s)\bin ((?:19|20)\d{2})\b(?!\s*(?:[-–]|to\b|and\b|an?\s|the\s|as\s))/g;
/** How far from the leader's name an office beside it may stand (a title before it, an apposition after it). */
const TITLE_REACH = 30;
const APPOSITION_REACH = 70;

/** The office the sentence names right beside the speaker's name, or in the speaker's own words. */
function officeBeside(speaker: string, sentence: string): boolean {
  if (OFFICE.test(speaker) && !NON_STATE_BODY.test(speaker)) return true;
  const surname = speaker.split(/\s+/).at(-1) ?? "";
  const at = surname.length > 2 ? sentence.indexOf(surname) : -1;
  const beside = at >= 0 ? sentence.slice(Math.max(0, at - TITLE_REACH), at + surname.length + APPOSITION_REACH) : "";
  return OFFICE.test(beside) && !NON_STATE_BODY.test(beside);
}

/**
 * "Former president Kocharyan", "ex-premier", "Mutalibov, who resigned as president", "the ousted
 * leader": the text itself puts the office in the past.
 */
// (Not "stepped down as president, saying …": what he said as he left, he said in office.)
const FORMER = /\b(?:former|ex-|ousted|deposed|(?:resigned|stepped down|quit) as\b(?![^.;]*,\s*(?:saying|telling|citing|announcing)\b))/i;

/**
 * The voices, each leader's side set to the one his office gave him when the text was published;
 * a speaker named with an office the sentence does not call former keeps the side the office gives.
 */
export function withSidesInOffice(voices: Voice[], published: string | null, gazetteer: Gazetteer, sentence: string): Voice[] {
  if (published === null) return voices;
  return voices.map((v) => {
    // Two sides are a pair the sentence named ("Aliyev and Kocharyan said"); unclear stays unclear.
    const [only] = v.sides;
    if (v.sides.length !== 1 || OWNED_PEOPLE.test(v.speaker)) return v;
    // ("In 1995 Gorbachev, by then out of office, said": a leader we could not place speaks for himself
    // outside every term; inside one, what left him unclear still stands.)
    // ("Ter-Petrosyan made the same case in his essay in 1997": a year the sentence names inside a term leaves it open.)
    if (only === UNCLEAR) {
      const outOfOffice = gazetteer.sideInOffice(v.speaker, published) === "other" && !officeBeside(v.speaker, sentence);
      const inTermNamed = (sentence.match(YEAR) ?? []).some((year) => gazetteer.sideInOffice(v.speaker, `${year}-07-01`) !== "other");
      return outOfOffice && !inTermNamed ? { ...v, sides: ["other"] } : v;
    }
    // ("Ter-Petrosyan made the same case in his essay in 1997", read in 2020: the year the sentence names is
    // inside his term, and the side is that term's.)
    // (Not a year that dates an office: "who served as foreign minister from 1998 to 2008", "in 1992 a leader of …".)
    const inNamedYear = [...sentence.matchAll(SPOKEN_IN_YEAR)].map((m) => gazetteer.sideInOffice(v.speaker, `${m[1]}-07-01`)).find((s) => s && s !== "other");
    if (inNamedYear) return inNamedYear === only ? v : { ...v, sides: [inNamedYear] };
    // (The gazetteer's leaders first: most speakers are none of them, and the office needs no looking for.)
    const inOffice = gazetteer.sideInOffice(v.speaker, published);
    if (!inOffice || inOffice === only) return v;
    return officeBeside(v.speaker, sentence) && !FORMER.test(sentence) ? v : { ...v, sides: [inOffice] };
  });
}
