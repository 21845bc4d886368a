// Words that name victims and outcomes. Closed lists on purpose: a number only becomes a
// casualty figure when it counts people, so "seven districts" or "six weeks" never match.

/** What a victim noun says about who the victims are. */
export type VictimKind = "military" | "civilian" | "nationality" | "peacekeeper" | "toll";

/** What must follow "military" for it to count people: their fate, maybe after an auxiliary. */
const MILITARY_AS_NOUN = "(?=\\s+(?:(?:were|was|had\\s+been|have\\s+been|are)\\s+)?(?:killed|dead|died|wounded|injured|hurt|missing)\\b)";
/**
 * What must follow one officer's rank for it to count a victim: his fate ("a colonel was killed", "a general is among
 * its dead"), or more victims the rank heads ("a colonel and four other officers"). (A rank alone is as often a person
 * named in apposition, "two officers, a major and a captain,", or a deed's author; "among the soldiers killed" names
 * a rank among a toll's victims, counted in the toll.)
 */
const RANK_AS_NOUN =
  "(?=\\s+(?:(?:is|was|were|are|has\\s+been|had\\s+been|have\\s+been)\\s+)?(?:\\w+ly\\s+)?(?:killed|dead|died|wounded|injured" +
  "|among\\s+(?:the|its|their|our|his|her)\\s+(?:(?:military|civilian|army)\\s+)?(?:dead|fallen|killed|wounded|injured))\\b" +
  "|\\s+and\\s+(?:(?:at\\s+least|more\\s+than|about|some)\\s+)?[\\w-]+\\s+(?:other|more)\\b)";
/** What must follow "remains" for it to count the dead: their finding or handing over. */
const REMAINS_AS_NOUN =
  "(?=\\s+(?:(?:have|had|has)\\s+been\\s+|were\\s+|are\\s+|was\\s+)?(?:\\w+ly\\s+)?(?:found|recovered|discovered|exhumed|identified|retrieved|handed|returned|repatriated|transferred)\\b)";

const MILITARY = [
  "soldiers?",
  "servicem[ae]n",
  "service\\s+members?",
  "servicepeople",
  "troops?",
  "fighters?",
  "militants?",
  "personnel",
  "warrant\\s+officers?",
  // "an Azerbaijani army ensign has been killed": a rank as common as the warrant officer's, seldom in apposition.
  "ensigns?",
  "officers?",
  "conscripts?",
  "border\\s+guards?",
  "guards?",
  "rebels?",
  "separatists?",
  "volunteers?",
  "combatants?",
  // "killing about 100 attackers", "eight infiltrators were killed": the armed men who came at the speaker's lines
  // (whose side affectedSide.ts reads as the enemy's).
  "attackers",
  "assailants",
  "raiders",
  "infiltrators",
  "intruders",
  "saboteurs",
  // "26 Armenian defenders and 11 civilians had been killed", "200 defenders of the district": those who held a place.
  "defenders",
  "commandos?",
  "snipers?",
  "sappers?",
  // ("considered the killing a private act": the adjective before a noun of its own is no soldier.)
  "privates?(?!\\s+(?:acts?|matters?|affairs?|individuals?|citizens?|persons?|property|sector|companies|company|firms?|security|contractors?|capacity|life|lives|homes?|houses?|cars?|business|interests?|initiative|visit|talks|meeting)\\b)",
  "sergeants?",
  // Ranks counted: "two majors, two warrant officers and a soldier were killed". (The plural only: a
  // single rank is a person named in apposition, "two officers, a major and a captain", or the
  // author of a deed, "Safarov, an army lieutenant, killed …", never a count of its own.)
  "majors",
  "captains",
  "lieutenants",
  "colonels",
  "corporals",
  // "a general is among its dead", "a colonel and four other officers were killed": one rank, where its fate or the
  // victims it heads follow (see RANK_AS_NOUN).
  `(?:(?:lieutenant|major|brigadier)\\s+general|lieutenant\\s+colonel|general|colonel|major|captain|lieutenant|commander)${RANK_AS_NOUN}`,
  "servicewom[ae]n",
  "military\\s+personnel",
  // "105 Armenian service personnel had been killed"
  "service\\s+personnel",
  // "over 3,900 Armenian and 2,900 Azerbaijani military killed or missing": the forces as a plural noun, only
  // before their fate ("three military vehicles" counts no one).
  `military${MILITARY_AS_NOUN}`,
  "crew\\s+members?",
  // "all three members of the crew were killed"
  "members?\\s+of\\s+(?:the|its|their)\\s+crew",
  "crewm[ae]n",
  "crew",
  // "Two Russian airmen killed": the crew of a military aircraft; "three sailors", "two marines".
  "airm[ae]n",
  "sailors?",
  "marines?",
  "paratroopers?",
  "pilots?",
  "co-pilots?",
  "policem[ae]n",
  "police\\s+officers?",
  // "192 of its soldiers and police": the force as a plural noun.
  "police",
  // "four of his comrades were also injured": fellow soldiers named by their bond.
  "comrades?",
  "comrades-in-arms",
  "brothers-in-arms",
  "fellow\\s+soldiers?",
  "fellow\\s+servicem[ae]n",
];
const CIVILIAN = [
  "civilians?",
  "people",
  "persons?",
  "person",
  "residents?",
  "villagers?",
  "inhabitants?",
  "children",
  "child",
  "wom[ae]n",
  "m[ae]n",
  "citizens?",
  "compatriots?",
  "nationals?",
  "journalists?",
  // "two Azerbaijani newsmen were killed": the press by its older names.
  "newsm[ae]n",
  "cameram[ae]n",
  // "two journalists and a local official were killed"
  "officials?",
  "reporters?",
  "family\\s+members?",
  "schoolchildren",
  "schoolboys?",
  "schoolgirls?",
  "boys?",
  "girls?",
  "teenagers?",
  "infants?",
  "bab(?:y|ies)",
  "toddlers?",
  "students?",
  "pupils?",
  "medics?",
  "paramedics?",
  "doctors?",
  "nurses?",
  "rescuers?",
  "firefighters?",
  "workers?",
  "employees?",
  "staff\\s+members?",
  "farmers?",
  // "a deminer was injured", "a mine disposal specialist was injured": those who clear the mines the war left.
  "deminers?",
  "(?:mine|bomb)(?:\\s+(?:disposal|clearance))?\\s+(?:specialists?|experts?|technicians?)",
  "shepherds?",
  // "two teachers and a driver were killed": people named by their work, a single one joining their count (see joinSingles).
  "teachers?",
  "engineers?",
  "builders?",
  "labou?rers?",
  "electricians?",
  "drivers?",
  "passengers?",
  // "290 patients with burns had been admitted": the hurt, as the hospitals count them.
  "patients?",
  // "two detainees died in Azerbaijani captivity": people held by the other side.
  "detainees?",
  "captives?",
  "hostages?",
  // Kin: "two brothers were killed", "a girl and her grandmother" (see KIN_AFTER).
  "(?:grand|great-grand)?(?:mothers?|fathers?|sons?|daughters?|children|parents?)",
  "grandchildren",
  "wi(?:fe|ves)",
  "husbands?",
  "brothers?",
  "sisters?",
  // "an elderly couple": two people (see countOf).
  "couples?",
  // "15 members of what it called a criminal group", "one family had lost seven members": people of a group.
  "members",
  // "38 died, while 29 survivors were injured": the rest of the same victims.
  "survivors?",
  // "the Armenian side has six victims": in official tallies the victims are the dead (see tollOutcome, resolveOutcome).
  "victims?",
  "others?",
];
/**
 * What a single nationality stands before when it is an adjective of a thing, not a person: "the loss of a Russian
 * Mi-24 helicopter", "an Azerbaijani drone".
 */
const NATION_OF_A_THING =
  "(?!\\s+(?:[\\w-]*\\d[\\w-]*|helicopters?|planes?|jets?|aircraft|drones?|tanks?|vehicles?|trucks?|cars?|bus|buses|ships?|posts?|positions?|missiles?|shells?)(?![\\w-]))";
const NATIONALITY = [
  "armenians",
  `armenian${NATION_OF_A_THING}`,
  "azerbaijanis",
  `azerbaijani${NATION_OF_A_THING}`,
  "azeris",
  `azeri${NATION_OF_A_THING}`,
  "russians",
  `russian${NATION_OF_A_THING}`,
  "turks?",
  "syrians?",
];
const PEACEKEEPER = ["peacekeepers?"];
/** Nouns that are themselves the outcome: "2,783 deaths", "50 casualties". */
const TOLL = [
  "deaths?",
  "fatalities",
  "fatality",
  "casualties",
  "casualty",
  "injuries",
  "injury",
  "losses",
  // Azerbaijani official usage: the fallen are "martyrs".
  "martyrs?",
  // "recovered 57 bodies": bodies count the dead.
  "bodies",
  // "a total of 170 remains have been found": the remains found count the dead, as bodies do (never the verb,
  // "one remains in hospital").
  `remains${REMAINS_AS_NOUN}`,
  "corpses",
  // "claimed 300 lives" (only after a verb that takes lives: see LIVES_TAKEN_BEFORE).
  "lives",
  // "its list of the dead ran to 834 names" (only the names of a list: see LIST_NAMES_BEFORE; the dead only when the list is theirs).
  "names",
];

const NOUN_GROUPS: [VictimKind, string[]][] = [
  ["military", MILITARY],
  ["peacekeeper", PEACEKEEPER],
  ["nationality", NATIONALITY],
  ["toll", TOLL],
  ["civilian", CIVILIAN],
];

/** Any victim noun, as a regex source (longest alternatives first within each list). */
export const VICTIM_NOUN_PATTERN = NOUN_GROUPS.flatMap(([, words]) => words).join("|");

/** Each kind's nouns as one whole-word pattern, compiled once. */
// (A noun is tested alone: the context a word needs to be a noun is dropped here.)
const KIND_PATTERNS: readonly [VictimKind, RegExp][] = NOUN_GROUPS.map(([kind, words]) => [
  kind,
  new RegExp(
    `^(?:${words.map((w) => w.replace(MILITARY_AS_NOUN, "").replace(REMAINS_AS_NOUN, "").replace(RANK_AS_NOUN, "").replace(NATION_OF_A_THING, "")).join("|")})$`,
    "i",
  ),
]);

export function victimKind(noun: string): VictimKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) {
    if (pattern.test(noun)) return kind;
  }
  return null;
}

/** Singular nouns, which "a"/"an" may count as one ("an Azerbaijani soldier was killed"). */
export function isSingularNoun(noun: string): boolean {
  return !/(?:s|men|people|children|personnel|crew|babies)$/i.test(noun) || /^(?:person)$/i.test(noun);
}

/** Adjectives that may stand between a number and its noun besides capitalised names. */
export const MODIFIER_WORDS =
  "ethnic|separatist|more|other|additional|innocent|military|local|young|peaceful|unarmed|enemy|" +
  "rebel|armed|foreign|regular|contract|reserve|elderly|female|male|civilian|army|police|frontline|" +
  "wounded|injured|dead|killed|confirmed|reported|documented|recorded|registered|further|aid|humanitarian|medical|rescue|emergency|health|media|construction|" +
  "teenage|school|schoolchild|older|younger|small|little|displaced|adult|pregnant|old|disabled|helicopter|aircraft|tank|fallen|slain|unidentified|human|" +
  "road|border|village|farm|factory|railway|power|oil|single|" +
  // ("a tractor driver was injured", "two bus passengers": the vehicle a victim drove or rode in.)
  "tractor|truck|lorry|bus|taxi|ambulance|" +
  // ("around 90 combat deaths", "battlefield losses": deaths named by where they fell.)
  "combat|battlefield|" +
  // ("another agency employee", "two ministry staff", "a demining company worker": the body a victim worked for.)
  "agency|ministry|government|company|demining|municipal|hospital|television|news";

/** "Names" count people only as a list's length: "its list ran to 834 names", "the list contains 92 names", "had grown to 105 names". */
export const LIST_NAMES_BEFORE =
  /\blist\b[^.;:]{0,50}?\b(?:ran|runs|run|grew|grown|grows|rose|risen|reached|reaches|contains|contained|numbered|numbers|stood|stands|of|with)\s+(?:(?:to|at)\s+)?(?:(?:more\s+than|at\s+least|about|some|nearly|almost|over)\s+)?$/i;
/** "11 names added to the list today": names a list grew by. */
export const NAMES_ADDED_AFTER = /^\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?added\s+to\s+(?:the|its|their|his|her)\s+list\b/i;

/** "Lives" count the dead only after a verb that takes them: "claimed 300 lives", "cost some 9,000 lives". */
export const LIVES_TAKEN_BEFORE = /\b(?:claim(?:ed|s|ing)?|cost(?:s|ing)?|t(?:ook|aken|akes?|aking))\s+$/i;

export type Outcome = "killed" | "wounded" | "both" | "casualties";

/** The outcome a toll noun carries by itself. */
export function tollOutcome(noun: string): Outcome | null {
  // A side's "losses" in a toll are its dead ("suffered no losses", "92 losses").
  if (/^(?:deaths?|fatalit(?:y|ies)|losses|martyrs?|bodies|corpses|remains|lives)$/i.test(noun)) return "killed";
  if (/^injur(?:y|ies)$/i.test(noun)) return "wounded";
  if (/^(?:casualt(?:y|ies)|victims?)$/i.test(noun)) return "casualties";
  return null;
}

/** Reads which outcome a predicate or verb phrase names ("were fatally wounded" → killed). */
export function outcomeOf(phrase: string): Outcome | null {
  const p = phrase.toLowerCase();
  // ("no one was injured or killed": the same two, the other way round.)
  if (/\b(?:killed|dead)\s+(?:or|and)\s+(?:wounded|injured|hurt)\b|\b(?:wounded|injured|hurt)\s+(?:or|and)\s+(?:killed|dead)\b/.test(p)) return "both";
  if (/\b(?:fatal|fatally|mortal|mortally|deadly|to\s+death)\b/.test(p)) return "killed";
  // ("were victims of the explosion": the dead a blast or an attack made, see PREDICATE_PATTERN.)
  if (VICTIMS_OF_BLAST.test(p)) return "killed";
  // ("could not be saved": died in the doctors' hands.)
  if (/\b(?:could|can)(?:\s+not|not|n't)\s+be\s+saved\b/.test(p)) return "killed";
  // "lost a leg", "his foot had to be amputated", "suffered a traumatic amputation": maimed, not killed.
  if (LIMB_LOST.test(p)) return "wounded";
  if (
    /\b(?:kill|killed|killing|kills|slain|fallen|dead|died|dies|die|perished|lives?|lost|losing|martyr\w*|eliminated|neutrali[sz]ed|murdered|murders?|massacred|executed|slaughtered|butchered|beheaded|decapitated|executions?|decapitations?|beheadings?|gunned|sacrific\w*)\b/.test(
      p,
    )
  )
    return "killed";
  if (
    /\b(?:wound|wounded|wounding|wounds|injur\w*|hurt|maimed|hospitali[sz]ed|burns)\b/.test(p) ||
    MEDICAL_HELP.test(p) ||
    TREATED_IN_HOSPITAL.test(p) ||
    TAKEN_TO_HOSPITAL.test(p) ||
    /\bin\s+(?:a\s+|the\s+)?hospital$/.test(p)
  )
    return "wounded";
  return null;
}

const VICTIMS_OF_BLAST = /\bvictims?\s+of\s+(?:the|an?|that|this)\s+(?:[\w-]+\s+){0,2}?(?:explosion|blast|attack|strike|shelling|bombing|massacre)s?\b/;
const LIMB_LOST = /\b(?:lost\s+(?:a|an|his|her|one|both|their)\s+(?:\w+\s+)?(?:legs?|arms?|foot|feet|hands?|eyes?|limbs?)|amputated|amputation)\b/;

/** "taken to hospital", "rushed to the hospital". */
const TAKEN_TO_HOSPITAL = /\b(?:taken|rushed|admitted|brought|airlifted|flown)\s+to\s+(?:a\s+|the\s+)?hospitals?\b/i;

/** "being treated in hospital", "treated at the city hospital". */
const TREATED_IN_HOSPITAL = /\btreated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:hospitals?|medical\s+(?:facilit(?:y|ies)|cent(?:re|er)s?|institutions?))\b/i;

/** "sought medical help", "needed medical treatment": hurt, though the text never says injured. */
const MEDICAL_HELP = /\b(?:sought|seeking|needed|needing|required|requiring)\s+medical\s+(?:help|assistance|attention|treatment|aid|care)\b/i;

/** Verbs between a victim group and its outcome: "were", "had been", "have all". */
// "listed 429 of its servicemen as killed": "as" before the outcome, after a verb of counting.
// "are estimated to have been killed", "were reported killed", "are believed to have died": a hedge on
// the outcome, which still counts the victims; so does "said to have been killed".
const AUX =
  // ("one person has already died", "two soldiers were just killed", "1,245 were still being treated in hospital":
  // an adverb of time before the outcome.)
  // ("as many as 500 to 1,000 may have died": an estimate's modal; "could have been killed" is a counterfactual and stays out.)
  // ("Hasanov was himself shot dead"; "seven of them have been found dead"; "was taken hostage and then killed", "were
  // captured and executed": what was done to the victims first, before the harm that counts them.)
  // ("six members of one family were killed": a noun in -ly is no adverb.)
  "(?:(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been|have|has|had|being|been|got|get|all|both|also|later|then|now|already|just|still|as|may|might|must|(?!(?:family|assembly|ally|rally|supply)\\b)\\w+ly" +
  "|himself|herself|themselves|found|(?:taken\\s+(?:hostage|prisoner|captive)|captured|abducted|kidnapped|seized|tortured|beaten)\\s+and" +
  "|(?:estimated|believed|thought|known|reported|feared|presumed|confirmed|understood|declared|pronounced)(?:\\s+to\\s+have(?:\\s+been)?)?|said\\s+to\\s+have(?:\\s+been)?)\\s+)*";

/** An outcome predicate following its victims ("were killed", "died", "sustained fatal injuries"). */
export const PREDICATE_PATTERN =
  AUX +
  "(?:(?:killed|dead)\\s+(?:or|and)\\s+(?:wounded|injured|hurt)|(?:wounded|injured|hurt)\\s+(?:or|and)\\s+(?:killed|dead)" +
  // ("more than 100 people had burned to death": a death by fire.)
  "|(?:burned|burnt|froze|frozen|starved)\\s+to\\s+death|shot\\s+(?:and\\s+killed|dead)|killed|slain|dead|died|dies|perished|martyred|eliminated|neutrali[sz]ed|murdered|massacred|executed|slaughtered|butchered|beheaded|decapitated|destroyed" +
  "|(?:became|fell\\s+as)\\s+martyrs?|(?:achieved|attained|suffered)\\s+martyrdom" +
  // ('two residents had "fallen victim to murder"', as a prosecutor put it: murdered.)
  '|"?(?:fell|fallen|falls|fall)\\s+victims?\\s+(?:to|of)\\s+(?:an?\\s+)?(?:murders?|killings?|massacres?)' +
  // ("125 bodies …, and 68 of them were victims of the explosion": the dead a blast or an attack made.)
  "|(?<=\\b(?:were|was)\\s)victims?\\s+of\\s+(?:the|an?|that|this)\\s+(?:[\\w-]+\\s+){0,2}?(?:explosion|blast|attack|strike|shelling|bombing|massacre)s?\\b" +
  "|(?:lost|gave|laid\\s+down|sacrificed)\\s+(?:their|his|her)\\s+li(?:ves|fe)" +
  // ("the lives of seven patients could not be saved", "two of the wounded could not be saved": died despite the doctors.)
  "|(?:could|can)(?:\\s+not|not|n't)\\s+be\\s+saved" +
  // ("a second soldier had received a fatal gunshot wound": one wound, with an article and two words before it.)
  "|(?:sustained|suffered|received)\\s+(?:an?\\s+)?(?:(?:fatal|mortal|deadly|\\w+)\\s+){0,2}(?:injuries|injury|wounds?)" +
  // ("487 residents were maimed": crippled for life, among the wounded of a toll.)
  "|wounded|injured|hurt|maimed|hospitali[sz]ed" +
  // ("a deminer lost his left foot to a mine": maimed, see LIMB_LOST.)
  "|lost\\s+(?:a|an|his|her|one|both|their)\\s+(?:\\w+\\s+)?(?:legs?|arms?|foot|feet|hands?|eyes?|limbs?)" +
  // "four others were taken to hospital with injuries"
  // ("a fourth officer was taken to hospital with a gunshot wound")
  // ("290 people had been taken to hospital": those the attack sent to hospital are its hurt, injuries named or not.)
  "|(?:taken|rushed|admitted|brought|airlifted|flown)\\s+to\\s+(?:a\\s+|the\\s+)?hospitals?(?:\\s+with\\s+(?:an?\\s+)?(?:\\w+\\s+)?(?:injuries|injury|wounds?|burns))?" +
  // "a third was evacuated with moderate injuries"
  "|evacuated\\s+with\\s+(?:\\w+\\s+)?(?:injuries|wounds|burns)" +
  // "290 people with burns had been admitted to medical centers": the hurt, named by their injuries first.
  // ("290 people with burns of varying severity had been admitted to medical centres")
  "|with\\s+(?:\\w+\\s+)?(?:burns|injuries|wounds)(?:\\s+of\\s+(?:\\w+\\s+){0,2}?(?:severity|degrees?|kinds))?\\s+(?:had\\s+been\\s+|have\\s+been\\s+|were\\s+|was\\s+)?(?:admitted|taken|brought|rushed|airlifted|flown|treated)\\b" +
  // "290 people had been admitted with burns", "admitted to hospital with shrapnel wounds"
  "|admitted\\s+(?:to\\s+(?:a\\s+|the\\s+)?(?:\\w+\\s+)?(?:hospitals?|medical\\s+(?:centres?|centers?|facilities))\\s+)?with\\s+(?:\\w+\\s+)?(?:burns|injuries|wounds)" +
  "|(?:sought|needed|required)\\s+medical\\s+(?:help|assistance|attention|treatment|aid|care)" +
  // "more than 50 people were being treated in hospital": hurt, though the text never says injured.
  // ("1,245 servicemen were being treated in medical facilities")
  "|treated\\s+(?:in|at)\\s+(?:a\\s+|the\\s+)?(?:\\w+\\s+)?(?:hospitals?|medical\\s+(?:facilit(?:y|ies)|cent(?:re|er)s?|institutions?))" +
  // "about 60 people were treated for injuries", "treated for burns"
  "|treated\\s+for\\s+(?:\\w+\\s+)?(?:injuries|wounds|burns)" +
  // "40 civilians were among the wounded", "five children were among the civilian dead"
  // ("two children were among the 13 dead" names a part of a toll the sentence counts itself.)
  // ("a general is among its dead": the speaker's own dead.)
  // ("four women were among those killed": the dead named by a pronoun.)
  "|among\\s+(?:the|its|their|our)\\s+(?:[a-z]+\\s+)?(?:dead|killed|wounded|injured)|among\\s+those\\s+(?:killed|dead|wounded|injured)" +
  // "20 people were dead and around 290 in hospital": those in hospital are the hurt.
  "|(?:remain(?:s|ed)?\\s+)?in\\s+(?:a\\s+|the\\s+)?hospital(?=\\s*(?:[.,;]|$)))\\b";

/** An active verb right before the victims ("shelling killed two", "wounding three", "destroyed 370 soldiers", "eliminated 30 soldiers", as defence ministries write it). */
export const ACTIVE_VERB_PATTERN =
  "(?:shot\\s+dead|shot\\s+and\\s+killed|gunned\\s+down|killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures|injure|destroyed|destroying|" +
  // "said its forces had eliminated 30 Armenian soldiers": a defence ministry's word for killing (soldiers only, see outcomes.ts).
  "eliminated|eliminating|neutrali[sz]ed|neutrali[sz]ing|" +
  "(?:claimed|claiming|claims|took|taking|taken|takes|cost|costs|costing)\\s+the\\s+lives\\s+of|" +
  // "doctors could not save the lives of four patients": deaths the doctors could not prevent.
  "(?:could\\s+not|couldn't|failed\\s+to|were\\s+unable\\s+to|was\\s+unable\\s+to)\\s+save\\s+the\\s+lives\\s+of|" +
  // "Armenians had paid for them with the lives of some 6,000 fighters": lives given as the price.
  "(?:paid|pay|pays|paying)\\s+(?:for\\s+(?:it|them|this|that)\\s+)?with\\s+the\\s+lives\\s+of|lost|losing|" +
  // "the country had sacrificed more than 2,900 of its sons": the dead a nation gave, as a side that lost them.
  "sacrificed|sacrificing|" +
  // "stabbed his sister to death", "hacked him to death": a killing when "to death" follows the victims (see outcomes.ts).
  "stabbed|hacked|beat|beaten|burned|burnt)";

/** One character of a toll's clause: no sentence's end, though a dot may end a month before a day ("since Sept. 27 to 429"). */
const WITHIN_CLAUSE = "(?:[^.;!?]|\\.(?=\\s+\\d))";

/**
 * A toll that the number right after it closes: "the death toll … rose to", "a death toll of",
 * "the number of people killed in the blast at the depot has risen to", "the number of
 * injured stood at", "the number of Armenian servicemen killed had reached". Group 1 holds the words before it (whose toll), group 2 the toll words.
 */
export const TOLL_BEFORE = new RegExp(
  // (A toll word starts a word: "the army's account, … some 300 soldiers" names no count.)
  "((?:[\\w'-]+\\s+){0,3})\\b(death\\s+toll|toll|tally|(?<=\\b(?:raised|raises|raising|revised|revises|revising|updated|updates|lowered|lowers)\\s+(?:its|their|the)\\s+(?:\\w+\\s+)?)figure|(?:military\\s+)?losses|(?:number|(?:running\\s+|overall\\s+|cumulative\\s+)?total)\\s+of\\s+(?:(?:its|their|our)\\s+(?:own\\s+)?)?(?:(?:confirmed|reported|registered|recorded|[A-Z][\\w'-]*)\\s+)?(?:(?:people|persons|civilians|soldiers|servicemen|troops|those|victims|military|civilian)\\s+)?" +
    // ("the number of people known to have died", "the number of its own servicemen killed", "its running total of
    // civilians killed": a hedge, a possessive or a running total before the outcome count the same toll.)
    // ("the number of its soldiers who died in the war": a relative clause tells the outcome.)
    // ("the number of Armenian military dead it has announced": the dead named by which they were, as "military deaths" are.)
    "(?:(?:known|believed|reported|confirmed|said)\\s+to\\s+have\\s+(?:been\\s+)?|(?<=(?:soldiers|servicemen|troops|people|civilians)\\s)who\\s+(?:(?:have|has|had|were|was)\\s+)?(?:been\\s+)?)?" +
    // ("the number of soldiers it has lost since September 27 to more than 200": the side's own dead.)
    // ("put the number of bodies at 68", "the number of servicemen whose remains were examined has reached 3,753": the dead by their bodies.)
    // ("the number of Azerbaijani soldiers who lost their lives in the war had risen to 2,900": the dead by the lives they gave.)
    "(?:killed|dead|died|deaths|fatalities|wounded|injured|hurt|(?:lost|gave|sacrificed)\\s+their\\s+lives|(?:whose\\s+)?(?:bodies|remains)|(?:it|they|we)\\s+(?:has|have|had)\\s+lost)" +
    // "raised its count of Armenian wounded to nine", "their previous count of 68"
    "|count(?:\\s+of\\s+(?:[A-Z][\\w'-]*\\s+)?(?:dead|killed|wounded|injured))?" +
    // "Estimates of the dead across the whole conflict run to more than 30,000": the estimates as a toll.
    "|estimates\\s+of\\s+the\\s+(?:dead|killed)" +
    // "put their own side's dead at", "puts its own military dead at": the dead as a toll only after a possessive
    // ("put its total dead at eleven": all its dead.)
    `|(?<=(?:'s|\\btheir|\\bits|\\bour|\\bown)\\s(?:military\\s|civilian\\s|total\\s)?)dead` +
    // "put the dead at 32", "estimated the dead at 200": the dead as a toll the verb puts at a number.
    // ("put the Azerbaijani dead at four", "put Azerbaijani military deaths at 2,908", "put civilian deaths on their side at
    // 22": the dead or their deaths, named by whose and which they were, as a toll the verb puts at a number.)
    `|(?<=\\b(?:put|puts|putting|placed|places|estimated|estimates|estimating)\\s+(?:the\\s+)?(?:(?:Armenian|Azerbaijani|Azeri|Karabakh|Russian|military|civilian)\\s+){0,2})(?:(?<=\\bthe\\s+(?:\\w+\\s+){0,2})dead|deaths|fatalities)(?=(?:\\s+on\\s+(?:their|its|our|the\\s+\\w+)\\s+side)?\\s+at\\b))\\b${WITHIN_CLAUSE}{0,180}?` +
    // "to 71 from the 50": "from" closes a toll only after its new figure, or after "rose".
    // "the total number of dead was about 4,000": a toll given with "was", a rough figure too.
    // ("the number of wounded remained 290": a toll that has not moved.)
    // ("toll climbs past 280", "put the death toll above 200", "was approaching 5,000": a bound the toll nears or passes.)
    // ("the country's dead numbered about 4,000": a count the toll came to.)
    // ("the number of dead and missing is reaching 207": a toll as it climbs.)
    "(?:\\b(?:to|at|of|reached|reaching|hit|exceeded|topped|passed|past|above|approaching|nearing|numbered|totall?ed)(?:\\s+(?:about|around|some|roughly|approximately|nearly|almost|over|at\\s+least|more\\s+than))?|\\b(?:was|is|were|are|remains|remained)(?:\\s+(?:about|around|some|roughly|approximately|nearly|almost|over|at\\s+least|more\\s+than))?|\\d\\s+from(?:\\s+the)?|\\b(?:rose|risen|climbed|jumped|grew)\\s+from)\\s+$",
  "i",
);

/** Words that say which of a toll's figures is meant: "the new figure", "a lower figure". */
const FIGURE_ADJECTIVE = "(?:new|latest|updated|revised|previous|earlier|official|overall|final|own|current|lower|higher|first|different)";

/**
 * A figure named only by reference to one given just before: "the number had reached 105", "raised
 * that figure to 71", "had put the number at 49", "bringing the total close to 5,000", "(12 killed,) a
 * figure the Armenian side later raised to 16". What it counts
 * (killed or wounded, whose) is the earlier figure's (see CasualtyContext.earlier).
 */
export const ANAPHORIC_TOLL_BEFORE = new RegExp(
  // Not "the number of refugees": a count of something else is no reference to the toll (nor "the total number of
  // landmine victims", which names what it counts).
  // ("Baku's figure as of Tuesday was 11", "the ministry's own count stood at": a figure named by its owner.)
  `\\b(?:(?:the|that|this|its|their|his|her|[\\w-]+'s)\\s+(?:${FIGURE_ADJECTIVE}\\s+)?(?:number|figure|total|tally|count)|a\\s+figure)\\b(?!\\s+of\\b|\\s+number\\s+of\\b)` +
    `${WITHIN_CLAUSE}{0,60}?\\b(?:to|at|reached|hit|exceeded|topped|passed|was|is|stood\\s+at|stands\\s+at)\\s+$` +
    // "gave a lower figure of 485", "gave the figure as 511", "the current figure of 170": the value right after,
    // given or told apart from others. ("how the figure of 180 was arrived at", "revising an earlier figure of
    // 50" name a figure without giving it.)
    `|\\b(?:gave|gives|giving|released|published|announced|cited|put\\s+forward|arrived\\s+at|came\\s+up\\s+with)\\s+(?:a|an|the|its|their)\\s+(?:${FIGURE_ADJECTIVE}\\s+)?figure\\s+(?:of|as)\\s+$` +
    "|\\b(?:a|the)\\s+(?:current|latest|new|lower|higher|different)\\s+figure\\s+of\\s+$" +
    // "later revised it to 12", "raised that to 16": a pronoun for the figure just given.
    "|\\b(?:raised|revised|lowered|increased|updated|corrected|cut)\\s+(?:it|that)\\s+(?:\\w+\\s+)?(?:to|at)\\s+$",
  "i",
);

/**
 * A toll named after its new value: "bringing to 11 the number of Azerbaijani soldiers (it says have been) killed", "raising to 40
 * the death toll". Read on the words after the number; group 1 holds the toll's words.
 */
export const TOLL_AFTER_VALUE =
  /^\s+(the\s+(?:total\s+|overall\s+)?(?:number\s+of\s+(?:[\w'-]+\s+){0,6}?(?:killed|dead|deaths|wounded|injured)|(?:death\s+)?toll))\b/i;
/** What opens such a toll: "bringing to", "raising to", "taking to". */
export const TO_BEFORE_VALUE =
  /\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushed)\s+to\s+(?:(?:at\s+least|more\s+than|about|some|nearly|almost)\s+)?$/i;

/** A number and a new clause inside a toll's words: the toll was given before the number that follows. */
// ("at first at 18 and later at 91" goes on giving the same toll.)
const TOLL_CLOSED = /\d[\d,.]*\s+(?:and|but|while|whereas)\s+(?:that|the|a|an|its|their|his|her)\s/i;

/** A word TOLL_BEFORE cannot match without: text before a number that has none skips its long scan. */
const TOLL_WORD = /toll|tally|figure|losses|number|count|dead|deaths|fatalities|total/i;

/**
 * TOLL_BEFORE's match in the text before a number, if any: the toll named last, nearest the number
 * ("the toll had risen to 27 dead, and the number of wounded exceeded 200": 200 is the wounded).
 */
export function tollBefore(before: string): RegExpExecArray | null {
  if (!TOLL_WORD.test(before)) return null;
  let found = TOLL_BEFORE.exec(before);
  let offset = 0;
  while (found) {
    const cut = offset + found.index + (found[1] ?? "").length + (found[2] ?? "").length;
    const later = TOLL_BEFORE.exec(before.slice(cut));
    // "the death toll had risen to 68 and that the fate of 105 more people …": the toll closed at its own number.
    // (Only the toll's own words: the few words before it, "(close to 10,000) and the number of dead at", may close another.)
    if (!later) return TOLL_CLOSED.test(found[0].slice((found[1] ?? "").length)) ? null : found;
    found = later;
    offset = cut;
  }
  return null;
}

/**
 * Whose forces the victims belong to, named right after them: "soldiers of the Azerbaijani
 * army", "troops on the Armenian side", "servicemen of the Armed Forces of Armenia".
 * Group 1 holds the owner phrase.
 */
export const OWNER_AFTER = new RegExp(
  "^\\s+(?:of|from|on)\\s+(?:[Tt]he\\s+)?((?:[\\w'-]+\\s+){0,3}?" +
    // ("the three servicemen of Armenian military forces on board": the forces named in full.)
    "(?:[Aa]rmy|[Aa]rmed\\s+[Ff]orces|(?:[Mm]ilitary\\s+)?[Ff]orces|[Mm]ilitary|[Ss]ide|[Tt]roops)" +
    // "… of Armenia", "… of the Republic of Azerbaijan": a capitalised name only.
    "(?:\\s+of\\s+(?:the\\s+)?[A-Z][\\w'-]*(?:\\s+(?:of\\s+)?[A-Z][\\w'-]*){0,2})?" +
    // "two soldiers of the Republic of Azerbaijan": the state named in full.
    "|[Rr]epublic\\s+of\\s+[A-Z][\\w'-]*)(?![\\w-])",
);

/** "of what it called a criminal group", "of an illegal armed detachment", "of a sabotage group": armed men of the other side. */
export const HOSTILE_GROUP_AFTER =
  /^\s+of\s+(?:what\s+(?:it|they|the\s+\w+)\s+(?:called|calls|described\s+as)\s+)?(?:the\s+|an?\s+)?["']?(?:[\w-]+\s+){0,3}?(?:criminal|sabotage|terrorist|bandit|illegal|armed|separatist)\b[^,;.]{0,40}?\b(?:groups?|detachments?|formations?|gangs?|units?|bands?)\b/i;

/**
 * An outcome noun whose object is the victims: "the deaths of 50 of its servicemen",
 * "documented the killing of at least 14 civilians", "admitted the loss of 31 servicemen". Group 1 holds the noun.
 */
// ("convicted of the murder of Smbat Petrosyan": a murder counts its dead as a killing does.)
// ("the summary execution of two detainees", "the execution by decapitation of two civilians": a killing, however done.)
export const OUTCOME_NOUN_OF =
  /\b(deaths?|killings?|murders?|executions?|(?:decapitation|beheading|slaughter)s?|loss|wounding|injuring|bod(?:y|ies)|corpses?|remains)\s+(?:by\s+(?:decapitation|beheading|firing\s+squad|shooting)\s+)?of\s+(?:(?:the|these|those)\s+)?$/i;

/**
 * The victims of a toll listed after it: "the dead included at least 10 civilians",
 * "among the wounded were two children". Group 1 holds the outcome word.
 */
// ("Among the dead, he said, were 10 civilians": the speaker's aside between the toll and its list.)
export const TOLL_INCLUDED =
  /\b(?:the\s+(dead|killed|wounded|injured)(?:,\s*(?:he|she|they|it|the\s+\w+)\s+(?:said|says|added|adds|wrote|writes),)?\s+(?:also\s+)?(?:included|include|includes|were|are)|among\s+the\s+(dead|killed|wounded|injured)(?:,\s*(?:he|she|they|it|the\s+\w+)\s+(?:said|says|added|adds|wrote|writes),)?\s+(?:were|are|was|is))\s+$/i;

/**
 * A toll that the counts after it break down: "civilian deaths: two Armenian civilians, …, and one
 * Azerbaijani civilian", "counted 32 dead: 26 Armenians and 6 Azerbaijanis", "Of the dead, 180 were
 * soldiers and 12 were police", a fact box's "Deaths: 133 civilians". Group 1 or 2 holds the outcome word; the list runs to the clause's end. ("one of the wounded, a conscript,"
 * is no such toll: "Of the dead," opens its clause.)
 */
export const TOLL_LISTED =
  /(?:\b([Dd]ead|[Dd]eaths|[Ff]atalities|[Kk]illed|[Ww]ounded|[Ii]njured|[Ii]njuries)\s*:|(?:^|[-:;,"(]\s*|\band\s+)[Oo]f\s+the\s+(dead|killed|wounded|injured)\s*,)[^.;:!?()]*$/;

/** The outcome a toll phrase counts: deaths unless it names the wounded. */
export function tollPhraseOutcome(phrase: string): "killed" | "wounded" {
  return /\b(?:wounded|injured|hurt)\b/i.test(phrase) ? "wounded" : "killed";
}

/**
 * Whose losses a figure counts when the speaker states it: "put the enemy's losses at 300
 * killed", "put its own losses at 12", "put the Azerbaijani side's losses at 1,280 killed".
 * Group 1 or 2 holds the owner phrase (possibly "the enemy", "its own", "the Azerbaijani side").
 */
/**
 * Whose losses a label before a colon names, in a table's, an infobox's or a list's shorthand:
 * "Azerbaijani claim on Armenian losses: 320 soldiers killed", "Armenian losses: 49 killed". Group 1
 * holds the owner. (Not "Baku's claim: 50 of our soldiers", which names no losses.)
 */
export const LOSSES_LABEL_BEFORE = /(?:^\W*|\b(?:on|of|for)\s+)((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:military\s+)?(?:losses|casualties)\s*:\s*$/i;

// ("put the losses of the Azerbaijani side at around 200": the owner named after the losses.)
export const LOSSES_OWNER_BEFORE =
  /\b(?:put|puts|putting|estimated?|estimates|assessed|assesses|placed?|places|gave|gives)\s+(?:((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?:['’]s?)?\s+(?:own\s+)?(?:military\s+)?(?:losses|casualties|toll|death\s+toll|dead)|the\s+(?:military\s+)?(?:losses|casualties|dead)\s+(?:of|on)\s+((?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?))(?:\s+(?:during|in|from)\s+[^,;]{1,40}?)?\s+(?:at|as)\s+(?:about|around|some|roughly|approximately|more\s+than|over|at\s+least|nearly|almost|up\s+to|fewer\s+than)?\s*$/i;
