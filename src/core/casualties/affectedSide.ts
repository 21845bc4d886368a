// Whose losses a figure counts. The victims' own words decide first ("Azerbaijani soldiers",
// "its troops", "enemy soldiers"); the agent of the killing never does ("killed by Armenian
// forces" leaves the victims' side open). Militaries announce their own losses, so an
// unnamed military group in a belligerent's claim is that belligerent's.
import type { AffectedSide, Claimant, Side } from "../types.ts";
import type { CasualtyContext } from "./extractCasualties.ts";
import type { GroupOutcome } from "./outcomes.ts";
import type { VictimGroup } from "./victimGroups.ts";

const BELLIGERENTS: readonly Claimant[] = ["azerbaijan", "armenia", "nagorno-karabakh"];

export interface AffectedReading {
  affected: AffectedSide;
  /** The side "its/their/our" named, when that is where the side came from. */
  possessor: Side | null;
}

/** "soldiers of the Azerbaijani army", "troops on the Armenian side". */
const OWNER_AFTER = /^\s+(?:of|from|on)\s+(?:the\s+)?((?:[\w'-]+\s+){0,3}?(?:army|armed\s+forces|military|side|forces|troops))\b/i;
const CIVILIAN_TOLL_BEFORE = /\bcivilian(?:s)?\b[^,;.]{0,40}$|\btoll\s+among\s+civilians\b[^,;.]{0,30}$/i;

/** "four civilians were killed on the Armenian side". */
const ON_SIDE_AFTER = /^[^,;.]*?\bon\s+the\s+((?:[\w'-]+\s+){1,2})side\b/i;
/** "The Armenian side has six wounded", "Azerbaijan lost four soldiers". */
const SUBJECT_BEFORE =
  /(?:^|[,;:"]|\bthat\b)\s*([^,;:"]{1,60}?)\s+(?:(?:has|have|had)\s+)?(?:has|have|had|suffered|sustained|lost|counted|counts)\s+$/i;

export function resolveAffected(
  sentence: string,
  group: VictimGroup,
  outcome: GroupOutcome,
  ctx: CasualtyContext,
  previous: AffectedSide | null,
): AffectedReading {
  const named = namedSide(sentence, group, outcome, ctx);
  if (named) return { affected: named, possessor: null };
  if (group.possessive && ctx.possessorSide) return { affected: ctx.possessorSide, possessor: ctx.possessorSide };
  // "another", "two of them", or a bare "and three wounded": the victims just counted.
  if ((group.inherits || group.noun === null) && previous) return { affected: previous, possessor: null };
  const subject = subjectSide(sentence.slice(0, group.start), group, ctx);
  if (subject) return { affected: subject, possessor: null };
  // "the death toll among civilians rose to 50": civilians of no named side.
  if (group.noun === null && CIVILIAN_TOLL_BEFORE.test(sentence.slice(0, group.start))) return { affected: "unspecified", possessor: null };
  return { affected: defaultSide(group, outcome, ctx.claimant), possessor: null };
}

/** A side named inside the group or right after it, or by the death toll's owner. */
function namedSide(sentence: string, group: VictimGroup, outcome: GroupOutcome, ctx: CasualtyContext): Side | null {
  if (/\benemy\b/i.test(group.modifiers)) return enemyOf(ctx.claimant);
  const phrase = [group.modifiers, group.kind === "nationality" ? group.noun : ""].filter(Boolean).join(" ");
  const inGroup = phrase ? sideOfPhrase(phrase, ctx) : null;
  if (inGroup) return inGroup;
  const owner = OWNER_AFTER.exec(sentence.slice(group.end))?.[1];
  if (owner) {
    const side = sideOfPhrase(owner, ctx);
    if (side) return side;
  }
  const onSide = ON_SIDE_AFTER.exec(sentence.slice(group.end, group.end + 80))?.[1];
  if (onSide) {
    const side = sideOfPhrase(onSide, ctx);
    if (side) return side;
  }
  if (outcome.tollOwner) {
    if (/\b(?:its|their|our)\b/i.test(outcome.tollOwner) && ctx.possessorSide) return ctx.possessorSide;
    return sideOfPhrase(outcome.tollOwner, ctx);
  }
  return null;
}

function subjectSide(before: string, group: VictimGroup, ctx: CasualtyContext): Side | null {
  if (group.kind === "civilian" || group.kind === "nationality") return null;
  const subject = SUBJECT_BEFORE.exec(before)?.[1];
  if (subject && /\benemy\b/i.test(subject)) return enemyOf(ctx.claimant);
  if (subject && /\b(?:its|their|our)\b/i.test(subject)) return ctx.possessorSide;
  return subject ? sideOfPhrase(subject, ctx) : null;
}

function defaultSide(group: VictimGroup, outcome: GroupOutcome, claimant: Claimant): AffectedSide {
  const belligerent = BELLIGERENTS.includes(claimant) ? (claimant as Side) : null;
  if (!belligerent) return "unspecified";
  if (group.kind === "military") return belligerent;
  // "two were killed", "another died": people a belligerent counts without naming are its own;
  // but after an active verb ("its forces killed three") they may well be the enemy.
  const unnamed = group.noun === null || group.inherits;
  return unnamed && outcome.via !== "active" ? belligerent : "unspecified";
}

export function enemyOf(claimant: Claimant): Side | null {
  if (claimant === "azerbaijan") return "armenia";
  if (claimant === "armenia" || claimant === "nagorno-karabakh") return "azerbaijan";
  return null;
}

/**
 * The side a phrase names: the whole phrase first ("Karabakh Armenian"), then shorter runs
 * of its words, those nearest the noun first, and a plural read as singular ("Armenians").
 */
export function sideOfPhrase(phrase: string, ctx: CasualtyContext): Side | null {
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
