// Victims a sentence names again without counting anyone new: the dead identified by name or by
// their bodies ("named one of the dead as …", "only 21 of the bodies had been identified"), and the
// wounded person whose later death raised a toll the same sentence gives ("raised the death toll to
// ten after a wounded woman died in hospital"). Annotators record the toll, never these people
// apart from it.
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import type { VictimGroup } from "./victimGroups.ts";
import { outcomeOf } from "./lexicon.ts";

/** Words that name the dead already counted: "the dead", "the victims", "the fallen". */
const THE_DEAD = "(?:dead|killed|victims|fallen|slain)";

export const RESTATED_VICTIM_RULES = {
  // "named one of the dead as X", "gave the surname of one of the dead as X", "identified two of the victims".
  identifiedAmongTheDead: {
    pattern: /\b(?:named|identified|name|names|surname|surnames)\s+(?:of\s+)?$/i,
    examples: ["Local sources named ", "The ministry identified ", "gave the surname of "],
    counterExamples: ["The ministry said ", "Sources reported that "],
  },
  // "The three dead were named as X, Y and Z", "only 21 bodies had been identified": a naming, not a toll.
  identifiedAfter: {
    pattern:
      /^\s+(?:(?:dead|killed|victims|bodies)\s+)?(?:(?:had|have|has|were|was|are|is)\s+)?(?:(?:not|never)\s+)?(?:(?:so\s+far|since|later|now|also|still|yet)\s+)?(?:(?:been|to\s+be)\s+)?(?:named|identified)\b|^\s+(?:(?:still|yet)\s+)?(?:had|have|has|were|are|remain|remained)\s+(?:still\s+|yet\s+)?(?:to\s+be\s+identified|unidentified)\b/i,
    examples: [
      " dead were named as A, B and C",
      " had been identified by the forensic bureau",
      " have so far been identified",
      " still had to be identified through DNA tests",
      " remained unidentified",
      " had not yet been identified",
    ],
    counterExamples: [" were killed in the attack", " dead were buried on Monday"],
  },
  // "bringing the toll to 10", "raised the death toll to ten", "the death toll … rose to ten": a toll raised in the same sentence.
  tollRaised: {
    pattern:
      /\b(?:rais(?:ed|es|ing)|bring(?:s|ing)?|brought|push(?:ed|es|ing)?)\s+(?:(?:the|that|its|their)\s+)?(?:(?:death|civilian|overall)\s+)?(?:toll|number\s+of\s+(?:the\s+)?dead|count|total)\b|\b(?:toll|count|number\s+of\s+(?:the\s+)?dead)\b[^.;]{0,100}?\b(?:rose|risen|rises|climbed|increased|went\s+up|has\s+reached|reached)\s+to\b|\b(?:toll|count|number\s+of\s+(?:the\s+)?dead)\b[^.;]{0,100}?\b(?:rose|risen|rises|climbed|increased)\b/i,
    examples: [
      "it raised the death toll to ten after a wounded woman died",
      "later died in hospital, bringing that toll to 10",
      "The death toll from Sunday's strike on the city rose to ten after a woman died",
      "By Monday the count had risen to 45 after three more bodies were found",
    ],
    counterExamples: ["The toll was not given", "a soldier died of his wounds in hospital"],
  },
  // "later died", "died of her wounds", "died in hospital", "succumbed to his injuries": a death among the wounded.
  diedOfWounds: {
    pattern:
      /^[^.;]{0,60}?\b(?:later\s+died|died\s+(?:later|(?:of|from)\s+(?:her|his|their)\s+(?:wounds|injuries)|in\s+(?:the\s+)?hospital)|succumbed\s+to\s+(?:her|his|their)\s+(?:wounds|injuries))\b/i,
    examples: [", Gunay Aliyeva, later died in hospital", " died of her wounds in hospital", " had died in hospital"],
    counterExamples: [" was killed by Armenian fire", " died; ten more were wounded, and one later died"],
  },
  // "gathered to bury five of the dead", "the funerals of two of the victims": the dead counted before, mourned.
  buriedAmongTheDead: {
    pattern: /\b(?:bur(?:y|ied|ies|ying)|mourn(?:ed|s|ing)?|laid\s+to\s+rest|lay\s+to\s+rest|funerals?\s+of)\s+$/i,
    examples: ["Crowds gathered to bury ", "The town mourned ", "attended the funerals of ", "relatives laid to rest "],
    counterExamples: ["Shelling killed ", "The ministry said "],
  },
  // "Seven of the dead died in hospital", "two of the victims were killed at the checkpoint": where or how some of the
  // dead counted before died, read on the words after "N of the".
  diedAgain: {
    pattern: new RegExp(`^\\s*${THE_DEAD}\\s+(?:had\\s+|have\\s+)?(?:died|(?:were|had\\s+been|have\\s+been)\\s+killed)\\b`, "i"),
    examples: [" dead died in hospital", " victims were killed at the checkpoint", " dead had died on the road"],
    counterExamples: [" dead were civilians", " wounded died in hospital", " were killed in the attack"],
  },
  // "With those two deaths the toll stands at 33", "after these five deaths": a toll counted before, added to another.
  addedToAnotherToll: {
    pattern: /\b(?:with|after|counting|including|besides)\s+(?:those|these)\s+$/i,
    examples: ["With those ", "The total, after these ", "counting those "],
    counterExamples: ["With at least ", "After "],
  },
  // "None of these casualties were tourists", "none of the dead was a soldier": who the victims counted before were.
  noneOfThoseCounted: {
    pattern: /^(?:none|no\s+one)\s+of\s+(?:these|those|the|them)\b/i,
    examples: ["None of these casualties", "none of the dead", "None of them"],
    counterExamples: ["None of its soldiers", "No one"],
  },
} satisfies RuleTable<string>;

const RULES = patternsOf(RESTATED_VICTIM_RULES);

/** The list the dead are named in ("named the dead as A, B and C"), as victimGroups.ts counts it. */
const NAMED_THE_DEAD = new RegExp(`^named\\s+(?:the\\s+)?${THE_DEAD}\\s+as\\b`, "i");

/** "one of the dead", "two of the victims": a part of the dead counted before. */
const PART_OF_THE_DEAD = new RegExp(`^\\s*${THE_DEAD}\\b`, "i");

/**
 * Whether a group names victims counted elsewhere rather than counting them: the dead identified
 * by name or body, or one wounded person whose death raised the toll this sentence gives.
 */
export function restatesVictims(text: string, group: VictimGroup, figuresJustGiven: boolean): boolean {
  // "The ministry later named the dead as A, B, C and D" after it counted four dead (and maybe its wounded): the same four.
  if (figuresJustGiven && NAMED_THE_DEAD.test(text.slice(group.start, group.end))) return true;
  const before = text.slice(0, group.start);
  const after = text.slice(group.end);
  const ofTheDead = /\bof\s+the$/i.test(text.slice(group.start, group.end)) && PART_OF_THE_DEAD.test(after);
  if (ofTheDead && RULES.identifiedAmongTheDead.test(before)) return true;
  if (ofTheDead && RULES.diedAgain.test(after)) return true;
  if (ofTheDead && RULES.buriedAmongTheDead.test(before)) return true;
  if (RULES.identifiedAfter.test(after)) return true;
  if (group.kind === "toll" && RULES.addedToAnotherToll.test(before)) return true;
  // (Their fate again is a figure: "none of the soldiers were killed" is none dead.)
  if (group.count === 0 && RULES.noneOfThoseCounted.test(text.slice(group.start, group.end)) && outcomeOf(/^[^.;,]*/.exec(after)?.[0] ?? "") === null)
    return true;
  // "the count had risen to 45 after two more bodies were pulled from the rubble": the rise, not new dead of its own.
  if (group.inherits && /\bafter\s+$/i.test(before) && RULES.tollRaised.test(text)) return true;
  return group.count === 1 && RULES.tollRaised.test(text) && diedAmongTheWounded(text, group, after);
}

/** "a wounded woman died", "Gunay Aliyeva, 28, later died in hospital": one of the wounded who died later. */
function diedAmongTheWounded(text: string, group: VictimGroup, after: string): boolean {
  const wounded = /\b(?:wounded|injured)\b/i.test(group.modifiers) && /^[^.;]{0,40}?\b(?:died|dies)\b/i.test(after);
  const afterItsDeath = /\bafter\s+$/i.test(text.slice(0, group.start)) && /^[^.;]{0,40}?\bdied\b/i.test(after);
  return wounded || afterItsDeath || RULES.diedOfWounds.test(after);
}
