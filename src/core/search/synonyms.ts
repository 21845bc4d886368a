// Words and phrases that mean the same thing in conflict reporting. Data, not code:
// each group is folded and stemmed once, and every member (in questions and in passages alike)
// is indexed as the group's first member, so "died", "fatalities" and "killed" all meet.
// Keep groups tight: merging near-synonyms that a reader would distinguish blurs the ranking.

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["killed", "died", "dead", "deaths", "death", "die", "dies", "dying", "fatalities", "fatality", "fatal", "perished", "lost their lives", "death toll", "lose", "losing", "losses",
    // Official Azerbaijani (and Armenian) wording for soldiers killed in action.
    "martyred", "martyr", "martyrs", "martyrdom"],
  ["wounded", "injured", "injuries", "injury", "hurt"],
  ["casualties", "casualty", "toll"],
  ["ceasefire", "truce", "cease-fire", "cease fire", "armistice"],
  ["peacekeepers", "peace monitors", "peacekeeping", "peacekeeping forces", "peacekeeping contingent", "peacekeeping troops"],
  ["shelling", "artillery fire", "shelled", "bombardment", "bombarded", "artillery"],
  ["helicopter", "chopper", "helicopters"],
  ["drone", "drones", "uav", "uavs", "unmanned aerial vehicle"],
  ["soldiers", "troops", "servicemen", "serviceman", "service members", "servicemembers"],
  ["civilians", "civilian", "residents", "noncombatants", "non-combatants"],
  ["violation", "violate", "breach", "breached", "breaching"],
  ["accuse", "blame", "blamed", "accusing", "allege", "alleged"],
  ["deny", "denial", "denied", "refute", "refuted", "reject", "rejected", "dismiss", "dismisses", "dismissed",
    "brush off", "brushed off", "brushes off", "brush aside", "brushed aside"],
  ["threaten", "threat", "threatened", "warned", "warn", "vowed", "vow"],
  ["advance", "advanced into", "entered", "enter", "seized", "seize", "captured", "capture", "took control", "taking control"],
  // Attacking something: "which towns were attacked" is answered by "aggression … targeting Jermuk".
  // Shelling stays its own group (it says how); a question about shelling is narrower.
  ["attack", "attacked", "attacks", "attacking", "targeted", "targeting", "struck", "strike", "strikes",
    "aggression", "assault", "assaulted", "raid", "raided"],
  // Shooting: "where were peacekeepers shot at" — "came under small-arms fire near Dzhanyatag".
  ["shot", "shoot", "shooting", "shots", "fire", "fired", "firing", "gunfire", "gunshots"],
  // Asking someone for help: "did Armenia ask the CSTO for help" — "Armenia appealed to the CSTO".
  ["appeal", "appealed", "appeals", "appealing", "ask", "asked", "asks", "asking", "request", "requested", "requests",
    "requesting"],
  // Offering help or good offices: "offer to mediate" — "Iran was ready to use all its capacities".
  ["offer", "offered", "offers", "offering", "ready", "readiness", "willing", "willingness", "stood ready", "good offices"],
  ["clash", "clashes", "skirmish", "skirmishes", "fighting", "firefight", "hostilities", "combat",
    // A flare-up is a clash: "after the April flare-up" — "after the fighting".
    "flare-up", "flare-ups", "flareup", "flared up"],
  // Admitting: "did Baku admit losses" — "the ministry acknowledged".
  ["admit", "admits", "admitted", "admitting", "acknowledge", "acknowledges", "acknowledged", "acknowledging",
    "concede", "concedes", "conceded", "own up", "owned up", "owns up"],
  // A truce starting: "when did it take effect" — "came into force at 00:01".
  ["take effect", "takes effect", "took effect", "taken effect", "taking effect", "came into force", "come into force",
    "comes into force", "coming into force", "entered into force", "enter into force", "enters into force",
    "went into effect", "go into effect", "came into effect", "come into effect"],
  // Recalling a diplomat: "why did X pull its envoy" — "recalled its ambassador".
  ["recalled", "recall", "recalls", "recalling", "pull out", "pulled out", "pulls out", "pulling out", "pull", "pulled"],
  // Diplomats: "Armenia's envoy at the Security Council" — "the representative of Armenia".
  ["ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "emissary", "emissaries"],
  ["war", "conflict"],
  ["talks", "negotiations", "negotiation", "negotiated", "peace process", "meeting", "meetings", "met", "meet", "summit"],
  ["discussed", "discuss", "discussion", "discussions"],
  ["refugees", "refugee", "displaced", "displacement", "fled", "flee", "fleeing", "exodus", "evacuees", "exiled", "uprooted"],
  // Arriving somewhere: "how many reached Armenia" is answered by "28,120 people had crossed into Armenia".
  ["arrived", "arrive", "arrival", "arrivals", "reached", "reach", "crossed into"],
  // Going somewhere: "were the mediators planning to visit" — "the Co-Chairs will travel to the region".
  ["visit", "visits", "visited", "visiting", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
    "trip", "trips", "tour", "toured"],
  ["plan", "plans", "planned", "planning", "intend", "intends", "intended", "intention", "intentions"],
  ["deployed", "deploy", "deploying", "deployment", "dispatched", "dispatch", "stationed"],
  // Chat shorthand people type in questions.
  ["people", "ppl", "persons"],
  // Mediating and who mediated: "who brokered the truce" — "reached through Russian mediation".
  ["mediators", "mediator", "co-chairs", "co-chair", "cochairs", "mediation", "mediated", "mediate",
    "mediating", "brokered", "broker", "brokers", "brokering", "intermediary"],
  // Held by the other side: "how many soldiers were detained" — "thirteen servicemen taken prisoner".
  ["prisoners", "pows", "pow", "prisoners of war", "captives", "captive", "detainees", "detainee", "detained",
    "taken prisoner", "taken captive", "held captive"],
  // Demonyms and alternative names: a question about "Azerbaijani forces" is about Azerbaijan.
  ["azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "azeris"],
  ["armenia", "armenian", "armenians"],
  ["russia", "russian", "russians", "kremlin"],
  // A capital that speaks for its government ("how did Ankara respond") names the country;
  // the belligerents' capitals stay places ("shelling near Baku" is not about "Azerbaijan").
  ["turkey", "turkish", "turkiye", "ankara"],
  ["iran", "iranian", "tehran"],
  ["france", "french", "paris", "elysee"],
  ["israel", "israeli", "tel aviv", "jerusalem"],
  ["karabakh", "artsakh"],
  // Ministries by abbreviation and by full name: "the Armenian MFA" — "Armenia's Foreign Ministry".
  ["foreign ministry", "mfa", "foreign ministries", "ministry of foreign affairs", "foreign office", "foreign affairs ministry"],
  ["defence ministry", "defense ministry", "mod", "defence ministries", "defense ministries", "ministry of defence",
    "ministry of defense"],
  // Organisations by acronym and by name: questions use the one, reports often the other.
  ["csto", "collective security treaty organization", "collective security treaty organisation"],
  ["osce", "organization for security and co-operation in europe", "organization for security and cooperation in europe"],
  ["icrc", "international committee of the red cross", "red cross"],
  ["icc", "international criminal court"],
  ["icj", "international court of justice", "world court"],
  ["un", "united nations"],
  ["eu", "european union"],
  ["nato", "north atlantic treaty organization"],
  ["stepanakert", "khankendi", "xankendi"],
  ["shusha", "shushi"],
  ["agdam", "aghdam"],
];

/**
 * Question words with a second reading that the passage-side table cannot hold (each word is
 * indexed as one group): "captured" is seized for a town but taken prisoner for soldiers,
 * "negotiated" is talks held but also a truce mediated. A question word listed here is searched
 * as its own term and, in the same slot (one word of evidence), as each listed word's term.
 */
export const QUESTION_ALSO: Readonly<Record<string, readonly string[]>> = {
  captured: ["prisoners"],
  capture: ["prisoners"],
  capturing: ["prisoners"],
  negotiated: ["mediators"],
  negotiate: ["mediators"],
  negotiating: ["mediators"],
  // An envoy may be a mediator ("the Minsk Group envoys"), and mediators are often called envoys.
  envoy: ["mediators"],
  envoys: ["mediators"],
  mediator: ["ambassador"],
  mediators: ["ambassador"],
  // Blame is laid as responsibility: "who does Baku blame" — "bears full responsibility".
  blame: ["responsibility"],
  blamed: ["responsibility"],
  blames: ["responsibility"],
  responsible: ["blame"],
  // Admitting losses is often worded as confirming them.
  admit: ["confirmed"],
  admitted: ["confirmed"],
  acknowledge: ["confirmed"],
  acknowledged: ["confirmed"],
};
