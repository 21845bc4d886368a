// Who did the deed a question asks about ("how many prisoners did Armenia free"), against who does
// it in a sentence ("the Armenian authorities released 27 prisoners", "the Karabakh authorities
// freed 15"): where nobody in the sentence speaks for the asked side, the side that acts in it says
// whether it tells the asked side's deed or another's (a camp is not one actor: Yerevan and
// Stepanakert freed prisoners on different days).
import { defaultGazetteer } from "../attribution/gazetteer.ts";
import { tokenize, type Token } from "../attribution/tokens.ts";
import { UNCLEAR } from "../sides/sides.ts";
import type { Side } from "../types.ts";

/** "Did Armenia say", "has Baku claimed": a speech verb after the side asks its word, not a deed. */
const SPEECH =
  /^(?:say|says|said|claim\w*|report\w*|announc\w*|state\w*|deny|denied|denies|admit\w*|confirm\w*|tell|told|call\w*|describ\w*|blam\w*|accus\w*|respond\w*|react\w*|repl\w*|warn\w*|insist\w*|acknowledg\w*|reject\w*|give|gave|put|estimat\w*|count\w*)$/;
const AUXILIARY = /^(?:did|does|do|has|have|had|will|would)$/;
/** Nouns between a side's name and its verb: "the Armenian authorities released", "Azerbaijani border guards freed". */
const BODY = /^(?:authorities|government|forces|troops|army|side|officials|police|units|border|guards|military|leadership|ministry)$/;
/** A finite verb of a deed right after its subject: "released", "freed", "handed", "took", "gave back". */
const DEED = /^(?:\w+ed|took|gave|made|sent|let|set|shot|hit|struck|won|lost|left|held|began|fought|brought|kept)$/;

/** An adverb of time that may stand between a doer and its deed. */
const TIME_ADVERB = /^(?:then|later|also|again|soon|subsequently|immediately|promptly|eventually|finally|first|briefly|temporarily)$/;

/** The side that does the deed a question asks about ("did Armenia free …"), or null when it asks what a side said. */
export function questionDoer(text: string): Side | null {
  const tokens = words(text);
  for (const m of defaultGazetteer.match(tokens)) {
    const side = m.entry.side;
    if (!side || side === UNCLEAR || !AUXILIARY.test(tokens[m.start - 1]?.norm ?? "")) continue;
    const verb = tokens[m.end]?.norm ?? "";
    return verb && !SPEECH.test(verb) ? side : null;
  }
  return null;
}

/** The side named as the subject of a deed in a sentence ("the Armenian authorities released …"), or null. */
export function sentenceDoer(text: string): Side | null {
  const tokens = words(text);
  for (const m of defaultGazetteer.match(tokens)) {
    const side = m.entry.side;
    if (!side || side === UNCLEAR) continue;
    let at = m.end;
    while (at < m.end + 2 && BODY.test(tokens[at]?.norm ?? "")) at++;
    // "Azerbaijan then suspended …", "the army later freed …": an adverb of time between the doer and the deed.
    if (TIME_ADVERB.test(tokens[at]?.norm ?? "")) at++;
    if (DEED.test(tokens[at]?.norm ?? "")) return side;
  }
  return null;
}

/** How far into a sentence its subject may stand: "On Monday, the Government of Azerbaijan rejects …". */
const SUBJECT_REACH = 8;
/** Words between a side's name and its speech verb: "Azerbaijan's foreign ministry said", "the Government of Azerbaijan rejects". */
const SPEAKING_BODY =
  /^(?:s|authorities|government|foreign|defen[cs]e|ministry|officials|side|leadership|president|presidency|spokes(?:man|woman|person)|office|mfa|mod)$/;
/** A speech verb in the present or the past: "rejects", "said", "denies". */
const SPEECH_FINITE =
  /^(?:says|said|claims|claimed|reports|reported|announces|announced|states|stated|denies|denied|admits|admitted|confirms|confirmed|rejects|rejected|insists|insisted|maintains|maintained|argues|argued|contends|contended|responds|responded|replies|replied|warns|warned|accuses|accused|calls|called|describes|described|blames|blamed)$/;

/** A position held over time anywhere in a text ("have for years listed"), to the same end. */
const POSITION_IN_TEXT = /\b(?:has|have|had)\s+(?:\w+\s+){1,3}?(?:listed|proposed|urged|insisted|maintained)\b/i;
/** The same verbs anywhere in a text, to let most sentences go without tokenizing them. */
const SPEECH_IN_TEXT = new RegExp(`\\b(?:${SPEECH_FINITE.source.slice(1, -1)}|declined|refused)\\b`, "i");

/**
 * The side whose word a sentence relays as its subject, in a page whose issuer speaks every line (a
 * UN report's "The Government of Azerbaijan rejects the accusation", "Baku says …"): the side said
 * it, though the claim is the issuer's. Null when the sentence opens with no side speaking.
 */
export function relayedSide(text: string): Side | null {
  // Most sentences hold no speech verb at all: they are let go before the gazetteer is read.
  if (!SPEECH_IN_TEXT.test(text) && !POSITION_IN_TEXT.test(text)) return null;
  const tokens = words(text);
  for (const m of defaultGazetteer.match(tokens)) {
    if (m.start >= SUBJECT_REACH) break;
    const side = m.entry.side;
    if (!side || side === UNCLEAR) continue;
    let at = m.end;
    while (at < m.end + 3 && SPEAKING_BODY.test(tokens[at]?.norm ?? "")) at++;
    if (SPEECH_FINITE.test(tokens[at]?.norm ?? "") || heldPosition(tokens, at) || perfectSpeech(tokens, at) || declinedToSay(tokens, at)) return side;
  }
  return null;
}

/** "Azerbaijan's Defence Ministry has denied …", "Baku had said …": the speech verb after its auxiliary. */
function perfectSpeech(tokens: readonly Token[], at: number): boolean {
  return PERFECT.test(tokens[at]?.norm ?? "") && SPEECH_FINITE.test(tokens[at + 1]?.norm ?? "");
}

/** "The Azerbaijani MOD declined to confirm or deny the reports": the body's word is that it would not say. */
const WOULD_NOT_SAY = /^(?:confirm|deny|comment|say)$/;

function declinedToSay(tokens: readonly Token[], at: number): boolean {
  return /^(?:declined|refused)$/.test(tokens[at]?.norm ?? "") && tokens[at + 1]?.norm === "to" && WOULD_NOT_SAY.test(tokens[at + 2]?.norm ?? "");
}

/** "Have long", "has for years", "have repeatedly": a perfect that tells a position held over time. */
const PERFECT = /^(?:has|have|had)$/;
const OVER_TIME = /^(?:long|repeatedly|consistently|always|for|years|decades|often|publicly)$/;
/** What a body does in holding a position: said it, listed it among its principles, proposed it, urged it. */
const POSITION_VERB = /^(?:said|claimed|stated|insisted|maintained|argued|called|urged|listed|proposed|described|warned)$/;

/** "The co-chairs have for years listed the right to return …": the body's stated position, as its word. */
function heldPosition(tokens: readonly Token[], at: number): boolean {
  if (!PERFECT.test(tokens[at]?.norm ?? "")) return false;
  let verb = at + 1;
  while (verb < at + 4 && OVER_TIME.test(tokens[verb]?.norm ?? "")) verb++;
  return verb > at + 1 && POSITION_VERB.test(tokens[verb]?.norm ?? "");
}

function words(text: string): Token[] {
  return tokenize(text).filter((t) => t.isWord);
}
