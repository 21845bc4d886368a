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
  ["mediators", "mediator", "co-chairs", "co-chair", "cochairs", "envoys", "envoy"],
  ["prisoners", "pows", "prisoners of war", "captives", "detainees"],
  // Demonyms and alternative names: a question about "Azerbaijani forces" is about Azerbaijan.
  ["azerbaijan", "azerbaijani", "azerbaijanis", "azeri", "azeris"],
  ["armenia", "armenian", "armenians"],
  ["russia", "russian", "russians"],
  ["turkey", "turkish", "turkiye"],
  ["iran", "iranian"],
  ["france", "french"],
  ["karabakh", "artsakh"],
  ["stepanakert", "khankendi", "xankendi"],
  ["shusha", "shushi"],
  ["agdam", "aghdam"],
];
