// Every match of a global pattern, as `text.matchAll(pattern)` finds them, without the copy of the
// pattern that matchAll makes on each call: on the extraction's hot path (every rule, every
// sentence) that copy cost more than most searches. The pattern's lastIndex is reset first and is
// 0 again when the search ends, so a module's shared pattern can be passed.
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (a code point under the u or v flag), as matchAll does.
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes("v"));
  }
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
