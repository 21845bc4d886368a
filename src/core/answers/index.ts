// The answer kinds: pure functions from an AnswerIndex to an Answer.
export { ask, NOTHING_RELIABLE } from "./ask.ts";
export { incident } from "./incident.ts";
export { claims } from "./claims.ts";
export { casualties } from "./casualties.ts";
export { mediators } from "./mediators.ts";
export { sources } from "./sources.ts";
export { buildAnswerIndex, answerIndexFrom, type AnswerIndex } from "./answerIndex.ts";
export { parseSide, requireSide, sideLabel } from "../sides/sides.ts";
export { suggestIncidents } from "./suggest.ts";
