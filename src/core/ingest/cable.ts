// A US diplomatic cable, told by its slug and its classified paragraphs: whose report it is.
import type { Passage } from "../types.ts";

/**
 * A US diplomatic cable ("C O N F I D E N T I A L SECTION 01 OF 02 BAKU 000231", "SIPDIS",
 * "E.O. 12958", "SUBJECT:"): the embassy that sent it reports everything in it, whoever it relays (where it
 * relays a speaker of another side, attribution leaves the side unclear: `internalRecord`).
 */
export function cableIssuer(passages: readonly Passage[]): string | null {
  const head = passages.slice(0, CABLE_HEAD_REACH).map((p) => p.text.trim());
  const post = head.map((t) => CABLE_SLUG.exec(t)?.[1]).find((city) => city !== undefined);
  if (!post || !passages.some((p) => CABLE_PARAGRAPH.test(p.text))) return null;
  return `the US Embassy in ${post.charAt(0)}${post.slice(1).toLowerCase()}`;
}

const CABLE_HEAD_REACH = 10;
/** The cable's classification, section and number, with the post that sent it. */
const CABLE_SLUG =
  /^(?:C\s?O\s?N\s?F\s?I\s?D\s?E\s?N\s?T\s?I\s?A\s?L|S\s?E\s?C\s?R\s?E\s?T|UNCLAS(?:SIFIED)?|LIMITED OFFICIAL USE)(?:\s+SECTION\s+\d{1,2}\s+OF\s+\d{1,2})?\s+([A-Z]{3,})\s+\d{5,6}$/;
/** A cable's paragraph marked with its own classification: "1. (C) Summary: …", "(SBU) …". */
const CABLE_PARAGRAPH = /^(?:\d{1,2}\.\s*)?\((?:C|S|U|SBU|C\/\/NF|S\/\/NF|C\/NF|S\/NF)\)\s/;
