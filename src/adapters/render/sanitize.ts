// Corpus text and user text are untrusted: they must not steer the terminal, format Discord messages
// or look like mentions. (Pings are already blocked by allowedMentions; this keeps the text readable.)

const ZERO_WIDTH_SPACE = "\u200b";

/** Removes terminal escape sequences and control characters; keeps newlines and tabs. */
export function plainText(text: string): string {
  return text
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "") // CSI sequences (colours, cursor moves)
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, "") // OSC sequences (window titles, links)
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
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
  if (max <= 1) return text.slice(0, Math.max(0, max));
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // A trailing backslash would escape the ellipsis and show a stray character.
  const base = (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/\\+$/, "");
  return `${base.trimEnd()}…`;
}
