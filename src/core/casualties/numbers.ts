// Numbers as news copy writes them: digits ("5,000", "1.5 million") and words
// ("five", "twenty-one", "a dozen", "two hundred and fifty"), plus the hedges
// ("at least", "more than", …) that the gold data keeps apart from the figure.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000 };

const WORD = `(?:${[...Object.keys(UNITS), "hundred", "thousand", "million", "dozen"].join("|")})`;
// ("over 3 900 Armenian … military": thousands set off by a space, as the Council of Europe and much of
// Europe print them, thin or no-break spaces included; never after another digit, "in 1992 300 died".)
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])|\d+(?:\.\d+)?`;

/**
 * A number in digits or words, as a regex source without groups. "and" is only allowed
 * after a scale word ("two hundred and fifty") so that "two and three" stays two numbers;
 * a leading "a" only before a scale word ("a dozen", "a hundred").
 */
export const NUMBER_PATTERN =
  `(?:(?:${DIGITS})(?:\\s+(?:hundred|thousand|million))?(?![\\w-])` +
  `|(?:an?\\s+(?=(?:hundred|thousand|million|dozen)\\b))?${WORD}(?:[\\s-]+${WORD})*` +
  `(?:(?<=hundred|thousand|million)\\s+and\\s+${WORD}(?:[\\s-]+${WORD})*)?\\b(?!-))`;

/** Hedges kept as the figure's qualifier, longest first so "no fewer than" wins over "no". */
export const QUALIFIER_PATTERN =
  // ("not less than 450 killed", as ministries write "at least".)
  "no fewer than|no less than|not fewer than|not less than|not more than|more than|fewer than|less than|at least|at most|up to|as many as|" +
  // ("a reported 4,025 fighters": the outlet's own hedge on a figure whose source it does not name.)
  "upwards of|close to|an estimated|a reported|nearly|almost|some|about|around|over|approximately|roughly|" +
  // "killing all 12 people on board", "for the loss of just 27 soldiers": the number itself.
  "all|just|only|a mere";

/** The figure a number phrase names, or null when it is not a number. */
export function parseNumberPhrase(phrase: string): number | null {
  const text = phrase.trim().toLowerCase();
  if (SPACED_THOUSANDS.test(text)) return Number(text.replace(/\s/g, ""));
  if (/^[\d.,]+(?:\s+(?:hundred|thousand|million))?$/.test(text)) return parseDigits(text);
  return parseWords(text);
}

/** "3 900", "12 500": digits grouped in thousands by spaces. */
const SPACED_THOUSANDS = /^\d{1,3}(?:\s\d{3})+$/;

function parseDigits(text: string): number | null {
  const [digits = "", scale] = text.split(/\s+/);
  const value = Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  return Math.round(value * (scale ? (SCALES[scale] ?? 1) : 1));
}

function parseWords(text: string): number | null {
  const tokens = text.split(/[\s-]+/).filter((t) => t !== "and");
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, token] of tokens.entries()) {
    if ((token === "a" || token === "an") && i === 0) {
      current = 1;
      continue;
    }
    if (token in UNITS) {
      current += UNITS[token] ?? 0;
      seen = true;
      continue;
    }
    if (token === "dozen") {
      current = (current || 1) * 12;
      seen = true;
      continue;
    }
    if (token === "hundred") {
      current = (current || 1) * 100;
      seen = true;
      continue;
    }
    const scale = SCALES[token];
    if (scale === undefined) return null;
    total += (current || 1) * scale;
    current = 0;
    seen = true;
  }
  return seen ? total + current : null;
}

/** The qualifier as stored on a figure: lower case, single spaces. */
export function normalizeQualifier(text: string | undefined): string | null {
  const q = text?.trim().toLowerCase().replace(/\s+/g, " ");
  return q ? q : null;
}
