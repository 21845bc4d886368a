// The verbs (and a few fixed phrases) that report what a party said, and the checks that
// tell the verb from the noun ("the reported incident", "its claims") or from a territorial
// claim ("has been claiming its independence").
import type { ClaimKind } from "../types.ts";
import { isQuoteMark, type Token } from "./tokens.ts";
import { CALENDAR_WORDS } from "../dates/calendar.ts";
import { SOCIAL_NETWORKS } from "../ingest/metadata.ts";

interface VerbEntry {
  forms: string[];
  kind?: ClaimKind;
  /** Forms that are also common nouns: only a verb right after its subject ("Baku claims"). */
  nounForms?: string[];
  /** The next word must be one of these ("called on", "spoke about"). */
  next?: string[];
  /** One of these words must follow within three words ("released … footage"). */
  object?: string[];
  /** And then one of these, a few words further on: "put Azerbaijan's losses at 300". */
  objectThen?: string[];
  /** Objects that make it something other than speech ("claimed the lives", "claiming independence"). */
  notObject?: string[];
  /** The word before must be one of these ("the statement reads"). */
  previous?: string[];
  /** Not in a relative clause: "Stepanakert, which Azerbaijan calls Khankendi" names a place. */
  notAfterRelative?: boolean;
  /** Its passive is not speech: a region "claimed by both countries" is disputed land. */
  noPassive?: boolean;
  /** What follows it is its object, never an inverted subject: "…, thanked Washington". */
  transitive?: boolean;
  /** Speech only in the passive, with its agent after "by": "the claim was made by …". */
  passiveOnly?: boolean;
  /** One of these nouns must be its subject, within four words before it. */
  afterNoun?: string[];
  /** A figure must follow it: "raised it to ten", not "raised it to the governor". */
  figureAfter?: boolean;
  /** A figure must follow its objectThen word: "placed the damage at $2m", not "placed the wounded at a field hospital". */
  figureThen?: boolean;
  /** A word must follow it: "keep both, clearly labelled." names nothing. */
  needsObject?: boolean;
  /** Only right after a quotation and its speaker: '"…," Hovhannisyan went on' (not "the shelling went on"). */
  afterQuote?: boolean;
  /** Its "to" opens an infinitive: "offered to sign" (not "74% offered to the United States"). */
  infinitiveAfter?: boolean;
}

/** The words that name a court as a verb's subject: its holdings are what it says ("The Court directed …"). */
const COURT_NOUNS = ["court", "tribunal", "judges", "judge", "chamber", "section", "icj", "echr"];

/** What a party puts, places or sets "at" a figure: "put Azerbaijan's losses at 300", "placed the damage at $2bn". */
const FIGURE_OBJECTS = [
  "losses",
  "toll",
  "tolls",
  "number",
  "numbers",
  "figure",
  "figures",
  "total",
  "totals",
  "casualties",
  "dead",
  "death",
  "deaths",
  "killed",
  "wounded",
  // ("put the burned area at more than 1,815 hectares", "put the damage at $2bn": any estimate a party gives.)
  "area",
  "damage",
  "cost",
  "costs",
  "bill",
  "loss",
  "size",
  // ("put the burned forest at no less than 1,815 hectares": what burned, measured.)
  "forest",
  "forests",
  "woodland",
  "extent",
  // ("put the destroyed houses at 1,200": what was destroyed, counted.)
  "houses",
  "homes",
  "buildings",
];

export const SPEECH_VERBS: VerbEntry[] = [
  { forms: ["say", "says", "said", "saying"] },
  // "Karabakh fighters tell Helsinki Watch they found …": the bare present only right after its subject ("to tell", "could not tell" are no report).
  { forms: ["told", "tells", "telling", "tell"], nounForms: ["tell"], transitive: true },
  { forms: ["state", "stated", "states", "stating"], nounForms: ["state", "states"] },
  {
    forms: ["claim", "claims", "claimed", "claiming"],
    nounForms: ["claim", "claims"],
    noPassive: true,
    notObject: [
      "independence",
      "sovereignty",
      "territory",
      "territories",
      "land",
      "lands",
      "region",
      "control",
      "ownership",
      "lives",
      "life",
      "victory",
      "seat",
      "title",
      "village",
      "villages",
      "town",
      "city",
      "heights",
    ],
  },
  { forms: ["deny", "denies", "denied", "denying"], kind: "denial" },
  // ("… in turn dismissed Baku's version": what is dismissed follows, never an inverted subject.)
  // ("Aliyev dismissed Foreign Minister Mammadyarov": an official removed from office, no denial.)
  {
    forms: ["dismiss", "dismissed", "dismisses", "dismissing"],
    kind: "denial",
    transitive: true,
    notObject: ["minister", "commander", "governor", "ambassador", "chief", "deputy", "prosecutor", "mayor", "general"],
  },
  { forms: ["reject", "rejected", "rejects", "rejecting"], kind: "denial", transitive: true },
  { forms: ["refute", "refuted", "refutes", "refuting"], kind: "denial", transitive: true },
  // ("a figure Armenian officials dispute": the bare form only right after its subject, never "a dispute".)
  { forms: ["dispute", "disputed", "disputes", "disputing"], kind: "denial", nounForms: ["dispute", "disputes"], notAfterRelative: true, noPassive: true },
  // "Azerbaijan says its forces took the town; Armenia contests that", "Baku contested the figure" (not "the contested region").
  {
    forms: ["contest", "contests", "contesting", "contested"],
    object: ["that", "account", "accounts", "claim", "claims", "version", "figure", "figures", "report", "reports", "findings"],
    kind: "denial",
    noPassive: true,
    notAfterRelative: true,
  },
  // "Moscow contradicted him on that point", "Armenia was quick to question that account".
  { forms: ["contradicted", "contradicts", "contradict"], kind: "denial", noPassive: true },
  {
    forms: ["question", "questioned", "questions", "questioning"],
    object: ["account", "accounts", "claim", "claims", "version", "figure", "figures", "report", "reports", "findings", "official", "legitimacy", "whether"],
    kind: "denial",
    noPassive: true,
  },
  { forms: ["brushed aside", "brushes aside", "brushing aside"], kind: "denial" },
  // ("… since the Senate confirmed him last year as ambassador": a man confirmed in an office, no report confirmed.)
  { forms: ["confirmed", "confirms", "confirming", "confirm"], notObject: ["him", "appointment", "appointments", "nomination", "nominations"] },
  { forms: ["report", "reported", "reports", "reporting"], nounForms: ["report", "reports"] },
  { forms: ["accuse", "accused", "accuses", "accusing"], kind: "accusation" },
  { forms: ["blame", "blamed", "blames", "blaming"], kind: "accusation", nounForms: ["blame"] },
  // "Hetq has analyst X linking the attack to the visit": an analyst an outlet presents making a connection.
  // (Only the participle after such a noun: "analysts linked to the Kremlin" are people described.)
  {
    forms: ["linking", "tying"],
    kind: "accusation",
    afterNoun: ["analyst", "analysts", "expert", "experts", "commentator", "commentators", "observer", "observers"],
  },
  { forms: ["condemn", "condemned", "condemns", "condemning"], kind: "accusation" },
  {
    forms: [
      "traded accusations",
      "traded blame",
      "exchanged accusations",
      "trade accusations",
      "trading accusations",
      "trading blame",
      "trades accusations",
      "exchanging accusations",
      "exchanged blame",
    ],
    kind: "accusation",
  },
  { forms: ["allege", "alleged", "alleges", "alleging"], kind: "accusation" },
  { forms: ["warn", "warned", "warns", "warning"] },
  { forms: ["vow", "vowed", "vows", "vowing"], nounForms: ["vow", "vows"] },
  { forms: ["insist", "insisted", "insists", "insisting"] },
  { forms: ["express", "expressed", "expresses", "expressing"] },
  // "The ambassador offered his condolences": condolences offered or sent are words of sympathy, as expressed ones are.
  { forms: ["offered", "offers", "offering", "extended", "extends", "sent", "sends"], object: ["condolences", "sympathy", "sympathies"], transitive: true },
  { forms: ["announced", "announces", "announcing", "announce"] },
  { forms: ["acknowledge", "acknowledged", "acknowledges", "acknowledging"] },
  // "Azerbaijan recognised the death of 16 soldiers": an admission of losses (not "recognised Karabakh's independence").
  { forms: ["recognised", "recognized", "recognises", "recognizes"], object: ["death", "deaths", "loss", "losses"], transitive: true },
  { forms: ["concede", "conceded", "concedes", "conceding"] },
  // "Speakers largely agreed that the operation had limited aims": a view held in common; "agreed to meet" is a deal, no claim.
  // (Only a panel's or a joint body's shared view: "Pashinyan and Aliyev met … and agreed that a mission would deploy" is a deal.)
  {
    forms: ["agree", "agreed", "agrees"],
    next: ["that"],
    afterNoun: [
      "speakers",
      "participants",
      "panellists",
      "panelists",
      "experts",
      "analysts",
      "commissions",
      "delegations",
      "members",
      "authors",
      "observers",
      "researchers",
      // ("The Court agreed that Azerbaijan had jurisdiction over the village": a court's finding.)
      ...COURT_NOUNS,
    ],
  },
  // "Sargsyan shot back that …": a retort, said as sharply as the verb says.
  { forms: ["shot back", "shoots back", "fired back", "fires back", "hit back", "hits back", "snapped back", "snaps back"], next: ["that", ":"] },
  // ("…, and Pashinyan agreed: "We will defend this position."": agreeing in words of one's own, after a colon.)
  { forms: ["agree", "agreed", "agrees"], next: [":"] },
  // "The Forum believes that the window is narrow": a view stated as the speaker's own.
  { forms: ["believe", "believes", "believed"], next: ["that"] },
  // ("The United Nations believes between 800,000 and one million Azerbaijanis have been displaced": a count believed.)
  { forms: ["believes between", "believe between", "believed between", "believes some", "believe some", "believed some"], figureAfter: true },
  { forms: ["predicted", "predicts", "forecast", "forecasts"] },
  // "renewed its call for a day of mourning", "pressed both capitals to finish a treaty", "proposed deploying …".
  {
    forms: ["renewed", "renews", "renewing"],
    object: ["call", "calls", "appeal", "appeals", "demand", "demands", "warning", "warnings", "accusation", "accusations", "threat", "threats"],
    transitive: true,
  },
  { forms: ["pressed", "presses", "pressing", "pushed", "pushes"], object: ["to", "for"], notObject: ["ahead", "on", "into", "back"], transitive: true },
  { forms: ["proposed", "proposes", "propose", "proposing"], transitive: true, noPassive: true },
  { forms: ["objected", "objecting", "objects", "object"], next: ["to", "that"], nounForms: ["object"] },
  // "The state's representative opposes the request", "Baku opposed the motion": a party's stand on a proposal put to it.
  {
    forms: ["opposed", "opposes", "oppose", "opposing"],
    object: ["request", "requests", "motion", "motions", "proposal", "proposals", "plan", "bid", "application", "resolution", "deployment"],
    transitive: true,
  },
  // "The Foreign Ministry has commented on reports about …" (not the noun: "a comment", "declined to comment").
  { forms: ["commented", "comments", "commenting", "comment"], next: ["on", "that"], nounForms: ["comment", "comments"] },
  { forms: ["cautioned", "cautions"], next: ["that", "against"] },
  // "Aliyev laid the blame on …" (one-word forms: every word of a form counts as a verb word).
  { forms: ["laid", "lays", "pinned", "pins"], object: ["blame"], kind: "accusation" },
  // "Karabakh commanders presented the assault as a matter of survival": a reading put forward.
  { forms: ["presented", "presents", "portrayed", "portrays", "depicted", "depicts", "framed", "frames"], object: ["as"], noPassive: true, transitive: true },
  // "The ministry termed the attack a provocation", "Guluzade branded the idea a return of the empire":
  // naming something is a claim, as "called" is (not "a man dubbed 'the General'" in a relative clause).
  {
    // (Not "terms", "labels", "brands": nouns far more often than verbs — "prison terms of 15 years".)
    forms: ["termed", "dubbed", "branded", "branding", "labelled", "labeled", "labelling", "labeling"],
    transitive: true,
    needsObject: true,
    notAfterRelative: true,
    noPassive: true,
  },
  // "Baku slammed the decision", "Yerevan decried the shelling": a verdict spoken.
  {
    forms: ["slammed", "slams", "decried", "decries", "lambasted", "lambastes", "lamented", "laments", "castigated", "castigates", "derided", "derides"],
    kind: "accusation",
    transitive: true,
    noPassive: true,
  },
  // "Ter-Petrosyan made the same case in his essay": arguing a case is a claim.
  {
    forms: ["made the case", "makes the case", "making the case", "made the same case", "makes the same case", "made a case", "made his case", "made her case"],
  },
  // "Analysts in Yerevan pointed the finger at Moscow": an accusation.
  {
    forms: ["pointed the finger at", "points the finger at", "pointing the finger at", "point the finger at", "pointed a finger at", "pointed fingers at"],
    kind: "accusation",
  },
  // "The ministry poured scorn on the report", "Yerevan cast doubt on the figures", "Baku played down the losses".
  {
    forms: [
      "poured scorn on",
      "pours scorn on",
      "cast doubt on",
      "casts doubt on",
      "casting doubt on",
      "played down",
      "plays down",
      "playing down",
      "downplayed",
      "downplays",
      "shrugged off",
      "shrugs off",
    ],
    kind: "denial",
    noPassive: true,
  },
  // "The ministry stood by its account": keeping to what one said is saying it again.
  {
    forms: ["stood by", "stands by", "standing by"],
    object: ["account", "version", "claim", "claims", "statement", "figures", "figure", "report", "story", "assessment", "findings"],
  },
  // '"…," Hovhannisyan went on': going on with the words just quoted (only right after a quotation).
  { forms: ["went on", "goes on"], afterQuote: true },
  // '"A ceasefire is declared …," he read': a statement read out is stated (only right after a quotation).
  { forms: ["read", "reads"], afterQuote: true },
  // "Azerbaijani officials were quick to voice fears that …", "Moscow voiced 'extreme concern'".
  {
    forms: ["voiced", "voices", "voicing", "voice"],
    nounForms: ["voice", "voices"],
    object: [
      ...["concern", "concerns", "fears", "fear", "hope", "hopes", "support", "regret", "doubts", "doubt", "alarm", "opposition"],
      ...["frustration", "anger", "dismay", "optimism", "confidence", "condolences", "solidarity", "criticism", "objections", "outrage"],
    ],
  },
  { forms: ["admit", "admitted", "admits", "admitting"] },
  { forms: ["add", "added", "adds", "adding"] },
  { forms: ["stress", "stressed", "stresses", "stressing"], nounForms: ["stress"] },
  { forms: ["note", "noted", "notes", "noting"], nounForms: ["note", "notes"] },
  // ("In Yerevan, officials continue to describe the fighting as a border incident", "as diplomats describe it".)
  // ("…, described the ministry" is never how English inverts: what follows the verb is what was described.)
  { forms: ["described", "describes", "describing", "describe"], transitive: true },
  { forms: ["questioned", "questions"], nounForms: ["questions"] },
  // "Commenting on the pledge, he scoffed: '…'", "Aliyev quipped that …": a remark in a tone is still said.
  // ("scoffs" and "jokes" are nouns too: only right after their subject.)
  { forms: ["scoffed", "scoffs", "quipped", "quips", "joked", "jokes", "sneered", "mocked"], nounForms: ["scoffs", "jokes", "quips"] },
  // "Baku has always regarded the proclamation as unconstitutional": a stance held and stated, what it
  // is regarded as following ("in this regard", "with regard to" are nouns; "is regarded as" says by whom not).
  { forms: ["regarded", "regards", "regard"], nounForms: ["regard", "regards"], object: ["as"], noPassive: true, transitive: true },
  { forms: ["called", "calls", "calling", "call"], next: ["on", "upon", "for"], nounForms: ["calls", "call"] },
  // "The State Border Service called the shooting a 'revenge operation'": naming something is a
  // claim, but only right after its subject ("the so-called corridor", "a village called Aghavno" are not).
  // ("Opposition leaders call the plan a betrayal": the plural present names it too.)
  {
    forms: ["called", "calls", "call"],
    nounForms: ["called", "calls", "call"],
    // ("called both presidents", "called his Armenian counterpart": a telephone call, not a naming.)
    notObject: ["off", "up", "in", "out", "back", "him", "her", "them", "me", "us", "both", "presidents", "leaders", "counterpart", "counterparts"],
    notAfterRelative: true,
  },
  // "Armenian officials went further, calling the higher figure a fabrication": naming what it names.
  {
    forms: ["calling"],
    next: ["the", "this", "these", "those", "that", "such", "his", "her", "its", "their", "it", "them", "him"],
    transitive: true,
    needsObject: true,
  },
  // "Pashinyan had offered to sign a non-aggression pact": a proposal put to the other side.
  { forms: ["offered", "offers", "offering"], next: ["to"], noPassive: true, infinitiveAfter: true },
  // Pleadings and rebuttals: "the Government countered that", "the applicants submitted that".
  {
    forms: [
      "countered",
      "counters",
      "contended",
      "contends",
      "contend",
      "maintained",
      "maintains",
      "maintain",
      "maintaining",
      "contending",
      "submitted",
      "submits",
      "submit",
      "pleaded",
      "responded",
    ],
    next: ["that"],
  },
  // "The spokeswoman later relayed a statement from the Karabakh army": the one who relays it speaks.
  {
    forms: ["relayed", "relays", "relaying", "passed on", "conveyed", "conveys"],
    object: [
      "statement",
      "statements",
      "message",
      "messages",
      "claim",
      "claims",
      "figures",
      "report",
      "reports",
      "account",
      "words",
      "congratulations",
      "condolences",
      "assurances",
    ],
  },
  // "Armenian officials counter with a 1975 map", "Baku countered with its own figures": a rebuttal by evidence.
  { forms: ["counter", "counters", "countered"], next: ["with", "that"] },
  // "the Armenian side counted 3,825 servicemen killed", "the ministry listed 80 servicemen killed".
  {
    // ("Armenian sources count 81 dead on their side": the plural's present too; "the count of 81 dead" is a noun.)
    forms: ["listed", "lists", "list", "counted", "counts", "count", "recorded", "records", "record", "registered", "registers", "register", "tallied"],
    nounForms: ["lists", "list", "counts", "count", "records", "record", "registers", "register"],
    // ("counted hundreds of drones shot down", "registered 31 ceasefire violations": equipment and violations are counted claims too.)
    object: [
      ...["killed", "dead", "servicemen", "soldiers", "victims", "casualties", "wounded", "civilians", "deaths", "fatalities", "injured"],
      ...["losses", "destroyed", "downed", "drones", "tanks", "helicopters", "aircraft", "violations"],
      // ("The office counted 12,292 damaged buildings": damage and the displaced are counted claims too.)
      ...["damaged", "buildings", "homes", "houses", "displaced", "missing", "prisoners", "refugees"],
    ],
    noPassive: true,
  },
  // "The ministry later named the dead as …": naming the victims.
  { forms: ["named", "names", "identified", "identifies"], object: ["dead", "victims", "killed", "servicemen", "soldiers", "casualties", "fallen"] },
  // "The State Department is signalling that …".
  { forms: ["signal", "signals", "signaled", "signalled", "signaling", "signalling"], next: ["that"] },
  // "charged that …", "charged in a written statement that …".
  { forms: ["charged", "charges"], next: ["that"] },
  { forms: ["charged", "charges"], object: ["statement", "interview", "speech", "letter", "address", "briefing"] },
  { forms: ["urge", "urged", "urges", "urging"], nounForms: ["urge"] },
  // "The Foreign Office advises against all travel to the area", "advised its citizens to leave": a
  // government's travel warning (not "an adviser", "well advised").
  {
    forms: ["advise", "advises", "advised", "advising"],
    next: [
      "against",
      "that",
      "all",
      "citizens",
      "nationals",
      "travellers",
      "travelers",
      "its",
      "their",
      "people",
      "residents",
      "foreigners",
      "americans",
      "britons",
    ],
  },
  { forms: ["hail", "hailed", "hails"] },
  { forms: ["reveal", "revealed", "reveals", "revealing"] },
  // "The defence ministry disclosed for the first time that 2,783 soldiers had died": a disclosure is a revelation.
  // ("how each side disclosed the human cost", "disclose the fate of the missing": a narrated or demanded disclosure is none.)
  {
    forms: ["disclosed", "discloses"],
    object: ["that", "for", "figures", "names", "toll", "tolls", "number", "numbers", "details", "data", "losses", "information"],
  },
  // "The Security Council unanimously adopted Resolution 822, demanding …": a body adopting a text says what it says.
  {
    forms: ["adopted", "adopts", "adopting", "passed", "passes"],
    object: ["resolution", "resolutions", "statement", "declaration", "communique", "appeal"],
  },
  {
    forms: ["released", "releases", "published", "publishes", "issued", "issues"],
    object: [
      "statement",
      "readout",
      "toll",
      "tally",
      "count",
      "footage",
      "video",
      "videos",
      "images",
      "photos",
      "pictures",
      "data",
      "figures",
      "list",
      "names",
      "report",
      "information",
      "details",
      "communique",
      "warning",
      "losses",
      "casualties",
    ],
  },
  // "Officials in Stepanakert linked the group to the boy's disappearance": tying someone to a deed is an
  // accusation ("the road that links Armenia to Karabakh" is geography: no relative clause, no passive).
  // ("… linked the fighting with the post-election tensions in Yerevan": the same charge with "with".)
  // (Only the past tense: "transport links with Nakhchivan" is a noun.)
  { forms: ["linked"], object: ["to", "with"], notAfterRelative: true, noPassive: true, kind: "accusation" },
  { forms: ["links"], object: ["to"], notAfterRelative: true, noPassive: true, kind: "accusation" },
  // "Armenia's health minister sought to clarify the casualty figures": an account given of one's own figures.
  { forms: ["clarify", "clarified", "clarifies", "clarifying"] },
  // "Baku answers that the road is open": an answer given to the other side's account.
  { forms: ["answers", "answer"], next: ["that"] },
  // "Armenia's defence ministry backed Stepanakert's version": siding with an account is a claim of one's own.
  {
    forms: ["backed", "backs", "backing", "endorsed", "endorses", "endorsing"],
    object: ["version", "account", "claim", "claims", "accusation", "accusations", "position"],
  },
  // ("…, spoke to both leaders": whom one spoke to is the object, never an inverted subject.)
  { forms: ["spoke", "speaks", "speaking", "speak", "spoken"], next: ["about", "of", "to", "with", "by"], transitive: true },
  // ("Armenian leaders charge that the aim is …": the bare form only right after its subject, never "the charge that".)
  { forms: ["charged", "charges", "charging", "charge"], nounForms: ["charge", "charges"], next: ["that"], kind: "accusation" },
  // ("Azerbaijan responded with a counter-offensive", "returned fire": a military answer, no words.)
  {
    forms: ["replied", "replies", "reply", "responded", "responds", "retorted"],
    notObject: [
      "counter-offensive",
      "counteroffensive",
      "offensive",
      "attack",
      "attacks",
      "fire",
      "shelling",
      "strikes",
      "artillery",
      "force",
      "drones",
      "missiles",
    ],
  },
  { forms: ["estimated", "estimates", "estimate"], next: ["that", "the", "its", "their", "around", "about", "some", "at"] },
  // "The historian calculates that the occupied area is closer to 14 percent", "He reckons that …": a figure worked out and put forward.
  { forms: ["calculates", "calculated", "reckons", "reckoned"], next: ["that"] },
  // "gave sharply different versions", "gave a toll of 12".
  {
    forms: ["gave", "gives", "give", "given", "giving"],
    object: ["version", "versions", "account", "accounts", "figure", "figures", "toll", "tolls", "total", "estimate"],
  },
  { forms: ["cited", "cites", "citing"], object: ["figures", "data", "resolutions", "evidence", "reports", "sources"] },
  { forms: ["threaten", "threatened", "threatens"] },
  { forms: ["promised", "promises"], nounForms: ["promises"] },
  // "declared a state of emergency", "declared martial law", "declared independence": an act, not a claim.
  {
    forms: ["declare", "declared", "declares"],
    notObject: ["state", "emergency", "martial", "law", "war", "independence", "mobilisation", "mobilization", "curfew", "sovereignty", "mourning"],
  },
  { forms: ["asserted", "asserts"] },
  // A witness in court: "the serviceman testified that 14 soldiers were killed".
  { forms: ["testified", "testifies", "testify", "testifying"] },
  { forms: ["argue", "argued", "argues"] },
  // (", arguing that …" after a deed: the participle speaks for the sentence's subject, as ", saying" does.)
  { forms: ["arguing", "asserting", "explaining"], next: ["that"] },
  { forms: ["emphasize", "emphasise", "emphasized", "emphasised", "emphasizes", "emphasises"] },
  { forms: ["pointed out"] },
  { forms: ["explain", "explained", "explains"] },
  { forms: ["complain", "complained", "complains"] },
  // "welcomed the agreement" is a reaction; "a spa town that welcomes visitors" only a host.
  {
    forms: ["welcome", "welcomed", "welcomes"],
    nounForms: ["welcome"],
    notObject: ["visitors", "tourists", "guests", "pilgrims", "holidaymakers", "travellers", "travelers", "crowds", "thousands", "hundreds"],
  },
  // Resolutions and declarations: "The Assembly deplores that …", "regrets that it has not been invited", "reaffirms its support".
  { forms: ["deplore", "deplored", "deplores", "deploring"], kind: "accusation" },
  { forms: ["regret", "regretted", "regrets", "regretting"], next: ["that"] },
  { forms: ["reaffirm", "reaffirmed", "reaffirms", "reaffirming", "reconfirmed", "reconfirms", "reconfirming"] },
  // "The Assembly therefore resolves not to ratify the credentials": a body's decision.
  { forms: ["resolves", "resolved"], next: ["to", "not", "that"], noPassive: true },
  { forms: ["praised"] },
  { forms: ["criticize", "criticise", "criticized", "criticised", "criticizes", "criticises"] },
  { forms: ["demand", "demanded", "demands"], nounForms: ["demand", "demands"] },
  { forms: ["appealed"] },
  { forms: ["reiterate", "reiterated", "reiterates"] },
  // "Aliyev repeated that …", "repeated Paris's call for talks" (not "repeated shelling": no subject there).
  {
    forms: ["repeated", "repeats"],
    next: ["that", "his", "her", "its", "their", "the", "a", "an", "calls", "demands", "accusations", "claims", "warnings"],
    transitive: true,
  },
  { forms: ["reminded", "reminds"] },
  // "Moscow responded … by reminding all parties of the 2020 statement": the gerund after "by" is the response.
  { forms: ["reminding"], previous: ["by"] },
  // "Dalby recalled that Pashinyan had said …": recalling what was said is saying it again.
  // ("It is worth recalling how …": the gerund is said only of what follows "that".)
  { forms: ["recalling"], next: ["that"] },
  // ("The text, he recalled, was drafted in Baku", "He also recalled a failed attempt to agree a truce": telling
  // what happened is said; a state recalling its ambassador or its troops is a deed.)
  {
    forms: ["recalled", "recalls"],
    noPassive: true,
    notObject: [
      "ambassador",
      "ambassadors",
      "envoy",
      "envoys",
      "diplomat",
      "diplomats",
      "troops",
      "forces",
      "staff",
      "mission",
      "delegation",
      "representative",
      "representatives",
      "consul",
    ],
  },
  { forms: ["highlighted", "highlights"], nounForms: ["highlights"] },
  { forms: ["informed", "informs", "inform"] },
  // ("He has written a careful book about the war": writing a work is no statement; what the work says is.)
  {
    forms: ["tweeted", "wrote", "writes", "write", "writing", "written"],
    notObject: ["book", "books", "history", "memoir", "memoirs", "novel", "novels", "biography", "chronicle", "study", "screenplay", "poem", "poems"],
  },
  // "The claim was first made on Facebook by the ministry's spokeswoman": a claim made by someone is theirs.
  {
    forms: ["made"],
    passiveOnly: true,
    afterNoun: ["claim", "claims", "allegation", "allegations", "accusation", "accusations", "statement", "announcement", "charge", "charges", "assertion"],
  },
  { forms: ["posted", "posts"], next: ["on", "that", "a", "an", "photos", "footage", "video", "videos", "images", "pictures", "a"] },
  { forms: ["quoted", "quotes"] },
  // A paper's front page in a press review: "Azadliq leads with the ministry's statement",
  // "the daily prints an interview with the defence minister".
  {
    forms: ["leads with", "led with", "opens with", "opened with"],
    object: [
      "statement",
      "statements",
      "announcement",
      "report",
      "claim",
      "claims",
      "interview",
      "account",
      "figures",
      "address",
      "speech",
      "news",
      "headline",
    ],
  },
  {
    forms: ["prints", "printed", "carries", "carried", "runs", "ran"],
    // ("TASS, citing Armenpress, carried the report": what it carried is its object, the outlet its subject.)
    transitive: true,
    object: [
      "statement",
      "interview",
      "text",
      "article",
      "letter",
      "appeal",
      "report",
      "claim",
      "claims",
      "account",
      "figures",
      "address",
      "speech",
      "editorial",
      "commentary",
    ],
  },
  { forms: ["read"], object: ["statement", "communique"] },
  // "Armenia's envoy to the UN circulated a foreign ministry statement": passing a text round is issuing it.
  { forms: ["circulated", "circulates", "circulating"], object: ["statement", "letter", "communique", "note", "declaration"], transitive: true },
  // "…,” the statement reads.
  { forms: ["reads", "read"], previous: ["statement", "communique", "letter", "text", "message", "post", "resolution"] },
  // "Yerevan reads the same facts as a breach of the ceasefire": a side's reading of what happened.
  { forms: ["reads"], objectThen: ["as"], noPassive: true, transitive: true },
  // "The ministry cited the UN Environment Programme as having found …": what a party cites as evidence it puts
  // forward itself (unlike an agency that quotes someone "as saying", which only carries the words).
  { forms: ["cited", "cites", "citing"], objectThen: ["as"], noPassive: true, transitive: true },
  // Thanks, congratulations and apologies are statements a side makes.
  // ("Daniel Okafor in Yerevan, thank you": a presenter's courtesy, no claim.)
  { forms: ["thank", "thanked", "thanks", "thanking"], nounForms: ["thanks"], notObject: ["you"], transitive: true },
  { forms: ["congratulate", "congratulated", "congratulates", "congratulating"], transitive: true },
  // "Both men pleaded not guilty": a defendant's plea is his answer to the charge.
  { forms: ["pleaded", "pleads", "pleading", "pled"], next: ["not", "guilty", "innocent"] },
  { forms: ["apologized", "apologised", "apologizes", "apologises", "apologizing", "apologising"], transitive: true },
  // "Western engineers point out that the design lacks …": a fact put forward as an argument.
  { forms: ["point out", "points out", "pointed out", "pointing out"], next: ["that"] },
  // "Armenian officials remain adamant that the unit is safe": a view held and stated, put as a state of mind.
  {
    forms: [
      "remain adamant",
      "remains adamant",
      "remained adamant",
      "is adamant",
      "are adamant",
      "was adamant",
      "were adamant",
      "remain convinced",
      "remains convinced",
      "remained convinced",
      "is insistent",
      "are insistent",
    ],
    next: ["that"],
  },
  // "Azerbaijani officials have escalated accusations that …", "stepped up their warnings": a claim made louder.
  {
    forms: ["escalated", "escalates", "levelled", "leveled", "levels", "repeated", "repeats", "stepped up", "steps up"],
    object: ["accusations", "accusation", "charges", "charge", "claims", "allegations", "warnings", "threats", "criticism", "calls"],
    transitive: true,
  },
  // "Azerbaijani officials have pointed to the 2015 European Games": citing something as an argument.
  { forms: ["pointed", "points", "pointing"], next: ["to"], nounForms: ["points"], transitive: true },
  { forms: ["justified", "justifies", "justifying", "defended", "defends", "defending"], transitive: true },
  // "Armenia's Security Council asked Russia to help defend …": a request.
  // ("the council first asked to be transferred": a past request the text narrates.)
  {
    // ("Defence lawyers ask the court to …": a court report's present tense too.)
    forms: ["asked", "asks", "ask", "requested", "requests"],
    nounForms: ["requests", "ask"],
    // ("Yerevan also requested assistance from the CSTO": what is requested, from whom.)
    // ("asked that her name not be published" is no claim: "that" is left out.)
    object: ["to", "for", "assistance", "help", "support", "aid", "protection"],
    notObject: ["be"],
    transitive: true,
  },
  // ("… issued a notice, asking all operators to avoid the area": the participle after a comma shares its
  // subject; "a joint appeal asking the OSCE to …" describes the appeal, "the result of asking" is a gerund.)
  { forms: ["asking", "requesting"], previous: [","], object: ["to", "for"], notObject: ["be"], transitive: true },
  // "has recommended that operators avoid the region", "recommends against all travel".
  { forms: ["recommended", "recommends", "recommend", "recommending"], next: ["that", "against"] },
  // "The Assembly requested the immediate withdrawal of Armenian forces": a demand made of a party.
  { forms: ["requested", "requests"], object: ["withdrawal", "release", "ceasefire", "cessation"], notObject: ["be"], transitive: true },
  // A trial: "the prosecution requested twenty years in prison", "prosecutors sought life terms".
  {
    forms: ["requested", "requests", "sought", "seeks", "seek", "seeking", "demanded", "demands", "demand"],
    object: ["years", "sentence", "sentences", "life", "term", "terms", "imprisonment", "prison", "jail"],
    transitive: true,
  },
  { forms: ["compared", "compares", "comparing"], transitive: true },
  // "Mirzoyan assured his counterpart that …": an assurance given ("rest assured", "assured of" are not).
  { forms: ["assured", "assures", "assuring", "reassured", "reassures", "reassuring"], notObject: ["of"], transitive: true },
  // ("…: your questions answered" is a headline's participle.)
  {
    forms: ["answered"],
    next: [
      "that",
      "on",
      "in",
      "at",
      "with",
      "a",
      "the",
      "his",
      "her",
      "its",
      "their",
      "critics",
      "reporters",
      "journalists",
      "questions",
      "briefly",
      "curtly",
      "evasively",
    ],
  },
  { forms: ["voiced", "voices", "voicing"], nounForms: ["voices"], transitive: true },
  // '"War is its own disease," the paper observed': after a quotation and its speaker, an observation is said.
  { forms: ["observed", "remarked", "mused", "quipped"], afterQuote: true },
  // '"New strike on Tartar, four dead," the ministry posted': words a channel posted, quoted, are said ("troops posted" are not).
  { forms: ["posted"], afterQuote: true },
  // '"How can we call it a blockade when the road is open?" Aliyev asked': a question asked in quotes is said.
  { forms: ["asked", "asks", "wondered", "wonders"], afterQuote: true },
  // Findings of a report, a court or an observer: "Human Rights Watch concluded that …".
  // A court's findings: "The court held that …".
  {
    forms: ["concluded", "concludes", "found", "finds", "observed", "observes", "suggested", "suggests", "suggesting", "concluding", "held", "holds"],
    next: ["that"],
  },
  // A court's orders and rulings on requests are what it holds: "The Court directed Azerbaijan, pending a final
  // decision, to …", "the International Court of Justice has ordered Azerbaijan to …", "The Court did not grant
  // Armenia's requests" (a general's orders or a government's are deeds, not claims: a court must be the subject).
  {
    // ("The Court disagreed.", "the Court upheld two objections", "The Court accepted that …": its rulings on what the parties argued.)
    forms: [
      ...["ordered", "orders", "directed", "directs", "granted", "grants", "grant", "declined", "declines"],
      ...["upheld", "upholds", "accepted", "accepts", "disagreed", "disagrees", "dismissed", "dismisses", "rejected", "rejects"],
    ],
    afterNoun: COURT_NOUNS,
    transitive: true,
    noPassive: true,
  },
  // A decree's orders are what its issuer says: "It orders all state institutions to be dissolved" (of a decree just named).
  { forms: ["orders", "ordered"], afterNoun: ["decree", "it"], next: ["all", "the", "that"], transitive: true, noPassive: true },
  // A court's ruling and its findings: "The European Court of Human Rights has ruled that Azerbaijan breached …",
  // "the court found a procedural violation of Article 2", "stopped short of finding that …" ("ruled out" is no ruling).
  { forms: ["ruled", "rules", "ruling"], next: ["that"] },
  {
    forms: ["found", "finds", "finding"],
    object: ["violation", "violations", "breach", "breaches", "infringement", "infringements"],
    afterNoun: [...COURT_NOUNS, "committee", "it"],
    transitive: true,
  },
  { forms: ["finding"], next: ["that"] },
  // An investigator's findings on what it examined: "Amnesty's lab authenticated 22 videos", "The lab reached the
  // same conclusion" (not "verified their identity at the checkpoint"; "geolocated" is left out: "they geolocated"
  // would take the side that spoke last).
  {
    forms: ["authenticated", "authenticates", "verified", "verifies"],
    object: ["video", "videos", "footage", "clip", "clips", "images", "photos", "photographs", "recording", "recordings"],
    transitive: true,
  },
  {
    forms: [
      ...["reached the same conclusion", "reached a similar conclusion", "reaches the same conclusion", "came to the same conclusion"],
      ...["reached the conclusion", "came to the conclusion", "reached similar conclusions", "came to similar conclusions"],
    ],
  },
  // "The Court considered that …", "the Court indicated that Azerbaijan shall …", "took note of the statements made by …".
  { forms: ["considered", "considers", "indicated", "indicates", "consider"], next: ["that"] },
  // "It judged that some of the fires were started by incendiary weapons": a report's assessment.
  { forms: ["judged", "judges"], next: ["that"] },
  // "The authors caution that the samples differ": a warning put mildly.
  { forms: ["caution", "cautions", "cautioned", "cautioning"], next: ["that", "against"] },
  // "The monitors found no evidence of military positions": a finding put as what was not found.
  { forms: ["found no evidence", "finds no evidence", "found no sign", "found no signs", "finds no sign", "found no indication", "found no trace"] },
  { forms: ["took note of", "takes note of", "take note of", "taking note of"] },
  // "The deputy foreign minister made the same point": a point made is a claim.
  { forms: ["made the same point", "made a similar point", "makes the same point", "made the point that", "made that point"] },
  { forms: ["echoed", "echoes"] },
  // "Baku has protested to New Delhi", "Yerevan protested that …": a diplomatic protest, made to someone
  // or about something said ("Thousands protested in Yerevan" marched; they said nothing we can quote).
  { forms: ["protested", "protests", "protesting", "protest"], kind: "accusation", nounForms: ["protests", "protest"], next: ["to", "that"] },
  // "SIPRI data show that Russia supplied …": figures or records put forward as evidence say what they show.
  {
    forms: ["show", "shows", "showed", "shown"],
    next: ["that"],
    afterNoun: ["data", "figures", "records", "statistics", "documents", "images", "footage", "satellite", "estimates"],
  },
  // '"Karabakh is Azerbaijan!" he concluded', "paid tribute to the fallen": the close of a speech and its homage.
  {
    forms: ["concluded", "concludes"],
    notObject: ["agreement", "agreements", "deal", "treaty", "talks", "visit", "ceasefire", "contract", "meeting", "session", "tour", "negotiations"],
  },
  { forms: ["paid tribute", "pays tribute", "paying tribute"] },
  // "The same report recorded that Armenia insisted …": what a report records is its claim.
  { forms: ["recorded", "records", "documented", "documents"], next: ["that"] },
  // "The group documented the cases of two detainees who died": what a monitor documents it puts forward.
  {
    forms: ["documented", "documents", "documenting"],
    object: ["cases", "case", "abuses", "killings", "deaths", "violations", "executions", "torture"],
    transitive: true,
  },
  // "put Azerbaijan's losses at 300", "put the blame on", "put out a statement" (not "put numbers on their dead", which says no number).
  {
    forms: ["put", "puts", "putting"],
    object: FIGURE_OBJECTS,
    objectThen: ["at"],
  },
  { forms: ["put", "puts", "putting"], object: ["blame", "statement", "communique", "readout"] },
  // "placed the damage at $2 million", "set the number of displaced at 90,000": a figure given, as "put … at" is.
  { forms: ["placed", "places", "set", "sets"], object: FIGURE_OBJECTS, objectThen: ["at"], figureThen: true },
  // "gave the number of wounded as 120" (not "gave a number of reasons": the figure follows "as" or "at").
  { forms: ["gave", "gives"], object: ["number", "numbers"], objectThen: ["as", "at"], figureThen: true },
  // "Tehran has made clear that it will not tolerate …", "Baku made it clear it would respond".
  { forms: ["made clear", "makes clear", "making clear", "made it clear", "makes it clear", "making it clear"] },
  // "A diplomat put it to me this way: …", "as one officer put it bluntly".
  { forms: ["put it", "puts it"], next: ["this", "to", "bluntly", "plainly", "simply", "like", "so", "more", "another", "differently"] },
  // "raised its death toll to 158", "revised the number of wounded to 138".
  // ("By the evening, separatists raise the toll to 68": a timeline's present tense too.)
  {
    forms: ["raised", "raises", "raise", "revised", "revises", "revise", "updated", "updates", "update", "lowered", "lowers", "lower"],
    object: ["toll", "count", "number", "figure", "tally"],
  },
  // "had revised those numbers in a further post": figures in the plural, revised where a party speaks.
  {
    forms: ["raised", "raises", "revised", "revises", "updated", "updates", "lowered", "lowers"],
    object: ["numbers", "figures", "tolls", "counts"],
    objectThen: ["post", "statement", "tweet", "bulletin", "briefing", "update"],
  },
  // "… gave the toll as nine; prosecutors raised it to ten": "it" is the count the clause before named.
  { forms: ["raised it to", "raises it to", "revised it to", "revises it to", "lowered it to", "lowers it to", "put it at", "puts it at"], figureAfter: true },
];

/** A speech verb found in a sentence. */
export interface VerbHit {
  /** Token indexes [start, end) of the verb or phrase. */
  start: number;
  end: number;
  kind?: ClaimKind;
  /** "according to X": the source follows. */
  accordingTo: boolean;
  /** "was condemned by X": the source follows "by". */
  passive: boolean;
  /** Its object follows it ("thanked Washington"): no subject stands after it. */
  transitive?: boolean;
  /** "it was stated", "it is reported": no speaker named; the source being reported speaks. */
  impersonal?: boolean;
}

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "their",
  "his",
  "her",
  "our",
  "my",
  "your",
  "any",
  "no",
  "such",
  "whose",
  "every",
  "first",
  "latest",
  "earlier",
  "new",
  "similar",
  "other",
]);
// "what Yerevan calls an incursion" is Yerevan's claim; "which Azerbaijan calls Khankendi" names a place.
const RELATIVE = new Set(["which", "whom"]);

/**
 * "call the city Khankendi", "call it the Berdzor corridor,", "a lake that Armenians call Sev Lich":
 * a short object, then a proper name (with a place's common noun after it) closing the clause.
 */
function namesByName(tokens: Token[], from: number, afterRelative: boolean): boolean {
  let k = from;
  while (k < from + 3 && tokens[k]?.isWord && !tokens[k]?.capitalized && !tokens[k]?.quoted) k++;
  // ("Blinken called Aliyev and Pashinyan": a name straight after the verb is whom it called, unless a
  // relative names the place before it, "a lake that Armenians call Sev Lich".)
  if (k === from && !afterRelative) return false;
  const nameStart = k;
  while (k < nameStart + 3 && tokens[k]?.isWord && tokens[k]?.capitalized && !tokens[k]?.possessive) k++;
  if (k === nameStart) return false;
  if (PLACE_NOUNS.has(tokens[k]?.norm ?? "")) k++;
  const next = tokens[k];
  return next === undefined || /^[,.;)]$/.test(next.text) || next.norm === "and" || next.norm === "or";
}

/** The relative before a naming verb's subject: "a lake that Armenians call …". */
const NAMING_RELATIVE: ReadonlySet<string> = new Set(["that", "which", "what"]);

/** A place's common noun after its name: "the Berdzor corridor", "Sev Lich lake". */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "corridor",
  "lake",
  "river",
  "village",
  "town",
  "city",
  "region",
  "district",
  "mountain",
  "mountains",
  "pass",
  "road",
  "valley",
  "plateau",
]);

/** "calls Khankendi,": the object is one name standing alone, a place's other name. */
function namesAPlace(tokens: Token[], from: number): boolean {
  const name = tokens[from];
  const after = tokens[from + 1]?.text ?? "";
  return name?.capitalized === true && !name.possessive && (after === "" || /^[,.;)]$/.test(after));
}
/** The word before "to say" in idioms that report no speech. */
const SAY_IDIOM = new Set(["is", "was", "needless", "suffice", "fair", "safe", "true", "hard", "difficult", "sorry", "sad"]);
/** Past "on Friday", "yesterday", "again" to the word after: "maintained on Friday that"; past ", however," too. */
function afterTimeWords(tokens: Token[], from: number): number {
  let k = from;
  while (k < from + 3 && tokens[k]?.isWord && (TIME_WORDS.test(tokens[k]?.norm ?? "") || CALENDAR_WORDS.has(tokens[k]?.norm ?? ""))) k++;
  // "The Government maintained, however, that …": a connective between commas leaves the verb its clause.
  if (tokens[k]?.text === "," && CONNECTIVES.has(tokens[k + 1]?.norm ?? "") && tokens[k + 2]?.text === ",") return k + 3;
  return afterShortPhrase(tokens, k);
}

/** Prepositions of a short phrase between a verb and its "that": "maintained throughout the conflict that". */
const PHRASE_PREPOSITIONS = new Set(["for", "throughout", "since", "during", "over", "in", "at", "from", "until", "before", "after"]);

/**
 * Past a phrase of at most four words that starts with a preposition and ends right before "that"
 * ("for decades", "in a statement", "at the meeting"); anything else stays where it was.
 */
function afterShortPhrase(tokens: Token[], k: number): number {
  // "maintained throughout that …": "throughout" alone, an adverb.
  if (tokens[k]?.norm === "throughout" && tokens[k + 1]?.norm === "that") return k + 1;
  if (!PHRASE_PREPOSITIONS.has(tokens[k]?.norm ?? "")) return k;
  for (let e = k + 2; e <= k + 5; e++) {
    if (tokens[e]?.norm === "that") return e;
    if (!tokens[e]?.isWord || tokens[e]?.quoted) return k;
  }
  return k;
}

const CONNECTIVES = new Set(["however", "nevertheless", "moreover", "furthermore", "instead", "meanwhile", "though", "therefore", "again"]);

/** Whether the clause ends within `reach` lowercase words from `from`: "prisoners of war." */
function clauseEndsWithin(tokens: Token[], from: number, reach: number): boolean {
  for (let k = from; k <= from + reach; k++) {
    const t = tokens[k];
    if (t === undefined || /^[.,;]$/.test(t.text)) return true;
    if (!t.isWord || t.capitalized || t.quoted) return false;
  }
  return false;
}

/**
 * Whether the verb at `i` follows the apposition of a name opening the sentence: "Anna Smith, the
 * lawyer for the family, called …" (two commas before the verb, a capitalised name before the first).
 */
function afterOpeningApposition(tokens: Token[], i: number): boolean {
  // The comma right before the verb closes the apposition: without it there is none (most verbs), and no commas are counted.
  if (tokens[i - 1]?.text !== ",") return false;
  const commas = commasBefore(tokens, i, 3);
  if (commas.length !== 2 || commas[1] !== i - 1) return false;
  const first = commas[0] ?? 0;
  const opening = tokens.slice(0, first);
  return opening.length > 0 && opening.length <= 4 && opening.every((t) => t.isWord && t.capitalized) && /^\p{Ll}/u.test(tokens[first + 1]?.text ?? "");
}

/** Where the commas before `i` stand, the first `most` of them at most (more is as good as too many). */
function commasBefore(tokens: Token[], i: number, most: number): number[] {
  const commas: number[] = [];
  for (let k = 0; k < i && commas.length < most; k++) if (tokens[k]?.text === ",") commas.push(k);
  return commas;
}

/**
 * '… called "false" a report that …': a quoted name right after "called", the thing it names after it
 * (not '… called "the gate" by locals', a passive whose agent names a place).
 */
function quotedNamingOf(tokens: Token[], at: number): boolean {
  if (!isQuoteMark(tokens[at]?.text ?? "")) return false;
  const close = tokens.findIndex((t, k) => k > at && isQuoteMark(t.text));
  const after = close < 0 ? undefined : tokens[close + 1];
  return after?.isWord === true && after.norm !== "by";
}

/** "called him back", "called them in": a verb's particle, not what they were called. */
const PARTICLES: ReadonlySet<string> = new Set(["back", "up", "off", "in", "out", "over", "round", "around", "home", "twice"]);
const TIME_WORDS = /^(?:on|yesterday|today|tonight|again|also|later|earlier|\w+ly)$/;

/** "…, if the parties asked for it": speech a condition only supposes. */
function inCondition(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k];
    if (!t || t.text === "," || t.text === ";" || isQuoteMark(t.text)) return false;
    if (t.norm === "if" || t.norm === "unless") return true;
  }
  return false;
}

const CHANNELS = new Set(["phone", "telephone", "email", "e-mail", "video", "videolink", "letter", "satellite", "radio", "text", "mail", "fax", "messenger"]);
const PARTICIPLE_OPENERS = new Set(["when", "if", "once", "unless", "until", "though", "although", "whether"]);
const BE = new Set(["is", "was", "were", "are", "be", "been", "being"]);
const ADVERB = /ly$|^(also|not|now|again|later|then|repeatedly|earlier|previously|quickly|still|never|first|long|often|since|already|once|even|always)$/;

interface Phrase {
  words: string[];
  /** The words joined by spaces, as the entry lists the form (toVerbHit asks it of every candidate). */
  form: string;
  entry: VerbEntry;
}
const PHRASES: Phrase[] = SPEECH_VERBS.flatMap((entry) => entry.forms.map((form) => ({ words: form.split(" "), form, entry }))).sort(
  (a, b) => b.words.length - a.words.length,
);

// The verbs themselves, not the rest of a phrase ("of" in "took note of" is no verb).
const VERB_WORDS = new Set(PHRASES.map((p) => p.words[0] ?? ""));
/** Words that open what a name's "called" names: "called the report disinformation", "called these claims lies". */
const NAMING_OBJECTS = new Set(["the", "this", "these", "those", "such", "his", "her", "its", "their"]);

/** Phrases by their first word, longest first: one map lookup per token, not a scan of the list. */
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
for (const phrase of PHRASES) {
  const first = phrase.words[0] ?? "";
  PHRASES_BY_FIRST_WORD.set(first, [...(PHRASES_BY_FIRST_WORD.get(first) ?? []), phrase]);
}

/** True for a word that can be a speech verb: it never glues an actor's name together. */
export function isSpeechVerbForm(norm: string): boolean {
  return VERB_WORDS.has(norm);
}

/** Words that are a speech verb by themselves: not "standing" of "standing by", nor "put" of "put the toll at". */
const ONE_WORD_VERBS = new Set(PHRASES.filter((p) => p.words.length === 1).map((p) => p.words[0] ?? ""));

/** Whether the word alone is a form of a speech verb ("said", "denied"), not only the first word of one. */
export function isOneWordSpeechVerb(norm: string): boolean {
  return ONE_WORD_VERBS.has(norm);
}

/** Token spans of actors: a verb never stands inside one ("the United States"). */
export interface Span {
  start: number;
  end: number;
}

/** Speech verbs outside quotes and outside actors' names, in sentence order. */
export function findSpeechVerbs(tokens: Token[], actors: Span[] = []): VerbHit[] {
  const hits: VerbHit[] = [];
  const covered = new Set<number>();
  for (const m of actors) for (let k = m.start; k < m.end; k++) covered.add(k);
  const subjectEnds = new Set(actors.map((m) => m.end));
  const actorStarts = new Set(actors.map((m) => m.start));
  for (const t of tokens) {
    // ('Putin, Trump and Macron "condemn in the strongest terms" the escalation': a quote that opens on its
    // speakers' verb, right after their names, still holds the report.)
    const quotedVerb = t.quoted && isQuoteMark(tokens[t.i - 1]?.text ?? "") && subjectEnds.has(t.i - 1);
    if ((t.quoted && !quotedVerb) || !t.isWord || covered.has(t.i)) continue;
    if ((t.norm === "according" && tokens[t.i + 1]?.norm === "to") || byTheTellingOf(tokens, t.i)) {
      hits.push({ start: t.i, end: t.i + (t.norm === "according" ? 2 : 1), accordingTo: true, passive: false });
      continue;
    }
    // "Per Armenian sources: 91 troops killed", "Per the ministry, five died": an opening "per" is "according to"
    // ("per cent", "per day" and "per capita" are rates, never a sentence's opening source).
    if (t.i === 0 && t.norm === "per" && (tokens[1]?.norm === "the" || (tokens[1]?.capitalized && tokens[1]?.isWord))) {
      hits.push({ start: 0, end: 1, accordingTo: true, passive: false });
      continue;
    }
    // "the agency reports with reference to the ministry": the source follows, as after "according to".
    if (t.norm === "with" && tokens[t.i + 1]?.norm === "reference" && tokens[t.i + 2]?.norm === "to") {
      hits.push({ start: t.i, end: t.i + 3, accordingTo: true, passive: false });
      continue;
    }
    // "drew a sharp warning from X, who said …": a form in -ing after an article is a noun; who spoke is named after it.
    if (t.norm.endsWith("ing") && afterArticle(tokens, t.i) && tokens[t.i + 1]?.norm === "from") continue;
    const count = possessedCount(tokens, t.i, covered) ?? possessedPosition(tokens, t.i, covered) ?? claimBy(tokens, t.i);
    if (count) {
      hits.push(count);
      continue;
    }
    // Several entries may share a word ("called on", "called X a Y"): the first whose checks pass.
    for (const phrase of PHRASES_BY_FIRST_WORD.get(t.norm) ?? []) {
      if (!wordsAt(phrase.words, tokens, t.i)) continue;
      const hit = toVerbHit(phrase, tokens, t.i, subjectEnds, actorStarts);
      if (hit) {
        hits.push(hit);
        break;
      }
    }
  }
  return hits;
}

/** Whether an article stands right before the word, or before one lower-case adjective before it ("a sharp warning"). */
function afterArticle(tokens: Token[], i: number): boolean {
  const article = (t: Token | undefined) => t?.norm === "a" || t?.norm === "an" || t?.norm === "the";
  const adjective = tokens[i - 1];
  return article(tokens[i - 1]) || (adjective?.isWord === true && !adjective.capitalized && article(tokens[i - 2]));
}

/** Whether the tokens from `i` on are these words (normalized). */
function wordsAt(words: readonly string[], tokens: Token[], i: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** "By Baku's telling, …", "by Yerevan's account": the source follows, as after "according to". */
function byTheTellingOf(tokens: Token[], i: number): boolean {
  if (tokens[i]?.norm !== "by" && tokens[i]?.norm !== "in") return false;
  for (let k = i + 1; k <= i + 5; k++) {
    const t = tokens[k];
    if (!t?.isWord) return false;
    // ("In his telling, …": a possessive pronoun owns it as well as a name does.)
    if (TELLING.has(t.norm)) {
      // (Past what says which count: "by the agency's next count".)
      let owner = k - 1;
      while (owner > i + 1 && COUNT_ORDER.has(tokens[owner]?.norm ?? "")) owner--;
      return tokens[owner]?.possessive === true || tokens[owner]?.norm === "s" || (owner === i + 1 && OWNING_PRONOUNS.has(tokens[owner]?.norm ?? ""));
    }
    // Only the owner's words lead to it: "in turn dismissed Baku's version" is no "in Baku's version".
    // ("By Sunday its tally had reached …": a pronoun owns the account only right after "by" or "in".)
    if (!t.capitalized && !t.possessive && !OWNER_WORDS.has(t.norm) && !(k === i + 1 && OWNING_PRONOUNS.has(t.norm))) return false;
  }
  return false;
}

/** Words that may stand between "by"/"in" and the owner of an account: "by the ministry's own account". */
const OWNER_WORDS = new Set([
  ...["the", "s", "own", "official", "latest", "first", "defence", "defense", "foreign", "ministry", "army", "military"],
  ...["next", "new", "last", "updated", "revised", "final", "earlier", "previous", "running"],
]);
/** Words that say which of the owner's counts: "by the agency's next count", "by its own latest tally". */
const COUNT_ORDER = new Set(["next", "new", "last", "latest", "updated", "revised", "final", "earlier", "previous", "running", "own", "official", "first"]);

// ("That brings the toll to 11, by the ministry's count": whose count it is.)
const OWNING_PRONOUNS = new Set(["his", "her", "its", "their"]);
export const TELLING = new Set(["telling", "account", "reckoning", "version", "count", "tally", "estimate", "estimates", "figures"]);

/** The nouns of a side's own count: "Baku's latest figure", "Yerevan's official death toll". */
const COUNT_NOUNS = new Set(["figure", "figures", "count", "tally", "toll", "estimate", "estimates", "number", "numbers", "data"]);
/** Words between the owner and the count: "latest", "official", "own", "death". */
const COUNT_MODIFIERS = /^(?:latest|last|official|own|updated|new|final|revised|current|first|death|casualty|preliminary)$/;
/** What the count then does: "is 79", "stands at 207", "rose to 2,908". */
const COUNT_PREDICATES = new Set([
  "is",
  "was",
  "stands",
  "stood",
  "now",
  "has",
  "had",
  "rose",
  "reached",
  "climbed",
  "grew",
  "jumped",
  "put",
  "puts",
  "showed",
  "shows",
  // ("the army's own data listed 1,585 dead troops": a count that lists its figure.)
  "listed",
  "lists",
  "recorded",
  "counted",
]);

/**
 * "Baku's latest number is 79 servicemen killed", "Yerevan's death toll rose to 207": a count
 * that belongs to its owner is the owner's claim. The hit starts right after the owner, so that
 * the owner stands next to it as the subject.
 */
function possessedCount(tokens: Token[], i: number, covered: ReadonlySet<number>): VerbHit | null {
  const noun = tokens[i];
  // ("Baku's figure as of Tuesday evening was 11": past a short "as of …" to the predicate.)
  const asOf = tokens[i + 1]?.norm === "as" && tokens[i + 2]?.norm === "of" ? tokens.slice(i + 3, i + 7).findIndex((t) => COUNT_PREDICATES.has(t.norm)) : -1;
  const predicate = asOf >= 0 ? i + 3 + asOf : i + 1;
  if (!noun || !COUNT_NOUNS.has(noun.norm) || !COUNT_PREDICATES.has(tokens[predicate]?.norm ?? "")) return null;
  // ("Azerbaijan's official toll is higher than observers expected": a count compared, no figure given.)
  if (!tokens.slice(predicate + 1, predicate + 1 + COUNT_FIGURE_REACH).some((t) => /\d/.test(t.text) || NUMBER_WORDS.test(t.norm))) return null;
  return ownedHit(tokens, i, covered, COUNT_MODIFIERS, (owner) => owner.capitalized || BODY_OWNERS.has(owner.norm));
}

/** How many words after a count's predicate its figure must stand: "rose overnight to 207". */
const COUNT_FIGURE_REACH = 6;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|scores?|zero|none)$/;

/**
 * The hit for what its possessive owner owns at `i` ("Baku's latest figure", "the Armenian side's
 * position"), past the modifiers between them; it starts right after the owner, so that the owner
 * stands next to it as the subject. Null when no fitting owner stands within three words.
 */
function ownedHit(tokens: Token[], i: number, covered: ReadonlySet<number>, modifiers: RegExp, fits: (owner: Token) => boolean): VerbHit | null {
  let k = i - 1;
  while (k >= 0 && modifiers.test(tokens[k]?.norm ?? "")) k--;
  const owner = tokens[k];
  if (!owner?.isWord || !owner.possessive || !fits(owner) || i - k > 3) return null;
  // "Yerevan's official tally": a modifier the owner's name took in ("official") stays its own.
  let start = k + 1;
  while (start < i && covered.has(start)) start++;
  return { start, end: i + 1, accordingTo: false, passive: false };
}

/** The nouns of a claim whose maker "by" names: "the claim by Azerbaijani officials that …". */
const CLAIM_NOUNS = new Set(["claim", "claims", "allegation", "allegations", "assertion", "accusation", "accusations", "charge", "suggestion"]);
/** How far past "by" the "that" of the claim may stand: "the claim by the Azerbaijani foreign ministry that". */
const CLAIM_BY_REACH = 8;

/**
 * "The claim by Azerbaijani officials that 1,000 people were killed was made in Baku": a claim
 * opening the sentence, its maker after "by" and what it says after "that", is the maker's; read
 * like a passive, whose agent follows. ("Armenia rejected the claim by Baku that …" is Armenia's:
 * only a sentence the claim opens.)
 */
function claimBy(tokens: Token[], i: number): VerbHit | null {
  const opens = i === 1 && DETERMINERS_OF_CLAIM.has(tokens[0]?.norm ?? "");
  // ("The clashes follow accusations by President Aliyev that …", "amid claims by Baku that …": what the
  // news comes after or amid is the claim it reports, the maker's.)
  const amid =
    TIME_RELATIONS.has(tokens[i - 1]?.norm ?? "") || (DETERMINERS_OF_CLAIM.has(tokens[i - 1]?.norm ?? "") && TIME_RELATIONS.has(tokens[i - 2]?.norm ?? ""));
  if ((!opens && !amid) || !CLAIM_NOUNS.has(tokens[i]?.norm ?? "") || tokens[i + 1]?.norm !== "by") return null;
  const that = tokens.slice(i + 2, i + 2 + CLAIM_BY_REACH).findIndex((t) => t.norm === "that");
  if (that < 1) return null;
  // ("The claim by Baku that … was rejected by Yerevan": the side that rejected it speaks.)
  if (tokens.slice(i + 2 + that).some((t, k, rest) => BE.has(t.norm) && DISMISSALS.test(rest[k + 1]?.norm ?? rest[k + 2]?.norm ?? ""))) return null;
  return { start: i, end: i + 1, accordingTo: false, passive: true };
}

const DETERMINERS_OF_CLAIM = new Set(["the", "a", "this", "that"]);
/** Words that set news after or amid a claim: "follow accusations by", "amid claims by", "after a warning by". */
const TIME_RELATIONS = new Set(["follow", "follows", "followed", "amid", "amidst", "after", "following"]);
/** What another side does to a claim: "was rejected", "was dismissed", "has been denied". */
const DISMISSALS = /^(?:rejected|denied|dismissed|disputed|refuted|contested|questioned|challenged|ridiculed|derided|called|branded|described)$/;

/** The nouns of a side's stated stand: "Baku's position is that …", "the Armenian side's view was that …". */
const POSITION_NOUNS = new Set(["position", "view", "stance", "line", "argument", "contention", "assertion", "version", "explanation", "case"]);
const POSITION_MODIFIERS = /^(?:official|stated|own|long-standing|longstanding|consistent|public|formal)$/;
/** Owners that are no name but a side's body: "the Armenian side's position". */
// (A count's owner too: "the army's own data listed 1,585 dead troops".)
const BODY_OWNERS = new Set(["side", "government", "ministry", "leadership", "authorities", "army", "military", "president", "delegation", "office"]);
const COPULAS = new Set(["is", "was", "remains", "remained"]);

/**
 * "Azerbaijan's position is that the strikes were legitimate": a stand that belongs to its owner,
 * followed by what it is ("is that …", "was: …"), is the owner's claim. The hit starts right after
 * the owner, as with a count. ("Baku's position on the talks" says nothing yet: no "is that".)
 */
function possessedPosition(tokens: Token[], i: number, covered: ReadonlySet<number>): VerbHit | null {
  const noun = tokens[i];
  if (!noun || !POSITION_NOUNS.has(noun.norm)) return null;
  let next = i + 1;
  // "Baku's version of events is that …".
  if (tokens[next]?.norm === "of" && tokens[next + 1]?.norm === "events") next += 2;
  // "Baku's position, as set out by Hajiyev, is that": past an inserted clause between commas.
  if (tokens[next]?.text === ",") {
    const close = tokens.findIndex((t, k) => k > next && k <= next + 8 && t.text === ",");
    if (close < 0) return null;
    next = close + 1;
  }
  const stated = COPULAS.has(tokens[next]?.norm ?? "") && (tokens[next + 1]?.norm === "that" || tokens[next + 1]?.text === ":");
  if (!stated) return null;
  return ownedHit(tokens, i, covered, POSITION_MODIFIERS, (owner) => owner.capitalized || BODY_OWNERS.has(owner.norm));
}

function toVerbHit(phrase: Phrase, tokens: Token[], i: number, subjectEnds: Set<number>, actorStarts: Set<number>): VerbHit | null {
  const end = i + phrase.words.length;
  const { entry } = phrase;
  const before = previousWord(tokens, i);
  const { form } = phrase;
  if (before && (DETERMINERS.has(before.norm) || before.possessive) && !adverbialOrdinal(tokens, i)) return null;
  // ("the legally justified border", "the widely reported claims": a determiner and an adverb in -ly make the participle an adjective.)
  // ("This chapter examines how the co-chairs responded": what a study looks into is no one's words.)
  if (studiedQuestion(tokens, i)) return null;
  // ("the assembly rejected a resolution": a noun in -ly, and a participle with an object after it, stay a verb.)
  const after = tokens[end];
  const modifies = after?.isWord === true && !DETERMINERS.has(after.norm) && !NOT_MODIFIED.has(after.norm);
  const adverb = before !== undefined && /^\p{Ll}{3,}ly$/u.test(before.text) && !LY_NOUNS.has(before.norm);
  const beforeAdverb = adverb && modifies && /ed$/.test(tokens[i]?.norm ?? "") ? previousWord(tokens, i - 1) : undefined;
  if (beforeAdverb && (DETERMINERS.has(beforeAdverb.norm) || beforeAdverb.possessive)) return null;
  // "which is to say", "needless to say", "it is fair to say": an idiom, nobody's speech.
  if (form === "say" && before?.norm === "to" && SAY_IDIOM.has(tokens[i - 2]?.norm ?? "")) return null;
  // "to send a mission to report on …", "an envoy to investigate": what a body is sent to do, not what anyone said.
  if (before?.norm === "to" && SENT_TO_DO.has(tokens[i - 2]?.norm ?? "")) return null;
  // "When asked to comment, …", "If confirmed, …": a participle after a conjunction has no subject.
  if (PARTICIPLE_OPENERS.has(before?.norm ?? "") && /ed$/.test(form)) return null;
  if (inCondition(tokens, i)) return null;
  // "two soldiers accused of spying": a participle straight before "of" says what they stand
  // accused of; whoever accuses is not in the sentence ("Baku accused Yerevan of …" has its object first).
  // ("the authorities have accused of violating …" is a relative clause's own verb, its object fronted.)
  if (form === "accused" && tokens[end]?.norm === "of" && !PERFECT.has(before?.norm ?? "")) return null;
  // "Zhamanak reports that …": after a name the text has not introduced, "that" shows the verb.
  // ("Stepanyan called the report disinformation": after a name, a determiner shows the naming verb.)
  // ("Nazeli Vardanyan, the lawyer for the family, called the sentence …": after a name's apposition too.)
  // ('Baku, for its part, called "false" a report that …': what it names, quoted, before the thing named.)
  const namedThat =
    (before?.capitalized === true || (tokens[i - 1]?.text === "," && afterOpeningApposition(tokens, i))) &&
    (tokens[end]?.norm === "that" || (form.startsWith("call") && (NAMING_OBJECTS.has(tokens[end]?.norm ?? "") || quotedNamingOf(tokens, end))));
  // ("The resolution, based on a report by X, states that the …": after an aside's closing comma, "that" and a
  // determiner make the verb; the noun "states" is never set off by a comma before a "that" clause's subject.)
  const asideThat = tokens[i - 1]?.text === "," && tokens[end]?.norm === "that" && DETERMINERS.has(tokens[end + 1]?.norm ?? "") && /s$/.test(form);
  if (entry.nounForms?.includes(form) && !followsSubject(tokens, i, subjectEnds) && !namedThat && !asideThat && !eagerInfinitive(tokens, i)) return null;
  // "the Karabakh dispute", "the Armenian claim": a place's name after an article modifies the noun; a
  // bare singular verb would take no "the" before its subject ("Baku disputes", "the ministry disputes").
  const singularName = tokens[i - 1]?.capitalized === true && !tokens[i - 1]?.possessive && !/s$/.test(tokens[i - 1]?.norm ?? "");
  if (entry.nounForms?.includes(form) && singularName && tokens[i - 2]?.norm === "the" && !/s$/.test(form)) return null;
  // "the co-chair states of the OSCE Minsk Group", "the Armenian reports of shelling": a noun before "of".
  if (entry.nounForms?.includes(form) && tokens[end]?.norm === "of") return null;
  if (entry.next && !entry.next.includes(tokens[end]?.norm ?? "") && !(entry.next.includes("that") && tokens[afterTimeWords(tokens, end)]?.norm === "that"))
    return null;
  if (entry.previous && !entry.previous.includes(tokens[i - 1]?.norm ?? "")) return null;
  if (entry.infinitiveAfter && !(tokens[end + 1]?.isWord && !tokens[end + 1]?.capitalized && !DETERMINERS.has(tokens[end + 1]?.norm ?? ""))) return null;
  if (entry.afterQuote && !tokens.slice(Math.max(0, i - 5), i).some((t) => isQuoteMark(t.text))) return null;
  if (entry.needsObject && !tokens[end]?.isWord && !isQuoteMark(tokens[end]?.text ?? "")) return null;
  if (entry.figureAfter && !(/^\d/.test(tokens[end]?.text ?? "") || NUMBER_WORDS.test(tokens[end]?.norm ?? ""))) return null;
  if (entry.object && !wordsAfter(tokens, end, OBJECT_REACH + nameRunLength(tokens, end)).some((w) => entry.object?.includes(w))) return null;
  if (entry.objectThen && !wordsAfter(tokens, end, OBJECT_THEN_REACH).some((w) => entry.objectThen?.includes(w))) return null;
  if (entry.figureThen && !figureAfterThen(tokens, end, entry.objectThen ?? [])) return null;
  // ("declared that the decree imposing emergency rule was aggression": a "that" clause is what was said.)
  // ("called him a Kremlin project": a pronoun and then what he is called is a naming, not a telephone call.)
  // ("Baku calls them saboteurs.": a plain noun closing the clause names them too; not "called them yesterday".)
  const namedAs = tokens[end + 1];
  const bareNoun =
    namedAs?.isWord === true &&
    !namedAs.capitalized &&
    !PARTICLES.has(namedAs.norm) &&
    !TIME_WORDS.test(namedAs.norm) &&
    !CALENDAR_WORDS.has(namedAs.norm) &&
    clauseEndsWithin(tokens, end + 2, 3);
  // ('He called it "unspeakably painful"': what it is called, quoted.)
  const naming =
    form.startsWith("call") &&
    /^(?:him|her|them|it)$/.test(tokens[end]?.norm ?? "") &&
    (/^(?:a|an|the)$/.test(namedAs?.norm ?? "") || bareNoun || isQuoteMark(namedAs?.text ?? ""));
  if (entry.notObject && !naming && tokens[end]?.norm !== "that" && wordsAfter(tokens, end, OBJECT_REACH).some((w) => entry.notObject?.includes(w)))
    return null;
  if (saidNothing(tokens, i, end) || addedUp(tokens, i, end)) return null;
  // (", which Baku disputes." closing the sentence: the side that disputes what was just said speaks.)
  const closingDenial = tokens[i - 2]?.norm === "which" && tokens[i - 3]?.text === "," && /^[.!;]$/.test(tokens[end]?.text ?? "");
  // (", which Armenia's defence ministry called 'another disinformation'": a side naming what was just said.)
  const closingNaming =
    /^call/.test(form) && subjectEnds.has(i) && commentingWhich(tokens, i) && (isQuoteMark(tokens[end]?.text ?? "") || tokens[end]?.norm === "a");
  if (
    entry.notAfterRelative &&
    !closingDenial &&
    !closingNaming &&
    (tokens.slice(Math.max(0, i - 4), i).some((t) => RELATIVE.has(t.norm)) || namesAPlace(tokens, end))
  )
    return null;
  // ("Azerbaijani sources call the city Khankendi": giving a place its name is no claim; "called the crimes genocide" is.)
  if (entry.notAfterRelative && form.startsWith("call") && namesByName(tokens, end, NAMING_RELATIVE.has(tokens[i - 2]?.norm ?? ""))) return null;
  // ("the circumstances remain disputed", "the figure seemed exaggerated": an adjective after a linking verb, no one speaking.)
  if (/ed$/.test(form) && LINKING_VERBS.has(tokens[i - 1]?.norm ?? "")) return null;
  const passive = isPassive(tokens, i, form);
  // ("spoke by phone": there "by" belongs to the verb's own phrase, not to an agent.)
  // ("said by phone from Stepanakert": a channel, not an agent.)
  // ("said by then that 84 had died", "reported by Monday": a time, not an agent.)
  // ("made on Facebook by X": the network it was made on may stand before the agent.)
  // ("announced on Tuesday by the authorities", "confirmed yesterday by …": a time may stand before it too.)
  const byAt =
    tokens[end]?.norm === "on" && SOCIAL_NETWORKS.test(tokens[end + 1]?.norm ?? "") && tokens[end + 2]?.norm === "by" ? end + 2 : pastTime(tokens, end);
  // ("responded by accusing MEPs of bias": "by" before a gerund says how, and names no agent.)
  const byGerund = /^\p{Ll}+ing$/u.test(tokens[byAt + 1]?.text ?? "");
  const byFollows = tokens[byAt]?.norm === "by" && !entry.next && !CHANNELS.has(tokens[byAt + 1]?.norm ?? "") && !byTime(tokens, byAt + 1) && !byGerund;
  if (entry.passiveOnly && !(passive && byFollows)) return null;
  if (entry.afterNoun && !tokens.slice(Math.max(0, i - 4), i).some((t) => entry.afterNoun?.includes(t.norm))) return null;
  // "a statement released by them": a participle, not the speaker's verb; but "a decision
  // criticised by Pashinyan" is Pashinyan's criticism, read like a passive.
  if (byFollows && !passive && (entry.object || entry.noPassive)) return null;
  // "Officials quoted by the BBC said …": the outlet that quotes only relays; the officials' own verb follows.
  if (byFollows && !passive && (form === "quoted" || form === "cited")) return null;
  if (passive && entry.noPassive) return null;
  // "That claim was rejected in Stepanakert": the capital it was rejected in speaks, as an agent would.
  const inActor = passive && !byFollows && entry.kind === "denial" && tokens[end]?.norm === "in" && actorStarts.has(end + 1);
  // "it was stated in the information", "One civilian, it was noted, was killed": nobody named, the
  // source the text is reporting from speaks.
  const impersonal = passive && !byFollows && IMPERSONAL_FORMS.has(form) && impersonalIt(tokens, i);
  if (impersonal) return { start: i, end, accordingTo: false, passive: false, impersonal: true };
  if (passive && !byFollows && !inActor && !(form === "quoted" && tokens[end]?.norm === "as")) return null;
  // "Officials in Stepanakert were quoted by Armenian media as saying …": the outlet after "by" only
  // relays, as in "Officials quoted by the BBC said"; the subject is who spoke.
  const relayed = byFollows && form === "quoted" && quotedAsAfter(tokens, byAt + 1);
  return {
    start: i,
    end,
    ...(entry.kind ? { kind: entry.kind } : {}),
    ...(entry.transitive ? { transitive: true } : {}),
    accordingTo: false,
    passive: (byFollows && !relayed) || inActor,
  };
}

/** What "quoted … as" goes on with: "as saying", "as calling", "as denying". */
export const QUOTED_AS: ReadonlySet<string> = new Set([
  "saying",
  "telling",
  "calling",
  "describing",
  "stating",
  "claiming",
  "confirming",
  "denying",
  "warning",
]);
/** How many words the outlet after "quoted by" may take before its "as saying". */
const RELAY_REACH = 8;

/** Whether "as saying" (or another QUOTED_AS form) follows within the outlet's few words from `from`. */
function quotedAsAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= RELAY_REACH; k++) {
    if (tokens[k]?.text === "," || tokens[k]?.quoted) return false;
    if (tokens[k]?.norm === "as") return QUOTED_AS.has(tokens[k + 1]?.norm ?? "");
  }
  return false;
}

/** Words after "by" that name a time: "by then", "by midday", "by Monday", "by the evening". */
const TIME_AFTER_BY = new Set([
  "then",
  "now",
  "midday",
  "noon",
  "nightfall",
  "dawn",
  "evening",
  "morning",
  "afternoon",
  "night",
  "tonight",
  "today",
  "yesterday",
  "late",
  "early",
  "mid",
]);

function byTime(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.norm === "the" ? tokens[i + 1]?.norm : tokens[i]?.norm;
  return word !== undefined && (TIME_AFTER_BY.has(word) || CALENDAR_WORDS.has(word) || (tokens[i]?.norm === "the" && /^(?:time|end|weekend)$/.test(word)));
}

/**
 * "The office first said …", "Baku earlier reported …": an ordinal or time word right after the
 * subject is an adverb, not the determiner of a noun ("the first report", "its earlier claims").
 */
function adverbialOrdinal(tokens: Token[], i: number): boolean {
  const word = tokens[i - 1];
  if (!word || !ADVERBIAL_ORDINALS.has(word.norm)) return false;
  const before = tokens[i - 2];
  return before?.isWord === true && !DETERMINERS.has(before.norm) && !before.possessive;
}

const ADVERBIAL_ORDINALS = new Set(["first", "earlier"]);
/**
 * "This chapter examines how the co-chairs … responded", "The paper asks why Baku denied …": a verb
 * inside a question that a study, a chapter or a lecture looks into.
 */
function studiedQuestion(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - STUDIED_REACH); k--) {
    const t = tokens[k];
    if (!t || t.quoted || [".", ";", ":", "!", "?"].includes(t.text)) return false;
    if (STUDIED_QUESTION_WORDS.has(t.norm)) return STUDY_VERBS.has(tokens[k - 1]?.norm ?? "");
  }
  return false;
}
const STUDIED_REACH = 20;
const STUDIED_QUESTION_WORDS: ReadonlySet<string> = new Set(["how", "why", "whether"]);
const STUDY_VERBS: ReadonlySet<string> = new Set([
  "examines",
  "examined",
  "explores",
  "explored",
  "analyses",
  "analyzes",
  "analysed",
  "analyzed",
  "investigates",
  "considers",
  "traces",
  "traced",
  "assesses",
  "studies",
  "discusses",
  "discussed",
  "describes",
  "explains",
  "explained",
  "reconstructs",
  "reconstructed",
]);

/** Nouns in -ly, which no adverb is: "the assembly rejected", "the family said". */
const LY_NOUNS: ReadonlySet<string> = new Set([
  "assembly",
  "family",
  "ally",
  "rally",
  "reply",
  "supply",
  "anomaly",
  "monopoly",
  "italy",
  "bully",
  "homily",
  "folly",
]);
/** Words after a participle that make it a verb with its object or its clause: "the … denied that", "… reported it". */
const NOT_MODIFIED: ReadonlySet<string> = new Set([
  "that",
  "it",
  "them",
  "him",
  "her",
  "this",
  "these",
  "those",
  "on",
  "in",
  "at",
  "to",
  "by",
  "for",
  "as",
  "with",
  "from",
]);
/** A perfect's auxiliary: "have accused", "had accused". */
const PERFECT = new Set(["have", "has", "had", "having"]);

function previousWord(tokens: Token[], i: number): Token | undefined {
  const prev = tokens[i - 1];
  return prev?.isWord ? prev : undefined;
}

/** "was condemned by", "were also reported": a past participle after a form of "to be". */
/** Verbs after which a participle is an adjective: "remain disputed", "seemed exaggerated". */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  "remain",
  "remains",
  "remained",
  "stay",
  "stays",
  "stayed",
  "seem",
  "seems",
  "seemed",
  "appear",
  "appears",
  "appeared",
  "become",
  "becomes",
  "became",
]);

/** Where "by" would stand after a time said right after the verb ("on Tuesday", "on 4 April", "yesterday"); else `end`. */
function pastTime(tokens: Token[], end: number): number {
  // ("announced personally by President Putin", "confirmed officially by the ministry": a manner adverb too.)
  const adverb = TIME_BEFORE_AGENT.has(tokens[end]?.norm ?? "") || MANNER_BEFORE_AGENT.test(tokens[end]?.norm ?? "");
  if (adverb && tokens[end + 1]?.norm === "by") return end + 1;
  // ("announced early on Saturday by Russian Foreign Minister Sergei Lavrov": a time of day before the day.)
  const from = PART_OF_DAY.has(tokens[end]?.norm ?? "") && tokens[end + 1]?.norm === "on" ? end + 1 : end;
  if (tokens[from]?.norm !== "on") return end;
  let k = from + 1;
  while (k < from + 4 && (CALENDAR_WORDS.has(tokens[k]?.norm ?? "") || /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[k]?.norm ?? ""))) k++;
  return k > from + 1 && tokens[k]?.norm === "by" ? k : end;
}
/** "early on Saturday", "late on Friday": when on the day, before the day. */
const PART_OF_DAY: ReadonlySet<string> = new Set(["early", "late"]);
const TIME_BEFORE_AGENT: ReadonlySet<string> = new Set(["yesterday", "today", "earlier", "later", "overnight", "jointly", "first"]);
/** "personally", "officially", "publicly": how it was said, between the verb and its agent. */
const MANNER_BEFORE_AGENT = /^(?:personally|officially|publicly|formally|separately|simultaneously|also|again)$/;

/** Verbs whose impersonal passive reports a source's words: "it was stated", "it is reported". */
const IMPERSONAL_FORMS = new Set([
  "stated",
  "noted",
  "reported",
  "said",
  "emphasized",
  "emphasised",
  "stressed",
  "underlined",
  "informed",
  "announced",
  "indicated",
  "specified",
  "mentioned",
  "added",
]);

/** "it was stated", "it has been reported", "it is noted": "it" and the auxiliaries of "be" right before the verb. */
function impersonalIt(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ADVERB.test(tokens[k]?.norm ?? "")) k--;
  const last = k;
  while (k >= 0 && last - k < 3 && IMPERSONAL_AUXILIARIES.has(tokens[k]?.norm ?? "")) k--;
  return k < last && BE.has(tokens[last]?.norm ?? "") && tokens[k]?.norm === "it";
}
// ("It should be noted that …" is the outlet's own aside, not a source reported: no modals.)
const IMPERSONAL_AUXILIARIES = new Set(["is", "was", "were", "been", "has", "have", "had"]);

function isPassive(tokens: Token[], i: number, form: string): boolean {
  // (A phrase's first word carries the form: "are trading accusations" is progressive, not passive.)
  const space = form.indexOf(" ");
  if ((space < 0 ? form : form.slice(0, space)).endsWith("ing")) return false;
  let k = i - 1;
  while (k >= 0 && ADVERB.test(tokens[k]?.norm ?? "")) k--;
  return BE.has(tokens[k]?.norm ?? "");
}

/** ", which <actor> called …": a "which" after a comma opening the actor right before the verb at `i`. */
function commentingWhich(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 7); k--) if (tokens[k]?.norm === "which") return tokens[k - 1]?.text === "," && k < i - 1;
  return false;
}

/** "Armenian officials were quick to blame Azerbaijan", "Baku rushed to claim …": the verb is the infinitive's. */
function eagerInfinitive(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== "to") return false;
  if (EAGER.has(tokens[i - 2]?.norm ?? "")) return true;
  // "Russia was the first (country) to call for a ceasefire", "Ankara was the only capital to welcome it".
  const k = FIRST_OF_MANY.has(tokens[i - 2]?.norm ?? "") ? i - 2 : FIRST_OF_MANY.has(tokens[i - 3]?.norm ?? "") ? i - 3 : -1;
  return k > 1 && tokens[k - 1]?.norm === "the" && BE_FORMS.has(tokens[k - 2]?.norm ?? "");
}

/** "the first to", "the only one to", "the last state to": one of several who did it. */
const FIRST_OF_MANY = new Set(["first", "only", "last"]);
const BE_FORMS = new Set(["was", "is", "were", "are", "became", "becomes"]);

/** Bodies sent to do something: "a mission to report", "a team to investigate", "monitors to verify". */
const SENT_TO_DO = new Set(["mission", "missions", "team", "teams", "envoy", "envoys", "monitors", "observers", "inspectors", "experts", "commission"]);

const EAGER = new Set(["quick", "swift", "rushed", "hastened", "hurried", "moved", "sought"]);

/** Right after an actor: "Baku claims", "the army reports", "Yerevan also claims". */
function followsSubject(tokens: Token[], i: number, subjectEnds: Set<number>): boolean {
  let k = i - 1;
  // "Baku has repeatedly called the crimes genocide": a perfect's auxiliary stands between too.
  const participle = /ed$/.test(tokens[i]?.norm ?? "");
  while (k >= 0 && (ADVERB.test(tokens[k]?.norm ?? "") || (participle && PERFECT_AUXILIARIES.has(tokens[k]?.norm ?? "")))) k--;
  // "the Office for the Coordination of Humanitarian Affairs (OCHA) report that": past the bracketed acronym.
  if (tokens[k]?.text === ")" && subjectEnds.has(k)) return true;
  // "Karabakh Armenian fighters tell …", "Azerbaijani officials report …": a side named before the people who speak.
  if (PEOPLE_NOUNS.has(tokens[k]?.norm ?? "") && subjectEnds.has(k)) return true;
  // "Kaja Kallas, the EU's foreign policy chief, called it …": the apposition's comma closes the subject.
  if (tokens[k]?.text === "," && subjectEnds.has(k)) return true;
  // "Resolution 822 of 30 April demands …": the date the subject carries stands between.
  let d = k;
  while (d > k - 4 && d >= 0 && (CALENDAR_WORDS.has(tokens[d]?.norm ?? "") || /^\d{1,4}$/.test(tokens[d]?.norm ?? ""))) d--;
  if (d < k && (tokens[d]?.norm === "of" || tokens[d]?.norm === "on") && subjectEnds.has(d)) return true;
  return subjectEnds.has(k + 1);
}

const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);

/** People a side's name may stand before as their subject: "Karabakh fighters", "Armenian officials". */
const PEOPLE_NOUNS = new Set([
  "fighters",
  "officials",
  "forces",
  "troops",
  "soldiers",
  "servicemen",
  "residents",
  "villagers",
  "authorities",
  "leaders",
  "sources",
  "diplomats",
  "commanders",
  "officers",
]);

/** How far an object word may stand from its verb: "raised its own military death toll". */
const OBJECT_REACH = 5;
/** How far the word after the object may stand: "put the number of its soldiers killed since September 27 at 1,300". */
const OBJECT_THEN_REACH = 14;

/**
 * "The government has said little today": speech that says nothing. ("Baku said nothing about a clash"
 * is reported as a side's answer, a silence it keeps on purpose, and stays a claim; "He said little had
 * changed" opens what was said.)
 */
function saidNothing(tokens: Token[], i: number, end: number): boolean {
  if (!SAY_FORMS.has(tokens[i]?.norm ?? "") || !NOTHING_SAID.has(tokens[end]?.norm ?? "")) return false;
  const next = tokens[end + 1];
  return !(next?.isWord && CLAUSE_VERBS.test(next.norm));
}
const SAY_FORMS: ReadonlySet<string> = new Set(["say", "says", "said", "saying"]);

/** "neither column added up to anything": adding up is a sum, not a remark ("added up to 40 were hurt" is too rare to keep). */
function addedUp(tokens: Token[], i: number, end: number): boolean {
  return ADD_FORMS.has(tokens[i]?.norm ?? "") && tokens[end]?.norm === "up" && !/^\d/.test(tokens[end + 2]?.text ?? "");
}
const ADD_FORMS: ReadonlySet<string> = new Set(["add", "adds", "added", "adding"]);
// ("An old man sat on the stairs and said nothing at all": "said nothing had changed" still says something.)
const NOTHING_SAID: ReadonlySet<string> = new Set(["little", "nothing"]);
const CLAUSE_VERBS = /^(?:had|has|have|was|is|were|are|would|will|could|can|should|might|may|happened|changed|remained|remains)$/;

/**
 * How many tokens a capitalised name right after the verb takes ("asked the Supreme Soviets of
 * Azerbaijan and Armenia to transfer …"): the object word is looked for past it, a long name being
 * one object however many words it has.
 */
function nameRunLength(tokens: Token[], from: number): number {
  let i = from;
  if (tokens[i]?.norm === "the") i++;
  if (!tokens[i]?.capitalized) return 0;
  let end = i;
  while (tokens[i] && (tokens[i]?.capitalized || (NAME_GLUE.has(tokens[i]?.norm ?? "") && tokens[i + 1]?.capitalized))) end = ++i;
  return end - from;
}
const NAME_GLUE: ReadonlySet<string> = new Set(["of", "and", "the", "-"]);

/** Whether a figure follows the first of `then` after `from`, past a hedge ("at no less than 1,815", "at about $2m"). */
function figureAfterThen(tokens: Token[], from: number, then: readonly string[]): boolean {
  const at = tokens.findIndex((t, k) => k >= from && then.includes(t.norm));
  if (at < 0) return false;
  return tokens.slice(at + 1, at + 1 + FIGURE_THEN_REACH).some((t) => /^[\d$€£]/.test(t.text) || NUMBER_WORDS.test(t.norm));
}
/** How far past "at" or "as" its figure may stand: "at no less than 1,815". */
const FIGURE_THEN_REACH = 4;

function wordsAfter(tokens: Token[], from: number, count: number): string[] {
  return tokens
    .slice(from)
    .filter((t) => t.isWord)
    .slice(0, count)
    .map((t) => t.norm);
}
