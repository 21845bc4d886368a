// What the casualty rules pass between them: the sentence's context and one figure's draft.
// A leaf module, so extractCasualties.ts and affectedSide.ts can both use them without importing each other.
import type { AffectedSide, Claimant, Side } from "../types.ts";

export interface CasualtyContext {
  /** Side of the sentence's speaker when the sentence is a claim; "unattributed" when the outlet states it itself. */
  claimant: Claimant;
  /** The side that "its"/"their"/"our" refers to here (the speaker, or the latest speaker in the text), or null. */
  possessorSide: Side | null;
  /** Looks up the side named by a nationality/actor phrase inside a victim group; null when none. */
  sideOf(phrase: string): Side | null;
  /**
   * Sides speaking together ("according to the two governments"): no single claimant, but
   * each of them stands behind the figure of its own losses.
   */
  jointClaimants?: readonly Side[];
  /**
   * The figure given just before (in the last two sentences): what "the number", "that figure"
   * or "the total" counts when a sentence gives only a new value for it.
   */
  earlier?: EarlierFigure;
  /** Whose victims the last figure in the sentences just before counted, whatever it counted ("that toll"). */
  earlierVictims?: AffectedSide;
  /** The one side whose victims the article's figures so far counted (see articleGround.ts). */
  articleGround?: Side;
  /** The side of the target of fire the sentence just before named ("opened fire on a car of Karabakh police"). */
  fireTarget?: Side;
  /** The sentence just before, which may place an attack this one opens on ("a barrage that struck Barda city"). */
  sentenceBefore?: string;
  /** The cells of the header row over a table row ("| As of | Armenia: own losses (source) | …"), which may say whose figures a column holds. */
  tableHeader?: readonly string[];
  /** The sentence is a headline or a subhead, which announces what the text below tells with its sources. */
  headline?: boolean;
}

export interface EarlierFigure {
  outcome: "killed" | "wounded";
  affected: AffectedSide;
}

/** What a figure counts when it counts the dead only or the wounded only; null when it counts both or neither. */
export function singleOutcome(figure: Pick<CasualtyDraft, "killed" | "wounded" | "affected">): EarlierFigure | null {
  if ((figure.killed === null) === (figure.wounded === null)) return null;
  return { outcome: figure.killed !== null ? "killed" : "wounded", affected: figure.affected };
}

export interface CasualtyDraft {
  affected: AffectedSide;
  killed: number | null;
  wounded: number | null;
  qualifier: string | null;
  /**
   * Set only when the figure's claimant differs from ctx.claimant: in a sentence the outlet
   * states itself, "One of its soldiers … died" is the possessor's own figure.
   */
  claimedBy?: Claimant;
}
