// A quotation of several sentences ('"We are ready. We will answer any attack," he said.') is split
// into its sentences, and each of them is the speaker's: the one who opens it ('Stepanyan: "…')
// or the one named after it ('…," he said.'). This tracks, sentence by sentence within a
// paragraph, whether a sentence starts inside a quotation opened before it.

/** Quote marks that open or close a quotation; “ and ” are both toggles, as the splitter counts them. */
const QUOTE_TOGGLE = /["\u201C\u201D\u201E«»]/g;

const toggles = (text: string): number => text.match(QUOTE_TOGGLE)?.length ?? 0;

export interface QuotationTracker {
  /** Whether the next sentence starts inside a quotation opened by an earlier one. */
  readonly inside: boolean;
  /** Reads past one sentence of the paragraph. */
  pass(sentence: string): void;
}

/**
 * Tracks one paragraph. Where its quote marks do not pair up, openers and closers cannot be told
 * apart (the splitter then ignores them too), and no sentence is read as inside a quotation.
 */
export function trackQuotations(paragraph: string): QuotationTracker {
  const paired = toggles(paragraph) % 2 === 0;
  let open = false;
  return {
    get inside() {
      return paired && open;
    },
    pass(sentence) {
      if (toggles(sentence) % 2 === 1) open = !open;
    },
  };
}

/**
 * The sentence as attribution should read it, with the quote marks it lost to the split: one that
 * starts inside a quotation gets its opening mark ('“They will pay,” he said.': the verb after the
 * closing mark is still the speaker's), one that ends inside gets a closing mark ('“Azerbaijan says
 * it won.”': the words inside are the quoted party's, not the sentence's speaker).
 */
export function asQuoted(sentence: string, insideBefore: boolean, insideAfter: boolean): string {
  return `${insideBefore ? "“" : ""}${sentence}${insideAfter ? "”" : ""}`;
}
