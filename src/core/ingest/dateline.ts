// Wire-style datelines at the start of a body paragraph: "BAKU (AFP) -", "YEREVAN, Sept 14 (Reuters) -",
// "MOSCOW, 10 November 2020 /TASS/.", "STEPANAKERT, Nagorno-Karabakh —". They name the outlet and
// sometimes the date, and are not part of what anyone said, so they are cut from the passage text.
import { PAGE_HEAD } from "./pageHeadCues.ts";
import { isoDate, MONTH_PATTERN, monthNumber, parseAbsoluteDate, weekday, WEEKDAYS } from "../dates/calendar.ts";

export interface Dateline {
  /** The agency or outlet in brackets or slashes, if any. */
  outlet: string | null;
  /** The dateline's date when it gives a year ("10 November 2020"), else null. */
  published: string | null;
  /** A month and day with no year ("August 4", "22 April"): the year may be inferred from the body. */
  monthDay?: { month: number; day: number };
  /** The paragraph without its dateline. */
  rest: string;
  /**
   * The credit is a national agency's house style ("BAKU, August 2 /APA/.", "YEREVAN, OCTOBER 5,
   * ARMENPRESS."), not an international wire's brackets ("BAKU (Reuters) -").
   */
  localCredit?: boolean;
  /** The place a house-style dateline written in mixed case gives ("Baku, 16 June, Caspian Herald."). */
  place?: string;
}

/**
 * A place in capitals: "BAKU", "NEW YORK", "STEPANAKERT". A story filed from two cities joins
 * them with a slash: "BAKU/YEREVAN".
 */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:[ /-]\p{Lu}[\p{Lu}'’.-]+){0,3}`;
/** A place as some sites print it: "Baku", "Nagorno-Karabakh", "Baku/Yerevan". Only trusted with an outlet credit. */
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}'’.-]+(?:[ /-]\p{Lu}[\p{L}'’.-]+){0,3}`;
/** What may follow the place after a comma: a country, a date ("Sept 14", "10 November 2020"). */
// ("BAKU, Azerbaijan, Oct. 12": the country may stand between the place and an abbreviated month.)
const QUALIFIER = String.raw`(?:,\s*([^()/\n.!?]{1,40}?|[^()/\n]{1,30}\.\s?\d{1,2}(?:,\s*\d{4})?))?`;
/** "(Reuters)", "(AFP)", "/TASS/", "/ Trend /". */
const CREDIT = String.raw`\s*(?:\(([^()]{1,40})\)|\/\s*([^/]{1,30}?)\s*\/)`;
// A hyphen needs a space on one side: "RHÔNE-ALPES WEEKLY" is a name, "BAKU - " and "BAKU—" datelines.
const DASH = String.raw`\s*\.?\s*(?:[–—]{1,2}|(?<=\s)-{1,2}|-{1,2}(?=\s))\s*`;
/** A credit ends with a dash or a full stop ("/TASS/."): "The ministry (MoD) said" is no dateline. */
const AFTER_CREDIT = String.raw`(?:\s*[-–—]{1,2}|\s*\.(?:\s*[-–—]{1,2})?)\s*`;

const WITH_CREDIT = new RegExp(String.raw`^(?:${CAPS_PLACE}|${TITLE_PLACE})${QUALIFIER}\.?${CREDIT}${AFTER_CREDIT}`, "u");
/**
 * "BAKU, Azerbaijan, Oct. 12 (Absheron News Agency)" on a line of its own: a place in capitals and a
 * date, then the credit, end the line with no dash ("Armenian Foreign Ministry (Twitter)" is a label).
 */
const STANDING_CREDIT = new RegExp(String.raw`^${CAPS_PLACE}${QUALIFIER}\.?${CREDIT}\s*$`, "u");
/**
 * An agency's slashed credit needs no dash or stop when its paragraph ends there or a story's capital
 * follows: "BAKU, July 14 /Trend/" on a line of its own, "BAKU, July 14 /APA/ Two soldiers …".
 * (The empty group keeps the slashed credit where WITH_CREDIT has it.)
 */
const WITH_OPEN_SLASH_CREDIT = new RegExp(String.raw`^(?:${CAPS_PLACE}|${TITLE_PLACE})${QUALIFIER}\.?\s*()\/\s*([^/]{1,30}?)\s*\/(?:\s*$|\s+(?=\p{Lu}))`, "u");
const CAPS_WITH_DASH = new RegExp(String.raw`^${CAPS_PLACE}${QUALIFIER}${DASH}`, "u");

/** The world's wire services, which file from every capital: their dateline is no home of theirs. */
const WORLD_WIRES =
  /^(?:AFP|Agence France-Presse|AP|Associated Press|Reuters|(?:ITAR-)?TASS|RIA(?: Novosti)?|Interfax|Sputnik|Xinhua|Anadolu(?: Agency)?|EFE|dpa|ANSA|Kyodo|UPI|Bloomberg|IRNA|ISNA|Trend|APA|Armenpress|Azertac|News\.am|PAP|CTK|TT|NTB|Ritzau|ANP|Belga|Lusa|AAP)$/i;

/** National agencies put their name last: "YEREVAN, OCTOBER 5, ARMENPRESS." */
const CAPS_CREDIT_LAST = new RegExp(String.raw`^${CAPS_PLACE},\s*([^,()/\n]{3,30}),\s*(\p{Lu}[\p{Lu}\p{N}&-]+(?:\s\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s*`, "u");
/** A place and a date closed by a full stop: "YEREVAN, February 3.", "MOSCOW, 10 November 2020." */
const CAPS_DATE_STOP = new RegExp(
  String.raw`^${CAPS_PLACE},\s*((?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+(?:${MONTH_PATTERN})(?:\s+\d{4})?)\.\s*`,
  "iu",
);
/** A place as sites print it, then a full date with its year and a dash: "Stepanakert, 12 May 1991 – ". */
/** "Baku, 16 June, Caspian Herald. …": a place, a day and month (and year), the outlet's name and a full stop. */
const HOUSE_STYLE = new RegExp(
  String.raw`^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?),\s+(\d{1,2}\s+(?:${MONTH_PATTERN})(?:\s+\d{4})?|(?:${MONTH_PATTERN})\s+\d{1,2}(?:,\s*\d{4})?),\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})\.\s+`,
  "iu",
);
const TITLE_PLACE_DATE = new RegExp(
  String.raw`^${TITLE_PLACE},\s*(\d{1,2}\s+(?:${MONTH_PATTERN})\.?\s+\d{4}|(?:${MONTH_PATTERN})\.?\s+\d{1,2},?\s+\d{4})\s*[-–—]{1,2}\s+`,
  "iu",
);
/** A full date standing between dashes right after a dateline's credit: "29 January 1992 --". */
const DATE_AFTER_CREDIT = new RegExp(
  String.raw`^(\d{1,2}\s+(?:${MONTH_PATTERN})\.?\s+\d{4}|(?:${MONTH_PATTERN})\.?\s+\d{1,2},?\s+\d{4})\s*[-–—]{1,2}\s+`,
  "iu",
);
const HAS_DATE_WORD = new RegExp(String.raw`\d|\b(?:${MONTH_PATTERN})\b`, "i");

/** An outlet credit reads like a name: "AFP", "Reuters", "Al Jazeera", "RFE/RL". */
const OUTLET_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’. -]{0,38}$/u;

/**
 * A wire desk's slug glued to a headline: "FACTBOX-", "EXPLAINER-", "ANALYSIS-", "UPDATE 2-",
 * "EXCLUSIVE-". The slug is a story type, not a place.
 */
const WIRE_SLUG =
  /^(?:FACTBOX|FACT ?BOX|EXPLAINER|ANALYSIS|INSIGHT|EXCLUSIVE|FEATURE|INTERVIEW|TIMELINE|QUOTEBOX|FACTCHECK|FACT CHECK|COLUMN|COMMENTARY|BREAKINGVIEWS|WRAPUP(?: \d+)?|SNAPSHOT|GRAPHIC|POLL|PROFILE|SCENARIOS|WIDER IMAGE|CORRECTED|REFILE|UPDATE(?: \d+)?|RPT|BUZZ|PREVIEW|Q&A|QA|KEY QUOTES)(?:[ -](?:UPDATE \d+|ANALYSIS|EXPLAINER|INTERVIEW))?\s*[-–—:]\s*/u;

/**
 * "THE HARBOUR CHRONICLE (Cape Town) -- Global Affairs": a masthead with its city and its section, no
 * dateline; what follows a dateline is a story, never a short label of capitalised words (a teletype's
 * story in capitals, "THOUSANDS OF VILLAGERS", still is one).
 */
const SECTION_LABEL = /^\p{Lu}\p{Ll}[\p{L}&'’-]*(?:\s+(?:&|and|\p{Lu}\p{Ll}[\p{L}&'’-]*)){0,3}$/u;

/** After a dateline the story starts a sentence: "OSCE - the mediator - said" is no dateline. */
const STORY_START = /^(?:$|[\p{Lu}\p{N}"“‘'«(])/u;

/** Reads and removes a dateline at the start of a paragraph, or returns null when there is none. */
/** An honorific and a surname in capitals open a speech, never a dateline. */
const SPEAKER_LABEL = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Baroness|Senator)\.?\s+\p{Lu}{2,}|THE\s+(?:PRESIDENT|CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER)\b)/u;

export function readDateline(paragraph: string): Dateline | null {
  const text = paragraph.trimStart();
  // "Mr WALTER (United Kingdom) - Thank you, Mr President.": a speaker's label in an assembly's report, not a place.
  if (SPEAKER_LABEL.test(text)) return null;
  const standing = STANDING_CREDIT.exec(text);
  const credited = WITH_CREDIT.exec(text) ?? WITH_OPEN_SLASH_CREDIT.exec(text) ?? (standing && /\d/.test(standing[1] ?? "") ? standing : null);
  if (credited && STORY_START.test(text.slice(credited[0].length)) && !SECTION_LABEL.test(text.slice(credited[0].length).trim())) {
    const outlet = (credited[2] || credited[3] || "").trim();
    // "GENEVA (17 March 2021) –": the brackets hold the date, not an agency.
    const bracketedDate = parseAbsoluteDate(outlet);
    if (bracketedDate && /^[\d\s,.\p{L}]+$/u.test(outlet) && /\d{4}/.test(outlet)) {
      return { outlet: null, published: bracketedDate, rest: text.slice(credited[0].length).trim() };
    }
    if (OUTLET_NAME.test(outlet) && !/\bphoto\b/i.test(outlet)) {
      // An agency in brackets files from abroad when it is one of the world's wires ("BAKU (Reuters)");
      // an agency of its own ("BAKU, Oct. 12 (Absheron News Agency)") is the place's own press.
      const localCredit = !credited[2] || !WORLD_WIRES.test(outlet);
      const rest = text.slice(credited[0].length).trim();
      // "BAKU (Agency) -- 29 January 1992 -- An Azerbaijani helicopter …": the date after the credit, set off by dashes.
      const after = DATE_AFTER_CREDIT.exec(rest);
      const dated = datedBy(credited[1]);
      if (after && !dated.published) return { outlet, published: dateIn(after[1]), rest: rest.slice(after[0].length).trim(), localCredit };
      return { outlet, ...dated, rest, localCredit };
    }
  }
  const last = CAPS_CREDIT_LAST.exec(text);
  if (last && HAS_DATE_WORD.test(last[1] ?? "") && STORY_START.test(text.slice(last[0].length))) {
    return { outlet: last[2] ?? null, ...datedBy(last[1]), rest: text.slice(last[0].length).trim(), localCredit: true };
  }
  const dated = CAPS_DATE_STOP.exec(text);
  if (dated && /^\p{Lu}{3,}/u.test(text) && STORY_START.test(text.slice(dated[0].length))) {
    return { outlet: null, ...datedBy(dated[1]), rest: text.slice(dated[0].length).trim() };
  }
  // "Baku, 16 June, Caspian Herald.", "Yerevan, 5 May 2021, Hayk News.": a national outlet's house style in mixed case.
  const house = HOUSE_STYLE.exec(text);
  // (The pattern ignores case for the month: the place and the outlet must still be capitalised.)
  const capitalised = (words: string | undefined) => (words ?? "").split(/[ -]/).every((w) => /^\p{Lu}/u.test(w));
  if (
    house &&
    capitalised(house[1]) &&
    capitalised(house[3]) &&
    STORY_START.test(text.slice(house[0].length)) &&
    !SECTION_LABEL.test(text.slice(house[0].length).trim())
  ) {
    return { outlet: house[3] ?? null, ...datedBy(house[2]), rest: text.slice(house[0].length).trim(), localCredit: true, place: house[1] ?? "" };
  }
  const placeDated = TITLE_PLACE_DATE.exec(text);
  // The pattern ignores case for the month: the place's words must still be capitalised ("In the city, …" is prose).
  const place = text.slice(0, text.indexOf(","));
  if (placeDated && place.split(/[ /-]/).every((w) => /^\p{Lu}/u.test(w)) && STORY_START.test(text.slice(placeDated[0].length))) {
    return { outlet: null, published: dateIn(placeDated[1]), rest: text.slice(placeDated[0].length).trim() };
  }
  // "FACTBOX-What is happening…", "UPDATE 2-Azerbaijan says…": a wire slug heads a headline, not a dateline.
  if (WIRE_SLUG.test(text)) return null;
  const plain = CAPS_WITH_DASH.exec(text);
  // "U.S. - ..." or an all-caps shout are not datelines: a place has a word of three letters or more.
  // "EVENING BULLETIN - ENGLISH SERVICE" is a programme's name: a story after a dateline has small letters.
  const story = text.slice(plain?.[0].length ?? 0);
  // "TEHRAN CHRONICLE -- International desk": a masthead and its desk, not a place and a story.
  if (plain && /\p{Lu}{3,}/u.test(plain[0]) && STORY_START.test(story) && (story === "" || /\p{Ll}/u.test(story)) && !PAGE_HEAD.desk.test(story.trim())) {
    return { outlet: null, ...datedBy(plain[1]), rest: text.slice(plain[0].length).trim() };
  }
  return null;
}

function dateIn(qualifier: string | undefined): string | null {
  return qualifier ? parseAbsoluteDate(qualifier) : null;
}

/** The date part of a qualifier that names the country first: "Azerbaijan, Oct. 12" → "Oct. 12". */
function datePart(qualifier: string | undefined): string | undefined {
  const parts = (qualifier ?? "").split(",").map((p) => p.trim());
  const at = parts.findIndex((p) => /\d/.test(p));
  return at > 0 ? parts.slice(at).join(", ") : qualifier;
}

const MONTH_THEN_DAY = new RegExp(String.raw`^(${MONTH_PATTERN})\.?\s+(\d{1,2})$`, "i");
const DAY_THEN_MONTH = new RegExp(String.raw`^(\d{1,2})\s+(${MONTH_PATTERN})\.?$`, "i");

/** "August 4", "Aug. 4", "22 April": a month named and a day, with no year. */
function monthDayIn(qualifier: string | undefined): { month: number; day: number } | null {
  const q = (qualifier ?? "").trim().replace(/\.$/, "");
  const md = MONTH_THEN_DAY.exec(q);
  const dm = md ? null : DAY_THEN_MONTH.exec(q);
  const month = monthNumber((md?.[1] ?? dm?.[2] ?? "").replace(/\.$/, ""));
  const day = Number(md?.[2] ?? dm?.[1] ?? 0);
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}

/** The dateline's date: a full one, or the month and day alone for the year to be inferred. */
function datedBy(whole: string | undefined): Pick<Dateline, "published" | "monthDay"> {
  const qualifier = datePart(whole);
  const published = dateIn(qualifier);
  const monthDay = published ? null : monthDayIn(qualifier);
  return monthDay ? { published, monthDay } : { published };
}

/** The years 1800–2099 a text names. */
const YEAR = /\b(1[89]\d{2}|20\d{2})\b/g;
/** "Copyright 1992 …", "© 1994 …", "(c) 2003 …": the year a wire's copyright line gives. */
const COPYRIGHT_YEAR = /(?:\bcopyright|©|\(c\))\s*(19[89]\d|20[0-2]\d)\b/gi;
/** The years a wire story without a year may be from. */
const WIRE_YEARS = { from: 1988, to: 2026 };

/**
 * The year of a dateline's month and day, when the body settles it: its first sentence names the
 * day's weekday ("…said on Thursday"), and exactly one year puts that day on that weekday among the
 * years 1988–2026 that are no earlier than the latest year the text names (a story is not dated
 * before what it reports). Anything less leaves the date unknown (null), never a guess.
 */
export function inferDatelineYear(monthDay: { month: number; day: number }, firstSentence: string, text: string): string | null {
  // "Copyright 1992 Transcaucasus Wire Service" under the story: the wire's own year for it.
  const copyrighted = new Set([...text.matchAll(COPYRIGHT_YEAR)].map((m) => Number(m[1])));
  const [copyrightYear] = [...copyrighted];
  if (copyrighted.size === 1 && copyrightYear !== undefined) return isoDate(copyrightYear, monthDay.month, monthDay.day);
  const named = new Set(
    (firstSentence.toLowerCase().match(/\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/g) ?? []).map((w) => WEEKDAYS.indexOf(w as (typeof WEEKDAYS)[number])),
  );
  if (named.size !== 1) return null;
  const [wanted] = [...named];
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const earliest = Math.max(WIRE_YEARS.from, ...years);
  const fits: string[] = [];
  for (let year = earliest; year <= WIRE_YEARS.to; year++) {
    const iso = isoDate(year, monthDay.month, monthDay.day);
    if (iso && weekday(iso) === wanted) fits.push(iso);
  }
  return fits.length === 1 ? (fits[0] ?? null) : null;
}
