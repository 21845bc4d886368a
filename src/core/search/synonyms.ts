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
  ["deny", "denial", "denied", "refute", "refuted", "reject", "rejected", "dismissed"],
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
  ["clash", "clashes", "skirmish", "skirmishes", "fighting", "firefight", "hostilities", "combat"],
  ["war", "conflict"],
  ["talks", "negotiations", "negotiation", "negotiated", "peace process", "meeting", "meetings", "met", "meet", "summit"],
  ["discussed", "discuss", "discussion", "discussions"],
  ["refugees", "refugee", "displaced", "displacement", "fled", "flee", "fleeing", "exodus", "evacuees", "exiled", "uprooted"],
  // Arriving somewhere: "how many reached Armenia" is answered by "28,120 people had crossed into Armenia".
  ["arrived", "arrive", "arrival", "arrivals", "reached", "reach", "crossed into"],
  ["deployed", "deploy", "deploying", "deployment", "dispatched", "dispatch", "stationed"],
  // Chat shorthand people type in questions.
  ["people", "ppl", "persons"],
  // Mediating and who mediated: "who brokered the truce" — "reached through Russian mediation".
  ["mediators", "mediator", "co-chairs", "co-chair", "cochairs", "envoys", "envoy", "mediation", "mediated", "mediate",
    "mediating", "brokered", "broker", "brokers", "brokering", "intermediary"],
  // Held by the other side: "how many soldiers were detained" — "thirteen servicemen taken prisoner".
  ["prisoners", "pows", "pow", "prisoners of war", "captives", "captive", "detainees", "detainee", "detained",
    "taken prisoner", "taken captive", "held captive"],
  // Demonyms and alternative names: a question about "Azerbaijani forces" is about Azerbaijan.
  ["azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "azeris"],
  ["armenia", "armenian", "armenians"],
  ["russia", "russian", "russians"],
  ["turkey", "turkish", "turkiye"],
  ["iran", "iranian"],
  ["france", "french"],
  ["karabakh", "artsakh"],
  // Organisations by acronym and by name: questions use the one, reports often the other.
  ["csto", "collective security treaty organization", "collective security treaty organisation"],
  ["osce", "organization for security and co-operation in europe", "organization for security and cooperation in europe"],
  ["icrc", "international committee of the red cross", "red cross"],
  ["icc", "international criminal court"],
  ["icj", "international court of justice"],
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
};
