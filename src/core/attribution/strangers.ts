// Who the people the gazetteer does not know speak for: a stranger with an office named in
// apposition takes that office's side, one with a civilian or expert role is a third party
// ("other"), and anyone else is "unclear". Strangers are remembered, so that a later "he" is not
// taken for someone else; a titled holder is matched to an earlier mention by name.
import type { ClaimSide } from "../types.ts";
import { isBelligerent, isMediator, sameCamp, UNCLEAR } from "../sides/sides.ts";
import { latestReferent, NATIONALITY_WORD, remember, type Discourse } from "./discourse.ts";
import type { Gazetteer, Match } from "./gazetteer.ts";
import { matchActors, namedAfter, ORGANISATION_WORDS, officeOfAnotherBody, namesAPlace, strangerMention, textOf, type Mention } from "./mentions.ts";
import { ownStateSpoken } from "./ownStateVoice.ts";
import { isSpeechVerbForm } from "./speechVerbs.ts";
import { frontedTimeEnd } from "./subject.ts";
import { isCitedYear, OPENING_ADVERBS, type Token } from "./tokens.ts";

/** What resolving a mention may look at besides the discourse: the sentence's words and the gazetteer. */
export interface StrangerContext {
  tokens: Token[];
  gazetteer: Gazetteer;
  mentions?: Mention[];
}

/** The state whose nationality stands right before a legislator's title before the name: "Azerbaijani MP X". */
function nationalLegislator(m: Mention, ctx: StrangerContext): ClaimSide | null {
  // ("Rubik Hakobyan, an Armenian lawmaker, said": the same in apposition after the name.)
  const apposed =
    ctx.tokens[m.end]?.text === "," && ["a", "an"].includes(ctx.tokens[m.end + 1]?.norm ?? "") && LEGISLATOR.test(ctx.tokens[m.end + 3]?.norm ?? "");
  if (apposed) {
    const nation = ctx.mentions?.find(
      (o) => o.start === m.end + 2 && o.end === m.end + 3 && o.type === "country" && o.sides.length === 1 && isBelligerent(o.sides[0] ?? ""),
    );
    if (nation) return nation.sides[0] ?? null;
  }
  // (A belligerent's only: a third state's legislator, "French senator X", may well speak against his government.)
  return nationalLegislatorBefore(m, ctx);
}
const LEGISLATOR = /^(?:lawmaker|legislator|parliamentarian|mp|deputy)$/;

/** "Azerbaijani MP X": the belligerent whose legislator the title before the name says X is, if any. */
function nationalLegislatorBefore(m: Mention, ctx: StrangerContext): ClaimSide | null {
  if (!LEGISLATOR.test(ctx.tokens[m.start - 1]?.norm ?? "")) return null;
  const nation = ctx.mentions?.find((o) => o.end === m.start - 1 && o.type === "country" && o.sides.length === 1 && isBelligerent(o.sides[0] ?? ""));
  return nation?.sides[0] ?? null;
}

/** The letters a member of a parliament carries after the name: "MP", "MEP", "MSP", "MLA", "TD". */
const POST_NOMINAL_MEMBER = /^(?:MP|MEP|MSP|MLA|MHA|MPP|TD)$/;

/** Whether a name's own words make it an organisation's of no nation: "Forest Research Lab", not "Azerbaijani Center for …". */
function namesOwnOrganisation(words: readonly Token[]): boolean {
  return words.some((t) => ORGANISATION_WORDS.has(t.norm)) && !words.some((t) => t.capitalized && NATIONALITY_WORD.test(t.norm));
}

/** What befalls private people: "who fled", "who lost her son", "who survived". */
const PRIVATE_LIFE = /^(?:fled|escaped|survived|lost|returned|grew|lives|lived)$/;
/** What a correspondent did: "reported from Moscow", "covered the war". */
const REPORTED_FROM = /^(?:(?:had\s+)?reported\s+(?:from|on)\b|(?:had\s+)?covered\s+(?:the|both)\b)/i;

/** What a writer covers, and who writes: "military reporter", "political analyst", "war correspondent". */
const BEAT = /^(?:military|political|defence|defense|war|security|foreign|diplomatic)$/;
const WRITER = /^(?:reporters?|correspondents?|journalists?|analysts?|experts?|commentators?|bloggers?|historians?|columnists?|editors?)$/;

/** Military ranks before a name. */
export const RANK_WORD = /^(?:major|colonel|general|lieutenant|captain|sergeant|corporal|private|commander|lt|col|gen|maj|capt|sgt)\.?$/;

/** Whom a lawyer represents: people, not a state. */
const REPRESENTED_PEOPLE = /^(?:prisoners|detainees|families|victims|clients|applicants|relatives|defendants|accused|captives|soldiers|servicemen|residents)$/;

/** Honorifics of doctors and scholars: "Dr", "Prof.". */
const ACADEMIC_TITLE = /^(?:dr|prof|professor)\.?$/;

/** A name's author of a book or a film: what follows it names the work. */
const AUTHOR_OF_WORK =
  /^(?:['’]s?\s+(?:new\s+|latest\s+|first\s+)?(?:book|history|memoir|memoirs|novel|biography|chronicle|documentary|film)\b|(?:argues|argued|writes|wrote|notes|noted|concludes|concluded|claims|claimed|suggests|suggested)\s+in\s+(?:his|her|their)\s+(?:new\s+|latest\s+|first\s+)?(?:book|history|memoir|memoirs|study|biography|chronicle)\b|(?:has\s+|had\s+)?(?:written|wrote|writes|authored|directed|published)\s+(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:book|history|memoir|memoirs|account|study|novel|biography|chronicle|documentary|film)\b)/iu;
/** How many tokens after a name the work it wrote may be named in. */
const AUTHOR_REACH = 9;

function authorOfWork(tokens: Token[], end: number): boolean {
  return AUTHOR_OF_WORK.test(textOf(tokens, end, Math.min(tokens.length, end + AUTHOR_REACH)));
}

/** Lower-case words inside a name: "de", "van", "von". */
const NAME_PARTICLE: ReadonlySet<string> = new Set(["de", "van", "von", "der", "da", "di", "du", "le", "la", "bin", "ibn"]);

/** "22-year-old", "40-year-old": an age said as an adjective. */
const AGE_ADJECTIVE = /^\d{1,3}-years?-old$/;

/** "Rep. Frank Pallone", "Sen. Bob Menendez", "Congresswoman Jackie Speier": titles only the US Congress gives. */
const CONGRESS_TITLE = /^(?:rep|sen|reps|sens|congressman|congresswoman|congressmen)$/;

/** Whether a US Congress title stands right before the name ("Rep. X", with or without its full stop). */
function congressTitled(m: Mention, tokens: readonly Token[]): boolean {
  const at = tokens[m.start - 1]?.text === "." ? m.start - 2 : m.start - 1;
  const own = tokens[m.start]?.norm ?? "";
  return CONGRESS_TITLE.test(tokens[at]?.norm ?? "") || (CONGRESS_TITLE.test(own) && m.end - m.start >= 2) || partisanLegislator(m, tokens);
}

/**
 * "Tom Kean Jr., a New Jersey Republican,", "Bill Keating (D-Mass.)", "The ranking Democrat, Bill
 * Keating, …": a member of Congress named by party and state. (Not "an Armenian Republican": a party
 * of a country the gazetteer knows is that country's.)
 */
function partisanLegislator(m: Mention, tokens: readonly Token[]): boolean {
  const after = tokens
    .slice(m.end, m.end + 8)
    .map((t) => t.text)
    .join(" ");
  const party = PARTY_AND_STATE.exec(after);
  const home = (party?.[1] ?? party?.[2])?.trim() ?? "";
  if (
    home &&
    !NATIONALITY_WORD.test(home) &&
    !/\b(?:Armenia|Azerbaijan|Karabakh|Artsakh|Russia|Turkey|Iran|Georgia\s+Dream|Yerevan|Baku|Stepanakert|Moscow|Ankara|Tehran|Tbilisi)\b/.test(home)
  )
    return true;
  if (/^\(\s*[RDI]\s*-\s*\p{Lu}/u.test(after)) return true;
  const before = tokens.slice(Math.max(0, m.start - 3), m.start).map((t) => t.norm);
  return before.at(-1) === "," && before[0] === "ranking" && /^(?:democrat|republican|member)$/.test(before[1] ?? "");
}

/** ", a New Jersey Republican": the state words, then the party; or ", a Republican from New Jersey", ", a Democratic senator from Ohio". */
const PARTY_AND_STATE =
  /^\s*(?:\.\s*)?,\s*an?\s+(?:((?:\p{Lu}[\p{L}.]*\s+){1,3})(?:Republican|Democrat)\b|(?:Republican|Democrat|Democratic)\s+(?:(?:congressman|congresswoman|senator|representative|lawmaker)\s+)?from\s+((?:\p{Lu}[\p{L}.]*\s*){1,3}))/u;

/** "Lord Alton", "Baroness Cox": a peerage is a British title, and Britain is no side of its own here. */
const PEERAGE_TITLE = /^(?:lord|baroness|lady|viscount|earl)$/;

/** Whether a peerage stands right before the name or opens it ("Lord Ahmad" found as one name). */
function peerageTitled(m: Mention, tokens: readonly Token[]): boolean {
  const own = tokens[m.start];
  return PEERAGE_TITLE.test(tokens[m.start - 1]?.norm ?? "") || (PEERAGE_TITLE.test(own?.norm ?? "") && own?.capitalized === true && m.end - m.start >= 2);
}

/**
 * "Presiding judge X said", "Judge X, who chaired the panel": a judge speaks for the court, and a
 * court's ruling is a third party's (annotators give the courts in Strasbourg, The Hague and Budapest "other").
 */
const JUDGE_TITLE = /^(?:judge|judges)$/;

function judgeTitled(m: Mention, tokens: readonly Token[]): boolean {
  const own = tokens[m.start];
  if (JUDGE_TITLE.test(tokens[m.start - 1]?.norm ?? "") || (own?.norm === "judge" && m.end - m.start >= 2)) return true;
  // "X, the presiding judge,", "X, a judge of the court,": the apposition's own noun.
  if (tokens[m.end]?.text !== ",") return false;
  const next = tokens.slice(m.end + 1, m.end + 5);
  const head = next.findIndex((t) => !t.isWord || (!/^(?:the|a|an|presiding|dissenting|senior|lead|chief)$/.test(t.norm) && t.norm !== "judge"));
  return next.slice(0, head < 0 ? next.length : head).some((t) => t.norm === "judge");
}

/** Who pleads a state's case before a court: "X, counsel for Azerbaijan", "X, the Agent of Armenia". */
const PLEADER = /^(?:agent|co-agent|counsel|lawyer|lawyers|attorney|advocate)$/;

/**
 * "Catherine Amirfar, counsel for Azerbaijan, said": a state's counsel or agent speaks for that
 * state, unlike a lawyer for people ("a lawyer for the detainees"), who speaks for himself.
 */
function pleadsFor(m: Mention, ctx: StrangerContext): ClaimSide | null {
  const { tokens } = ctx;
  if (tokens[m.end]?.text !== ",") return null;
  let k = m.end + 1;
  while (["the", "a", "an", "lead", "chief", "deputy"].includes(tokens[k]?.norm ?? "")) k++;
  if (!PLEADER.test(tokens[k]?.norm ?? "") || !["of", "for"].includes(tokens[k + 1]?.norm ?? "")) return null;
  const state = ctx.mentions?.find((o) => o.start === k + 2 || (o.start === k + 3 && tokens[k + 2]?.norm === "the"));
  return state?.type === "country" ? partySide(state) : null;
}

/** The one side a mention names, when it is a party's (not a third party's, not unclear). */
function partySide(m: Mention | undefined): ClaimSide | null {
  const side = m?.sides.length === 1 ? m.sides[0] : undefined;
  return side && side !== "other" && side !== UNCLEAR ? side : null;
}

/**
 * "Hayk Demoyan, who has attended the hearings as the official representative of Armenia's Ministry
 * of Defence,": a "who" clause saying in what capacity he is there names whom he speaks for.
 */
function representsAs(m: Mention, ctx: StrangerContext): ClaimSide | null {
  const { tokens } = ctx;
  if (tokens[m.end]?.text !== "," || tokens[m.end + 1]?.norm !== "who") return null;
  const close = tokens.findIndex((t, i) => i > m.end + 1 && (t.text === "," || t.text === "."));
  const clause = tokens.slice(m.end + 2, close < 0 ? tokens.length : close);
  const as = clause.findIndex(
    (t, i) =>
      t.norm === "as" &&
      CAPACITY.test(
        clause
          .slice(i + 1, i + 4)
          .map((w) => w.norm)
          .join(" "),
      ),
  );
  if (as < 0) return null;
  const from = clause[as]?.i ?? 0;
  const body = ctx.mentions?.find((o) => o.start > from && o.start - from <= 6 && o.end <= (close < 0 ? tokens.length : close));
  return partySide(body);
}
/** The capacity after "as": "the official representative of", "an envoy of", "spokesman for". */
const CAPACITY = /^(?:(?:the|an?)\s+)?(?:(?:official|personal|special|accredited)\s+)?(?:representative|envoy|delegate|agent|spokes\w+)\b/;

/**
 * Someone the gazetteer cannot place: a third party ("other") when the sentence gives them a
 * civilian or expert role ("a Caucasus expert", "a retired engineer"); otherwise their side cannot
 * be told with confidence. An official we do not know is not "other".
 */
export function thirdPartyOrUnclear(m: Mention, ctx: StrangerContext): ClaimSide {
  // A member of the US Congress speaks for the United States, as annotators have it.
  if (congressTitled(m, ctx.tokens)) return "united-states";
  // "Armenian lawmaker Rubik Hakobyan": a member of a state's parliament named by its nationality is that
  // state's, as "Armenian MPs said" is (an opposition member, "opposition lawmaker X", is not told).
  const legislature = nationalLegislator(m, ctx);
  if (legislature) return legislature;
  const pleaded = pleadsFor(m, ctx) ?? representsAs(m, ctx);
  if (pleaded) return pleaded;
  if (peerageTitled(m, ctx.tokens) || judgeTitled(m, ctx.tokens)) return "other";
  // "Anahit Grigoryan, 64, who arrived in Goris", "Rovshan Aliyev, a 22-year-old fan": a person given
  // an age is a private person (a soldier or an office named with it is read first, below).
  const aged =
    ctx.tokens[m.end]?.text === "," &&
    (/^\d{1,3}$/.test(ctx.tokens[m.end + 1]?.text ?? "") ||
      (["a", "an"].includes(ctx.tokens[m.end + 1]?.norm ?? "") && AGE_ADJECTIVE.test(ctx.tokens[m.end + 2]?.norm ?? "")));
  // "De Waal (2003) gives a figure", "Mooradian and Druckman (1999) argue": an author cited by year is a scholar.
  if (ctx.tokens[m.end]?.text === "(" && isCitedYear(ctx.tokens[m.end + 1]?.text ?? "")) return "other";
  // "Thomas de Waal has written a careful book", "Kurt Lanner's memoir": an author, by the work the text names.
  if (authorOfWork(ctx.tokens, m.end)) return "other";
  // "The Center for Truth and Justice", "the Institute for War and Peace Reporting": a body of no state by
  // its own name (one naming a nation, "the Azerbaijani Center for …", is read on below).
  if (namesOwnOrganisation(ctx.tokens.slice(m.start, m.end))) return "other";
  const window = roleWindow(ctx.tokens, m, ctx.mentions);
  // "Vartan Oskanian, Armenia's former foreign minister": a former office is held for no side.
  const former = window.some((t) => t.norm === "former" || t.norm === "ex");
  // "X, a member of Azerbaijan's delegation to PACE and head of an NGO,": of two roles joined by "and", the
  // first a state's own body's, the state's office names whose voice he is, whatever else he heads.
  const stateRole = former ? null : stateBodyRoleBeforeAnd(window, ctx.gazetteer);
  if (stateRole) return stateRole;
  // "director of the Armenian Center for … Studies": a research body's office is a third party's.
  if (window.some((t) => RESEARCH_BODY.test(t.norm))) return "other";
  // "Cole Hatcher, a spokesman for the clinic,": an office at a body of no state is that body's, a third party's.
  if (window.some((t, k) => ["for", "of", "at"].includes(t.norm) && window[k + 1]?.norm === "the" && NON_STATE_EMPLOYERS.has(window[k + 2]?.norm ?? "")))
    return "other";
  // "Siranush Sahakyan, a Yerevan-based lawyer who represents Armenian detainees": the apposition's
  // own noun is a private role; whom a lawyer represents is no office held for them.
  const who = window.findIndex((t) => t.norm === "who" && t.i > m.end);
  const head = who > 0 ? window.slice(0, who) : null;
  if (head?.some((t) => PRIVATE_ROLE.test(t.norm)) && !officeSide(head, ctx.gazetteer)) return "other";
  // "Armine Hakobyan, who fled Stepanakert in 2023,": what befell a private person says who she is.
  // (A major who escaped with his battery is still a soldier: a rank in the name keeps him one.)
  const ranked = RANK_WORD.test(ctx.tokens[m.start]?.norm ?? "") || RANK_WORD.test(ctx.tokens[m.start - 1]?.norm ?? "");
  if (!ranked && ctx.tokens[m.end]?.text === "," && ctx.tokens[m.end + 1]?.norm === "who" && PRIVATE_LIFE.test(ctx.tokens[m.end + 2]?.norm ?? ""))
    return "other";
  // "Thomas de Waal, who reported from Moscow through the 1990s,": a correspondent, by the beat he covered.
  if (
    ctx.tokens[m.end]?.text === "," &&
    ctx.tokens[m.end + 1]?.norm === "who" &&
    REPORTED_FROM.test(textOf(ctx.tokens, m.end + 2, Math.min(ctx.tokens.length, m.end + 4)))
  )
    return "other";
  // "Armenian military reporter Edik Baghdasaryan": a beat ("military", "political") before a writer's role is no office.
  if (window.some((t, k) => BEAT.test(t.norm) && WRITER.test(window[k + 1]?.norm ?? ""))) return "other";
  // "…, who represents Armenian prisoners before the European Court": a lawyer for people, not an office.
  if (window.some((t, k) => /^represent/.test(t.norm) && window.slice(k + 1, k + 4).some((w) => REPRESENTED_PEOPLE.test(w.norm)))) return "other";
  // "Ruzanna Avakyan, an activist with a refugee group in Stepanakert": the apposition's own noun is a
  // private role; where she does it is no office.
  if (apposedPrivateRole(m, ctx.tokens) || privateRoleBefore(m, ctx.tokens)) return "other";
  // ("Armen Sargsyan, a displaced Karabakh Armenian, told": one of a people, by what befell him, is a private person.)
  if (apposedPrivatePeople(m, ctx)) return "other";
  // (Read without the name itself: "Anahit Sargsyan, a member of a refugees' council" holds no office of
  // the president whose surname she shares.)
  const office = former ? null : officeSide(window, ctx.gazetteer, m);
  // "Foreign Minister X said Australia was deeply concerned": an office of no state we can name, held
  // by an official who speaks of a third state as his own.
  if (office === UNCLEAR) return ownStateOf(m, window, ctx) ?? UNCLEAR;
  if (office) return office;
  // "Dr Armen Sargsyan, who runs the hospital": a doctor or a scholar, with no office named, is a third party.
  // ("Dr. Karen Hovakimyan": past the abbreviation's full stop.)
  const titleAt = ctx.tokens[m.start - 1]?.text === "." ? m.start - 2 : m.start - 1;
  if (ACADEMIC_TITLE.test(ctx.tokens[m.start]?.norm ?? "") || ACADEMIC_TITLE.test(ctx.tokens[titleAt]?.norm ?? "")) return "other";
  // "Armen, 24, a Karabakh volunteer", "a Azerbaijani conscript": a fighter speaks for the side he
  // fights for; one whose side the sentence does not name is no third party either.
  if (!former && window.some((t) => COMBATANT.test(t.norm))) return fightersSide(window, ctx.gazetteer);
  // "The government daily Respublika", "the state-run newspaper X": a state's paper whose state
  // the sentence does not name is no third party, and whose it is cannot be told.
  // ("Minister of State", "Secretary of State": a title, not a state-run body.)
  const stateRun = window.some((t, k) => STATE_OWNED.test(t.norm) && !(t.norm === "state" && window[k - 1]?.norm === "of"));
  if (stateRun && !window.some((t) => t.norm === "opposition" || t.norm === "independent")) return ownStateOf(m, window, ctx) ?? UNCLEAR;
  // "…, who heads the Vanadzor office of the Helsinki Citizens' Assembly": a third party's body.
  const ofThirdParty = matchActors(ctx.gazetteer, window).some((x) => x.entry.side === "other" && x.entry.kind !== "head" && !isRemit(x, window));
  if (aged || ofThirdParty || ctx.gazetteer.hasThirdPartyRole(window)) return "other";
  return ownStateOf(m, window, ctx) ?? UNCLEAR;
}

/**
 * "a member of Azerbaijan's delegation to PACE and head of the Association for …": a belligerent's own
 * body (a delegation, a ministry, an army) named by its state's possessive or adjective as the first of
 * two roles joined by "and" gives that state's side; null otherwise (one role alone is read below).
 */
function stateBodyRoleBeforeAnd(window: Token[], gazetteer: Gazetteer): ClaimSide | null {
  const matches = matchActors(gazetteer, window);
  const body = matches.find(
    (x) =>
      x.entry.kind === "head" &&
      STATE_BODY_HEADS.has(x.entry.type) &&
      matches.some((c) => c.entry.kind === "country" && c.end === x.start && isBelligerent(c.entry.side ?? UNCLEAR)),
  );
  if (!body) return null;
  const and = window.findIndex((t, k) => k >= body.end && t.norm === "and");
  // (The second role comes after the "and"; a research body or NGO before it would be the first role.)
  if (and < 0 || window.slice(0, body.start).some((t) => RESEARCH_BODY.test(t.norm))) return null;
  const roleAfter = window.slice(and + 1, and + 3).some((t) => HEAD_OF.test(t.norm) || STAFF_POST.test(t.norm) || t.norm === "member");
  const owner = matches.find((c) => c.entry.kind === "country" && c.end === body.start);
  return roleAfter ? (owner?.entry.side ?? null) : null;
}
const STATE_BODY_HEADS: ReadonlySet<string> = new Set(["government", "ministry", "military"]);

/** Bodies of no state, whose spokespeople speak for them: "a spokesman for the clinic". (Not firms: a state may own one.) */
export const NON_STATE_EMPLOYERS: ReadonlySet<string> = new Set([
  "clinic",
  "hospital",
  "family",
  "families",
  "university",
  "museum",
  "club",
  "foundation",
  "charity",
  "school",
]);

/** "…, the minister for CIS affairs": a third party after "for" is what an office deals with, not whose it is. */
/** Units of a body that a place may name as their remit: "the Karabakh sector", "the Caucasus department". */
const REMIT_UNITS: ReadonlySet<string> = new Set(["sector", "department", "division", "desk", "section", "directorate", "unit", "bureau", "service"]);

function isRemit(match: { entry: { side: ClaimSide | null }; start: number }, window: readonly Token[]): boolean {
  return match.entry.side === "other" && window[match.start - 1]?.norm === "for";
}

function ownStateOf(m: Mention, window: Token[], ctx: StrangerContext): ClaimSide | null {
  return ctx.mentions ? ownStateSpoken(m, window, ctx.tokens, ctx.mentions) : null;
}

/** Whether the name's apposition is a private role with its article: "X, an activist with …", "X, a human rights lawyer in …". */
function apposedPrivateRole(m: Mention, tokens: readonly Token[]): boolean {
  if (tokens[m.end]?.text !== ",") return false;
  let k = m.end + 1;
  // (Only an apposition with its article: in "…, Martin Schüepp, told reporters in Geneva" the verb follows the comma.)
  if (!["a", "an"].includes(tokens[k]?.norm ?? "")) return false;
  k++;
  const words: Token[] = [];
  while (words.length < 3 && tokens[k]?.isWord && !tokens[k]?.capitalized && !APPOSITION_END.has(tokens[k]?.norm ?? "")) words.push(tokens[k++] as Token);
  return words.length > 0 && PRIVATE_ROLE.test(words.at(-1)?.norm ?? "") && APPOSITION_END.has(tokens[k]?.norm ?? "");
}

/** "The surgeon, Shahen Danielyan, said": the private role set off before the name, with its article. */
function privateRoleBefore(m: Mention, tokens: readonly Token[]): boolean {
  if (tokens[m.start - 1]?.text !== "," || tokens[m.end]?.text !== ",") return false;
  const role = tokens[m.start - 2];
  if (!role?.isWord || role.capitalized === true || !PRIVATE_ROLE.test(role.norm)) return false;
  // (Up to one word between the article and the role: "the chief surgeon", "the local teacher".)
  const opener = [m.start - 3, m.start - 4].find((k) => ROLE_ARTICLES.has(tokens[k]?.norm ?? ""));
  if (opener === undefined) return false;
  const before = tokens[opener - 1];
  return (before === undefined || before.text === "," || before.text === ";") && tokens.slice(opener + 1, m.start - 2).every((t) => t.isWord && !t.capitalized);
}
const ROLE_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an", "one", "another"]);

/** What befell a private person, before a people's name: "a displaced Karabakh Armenian", "an elderly Azerbaijani". */
export const PRIVATE_PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(["displaced", "elderly", "ordinary", "uprooted", "bereaved", "homeless"]);

/** "X, a displaced Karabakh Armenian,": an apposition that is only a people's name after such an adjective. */
function apposedPrivatePeople(m: Mention, ctx: StrangerContext): boolean {
  const t = ctx.tokens;
  if (t[m.end]?.text !== "," || !["a", "an"].includes(t[m.end + 1]?.norm ?? "") || !PRIVATE_PEOPLE_ADJECTIVES.has(t[m.end + 2]?.norm ?? "")) return false;
  const people = ctx.mentions?.find((o) => o.start === m.end + 3);
  return people !== undefined && isOnePeople(people, ctx.gazetteer) && (t[people.end]?.text === "," || t[people.end]?.isWord !== true);
}

/** A people's name, or a nationality's word closing a country's mention ("Karabakh Armenian"): one of a people. */
export function isOnePeople(m: Mention, gazetteer: Gazetteer): boolean {
  return gazetteer.isPeople(m.text) || (m.type === "country" && NATIONALITY_WORD.test(m.text.split(/\s+/).at(-1) ?? ""));
}

/** What ends an apposition's head noun: a preposition or the comma that closes it. */
const APPOSITION_END: ReadonlySet<string> = new Set([",", "with", "of", "at", "for", "from", "in", "who", "based"]);

/**
 * "Robert Kocharyan, who chairs Karabakh's State Defence Committee, said": the office a known
 * person heads at the time the text speaks of outranks the side the gazetteer knows him by.
 */
export function ledOffice(m: Mention, ctx: StrangerContext): ClaimSide | null {
  if (ctx.tokens[m.end]?.text !== ",") return null;
  const window = roleWindow(ctx.tokens, m, ctx.mentions).filter((t) => t.i >= m.end);
  if (ctx.tokens[m.end + 1]?.norm === "who" && LEADS.has(ctx.tokens[m.end + 2]?.norm ?? "")) {
    const side = officeSide(window, ctx.gazetteer);
    return side && side !== UNCLEAR ? side : null;
  }
  return headedInCamp(m, window, ctx);
}

/**
 * "Serzh Sargsyan, head of the Karabakh Self-Defence Committee, says": an apposition saying what a
 * known person heads gives the side of the office then held, when that is the other side of his
 * own camp (Karabakh's leaders moved to Yerevan's offices and back); never a side across the line.
 */
function headedInCamp(m: Mention, window: Token[], ctx: StrangerContext): ClaimSide | null {
  const k = ctx.tokens[m.end + 1]?.norm === "the" ? m.end + 2 : m.end + 1;
  if (!HEADS_BODY.test(ctx.tokens[k]?.norm ?? "") || ctx.tokens[k + 1]?.norm !== "of" || !m.side) return null;
  const named = matchActors(ctx.gazetteer, window).find((x) => (x.entry.kind === "country" || x.entry.kind === "actor") && x.entry.side !== null);
  const side = named?.entry.side ?? null;
  return side && side !== m.side && side !== "other" && sameCamp(side, m.side) ? side : null;
}

/** A post named by the body it heads: "head of", "chairman of", "commander of". */
const HEADS_BODY = /^(?:head|chief|chairman|chairwoman|chair|commander|leader|director)$/;

/** An office or a role in politics that "former" or "opposition" may qualify. */
const HELD_ROLE =
  /^(?:secretary|minister|president|premier|prime|envoy|ambassador|commissioner|spokes\w+|representative|chair\w*|official|leader|head|commander|adviser|advisor|deputy|mayor|governor|speaker|faction|party|bloc|alliance|lawmaker|mp|politician|figure|ombudsman|defender|negotiator|diplomat|mediator|co-chair|officer|general|colonel|lieutenant|major|captain|admiral|sergeant|soldier|serviceman|officers|generals|colonels|soldiers|servicemen)$/;

/**
 * "Seyran Ohanyan, head of the opposition Armenia faction and a former defence minister": a person
 * the gazetteer knows by an office no longer speaks for its state once the text calls him a former
 * holder or puts him in the opposition. Karabakh's leaders are left out: texts about them after
 * 2023 call them "former" for what they said and did in office.
 */
export function outOfOffice(m: Mention, ctx: StrangerContext): boolean {
  if (m.side === "nagorno-karabakh") return false;
  const window = roleWindow(ctx.tokens, m, ctx.mentions);
  // ("Heydar Aliyev, the former party boss who took over as acting head of state,": a past post beside a present one.)
  const close = ctx.tokens.findIndex((t, k) => k > m.end && t.text === ",");
  const apposition =
    ctx.tokens[m.end]?.text === ","
      ? ctx.tokens.slice(m.end + 1, close < 0 ? m.end + PRESENT_OFFICE_REACH : Math.min(close, m.end + PRESENT_OFFICE_REACH))
      : [];
  // (Not a present post outside the state: "a former defence minister who now leads an opposition party".)
  const around = [...window, ...apposition];
  const now = around.findIndex((t, i) => IN_OFFICE_NOW.has(t.norm) || (t.norm === "took" && around[i + 1]?.norm === "over"));
  if (now >= 0 && !around.slice(now).some((t) => NON_STATE_POST.has(t.norm))) return false;
  if (presentPostFirst(apposition)) return false;
  if (
    window.some(
      (t, i) =>
        (t.norm === "former" || t.norm === "ex" || t.norm === "opposition" || t.norm === "retired") &&
        window.slice(i + 1, i + 4).some((w) => HELD_ROLE.test(w.norm)),
    )
  )
    return true;
  // "Vartan Oskanian, who served as foreign minister from 1998 to 2008, …": an office held until a year gone by.
  return SERVED_UNTIL.test(textOf(ctx.tokens, m.end, Math.min(ctx.tokens.length, m.end + 14)));
}

/**
 * "Artsrun Hovhannisyan, the centre's coordinator and a former Defence Ministry spokesman,": the apposition
 * names the post he holds first, at a state's kind of body, and the former one after "and a former".
 */
function presentPostFirst(apposition: readonly Token[]): boolean {
  const former = apposition.findIndex((t, i) => t.norm === "and" && apposition[i + 1]?.norm === "a" && apposition[i + 2]?.norm === "former");
  if (former < 2 || !PRESENT_POST_OPENERS.has(apposition[0]?.norm ?? "")) return false;
  const present = apposition.slice(0, former);
  return present.some((t) => STATE_KIND_OF_BODY.has(t.norm)) && !present.some((t) => NON_STATE_POST.has(t.norm) || t.norm === "former");
}
const PRESENT_POST_OPENERS: ReadonlySet<string> = new Set(["the", "its"]);
/** Bodies a state runs (a crisis centre, a ministry, a council): a post at one is a state's. */
const STATE_KIND_OF_BODY: ReadonlySet<string> = new Set([
  "centre",
  "center",
  "ministry",
  "government",
  "council",
  "agency",
  "service",
  "committee",
  "office",
  "administration",
  "headquarters",
]);

/** Words of a post outside the state: a present one of these keeps a former official a third party. */
const NON_STATE_POST: ReadonlySet<string> = new Set(["opposition", "party", "movement", "dissident", "bloc", "faction", "campaign"]);
/** How far an apposition after a name is read for a present office. */
const PRESENT_OFFICE_REACH = 20;
/** Words of a present office in the same apposition as a former one: "who is now …", "acting head of state", "became". */
const IN_OFFICE_NOW: ReadonlySet<string> = new Set(["now", "acting", "became", "becomes", "incumbent", "currently", "current"]);

/** Family members, counsel and rivals: they speak for themselves, not for the official they are related to. */
export const KIN = new Set([
  "son",
  "daughter",
  "wife",
  "husband",
  "mother",
  "father",
  "brother",
  "sister",
  "widow",
  "lawyer",
  "lawyers",
  "cousin",
  "nephew",
  "niece",
  "family",
  "relatives",
  "parents",
  "grandmother",
  "grandfather",
  "uncle",
  "aunt",
  // ("Three of Aliyev's rivals conceded", "X, a rival of the president,": those who run against an official speak for themselves.)
  "rival",
  "rivals",
  "opponent",
  "opponents",
  "challenger",
  "challengers",
]);

/**
 * "Ruben Vardanyan's son said", "Aram Sargsian, the slain prime minister's brother, said", "X,
 * brother of the prime minister, said": the speaker is a relative or a lawyer, who speaks for
 * himself (a third party), whoever the name or the office beside it belongs to.
 */
export function speaksAsKin(m: Mention, tokens: Token[]): boolean {
  // The mention is the owner in "NAME's son": the kin word is the subject's head.
  // ("Azerbaijan's lawyers rejected the claim": a state's lawyers plead its case, for the state.)
  if (tokens[m.end - 1]?.possessive && KIN.has(tokens[m.end]?.norm ?? "")) return !(m.type === "country" && PLEADER.test(tokens[m.end]?.norm ?? ""));
  if (tokens[m.end]?.text !== ",") return false;
  // The apposition after the name, up to its closing comma.
  const close = tokens.findIndex((t, i) => i > m.end && t.text === ",");
  if (close < 0 || close - m.end > APPOSITION_REACH) return false;
  const apposition = tokens.slice(m.end + 1, close).filter((t) => t.isWord);
  const head = apposition.findIndex((t) => KIN.has(t.norm));
  if (head < 0) return false;
  // "the prime minister's brother" (the kin word closes it) or "brother of the prime minister".
  return head === apposition.length - 1 || apposition[head + 1]?.norm === "of";
}
const APPOSITION_REACH = 10;

/** ", who served as foreign minister from 1998 to 2008", ", who was president until 2018": a past office. */
const SERVED_UNTIL = /^\s*,\s*who\s+(?:had\s+)?(?:served|was)\s+(?:as\s+)?[^,]{0,60}?\b(?:from\s+(?:19|20)\d{2}\s+(?:to|until)|until|till)\s+(?:19|20)\d{2}\b/i;

/**
 * "Vladimir Kazimirov, the Russian president's plenipotentiary representative": an office held
 * for one side (a title with a side named in it) gives the person that side.
 */
function officeSide(window: Token[], gazetteer: Gazetteer, named?: Mention): ClaimSide | null {
  // (A known surname inside an untitled stranger's name is no office: "Anahit Sargsyan, a member of a
  // refugees' council" is not the president whose surname she shares; "Foreign Minister Eduard
  // Nalbandian" is the minister, whatever the first name's spelling.)
  const all = matchActors(gazetteer, window);
  const inName = (x: (typeof all)[number]) => named !== undefined && (window[x.start]?.i ?? -1) >= named.start && (window[x.start]?.i ?? -1) < named.end;
  const titled = all.some((x) => x.entry.kind === "head" && inName(x));
  const matches = titled ? all : all.filter((x) => !(x.entry.kind === "actor" && x.entry.type === "person" && inName(x)));
  // "Robert Kocharian, who heads the enclave's defence committee": heading a body is an office.
  const heads = window.some((t, k) => t.norm === "who" && LEADS.has(window[k + 1]?.norm ?? ""));
  // "Miroslav Jenča, Assistant Secretary-General for Europe": an actor that is itself an office.
  const office = (x: (typeof matches)[number]) =>
    x.entry.kind === "actor" &&
    OFFICE_WORD.test(
      window
        .slice(x.start, x.end)
        .map((t) => t.text)
        .join(" "),
    );
  // "head of the Defense Army's operational department", "chief of the ministry's press service".
  const headOf = window.some((t, k) => HEAD_OF.test(t.norm) && window[k + 1]?.norm === "of");
  // "Martin Schüepp, the ICRC's regional director": a post of a body named as its owner is an office too.
  const ownedPost = matches.some(
    (x) =>
      (x.entry.kind === "actor" || x.entry.kind === "country") &&
      x.entry.side !== null &&
      window[x.end - 1]?.possessive === true &&
      window.slice(x.end, x.end + 3).some((t) => STAFF_POST.test(t.norm)),
  );
  const hasTitle =
    heads ||
    ownedPost ||
    matches.some(
      (x) =>
        office(x) ||
        (x.entry.kind === "head" && x.entry.side !== "other" && ["person", "ministry", "government", "military", "mediator"].includes(x.entry.type)),
    );
  // The first side named holds the office: "the Russian president's envoy for Nagorno-Karabakh".
  // But "the French co-chair of the Minsk Group" holds a mediator's office: the body, not the country.
  // ("…, who oversees Russia's defence industry and co-chairs the intergovernmental commission": a verb, no mediator's title.)
  const coChair = window.some((t, k) => /^co-?chairs?$|^mediators?$/.test(t.norm) && !VERB_OPENERS.has(window[k - 1]?.norm ?? ""));
  const mediator = coChair ? matches.find((x) => x.entry.kind === "actor" && x.entry.type === "mediator" && x.entry.side !== null) : undefined;
  // "the Swedish diplomat who chairs the CSCE's Minsk Group": the body he heads, not his nationality.
  const leadAt = heads ? window.findIndex((t, k) => t.norm === "who" && LEADS.has(window[k + 1]?.norm ?? "")) : -1;
  // ("…, who runs an Arsenal supporters' page in Yerevan": where the thing he runs is, is not whose it is.)
  // "the agency's representative in Armenia": a post its owner names by possessive is held where "in" says,
  // for the owner, not for the country it is posted to.
  const postedThere = (x: (typeof matches)[number]) =>
    x.entry.kind === "country" &&
    window[x.start - 1]?.norm === "in" &&
    window.slice(0, x.start - 1).some((t, k) => t.possessive && !matches.some((c) => c.entry.kind === "country" && c.end - 1 === k));
  // "the ministry's Karabakh sector", "the Karabakh department of Azerbaijan's ministry": a place naming a
  // unit's remit is no owner of the unit.
  const unitRemit = (x: (typeof matches)[number]) => x.entry.kind === "country" && !window[x.end - 1]?.possessive && REMIT_UNITS.has(window[x.end]?.norm ?? "");
  const placedWhereHeLeads = (x: (typeof matches)[number]) =>
    // ("…, who works in Azerbaijan's presidential administration,": a state owning the body he works in is no place.)
    (leadAt >= 0 && x.start > leadAt && PLACE_PREPOSITIONS.has(window[x.start - 1]?.norm ?? "") && window[x.end - 1]?.possessive !== true) ||
    postedThere(x) ||
    unitRemit(x);
  const headed =
    leadAt >= 0
      ? matches.find((x) => x.start > leadAt && (x.entry.kind === "country" || x.entry.kind === "actor") && x.entry.side !== null && !placedWhereHeLeads(x))
      : undefined;
  // ("secretary-general of the Russian-led Collective Security Treaty Organization": the UN's office's words
  // name another body's post; the body after "of" holds it.)
  const first =
    mediator ??
    headed ??
    matches.find(
      (x) =>
        (x.entry.kind === "country" || x.entry.kind === "actor") &&
        x.entry.side !== null &&
        !isRemit(x, window) &&
        !officeOfAnotherBody(x, matches, window) &&
        !placedWhereHeLeads(x),
    );
  const side = first?.entry.side ?? null;
  // Heading something is an office only where what is headed is a state's own body, named as such
  // ("the Defense Army's department"), not a country word ("the Helsinki Committee of Armenia").
  const stateBody = first?.entry.kind === "actor" && ["military", "ministry", "government"].includes(first.entry.type);
  // (An office of a third party's is a third party's: "Marshal Shaposhnikov, commander of the CIS joint armed forces".)
  if ((hasTitle || (headOf && stateBody)) && side) return side;
  return headOfStatesBody(window, matches);
}

/**
 * "X, the head of Azerbaijan's National Agency for Mine Action,", "the director of Armenia's migration
 * service": heading a body a state owns by its possessive, of a kind only a state runs, is that state's
 * office, though the gazetteer knows neither the body nor its head's title; null otherwise.
 */
function headOfStatesBody(window: readonly Token[], matches: readonly Match[]): ClaimSide | null {
  const owner = matches.find((x) => {
    const k = x.start - 2;
    const side = x.entry.side;
    return (
      x.entry.kind === "country" &&
      side !== null &&
      side !== "other" &&
      side !== UNCLEAR &&
      window[x.end - 1]?.possessive === true &&
      HEADS_BODY.test(window[k]?.norm ?? "") &&
      window[k + 1]?.norm === "of"
    );
  });
  if (!owner) return null;
  // The body's own words, up to what closes its name or begins its remit ("for Mine Action", ",", "(").
  const body: Token[] = [];
  for (let k = owner.end; k < window.length && body.length < STATE_BODY_NAME_WORDS; k++) {
    const t = window[k] as Token;
    if (!t.isWord || t.norm === "for" || t.norm === "of" || t.norm === "on") break;
    body.push(t);
  }
  // ("Armenia's largest private news agency": a newsroom or a private firm is nobody's office.)
  if (body.some((t) => NOT_STATE_RUN.has(t.norm))) return null;
  return STATE_RUN_BODY.has(body.at(-1)?.norm ?? "") ? owner.entry.side : null;
}
const NOT_STATE_RUN: ReadonlySet<string> = new Set(["news", "private", "privately-owned", "independent", "opposition", "largest", "leading"]);
/** How many words a state's body's own name may take before its remit: "National Agency", "State Migration Service". */
const STATE_BODY_NAME_WORDS = 3;
/** Kinds of body only a state runs, whoever's name is before them: "agency", "inspectorate". */
const STATE_RUN_BODY: ReadonlySet<string> = new Set([
  "agency",
  "service",
  "ministry",
  "department",
  "directorate",
  "inspectorate",
  "administration",
  "bureau",
  "commission",
]);

/** Words before a place that say where, not whose: "in Yerevan", "at Stepanakert". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "from", "near"]);

/** Posts a body's staff hold: "the ICRC's regional director", "Azerbaijan's chief negotiator". */
const STAFF_POST =
  /^(?:director|head|chief|coordinator|delegate|representative|official|adviser|advisor|negotiator|envoy|spokes(?:man|woman|person)|chairman|chairwoman|chair|president|commander|secretary)$/;

/** A post named by what it heads: "head of", "chief of", "director of". */
const HEAD_OF = /^(?:head|chief|director|deputy)$/;

// ("who heads the Vanadzor office of the Helsinki Citizens' Assembly": a civil body's office, wherever it is.)
// ("deputy director of the CSIS Russia and Eurasia Program", "at the National Endowment for Democracy".)
const RESEARCH_BODY =
  /^(?:center|centre|institute|university|college|studies|program|programme|endowment|foundation|think-tank|academy|helsinki|association|ngo|watch|campaign|coalition)$/;
const COMBATANT =
  /^(?:soldiers?|fighters?|volunteers?|commanders?|officers?|militiam[ae]n|servicem[ae]n|conscripts?|snipers?|gunners?|paratroopers?|sergeant|lieutenant|corporal|platoon|battalion|brigade)$/;

/** The one belligerent a fighter's description names ("a Karabakh volunteer"), else unclear. */
function fightersSide(window: Token[], gazetteer: Gazetteer): ClaimSide {
  const sides = new Set(
    matchActors(gazetteer, window).flatMap((x) => (x.entry.kind === "country" && x.entry.side && x.entry.side !== "other" ? [x.entry.side] : [])),
  );
  const [only] = sides;
  return sides.size === 1 && only ? only : UNCLEAR;
}

const STATE_OWNED = /^(?:state|state-owned|state-run|government|government-run|governmental|official|pro-government)$/;
const OFFICE_WORD = /\b(?:secretary|minister|president|envoy|ambassador|commissioner|spokes\w+|representative|rapporteur|chair\w*)/i;
/** Professions whose holder speaks for no side, whomever they represent or serve. */
const PRIVATE_ROLE =
  /^(?:lawyer|attorney|advocate|counsel|doctor|physician|surgeon|nurse|teacher|student|farmer|villager|resident|journalist|reporter|activist|researcher|scholar|professor|historian|writer|author|priest|volunteer)s?$/;

// ("…, who studies borders at a university in the UK,": what he does says what he is, as his office would.)
/** Words after which "co-chairs" is a verb: "who co-chairs", "and co-chairs". */
const VERB_OPENERS: ReadonlySet<string> = new Set(["who", "and", "also"]);

const LEADS = new Set([
  "heads",
  "headed",
  "leads",
  "led",
  "chairs",
  "chaired",
  "commands",
  "commanded",
  "runs",
  "ran",
  "represents",
  "represented",
  "studies",
  "studied",
  "teaches",
  "taught",
  "researches",
  "researched",
  "lectures",
  "edits",
  "edited",
  // ("…, who handles law-enforcement matters in Azerbaijan's presidential administration,": where he works is his
  // office; where he served once, "who served on OSCE missions in the 1990s", is none now.)
  "works",
  "handles",
  "oversees",
  "serves",
]);

/** Words opening an indefinite role: "one activist", "a resident", "another protester". */
const INDEFINITE_ROLE_OPENER: ReadonlySet<string> = new Set(["one", "a", "an", "another"]);

/** A verb whose subject or object the name is, never part of its title: "sat", "met", "told". */
const VERB_BEFORE_NAME =
  /^(?:sat|stood|was|were|is|are|met|told|came|joined|said|says|asked|added|visited|spoke|thanked|urged|greeted|introduced|replaced|succeeded)$/;

/** The words that may give a mention its role: a few before it and an apposition after it. */
function roleWindow(tokens: Token[], m: Mention, mentions: Mention[] = []): Token[] {
  let end = m.end;
  // "Iran's foreign minister, Ali Akbar Velayati,": the whole title before the name is his role.
  const titled = mentions.find((t) => t.end === m.start - 1 && tokens[t.end]?.text === "," && t.type !== "country");
  // A few words before the name, but not across a comma: "… from Nagorno-Karabakh, Nazeli
  // Baghdasaryan, the spokesperson of …" is not a Karabakh title.
  // "For the DUP, Jim Shannon said" is the exception: the party he speaks for is his role.
  let before = Math.max(0, m.start - 3);
  const speaksFor = tokens.slice(Math.max(0, m.start - 5), m.start).some((t) => t.norm === "for");
  // (Nor across a colon: "… by the Russian and Kyrgyz hosts: Vladimir Shumeiko, chairman of Russia's Federation Council".)
  for (let i = m.start - 1; i >= before && !speaksFor; i--) if (CLAUSE_MARKS.has(tokens[i]?.text ?? "")) before = i + 1;
  // (Nor across a verb: "Facing the senators sat Jean-Baptiste Lemoyne, secretary of state …" is no senator.)
  for (let i = m.start - 1; i >= before; i--) if (VERB_BEFORE_NAME.test(tokens[i]?.text ?? "")) before = i + 1;
  // ("…," one activist, Sima Melikova, told …": an indefinite role set off right before the name is the name's.)
  const indefinite = tokens[m.start - 1]?.text === "," ? [m.start - 3, m.start - 4].find((k) => INDEFINITE_ROLE_OPENER.has(tokens[k]?.norm ?? "")) : undefined;
  if (indefinite !== undefined && tokens.slice(indefinite + 1, m.start - 1).every((t) => t.isWord && !t.capitalized)) before = indefinite;
  const start = Math.min(titled?.start ?? m.start, before);
  if (tokens[end]?.text === ",") {
    end++;
    // "Armen, 24, a Karabakh volunteer": past the age to the description after it.
    if (/^\d{1,3}$/.test(tokens[end]?.text ?? "") && tokens[end + 1]?.text === ",") end += 2;
    // ("…, who led the PACE delegation,": "led" after "who" is what he heads, not a verb of saying.)
    while (
      end < tokens.length &&
      end - m.end < 16 &&
      tokens[end]?.text !== "," &&
      !(verbAt(tokens, end) && !leadsAfterWho(tokens, end)) &&
      !stopsAt(tokens, end)
    )
      end++;
  } else {
    // "Armenians reached by telephone in Yerevan said": a participle phrase up to the verb.
    while (end < tokens.length && end - m.end < 10 && !verbAt(tokens, end) && !stopsAt(tokens, end)) end++;
  }
  return tokens.slice(start, end);
}

/** "who led", "who heads": heading a body, right after "who". */
function leadsAfterWho(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.norm === "who" && LEADS.has(tokens[i]?.norm ?? "");
}

const CLAUSE_MARKS: ReadonlySet<string> = new Set([",", ":", ";"]);

/** "…, who toured Baku and Yerevan,": places he went are no office, unless he heads something there. */
function stopsAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.norm === "who" && !LEADS.has(tokens[i + 1]?.norm ?? "");
}

/** A capitalised verb form is a name's word: "the representative of the United States". */
function verbAt(tokens: Token[], i: number): boolean {
  // (After "of" or an article it is a noun: "assistant secretary of state", "the report".)
  return isSpeechVerbForm(tokens[i]?.norm ?? "") && !tokens[i]?.capitalized && !NOUN_BEFORE.has(tokens[i - 1]?.norm ?? "");
}

const NOUN_BEFORE: ReadonlySet<string> = new Set(["of", "the", "a", "an", "his", "her", "its", "their"]);

/** Words of an institution: its spokesman speaks for it, whatever his name. */
const INSTITUTION =
  /\b(?:ministry|army|forces|office|service|government|military|command|headquarters|council|committee|agency|embassy|mission|center|centre|presidency|administration)\b/i;
/**
 * "Government spokesman Peter Lindqvist", "Presidential administration official X": a person who works
 * at the institution the title names first, and whose name follows.
 */
const STAFF_OF_INSTITUTION =
  /\b(?:[Gg]overnment|[Mm]inistry|[Oo]ffice|[Aa]dministration|[Pp]residency|[Ee]mbassy|[Mm]ission)\s+(?:spokes(?:man|woman|person)|official|aide|adviser|advisor)\s+\p{Lu}\p{Ll}+/u;

const TITLE_WORDS = new Set([
  "The",
  "His",
  "Her",
  "Its",
  "Their",
  "President",
  "Prime",
  "Minister",
  "Deputy",
  "Foreign",
  "Defence",
  "Defense",
  "Interior",
  "General",
  "Lieutenant-General",
  "Major",
  "Colonel",
  "Lieutenant",
  "Ambassador",
  "Envoy",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Chief",
  "Commander",
  "Governor",
  "Mayor",
  "Speaker",
  "Secretary",
  "State",
  "Vice",
]);

/** The holder's name in a personal title without an institution ("President Mikhail Gorbachev"), or null. */
export function holderName(m: Mention): string[] | null {
  if (m.anaphor !== "title" || m.type !== "person" || (INSTITUTION.test(m.text) && !STAFF_OF_INSTITUTION.test(m.text))) return null;
  const names = m.text.split(/\s+/).filter((w) => /^\p{Lu}[\p{Ll}'’-]+\.?$/u.test(w) && !TITLE_WORDS.has(w.replace(/\.$/, "")) && w.length > 2);
  return names.length > 0 ? names : null;
}

/**
 * "Samad Seyidov, who chairs …, called the resolution Islamophobic. '…,' he told lawmakers": a
 * person the gazetteer does not know is still the nearest "he". Remembered with no side we can
 * tell, so that a pronoun after them is unclear rather than someone else's.
 */
/** The words before a credited name: "translated from Russian by", "photo by", "edited by". */
const AUTHOR_CREDIT = /\b(?:directed|written|filmed|shot|made|authored)\b[^.]{0,30}\bby\s*$/i;
const CREDITED_BY =
  /\b(?:translated|translation|edited|compiled|photo(?:graph)?s?|photographed|produced|illustrated|interpreted|subtitled)\b[^.]{0,30}\bby\s*$/i;

/** Verbs whose object is a defendant: "sentenced X", "convicted X", "acquitted X". */
const SENTENCED: ReadonlySet<string> = new Set(["sentenced", "convicted", "jailed", "acquitted", "indicted", "sentences", "convicts", "jails", "acquits"]);

/** "Ishkhan Saghatelyan of Hayastan": a member of a body the text gave a short name (an opposition faction) has its side. */
function memberOfAlias(tokens: Token[], end: number, state: Discourse): ClaimSide | null {
  if (tokens[end]?.norm !== "of") return null;
  let close = end + 1;
  while (close < tokens.length && close - end <= 3 && tokens[close]?.capitalized && tokens[close]?.isWord) close++;
  const alias = close > end + 1 ? state.aliases.get(textOf(tokens, end + 1, close)) : undefined;
  return alias?.sides.length === 1 ? (alias.sides[0] ?? null) : null;
}

/** Words that open a sentence with a comma before its subject: "Anyway, Clinton …", "Meanwhile, …". */
const OPENING_ASIDES: ReadonlySet<string> = new Set([...OPENING_ADVERBS, "anyway", "meanwhile", "however", "today", "yesterday"]);

/** Where the sentence's subject starts: past a fronted time ("On Monday,") or an opening aside and its comma. */
function openingEnd(tokens: Token[]): number {
  return OPENING_ASIDES.has(tokens[0]?.norm ?? "") && tokens[1]?.text === "," ? 2 : frontedTimeEnd(tokens);
}

/**
 * `officeOf` reads the office a name's apposition gives from what the text named before ("Tughay
 * Rahimli, assistant to the Prosecutor General," after the trial's prosecutors), for a side the
 * sentence alone does not tell.
 */
export function rememberStrangers(
  tokens: Token[],
  mentions: Mention[],
  state: Discourse,
  gazetteer: Gazetteer,
  officeOf: (m: Mention, side: ClaimSide) => ClaimSide = (_m, side) => side,
): void {
  const inMention = new Uint8Array(tokens.length);
  for (const m of mentions) inMention.fill(1, m.start, m.end);
  // Judged once per token (both passes below ask): capitalised words only reach the patterns.
  const nameAt = tokens.map((t) => t.isWord && !t.quoted && inMention[t.i] === 0 && t.capitalized && NAME_WORD.test(t.text) && !NOT_A_NAME.test(t.text));
  // "O'Brien was in Baku … Afterwards he said": a surname the text introduced, named again, is
  // the latest person again, so a "he" after it is him and not someone named less recently.
  const named = new Set<string>();
  for (const t of tokens) {
    if (nameAt[t.i] !== true || named.has(t.text)) continue;
    // "Siranush Sahakyan" after "Bako Sahakyan": a first name of its own makes someone else.
    if (isNameAt(nameAt, tokens[t.i - 1])) continue;
    // (A speaker whose last word it is ends with it: that cheap test first, before the words are split.)
    const earlier = latestReferent(
      state,
      (r) => r.type === "person" && r.speaker.endsWith(t.text) && r.speaker.includes(" ") && r.speaker.split(/\s+/).at(-1) === t.text,
    );
    if (earlier) {
      named.add(t.text);
      // ("Clinton met Mammadyarov. She told reporters …": the surname opening the sentence is its subject,
      // whom a later "she" means before the person it only met.)
      const subject = t.i === openingEnd(tokens) && tokens[t.i + 1]?.text !== ",";
      remember(state, { sides: earlier.sides, speaker: earlier.speaker, type: "person", plural: false, spoke: false, ...(subject ? { subject } : {}) });
    }
  }
  rememberKin(tokens, state);
  for (let i = 0; i < tokens.length; i++) {
    let end = i;
    // ("Thomas de Waal", "Ludwig van Dam": a particle between two words of a name.)
    while (
      end < tokens.length &&
      end - i < 3 &&
      (isNameAt(nameAt, tokens[end]) || (end > i && NAME_PARTICLE.has(tokens[end]?.text ?? "") && isNameAt(nameAt, tokens[end + 1])))
    )
      end++;
    // "(Quotes translated from Russian by Obozrevatel English.)": who translated, edited or took the
    // picture is the page's credit, no one a later "he" may mean.
    // ("Directed, produced and shot by Shoghakat Vardanyan": a film's or a book's author is a third party who may speak later.)
    const credit = end - i >= 2 ? textOf(tokens, Math.max(0, i - 5), i) : "";
    if (AUTHOR_CREDIT.test(credit)) {
      remember(state, { sides: ["other"], speaker: textOf(tokens, i, end), type: "person", plural: false, spoke: false });
      i = end;
      continue;
    }
    if (CREDITED_BY.test(credit)) {
      i = end;
      continue;
    }
    // ("… of Nor Ughi said": a short name the text gave a body is no person a later "she" may mean.)
    // (Nor is "the Heydar Aliyev Center", a place named after a person.)
    // ("the Faculty of Social Sciences": words after an institution's "of" name its field, no person.)
    if (
      end - i >= 2 &&
      (state.aliases.has(textOf(tokens, i, end)) || namedAfter(tokens, end) || namesAPlace(tokens[end - 1]) || fieldOfInstitution(tokens, i))
    ) {
      i = end;
      continue;
    }
    if (end - i >= 2) {
      // "Vladimir Kazimirov, the Russian mediator, arrived": an office in apposition gives the side.
      const stranger = strangerMention(tokens, i, end);
      // "Levon Andreasyan, 85, …": someone given an age is a resident or a witness, not an official.
      // ("… while Lord Ahmad was in New York": a peer is a third party wherever he is named.)
      // ("The court sentenced Ramil Safarov, a lieutenant in the Azerbaijani army, …": a defendant speaks for himself.)
      // ("The Forest Research Lab examined …": a body of no state by its own name, whatever follows it.)
      // ("UNHCR representative in Armenia Kavita Belani, on the ground since …": the office right before the name is hers.)
      const titled = mentions.find(
        (o) => o.end === i && o.type === "person" && o.sides.length === 1 && !o.sides.includes(UNCLEAR) && !/\bformer\b/i.test(o.text),
      );
      // ("the chairman of the board of the Azerbaijan National Agency for Mine Action (ANAMA), Vugar Suleymanov,":
      // the office set off before the name is his.)
      const office = titled ? null : officeBeforeName(tokens, mentions, i, end);
      const side = titled?.sides[0]
        ? titled.sides[0]
        : office
          ? office
          : namesOwnOrganisation(tokens.slice(i, end)) ||
              agedAt(tokens, end) ||
              peerageTitled(stranger, tokens) ||
              judgeTitled(stranger, tokens) ||
              SENTENCED.has(tokens[i - 1]?.norm ?? "") ||
              authorOfWork(tokens, end)
            ? "other"
            : tokens[end]?.text === ","
              ? (apposedBodyTitle(tokens, end, mentions, state) ?? officeOf(stranger, thirdPartyOrUnclear(stranger, { tokens, gazetteer, mentions })))
              : // "Luke Simpkins MP today used a statement …": a member of a parliament by the letters after the name,
                // a third party unless a belligerent's nationality stands before it.
                POST_NOMINAL_MEMBER.test(tokens[end]?.text ?? "")
                ? (nationalLegislatorBefore(stranger, { tokens, gazetteer, mentions }) ?? "other")
                : (memberOfAlias(tokens, end, state) ?? UNCLEAR);
      remember(state, { sides: [side], speaker: stranger.text, type: "person", plural: false, spoke: false });
      i = end;
    } else if (end - i === 1 && (firstNameWithRole(tokens, i, gazetteer) || agedAt(tokens, end))) {
      // "Anahit, a retired schoolteacher who asked that her surname not be used, …": a civilian
      // named by a first name only, whom a later "she said" points back to.
      remember(state, { sides: ["other"], speaker: tokens[i]?.text ?? "", type: "person", plural: false, spoke: false });
      i = end;
    }
  }
}

/**
 * "the chairman of the board of the Azerbaijan National Agency for Mine Action (ANAMA), Vugar Suleymanov,
 * said": an office opening the clause, set off by the comma before a name that a comma closes, is the
 * name's; its side is the one every body the office names has. Null otherwise.
 */
function officeBeforeName(tokens: Token[], mentions: Mention[], start: number, end: number): ClaimSide | null {
  if (tokens[start - 1]?.text !== "," || tokens[end]?.text !== ",") return null;
  let open = start - 2;
  while (open >= 0 && tokens[open]?.text !== "," && tokens[open]?.text !== ";" && start - open <= OFFICE_BEFORE_NAME_WORDS) open--;
  if (start - open > OFFICE_BEFORE_NAME_WORDS) return null;
  const first = ["the", "its", "a", "an"].includes(tokens[open + 1]?.norm ?? "") ? open + 2 : open + 1;
  if (!OFFICE_OPENING.test(tokens[first]?.norm ?? "") || tokens[first]?.capitalized === true) return null;
  const sides = new Set(mentions.filter((m) => m.start > open && m.end < start).flatMap((m) => m.sides));
  const [only] = sides;
  return sides.size === 1 && only !== undefined && only !== UNCLEAR ? only : null;
}
/** How long an office set off before a name may be: "the chairman of the board of the … (ANAMA)". */
const OFFICE_BEFORE_NAME_WORDS = 20;
/** The post an office before a name opens with, in lower case: "the chairman of …", "the ministry's spokesman". */
const OFFICE_OPENING =
  /^(?:chairman|chairwoman|chair|head|director|chief|spokes(?:man|woman|person)|secretary|commander|representative|coordinator|ombudsman|envoy|ambassador)$/;

/** "Faculty of", "Department of", "School of": an institution's word and its "of" before the words that name its field. */
function fieldOfInstitution(tokens: Token[], start: number): boolean {
  // ("the Department of Political and Administrative Studies": back over the field's other capitalised words and "and".)
  let at = start;
  while (
    at > 1 &&
    at > start - 4 &&
    (tokens[at - 1]?.norm === "and" || tokens[at - 1]?.norm === "," || tokens[at - 1]?.capitalized === true) &&
    tokens[at - 1]?.norm !== "of"
  )
    at--;
  return tokens[at - 1]?.norm === "of" && INSTITUTION_WORDS.has(tokens[at - 2]?.norm ?? "") && tokens[at - 2]?.capitalized === true;
}
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(["faculty", "department", "school", "college", "institute", "academy", "museum", "university", "chair"]);

/** How far into the apposition after a name its body may be named: ", a counsellor at the embassy,". */
const APPOSED_BODY_REACH = 6;
/** Bodies an apposition names by their title alone ("the embassy", "the ministry"), whose staff speak for them. */
const APPOSED_BODY_TYPES: ReadonlySet<string> = new Set(["government", "ministry", "military"]);

/**
 * "A diplomat from Azerbaijan's embassy spoke on Tuesday. Farid Aliyev, a counsellor at the embassy, …":
 * the body an apposition names by its title alone is the one of that title the text named before, and
 * its staff speak for its side.
 */
export function apposedBodyTitle(tokens: Token[], end: number, mentions: Mention[], state: Discourse): ClaimSide | null {
  const close = tokens.findIndex((t, k) => k > end && t.text === ",");
  const body = mentions.find(
    (m) =>
      m.start > end &&
      m.start <= end + APPOSED_BODY_REACH &&
      (close < 0 || m.end <= close) &&
      m.anaphor === "title" &&
      m.sides.length === 0 &&
      (APPOSED_BODY_TYPES.has(m.type) || m.type === "person"),
  );
  const word = body ? tokens[body.end - 1]?.norm : undefined;
  if (!word || !/^(?:embassy|ministry|government|mission|consulate|army|command)$/.test(word)) return null;
  const named = latestReferent(state, (r) => r.sides.length === 1 && r.speaker.toLowerCase().includes(word));
  const side = named?.sides[0];
  return side && side !== UNCLEAR && side !== "other" ? side : null;
}

/**
 * "At the cemetery, Danielyan's mother held his photograph. … she said": a relative who opens a clause
 * as its subject speaks for herself, and a later "she" or "he" points back to her.
 */
function rememberKin(tokens: Token[], state: Discourse): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (!t || t.quoted || !KIN.has(t.norm)) continue;
    const owner = tokens[i - 1];
    const owned = owner?.possessive === true || /^(?:his|her|their)$/.test(owner?.norm ?? "");
    // Only the clause's subject: a finite verb follows ("… mother held", "his wife said").
    const next = tokens[i + 1];
    if (!owned || !next || next.capitalized || !/^(?:\p{Ll}+ed|held|said|told|says|sat|stood|wept|spoke|showed|keeps|kept|lit|laid|carried)$/u.test(next.norm))
      continue;
    remember(state, { sides: ["other"], speaker: `${owner?.text ?? ""} ${t.text}`, type: "person", plural: false, spoke: false });
    return;
  }
}

/** ", 58," or ", 61 years old,": an age set off right after a name, as reporters introduce the people they meet. */
export function agedAt(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== "," || !/^\d{1,3}$/.test(tokens[end + 1]?.text ?? "")) return false;
  const age = Number(tokens[end + 1]?.text);
  if (age < 2 || age > 110) return false;
  const after = tokens[end + 2]?.norm ?? "";
  return after === "," || (after === "years" && tokens[end + 3]?.norm === "old");
}

/** "Anahit, a retired schoolteacher": one name, a comma and a civilian's role right after it. */
function firstNameWithRole(tokens: Token[], i: number, gazetteer: Gazetteer): boolean {
  if (tokens[i + 1]?.text !== "," || !["a", "an"].includes(tokens[i + 2]?.norm ?? "")) return false;
  const role = tokens.slice(i + 3, i + 6).filter((t) => t.isWord && !t.capitalized);
  return role.length > 0 && gazetteer.hasThirdPartyRole(role);
}

/** A lower-case noun that may end an office's phrase: "chief", "negotiator", "team" (no verb form, no function word). */
const OFFICE_NOUN = /^(?!(?:and|or|but|the|of|in|on|at|to|for|with|said|says|who|which|that)$)[a-z]+(?<!ed|ing|ly)$/;

/** How many capitalised words a titled name in apposition may run to: "First Deputy Speaker Elnur Aliyev". */
const APPOSED_NAME_WORDS = 6;

/**
 * "The head of the Azerbaijani delegation, First Deputy Speaker Elnur Mammadov, left without signing.
 * Mr Mammadov questioned …": a name set off by commas right after a mention that names one side holds
 * that side's office, whether or not the sentence reports speech.
 */
export function rememberApposedNames(tokens: Token[], mentions: Mention[], state: Discourse): void {
  rememberTitledNames(tokens, mentions, state);
  for (const m of mentions) {
    const [side] = m.sides;
    if (m.sides.length !== 1 || !side || side === UNCLEAR || m.sideFrom === "default" || m.quoted) continue;
    // A place says where ("In Yerevan, Aram Petrosyan, a security analyst, …"); only a body, or a
    // state owning the office after it ("Armenia's chief negotiator, …"), holds one.
    // ("The Azerbaijani delegation, led by …": a people's adjective before the body's noun owns it too.)
    const adjective = NATIONALITY_WORD.test(m.text) && OFFICE_NOUN.test(tokens[m.end]?.text ?? "");
    if (m.type === "country" && !tokens[m.end - 1]?.possessive && !adjective) continue;
    // "Armenia's chief negotiator, …", "the leader of the Armenian team, …": a noun or two may end the office.
    let comma = m.end;
    while (comma < tokens.length && comma - m.end < 3 && OFFICE_NOUN.test(tokens[comma]?.text ?? "")) comma++;
    // "Armenia's permanent representative to the CSTO, …": the body the office is accredited to.
    comma = afterTerritory(tokens, afterAccreditation(tokens, comma));
    // ("BP's regional president for Azerbaijan" is one mention: the lands it lists on past its end are the office's too.)
    const landsFrom = tokens
      .slice(m.start, m.end)
      .map((t) => t.norm)
      .lastIndexOf("for");
    if (comma === m.end && landsFrom > 0) comma = Math.max(comma, afterTerritory(tokens, m.start + landsFrom));
    if (tokens[comma]?.text !== ",") continue;
    // "Azerbaijan's delegation, led by the deputy speaker Afiyaddin Jalilov, …": its leader, named after his title.
    const nameStart = pastLeaderTitle(tokens, comma + 1);
    let end = nameStart;
    while (end < tokens.length && end - nameStart < APPOSED_NAME_WORDS && tokens[end]?.isWord && tokens[end]?.capitalized && !tokens[end]?.quoted) end++;
    if (tokens[end]?.text !== ",") continue;
    const words = tokens.slice(nameStart, end).map((t) => t.text);
    // ("the chairman-in-office, Swiss Foreign Minister Flavio Cotti,": the words before the last title word
    // say whose minister he also is; the name is what follows it.)
    let lastTitle = words.length - 1;
    while (lastTitle >= 0 && !TITLE_WORDS.has(words[lastTitle] ?? "")) lastTitle--;
    const name = (lastTitle >= 0 ? words.slice(lastTitle + 1) : words).filter((w) => !TITLE_WORDS.has(w) && w !== "First");
    // The title words come first and the name last: "Deputy Minister Karen Petrosyan", not "Ganja, Barda".
    const titled = name.length >= 2 && words.slice(words.length - name.length).join(" ") === name.join(" ");
    // (A mediator's office outranks the third state's post its holder also has: "the chairman-in-office, Swiss
    // Foreign Minister Flavio Cotti," speaks for the mediation.)
    const sided = mentions.some(
      (o) =>
        o !== m && o.side !== null && o.start > comma && o.start < end && !(isMediator(side) && o.type === "person" && o.sides.every((x) => x === "other")),
    );
    if (!titled || sided || !name.every((w) => NAME_WORD.test(w) && !NOT_A_NAME.test(w))) continue;
    // The name was just remembered as a stranger we could not place: the office places him.
    const speaker = name.join(" ");
    state.referents = state.referents.filter((r) => !(r.sentenceNo === state.sentenceNo && r.speaker === speaker && r.sides.includes(UNCLEAR)));
    remember(state, { sides: [side], speaker, type: "person", plural: false, spoke: false });
  }
}

/**
 * Where the name starts after "led by" or "headed by" and a title in lower case ("led by the deputy
 * speaker Afiyaddin Jalilov"); `at` itself when the apposition opens with no such words.
 */
function pastLeaderTitle(tokens: Token[], at: number): number {
  if (!LED_BY.has(tokens[at]?.norm ?? "") || tokens[at + 1]?.norm !== "by") return at;
  let i = at + 2;
  if (tokens[i]?.norm === "the") i++;
  const title = i;
  while (i - title < LEADER_TITLE_WORDS && tokens[i]?.isWord && !tokens[i]?.capitalized && OFFICE_NOUN.test(tokens[i]?.text ?? "")) i++;
  return i;
}

const LED_BY: ReadonlySet<string> = new Set(["led", "headed", "chaired"]);
/** How many lower-case words a leader's title may take: "the first deputy foreign minister". */
const LEADER_TITLE_WORDS = 4;

/**
 * "the Head of State, Heydar Aliyev, stated …": a title that names no side, set off before a
 * person the text places, is that person's office, so that a later "The Head of State said" is him.
 */
function rememberTitledNames(tokens: Token[], mentions: Mention[], state: Discourse): void {
  for (const [k, title] of mentions.entries()) {
    const name = mentions[k + 1];
    if (!name || title.type !== "person" || title.sides.length > 0 || tokens[title.end]?.text !== "," || name.start !== title.end + 1) continue;
    const [side] = name.sides;
    if (name.type !== "person" || name.sides.length !== 1 || !side || side === UNCLEAR || tokens[name.end]?.text !== ",") continue;
    remember(state, { sides: [side], speaker: `${title.text} ${name.text}`, type: "person", plural: false, spoke: false });
  }
}

/**
 * Past the lands a regional office covers, to the comma that closes them: "BP's regional president for
 * Azerbaijan, Georgia and Turkey, Gary Jones,". One land, or a list that ends in "and"; else `at` itself
 * (in "for Azerbaijan, Georgia, Turkey," no comma tells the last land from the holder's name).
 */
function afterTerritory(tokens: Token[], at: number): number {
  if (tokens[at]?.norm !== "for") return at;
  const capital = (k: number) => tokens[k]?.isWord === true && tokens[k]?.capitalized === true && !tokens[k]?.quoted;
  let end = at + 1;
  let lands = 0;
  let joined = false;
  while (end < tokens.length && lands < MAX_LANDS) {
    if (!capital(end)) return at;
    while (capital(end)) end++;
    lands++;
    const next = tokens[end]?.norm;
    if (next === "and" && !joined) {
      joined = true;
      end++;
      continue;
    }
    if (tokens[end]?.text !== ",") return at;
    // (A comma after the "and" land, or after the only one, closes the lands; one between them lists on.)
    if (joined || (lands === 1 && !listsOn(tokens, end))) return end;
    end++;
  }
  return at;
}
/** How many lands one office may cover. */
const MAX_LANDS = 6;

/** Whether the lands go on past this comma to an "and": "Azerbaijan, Georgia and Turkey". */
function listsOn(tokens: Token[], comma: number): boolean {
  for (let k = comma + 1; k < tokens.length && k - comma < 12; k++) {
    const t = tokens[k];
    if (t?.norm === "and") return true;
    if (!t?.isWord && t?.text !== ",") return false;
    if (t?.isWord && !t.capitalized) return false;
  }
  return false;
}

/** Past "to the CSTO", "at the United Nations" after an office, up to four words; else `at` itself. */
function afterAccreditation(tokens: Token[], at: number): number {
  if (!/^(?:to|at)$/.test(tokens[at]?.norm ?? "")) return at;
  let end = at + 1;
  if (tokens[end]?.norm === "the") end++;
  const first = end;
  while (end - first < 4 && tokens[end]?.isWord && tokens[end]?.capitalized && !tokens[end]?.quoted) end++;
  return end > first && tokens[end]?.text === "," ? end : at;
}

/**
 * The full name right after an office that has no holder's name of its own: "Vusal Mammadov" in
 * "assistant prosecutor Vusal Mammadov said". Two name words at least; null otherwise.
 */
export function nameAfter(m: Mention, tokens: Token[], mentions: readonly Mention[] = []): string | null {
  const words: string[] = [];
  for (let i = m.end; i < tokens.length && words.length < 3; i++) {
    const t = tokens[i];
    if (!t?.isWord || t.quoted || !NAME_WORD.test(t.text) || NOT_A_NAME.test(t.text) || mentions.some((o) => o !== m && o.start <= i && i < o.end)) break;
    words.push(t.text);
  }
  return words.length >= 2 ? words.join(" ") : null;
}

function isNameAt(nameAt: boolean[], t: Token | undefined): boolean {
  return t !== undefined && nameAt[t.i] === true;
}

/** A word that may be part of a person's name: "Kazimirov", "O'Brien", "Ter-Petrosyan". */
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:['’]\p{Lu})?\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/** An adverb as it opens a sentence: "Then". */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Capitalised words that do not start a person's name. */
const NOT_A_NAME = new RegExp(
  `^(?:The|A|An|On|In|At|By|For|From|With|After|Before|During|Since|Central|North|South|East|West|Eastern|Western|Northern|Southern|Middle|Asia|Europe|Americas?|Africa|Caucasus|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|President|Prime|Minister|General|Colonel|Deputy|Foreign|Defence|Defense|Interior|Speaker|House|Council|Committee|Ministry|Army|Republic|State|National|Security|Human|Rights|Red|Cross|United|Nations|European|Union|Soviet|Supreme|Corridor|Road|Street|Lake|Mountains?|River|District|Region|Province|Airport|Square|University|Institute|Center|Centre|Agency|News|Service|Force|Forces|Department|Affairs|Administration|Office|Policy|Situations|Emergency|Directorate|Bureau|Division|Headquarters|Ministry|Group|Party|Front|Movement|Day|War|New|Year|But|And|${OPENING_ADVERBS.map(capitalised).join("|")}|Meanwhile|However|When|While|If|As|It|He|She|They|We|This|That|These|Those|There|Here|Its|His|Her|Their|Our)$`,
);

/** "The mayor of Khojaly, Elman Mamedov, told": a title with its holder named in apposition. */
export function apposedName(m: Mention, tokens: Token[]): string[] | null {
  if (m.anaphor !== "title" || m.type !== "person") return null;
  // "The mayor of Shusha, Karen Davtyan,": past a short "of …" to the comma.
  let comma = m.end;
  while (comma < tokens.length && comma - m.end < 6 && tokens[comma]?.text !== ",") comma++;
  if (tokens[comma]?.text !== "," || (comma > m.end && tokens[m.end]?.norm !== "of")) return null;
  const names: string[] = [];
  let k = comma + 1;
  while (k < tokens.length && names.length < 4 && tokens[k]?.isWord && /^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? "")) names.push(tokens[k++]?.text ?? "");
  return names.length >= 2 && tokens[k]?.text === "," ? names.filter((w) => !TITLE_WORDS.has(w)) : null;
}
