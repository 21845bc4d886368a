// A small corpus for the casualty table and incidents: a strike on a town whose toll one side
// raised over two days, the other side's denial, a headline that repeats a body figure, a
// mediator's reaction, and an older fight in another year.
import { corpusFixture, type FixtureArticle } from "../search/knowledgeFixture.ts";

const PLACES = ["Beylagan", "Fizuli", "Stepanakert"];

const firstDay: FixtureArticle = {
  file: "t1_first.txt",
  title: "Rocket strike on Beylagan kills 7",
  outlet: "Wire One",
  published: "2020-10-17",
  places: PLACES,
  paragraphs: [
    "Baku's prosecutor general said a rocket strike on Beylagan killed 7 civilians and wounded 20 on October 17.",
    "Yerevan's defence ministry rejected the charge and said its forces had not fired at Beylagan.",
    "The ICRC said it was deeply worried by the strike on Beylagan and urged restraint.",
  ],
  claims: [
    { paragraph: 0, fragment: "rocket strike on Beylagan", side: "azerbaijan", speaker: "Baku's prosecutor general", kind: "casualties", date: "2020-10-17" },
    { paragraph: 1, fragment: "rejected the charge", side: "armenia", speaker: "Yerevan's defence ministry", kind: "denial", date: "2020-10-17" },
    { paragraph: 2, fragment: "deeply worried", side: "icrc", speaker: "The ICRC", kind: "mediation", date: "2020-10-17" },
  ],
  casualties: [
    {
      paragraph: 0,
      fragment: "killed 7 civilians",
      claimedBy: "azerbaijan",
      affected: "azerbaijan",
      killed: 7,
      wounded: 20,
      qualifier: null,
      date: "2020-10-17",
    },
  ],
};

const headline: FixtureArticle = {
  file: "t2_headline.txt",
  title: "Beylagan toll rises to 12",
  outlet: "Wire Two",
  published: "2020-10-18",
  places: PLACES,
  paragraphs: ["Baku's prosecutor general said on October 18 that the Beylagan toll had risen to 12 dead, with 31 wounded."],
  claims: [{ paragraph: 0, fragment: "toll had risen", side: "azerbaijan", speaker: "Baku's prosecutor general", kind: "casualties", date: "2020-10-18" }],
  casualties: [
    // Paragraph -1 is the headline: its figure repeats the body's and must not show twice.
    { paragraph: -1, fragment: "rises to 12", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 12, wounded: null, qualifier: null },
    { paragraph: 0, fragment: "risen to 12", claimedBy: "azerbaijan", affected: "azerbaijan", killed: 12, wounded: 31, qualifier: null, date: "2020-10-18" },
  ],
};

const olderFight: FixtureArticle = {
  file: "t3_older.txt",
  outlet: "Wire Three",
  published: "2016-04-03",
  places: PLACES,
  paragraphs: ["The Karabakh army said 9 of its fighters were killed near Fizuli on April 2."],
  claims: [{ paragraph: 0, fragment: "9 of its fighters", side: "nagorno-karabakh", speaker: "The Karabakh army", kind: "casualties", date: "2016-04-02" }],
  casualties: [
    {
      paragraph: 0,
      fragment: "9 of its fighters",
      claimedBy: "nagorno-karabakh",
      affected: "nagorno-karabakh",
      killed: 9,
      wounded: null,
      qualifier: null,
      date: "2016-04-02",
    },
  ],
};

export const tollCorpus = () => corpusFixture(firstDay, headline, olderFight);
