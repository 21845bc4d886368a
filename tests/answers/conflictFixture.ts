// A small hand-built corpus shared by the search and answer tests: an incident near Hadrut
// reported by two outlets with contradicting casualty figures, plus unrelated reports
// that a good ranking must keep out of the way.
import { corpusFixture, type FixtureArticle } from "../search/knowledgeFixture.ts";

export const PLACES = ["Hadrut", "Martuni", "Shusha", "Talish", "Martakert"];

const hadrutWire: FixtureArticle = {
  file: "a1_wire.txt",
  title: "Clashes near Hadrut leave soldiers dead",
  outlet: "Test Wire",
  published: "2020-12-13",
  places: PLACES,
  paragraphs: [
    "Azerbaijan's defence ministry said four of its soldiers died in an ambush near Hadrut on December 12.",
    "Armenia's defence ministry denied the report and said its forces were not in the area.",
    "The OSCE Minsk Group co-chairs called on both sides to respect the truce and refrain from the use of force.",
  ],
  claims: [
    { paragraph: 0, fragment: "four of its soldiers", side: "azerbaijan", speaker: "Azerbaijan's defence ministry", kind: "casualties", date: "2020-12-12" },
    { paragraph: 1, fragment: "denied the report", side: "armenia", speaker: "Armenia's defence ministry", kind: "denial", date: "2020-12-12" },
    { paragraph: 2, fragment: "co-chairs called", side: "osce-minsk-group", speaker: "The OSCE Minsk Group co-chairs", kind: "mediation" },
  ],
  casualties: [
    {
      paragraph: 0,
      fragment: "four of its soldiers",
      claimedBy: "azerbaijan",
      affected: "azerbaijan",
      killed: 4,
      wounded: null,
      qualifier: null,
      date: "2020-12-12",
    },
  ],
};

const hadrutDaily: FixtureArticle = {
  file: "a2_daily.txt",
  title: "Karabakh fighters wounded in Hadrut shelling",
  outlet: "Other Daily",
  published: "2020-12-14",
  places: PLACES,
  paragraphs: [
    "Armenian officials said six Karabakh fighters were injured by artillery fire near Hadrut on December 12.",
    "The Karabakh army said Azerbaijani troops lost ten soldiers in the fighting near Hadrut.",
  ],
  claims: [
    { paragraph: 0, fragment: "six Karabakh fighters", side: "armenia", speaker: "Armenian officials", kind: "casualties", date: "2020-12-12" },
    { paragraph: 1, fragment: "lost ten soldiers", side: "nagorno-karabakh", speaker: "The Karabakh army", kind: "casualties", date: "2020-12-12" },
  ],
  casualties: [
    {
      paragraph: 0,
      fragment: "six Karabakh fighters",
      claimedBy: "armenia",
      affected: "nagorno-karabakh",
      killed: null,
      wounded: 6,
      qualifier: null,
      date: "2020-12-12",
    },
    {
      paragraph: 1,
      fragment: "lost ten soldiers",
      claimedBy: "nagorno-karabakh",
      affected: "azerbaijan",
      killed: 10,
      wounded: null,
      qualifier: null,
      date: "2020-12-12",
    },
  ],
};

const mountainNews: FixtureArticle = {
  file: "a3_mountain.txt",
  title: "Helicopter downed over Martuni",
  outlet: "Mountain News",
  published: "2021-03-26",
  places: PLACES,
  paragraphs: [
    "A military helicopter was shot down over Martuni, according to the Defense Army.",
    "Russian peacekeepers reported that the ceasefire held in Shusha throughout the week.",
    "The weather in the capital was mild and the markets were busy.",
  ],
  claims: [
    { paragraph: 0, fragment: "helicopter was shot down", side: "nagorno-karabakh", speaker: "the Defense Army", kind: "incident" },
    { paragraph: 1, fragment: "peacekeepers reported", side: "russia", speaker: "Russian peacekeepers", kind: "statement" },
  ],
};

const talishReport: FixtureArticle = {
  file: "a4_talish.txt",
  outlet: "Border Post",
  published: "2016-04-03",
  places: PLACES,
  paragraphs: ["Heavy shelling hit the village of Talish overnight, residents said, and several houses burned."],
};

/** The same sentence published twice, years apart: only the date can tell them apart. */
const martakertOld: FixtureArticle = {
  file: "a5_old.txt",
  outlet: "Archive",
  published: "2020-10-01",
  places: PLACES,
  paragraphs: ["Fighting resumed near Martakert, the ministry said."],
};
const martakertNew: FixtureArticle = { ...martakertOld, file: "a6_new.txt", published: "2022-09-13" };

export const conflictCorpus = () => corpusFixture(hadrutWire, hadrutDaily, mountainNews, talishReport, martakertOld, martakertNew);
