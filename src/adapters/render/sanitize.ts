// Corpus text and user text are untrusted: they must not steer the terminal, format Discord messages
// or look like mentions. (Pings are already blocked by allowedMentions; this keeps the text readable.)

const ZERO_WIDTH_SPACE = "\u200b";

/** Bidi controls (embeddings, overrides, isolates, marks): they can reverse how a line reads. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A surrogate without its pair is not text: Discord shows it as garbage or refuses the payload. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes terminal escape sequences, control and bidi characters, and lone surrogates; keeps newlines and tabs. */
export function plainText(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "") // CSI sequences (colours, cursor moves)
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, "") // OSC sequences (window titles, links)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
    .replace(BIDI_CONTROLS, "")
    .replace(LONE_SURROGATE, "\ufffd");
}

/** Plain text on one line: for labels, titles and list items. */
export function oneLine(text: string): string {
  return plainText(text).replace(/\s+/g, " ").trim();
}

/** Text shown literally in a Discord embed: no markdown, masked links, headings or mention syntax. */
export function discordText(text: string): string {
  return oneLine(text)
    .replace(/[\\*_~`|[\]>#]/g, "\\$&")
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(?=[@#/:]|a:|t:)/g, `<${ZERO_WIDTH_SPACE}`);
}

/** Cuts text to at most max characters, at a word boundary when one is near, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max)).replace(/[\ud800-\udbff]$/, "");
  // Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character).
  const cut = text.slice(0, max - 1).replace(/[\ud800-\udbff]$/, "");
  const space = cut.lastIndexOf(" ");
  // A trailing backslash would escape the ellipsis and show a stray character.
  const base = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/\\+$/, "");
  return `${base.trimEnd()}…`;
}
