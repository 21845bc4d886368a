// Live blogs: a stream of entries, each headed by its time stamp, between a headline, key points
// and background. A reader view keeps the longest run of entries and drops the stamps (often in
// an element named "header"), the key points and the background, so a live page is taken whole
// from its main element instead (its furniture already stripped), stamps and all.

/** Entries with a stamp at their head that make a page a live blog, as the core's genre rule counts them. */
const MIN_ENTRIES = 3;

/** The element that holds the live blog's text, or null when the page is not a live blog. */
export function liveBlogContainer(document: Document): Element | null {
  const entries = stampedEntries(document);
  if (entries.length < MIN_ENTRIES) return null;
  const common = commonAncestor(entries);
  return common?.closest("main, [role='main']") ?? common?.parentElement?.closest("article") ?? document.querySelector("main, [role='main']") ?? common;
}

/** Elements whose first element inside is a <time> and that hold a paragraph: "19:52 GMT — Truce announced …". */
function stampedEntries(document: Document): Element[] {
  const entries = new Set<Element>();
  for (const time of document.querySelectorAll("time")) {
    let entry: Element | null = time.parentElement;
    // Up through the entry's header: the stamp is the first thing in it, level by level.
    while (entry && firstElement(entry) !== null && isFirstInside(time, entry) && entry.querySelector("p") === null) entry = entry.parentElement;
    if (entry && entry.tagName !== "BODY" && isFirstInside(time, entry) && entry.querySelector("p") !== null) entries.add(entry);
  }
  return [...entries];
}

function firstElement(element: Element): Element | null {
  return element.firstElementChild;
}

/** True when `time` is reached from `ancestor` by always taking the first element child. */
function isFirstInside(time: Element, ancestor: Element): boolean {
  let node: Element | null = ancestor;
  while (node && node !== time) node = node.firstElementChild;
  return node === time;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0]?.parentElement ?? null;
  while (common && !elements.every((element) => common?.contains(element))) common = common.parentElement;
  return common;
}
