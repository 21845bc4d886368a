// What the text has said so far: the speakers and actors a later "it", "they", "the ministry"
// or "the statement" can point back to. One state per article, across its paragraphs.
//
// A pronoun goes to the most salient compatible referent: the nearest sentence that has one,
// a speaker before a mere mention within that sentence. When that sentence offers two speakers
// of different sides, or two ministries of different sides alternate and the paragraph names
// neither, the reference cannot be told with confidence and resolves to "unclear".
import type { ClaimSide, Side } from "../types.ts";
import { isBelligerent, UNCLEAR } from "../sides/sides.ts";
import type { ActorType } from "./gazetteer.ts";
import { OWN_BODY_HEADS, ORGANISATION_WORDS, type Mention } from "./mentions.ts";

export interface Referent {
  sides: ClaimSide[];
  /** How the text named it ("Karabakh's Armenian-backed Defense Army"). */
  speaker: string;
  type: ActorType;
  plural: boolean;
  /** True when it made a claim; false when it was only mentioned. */
  spoke: boolean;
  sentenceNo: number;
  /** The paragraph it was named in. */
  paragraphNo?: number;
  /** A sentence's subject (a bare title opening it, or a person opening it with no apposition): outranks what that sentence only mentions. */
  subject?: boolean;
  /** Spoke through a text the sentence opened on ("The report states …"): a later "it" may mean that text, whoever wrote it. */
  textSpoke?: boolean;
  /** A text the sentence said who issued ("a joint statement by …"): what a later "the statement" quotes. */
  issued?: boolean;
  /** A work the sentence said who made ("The CIA produced three assessments"): its noun, so a later "The assessment warned" is that maker's. */
  work?: string;
  /** Named in an item of a list a speaker's lead introduced: inside that speaker's report. */
  listed?: boolean;
}

export interface Discourse {
  /** Oldest first. */
  referents: Referent[];
  sentenceNo: number;
  paragraphNo: number;
  /** Pronouns do not reach back past this sentence (the start of a live-blog entry). */
  pronounsFrom: number;
  /** Titles ("the ministry") do not reach back past this sentence: the start of a monitoring item, another broadcaster's. */
  titlesFrom: number;
  /**
   * The side of the outlet's own state (Report.az, Armenpress, TASS), when it has one: in its
   * copy "the Ministry of Defense" with no other antecedent is that state's ministry.
   */
  home: Side | null;
  /**
   * The state whose own local press the page is (a town's paper, a capital's dateline with no wire
   * credited): its unnamed "officials" and bare "police" are that state's. A state agency filing
   * from abroad ("BAKU (ITAR-TASS)") has a home, but the officials it quotes are where it files.
   */
  localHome: Side | null;
  /**
   * The state whose unqualified offices ("Foreign Minister X" with no state named) the page's copy
   * means: its outlet's own state, else its local home. A foreign wire's Moscow dateline is neither:
   * the minister it names is as often a visiting delegation's.
   */
  officeHome: Side | null;
  /**
   * Short names the text defined for an actor it knows: "the Football Federation of Armenia (FFA)"
   * makes a later "the FFA said" that federation.
   */
  aliases: Map<string, Referent>;
  /**
   * Whom the text has called "he" or "she", by full name: "Nikol Pashinyan told parliament …. Of those, he
   * said, …" makes him a man, whom a later "she explained" never means.
   */
  genders: Map<string, "man" | "woman">;
}

export function emptyDiscourse(home: Side | null = null, localHome: Side | null = home, officeHome: Side | null = home): Discourse {
  return { referents: [], sentenceNo: 0, paragraphNo: 0, pronounsFrom: 0, titlesFrom: 0, home, localHome, officeHome, aliases: new Map(), genders: new Map() };
}

/** A name of a body rather than a person: an acronym ("RCDS") or a body's word at its end. */
const ACRONYM = /\b\p{Lu}{2,}\b/u;
const BODY_WORD_END =
  /\b(?:centre|center|institute|group|council|committee|foundation|agency|service|office|network|union|association|project|monitor|watch)$/i;
const isBodyLike = (name: string) => ACRONYM.test(name) || BODY_WORD_END.test(name);

/**
 * A company the text names by what it is ("The company said …", "the Israeli firm"): a third party
 * read as people are, but one body, which a later "it" means and "he" never does.
 */
const COMPANY = /^(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:company|firm|manufacturer|corporation)$/iu;

/**
 * "The Azerbaijan Campaign Against Landmines said …. Its chairman …": a body's own name, remembered as
 * a stranger (a person, plural by its last word), whose capitalised body word makes it an "it".
 */
const BODY_BY_NAME =
  /\b(?:Campaign|Centre|Center|Institute|Foundation|Association|Society|Network|Coalition|Initiative|Trust|Fund|League)\s+(?:Against|for|of|on|to)\s+\p{Lu}/u;

/**
 * "The CSCE … welcomed the truce. Its chairman said …": the mediators' entry holds "co-chairs" and
 * "the OSCE" alike; one body of them named in the singular is an "it" as well as a "they".
 */
const oneMediatingBody = (r: Referent) => r.type === "mediator" && !/(?:\p{Ll}s|men)$/u.test(r.speaker);

/** Bodies that British usage calls "they": "the Government … They submitted". */
const COLLECTIVE_TYPES: ReadonlySet<string> = new Set(["government", "ministry", "military"]);

/** How far back a mere mention (not a speaker) stays available to "they"/"them". */
const MENTION_REACH = 1;
/**
 * Marks what the sentence just read named as inside a report, not its subject: an item of a list a
 * speaker's lead introduced ("… barred from travel to: – Meghri town in Syunik region;") names places of
 * the speaker's report, whatever the item opens on.
 */
export function nameInReport(state: Discourse): void {
  for (const r of state.referents) {
    if (r.sentenceNo !== state.sentenceNo || r.spoke) continue;
    r.subject = false;
    r.listed = true;
  }
}

/** How many items of a list a place may be named in after the body that introduced the list spoke. */
const LIST_REACH = 8;

/** How many sentences back a pronoun looks for its nearest antecedent before older speakers. */
export const PRONOUN_REACH = 2;

/** The earlier actor a pronoun or bare title refers to, or null when the text offers none. */
/** A country named by its adjective ("the Armenian", "Azerbaijani"), not by its name ("Armenia", "Baku"). */
export const NATIONALITY_WORD = /(?:ian|ani|ish|ese|ench|ican|ean)$/i;

/** The kinds of title every state has one of: "the defence ministry", "the government", "the army". */
const STATE_OFFICE_TYPES: ReadonlySet<string> = new Set(["ministry", "government", "military"]);

export function resolveAnaphor(mention: Mention, state: Discourse): Referent | null {
  // (One pass over up to 400 referents, newest first, for each list a case reads; a title reads its own.)
  const reachable = mention.anaphor === "title" ? [] : newestFirst(state, (r) => r.sentenceNo > state.pronounsFrom);
  const speakers = reachable.filter((r) => r.spoke);
  const near = (r: Referent) => r.spoke || state.sentenceNo - r.sentenceNo <= MENTION_REACH;
  switch (mention.anaphor) {
    case "it": {
      // "… understated the Armenian death toll. It said …": a nationality word qualifying a noun is no "it".
      const fits = (r: Referent) =>
        (r.type !== "person" || COMPANY.test(r.speaker) || r.textSpoke === true || BODY_BY_NAME.test(r.speaker)) &&
        (!r.plural || oneMediatingBody(r) || BODY_BY_NAME.test(r.speaker)) &&
        !(r.type === "country" && NATIONALITY_WORD.test(r.speaker));
      const found = nearest(reachable, fits, state);
      // "The Lachin Research Centre said 40 fighters died in Karabakh. It said …": when the one who
      // spoke there is no "it" we can read (a name we do not know), a place inside its report is no
      // better a guess.
      // (Only a place: a body named there, "…, director at Human Rights Watch", is the likelier "it".)
      const inReport = found !== null && !found.spoke && !found.subject;
      const reporter = inReport ? reachable.find((r) => r.spoke && r.sentenceNo === found.sentenceNo) : undefined;
      if (found?.type === "country" && reporter?.type === "person") return unclear(found);
      // ("The Armenian delegation said the text predetermined Karabakh's status. It argued …", "It argued
      // that this contradicted a decision of the OSCE council. It added …": the body that spoke, not a
      // place or a body its report named.)
      if (found && reporter && COLLECTIVE_TYPES.has(reporter.type)) return reporter;
      // ("The embassy said its staff may not travel to: – Lori region along the M6; – Meghri town. It reminded …":
      // a place a list named after a body spoke, no one speaking since, is inside the body's report too.)
      const body = speakers[0];
      if (
        found?.type === "country" &&
        found.listed === true &&
        reporter === undefined &&
        body !== undefined &&
        body.type !== "person" &&
        !body.sides.includes(UNCLEAR) &&
        body.sentenceNo < found.sentenceNo &&
        found.sentenceNo - body.sentenceNo <= LIST_REACH
      )
        return body;
      // "An analysis by the Yerevan-based RCDS estimated … . It said …": a body we cannot place spoke
      // last; an older body that fits "it" better is no safer a guess than no side.
      // (So is a place or a state the text only mentioned before someone we cannot place spoke: "… the buyer
      // was Azerbaijan. Aeronautics said … . '…,' it said.")
      const last = speakers[0];
      if (found && last && last.sentenceNo > found.sentenceNo && last.sides.includes(UNCLEAR) && (isBodyLike(last.speaker) || !found.spoke))
        return unclear(last);
      return found ?? speakers.find(fits) ?? speakers[0] ?? null;
    }
    case "he": {
      // "The Secretary-General welcomes … He calls on …": an office one person holds is a "he" too.
      // So is a title with its holder's name ("Prosecutor General Kamran Aliyev"), whatever the title's type.
      // ("Under that plan, refugees would go home. He writes …": people in the plural are never "he".)
      const fits = (r: Referent) =>
        !r.plural &&
        !COMPANY.test(r.speaker) &&
        (r.type === "person" || ONE_HOLDER.test(r.speaker) || (HOLDER_NAME.test(r.speaker) && !BODY_NAME_END.test(r.speaker))) &&
        !otherGender(mention.text, r.speaker) &&
        !calledOtherwise(mention.text, r.speaker, state);
      const found = nearest(reachable, fits, state) ?? speakers.find(fits) ?? null;
      // (Only a person's: a body a "she" was read as is a guess no later "he" should be bound by.)
      if (found && found.type === "person" && !found.sides.includes(UNCLEAR)) learnGender(mention.text, found.speaker, state);
      return found;
    }
    case "they": {
      // ("Six nationals … complained that … territory held by the Armenian forces. They argued …": in the
      // nearest sentence with a plural, one that spoke outranks one only mentioned there.)
      const closest = reachable.find((r) => (r.plural || r.sides.length > 1) && near(r));
      const spokeThere = (r: Referent) => r.spoke && r.sentenceNo === closest?.sentenceNo && (r.plural || r.sides.length > 1 || /[^s]s$/i.test(r.speaker));
      const plural = reachable.find(spokeThere) ?? closest;
      // "The Government of Armenia … argued that … They submitted that …": a body that spoke in the
      // sentence before is "they" too (British usage), unless a plural spoke after it: a plural it only
      // mentioned ("… that the applicants had never lived there. They further contended …") is no subject.
      const last = speakers[0];
      const bodyJustSpoke = last !== undefined && COLLECTIVE_TYPES.has(last.type) && !last.plural && state.sentenceNo - last.sentenceNo <= 1;
      if (bodyJustSpoke && (!plural || plural.sentenceNo < last.sentenceNo || (plural.sentenceNo === last.sentenceNo && !plural.spoke))) return last;
      // (Never one official of a party: "Ter-Petrosyan said … . The Soviet ministries did not deny it. They
      // accused …" is not him. One protester quoted may stand for the crowd, a third party either way.)
      const fallback = speakers[0];
      // ("Bellingcat published its analysis this week. They geolocated … They said …": a body the sentence before
      // opened on, named after the last speaker, is "they" rather than that speaker.)
      const opened = reachable.find((r) => r.subject === true && !r.plural && COLLECTIVE_TYPES.has(r.type) && state.sentenceNo - r.sentenceNo <= PRONOUN_REACH);
      if (!plural && opened && fallback && opened.sentenceNo > fallback.sentenceNo && !opened.sides.includes(UNCLEAR)) return opened;
      const official = fallback?.type === "person" && !fallback.plural && fallback.sides.some((s) => isBelligerent(s));
      return plural ?? (official ? null : (fallback ?? null));
    }
    case "title": {
      const pool = newestFirst(state, (r) => r.sentenceNo > state.titlesFrom);
      const found = resolveTitle(mention, state, pool);
      // (A state's office, whichever way it was found, after the text turned to the other state.)
      // ("A Foreign Ministry official": a person, but one of a state's office all the same.)
      const ofStateOffice = STATE_OFFICE_TYPES.has(mention.type) || /\b(?:ministry|government)\b/i.test(mention.text);
      // (On a state's own page, "the Ministry of Defense" is its own ministry, whoever spoke before.)
      const ownPage = mention.definite && state.officeHome !== null && found?.sides.length === 1 && found.sides[0] === state.officeHome;
      return found && ofStateOffice && !ownPage && !found.sides.includes(UNCLEAR) ? (overtaken(found, pool, state) ?? found) : found;
    }
    default:
      return null;
  }
}

/** "the commission's chairman", "the agency's director": a body named by its head noun, in the possessive, before an office. */
const OWNED_OFFICE =
  /^the\s+(court|tribunal|commission|committee|agency|council|service|directorate|department|centre|center|board|bureau|inspectorate)['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:chairman|chairwoman|chair|head|director|chief|spokes\w+|secretary|deputy|president|press\s+(?:service|office))$/iu;
/**
 * "Court President Joan Donoghue", "Commission Chairman X": the body's head noun written into the title
 * before the holder's name, which is the body the text named (not "Prime Minister X": no body's noun).
 */
const BODY_TITLE =
  /^(Court|Tribunal|Commission|Committee|Council|Agency|Board)\s+(?:President|Chairman|Chairwoman|Chair|Head|Director|Chief|Registrar)\s+\p{Lu}/u;

/**
 * The body an office in OWNED_OFFICE belongs to: the one body of that kind the text named ("Azerbaijan's
 * State Commission on …" for "the commission's chairman"); with none, or two of different sides, nobody's.
 */
export function officeOwner(mention: Mention, state: Discourse): Referent | null {
  // ("According to the court's press service": a body's press office, as its spokesman.)
  const owned = mention.type === "person" || mention.type === "media" ? OWNED_OFFICE.exec(mention.text) : null;
  const titled = mention.type === "person" && !owned ? BODY_TITLE.exec(mention.text) : null;
  const body = (owned ?? titled)?.[1]?.toLowerCase();
  if (!body) return null;
  const named = newestFirst(state, (r) => r.type !== "person" && r.sentenceNo > state.titlesFrom && headsOf(r.speaker).includes(body));
  // ("Court President X" after "Armenia also went to the European Court …. The International Court of Justice
  // ruled …": the title is the body the text is at now, the newest of its kind, as "the court" would be.)
  const sides = new Set((titled ? named.slice(0, 1) : named).map((r) => r.sides.join("+")));
  const first = named[0];
  if (!first || sides.size !== 1 || first.sides.length !== 1 || first.sides.includes(UNCLEAR)) return null;
  return { ...first, speaker: mention.text, type: mention.type, subject: false };
}

/** Words that make a speaker a woman or a man: "spokeswoman", "Mrs", "his wife"; "spokesman", "Mr". */
const WOMAN =
  /\b(?:spokeswoman|chairwoman|congresswoman|businesswoman|camerawoman|woman|mrs|ms|madam|mother|wife|daughter|sister|widow|grandmother|girl|lady)\b/i;
const MAN = /\b(?:spokesman|chairman|congressman|businessman|cameraman|man|mr|father|husband|son|brother|widower|grandfather|boy)\b/i;

/**
 * "The ministry's spokeswoman, Shushan Stepanyan, wrote …. A doctor sat on the steps. He said …": a
 * pronoun never points back to a speaker the text has named as the other sex.
 */
/**
 * The person a referent names, for the genders the text gave: a full name ("Prime Minister Nikol
 * Pashinyan"), never a bare surname, which two people of one village may share.
 */
function personKey(speaker: string): string | null {
  const words = speaker.match(/\p{Lu}[\p{L}'’-]+/gu);
  return words && words.length >= 2 ? speaker : null;
}

/** The gender a bare pronoun gives, or null for "it", "they", a possessive phrase. */
function pronounGender(pronoun: string): "man" | "woman" | null {
  const p = pronoun.toLowerCase();
  return /^(?:he|him|himself)$/.test(p) ? "man" : /^(?:she|her|herself)$/.test(p) ? "woman" : null;
}

/** Remembers that the text called this person by the pronoun. */
function learnGender(pronoun: string, speaker: string, state: Discourse): void {
  const gender = pronounGender(pronoun);
  const key = personKey(speaker);
  if (gender && key && !state.genders.has(key)) state.genders.set(key, gender);
}

/** Whether the text has called this person by the other pronoun before. */
function calledOtherwise(pronoun: string, speaker: string, state: Discourse): boolean {
  const gender = pronounGender(pronoun);
  const key = personKey(speaker);
  const known = key ? state.genders.get(key) : undefined;
  return gender !== null && known !== undefined && known !== gender;
}

function otherGender(pronoun: string, speaker: string): boolean {
  const p = pronoun.toLowerCase();
  if (/^(?:he|him|his|himself)$/.test(p)) return WOMAN.test(speaker) && !MAN.test(speaker);
  if (/^(?:she|her|hers|herself)$/.test(p)) return MAN.test(speaker) && !WOMAN.test(speaker);
  return false;
}

/**
 * The nearest sentence (within reach) that offers a compatible referent; in it a speaker outranks
 * a mention. Two of equal rank with different sides leave the reference unclear.
 */
function nearest(recent: Referent[], fits: (r: Referent) => boolean, state: Discourse): Referent | null {
  const first = recent.find((r) => fits(r) && state.sentenceNo - r.sentenceNo <= PRONOUN_REACH);
  if (!first) return null;
  const same = recent.filter((r) => fits(r) && r.sentenceNo === first.sentenceNo);
  const spoke = same.filter((r) => r.spoke);
  const subjects = same.filter((r) => r.subject);
  const pool = spoke.length > 0 ? spoke : subjects.length > 0 ? subjects : same;
  const sides = new Set(pool.map((r) => r.sides.join("+")));
  // "Aliyev and Pashinyan spoke …. He said": one person, but which one cannot be told.
  if (sides.size > 1 || (pool[0]?.sides.length ?? 0) > 1) return unclear(first);
  return pool[0] ?? first;
}

/**
 * "the ombudsman", "the ministry": an earlier actor with the same title first, then one of the
 * same kind. When the last two ministries (say) were of different sides and the paragraph has
 * named neither, the title cannot be resolved with confidence.
 */
function resolveTitle(mention: Mention, state: Discourse, everyone: Referent[]): Referent | null {
  // The title's own words, without its determiner.
  const phrase = mention.text
    .toLowerCase()
    .replace(/^(?:the|its|his|her|their)\s+/, "")
    .replace(/['’]s$/, "");
  // ("the prime minister" is never the "Deputy Prime Minister Shahin Mustafayev" named before; but
  // "Foreign Minister Viacheslav Trubnikov" names its holder, whatever words stood before it.)
  const bare = phrase.includes(" ") && !HOLDER_NAME.test(mention.text);
  const recent = bare ? everyone.filter((r) => !deputyHolds(r.speaker.toLowerCase(), phrase)) : everyone;
  // "according to the same statement": the last that spoke, but a statement is a body's or an
  // official's, never a doctor's or a witness's ("the hospital's chief physician said …").
  // ("The Parliamentary Assembly voted …. The resolution says": a body that adopts texts need not have spoken yet.)
  const adopted = ADOPTED_TEXT.test(mention.text);
  if (mention.type === "statement")
    return (
      recent.find(
        (r) =>
          r.issued === true ||
          // (A group of them may issue one: "Three opposition parties … said in a joint statement".)
          (r.spoke && !(r.type === "person" && !r.plural && r.sides.includes("other"))) ||
          (adopted && r.type !== "person" && ADOPTING_BODY.test(r.speaker)),
      ) ?? null
    );
  // "Azerbaijan's prosecutor general said …. The following Saturday the same office said …": "the same"
  // body or source is the one that spoke last, whatever words named it, not an older one of that name.
  const same = SAME_SOURCE.exec(mention.text)?.[1]?.toLowerCase();
  if (same) {
    const last = recent.find((r) => r.spoke && state.sentenceNo - r.sentenceNo <= PRONOUN_REACH);
    if (last && (headsOf(last.speaker).includes(same) || GENERIC_SOURCES.has(same))) return last;
  }
  // An official's title ("the deputy prime minister") is never an analyst or a witness.
  const official = recent.filter((r) => r.spoke && !r.sides.includes("other"));
  const justNamed = stateJustNamed(phrase, state, recent);
  if (justNamed) return { ...justNamed, speaker: mention.text, type: mention.type, subject: false };
  // "the official Xinhua news agency": an agency with a name of its own we do not know is nobody the
  // text named before, nor the dateline's (a foreign bureau in Moscow quotes Beijing's agency too).
  // (Only a news agency on a page with no home of its own: a monitoring item's "Radio Rossii" is its broadcaster state's.)
  if (
    mention.type === "media" &&
    state.officeHome === null &&
    /\bagency\b/i.test(mention.text) &&
    OWN_MEDIA_NAME.test(mention.text.replace(GENERIC_MEDIA_WORDS, ""))
  )
    return unclearReferent(mention);
  // "the Central Election Commission said": the commission of the state whose vote the text is about.
  if (ELECTION_COMMISSION.test(mention.text)) {
    // (With no one state named, nobody the text named before: such a commission is no minister's.)
    const side = electionState(state);
    return side ? { sides: [side], speaker: mention.text, type: mention.type, plural: false, spoke: false, sentenceNo: state.sentenceNo } : null;
  }
  const head = headWord(mention.text);
  // "the bloc" is the bloc named nearest before it, whichever that was, or nobody we can tell.
  if (head === "bloc") return nearest(recent, (r) => BLOC.test(r.speaker), state);
  // "The magazine says …" after "this week's Time piece": a publication is one the text named, never
  // whichever official spoke last; with none named that we can place, whose it is cannot be told.
  if (head !== null && PUBLICATION_HEADS.has(head)) {
    // ("The Observer's leader writers found … . '…,' the paper observed": its editorial voice stands for the paper.)
    const outlet = recent.find((r) => (r.type === "media" || EDITORIAL_VOICE.test(r.speaker)) && state.sentenceNo - r.sentenceNo <= PUBLICATION_REACH);
    return outlet ? { ...outlet, type: "media" } : unclearReferent(mention);
  }
  // "the judges" are the court's: the court the text named last, whoever's it is.
  if (head === "judges") return recent.find((r) => r.type !== "person" && headsOf(r.speaker).includes("court")) ?? null;
  // "the Foreign Ministry" after "… of the Russian Foreign Ministry Maria Zakharova": the same
  // words (the phrase above), not merely the same head ("the Azerbaijani Defence Ministry"), name the same body.
  // A third state's body counts too ("the Foreign Office" after Pakistan's), but no analyst or witness.
  const named = phrase.includes(" ")
    ? recent.find((r) => (!r.sides.includes("other") || r.type !== "person") && r.speaker.toLowerCase().includes(phrase))
    : undefined;
  // ("Switzerland's foreign ministry advises …" paragraphs before Azerbaijan's officials spoke: "In December the
  // foreign ministry said …" is no surer the third state's than theirs.)
  if (named && thirdStateOvertaken(named, recent, state)) return unclear(named);
  if (named) return rivalIn(named, recent, head, state) ?? named;
  // "the Foreign Office" is not "the Prosecutor General's Office": the title's own words must be the referent's.
  // ("the emergencies ministry" is the "Ministry of Emergency Situations": a plural modifier is read as its singular.)
  const modifiers = phrase
    .split(/\s+/)
    .slice(0, -1)
    .map((w) => w.replace(/ies$/, "y"));
  // A third party's body may be meant too ("the court" after "the European Court of Human Rights"), never a person.
  const fitsTitle = (r: Referent) =>
    head !== null &&
    // (So may a third state's body that spoke: "The Hungarian Ministry of Justice said …. The ministry said …".)
    // (And a third party's official just named with that very title: "… told India's ambassador, X, that …. The
    // ambassador replied" is India's, not the adviser who spoke.)
    (!r.sides.includes("other") ||
      (THIRD_PARTY_HEADS.has(head) && r.type !== "person") ||
      (head === "agency" && RATING_AGENCY.test(r.speaker)) ||
      (r.spoke && r.type === "ministry") ||
      (r.type === "person" && headsOf(r.speaker).includes(head) && state.sentenceNo - r.sentenceNo <= 1)) &&
    // A spokesperson names the body ("the ministry" right after "… Defence Ministry spokesman"), only nearby.
    // ("ANAMA's figures …, the agency said": a short name the text defined has its full name's heads.)
    (headsOf(r.speaker).includes(head) ||
      headsOf(state.aliases.get(r.speaker)?.speaker ?? "").includes(head) ||
      // ("The minister said …" after "Foreign Minister Ararat Mirzoyan told …": the office before a holder's name.)
      (r.type === "person" && officeBeforeName(r.speaker) === head) ||
      (spokenBodyOf(r.speaker) === head && state.sentenceNo - r.sentenceNo <= PRONOUN_REACH) ||
      // "the delegate" after "a member of the Azerbaijani delegation said": a member of the body.
      (MEMBER_OF[head] !== undefined && headsOf(r.speaker).includes(MEMBER_OF[head] ?? "") && state.sentenceNo - r.sentenceNo <= PRONOUN_REACH)) &&
    modifiers.every((w) => r.speaker.toLowerCase().includes(w));
  const titled = placedFirst(recent, fitsTitle);
  if (titled) return rivalIn(titled, recent, head, state) ?? (modifiers.length === 0 ? overtaken(titled, recent, state) : null) ?? titled;
  // "the Court", "the prosecution": only a body of that kind the text named, never the state
  // that spoke last ("Azerbaijan argued … The Court found …" is no Azerbaijani court).
  const kind = head ? NAMED_ONLY.find(([heads]) => heads.test(head)) : undefined;
  // (The bodies' own heads only bare: "the Investigative Committee" is a state's standard body, read below.)
  if (kind && head && (phrase === head || !OWN_BODY_HEADS.has(head))) return placedFirst(recent, (r) => kind[1](r, head)) ?? null;
  // "The Prosecutor-General's Office": only a prosecutor or a state's court the text named, else the page's own
  // state's, never whichever official spoke last ("Russian officials said … The Prosecutor-General's Office said").
  // (With neither, the nearest belligerent official that spoke: prosecutors are a party's, never a mediator's.)
  if (/\bprosecut/i.test(phrase))
    return (
      recent.find((r) => (/\bprosecut/i.test(r.speaker) && !r.sides.includes("other")) || stateCourt(r) || courtAbroad(r)) ??
      homeReferent(mention, state) ??
      // (Only one that spoke lately: a prosecutor is no more the side of an official several paragraphs back than the other's.)
      official.find((r) => r.sides.length === 1 && isBelligerent(r.sides[0] ?? "") && state.sentenceNo - r.sentenceNo <= PROSECUTOR_REACH) ??
      null
    );
  // "the Foreign Office minister Wendy Morton", "Prime Minister Andranik Margaryan": a title with a
  // name of its own is not whichever official of that kind spoke last.
  const ownName = mention.type === "person" && HOLDER_NAME.test(mention.text);
  // Whichever official spoke last may be meant, but "the emergencies ministry" is no defence ministry,
  // and "the government" is a state's, not the UN's, the EU's or an ICRC office's.
  const remit = remitOf(phrase);
  const stateBody = STATE_BODY.test(mention.text);
  const mayBe = (r: Referent) => (remit === undefined || (remitOf(r.speaker) ?? remit) === remit) && !(stateBody && r.sides.some((x) => INSTITUTIONS.has(x)));
  // "Lawmakers accused Prime Minister Nikol Pashinyan of …. The government rejected the criticism": the
  // government of the head of government or state the sentence before named.
  const headed = /^the\s+government$/i.test(mention.text)
    ? recent.find((r) => r.type === "person" && LEADER.test(r.speaker) && r.sides.length === 1 && state.sentenceNo - r.sentenceNo <= 1 && isState(r.sides[0]))
    : undefined;
  if (headed) return { ...headed, speaker: mention.text, type: mention.type };
  // "According to the Presidential Apparatus, …": the office of the president the text named last,
  // not whichever government spoke last (a "separatist regime" is a government too).
  const presidency = PRESIDENTIAL_BODY.test(mention.text)
    ? recent.find((r) => r.type === "person" && HEAD_OF_STATE.test(r.speaker) && r.sides.length === 1 && isState(r.sides[0]))
    : undefined;
  if (presidency) return { ...presidency, speaker: mention.text, type: mention.type };
  // "The Azerbaijani defence ministry denied it. A ministry official said …": an official named by the
  // body he serves is that body's, not whichever official spoke last.
  const servedWord = mention.type === "person" && !ownName ? BODY_WORD.exec(mention.text)?.[1]?.toLowerCase() : undefined;
  const served = servedWord
    ? nearest(recent, (r) => BODY_TYPES.has(r.type) && r.speaker.toLowerCase().includes(servedWord) && !r.sides.includes("other"), state)
    : null;
  if (served) return { ...served, speaker: mention.text, type: mention.type };
  const typed = official.find((r) => r.type === mention.type && (!ownName || state.sentenceNo - r.sentenceNo <= PRONOUN_REACH) && mayBe(r));
  if (typed) return rivalIn(typed, official, null, state) ?? (phrase.includes(" ") ? null : overtaken(typed, recent, state)) ?? typed;
  // "President Ilham Aliyev chaired a meeting. The head of state said …": a leader the text has
  // only mentioned, in the nearest sentence that names one by a leader's title.
  const leader = LEADER.test(mention.text) ? nearest(recent, (r) => r.type === "person" && LEADER.test(r.speaker) && !r.sides.includes("other"), state) : null;
  if (leader) return leader;
  // On a state's own page with no official before, "Government spokesman Aram Petrosyan" is its state's.
  // So it is after officials of that state alone.
  if (ownName) {
    const homeOnly = state.home !== null && official.every((r) => r.sides.length === 1 && r.sides[0] === state.home);
    return official[0] && !homeOnly ? unclear({ ...official[0], speaker: mention.text }) : homeReferent(mention, state);
  }
  // On a state outlet's page, a nearer speaker we could not place does not make its ministry unclear.
  if (official[0]?.sides.includes(UNCLEAR) && state.home) return homeReferent(mention, state);
  // "The Armenian defence ministry said …. [new paragraph] The State Border Service said …": a body of
  // a kind no one who spoke was, named after a paragraph break, is as likely the other state's.
  // ("The minister's most pointed remark …" after "reports from Stepanakert": a person's title is never a
  // place that spoke; with no person or body before it, whose minister cannot be told.)
  const last = official.find((r) => mayBe(r) && !(mention.type === "person" && r.type === "country"));
  // (Only a body named by its own name: a bare "the office" points back as before.)
  // (Nor a state's standard office, "the Foreign Ministry", which every state has one of.)
  const ownNamed =
    /\p{Lu}\S*\s+\p{Lu}/u.test(mention.text.replace(/^the\s+/i, "")) &&
    mention.type !== "ministry" &&
    mention.type !== "person" &&
    !/^the\s+(?:government|army|military|armed forces)$/i.test(mention.text);
  if (last && ownNamed && last.type !== mention.type && last.paragraphNo !== state.paragraphNo && !state.home)
    return unclear({ ...last, speaker: mention.text });
  // ("Budapest insists it was misled. Hungary's justice ministry said …. On Sunday the foreign ministry summoned …": a
  // third state that spoke through its government or a ministry since the party's official makes a state's bare
  // office no surer the party's.)
  const thirdSince =
    last !== undefined &&
    (mention.type === "ministry" || mention.type === "government") &&
    recent.some((r) => r.spoke && r.sentenceNo > last.sentenceNo && r.sides.length === 1 && r.sides[0] === "other" && THIRD_STATE_VOICES.has(r.type));
  if (last && thirdSince && !state.home) return unclear({ ...last, speaker: mention.text });
  return last ?? homeReferent(mention, state);
}

/** How a third state speaks: its ministries, its government, its capital. */
const THIRD_STATE_VOICES: ReadonlySet<ActorType> = new Set(["ministry", "government", "country"]);

/** "the same office", "the same sources": a source named as the one just quoted. */
const SAME_SOURCE = /^the\s+same\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/iu;
/** Words for a source that fit whoever spoke last: "the same office" after a prosecutor general. */
const GENERIC_SOURCES: ReadonlySet<string> = new Set(["office", "source", "sources", "official", "officials", "body", "authority", "authorities", "service"]);

/** The words of a state's offices: its ministers, its ministries, its government, its army. */
const STATE_OFFICE_TITLE =
  /\b(?:minister|ministry|president|presidential|presidency|premier|government|spokes(?:man|woman|person)|army|military|armed forces|chancellor)\b/i;

/**
 * "Turkey reacted sharply. The deputy prime minister, Erdal Inönü, said": a state's office right after a
 * sentence whose subject is a state, in the same paragraph, is that state's. ("Baku told the opposite
 * story. The army chief of staff, X, said": the state may have spoken there itself; another side speaking
 * in that sentence leaves the office unplaced.) `title` is the office's words without its determiner.
 */
export function stateJustNamed(
  title: string,
  state: Discourse,
  recent: readonly Referent[] = newestFirst(state, (r) => r.sentenceNo > state.titlesFrom),
): Referent | null {
  if (!STATE_OFFICE_TITLE.test(title)) return null;
  const subject = recent.find(
    (r) =>
      (r.subject === true || r.spoke) &&
      r.type === "country" &&
      // ("The German firm X holds a stake …. Y of the ecology ministry told …": a nationality's adjective
      // before a common noun names a firm or a person of that people, not the state that would own the office.)
      !ADJECTIVE_OPENING.test(r.speaker) &&
      r.sides.length === 1 &&
      state.sentenceNo - r.sentenceNo === 1 &&
      r.paragraphNo === state.paragraphNo,
  );
  if (!subject) return null;
  const sameSides = (r: Referent) => r.sides.length === 1 && r.sides[0] === subject.sides[0];
  // ("Russia's envoy, X, was received in Baku. According to the Presidential Apparatus, …": a sentence naming
  // another party's state too leaves whose office it is open; a body of another it only mentions does not.)
  // (A nationality's adjective, "illegal Armenian armed detachments", names no state there.)
  const stateOfParty = (r: Referent) =>
    r.type === "country" && !NATIONALITY_WORD.test(r.speaker) && r.sides.some((side) => side !== UNCLEAR && side !== "other");
  // (Only for a state that owns the subject, "Russia's envoy": "Canada cancelled permits for Turkey" is Canada's sentence.)
  const owner = /['’]s$/.test(subject.speaker);
  if (recent.some((r) => r.sentenceNo === subject.sentenceNo && !sameSides(r) && (r.spoke || (owner && stateOfParty(r))))) return null;
  // ("Armenia's defence ministry said …. Baku says the drone never crossed. The ministry also said …": where the
  // state only spoke, a body of the title's kind another side had speak just before, in the same paragraph,
  // may be the one meant.)
  const head = headWord(title);
  const rival = (r: Referent) =>
    r.spoke &&
    !sameSides(r) &&
    head !== null &&
    headsOf(r.speaker).includes(head) &&
    r.paragraphNo === state.paragraphNo &&
    state.sentenceNo - r.sentenceNo <= RIVAL_BODY_REACH;
  return subject.subject !== true && recent.some(rival) ? null : subject;
}

/** "The German" of "The German firm …": a people's adjective after a determiner, which is no state as a subject. */
const ADJECTIVE_OPENING = /^(?:[Tt]he|[Aa]n?)\s+\p{Lu}\p{Ll}+(?:ian|ani|ish|ese|ench|ican|ean|an)$/u;

/** How many sentences back another side's body of the same kind keeps a bare title open after a state spoke. */
const RIVAL_BODY_REACH = 3;

/** Whether a name holds only a deputy's or a former holder's version of the title ("Deputy Prime Minister X"). */
function deputyHolds(name: string, title: string): boolean {
  const at = name.indexOf(title);
  return at >= 0 && /(?:\bdeputy|\bvice|\bformer|\bex)[\s-]*$/.test(name.slice(0, at)) && !title.startsWith("deputy");
}

/** Heads that name a publication: "the magazine", "the paper", "the weekly". */
const PUBLICATION_HEADS: ReadonlySet<string> = new Set(["magazine", "newspaper", "paper", "daily", "weekly", "journal", "tabloid", "broadsheet"]);
/** How many sentences back the publication "the magazine" points to may have been named. */
const PUBLICATION_REACH = 6;
/** A paper's own voice in its leaders: "leader writers", "the editors", "the editorial board". */
const EDITORIAL_VOICE = /\b(?:leader[- ]writers|editors|editorial (?:board|writers))$/i;

/** How many sentences back the official a bare prosecutor's office may belong to can have spoken. */
const PROSECUTOR_REACH = 3;

/** What a ministry deals with, as its name says: "defence" and "defense" are one remit. */
const REMITS: [string, RegExp][] = [
  ["defence", /\bdefen[cs]e\b|\bpentagon\b/i],
  ["foreign", /\bforeign\b|\bstate department\b|\bquai d['’]orsay\b/i],
  ["interior", /\b(?:interior|internal\s+affairs)\b/i],
  ["emergency", /\bemergenc(?:y|ies)\b/i],
  ["health", /\bhealth\b/i],
  ["justice", /\bjustice\b/i],
];

/** The remit a body's name gives, if any. */
function remitOf(name: string): string | undefined {
  return REMITS.find(([, pattern]) => pattern.test(name))?.[0];
}

/**
 * "Armenia's prime minister says …" earlier, then "Prime Minister Andranik Margaryan says …": the
 * referent the text named by the office a titled name holds, when all it named so hold one side.
 */
export function officeNamedBefore(titled: string, state: Discourse): Referent | null {
  const recent = state.referents.filter((r) => r.sentenceNo > state.titlesFrom);
  const office = titled
    .replace(HOLDER_NAME, "")
    .toLowerCase()
    .replace(/^the\s+/, "");
  // ("The director Anna Vardanyan said" after a ministry spoke: a film's or a school's director, whom the article
  // introduces as such, is no post of the body; "executive director Aram Hamparian" after the ANCA is.)
  const ownDirector = /^the\s+director\b/i.test(titled.trim());
  if (!OFFICE_TITLE.test(office)) return governmentJustSpoke(office, state) ?? (ownDirector ? null : staffOfBodyThatSpoke(office, state));
  // Only the office named without a holder's name: "President Ilham Aliyev" is not "President Gustav Lindqvist".
  // A deputy serves beside the holder, named or not: "Prime Minister Nikol Pashinyan" places "Deputy Prime Minister X".
  const deputy = /^deputy\s+/.test(office);
  const base = office.replace(/^deputy\s+/, "");
  const holders = recent.filter((r) => r.speaker.toLowerCase().includes(base) && !r.sides.includes(UNCLEAR) && (deputy || !HOLDER_NAME.test(r.speaker)));
  return oneSide(holders) ?? ministryOf(office, recent) ?? governmentJustSpoke(office, state) ?? staffOfBodyThatSpoke(office, state);
}

/**
 * "The ANCA said Wednesday that …. '…,' executive director Aram Hamparian said": a body's staff post
 * with no body named, in or right after a sentence in which only one body spoke, is that body's.
 */
function staffOfBodyThatSpoke(office: string, state: Discourse): Referent | null {
  if (!STAFF_POST.test(office)) return null;
  const spoke = state.referents.filter((r) => r.spoke && r.sentenceNo >= state.sentenceNo - 1);
  const bodies = spoke.filter((r) => r.type !== "person" && !r.plural && !r.sides.includes(UNCLEAR));
  return bodies.length > 0 && bodies.length === spoke.length ? oneSide(bodies) : null;
}
const STAFF_POST =
  /^(?:executive\s+|managing\s+|general\s+|regional\s+)?(?:director|chairman|chairwoman|chair|spokes(?:man|woman|person)|coordinator|secretary|secretary-general)$/;

/**
 * "In Baku, officials were quick to voice fears …. 'I can't exclude …,' First Deputy Foreign Minister
 * Khalaf Khalafov told Reuters.": a minister whose title names no state, right after a sentence in which
 * only one belligerent's officials spoke, is one of them.
 */
function governmentJustSpoke(office: string, state: Discourse): Referent | null {
  if (!/\bminister\b/.test(office)) return null;
  const spoke = state.referents.filter((r) => r.spoke && r.sentenceNo === state.sentenceNo - 1);
  const officials = spoke.filter((r) => r.type === "government" && r.sides.length === 1 && isBelligerent(r.sides[0] ?? ""));
  return officials.length > 0 && officials.length === spoke.length ? oneSide(officials) : null;
}

/**
 * "Armenia's Ministry of Defence said … Defence Minister Vagharshak Harutyunyan said": a minister
 * whose title names no state heads the ministry of his remit that spoke, when all that spoke are one side's.
 */
function ministryOf(office: string, recent: readonly Referent[]): Referent | null {
  const remit = /\bminister$/.test(office) ? remitOf(office) : undefined;
  if (remit === undefined) return null;
  // ("… a Foreign Ministry spokesman said in Yerevan. Foreign Minister Vahan Papazian said": the spokesman's ministry.)
  const ofMinistry = (r: Referent) => r.type === "ministry" || (r.type === "person" && SPOKESPERSON.test(r.speaker) && /\bministry\b/i.test(r.speaker));
  return oneSide(recent.filter((r) => r.spoke && ofMinistry(r) && remitOf(r.speaker) === remit && !r.sides.includes(UNCLEAR)));
}

/** A state's officials named as such ("Armenian officials", "the authorities"), not a relief body's. */
const STATE_OFFICIALS = /\b(?:officials|government|authorities|leadership|cabinet)\b/i;
/** How many sentences back a government's spokesperson may point to its officials. */
const GOVERNMENT_REACH = 3;

/** The first of some referents when all of them are of one side. */
function oneSide(referents: readonly Referent[]): Referent | null {
  const [first] = referents;
  return first && referents.every((r) => r.sides.join() === first.sides.join()) ? first : null;
}

/** A body's name, whose last two capitalised words are no person's name: "the Karabakh Defence Army". */
export const BODY_NAME_END =
  /\b(?:Army|Ministry|Office|Service|Committee|Council|Forces|Court|Agency|Department|Group|Guard|Police|Assembly|Parliament|Government|Administration|Command|Corps|Brigade|Union|Front|Party|Centre|Center|Movement|Observatory|Institute|Foundation|Network|Association|Society|Organi[sz]ation|Commission|States|Nations|Republic|Republics|Emirates|Kingdom|Commonwealth)$/;

/** A title's holder named at its end: "Prime Minister Andranik Margaryan". */
export const HOLDER_NAME = /\s\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+$/u;

/** Offices one person holds for a state at a time. */
const OFFICE_TITLE = /^(?:prime minister|president|foreign minister|defen[cs]e minister|interior minister|deputy prime minister|speaker of parliament)$/;

/** Offices one person holds, whatever type the gazetteer gives them. */
const ONE_HOLDER = /\bsecretary[- ]general\b|\bhigh commissioner\b|\bspecial (?:envoy|representative|rapporteur)\b/i;

/** Titles only a state has. */
const STATE_BODY = /\b(?:government|cabinet|parliament|authorities|police|ministry)\b/i;
/** Sides that are institutions, not states: no "government" of theirs. */
const INSTITUTIONS = new Set<string>(["united-nations", "european-union", "icrc", "osce-minsk-group"]);

/** A state's own court ("the Baku Military Court"), not an international one, whose side is a third party's. */
const stateCourt = (r: Referent) => namesCourt(r) && r.sides.every((s) => s !== "other" && s !== UNCLEAR && !INSTITUTIONS.has(s));
const namesCourt = (r: Referent) => /\b(?:court|tribunal)\b/i.test(r.speaker);
/**
 * A third state's own court ("the Stockholm District Court"): its prosecutors are that state's, a
 * third party too (an international court, "the European Court of Human Rights", has none).
 */
const courtAbroad = (r: Referent) =>
  namesCourt(r) && !/\b(?:international|european|human rights|justice|arbitration)/i.test(r.speaker) && r.sides.length === 1 && r.sides[0] === "other";

/** A side that is a state with a government of its own: no institution, no third party, not unclear. */
const isState = (side: ClaimSide | undefined) => side !== undefined && side !== UNCLEAR && side !== "other" && !INSTITUTIONS.has(side);

/** A body that is no state's: an international institution, a rights group, a company. */
export function isNonStateBody(r: Pick<Referent, "type" | "sides">): boolean {
  return r.type !== "person" && r.sides.length > 0 && r.sides.every((s) => INSTITUTIONS.has(s) || s === "other");
}

/**
 * The first referent that fits, or of that sentence's readings of the same body a placed one: a stranger's
 * reading of its name ("The Institute" of "The Institute for Peace Journalism") is no rival to the full name's.
 */
function placedFirst(recent: readonly Referent[], fits: (r: Referent) => boolean): Referent | undefined {
  const first = recent.find(fits);
  return recent.find((r) => fits(r) && r.sentenceNo === first?.sentenceNo && !r.sides.includes(UNCLEAR)) ?? first;
}

/** A bare own-name head ("the committee") and the word that must stand in the name it points back to, compiled once. */
const OWN_BODY_WORD: ReadonlyMap<string, RegExp> = new Map([...OWN_BODY_HEADS].map((h) => [h, new RegExp(`\\b${h}\\b`, "i")]));
/** Heads that point back only to a body of their kind the text named: [the head, whether a referent is such a body]. */
const NAMED_ONLY: [RegExp, (r: Referent, head: string) => boolean][] = [
  [/^(?:court|chamber|tribunal)$/, (r) => /\b(?:court|chamber|tribunal|icj|echr)\b/i.test(r.speaker)],
  // The prosecution at a state's court is that state's ("prosecutors told the Baku Military Court").
  [/^(?:prosecution|prosecutors?)$/, (r) => /\bprosecut/i.test(r.speaker) || stateCourt(r) || courtAbroad(r)],
  // "The council said …": only a council the text named, never whichever body spoke last.
  [/^council$/, (r) => /\bcouncil\b/i.test(r.speaker)],
  // "The committee said …", "the institute said …": only a body of that name the text introduced
  // (the State Committee for Refugees, the Karabakh Committee, a think-tank), whoever's it is.
  // (A stranger the text named so counts too: "The Open Source Research Lab examined …" is remembered as one.)
  [new RegExp(`^(?:${[...OWN_BODY_HEADS].join("|")})$`), (r, head) => OWN_BODY_WORD.get(head)?.test(r.speaker) === true],
  // "The contingent said …": the force the text named ("the Russian peacekeeping contingent", "the peacekeeping command").
  [/^(?:contingent|command)$/, (r) => r.type !== "person" && /\b(?:contingent|command|peacekeep\w*)\b/i.test(r.speaker)],
  // "The organisation later said …" after the ICRC or a rights group: a body that is no state's.
  [/^organi[sz]ation$/, (r) => isNonStateBody(r)],
  // "In its decision, the body said …": a body the text named as one (a disciplinary body, an
  // assembly, a commission), never the state whose ministry spoke last.
  [
    /^body$/,
    (r) =>
      r.type !== "person" &&
      r.type !== "country" &&
      /\b(?:body|assembly|council|committee|commission|court|organi[sz]ation|union|federation|association|parliament|pace|uefa|fifa)\b/i.test(r.speaker),
  ],
];

/** A text a body votes on or issues: "the resolution", "the declaration", "the text". */
const ADOPTED_TEXT = /\b(?:resolution|declaration|decree|text)$/i;
/** Bodies that adopt such texts: an assembly, a council, a parliament, a summit. */
const ADOPTING_BODY = /\b(?:assembly|council|parliament|congress|senate|committee|commission|summit|conference|pace|majlis|soviet|presidium)\b/i;

/** Titles that point back to a third party's body by its own head word: "the court", "the Assembly" (PACE). */
// ("Police said …" after "the Los Angeles Police Department said": a city's police abroad, a third party.)
const SAME_BODY = new Set(["court", "assembly", "council", "police"]);
/**
 * A diplomat's titles: "the US envoy", "Russia's ambassador", "the French co-chair", "a negotiator" (not a
 * foreign minister: "the diplomat" quoted after one is someone else, unnamed).
 */
export const DIPLOMAT = /\b(?:diplomats?|envoys?|ambassadors?|negotiators?|co-?chair(?:s|man|men)?|mediators?|emissar(?:y|ies))\b/i;
/**
 * Heads that may point back to a third party's body too ("the delegation" after "a delegation of the
 * human-rights group …", "the mission" after ODIHR's): the bodies above, and those a third party sends,
 * which (unlike a court named anywhere before) only the nearest of its kind may be.
 */
const THIRD_PARTY_HEADS = new Set([...SAME_BODY, "mission", "delegation", ...OWN_BODY_HEADS]);

export const BLOC = /\b(?:european union|eu|csto|collective security treaty)\b/i;
const LEADER = /\b(?:head of (?:state|government)|president|prime minister|premier|leader)\b/i;
/** A president's own office: "the presidential apparatus", "the presidency", "the presidential administration". */
const PRESIDENTIAL_BODY = /\bpresiden(?:tial|cy)\b/i;
const HEAD_OF_STATE = /\b(?:head of state|president)\b/i;

/** A spokesperson's title: "Spokesman Eldar Sabiroglu", "a ministry spokeswoman", "the press service". */
const SPOKESPERSON = /\b(?:spokes(?:man|men|woman|women|person|people)|press (?:secretary|service|office))\b/i;
/** Bodies a spokesperson speaks for; the word in the title, when it has one, must be the body's. */
const BODY_TYPES = new Set<ActorType>(["ministry", "government", "military", "mediator"]);
const BODY_WORD = /\b(ministry|office|army|service|government|presidency|administration|command|headquarters|committee|council)\b/i;

/**
 * "Azerbaijan's Defense Ministry gave a sharply different account. Spokesman Eldar Sabiroglu
 * said …": a spokesperson whose title names no side speaks for the body the nearest sentence
 * named (a body of the kind the title says, "a ministry spokesman"); two such bodies of
 * different sides there leave it unclear. Null when the title is no spokesperson's or no body is near.
 */
export function bodyOfSpokesperson(mention: Mention, state: Discourse, namedAfter = false): Referent | null {
  // ("Mammadyarov was unmoved. According to his spokesman, …": a person's spokesman is that person's, never a body's.)
  if (mention.side || !SPOKESPERSON.test(mention.text) || /^(?:his|her)\s/i.test(mention.text)) return null;
  const word = BODY_WORD.exec(mention.text.replace(SPOKESPERSON, ""))?.[1]?.toLowerCase();
  // "the spokesman said", "the ministry's press service reported" point back the title's own way;
  // "The ministry's spokesman, Aram Torosyan, said" introduces someone for the body just named.
  // ("The government spokesperson says" names the body, and speaks for the government just named.)
  if (/^the\s/i.test(mention.text) && !/\s\p{Lu}\p{Ll}+$/u.test(mention.text) && !(word && (namedAfter || word === "government"))) return null;
  // A state only mentioned inside someone's statement is no body the title points to.
  const spokeIn = new Set(state.referents.filter((r) => r.spoke).map((r) => r.sentenceNo));
  const reachable = [...state.referents]
    .reverse()
    .filter((r) => r.sentenceNo > state.pronounsFrom && (r.type !== "country" || r.spoke || !spokeIn.has(r.sentenceNo)));
  // "Iran, which borders both countries, struck a cautious note. Foreign Ministry spokesman X
  // said …": a state the nearest sentence names has the ministry the title names.
  // ("The riots broke out in the Azerbaijani city of Sumgait": an adjective says where, and names no state acting.)
  // ("The White House said …. National Security Council spokesman X said": a head of state's office that spoke
  // has the council, the office and the administration a spokesperson's title names.)
  // ("Armenia's health minister said …. The health ministry's spokeswoman said": the minister's ministry.)
  const remit = remitOf(mention.text);
  // ("a government spokesman" speaks for a state, never for a relief body or an international organisation.)
  const fits = (r: Referent) => !(word === "government" && r.sides.some((side) => INSTITUTIONS.has(side))) && fitsBody(r);
  const fitsBody = (r: Referent) =>
    (BODY_TYPES.has(r.type) && !r.sides.includes("other") && (!word || r.speaker.toLowerCase().includes(word))) ||
    // ("The office of Armenia's Prime Minister said …. Press secretary X said": an office that spoke is a body too.)
    (r.type === "person" && r.spoke && OFFICE_OF.test(r.speaker) && !r.sides.includes("other") && (!word || word === "office")) ||
    (word === "ministry" &&
      remit !== undefined &&
      r.type === "person" &&
      /\bminister\b/i.test(r.speaker) &&
      remitOf(r.speaker) === remit &&
      !r.sides.includes("other")) ||
    ((r.type === "government" || r.type === "country") &&
      PRESIDENTIAL_OFFICE.test(r.speaker) &&
      (word === undefined || (r.spoke && STATE_OFFICE_WORDS.has(word)))) ||
    (r.type === "country" && (r.spoke || ((word === "ministry" || word === "government") && !DEMONYM.test(r.speaker))) && !r.plural) ||
    // ("Armenian officials said …. Government spokeswoman X said": the officials of a government that spoke.)
    (word === "government" &&
      r.type === "government" &&
      r.spoke &&
      STATE_OFFICIALS.test(r.speaker) &&
      r.sides.every((side) => isBelligerent(side)) &&
      state.sentenceNo - r.sentenceNo <= GOVERNMENT_REACH);
  // ("Armenia's health minister sought to clarify … [three sentences] … The health ministry's spokeswoman":
  // a minister of the same remit stays the ministry's for longer than any body does.)
  const sameRemit = (r: Referent) => remit !== undefined && r.type === "person" && /\bminister\b/i.test(r.speaker) && remitOf(r.speaker) === remit;
  const ministers = word === "ministry" ? reachable.filter((r) => sameRemit(r) && state.sentenceNo - r.sentenceNo <= REMIT_REACH) : [];
  const minister = new Set(ministers.map((r) => r.sides.join("+"))).size === 1 && !ministers[0]?.sides.includes("other") ? ministers[0] : undefined;
  const body = nearest(reachable, fits, state) ?? minister ?? null;
  // A spokesman with a name of his own has other ways to be placed than an unclear body.
  return body?.sides.includes(UNCLEAR) && /\s\p{Lu}\p{Ll}+$/u.test(mention.text) ? null : body;
}

/** "the office of Armenia's Prime Minister", "The Office of the President": a head's office, named as a body. */
const OFFICE_OF = /^(?:the\s+)?office\s+of\b/i;

/** How many sentences back a minister gives his ministry's spokesperson a side: "the health minister … the health ministry's spokeswoman". */
const REMIT_REACH = 8;

/** What a head of state's office holds: "National Security Council spokesman", "a presidential office spokesman". */
const STATE_OFFICE_WORDS: ReadonlySet<string> = new Set(["council", "office", "administration", "presidency", "government"]);
const PRESIDENTIAL_OFFICE = /\b(?:white house|kremlin|elys[eé]e|presiden(?:cy|tial))\b/i;

/** A country named by its adjective ("Azerbaijani", "Armenian", "Turkish", "French"), not by its name. */
const DEMONYM = /(?:ian|ani|ish|ese|ch|can)$/i;

/** Another referent of the same title or kind, of another side, named in the chosen one's own paragraph. */
function rivalIn(chosen: Referent, pool: Referent[], head: string | null, state: Discourse): Referent | null {
  if (chosen.paragraphNo === state.paragraphNo) return null;
  // "The European Court of Human Rights ordered …. A Baku court had convicted him. … the court said":
  // a court, an assembly or a council of another side named anywhere before may be the one meant.
  const anywhere = head !== null && SAME_BODY.has(head);
  // ("Armenia went to the European Court …. The International Court of Justice ruled …; the court ordered …. [next
  // paragraph] The court said": a body only named before the chosen one last spoke is no rival; the text moved on.)
  const spokeLast = Math.max(
    -1,
    ...pool.filter((r) => r.spoke && r.speaker === chosen.speaker && r.sides.join("+") === chosen.sides.join("+")).map((r) => r.sentenceNo),
  );
  const passedOver = (r: Referent) => r.sentenceNo < spokeLast && !pool.some((o) => o.spoke && o.speaker === r.speaker);
  const rival = pool.find(
    (r) =>
      r !== chosen &&
      !passedOver(r) &&
      r.sides.join("+") !== chosen.sides.join("+") &&
      // (Another reading of the same name in the same sentence is no rival body: "The Institute" of "The
      // Institute for Peace Journalism", which we could not place, beside the body the full name places.)
      !(r.sentenceNo === chosen.sentenceNo && r.sides.includes(UNCLEAR)) &&
      (head ? headWord(r.speaker) === head || (anywhere && r.type !== "person" && headsOf(r.speaker).includes(head)) : r.type === chosen.type) &&
      (anywhere || r.paragraphNo === chosen.paragraphNo),
  );
  return rival ? unclear(chosen) : null;
}

/**
 * "Armenia's defence ministry said …. [more] Baku says the aircraft was Armenia's. The ministry has also
 * announced …": a belligerent state of another side spoke in the sentence right before, after the body
 * the bare title matched was named; "the ministry" may be either state's, so it is unclear. So it is
 * after a sentence that opens with the other state ("Azerbaijan's own count rose. The defence ministry
 * said …"): the text has turned to that state, whose ministry it may well be. (A body of
 * its own in between, "Azerbaijan's defence ministry said …", has no ministry the title could mean.)
 */
function overtaken(chosen: Referent, pool: Referent[], state: Discourse): Referent | null {
  const own = chosen.sides[0];
  // (A third state's body too: "The Russian Defence Ministry reported … . Baku responded with a sharp statement. … the ministry said" is no longer surely Russia's.)
  if (chosen.sides.length !== 1 || own === undefined || own === "other" || own === UNCLEAR) return null;
  // (A third state's ministry, never an institution's body: "the Court" is the Court whoever argued before it.)
  if (!isBelligerent(own) && (INSTITUTIONS.has(own) || chosen.type !== "ministry")) return null;
  const between = pool.find(
    (r) =>
      // (Over a third state's body, only a party that spoke: a party merely acting is what that body reports.)
      (r.spoke || (r.subject === true && isBelligerent(own))) &&
      // (A government that spoke, "the Armenian government welcomed …", "Armenian officials say …", too:
      // where that leaves a title unclear, an abstention costs less than a wrong side. Over a third
      // state's body, only a state or capital that spoke, whose ministry put out its statement.)
      (r.type === "country" || (r.spoke && r.type === "government" && isBelligerent(own))) &&
      r.sentenceNo > chosen.sentenceNo &&
      state.sentenceNo - r.sentenceNo <= 1 &&
      r.sides.length === 1 &&
      r.sides[0] !== own &&
      isBelligerent(r.sides[0] as Side),
  );
  // ("Azerbaijani officials say 213 were killed, a figure the Karabakh leadership disputes": the body's
  // own side spoke there too, and the title goes on with it.)
  const ownSpokeThere = between !== undefined && pool.some((r) => r.spoke && r.sentenceNo === between.sentenceNo && r.sides.includes(own));
  return between && !ownSpokeThere ? unclear(chosen) : null;
}

/** A third state's body named in an earlier paragraph, after which a belligerent's officials spoke. */
function thirdStateOvertaken(named: Referent, recent: readonly Referent[], state: Discourse): boolean {
  if (named.sides.some((s) => isBelligerent(s) || INSTITUTIONS.has(s)) || named.paragraphNo === state.paragraphNo) return false;
  return recent.some((r) => r.spoke && r.sentenceNo > named.sentenceNo && r.sides.length === 1 && isBelligerent(r.sides[0] ?? ""));
}

/** A member's title and the body whose member it names: "the delegate" of a delegation. */
const MEMBER_OF: Readonly<Record<string, string>> = { delegate: "delegation", delegates: "delegation", monitor: "mission", monitors: "mission" };

/** A name's head words: its last word, and the word before its first "of" ("Court of Human Rights" → "court"). */
function headsOf(text: string): string[] {
  // ("the Institute for Peace Journalism": an organisation's word before its "for" is a head too.)
  const before = /(\p{L}+)\s+of\b/iu.exec(text)?.[1]?.toLowerCase() ?? organisationBeforeFor(text);
  // ("Fitch Ratings has downgraded Armenia …. The agency said": a rating agency is "the agency".)
  const agency = RATING_AGENCY.test(text) ? "agency" : null;
  return [headWord(text), before, agency].filter((w): w is string => w !== undefined && w !== null);
}

/** A rating agency by the words that close its name: "Fitch Ratings", "Moody's Investors Service". */
const RATING_AGENCY = /\b(?:Ratings|Investors\s+Service)$/;

/** "Foreign Minister Ararat Mirzoyan" → "minister": the office a person's name follows, if the name has one. */
function officeBeforeName(text: string): string | null {
  const office = text.replace(HOLDER_NAME, "");
  return office !== text ? headWord(office) : null;
}

/** "Azerbaijan's Defence Ministry spokesman" → "ministry": the body a spokesperson speaks for. */
function spokenBodyOf(text: string): string | null {
  return SPOKES_OF_BODY.exec(text)?.[1]?.toLowerCase() ?? null;
}

const SPOKES_OF_BODY = /(\p{L}+)\s+(?:spokes(?:man|woman|person|people|men|women)|press\s+secretary|press\s+service)\b/iu;

/** The organisation's word before a name's first "for" ("Institute for Peace Journalism" → "institute"), if it is one. */
function organisationBeforeFor(text: string): string | undefined {
  for (const [, word] of text.matchAll(/(\p{L}+)\s+for\b/giu)) if (word && ORGANISATION_WORDS.has(word.toLowerCase())) return word.toLowerCase();
  return undefined;
}

/** The last word of a title ("Azerbaijan's Defence Ministry" → "ministry"), lower-cased. */
function headWord(text: string): string | null {
  // "the Foreign Ministry (Yerevan)": the place in brackets says whose, the head stays "ministry".
  // ("the de facto defence ministry in Stepanakert": the place after it says whose, the head stays "ministry".)
  const words = text
    .replace(/\s*\([^()]*\)\s*$/, "")
    // ("the Assembly's": the possessive's ending is no word of the title.)
    .replace(/['’]s$/, "")
    .replace(/\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u, "")
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, " ")
    .trim()
    .split(/\s+/);
  const last = words.at(-1);
  return last && last.length > 2 ? last : null;
}

/** The words any agency's or broadcaster's title may hold; what is left capitalised is its own name. */
const GENERIC_MEDIA_WORDS =
  /\b(?:the|official|state|state-run|state-owned|government|news|agency|agencies|press|information|television|radio|tv|broadcaster|channel|service|daily|newspaper|paper|wire|outlet)\b/gi;
const OWN_MEDIA_NAME = /\p{Lu}/u;

function unclearReferent(mention: Mention): Referent {
  return { sides: [UNCLEAR], speaker: mention.text, type: mention.type, plural: mention.plural, spoke: false, sentenceNo: -1 };
}

function unclear(r: Referent): Referent {
  return { ...r, sides: [UNCLEAR] };
}

/** The latest referent that passes `test` (referents are kept oldest first), found without copying them. */
export function latestReferent(state: Discourse, test: (r: Referent) => boolean): Referent | undefined {
  for (let k = state.referents.length - 1; k >= 0; k--) {
    const r = state.referents[k] as Referent;
    if (test(r)) return r;
  }
  return undefined;
}

/** The referents that pass the test, newest first. */
/** A state's election commission by its own words: "the Central Electoral Commission", "the CEC". */
export const ELECTION_COMMISSION = /\b(?:(?:central\s+)?elect(?:ion|oral)\s+commission|CEC)\b/i;
/** The states whose own commissions count their votes (Karabakh's is named as its own: "Artsakh's Central Electoral Commission"). */
const VOTING_STATES: ReadonlySet<string> = new Set(["armenia", "azerbaijan"]);
/** How many sentences back the state whose vote a text reports is looked for. */
const ELECTION_STATE_REACH = 6;

/**
 * The one belligerent state the last few sentences named ("Azerbaijanis voted …, called by President
 * Ilham Aliyev"), whose vote an election commission with no state of its own named counts; null when
 * they named none, or both.
 */
export function electionState(state: Discourse): Side | null {
  const recent = newestFirst(state, (x) => state.sentenceNo - x.sentenceNo <= ELECTION_STATE_REACH && x.sentenceNo > state.titlesFrom);
  // Its officials and bodies first ("Prime Minister Nikol Pashinyan's party"); a state only named
  // ("eight months after the war with Azerbaijan") counts where no official was.
  return onlyVotingState(recent.filter((r) => r.type !== "country")) ?? onlyVotingState(recent);
}

function onlyVotingState(referents: readonly Referent[]): Side | null {
  const sides = new Set<string>();
  for (const r of referents) for (const side of r.sides) if (VOTING_STATES.has(side)) sides.add(side);
  const [only] = sides;
  return sides.size === 1 && only ? (only as Side) : null;
}

function newestFirst(state: Discourse, test: (r: Referent) => boolean): Referent[] {
  const found: Referent[] = [];
  for (let k = state.referents.length - 1; k >= 0; k--) {
    const r = state.referents[k] as Referent;
    if (test(r)) found.push(r);
  }
  return found;
}

export function remember(state: Discourse, referent: Omit<Referent, "sentenceNo" | "paragraphNo">): void {
  state.referents.push({ ...referent, sentenceNo: state.sentenceNo, paragraphNo: state.paragraphNo });
  // Long enough to remember who was introduced in a long analysis piece, short enough to stay cheap.
  if (state.referents.length > 400) state.referents.shift();
}

function homeReferent(mention: Mention, state: Discourse): Referent | null {
  if (!state.home) return null;
  return { sides: [state.home], speaker: mention.text, type: mention.type, plural: mention.plural, spoke: false, sentenceNo: state.sentenceNo };
}
