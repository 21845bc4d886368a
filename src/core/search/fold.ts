// Folds text so that the same word always looks the same: case, diacritics,
// typographic quotes and dashes, and the Azerbaijani letters that NFKD does not decompose.

const LETTERS_NFKD_KEEPS: Record<string, string> = { ə: "a", ı: "i", ß: "ss", ø: "o", ł: "l", đ: "d", æ: "ae", œ: "oe" };
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS_NFKD_KEEPS).join("")}]`, "g");

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(LETTER_PATTERN, (letter) => LETTERS_NFKD_KEEPS[letter] ?? letter)
    .replace(/[\u2018\u2019\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-");
}
