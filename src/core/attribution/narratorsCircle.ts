// First-person texts (diaries, letters home, oral histories, a reporter's notebook) are full of
// speech that is nobody's claim: what the narrator's husband or colleague said in the basement, what a
// stranger asked the narrator to write down, what "somebody behind me" said. The narrator stands where
// an outlet stands, so what officials told them stays the officials' claim; but the narrator's own
// company talking to them, and speech with no one behind it, is colour. Each rule here names a verb of
// saying that speaks for no one in the text.
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import { textOf } from "./mentions.ts";
import type { VerbHit } from "./speechVerbs.ts";
import type { Token } from "./tokens.ts";

export const NARRATOR_RULES = {
  // The subject of the verb's clause, up to the verb: one of the narrator's own people. (Their opinions,
  // "My friend said the real difficulty was the maps", are a private person's claim like any stranger's;
  // only the scene's dialogue is colour: see `dialogue`.)
  ownCompany: {
    pattern:
      /^(?:(?:[Aa]nd|[Tt]hen|[Ll]ater|[Oo]nce)\s+)?(?:(?:[Oo]ne|[Tt]wo|[Ss]ome|[Bb]oth|[Aa]ll|[Ss]everal|[Mm]any|[Mm]ost)\s+of\s+)?(?:[Mm]y|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:husband|wife|mother|father|son|daughter|brother|sister|grand\p{Ll}+|uncle|aunt|cousin|nephew|niece|parents|family|children|kids|neighbou?rs?|friends?|colleagues?|nurses?|doctors?|patients?|drivers?|landlady|landlord|hosts?|fixer|interpreter|translator|classmates?|pupils?|students?|teachers?|boss|companions?|comrades?)(?![\p{L}'’])[^\p{Lu}]*$/u,
    examples: ["My colleague", "My husband came down and", "One of our nurses", "my older sister", "Then my neighbours"],
    counterExamples: [
      "Our correspondent",
      "My source in the ministry",
      "The minister's colleague",
      "Our colleagues at the Office for the Coordination of Humanitarian Affairs",
    ],
  },
  // What follows the verb: words of the scene set down without quotation marks ("said, it is the drills
  // upstairs"), or no words at all ("said almost the same thing to me").
  dialogue: {
    pattern: /^,\s*(?!["“«])\p{Ll}|^\s*(?:almost\s+|much\s+|exactly\s+)?the\s+same(?:\s+thing)?\b/u,
    examples: [", it is the drills upstairs, and we", ", that's it, they've signed", "almost the same thing to me"],
    counterExamples: [" the real difficulty was not the numbers", ', "We will not leave."', ", however, that the talks had failed"],
  },
  // The subject is someone the text does not name: "A woman in her seventies, who …,", "A sergeant's mother".
  stranger: {
    pattern: /^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he\s+same)\s+(?:[\p{Ll}'’-]+[\s,]+){0,24}$/u,
    examples: ["A woman in her seventies, who had spent two nights in a cellar with her neighbours, ", "A sergeant's mother ", "An old man "],
    counterExamples: ["A spokesman for the Armenian Defence Ministry ", "Ombudsman Artak Beglaryan "],
  },
  // A stranger who holds an office is a source, whoever they speak to: "A spokesman asked me to …".
  official: {
    pattern:
      /\b(?:spokes(?:man|woman|person)|officials?|officers?|minist(?:er|ry)|commanders?|soldiers?|generals?|diplomats?|envoys?|ambassadors?|mayor|governor|deputy|aides?|representatives?|prosecutors?|police(?:man|woman)?)\b/i,
    examples: ["A spokesman ", "A senior official in Baku "],
    counterExamples: ["A sergeant's mother ", "An old man "],
  },
  // What follows an asking verb: the narrator, asked to do something ("asked me to send her the picture").
  // A request of the narrator is no claim; what a stranger told the narrator ("told me that …") is one.
  askedOfNarrator: {
    pattern: /^(?:me|us)\s+(?:(?:not|also|again)\s+)?to\s+\p{Ll}/iu,
    examples: ["me to send her the picture", "us to write down that she was not leaving"],
    counterExamples: ["me that he had stood in the square", "the mediators to intervene"],
  },
  // "Both asked us to use only their first names": a request about how they are named, no claim.
  namingRequest: {
    pattern:
      /^(?:(?:me|us|them|reporters|journalists|the\s+\w+)\s+)?(?:not\s+to\s+(?:use|give|print|publish)|to\s+(?:use|give|print|publish)\s+only|to\s+(?:withhold|change))\b[^.;]{0,30}\bnames?\b/i,
    examples: ["us to use only their first names", "not to use their full names", "the archive to change her name"],
    counterExamples: ["us to write down that she was not leaving", "the sides to use restraint"],
  },
  // The words right before the verb: nobody in particular ("somebody behind me said", "anybody has written").
  indefinite: {
    pattern:
      /\b(?:somebody|someone|anybody|anyone)\b(?:\s+(?:else|behind\s+\w+|from\s+\w+|in\s+the\s+\w+))?(?:\s+(?:has|had|have|would|will|once|then|later|just))*\s*$/i,
    examples: ["somebody behind me ", "that somebody from outside has ", "anybody has ", "and somebody else "],
    counterExamples: ["Somebody's house was hit and the ministry ", "the spokesman "],
  },
  // "what they told us", "what the authorities and investigators said at the time": the words stand for
  // what was said, which the sentence does not give ("what Armenia said was an attack" does: see `statedAfter`).
  freeRelative: {
    pattern: /[\p{L},]\s+what\s+(?:(?:the\s+)?[\p{L}'’-]+\s+){1,4}$/iu,
    examples: ["summarises what they ", "next to what the authorities and investigators "],
    counterExamples: ["the ministry said that ", "What Pashinyan "],
  },
  statedAfter: {
    // (Or the words themselves after a colon: "repeated what he told journalists last week: \"…\"".)
    pattern: /^\s*(?:was|were|is|are|had|has|would|will|amounted)\b|^[^.;]*:/i,
    examples: [" was an attack on the town", " were drones", " journalists last week: The two events"],
    counterExamples: [" at the time", " us"],
  },
  // "things to say to each other", "nothing to say": an infinitive after what there was to say, not speech.
  nothingToSay: {
    pattern: /\b(?:things|nothing|something|anything|much|little|words)\s+(?:left\s+)?to\s*$/i,
    examples: ["we had run out of batteries, cigarettes and things to ", "there was nothing to "],
    counterExamples: ["the ministry went on to ", "Baku has yet to "],
  },
  // "in the way the statement promised": a manner clause, not what the statement said.
  mannerClause: {
    pattern: /\b(?:in\s+)?the\s+way\s+(?:(?:the\s+)?[\p{L}'’-]+\s+){1,3}$/iu,
    examples: ["Our office was never expanded in the way the statement "],
    counterExamples: ["The ministry said on the way to the talks that "],
  },
} satisfies RuleTable<string>;

const CUES = patternsOf(NARRATOR_RULES);

/** Verbs of asking someone to do something. */
const ASKING: ReadonlySet<string> = new Set(["asked", "asks", "ask", "begged", "begs", "urged", "urges"]);

/** Verbs of saying and telling whose object may be a free relative's "what". */
const SAYING: ReadonlySet<string> = new Set(["said", "say", "says", "told", "tell", "tells", "wrote", "write", "writes"]);

/** A possessor before the noun it owns: "A soldier's widow" is no soldier. */
const POSSESSOR = /\p{L}+['’]s\b/gu;

/** How many words before the verb its clause's subject is read in. */
const SUBJECT_REACH = 30;
/** How many words after the verb the narrator, spoken to, is looked for in. */
const OBJECT_REACH = 10;

/**
 * True when the verb speaks for no one the text cites: the narrator's own people or a stranger talking to
 * the narrator, a request about names, "somebody", a free relative, "nothing to say", a manner clause.
 * Only an unquoted verb: inside quotation marks the words are someone's own.
 */
export function isNarratorsCircle(verb: VerbHit, tokens: Token[]): boolean {
  if (verb.accordingTo || verb.passive || tokens[verb.start]?.quoted) return false;
  const clause = clauseStart(tokens, verb.start);
  const subject = textOf(tokens, Math.max(clause, verb.start - SUBJECT_REACH), verb.start);
  const before = `${textOf(tokens, Math.max(0, verb.start - 6), verb.start)} `;
  const after = textOf(tokens, verb.end, Math.min(tokens.length, verb.end + OBJECT_REACH));
  const word = tokens[verb.start]?.norm ?? "";
  if (CUES.indefinite.test(before) || CUES.nothingToSay.test(before) || CUES.mannerClause.test(before)) return true;
  if (SAYING.has(word) && CUES.freeRelative.test(before) && !CUES.statedAfter.test(after)) return true;
  if (CUES.namingRequest.test(after)) return true;
  if (CUES.ownCompany.test(subject) && CUES.dialogue.test(afterText(tokens, verb.end))) return true;
  return ASKING.has(word) && CUES.stranger.test(`${subject} `) && !CUES.official.test(subject.replace(POSSESSOR, "")) && CUES.askedOfNarrator.test(after);
}

/** The sentence's words right after the verb as written, with the comma that may follow it. */
function afterText(tokens: Token[], from: number): string {
  const first = tokens[from];
  if (!first) return "";
  const glued = tokens[from - 1]?.end === first.start;
  return `${glued ? "" : " "}${textOf(tokens, from, Math.min(tokens.length, from + OBJECT_REACH))}`;
}

/** Where the verb's clause starts: after the last unquoted semicolon or colon before it, else at the sentence's start. */
function clauseStart(tokens: Token[], before: number): number {
  for (let k = before - 1; k >= 0; k--) if ((tokens[k]?.text === ";" || tokens[k]?.text === ":") && !tokens[k]?.quoted) return k + 1;
  return 0;
}
