// A catalogue's entry on one dated document, as a finding aid or an archive's list gives it:
//   "Letter, President Levon Ter-Petrosyan to President George H. W. Bush, 27 November 1991, transmitted …"
//   "Cable, U.S. Embassy Moscow to Secretary of State, 24 September 1991."
//   "Memorandum of telephone conversation, President Bush and Prime Minister Suleyman Demirel, 11 May 1992"
// The entry names the document's parties and its day: what the paragraphs under it say was said, was
// said on that day, by the parties as the entry names them.

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const DESCRIBED_DOCUMENT = new RegExp(
  String.raw`^(?:(?:box|folder|item|file)\s+[\w.,\s-]{1,20}?[.:]\s+)?(?:cable|telegram|letter|memorandum|memo|minutes|note|aide-m[ée]moire|dispatch|despatch|message|record|transcript|report)\b[^.;,]{0,60}?,\s(?<parties>[^;]{3,200}?),\s(?<day>\d{1,2})\s(?<month>${MONTHS})\s(?<year>(?:19|20)\d{2})\b`,
  "iu",
);
/** "X to Y" (the writer first), "X and Y" (both sides of a conversation). */
const PARTIES = /^(?<from>.+?)\s+(?:to|and)\s+(?<to>.+)$/i;

export interface DescribedDocument {
  /** YYYY-MM-DD */
  date: string;
  /** The parties as the entry names them, the writer first ("U.S. Embassy Moscow", "Secretary of State"). */
  parties: string[];
}

/** The document a paragraph opens by describing, or null. */
export function describedDocument(paragraph: string): DescribedDocument | null {
  const g = DESCRIBED_DOCUMENT.exec(paragraph.trim())?.groups;
  if (!g) return null;
  const month = MONTHS.split("|").indexOf((g.month ?? "").toLowerCase()) + 1;
  const date = `${g.year}-${String(month).padStart(2, "0")}-${String(Number(g.day)).padStart(2, "0")}`;
  const named = PARTIES.exec(g.parties ?? "")?.groups;
  return { date, parties: named ? [named.from ?? "", named.to ?? ""].map((p) => p.trim()) : [(g.parties ?? "").trim()] };
}
