// Whose losses a figure counts. The victims' own words decide first ("Azerbaijani soldiers",
// "its troops", "enemy soldiers"); the agent of the killing never names the victims ("killed
// by Armenian forces" leaves the victims' side open). A belligerent announces its own losses:
// soldiers, civilians or people it counts without naming a side are its own, unless its own
// forces did the killing ("its forces killed three"). Russia, with troops on the ground, is
// read the same way for unnamed servicemen.
import type { AffectedSide, Side } from "../types.ts";
import { enemyOf, hasTroopsOnTheGround, isBelligerent, sameCamp } from "../sides/sides.ts";
import type { CasualtyContext } from "./casualtyContext.ts";
import { HOSTILE_GROUP_AFTER, LOSSES_OWNER_BEFORE, LOSSES_LABEL_BEFORE, OWNER_AFTER } from "./lexicon.ts";
import type { GroupOutcome } from "./outcomes.ts";
import type { VictimGroup } from "./victimGroups.ts";
import { namesNation } from "./surnames.ts";
import { CALENDAR_WORDS } from "../dates/calendar.ts";
import { allMatches } from "../dates/matches.ts";
import { mayMatch, requiredTexts, searchable } from "../ingest/requiredText.ts";

export interface AffectedReading {
  affected: AffectedSide;
  /** The side "its/their/our" named, when that is where the side came from. */
  possessor: Side | null;
}

/** "were young Azerbaijani men", "were all Armenian conscripts": a nationality the victims are said to be. */
// ("(Three of the) dead were …": a part of the dead, whose noun the group leaves after it.)
const PREDICATE_NATIONALITY =
  /^(?:\s+(?:dead|killed|wounded|injured))?\s+(?:were|was)\s+(?:all\s+|both\s+)?(?:(?:young|elderly|ethnic|local|mostly|unarmed)\s+)*(\p{Lu}[\p{L}-]+)\s+(?:men|women|civilians|soldiers|servicemen|troops|conscripts|nationals|citizens|villagers|residents|people|boys|girls|children|police(?:men)?|officers)\b/u;

/** "(three of the dead) were officers of the Karabakh Armenian police", "was a member of the Azerbaijani army": the force the victims served in. */
const PREDICATE_FORCE =
  /^(?:\s+(?:dead|killed|wounded|injured))?\s+(?:were|was)\s+(?:all\s+|both\s+)?(?:(?:police|army|junior|senior)\s+)?(?:officers?|members?|servicem[ae]n|soldiers?|personnel|employees?|conscripts?)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,3})(?:police|army|armed\s+forces|forces|military|troops|border\s+guards?|border\s+service|defen[cs]e\s+army)\b/u;

/** "50 people were killed on both sides": no one side's losses. */
const BOTH_SIDES_AFTER = /^[^,;.]{0,60}?\b(?:on|from|of)\s+(?:both|either|each|all)\s+(?:the\s+)?(?:two\s+)?sides\b/i;

/**
 * "denied there had been any fatalities, civilian or military": a denial that there were any victims at all, with no
 * owner named, answers the figures of both sides and is no one side's. ("denied it had suffered any losses", "denied
 * there were any casualties among its troops" name whose.)
 */
const DENIED_THERE_WERE = /\bden(?:y|ies|ied|ying)\s+(?:that\s+)?there\s+(?:(?:had|has|have)\s+been|were|was)\s+$/i;
const DENIAL_OWNER_AFTER = /^\s*(?:on|among|in|of|to)\s+(?:its|their|our|his|her|the\s+\p{Lu}|\p{Lu})/u;

const TOLL_OF_BOTH_SIDES =
  /\b(?:toll|tally|number|count|losses|dead)\b[^.;]{0,40}?\b(?:on|from|of)\s+(?:both|either|each|all)\s+(?:the\s+)?(?:two\s+)?sides\b[^.;]{0,60}$/i;
/** "four civilians were killed on the Armenian side", "five were killed from the Azerbaijani side". */
// ("wounded by fire from the Armenian side": the side the fire came from is the agent, not the victims'.)
const ON_SIDE_AFTER =
  /^[^,;.]*?\b(?:on|(?<!\b(?:fire|firing|shelling|shots|gunfire|attacks?|strikes?|shells?|drones?|snipers?|positions)\s)from)\s+the\s+((?:[\w'-]+\s+){1,2})side\b/i;
/** "the enemy's losses … exceed / stood at / were": the subject whose count follows, in the same clause. */
const ENEMY_LOSSES_BEFORE =
  /\b(?:the\s+)?enemy(?:['’]s)?\s+(?:losses|casualties|dead|death\s+toll)\b[^.;]{0,80}?\b(?:exceed(?:s|ed)?|stood\s+at|stand\s+at|were|are|reached|total(?:led|ed|s)?|amount(?:ed)?\s+to|numbered)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|at\s+least\s+)?$/i;
/** "fired on an Armenian patrol, killing": whom the fire hit, right before the count it killed. */
const TARGET_OF_FIRE = /\b(?:opened\s+fire|fired|shot|ambushed|attacked)\s+(?:on|at|upon)\s+([^,;]{3,90}),\s*(?:killing|wounding|injuring)\s+$/i;
/**
 * "On the Armenian side, the losses were two dead": the side a sentence opens on, in the same clause.
 * ("On the Armenian side, the losses were: two dead, one wounded": a colon may open the losses it lists.)
 */
const ON_SIDE_FRONTED = /^\W*(?:on|for)\s+the\s+((?:[\w'-]+\s+){1,2})side\s*,[^;.:]*(?:\b(?:losses|casualties|toll|dead|figures?)\b[^;.:]{0,20}:[^;.:]*)?$/i;
/** "The Armenian side has six wounded", "Azerbaijan lost four soldiers". */
// "Armenia had acknowledged only 1,383 military deaths": a side owning up to deaths owns them.
/** "(, while) on the Armenian side (at least five soldiers died)": the side named right before the count, in its clause. */
const ON_SIDE_RIGHT_BEFORE = /(?:^|[,;:]\s*|\b(?:and|while|whereas|but)\s+)(?:on|for)\s+the\s+((?:[\w'-]+\s+){1,2})side\s*,?\s*$/i;
const SUBJECT_BEFORE =
  /(?:^|[,;:"]|\bthat\b)\s*([^,;:"]{1,60}?)\s+(?:(?:has|have|had)\s+)?(?:has|have|had|suffered|sustained|lost|counted|counts|acknowledged|acknowledges|admitted|admits|conceded|concedes)\s+(?:only\s+|just\s+)?$/i;

export function resolveAffected(
  sentence: string,
  group: VictimGroup,
  outcome: GroupOutcome,
  ctx: CasualtyContext,
  previous: AffectedSide | null,
): AffectedReading {
  const after = sentence.slice(group.end);
  // "50 dead on both sides", "20,000 dead on both sides": right after the victims, no one side's.
  // "put the number of dead on both sides at 20,000" names no one side either.
  const bothBefore =
    /\bon\s+(?:both|either|each)\s+(?:of\s+the\s+)?(?:two\s+)?sides\s+at\s+(?:about|around|some|roughly|more\s+than|over|at\s+least|nearly|almost)?\s*$/i;
  if (/^\s*(?:on|from)\s+(?:both|either|each)\s+(?:of\s+the\s+)?(?:two\s+)?sides\b/i.test(after) || bothBefore.test(sentence.slice(0, group.start))) {
    return { affected: "unspecified", possessor: null };
  }
  // "bringing the death toll on both sides since July to 24": a toll of both sides is no one side's.
  if (outcome.via === "toll" && TOLL_OF_BOTH_SIDES.test(sentence.slice(0, group.start))) return { affected: "unspecified", possessor: null };
  // "admits four dead of its own": the claimant's own.
  if (/^\s*(?:dead|killed|wounded|injured)?\s*of\s+(?:its|their|our)\s+own\b/i.test(after) && isBelligerent(ctx.claimant)) {
    return { affected: ctx.claimant as Side, possessor: null };
  }
  // "the attackers retreated, leaving the bodies of eight of their men": what the enemy left behind.
  const before = sentence.slice(0, group.start);
  if (LEFT_BEHIND.test(before)) {
    // "the Azerbaijani side had left eight bodies on the battlefield": the side that left them.
    // ("Armenian shelling left two civilians dead" names the agent: only a retreat leaves its own behind.)
    const retreat = /\b(?:behind|bodies|corpses)\b/i.test(before.slice(-40)) || /^(?:bodies|corpses)$/i.test(group.noun ?? "") || ON_BATTLEFIELD.test(after);
    const leaver = ENEMY.test(before) ? enemyOf(ctx.claimant) : retreat ? (clauseSubjectSide(before, ctx) ?? retreatingOther(before, ctx)) : null;
    if (leaver) return { affected: leaver, possessor: null };
  }
  // "30 Armenian and Azerbaijani soldiers": victims of both nations are no one side's.
  if (namesTwoSides(group.modifiers, ctx)) return { affected: "unspecified", possessor: null };
  const named = namedSide(sentence, group, outcome, ctx);
  // "Their previous toll was 68 dead": a toll the last speaker keeps is that speaker's figure too.
  const possessiveToll = POSSESSIVE_TOLL_OWNER.test(`${outcome.tollOwner ?? ""} ${outcome.tollPhrase ?? ""}`);
  if (named) return { affected: named, possessor: named === ctx.possessorSide && possessiveToll ? named : null };
  // "1,713 bodies were discovered and handed over to Armenia", "Azerbaijan had returned 29 military bodies": the dead
  // whose bodies go back to a side are that side's, whoever found them.
  const returnedTo = bodiesReturnedSide(sentence, group, ctx);
  if (returnedTo) return { affected: returnedTo, possessor: null };
  // "The two other victims were young Azerbaijani men killed near Askeran": the predicate says whose.
  const predicated = PREDICATE_NATIONALITY.exec(after)?.[1];
  const predicatedForce = PREDICATE_FORCE.exec(after)?.[1];
  const predicatedSide = predicated ? ctx.sideOf(predicated) : predicatedForce ? victimPhraseSide(predicatedForce, ctx) : null;
  if (predicatedSide) return { affected: predicatedSide, possessor: null };
  // "shot down an Armenian Mi-24 helicopter, killing all three crew members": a craft's crew are its side's ("its crew" too).
  // ("A Mi-24 belonging to the Karabakh forces was shot down. All three crew members were killed.": the craft the
  // sentence before brought down.)
  const crewSide = CREW.test(group.noun ?? "") ? (craftSide(before, ctx) ?? ctx.fireTarget ?? null) : null;
  if (crewSide) return { affected: crewSide, possessor: null };
  // "the embassy reports that the Karabakh side said two of its soldiers were wounded": "its" is the relayed speaker's.
  const relaying = group.possessive ? relayedSpeakerSide(before, ctx) : null;
  if (relaying) return { affected: relaying, possessor: relaying };
  if (group.possessive && ctx.possessorSide) return { affected: ctx.possessorSide, possessor: ctx.possessorSide };
  // "Lieutenant Artur Vanoyan was killed", "a resident, Aziz Azizov, was killed": a victim known by a name of one nation's.
  const surnamed = namedVictimSide(sentence, group, ctx);
  if (surnamed) return { affected: surnamed, possessor: null };
  // "Azerbaijani troops had attacked, and four of them were killed": "them" are the people named before.
  if (group.inherits && previous === null && OF_THEM.test(sentence.slice(group.start, group.end))) {
    const antecedent = antecedentSide(before, ctx);
    if (antecedent) return { affected: antecedent, possessor: null };
  }
  // '"Azerbaijani subversive groups were ambushed. As a result, they have 14 dead"': "they" who have or lost the dead
  // are the people named before them.
  if (THEY_HAVE_BEFORE.test(before)) {
    const antecedent = antecedentSide(before.replace(THEY_HAVE_BEFORE, ""), ctx);
    if (antecedent) return { affected: antecedent, possessor: null };
  }
  // "…, and that the Azerbaijani side had lost two dead": a side that lost them owns a bare count,
  // whoever the figure before it counted.
  const loser = group.noun === null && !group.inherits && LOST_BEFORE.test(before) ? subjectSide(before, group, ctx) : null;
  if (loser) return { affected: loser, possessor: null };
  // "…, and the Azerbaijani side reports 80 killed": a side reporting a bare count reports its own.
  const reportingSide = group.noun === null && !group.inherits ? SIDE_REPORTS_BEFORE.exec(before)?.[1] : undefined;
  const reporter = reportingSide ? victimPhraseSide(reportingSide, ctx) : null;
  if (reporter) return { affected: reporter, possessor: null };
  // "Armenian media reported one soldier wounded": a side's own voices reporting victims they name no side of report its own.
  const ownVoices = !group.inherits && group.count > 0 ? NATION_REPORTS_BEFORE.exec(before)?.[1] : undefined;
  const ownVoicesSide = ownVoices && NATIONALITY_ADJECTIVE.test(ownVoices) ? ctx.sideOf(ownVoices) : null;
  if (ownVoicesSide && isBelligerent(ownVoicesSide)) return { affected: ownVoicesSide, possessor: null };
  // "another", "two of them", or a bare "and three wounded": the victims just counted.
  if ((group.inherits || group.noun === null) && previous) return { affected: previous, possessor: null };
  // "38 people lost their lives in the crash", "12 of the 40 passengers aboard": the travellers of
  // a crashed plane or bus are no one side's, unless the text names theirs.
  // "Azerbaijani helicopter shot down over Karabakh, about 40 feared dead": the dead of a downed craft of a named side are that side's.
  const downed = isNonCombatant(group) && CRAFT_DOWNED.test(sentence) ? craftSide(before, ctx) : null;
  if (downed) return { affected: downed, possessor: null };
  if (isNonCombatant(group) && CRASH_VICTIMS.test(sentence)) {
    // "shot down an Armenian helicopter …, killing all 12 people on board": the craft's side, when named.
    // ("fired on a minibus carrying Karabakh police officers. Two people on board were killed": the target's people.)
    const side = craftSide(sentence.slice(0, group.start), ctx) ?? passengersSide(sentence.slice(0, group.start), ctx) ?? firedOnSide(sentence, group, ctx);
    // "Officials in Baku said 44 people died" on a craft shot down: a belligerent counting those aboard counts its own,
    // as for any people it names no side of; the travellers of an accident ("lost their lives in the crash") are anyone's.
    const ownAboard = side === null && isBelligerent(ctx.claimant) && !ACCIDENT.test(sentence) ? (ctx.claimant as Side) : null;
    return { affected: side ?? ownAboard ?? "unspecified", possessor: null };
  }
  if (group.count === 0 && !group.possessive && group.modifiers.trim() === "" && DENIED_THERE_WERE.test(before) && !DENIAL_OWNER_AFTER.test(after)) {
    return { affected: "unspecified", possessor: null };
  }
  // "wounding three journalists who were recording the damage": reporters whom nothing places with a side are no party's.
  if (isPressOnly(sentence, group)) return { affected: "unspecified", possessor: null };
  const subject = subjectSide(sentence.slice(0, group.start), group, ctx);
  if (subject) return { affected: subject, possessor: null };
  // "31 people died in the rioting in Sumgait": the dead of a riot or a pogrom are of both nations living there, not
  // the town's side; only a nation the sentence gives them places them (read above).
  if (communalViolenceVictims(sentence, group)) return { affected: "unspecified", possessor: null };
  if (BOTH_SIDES_AFTER.test(sentence.slice(group.end))) return { affected: "unspecified", possessor: null };
  const side = SOVIET_STATE.test(sentence) ? sovietEraSide(group, outcome, ctx) : defaultSide(group, outcome, ctx, after);
  // "transferred around 200 bodies out of the Karabakh region": the dead are from where they were taken.
  const origin = side === "unspecified" ? bodiesOrigin(sentence, group, ctx) : null;
  if (origin) return { affected: origin, possessor: null };
  return {
    affected:
      side === "unspecified" && isNonCombatant(group)
        ? (firedOnSide(sentence, group, ctx) ??
          (killedInAFight(sentence, group) ? "unspecified" : placeSide(sentence, ctx)) ??
          (ATTACK_NAMED_BEFORE.test(before) && ctx.sentenceBefore ? placedGroundSide(ctx.sentenceBefore, ctx) : null) ??
          disasterGround(sentence, ctx) ??
          strayFireGround(group, ctx) ??
          articleGroundOf(sentence, group, ctx) ??
          otherHalfOfToll(sentence, group, outcome, ctx) ??
          side)
        : side,
    possessor: null,
  };
}

/**
 * One exchange of fire between two armed parties, right after its dead: "(five people were killed) in a shootout".
 * ("killed in clashes in the Agdam district": clashes spread over a district, whose ground may still tell whose dead.)
 */
const IN_A_FIGHT_AFTER =
  /^[^.;,]{0,40}?\b(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:shoot-?outs?|gunfights?|gun\s+battles?|fire-?fights?|exchanges?\s+of\s+fire|crossfire)\b/i;

/**
 * "Five people were killed in a shootout on a road near Stepanakert": people the text names no nation of, killed in a
 * fight between two sides, may be of either; the place of the fight does not tell whose they were.
 */
function killedInAFight(sentence: string, group: VictimGroup): boolean {
  if (/\p{Lu}/u.test(group.modifiers) || !(group.noun === null || /^(?:people|persons)$/i.test(group.noun))) return false;
  return IN_A_FIGHT_AFTER.test(sentence.slice(group.end));
}

/** Violence between neighbours rather than armies: riots, disorders, pogroms, mobs, victims "of various nationalities". */
const COMMUNAL_VIOLENCE =
  /\b(?:riots?(?!\s+(?:police|troops|gear))|rioting|rioters|disorders|(?:ethnic|nationalist|inter-ethnic|communal)\s+unrest|pogroms?|mobs?|(?:various|different)\s+nationalities)\b/i;

/**
 * Whether a riot is what the group's own clause tells of: the words since the comma before the group, and after it up
 * to a semicolon ("… 31 people, among them members of various nationalities"). ("the war began with pogroms …, and
 * that the offensive killed 40": the pogroms are another clause's.) A nation the group names itself places it.
 */
function communalViolenceVictims(sentence: string, group: VictimGroup): boolean {
  if (/\p{Lu}/u.test(group.modifiers)) return false;
  const before = sentence.slice(0, group.start);
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  const after = sentence.slice(group.end).split(";")[0] ?? "";
  return COMMUNAL_VIOLENCE.test(before.slice(clauseStart)) || COMMUNAL_VIOLENCE.test(after);
}

/**
 * "Karabakh fuel depot blast: death toll rises to 170": a blast or fire named by the region it happened in.
 * (The region as a battlefield places no one, see CONTESTED_REGION; a disaster behind its lines does.)
 */
const REGION_DISASTER = /\b((?:Nagorno-)?Karabakh)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:blast|explosion|depot\s+fire|fire)\b/i;

function disasterGround(sentence: string, ctx: CasualtyContext): Side | null {
  const region = REGION_DISASTER.exec(sentence)?.[1];
  const side = region ? ctx.sideOf(region) : null;
  return side && isBelligerent(side) ? side : null;
}

/**
 * Names in apposition right after a group, maybe past where the victims lived: "(a resident) of the village,
 * Aziz Azizov, (was killed)", "(two brothers), Huseyn and Ziyaddin Safarov, (died)".
 */
const NAME_IN_APPOSITION = /^(?:\s+(?:of|from|in)\s+[^,;.]{1,60}?)?\s*,\s*(\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|and)){1,5})\s*,/u;

/** The named among a group, right after it: "(eight people), among them Hakobyan and …", "(five men), including Aliyev". */
const NAMED_AMONG = /^\s*,?\s*(?:among\s+them|including)\s+((?:[^,;.()]{0,40}?\p{Lu}[\p{Ll}'-]+(?:\s+and\b|,)?){1,4})/u;

/**
 * A nation and a role or two right before a name: "Russian officer (A B)", "Azerbaijani border guard (A B)".
 * (No verb between: in "Azerbaijani troops killed (A B)" the nation is the killers'.)
 */
const NATION_BEFORE_NAME = /\b(\p{Lu}[\p{L}-]+)\s+(?:(?![\p{Ll}-]*(?:ed|ing)\s|(?:said|says|told|shot|hit|saw|and|or)\s)[\p{Ll}-]+\s+){1,2}$/u;

/**
 * The side of a victim named in full (the group is the name) or of one or two victims named in apposition,
 * by the nation their surnames are of (see surnames.ts); null when the names tell no one nation.
 */
function namedVictimSide(sentence: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  // "Russian officer Pavel Sargsyan": the nation said before the name is his, whatever his name's ending.
  const said = group.noun === "person" ? NATION_BEFORE_NAME.exec(sentence.slice(0, group.start))?.[1] : undefined;
  // (Only a nation's adjective: in "Azerbaijan said (A B was killed)" the country is the speaker.)
  const saidSide = said && NATIONALITY_ADJECTIVE.test(said) ? ctx.sideOf(said) : null;
  if (saidSide) return saidSide;
  // "eight people, among them Hakobyan and a deputy minister": the named among a group tell whose the group is.
  const names =
    group.noun === "person" && group.modifiers === ""
      ? sentence.slice(group.start, group.end)
      : ((group.count <= 2 ? NAME_IN_APPOSITION.exec(sentence.slice(group.end))?.[1] : undefined) ?? NAMED_AMONG.exec(sentence.slice(group.end))?.[1]);
  const nation = names ? namesNation(names) : null;
  // (Russia's own dead are named with Russian names, whose "-ov" is no Azerbaijani's.)
  if (!nation || (nation === "Azerbaijani" && ctx.claimant === "russia")) return null;
  const side = ctx.sideOf(nation);
  // An Armenian name in Stepanakert's words is one of its own: the claimant's camp names the side more finely.
  return side && isBelligerent(ctx.claimant) && sameCamp(side, ctx.claimant) ? (ctx.claimant as Side) : side;
}

/** A war's or a conflict's dead, whatever the words between ("killed in the conflict", "the six-year war has killed"). */
const WAR_WORD = /\b(?:wars?|conflicts?|hostilities)\b/i;
/** A count no one incident in one place reaches: a war's toll, whoever's ground the article stands on. */
const WAR_SCALE = 1000;
/**
 * A toll over a span rather than of one event ("last year", "since 2020", "in 2010", "over the past month"), or
 * of a front as a whole ("ceasefire breaches", "along the line of contact"): the article's ground places none of it.
 */
const SPAN_OR_FRONT =
  /\b(?:last|this|that|each|every|a)\s+year\b|\bsince\b|\bin\s+(?:19|20)\d\d\b|\bover\s+the\s+(?:past|last)\b|\bceasefire\s+(?:breaches|violations)\b|\b(?:around|along|on)\s+the\s+(?:front|front\s*line|line\s+of\s+contact|border)\b/i;

/** "(killed) by mines", "in landmine explosions", "by unexploded ordnance": victims of what a war left in the ground. */
const MINES_VICTIMS =
  /^[^.;]{0,60}?\b(?:by|in|from)\s+(?:(?:a|an|the)\s+)?(?:(?:land|anti-personnel\s+|anti-tank\s+)?mines?|landmine\s+(?:explosions?|blasts?)|mine\s+(?:explosions?|blasts?)|unexploded\s+ordnance)\b/i;

/**
 * "he counted 31 dead", "I counted 14 wounded in two carriages", in an article whose figures so far all counted
 * one side's victims: civilians, people or the dead no word of the sentence places are that side's too, when a
 * third party or the outlet gives them (a belligerent's own count is its own, see defaultSide). Never a war's or
 * a span's toll, nor victims named by a nation the gazetteer does not know ("three Soviet soldiers").
 */
function articleGroundOf(sentence: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  if (!ctx.articleGround || isBelligerent(ctx.claimant) || /\p{Lu}/u.test(group.modifiers)) return null;
  // ("19 people were killed and 39 injured by mines in 2023": mines lie in one ground, so a year's count of their
  // victims stands on the article's ground as one blast's does.)
  const span = SPAN_OR_FRONT.test(sentence) && !MINES_VICTIMS.test(sentence.slice(group.end));
  if (group.count >= WAR_SCALE || WAR_WORD.test(sentence) || span || BOTH_SIDES_AFTER.test(sentence.slice(group.end))) return null;
  // ("… had died in Sumgait": a town the gazetteer cannot place may lie on anyone's ground.)
  for (const m of sentence.matchAll(IN_NAMED_PLACE)) {
    const name = m[1] ?? "";
    if (!CALENDAR_WORDS.has(name.toLowerCase()) && ctx.sideOf(name) !== ctx.articleGround) return null;
  }
  return ctx.articleGround;
}

/**
 * "… at least 68 people had died. Some 290 people were wounded, many of them with burns.": the outlet's count of the
 * other outcome, right after a figure of one side's victims, tells the rest of the same toll, whose side it keeps.
 * (People only, of no nation, in a sentence that names no war, span or place of its own.)
 */
function otherHalfOfToll(sentence: string, group: VictimGroup, outcome: GroupOutcome, ctx: CasualtyContext): Side | null {
  const earlier = ctx.earlier;
  if (ctx.claimant !== "unattributed" || !earlier || earlier.affected === "unspecified" || !isBelligerent(earlier.affected)) return null;
  if (outcome.outcome === "both" || outcome.outcome === earlier.outcome || !/^(?:people|persons)$/i.test(group.noun ?? "") || group.modifiers.trim() !== "")
    return null;
  if (group.count >= WAR_SCALE || WAR_WORD.test(sentence) || SPAN_OR_FRONT.test(sentence) || /\bin\s+\p{Lu}/u.test(sentence)) return null;
  return earlier.affected;
}

/** A place named after "in": "in Sumgait", "in Agdam". */
const IN_NAMED_PLACE = /\bin\s+(\p{Lu}[\p{L}'-]+)/gu;

/** The target after a verb of firing: "fired first on …", "opened fire at …", "fire was opened from X on …". */
const FIRED_ON = /\b(?:opened\s+fire|fired(?:\s+first)?|fire\s+was\s+opened(?:\s+from\s+[^,;.]{1,60}?)?|shelled|ambushed)\s+(?:on|at|upon)\s+([^,;.]{3,90})/gi;

/**
 * The side of the last target of fire a text names ("fired at a car with the law enforcement officers of
 * Nagorno-Karabakh" → Karabakh), when the gazetteer places it; null when it names none.
 */
const FIRED_ON_KEYS = { keys: requiredTexts(FIRED_ON) };

export function fireTargetSide(text: string, ctx: Pick<CasualtyContext, "sideOf">): Side | null {
  // (Asked of every sentence: most name no fire, and are not searched.)
  const target = mayMatch(FIRED_ON_KEYS, searchable(text)) ? allMatches(FIRED_ON, text).at(-1)?.[1] : undefined;
  // "a Mi-24 helicopter belonging to the Karabakh Armenian forces was shot down": a craft brought down is a target too,
  // unless it carried passengers of their own ("an Azerbaijani helicopter carrying officials and foreign observers").
  const craft = CRAFT_DOWNED.test(text) && !CRAFT_CARRYING.test(text) ? namedCraftSide(text, ctx) : null;
  return (target ? victimPhraseSide(target, ctx) : null) ?? craft;
}

/** A craft named by whom it carried. */
const CRAFT_CARRYING = /\b(?:carrying|transporting|evacuating|ferrying)\b/i;

/**
 * Words of the Soviet state and its media, by which a sentence tells of the years before the republics' independence.
 * ("Soviet-made", "former Soviet": an object's or a past's, said at any time.)
 */
const SOVIET_STATE = /\b(?<!former\s)(?:Soviet(?!-)|USSR|Tass|TASS|Azerinform)\b/u;

/**
 * "Azerinform said … three soldiers were slightly injured", "At least 50 people have been killed …, the chairman of
 * Armenia's Supreme Soviet said": in the Soviet Union's last years both republics and the troops between them were
 * Soviet, and the people or soldiers a republic's voice counts with no nation are not its own as they would be later;
 * only villagers, residents or civilians it counts are (see defaultSide). (A place named where they fell may still
 * place them, see placeSide.)
 */
function sovietEraSide(group: VictimGroup, outcome: GroupOutcome, ctx: CasualtyContext): AffectedSide {
  const side = defaultSide(group, outcome, ctx);
  return group.kind === "civilian" && !UNNAMED_PEOPLE.test(group.noun ?? "") ? side : "unspecified";
}

/** People counted with no word of who they were: "three people", "one man", a bare "three were wounded". */
const UNNAMED_PEOPLE = /^(?:people|persons|m[ae]n|wom[ae]n)$/i;

/**
 * "… fired on a car carrying Karabakh police officers. Three people in the car were killed": people counted
 * with no side of their own, right after fire on a target of one side (in the sentence or the one before), are
 * the target's.
 */
function firedOnSide(sentence: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  if (group.inherits || (group.noun !== null && !UNNAMED_PEOPLE.test(group.noun)) || /\p{Lu}/u.test(group.modifiers)) return null;
  return fireTargetSide(sentence.slice(0, group.start), ctx) ?? ctx.fireTarget ?? null;
}

/** Neighbours whose border villages lie under the front's stray fire. */
const STRAY_FIRE_NEIGHBOURS: ReadonlySet<string> = new Set(["iran"]);

/**
 * "One child was wounded, and several homes were damaged", in Tehran's words: the civilians a neighbour
 * under stray fire counts, where no place names another side, are its own.
 */
// (Its "no casualties", with no victims named, is of its own people too: "shells landed near the villages without causing casualties".)
function strayFireGround(group: VictimGroup, ctx: CasualtyContext): Side | null {
  const ownPeople = group.kind === "civilian" || (group.kind === "toll" && group.count === 0 && group.modifiers.trim() === "");
  return ownPeople && STRAY_FIRE_NEIGHBOURS.has(ctx.claimant) ? (ctx.claimant as Side) : null;
}

/** "(two beheadings) of Armenians", "(three deaths) of Azerbaijani prisoners": the people a toll's noun counted, by their nation. */
const TOLL_OF_PEOPLE_AFTER =
  /^\s+of\s+((?:ethnic\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:prisoners|captives|civilians|soldiers|servicemen|residents|villagers))?)(?=[\s,.;]|$)/u;

/** A speaker and its verb of speech, right before what it said: "the Karabakh side said (that)". */
const SPEAKER_BEFORE =
  /((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:said|says|reported|reports|announced|announces|claimed|claims|stated|states|added|adds|confirmed|confirms|acknowledged|acknowledges|admitted|admits)\b/gu;

/**
 * The side of a belligerent (or a force on the ground) whose words another speaker relays in the same
 * clause as "its soldiers", when it is not the claimant: "Embassy officials report that the Karabakh side
 * said two of its soldiers were wounded". Null when the last speaker before the group is the claimant or none.
 */
function relayedSpeakerSide(before: string, ctx: CasualtyContext): Side | null {
  const last = [...before.matchAll(SPEAKER_BEFORE)].at(-1);
  if (!last?.[1] || /[.;:]/.test(before.slice((last.index ?? 0) + last[0].length))) return null;
  const side = victimPhraseSide(last[1], ctx);
  return side && side !== ctx.claimant && (isBelligerent(side) || hasTroopsOnTheGround(side)) ? side : null;
}

/** A nation's media, officials or army reporting, right before the count: "Armenian media reported (one soldier wounded)". */
const NATION_REPORTS_BEFORE =
  /(?:^|[,;:]\s*|\b(?:and|while|but|that)\s+)(\p{Lu}[\p{L}-]+)\s+(?:media|press|officials|sources|authorities|military|army|government)\s+(?:(?:has|have|had)\s+)?(?:reported|reports|said|says|announced|announces|confirmed|confirms|acknowledged)\s+(?:that\s+)?$/u;

/** "had lost", "suffered": the verb whose subject owns the count right after it. */
const LOST_BEFORE = /\b(?:lost|suffered|sustained)\s+$/i;
/** "the Azerbaijani side reports", "the Armenian side has": a side giving or having a bare count. */
const SIDE_REPORTS_BEFORE = /\b((?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+side)\s+(?:(?:has|have|had)\s+)?(?:reports|reported|announced|confirmed|has|had)\s+$/i;
const ON_BATTLEFIELD = /^\s+(?:dead\s+)?(?:on|in)\s+the\s+(?:battlefield|field|battle\s*field)\b/i;
/** Words that make a subject a weapon or an attack, which leaves others dead, not its own. */
const AGENT_WORDS = /\b(?:shelling|fire|attacks?|strikes?|shells?|missiles?|rockets?|drones?|mines?|explosions?|blasts?|bombing|offensive)\b/i;
const OF_THEM = /\bof\s+them\b/i;
/** The last people named with a side before "N of them": "Azerbaijani troops", "a group of Armenian saboteurs". */
const PEOPLE_NAMED =
  /\b((?:\p{Lu}[\p{L}'-]+\s+){1,2})(?:[\p{Ll}-]+\s+)?(?:troops|forces|soldiers|servicem[ae]n|infiltrators|saboteurs|fighters|units?|groups?|detachments?|civilians|residents|villagers|men)\b/gu;

function antecedentSide(before: string, ctx: CasualtyContext): Side | null {
  // "a group of saboteurs had been repelled, with three of them killed": the armed men the speaker fought.
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(". "), 0));
  if (HOSTILE_MEN.test(clause) && isBelligerent(ctx.claimant)) return enemyOf(ctx.claimant);
  const last = [...before.matchAll(PEOPLE_NAMED)].at(-1);
  // "civilians detained by Azerbaijani forces … two of them": the agent after "by" is not who "them" are.
  if (!last?.[1] || /\bby\s+(?:the\s+)?$/i.test(before.slice(0, last.index))) return null;
  return victimPhraseSide(last[1], ctx);
}

/** "they have", "they lost": a pronoun owning the count right after it. */
const THEY_HAVE_BEFORE = /\bthey\s+(?:have|had|suffered|sustained|lost)\s+$/i;

/** Armed men named as those who came at the speaker's side: "saboteurs", "the attackers", "infiltrators". */
const HOSTILE_MEN = /\b(?:attackers|assailants|raiders|infiltrators|intruders|saboteurs)\b/i;

/** The dead counted as bodies or remains, and the place they were taken out of. */
const BODIES_BEFORE = /\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?$/i;
const TAKEN_OUT_OF = /^\s+(?:out\s+of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/u;

function bodiesOrigin(sentence: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  const bodies = /^(?:bodies|corpses)$/i.test(group.noun ?? "") || BODIES_BEFORE.test(sentence.slice(0, group.start));
  const place = bodies ? TAKEN_OUT_OF.exec(sentence.slice(group.end))?.[1] : undefined;
  const side = place ? ctx.sideOf(place) : null;
  return side && isBelligerent(side) ? side : null;
}

/** A toll's owner that is a possessive pronoun: "their (previous toll)", "its (count)". */
const POSSESSIVE_TOLL_OWNER = /\b(?:its|their|our)\b/i;

/** Bodies given back, and the side they go back to: "(bodies) were later handed over to Armenia". */
const RETURNED_TO =
  /^[^.;]{0,80}?\b(?:handed\s+over|returned|repatriated|transferred|given\s+back|sent\s+back|sent\s+home)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s+side)?)/u;
/** The side that gives bodies back, right before the count: "Azerbaijan had returned (29 bodies)". */
const RETURNED_BY =
  /(?:^|[,;:]\s*|\b(?:that|and|saying|said|says)\s+)(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s+side)?)\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:returned|handed\s+over|repatriated|given\s+back)\s+(?:(?:about|around|some|more\s+than|over|at\s+least|nearly|another)\s+)?$/u;

/** A verb of giving back right before the count, and where to after it: "transferred (200 bodies) to Armenia". */
const RETURNING_BEFORE =
  /\b(?:handed\s+over|returned|repatriated|transferred|gave\s+back|given\s+back|sent\s+back)\s+(?:the\s+)?(?:(?:about|around|some|more\s+than|over|at\s+least|nearly|another)\s+)?$/i;
const TO_AFTER = /^[^.;,]{0,40}?\bto\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+(?:\s+side)?)/u;

/** The side whose dead a count of bodies is when the text says where they went back, or which side gave them back. */
function bodiesReturnedSide(sentence: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  const bodies = /^(?:bodies|corpses|remains)$/i.test(group.noun ?? "") || BODIES_BEFORE.test(sentence.slice(0, group.start));
  if (!bodies) return null;
  const after = sentence.slice(group.end);
  const to = RETURNED_TO.exec(after)?.[1] ?? (RETURNING_BEFORE.test(sentence.slice(0, group.start)) ? TO_AFTER.exec(after)?.[1] : undefined);
  const receiver = to ? ctx.sideOf(to) : null;
  if (receiver && isBelligerent(receiver)) return receiver;
  const by = RETURNED_BY.exec(sentence.slice(0, group.start))?.[1];
  const giver = by ? ctx.sideOf(by) : null;
  return giver && isBelligerent(giver) ? enemyOf(giver) : null;
}

/** Nouns for the crew of a craft: "crew members", "members of its crew", "the pilot". */
const CREW = /^(?:crew(?:\s+members?)?|members?\s+of\s+(?:the|its|their)\s+crew|crewm[ae]n|(?:co-)?pilots?)$/i;

/** Words that make the victims the travellers of a crash. */
/**
 * "a helicopter evacuating wounded Armenian fighters": the side of the people a craft carried, when
 * they are of one side only ("carrying Azerbaijani officials and Soviet and Kazakh monitors" is none).
 */
function passengersSide(before: string, ctx: CasualtyContext): Side | null {
  const carried = CARRYING.exec(before)?.[1];
  if (!carried) return null;
  const sides = new Set((carried.match(/\p{Lu}[\p{L}-]+/gu) ?? []).map((word) => ctx.sideOf(word)));
  const [only] = [...sides];
  return sides.size === 1 && only ? only : null;
}

/** What a craft carried, up to the clause's end: "carrying senior officials and peace monitors". */
const CARRYING = /\b(?:carrying|evacuating|transporting|ferrying)\s+([^,;]{3,120})/i;

/**
 * "an Armenian helicopter", "A Russian military helicopter" (opening a sentence), "an Armenian Mi-24 attack helicopter",
 * and in a headline's short words "shoots down Karabakh helicopter", "Armenian-backed helicopter shot down": the
 * nationality of the craft the victims were on.
 */
const CRAFT_OF =
  /(?:\b(?:[Aa]n?|[Tt]he)\s+|\b(?:(?:shoots?|shot)\s+down|downs|downed)\s+|^\s*)(\p{Lu}[\p{L}-]+)\s+(?:(?:military|army|air\s+force|civilian|passenger|transport|attack|combat|cargo|Mi-\d+|Su-\d+|An-\d+)\s+){0,2}(?:helicopter|plane|aircraft|airliner|jet)\b/u;
/** "Azerbaijani forces shot down a military helicopter": the belligerent that downed a craft whose side the text leaves unnamed. */
const SHOT_DOWN_BY =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:forces|troops|army|military|air\s+defen[cs]es?)\s+(?:had\s+|has\s+|have\s+)?(?:shot|shoots|shoot)\s+down\s+(?:an?|the)\s+(?:(?:military|army|combat|attack)\s+)?(?:helicopter|plane|aircraft|jet)\b/u;

/** The side of the craft the victims were on: the one named with it, else the enemy of the belligerent that shot it down. */
function craftSide(before: string, ctx: CasualtyContext): Side | null {
  const side = namedCraftSide(before, ctx);
  if (side) return side;
  const shooter = SHOT_DOWN_BY.exec(before)?.[1];
  const shooterSide = shooter ? ctx.sideOf(shooter) : null;
  return shooterSide && isBelligerent(shooterSide) ? enemyOf(shooterSide) : null;
}

/** "a helicopter belonging to the Karabakh Armenian forces", "a plane of the Azerbaijani air force": the craft's owner after it. */
const CRAFT_BELONGING_TO =
  /\b(?:helicopter|plane|aircraft|jet)\s+(?:belonging\s+to|of)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]+\s+){1,3})(?:forces|army|military|air\s+force|armed\s+forces|side)\b/u;

/**
 * The side a text names a craft by: "an Azerbaijani helicopter", "Armenian-backed helicopter", "a helicopter
 * belonging to the Karabakh Armenian forces".
 */
function namedCraftSide(text: string, ctx: Pick<CasualtyContext, "sideOf">): Side | null {
  const named = CRAFT_OF.exec(text)?.[1]?.replace(/-backed$/i, "");
  const owner = CRAFT_BELONGING_TO.exec(text)?.[1];
  return (named ? ctx.sideOf(named) : null) ?? (owner ? victimPhraseSide(owner, ctx) : null);
}

/** A craft brought down: "shot down", "downed", "brought down". */
const CRAFT_DOWNED = /\b(?:shot|shoots|shoot|brought|brings)\s+down\b|\bdown(?:ed|s)\b/i;
/** Words of an accident rather than an attack. */
const ACCIDENT = /\bcrash(?:ed|es)?\b|\baccident\b/i;
const CRASH_VICTIMS = /\b(?:(?:plane|air|helicopter|bus|train|road)\s+)?crash(?:ed|es)?\b|\b(?:on\s+board|aboard|passengers?)\b/i;

/** Civilians, people, a bare toll: victims a place can name, unlike soldiers who fight anywhere. */
function isNonCombatant(group: VictimGroup): boolean {
  return group.kind === null || group.kind === "civilian" || group.kind === "toll";
}

/**
 * "in Ganja", "a strike on Stepanakert", "the shelling of Tartar": a place named after a preposition, with
 * the places listed with it ("in Armenia and Azerbaijan"), each of which counts.
 */
// ("a report on Armenia", "talks on Karabakh": the subject of a text or a talk, no place where anyone was hit.)
const PLACE_AFTER_PREPOSITION =
  /\b(?:in|(?<!\b(?:report|reports|statement|resolution|talks|book|study|chapter|article|briefing|hearing|debate|sanctions|policy)\s)on|at|near|into|outside|(?<=\b(?:shelling|bombardment|bombing|strikes?|attacks?|siege|outskirts|centre|center|residents|people|population|reporters?|journalists?|crew|staff|employees?)\s+)of)\s+(?:the\s+)?(?:(?:[A-Z][\w'-]+\s+)?(?:city|town|village|district|region|capital)\s+of\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:in\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)*)/g;
/**
 * "Barda had been hit … by rockets that killed 21 civilians", "missiles hit Ganja overnight, killing 12
 * civilians": the place struck, named as the subject of the passive or the object of the strike.
 */
const PLACE_HIT =
  /\b([A-Z][\w'-]+)\s+(?:had\s+been|has\s+been|was|were|is\s+being|was\s+again)\s+(?:hit|struck|shelled|bombed|targeted|attacked|pounded|bombarded)\b|\b(?:hit|hits|struck|strikes|shelled|shells|bombed|bombs|targeted|targets|pounded|pounds|bombarded)\s+(?:(?:the\s+)?(?:city|town|village)\s+of\s+)?([A-Z][\w'-]+)(?:\s+(?:again|overnight|today|on\s+\w+day))?\b/g;
/** One name of a listed run of places. */
const PLACE_LIST_SEPARATOR = /,\s*|\s+and\s+(?:in\s+)?|\s+or\s+(?:in\s+)?/;
/** Adjectives of nationality ("on Armenian positions") name an agent or a target, not a place. */
const NATIONALITY_ADJECTIVE = /(?:ian|ians|ani|anis|eri|eris|ese)$/i;

/** The disputed region as a whole was fought over by both sides: its name places no victims. */
const CONTESTED_REGION = /karabakh|artsakh/i;

/**
 * The side whose territory every place the sentence names lies in: civilians killed "in
 * Ganja" are Azerbaijan's, "in Stepanakert" Karabakh's. Places of two sides name none.
 */
function placeSide(sentence: string, ctx: CasualtyContext): Side | null {
  // "The conflict has claimed 100 lives since it erupted, when the council in Stepanakert …": a whole
  // war's dead are no one place's.
  if (CONFLICT_TOLL.test(sentence)) return null;
  const sides = new Set<string>();
  for (const m of sentence.matchAll(NATIONAL_GROUND)) {
    const side = ctx.sideOf(m[1] ?? "");
    if (side) sides.add(side);
  }
  for (const m of [...sentence.matchAll(PLACE_AFTER_PREPOSITION), ...sentence.matchAll(PLACE_HIT)]) {
    if (SPEAKING_VENUE_BEFORE.test(sentence.slice(0, m.index ?? 0))) continue;
    const listed = (m[1] ?? m[2] ?? "").split(PLACE_LIST_SEPARATOR);
    const separators = (m[1] ?? m[2] ?? "").match(new RegExp(PLACE_LIST_SEPARATOR.source, "g")) ?? [];
    listed.forEach((name, i) => {
      if (NATIONALITY_ADJECTIVE.test(name.split(/\s+/)[0] ?? "") || CONTESTED_REGION.test(name)) return;
      const side = ctx.sideOf(name);
      // ("as Armenian forces advanced on Agdam, Red Cross delegate X said": a body named after the comma opens the next
      // clause, and is no place of the list.)
      if (side && i > 0 && /^,/.test(separators[i - 1] ?? "") && !isBelligerent(side)) return;
      if (side) sides.add(side);
    });
  }
  const [only] = sides;
  // Only a belligerent's ground places its victims: a mediator's capital is no battlefield. A
  // neighbour's own villages hit by stray fire are its ground when it is the one reporting them.
  return sides.size === 1 && only !== undefined && (isBelligerent(only) || only === (ctx.claimant as string)) ? (only as Side) : null;
}

/**
 * "… a rocket barrage that struck Barda city. That attack killed 21 civilians": a sentence that opens on the attack
 * the one before placed counts the victims on that ground.
 */
const ATTACK_NAMED_BEFORE =
  /^\s*(?:the|that|this|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|barrages?|bombardments?|raids?|rocket\s+fire|explosions?|blasts?)\b/i;

/** The one belligerent's ground a sentence places its events on ("struck Barda city", "in three districts of Azerbaijan"), or null. */
function placedGroundSide(sentence: string, ctx: Pick<CasualtyContext, "sideOf">): Side | null {
  return placeSide(sentence, { ...ctx, claimant: "unattributed", possessorSide: null });
}

/** "told a news conference (in Yerevan)", "told reporters (in Baku)": where the speaker spoke, not where anyone was hit. */
const SPEAKING_VENUE_BEFORE =
  /\b(?:(?:news|press)\s+conference|briefing|reporters|journalists|(?:told|telling)\s+(?:parliament|the\s+parliament))(?:\s+(?:organi[sz]ed|held|called))?\s*$/i;

/** "landed in two Iranian border villages", "on Georgian territory", "in the Armenian capital": ground named by its state's adjective. */
const NATIONAL_GROUND =
  /\b(?:in|on|at|near|into)\s+(?:(?:the|a|an|two|three|several|some|four|five)\s+)?(\p{Lu}\p{Ll}+)\s+(?:border\s+|frontier\s+)?(?:villages?|towns?|cities|city|capital|territory|soil|province|provinces|districts?|settlements?)\b/gu;

/** "The conflict has claimed …", "the war killed …", "causing more than 22,000 deaths": the toll of a whole war. */
const CONFLICT_TOLL =
  /\b(?:the|this|that|a|its|their)\s+(?:\w+\s+){0,3}?(?:conflict|war|wars)\b(?:\s+\w+){0,20}?\s+(?:has\s+|had\s+|have\s+)?(?:claimed|killed|cost|took|taken|causing|caused|leaving|left)\b/i;

/** "(died) in Azerbaijani captivity", "in Armenian custody": who held the victims, in the same clause. */
const IN_CAPTIVITY_AFTER = /^[^.;:]{0,60}?\bin\s+(\p{Lu}[\p{L}-]+)\s+(?:captivity|custody|detention)\b/u;

/** Modifiers that join two sides' names: "Armenian and Azerbaijani (soldiers)". */
function namesTwoSides(modifiers: string, ctx: CasualtyContext): boolean {
  const [first, second] = modifiers.split(/\s+and\s+/);
  if (second === undefined || !first) return false;
  const [a, b] = [victimPhraseSide(first, ctx), victimPhraseSide(second, ctx)];
  return a !== null && b !== null && !sameCamp(a, b);
}

/** A side named inside the group or right after it, or by the death toll's owner. */
function namedSide(sentence: string, group: VictimGroup, outcome: GroupOutcome, ctx: CasualtyContext): AffectedSide | null {
  if (/\benemy\b/i.test(group.modifiers)) return enemyOf(ctx.claimant);
  // ("killing about 100 attackers": the armed men the speaker's side fought; a side that fought no one names no enemy.)
  const fought = ENEMY.test(group.noun ?? "") ? enemyOf(ctx.claimant) : null;
  if (fought) return fought;
  // "the enemy losses, according to our data, exceed 4,000 killed": the count of the enemy's losses.
  if (ENEMY_LOSSES_BEFORE.test(sentence.slice(0, group.start))) return enemyOf(ctx.claimant);
  const losses = LOSSES_OWNER_BEFORE.exec(sentence.slice(0, group.start));
  const lossesOwner = losses?.[1] ?? losses?.[2] ?? LOSSES_LABEL_BEFORE.exec(sentence.slice(0, group.start))?.[1];
  if (lossesOwner) {
    const side = ownerSide(lossesOwner, ctx);
    if (side) return side;
  }
  // "opened fire on a car carrying Karabakh police officers, killing three": the bare count is the target's.
  // ("…, killing three people": people no one names otherwise are the target's too.)
  const target = group.noun === null || /^(?:people|persons)$/i.test(group.noun) ? TARGET_OF_FIRE.exec(sentence.slice(0, group.start))?.[1] : undefined;
  if (target) {
    const side = victimPhraseSide(target, ctx);
    if (side) return side;
  }
  const frontedSide = (ON_SIDE_FRONTED.exec(sentence.slice(0, group.start)) ?? ON_SIDE_RIGHT_BEFORE.exec(sentence.slice(0, group.start)))?.[1];
  if (frontedSide) {
    const side = victimPhraseSide(frontedSide, ctx);
    if (side) return side;
  }
  const phrase = [group.modifiers, group.kind === "nationality" ? group.noun : ""].filter(Boolean).join(" ");
  const inGroup = phrase ? victimPhraseSide(phrase, ctx) : null;
  // "two Russian journalists were wounded", "three French citizens", "three Russians were injured": civilians of a
  // state that does not fight here belong to no party to the conflict; its soldiers are its own.
  if (inGroup) return isForeignCivilians(sentence, group, inGroup) ? "unspecified" : inGroup;
  // "15 members of what it called a criminal group": a belligerent's name for the armed men it fought is the enemy's.
  if (/^members$/i.test(group.noun ?? "") && HOSTILE_GROUP_AFTER.test(sentence.slice(group.end)) && isBelligerent(ctx.claimant)) return enemyOf(ctx.claimant);
  const owner = OWNER_AFTER.exec(sentence.slice(group.end))?.[1];
  if (owner) {
    const side = victimPhraseSide(owner, ctx);
    if (side) return side;
  }
  // "three deaths of Armenians", "two beheadings of Azerbaijani prisoners": a toll's noun, then whose people it counted.
  const people = group.kind === "toll" ? TOLL_OF_PEOPLE_AFTER.exec(sentence.slice(group.end))?.[1] : undefined;
  const peopleSide = people ? victimPhraseSide(people, ctx) : null;
  if (peopleSide) return peopleSide;
  const home = homeSide(sentence.slice(group.end), group, ctx);
  if (home) return home;
  const among = amongSide(sentence.slice(group.end), ctx);
  if (among) return among;
  // "two detainees died in Azerbaijani captivity": the captor's enemy's people.
  const captor = IN_CAPTIVITY_AFTER.exec(sentence.slice(group.end))?.[1];
  const captorSide = captor ? ctx.sideOf(captor) : null;
  if (captorSide && isBelligerent(captorSide)) return enemyOf(captorSide);
  const onSide = ON_SIDE_AFTER.exec(sentence.slice(group.end, group.end + 80))?.[1];
  if (onSide) {
    const side = victimPhraseSide(onSide, ctx);
    if (side) return side;
  }
  const inToll = outcome.tollPhrase ? victimPhraseSide(outcome.tollPhrase, ctx) : null;
  if (inToll) return inToll;
  // ("the number of its soldiers killed … to 104": the possessive inside the toll's words.)
  if (POSSESSIVE_TOLL_OWNER.test(outcome.tollPhrase ?? "") && ctx.possessorSide) return ctx.possessorSide;
  if (outcome.tollOwner) {
    if (/\b(?:its|their|our)\b/i.test(outcome.tollOwner) && ctx.possessorSide) return ctx.possessorSide;
    return victimPhraseSide(outcome.tollOwner, ctx);
  }
  return null;
}

/** Words that make a sentence's people of a foreign nation its forces: "three Russian soldiers", "Russians … peacekeepers". */
const FORCES_WORD = /\b(?:soldiers?|servicem[ae]n|troops|peacekeep\w*|military|officers?|pilots?|airm[ae]n|crews?|army|forces|contingent)\b/i;

/**
 * People of a state that does not fight here, named as civilians ("two French journalists") or by their nation
 * alone in a sentence with no word of its forces ("three Russians were injured in the strike"): no party's losses.
 */
function isForeignCivilians(sentence: string, group: VictimGroup, side: Side): boolean {
  if (isBelligerent(side) || STRAY_FIRE_NEIGHBOURS.has(side)) return false;
  return group.kind === "civilian" || (group.kind === "nationality" && !FORCES_WORD.test(sentence));
}

/** Nouns of the press: the people who come to report a war and fight for no side in it. */
const PRESS_NOUN = /^(?:journalists?|newsm[ae]n|reporters?|correspondents?|cameram[ae]n|photographers?|photojournalists?)$/i;
/** "(a reporter) of the AzTV channel", "(two journalists) and a local official": an employer or others who may have a side. */
const PRESS_PLACED_AFTER =
  /^\s*(?:(?:of|from|with|for)\s+(?:the\s+)?\p{Lu}|(?:,\s*)?(?:and|as\s+well\s+as|along\s+with)\s+(?:an?|the|one|two|three|four|\d+|their|his|her)\s)/u;

/** A group of reporters with no nation, employer or companions named with them ("three journalists who were filming"). */
function isPressOnly(sentence: string, group: VictimGroup): boolean {
  if (!PRESS_NOUN.test(group.noun ?? "") || /\p{Lu}/u.test(group.modifiers)) return false;
  // ("Two journalists and a local official": a group joined to others ends after them.)
  return !/\s(?:and|as\s+well\s+as)\s/i.test(sentence.slice(group.start, group.end)) && !PRESS_PLACED_AFTER.test(sentence.slice(group.end));
}

/** "(two residents of the district), Azerbaijanis by nationality": the victims' nationality in apposition. */
const BY_NATIONALITY_AFTER =
  /^(?:\s+of\s+(?:the\s+)?\p{Ll}[\p{Ll}\s-]{0,30}?)?\s*,\s*((?:ethnic\s+)?\p{Lu}[\p{L}'-]+)\s+by\s+(?:nationality|ethnicity|origin)\b/u;
/** "residents of the Agdam district", "villagers of Talish": where the victims lived. */
const HOME_AFTER = /^\s+of\s+(?:the\s+)?(?:(?:city|town|village|district|region|settlement)\s+of\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)/u;
// ("380 citizens of Azerbaijan": a state's citizens are its own, as a place's residents are the place's.)
const RESIDENT_NOUN = /^(?:residents?|inhabitants?|villagers?|natives?|citizens?|nationals?)$/i;

/** "no casualties among the servicemen", "no losses among Azerbaijani troops": the people a toll counts among. */
const AMONG_AFTER =
  /^\s+among\s+(?:the\s+|its\s+|their\s+|our\s+)?((?:\p{Lu}[\p{L}'-]*\s+){0,2})(?:servicem[ae]n|soldiers|troops|military|personnel|peacekeepers|forces)\b/u;

/** The side of the people a toll counts among: the one named, else the claimant's own forces. */
function amongSide(after: string, ctx: CasualtyContext): Side | null {
  const m = AMONG_AFTER.exec(after);
  if (!m) return null;
  const named = m[1]?.trim() ? victimPhraseSide(m[1], ctx) : null;
  if (named) return named;
  return hasTroopsOnTheGround(ctx.claimant) ? (ctx.claimant as Side) : null;
}

/** The side the victims' stated nationality or home names, when the text gives either right after them. */
function homeSide(after: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  const nationality = BY_NATIONALITY_AFTER.exec(after)?.[1];
  if (nationality) return victimPhraseSide(nationality, ctx);
  const home = RESIDENT_NOUN.test(group.noun ?? "") ? HOME_AFTER.exec(after)?.[1] : undefined;
  if (!home || CONTESTED_REGION.test(home) || NATIONALITY_ADJECTIVE.test(home.split(/\s+/)[0] ?? "")) return null;
  const side = ctx.sideOf(home);
  return side && isBelligerent(side) ? side : null;
}

/** "the enemy" → the claimant's enemy; "its" / "their" / "our" → the possessor; a named side otherwise. */
function ownerSide(owner: string, ctx: CasualtyContext): Side | null {
  if (ENEMY.test(owner)) return enemyOf(ctx.claimant);
  // "its", "their own side": the possessor.
  if (/^(?:its|their|our)\b/i.test(owner.trim())) return ctx.possessorSide;
  return victimPhraseSide(owner, ctx);
}

/** A side's own forces as the subject that withdrew: "we", "our troops", "our units". */
const OWN_SUBJECT = /\b(?:we|our|us)\b/i;

/**
 * "When they withdrew, they left eight bodies behind", "the group fled, leaving behind the body of one of its
 * men", in a belligerent's words: a force that retreats and leaves its dead is the one it fought, unless it
 * says its own ("we withdrew, leaving …").
 */
function retreatingOther(before: string, ctx: CasualtyContext): Side | null {
  const clause = before.slice(Math.max(before.lastIndexOf(";"), 0));
  return isBelligerent(ctx.claimant) && !OWN_SUBJECT.test(clause) ? enemyOf(ctx.claimant) : null;
}

/** "leaving eight dead", "left behind the bodies of": the victims a retreating side left. */
const LEFT_BEHIND = /\b(?:leaving|left)\s+(?:behind\s+)?(?:the\s+(?:bodies|body|corpses?|remains)\s+of\s+)?$/i;

/** Words by which a claimant names the other side: "the enemy", "the attackers", "the attacking side". */
const ENEMY = /\b(?:enemy|adversary|opponents?|attackers|attacking\s+(?:side|units?|forces?|group)|raiders|intruders|infiltrators|saboteurs)\b/i;

/** The side the subject of the clause names: its first words, up to its verb. */
function clauseSubjectSide(before: string, ctx: CasualtyContext): Side | null {
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) from = (m.index ?? 0) + m[0].length;
  const words: string[] = [];
  for (const word of before.slice(from).trim().split(/\s+/).filter(Boolean).slice(0, 6)) {
    const bare = word.replace(/[,.]+$/, "");
    if (SUBJECT_END.test(bare)) break;
    words.push(bare);
    if (bare !== word) break;
  }
  if (words.length === 0 || words.some((w) => AGENT_WORDS.test(w))) return null;
  if (words.length === 1 && /^(?:it|we)$/i.test(words[0] ?? "")) return isBelligerent(ctx.claimant) ? (ctx.claimant as Side) : null;
  return victimPhraseSide(words.join(" "), ctx);
}

function subjectSide(quotedBefore: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  // ('it claimed that "the enemy" had lost 100 soldiers': a few words in the speaker's quotation marks open no clause.)
  const before = quotedBefore.replace(SCARE_QUOTED, "$1");
  // "Azerbaijan lost eight men": a side that lost people lost its own, whoever they were.
  if ((group.kind === "civilian" || group.kind === "nationality") && !/\b(?:lost|suffered)\s+$/i.test(before)) return null;
  // "Armenia said Azerbaijan lost eight soldiers": the subject of the clause the figure is in,
  // after the reporting verb, not the speaker before it.
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) from = (m.index ?? 0) + m[0].length;
  const subject = SUBJECT_BEFORE.exec(before.slice(from))?.[1];
  if (subject && ENEMY.test(subject)) return enemyOf(ctx.claimant);
  if (subject && /\b(?:its|their|our)\b/i.test(subject)) return ctx.possessorSide;
  return subject ? victimPhraseSide(subject, ctx) : null;
}

function defaultSide(group: VictimGroup, outcome: GroupOutcome, ctx: CasualtyContext, after = ""): AffectedSide {
  const claimant = ctx.claimant;
  // Claimants whose unnamed servicemen are their own: the belligerents and Russia (peacekeepers).
  if (!hasTroopsOnTheGround(claimant)) return "unspecified";
  const own = claimant as Side;
  // "its forces killed three civilians": the claimant's own forces killed them, so they are
  // not its losses (and nothing says whose they are).
  if (outcome.agentText !== undefined && agentIsOwnForces(outcome.agentText, ctx)) return "unspecified";
  if (group.kind === "military" || (group.kind === "peacekeeper" && claimant === "russia")) return own;
  if (!isBelligerent(claimant)) return "unspecified";
  // "five Syrians", "two peacekeepers": a group named as someone else's that the gazetteer
  // could not place is not the claimant's.
  if (group.kind === "nationality" || group.kind === "peacekeeper") return "unspecified";
  // "Yerevan's investigators said the explosion had killed 218 people", in an article whose figures so far counted the
  // Karabakh Armenians' victims: Armenia counting people of its camp who fell in Karabakh counts Karabakh's dead.
  // ("Armenian officials say 11 civilians have died on their side": its own side, whatever ground the article stands on.)
  if (own === "armenia" && ctx.articleGround === "nagorno-karabakh" && !ON_OWN_SIDE_AFTER.test(after)) return ctx.articleGround;
  // Civilians, people, children, a bare "two were killed", "93 deaths": the claimant's own.
  return own;
}

/** "(11 civilians have died) on their side": the speaker's own side named after the victims, in their clause. */
const ON_OWN_SIDE_AFTER = /^[^,;.]{0,40}?\bon\s+(?:their|its|our)\s+(?:own\s+)?side\b/i;

/** A word or three in quotation marks: "the enemy", "sabotage groups". */
const SCARE_QUOTED = /"([\p{L}'’ -]{1,30})"/gu;

/** Words that end a reported clause: what follows them is the clause whose agent we want. */
const CLAUSE_START =
  /\b(?:said|says|say|saying|claimed|claims|claiming|stated|states|reported|reports|reporting|announced|announces|added|adds|noted|notes|alleged|alleges|accused|accuses|accusing|blamed|blames|told|tells|that|which|who|according\s+to\s+[^,]*,)\s*|[;:"(]\s*/gi;
/** Where the subject of a clause ends: an auxiliary, a past verb, a preposition, a comma. */
const SUBJECT_END =
  /^(?:had|has|have|was|were|is|are|will|would|could|did|does|do|also|reportedly|allegedly|then|again|of|on|in|at|near|against|into|towards?|targeting|across|over|hit|hits|struck|strikes|shot|fired|opened|launched|used|began|left|caused|\w+ed)$/i;
const OWN_PRONOUN = /^(?:it|we)$/i;
const POSSESSIVE = /^(?:its|our|their)$/i;

/**
 * True when the subject of the clause that holds an active verb is the claimant's own side:
 * "it", "we", "its forces", "Azerbaijani troops" in Azerbaijan's claim. "Shelling killed two",
 * "Armenian forces shelled the town, killing two" (in Azerbaijan's claim) are not.
 */
function agentIsOwnForces(before: string, ctx: CasualtyContext): boolean {
  let from = 0;
  for (const m of before.matchAll(CLAUSE_START)) from = (m.index ?? 0) + m[0].length;
  const words: string[] = [];
  for (const word of before.slice(from).trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    const bare = word.replace(/[,.]+$/, "");
    if (SUBJECT_END.test(bare)) break;
    words.push(bare);
    if (bare !== word) break; // a comma closes the subject
  }
  if (words.length === 0) return false;
  const first = words[0] ?? "";
  if (words.length === 1 && OWN_PRONOUN.test(first)) return true;
  if (POSSESSIVE.test(first)) return ctx.possessorSide !== null && sameCamp(ctx.possessorSide, ctx.claimant);
  const side = victimPhraseSide(words.join(" "), ctx);
  return side !== null && sameCamp(side, ctx.claimant);
}

/**
 * The side a phrase names: the whole phrase first ("Karabakh Armenian"), then shorter runs
 * of its words, those nearest the noun first, and a plural read as singular ("Armenians").
 */
export function victimPhraseSide(phrase: string, ctx: Pick<CasualtyContext, "sideOf">): Side | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  for (let len = words.length; len >= 1; len--) {
    for (let from = words.length - len; from >= 0; from--) {
      const run = words.slice(from, from + len).join(" ");
      const side = ctx.sideOf(run) ?? (/s$/i.test(run) ? ctx.sideOf(run.replace(/s$/i, "")) : null);
      if (side) return side;
    }
  }
  return null;
}
