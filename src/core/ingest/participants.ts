// A memorandum of conversation lists who took part, by delegation, above what each said:
//   PARTICIPANTS:
//   U.S.: The President; [redacted]; [redacted], notetaker
//   Azerbaijan: President Heydar Aliyev; [redacted]; interpreter
// The list is the record's furniture, and the key to its speakers: "The President" of a White House
// memcon is the US president, whoever else the page calls president.
import type { Passage } from "../types.ts";

/** "PARTICIPANTS:", "Participants" standing alone over the list. */
const LIST_LABEL = /^(?:\*\*)?(?:participants|present|attendees)(?:\*\*)?\s*:?\s*(?:\*\*)?$/i;
/** "U.S.: The President; …": a delegation's name, a colon, its members parted by semicolons. */
const DELEGATION_LINE = /^(?<party>\p{Lu}[\p{L}.'’ -]{1,30}?)\s*:\s*(?<members>.+)$/u;
/** How many delegations a list gives at most. */
const MAX_DELEGATIONS = 6;
/** A member's role after the name ("[redacted], notetaker"), or a member the list does not name. */
const ROLE_AFTER = /,\s*(?:notetaker|note-taker|interpreter|translator|aide|adviser|advisor)\s*$/i;
const UNNAMED = /^(?:\[[^\]]*\]|notetaker|note-taker|interpreter|translator|aide|adviser|advisor|staff)$/i;

/** The participants a list names, each with the delegation it names them under; null when the page has no such list. */
export function readParticipants(passages: readonly Passage[]): Record<string, string> | null {
  const at = passages.findIndex((p) => LIST_LABEL.test(p.text.trim()));
  if (at < 0) return null;
  const found: Record<string, string> = {};
  for (const passage of passages.slice(at + 1, at + 1 + MAX_DELEGATIONS)) {
    const m = DELEGATION_LINE.exec(passage.text.trim());
    const party = m?.groups?.party?.trim();
    if (!m || !party) break;
    for (const member of (m.groups?.members ?? "").split(";")) {
      const name = member.replace(ROLE_AFTER, "").trim();
      if (name !== "" && !UNNAMED.test(name)) found[name] = party;
    }
  }
  return Object.keys(found).length > 0 ? found : null;
}
