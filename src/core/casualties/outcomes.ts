// Decides whether a victim group was killed or wounded: by its own noun ("deaths"), by an
// active verb just before it ("shelling killed two civilians"), by a death toll it closes
// ("the death toll rose to 50") or by the predicate that follows it ("were killed", "died").
import {
  ACTIVE_VERB_PATTERN,
  HOSTILE_GROUP_AFTER,
  OUTCOME_NOUN_OF,
  OWNER_AFTER,
  PREDICATE_PATTERN,
  TOLL_AFTER_VALUE,
  TOLL_INCLUDED,
  TOLL_LISTED,
  TO_BEFORE_VALUE,
  VICTIM_NOUN_PATTERN,
  outcomeOf,
  tollBefore,
  tollPhraseOutcome,
  type Outcome,
} from "./lexicon.ts";
import { NUMBER_PATTERN, QUALIFIER_PATTERN } from "./numbers.ts";
import { RANK, RANKED_NATION, type VictimGroup } from "./victimGroups.ts";

export interface GroupOutcome {
  outcome: Exclude<Outcome, "casualties">;
  /** "active" outcomes name the agent, not the victims, before the group. */
  via: "noun" | "active" | "toll" | "predicate" | "shared";
  /** Words before "death toll" that may name whose toll it is ("Azerbaijan's military"). */
  tollOwner?: string;
  /** The toll words themselves, which may name whose victims they count ("count of Armenian wounded"). */
  tollPhrase?: string;
  /**
   * For an active verb that does the harm ("shelling killed two"): the sentence up to the
   * verb, where its agent stands. Unset for "lost", whose subject owns the losses.
   */
  agentText?: string;
}

// ("wounded another 70", "killed at least another 12": "another" stands between the verb and its count.)
// ("killed between 20,000 and 30,000 people": a range after the verb, read at its lower bound.)
const ACTIVE_BEFORE = new RegExp(
  `\\b(${ACTIVE_VERB_PATTERN})\\s+(?:(?:at\\s+least|more\\s+than|about|some|nearly|almost)\\s+another\\s+|another\\s+|(?:an\\s+estimated\\s+)?between\\s+)?$`,
  "i",
);
const PREDICATE = new RegExp(`\\b${PREDICATE_PATTERN}`, "i");
/** Mines, or the agency that clears them, named in the sentence: "landmine victims", "ANAMA's count … 315 victims". */
const MINE_VICTIMS = /(?<!\bof\s)\b(?:land)?mines?\b|\bANAMA\b|\bmine\s+action\b/i;

/** "(was wounded) by a mine and later died": the same victims' death after the wound, with no count of its own. */
const DIED_OF_IT_AFTER = /^[^.;,]{0,50}?\s+and\s+(?:(?:later|then|subsequently|eventually|soon)\s+)?(?:died|succumbed)\b/i;
/** "(, wounded) on the 17th, died": a wound set off by commas, then the death of the one wounded, with no subject of its own. */
const WOUND_THEN_DIED = /^[^.;,]{0,50}?,\s+(?:(?:later|then|subsequently|eventually)\s+)?(?:has\s+|had\s+)?(?:died|succumbed)\b/i;
/** A predicate that says only where the victims were taken: "(had been) taken to hospital". */
const TAKEN_TO_HOSPITAL = /\b(?:taken|rushed|admitted|brought|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?hospitals?$/i;
const KILLING_WORDS = /\b(?:killed|dead|died|deaths?|fatalities|lives)\b/i;
const WOUNDING_WORDS = /\b(?:wounded|injured|injuries|hurt)\b/i;
/** "were dead or missing", "missing or dead": the dead and the missing in one count. */
// ("207 of its servicemen were killed or missing", "2,900 Azerbaijani military killed or missing": a count of those
// the fighting killed, the missing among them presumed dead, as the sides and assemblies give their war dead.)
const DEAD_OR_MISSING = /^\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)?(?:dead\s+or\s+missing|missing\s+or\s+(?:dead|killed))\b/i;
/** "…, of whom 61 died": a breakdown that gives the figures itself. */
const VICTIMS_BROKEN_DOWN = /^[^.;]{0,60}?\bof\s+(?:whom|them)\b/i;
const PREPOSITION_START = /^(?:in|at|near|from|on|of|with|during|along|inside|across|outside|around|aboard)\b/i;
const FINITE_OR_LINK = /\b(?:and|or|but|who|which|that|while|when|after|before|because|were|was|is|are|has|have|had|said|says|say|\w+ed)\b/i;
// ("613 civilians from Khojaly, among them 63 children, …, were killed": where they came from may come before it.)
const INCLUDING_ASIDE =
  /^(?:\s+(?:from|of|in)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})?\s*,\s*(?:including|among\s+them|among\s+whom|notably|such\s+as)\b[^;:()"]*,\s*$/iu;
/** ", A B, C D and E F,": capitalised names (with their ranks) listed between commas. */
const NAMES_ASIDE =
  /^\s*,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*,\s*(?:and\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*|\s+and\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*\s*,\s*$/u;
/** "who had gone there for bread", "who were queuing at the depot": a relative clause of up to eight words, no comma or clause break. */
const RELATIVE_ASIDE = /^\s+(?:who|that)\s+(?:had|have|has|were|was)\s+(?:[\p{L}'’-]+\s+){1,8}$/iu;
const ASIDE_VERB = /\b(?:were|was|is|are|has|have|had|said|says|say|will|would)\b/i;
const A_NUMBER = new RegExp(`(?:^|\\s)(?:${NUMBER_PATTERN})(?:\\s|$)`, "i");
const COORDINATED_NOUN = new RegExp(`^and\\s+(?:[\\w-]+\\s+)?(?:${VICTIM_NOUN_PATTERN})$`, "i");
/** A body the enemy left: "leaving behind the body of", "the body of X was left behind". */
const BODY_LEFT = /\b(?:leaving|left)\s+(?:behind\s+)?the\s+(?:body|corpse)\s+of\s|\b(?:was|been|were)\s+left\s+(?:behind|on\s+the\s+battlefield)\b/i;
/** A predicate that is only a past form ("killed", "wounded"), which may as well be an active verb. */
const ACTIVE_FORM = /^\s*(?:killed|wounded|injured)$/i;
/** A number right after the verb: its object ("…, killed more than 6,500 people"). */
const OBJECT_AFTER = new RegExp(
  `^\\s+(?:(?:${QUALIFIER_PATTERN})\\s+)?(?:${NUMBER_PATTERN})(?![\\w-])(?!\\s*(?:%|percent|km|kilomet|metres|meters|miles|hours|days|weeks|months|years)\\b)`,
  "i",
);

/** "(65 of them) fatally", "(two of whom) mortally": a part of those harmed whom the harm killed. */
const FATALLY_AFTER = /^\s+(?:fatally|mortally)\s*(?:[,.;)]|$)/i;

/** "(a hundred servicemen) killed and wounded", "(300) dead or injured": one count of both outcomes. */
const KILLED_AND_WOUNDED_AFTER = /^\s+(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b/i;

/** An outcome word right after a bare count: "(30) injured", "(nine) dead". */
const OWN_OUTCOME_AFTER_COUNT = /^\s+(injured|wounded|hurt|maimed|killed|dead)\b/i;

/** "(no deaths) or injuries", "(no fatalities) and no wounded": the hurt denied with the dead. */
const NOR_HURT_AFTER = /^\s+(?:or|and|nor)\s+(?:no\s+)?(?:injuries|injured|wounded|wounds|casualties)\b/i;
/** A ranked person named right after the verb, maybe with his nation or age: "(killed) Armenian Lieutenant Gurgen Margaryan". */
const RANKED_OBJECT_AFTER = new RegExp(`^\\s+(?:\\d{1,3}-year-old\\s+)?(?:(?:${RANKED_NATION})\\s+)?${RANK}\\s+\\p{Lu}\\p{Ll}+`, "u");

/** The outcome of a group from its own words, or null when only a neighbour can tell. */
export function resolveOutcome(sentence: string, group: VictimGroup): GroupOutcome | null {
  if (group.ownOutcome) {
    // "a badly wounded soldier, X, had died in hospital", "two wounded servicemen later died": the wound describes
    // victims whose death the predicate tells.
    if (group.ownOutcome === "wounded" && group.kind !== "toll") {
      const fate = predicateOutcome(sentence.slice(group.end), group, sentence.slice(0, group.start), sentence.slice(group.start, group.end));
      if (fate === "killed") return { outcome: "killed", via: "predicate" };
    }
    // "50 casualties" may include the wounded: only a sentence about killing settles it.
    // "no losses": a side that lost no one had no wounded either, though "92 losses" counts the dead.
    if (group.count === 0 && group.noun !== null && /^losses$/i.test(group.noun)) return { outcome: "both", via: "noun" };
    // "No deaths or injuries have been reported": no one killed and no one hurt.
    if (group.count === 0 && group.ownOutcome === "killed" && NOR_HURT_AFTER.test(sentence.slice(group.end))) return { outcome: "both", via: "noun" };
    if (group.ownOutcome !== "casualties") return { outcome: group.ownOutcome, via: "noun" };
    // "no casualties": nobody killed and nobody wounded, whatever the word covers.
    if (group.count === 0) return { outcome: "both", via: "noun" };
    // "six victims as a result of the attack": the dead, unless the sentence also counts the hurt,
    // breaks them down ("314 victims, of whom 61 died"), picks out some counted before ("Two of
    // the victims were identified") or describes one ("died, most likely as a victim of an execution").
    // (A mine's victims are its dead and its maimed together, as mine action counts them: "landmine victims … at 338".)
    if (group.noun !== null && /^victims?$/i.test(group.noun))
      return WOUNDING_WORDS.test(sentence) ||
        MINE_VICTIMS.test(sentence) ||
        /\bof\b|^(?:a|an|another)\s/i.test(sentence.slice(group.start, group.end)) ||
        VICTIMS_BROKEN_DOWN.test(sentence.slice(group.end))
        ? null
        : { outcome: "killed", via: "noun" };
    // "6,279 casualties, of whom 1,945 were killed and 4,325 injured": killed and injured together.
    const rest = sentence.replace(/casualties/gi, "");
    return KILLING_WORDS.test(rest) && !WOUNDING_WORDS.test(rest) ? { outcome: "killed", via: "noun" } : null;
  }
  // "351 people had been killed or injured by mines, 65 of them fatally": the part the harm killed.
  if (FATALLY_AFTER.test(sentence.slice(group.end))) return { outcome: "killed", via: "predicate" };
  // "207 people were dead or missing": the dead counted with the missing give no toll of the dead.
  if (DEAD_OR_MISSING.test(sentence.slice(group.end))) return null;
  const before = sentence.slice(0, group.start);
  // "put Armenian losses at more than a hundred servicemen killed and wounded": the dead and the wounded
  // in one count give neither figure.
  if (KILLED_AND_WOUNDED_AFTER.test(sentence.slice(group.end))) return null;
  // "bringing to 11 the number of Azerbaijani soldiers killed": the toll named after the value it reaches.
  const tollAfter = TO_BEFORE_VALUE.test(before) ? TOLL_AFTER_VALUE.exec(sentence.slice(group.end))?.[1] : undefined;
  if (tollAfter) return { outcome: tollPhraseOutcome(tollAfter), via: "toll", tollPhrase: tollAfter };
  const toll = tollBefore(before);
  // "the death toll has reached nine, and there are more than 30 injured": a bare count that names its own
  // outcome right after it is not the toll's value, whatever toll was named before.
  const own = group.noun === null ? OWN_OUTCOME_AFTER_COUNT.exec(sentence.slice(group.end))?.[1] : undefined;
  const ownOutcome = own ? outcomeOf(own) : null;
  if (toll && (ownOutcome === "killed" || ownOutcome === "wounded") && ownOutcome !== tollPhraseOutcome(toll[2] ?? "")) {
    return { outcome: ownOutcome, via: "predicate" };
  }
  if (toll) return { outcome: tollPhraseOutcome(toll[2] ?? ""), via: "toll", tollOwner: (toll[1] ?? "").trim(), tollPhrase: toll[2] ?? "" };
  // "the deaths of 50 of its servicemen", "the dead included at least 10 civilians": the noun
  // before names the outcome, and, like "lost", says nothing of who caused it.
  const ofNoun = OUTCOME_NOUN_OF.exec(before)?.[1];
  // "the body of one crew member" retrieved is a death counted before; one left behind is a new one.
  const singleBody = ofNoun !== undefined && /^(?:body|corpse)$/i.test(ofNoun) && !BODY_LEFT.test(`${before} ${sentence.slice(group.end, group.end + 80)}`);
  const noun = (singleBody ? undefined : ofNoun) ?? listedToll(before);
  const nounOutcome = noun ? (/^(?:deaths?|killings?|loss|bod(?:y|ies)|corpses?|remains)$/i.test(noun) ? "killed" : outcomeOf(noun)) : null;
  if (nounOutcome === "killed" || nounOutcome === "wounded") return { outcome: nounOutcome, via: "active" };
  // "the ministry published the names of 29 more servicemen": a force names its fallen.
  // (A clause after them says what befell them instead: "the names of 15 soldiers who were captured".)
  if (group.kind === "military" && NAMES_OF_BEFORE.test(before) && !/^\s+(?:who|that|which|were|was|had|have)\b/i.test(sentence.slice(group.end)))
    return { outcome: "killed", via: "active" };
  const active = activeOutcome(before, group, sentence.slice(group.end), sentence.slice(group.start, group.end));
  if (active) return { ...active, via: "active" };
  const predicate = predicateOutcome(sentence.slice(group.end), group, before, sentence.slice(group.start, group.end));
  if (predicate) return { outcome: predicate, via: "predicate" };
  // "(Civilians made up 49 of the dead and) 101 of the injured": a share of the hurt set beside a share of the dead, with
  // no predicate of its own. (Alone, "one of the wounded, a conscript, was in critical condition" counts the hurt again.)
  return OF_THE_HURT.test(sentence.slice(group.start, group.end)) && SHARE_OF_THE_DEAD_BEFORE.test(before) ? { outcome: "wounded", via: "noun" } : null;
}

/** A group counted out of the hurt: "101 of the injured", "40 of the wounded". */
const OF_THE_HURT = /\bof\s+the\s+(?:wounded|injured)$/i;
/** A share of the dead joined right before: "(49) of the dead and ". */
const SHARE_OF_THE_DEAD_BEFORE = /\bof\s+the\s+(?:dead|killed)\s+and\s+$/i;

function listedToll(before: string): string | undefined {
  const m = TOLL_INCLUDED.exec(before) ?? TOLL_LISTED.exec(before);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Relatives a family "lost": "one parent", "both parents", "two sons". */
const KIN_LOST = /^(?:(?:grand)?(?:parents?|mothers?|fathers?|sons?|daughters?)|relatives?|husbands?|wi(?:fe|ves)|brothers?|sisters?)$/i;

/** "planned to (kill)", "threatened to (kill)": an intent, which names no harm done ("would kill 30,000" tells of one). */
const INTENT_BEFORE =
  /\b(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|want(?:s|ed|ing)?|s(?:eek|eeks|ought)|vow(?:s|ed)?|meant)\s+to\s+$/i;

/** "published the names of", "the names and photographs of": a list of names a force gives. */
const NAMES_OF_BEFORE =
  /\b(?:published|publishes|publish|released|releases|announced|gave)\s+(?:the\s+)?names\s+(?:and\s+(?:photographs|photos|ages|ranks)\s+)?of\s+(?:the\s+)?$/i;

/** "killed or (injured)", "wounded and (killed)": another outcome joined to the verb before the count. */
const BOTH_VERBS_BEFORE = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|maimed|maiming)\s+(?:or|and)\s+$/i;

/** A name right before a count of one, set off by a comma: "(killing) Lieutenant Gurgen Margaryan, (an Armenian officer)". */
const NAMED_OBJECT_BEFORE = /\s(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s*,\s*$/u;

/** "fatally", "mortally" right before the active verb. */
const FATAL_BEFORE_VERB = /\b(?:fatally|mortally)\s+$/i;

/** Blows that kill only "to death": "stabbed", "hacked", "beaten", "burned". */
const TO_DEATH_VERB = /^(?:stabbed|hacked|beat|beaten|burned|burnt)$/i;
/** "(stabbed his sister and two other Armenians) to death", right after the victims. */
const TO_DEATH_AFTER = /^[^,;.]{0,30}?\bto\s+death\b/i;

/** "killed two", "wounding three", "claimed the lives of five", "lost four soldiers". */
function activeOutcome(before: string, group: VictimGroup, after: string, groupText: string): Pick<GroupOutcome, "outcome" | "agentText"> | null {
  // ("killing Lieutenant Gurgen Margaryan, (an Armenian officer,)": the one victim the verb names, then says who he was.)
  const m =
    ACTIVE_BEFORE.exec(before) ??
    (group.count === 1 && !group.inherits ? ACTIVE_BEFORE.exec(before.replace(NAMED_OBJECT_BEFORE, " ")) : null) ??
    coordinatedObjectBefore(before, after);
  const verb = m?.[1];
  if (!m || !verb) return null;
  // "had planned to kill an Armenian", "threatened to kill three": an intent or a threat, no one harmed.
  if (/^(?:kill|injure|wound)$/i.test(verb) && INTENT_BEFORE.test(before.slice(0, m.index))) return null;
  // "stabbed three Armenians to death": only "to death" after the victims makes the blow a killing.
  if (TO_DEATH_VERB.test(verb)) return TO_DEATH_AFTER.test(after) ? { outcome: "killed", agentText: before.slice(0, m.index) } : null;
  // "lost two" alone is too vague; "lost two soldiers" is a death count.
  // ("paid for them with the lives of 6,000 fighters": the payer gave its own lives, as a side that lost them.)
  const lost = /^(?:los|pa(?:id|y)|sacrific)/i.test(verb);
  // ("lost no one", "lost nobody": no one is a person, and none of the side's people died; "lost none of its ground" is no count.)
  // ("had lost four of its own": its own people, named by the possessive.)
  // ("say they lost 71.": a speaker's own loss, the count closing the clause, is its dead; "they lost 71 tanks" names
  // its noun, and "they lost 2 to 1" is a score.)
  const ownLoss = /\b(?:we|they|it)\s+(?:(?:had|have|has)\s+)?lost\s+$/i.test(before) && /^\s*(?:[,;.]|$)/.test(after) && !/\bto\b/i.test(groupText);
  if (lost && !group.noun && !ownLoss && !(group.count === 0 && !/^\s+of\b/i.test(after)) && !/\bof\s+(?:its|their|our)\s+own$/i.test(groupText)) return null;
  // "130 children lost one parent": kin lost are a family's grief, not a count of the dead.
  // ("sacrificed 2,900 of its sons": a nation's sons given are its fallen.)
  if (lost && !/^sacrific/i.test(verb) && KIN_LOST.test(group.noun ?? "")) return null;
  // "destroyed 370 enemy soldiers": only soldiers, never "five personnel carriers", are destroyed as dead.
  // ("eliminated 30 Armenian soldiers and three tanks", "neutralised two saboteurs": so are they eliminated.)
  if (/^(?:destroy|eliminat|neutrali)/i.test(verb))
    return group.kind === "military" && !/^\s+(?:carriers?|vehicles?)\b/i.test(after) ? { outcome: "killed", agentText: before.slice(0, m.index) } : null;
  // "Landmines have killed or injured 36 people": one count of the dead and the hurt together gives neither.
  if (BOTH_VERBS_BEFORE.test(before.slice(0, m.index))) return null;
  // "accused Azerbaijani forces of fatally wounding an Armenian soldier": a wound that killed.
  const outcome = FATAL_BEFORE_VERB.test(before.slice(0, m.index)) ? "killed" : outcomeOf(verb);
  if (outcome === "both" || outcome === "casualties" || outcome === null) return null;
  return lost ? { outcome } : { outcome, agentText: before.slice(0, m.index) };
}

/**
 * "killed high-ranking enemy officers and 30 soldiers": the count joined by "and" to an uncounted object of the verb
 * is its object too. (A clause of its own after it, "… and 30 soldiers were wounded", "… and 130 children lost one
 * parent", is the group's own predicate; "were killed there and 34 injured" is a passive, with no object.)
 */
const COORDINATED_OBJECT_BEFORE =
  /\b(killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures|injure|eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing)\s+((?:[\p{L}'’-]+\s+){1,4})and\s+$/iu;
/** Words that make the words after a verb something else than its object: a place, a time, a manner, a clause. */
const NOT_AN_OBJECT =
  /^(?:in|on|at|near|by|during|after|before|when|while|with|from|to|for|of|into|over|since|as|and|or|but|was|were|had|has|have|is|are|been|be|who|which|that|it|they|he|she|them|him|her|there|here|outright|instantly|too|also|[\p{L}-]+ly|yesterday|today|overnight)$/iu;
const PASSIVE_VERB_BEFORE = /\b(?:were|was|been|be|being|is|are|get|got)\s+(?:\w+ly\s+)?$/i;
const OWN_PREDICATE_AFTER = /^\s+(?:(?:[\w-]+\s+)?(?:were|was|had|have|has|are|is|died|remain|remained)\b|\w+ed\b|lost\b)/i;

function coordinatedObjectBefore(before: string, after: string): RegExpExecArray | null {
  const m = COORDINATED_OBJECT_BEFORE.exec(before);
  const words = m?.[2]?.trim().split(/\s+/) ?? [];
  if (!m || words.some((w) => NOT_AN_OBJECT.test(w)) || OWN_PREDICATE_AFTER.test(after)) return null;
  return PASSIVE_VERB_BEFORE.test(before.slice(0, m.index)) ? null : m;
}

/** The predicate that follows the group, if nothing but an aside stands between them. */
function predicateOutcome(quotedTail: string, group: VictimGroup, before: string, groupText: string): GroupOutcome["outcome"] | null {
  // '12 of its servicemen had been "killed in action"': the quotation marks of an official's words, not a break.
  const tail = quotedTail.replace(/["“”«»]/g, " ");
  const m = PREDICATE.exec(tail);
  if (!m) return null;
  // "105 servicemen of the Armed Forces of Armenia have been killed": the owner is no clause.
  // ("15 members of what it called a criminal group were killed": the group they belonged to is no clause either.)
  const owner = OWNER_AFTER.exec(tail)?.[0] ?? HOSTILE_GROUP_AFTER.exec(tail)?.[0] ?? "";
  if (!gapIsAside(tail.slice(owner.length <= m.index ? owner.length : 0, m.index), group)) return null;
  // "the militants killed three": a bare "killed" with its own object is the agent's verb, not the group's fate.
  // ("one of them, Lieutenant A, killed Armenian Lieutenant B": so is a "killed" whose object is a ranked person.)
  if (ACTIVE_FORM.test(m[0]) && (OBJECT_AFTER.test(tail.slice(m.index + m[0].length)) || RANKED_OBJECT_AFTER.test(tail.slice(m.index + m[0].length))))
    return null;
  // "20 people had died, 13 of them at the scene and seven in hospital": where the dead died, not the hurt.
  // ("20 people had died: seven in hospital, and 13 …": the same after a colon; "when he turned 80 in hospital": an age.)
  if (/\bin\s+(?:a\s+|the\s+)?hospital$/i.test(m[0]) && /\b(?:of\s+(?:them|whom)|died|dead)\b[^.;]*[,:][^.;]*$|\b(?:turned|turns|aged)\s+$/i.test(before))
    return null;
  // "290 people had been taken to hospital": the hurt, when the sentence names no injured of its own; "seven were
  // injured and four taken to hospital", "168 of the wounded had been taken to hospitals in Armenia" count the hurt
  // again, those moved among them.
  if (TAKEN_TO_HOSPITAL.test(m[0]) && /\b(?:wound|injur|hurt)/i.test(`${before} ${groupText} ${tail.slice(0, m.index)} ${tail.slice(m.index + m[0].length)}`))
    return null;
  // ("Ten patients were admitted to the hospital": a hospital's patients are the hurt only where burns, wounds or
  // injuries say so, "150 patients with burns had been admitted".)
  if (/^patients?$/i.test(group.noun ?? "") && outcomeOf(m[0]) === "wounded" && !/\b(?:burns|injur|wound|hurt)/i.test(m[0])) return null;
  // "up to 100 enemy troops had been destroyed", as defence ministries write it: soldiers only, never vehicles.
  if (/\bdestroyed$/i.test(m[0])) return group.kind === "military" ? "killed" : null;
  const outcome = outcomeOf(m[0]);
  // "was wounded by a mine and later died in hospital": the wound the victim died of.
  if (outcome === "wounded" && DIED_OF_IT_AFTER.test(tail.slice(m.index + m[0].length))) return "killed";
  // "Artur, thirteen, wounded on the 17th, died today": one person's wound told in apposition, before his death.
  if (outcome === "wounded" && group.count === 1 && /,\s*$/.test(tail.slice(0, m.index)) && WOUND_THEN_DIED.test(tail.slice(m.index + m[0].length)))
    return "killed";
  if (outcome === "both") return group.count === 0 ? "both" : null; // "five killed or wounded" is no figure
  // "no one was hurt": nobody killed and nobody wounded.
  if (group.count === 0 && /\bhurt\b/i.test(m[0])) return "both";
  return outcome === "casualties" ? null : outcome;
}

/**
 * True when the words between a group and a predicate are only an aside: an appositive
 * (", Sipan Melkonian,"), "including civilians", a bracket, or a short place phrase
 * ("in the village"). Anything with its own verb or number belongs to another clause.
 */
function gapIsAside(gap: string, group: VictimGroup): boolean {
  // "two elderly civilians from Hadrut who died": where they came from, then the relative that opens their predicate.
  const relative = /^(\s+(?:from|of|in)\s+\p{Lu}[\p{L}'-]+)\s+who\s+$/u.exec(gap);
  if (relative?.[1]) return gapIsAside(relative[1], group);
  // "at least 150 people who had gone there for bread were killed": a relative clause that says what the victims were
  // doing, with no harm, number or clause of its own after it, is their description.
  if (RELATIVE_ASIDE.test(gap) && !A_NUMBER.test(gap) && !KILLING_WORDS.test(gap) && !WOUNDING_WORDS.test(gap)) return true;
  // "five servicemen, including the deputy commander, Colonel X, were killed": one long aside.
  if (INCLUDING_ASIDE.test(gap) && !ASIDE_VERB.test(gap)) return true;
  // "three of its officers, Major Davit Danielyan, Lieutenant Aram Gasparyan and Captain Levon Sahakyan,
  // were shot dead": the victims' names listed in apposition.
  if (NAMES_ASIDE.test(gap)) return true;
  // ("25 people had been killed, two of them civilians, and that 138 people … had been wounded": the speaker's next clause.)
  if (/,\s*(?:and|but)\s+that\b/i.test(gap)) return false;
  const rest = gap
    .replace(/\([^)]*\)/g, " ")
    // "A third resident, Anna Petrosyan, 52, suffered …": an age after a name in apposition.
    // ("an ANAMA deminer, Hasil Yusubov, born 1997, lost his left foot": the year of birth, with or without "in".)
    .replace(/,\s*(?:\d{1,3}|born\s+(?:in\s+)?\d{4})\s*(?=,)/g, "")
    // "a boy aged about 12 was killed": an age after the noun, with or without commas.
    .replace(/,?\s*\baged\s+(?:(?:about|around|some|roughly|nearly|almost|just|only)\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\b\s*,?/gi, " ")
    .replace(/,[^,]*,/g, " ")
    // "five members of one family were killed": the family the victims belonged to, whose "one" counts no one.
    .replace(/^\s*of\s+(?:one|a|the\s+same)\s+family\s*$/i, " ")
    .replace(/\bincluding\b[^,]*/i, " ")
    .replace(/,/g, " ")
    .trim();
  if (rest === "") return true;
  // "20,000 Azerbaijanis alone have been killed", "300 people in all died": a focus on the count, no clause.
  if (/^(?:alone|in\s+all|in\s+total|altogether|combined)$/i.test(rest)) return true;
  // "192 of its soldiers and police were killed": a second noun with no count of its own shares the group's.
  if (COORDINATED_NOUN.test(rest)) return true;
  // "six people who had been wounded": a relative pronoun opens the group's own predicate.
  if (/^(?:who|that)$/i.test(rest)) return true;
  // "the names of 21 people it said were killed": the speaker's "it said" inside the group's clause.
  if (/^(?:(?:who|that)\s+)?(?:it|they|he|she|officials|the\s+ministry)\s+(?:said|says|say|claimed|claims)$/i.test(rest)) return true;
  // "six wounded": the outcome follows at once; only "nobody in the villages was killed" takes a place between.
  if (!group.noun && !group.inherits && group.count !== 0) return false;
  if (A_NUMBER.test(` ${rest} `)) return false;
  // "a resident of the village of Aghdam in Tovuz district, Aziz Azizov, was killed": where the victim lives may run longer.
  // ("one resident of an Azerbaijani village just north-east of Karabakh was killed": so may the village itself.)
  const reach =
    /^of\s+(?:the\s+(?:village|town|city|settlement|district|region)\s+of\b|(?:an?|the)\s+(?:\S+\s+){0,2}?(?:village|town|city|settlement|district|region)\b)/i.test(
      rest,
    )
      ? 9
      : 6;
  // "an Azerbaijani soldier stationed on the front line near X was killed", "a resident who was working on
  // construction was injured": what the victim was doing, as a participle of a closed list, says who he was.
  // (Only for victims named by their side, as reports of one side's losses name them: "two journalists working
  // for X were wounded" leaves whose they are to a context this reading does not have.)
  // ("three journalists recording the aftermath were wounded": reporters, whom nothing else places, are no party's.)
  const sided = SIDED_VICTIM.test(group.modifiers) || PRESS_VICTIM.test(group.noun ?? "");
  const doing = sided ? VICTIM_DOING.exec(rest) : null;
  if (doing) {
    const where = rest.slice(0, doing.index).trim();
    return rest.slice(doing.index + doing[0].length).trim() === "" && (where === "" || (PREPOSITION_START.test(where) && !FINITE_OR_LINK.test(where)));
  }
  // "a worker on a construction site in the Fuzuli district", "a boy with a shrapnel wound to the chest": places,
  // employers and wounds run longer for one person.
  const longer = group.count === 1 && group.noun !== null ? reach + 3 : reach;
  if (!PREPOSITION_START.test(rest) || rest.split(/\s+/).length > longer) return false;
  return !FINITE_OR_LINK.test(rest);
}

/** Nouns of the press, whose people fight for no side (see isPressOnly in affectedSide.ts). */
const PRESS_VICTIM = /^(?:journalists?|newsm[ae]n|reporters?|correspondents?|cameram[ae]n|photographers?|photojournalists?)$/i;

/** A nationality of the conflict among a group's modifiers: "an Azerbaijani soldier", "an Armenian resident". */
// ("293 Syrian fighters recruited through Turkey", "four Interior Ministry employees sent to the scene": a nation or a
// body named before the noun says who they were as well.)
// ("two French journalists working for Le Monde were wounded": foreigners named by their nation, as the war's reporters often are.)
const SIDED_VICTIM =
  /\b(?:Armenian|Azerbaijani|Azeri|Karabakh|Russian|Iranian|Turkish|Georgian|Syrian|French|British|American|German|Italian|Spanish|Kazakh|Ukrainian|Interior\s+Ministry|Defen[cs]e\s+Ministry)\b/;

/**
 * What a victim was doing or where he was sent, right after the noun: "stationed on", "working on", "who was
 * doing agricultural work near", "sent to the scene", "working for Le Monde". Its object may follow.
 */
const VICTIM_DOING =
  /(?<=^|\s)(?:(?:who|that)\s+(?:was|were|had\s+been)\s+)?(?:stationed|serving|working|employed|deployed|posted|sent|recruited|brought|hired|transferred|doing|carrying\s+out|searching|looking|clearing|patrolling|travell?ing|driving|tending|grazing|farming|writing|reporting|filming|recording|documenting|covering|photographing)\b(?:\s+(?!(?:was|were|had|has|have|and|but|said|says|who|which)\b)[\w'’-]+){0,9}$/i;
