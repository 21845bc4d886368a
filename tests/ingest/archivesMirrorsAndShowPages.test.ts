// Pages written for these tests: a subscriber's parliamentary digest, a community weekly, an
// archive reproducing a ministry's bulletin, a volunteer mirror of a rescue channel, a phone-in
// programme's summary, a newsletter with its tagline and an old mailing-list digest. Each gives its
// title, outlet and date from its own head, and its furniture never reaches the index.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse, texts } from "./helpers.ts";

const CLAIM = "Azerbaijan's defence ministry said on Monday that three of its soldiers had been killed by Armenian fire near Tovuz.";
const REPLY = "Armenia's defence ministry denied the claim and said its positions near Berd had come under mortar fire first.";

describe("a subscriber's digest and a community weekly", () => {
  it("reads the headline under the masthead's restriction note, and drops the licence and subscription lines", () => {
    const digest = parse(
      "digest.txt",
      "HOLYROOD BORDER BRIEFING",
      "Committee extracts service -- Issue 12 -- Tuesday 3 March 2026",
      "Licensed copy. Redistribution beyond your firm is prohibited.",
      "=============================================",
      "",
      "BORDER TALKS IN THE CHAMBER: TWO QUESTIONS AND A STATEMENT",
      "",
      CLAIM,
      "",
      "Contains public sector information licensed under the Open Government Licence v3.0.",
      "To manage your subscription, reply with the word OPTIONS. To leave the list, reply END.",
    );
    expect(digest.meta.title).toBe("BORDER TALKS IN THE CHAMBER: TWO QUESTIONS AND A STATEMENT");
    expect(texts(digest).join("\n")).not.toMatch(/Redistribution|Licence|OPTIONS/);
    expect(bodyTexts(digest)).toContain(CLAIM);
  });

  it("takes the tagline of a community's paper for no title, and drops its appeal and its notices", () => {
    const weekly = parse(
      "weekly.txt",
      "ELLINIKI FONI -- ENGLISH EDITION",
      "Monthly of the Greek community of Lyon and the Rhone",
      "Friday 6 March 2026 | Vol. IX, No. 3",
      "",
      "Border guards trade fire on the Tovuz section",
      "",
      CLAIM,
      "",
      "Our relief appeal for the flooded villages remains open; details are on page 9 of the print edition.",
      "",
      "Drivers are wanted to take parcels to the border villages.",
    );
    expect(weekly.meta.title).toBe("Border guards trade fire on the Tovuz section");
    expect(texts(weekly).join("\n")).not.toMatch(/Monthly of|relief appeal|Drivers are wanted/);
  });

  it("names the outlet from a masthead set beside its tagline and its edition", () => {
    const newsletter = parse(
      "newsletter.md",
      "**ELLINIKI FONI** · Newsletter of the Greek community of Lyon · English edition",
      "No. 48 · 6 March 2026",
      "",
      "# Border guards trade fire on the Tovuz section",
      "",
      CLAIM,
    );
    expect(newsletter.meta.outlet).toBe("Elliniki Foni");
    expect(newsletter.meta.title).toBe("Border guards trade fire on the Tovuz section");
  });
});

describe("an archive's copy of a ministry's bulletin", () => {
  const bulletin = parse(
    "bulletin.txt",
    "CIVILWIRE RECORDS :: Agency releases, archived as sent",
    "Collection: Armenia / 2026 clashes / Border",
    "",
    "MINISTRY OF DEFENCE OF THE REPUBLIC OF FREEDONIA",
    "PRESS SERVICE - INFORMATION BULLETIN",
    "",
    "Subject: Shelling near the border villages",
    "Date: 3 March 2026",
    "",
    CLAIM,
    "",
    REPLY,
    "",
    "CivilWire reprints agency releases without editing for reference purposes.",
    "Releases reflect the position of the issuing body only.",
  );

  it("takes the archive's masthead before '::' for the outlet, never its collection label", () => {
    expect(bulletin.meta.outlet?.toLowerCase()).toBe("civilwire records");
    expect(bulletin.meta.title).toBe("Shelling near the border villages");
  });

  it("drops the archive's notes on what it reproduces", () => {
    expect(texts(bulletin).join("\n")).not.toMatch(/reprints agency releases|issuing body|archived as sent/);
    expect(bodyTexts(bulletin)).toContain(REPLY);
  });
});

describe("a volunteer mirror of a rescue service's channel", () => {
  const mirror = parse(
    "mirror.txt",
    "=====================================================",
    " CIVIL ALERT MIRROR | Feed copy: Civil Defence Service of the",
    " Republic of Freedonia (Northern Region)",
    " Archive run by volunteers. Not an official site.",
    "=====================================================",
    "Source language: Georgian. Unofficial translation.",
    "Pinned: Shelter in basements during air-raid alerts.",
    "",
    "[03.03.2026 09:10] UPDATE 1",
    "",
    CLAIM,
    "",
    "Messages are mirrored automatically every hour.",
    "No reuse of videos without the owner's consent.",
  );

  it("names the mirror from its boxed masthead, and takes neither the wrapped channel name nor the box for the title", () => {
    expect(mirror.meta.outlet).toBe("Civil Alert Mirror");
    expect(mirror.meta.title).toBeNull();
  });

  it("drops the mirror's notes about itself", () => {
    expect(texts(mirror).join("\n")).not.toMatch(/volunteers|Unofficial translation|Pinned|mirrored automatically|reuse of videos|Republic of Freedonia/);
    expect(bodyTexts(mirror)).toContain(CLAIM);
  });
});

describe("a phone-in programme's summary", () => {
  const summary = parse(
    "phonein.txt",
    'RIVERSIDE TALK 98.4 FM  |  "THE EVENING CALL WITH JO MARSH"',
    "Show notes for the station website",
    "Broadcast: Monday 2 March 2026, 21:00-22:00",
    "Posted: 3 March 2026 by the production team",
    'Topic: "Ten days on the border: who fired first?"',
    "--------------------------------------------",
    "",
    CLAIM,
    "",
    "--------------------------------------------",
    "Night Desk airs Mondays to Fridays at 10 pm. Ring 0800 111 222 to have your say.",
    "Views expressed by listeners are their own and not those of the station.",
  );

  it("takes the station for the outlet, the topic for the title and the day it was posted for the date", () => {
    expect(summary.meta.outlet).toBe("Riverside Talk 98.4 FM");
    expect(summary.meta.title).toBe("Ten days on the border: who fired first?");
    expect(summary.meta.published).toBe("2026-03-03");
  });

  it("drops the programme's slot, its phone number and its disclaimer", () => {
    expect(texts(summary).join("\n")).not.toMatch(/airs Mondays|0800|listeners are their own|Show notes/);
  });
});

describe("a station's transcript of one segment", () => {
  it("takes the segment's quoted title, not the show's quoted name beside its service line", () => {
    const segment = parse(
      "segment.txt",
      "VALLEY COMMUNITY RADIO 92.7 FM",
      '"MORNING DESK" -- English transcript service',
      "Broadcast: Thursday, 5 March 2026, 08:00-08:30",
      'Segment 3 of 5: "Water cut in the valley"',
      "",
      CLAIM,
    );
    expect(segment.meta.title).toBe("Water cut in the valley");
    expect(segment.meta.outlet).toBe("Valley Community Radio 92.7 FM");
  });

  it("takes a programme's name over its transcript for no outlet, leaving it to the channel's field", () => {
    const transcript = parse(
      "transcript.txt",
      "MORNING DESK AT SEVEN -- TRANSCRIPT",
      "Channel: Valley 24 (world service)",
      "Broadcast: Thursday, 5 March 2026, 07:00 CET",
      'Segment 2 of 3: "Night fire on the ridge"',
      "",
      CLAIM,
    );
    expect(transcript.meta.title).toBe("Night fire on the ridge");
    expect(transcript.meta.outlet).toBe("Valley 24");
  });
});

describe("a newsletter, a thread and a transcript", () => {
  it("takes a newsletter's tagline for no title", () => {
    const issue = parse(
      "issue.md",
      "**THE SANCTIONS LEDGER** · Issue #9 · Friday, 6 March 2026",
      "*A fortnightly sanctions digest from the Baltic Desk*",
      "",
      "---",
      "",
      `Hello again. ${CLAIM}`,
      "",
      "## 1. The border shelling",
      "",
      REPLY,
    );
    expect(issue.meta.title ?? "").not.toMatch(/fortnightly/);
    expect(texts(issue).join("\n")).not.toMatch(/fortnightly sanctions digest/);
  });

  it("drops a thread's unroll note, its content warning, a sponsored read, a recording's length and a method box", () => {
    const thread = parse(
      "thread.md",
      "# Thread: the two clips from the ridge",
      "",
      "*Compiled from our live-tweets of 3 May; posts lightly edited.*",
      "",
      "> **Viewer warning:** the clip below shows the bodies of soldiers. We have blurred faces.",
      "",
      "**Running time:** 48:05 · *This transcript was produced automatically and corrected by hand.*",
      "",
      CLAIM,
      "",
      "*[Paid promotion: The Institute's spring course is open for applications.]*",
      "",
      REPLY,
      "",
      "*How we build this tracker: we read every filing. We do not rate them.*",
    );
    expect(texts(thread).join("\n")).not.toMatch(/live-tweets|Viewer warning|48:05|produced automatically|spring course|How we build/);
    expect(bodyTexts(thread)).toEqual([CLAIM, REPLY]);
  });
});

describe("an old mailing-list digest", () => {
  const digest = parse(
    "list.txt",
    "[Usenet Archive] Newsgroup digests, 1990-1995 -- reproduced verbatim",
    "Collection: SOVIET-L (moderated)   Archive ref: SL-1991-007",
    "Note from the archivists: signatures removed.",
    "====================================================",
    "",
    "SOVIET-L Digest              Thu, 7 Feb 91            Volume 3 : Issue 7",
    "",
    "Moderator's note: this issue collects the replies on the ceasefire; off-topic posts will be dropped.",
    "",
    "Date: Tue, 5 Feb 91 10:02:11 EST",
    "From: reader@lists.example",
    "Subject: Border report",
    "",
    CLAIM,
    "",
    "Back issues are available via Gopher.",
  );

  it("names the digest for the outlet and dates it by its header, never by a poster's address", () => {
    expect(digest.meta.outlet).toBe("SOVIET-L Digest");
    expect(digest.meta.published).toBe("1991-02-07");
    expect(digest.meta.title ?? "").not.toMatch(/Collection|Archive ref/);
  });

  it("drops the archive's and the moderator's notes", () => {
    expect(texts(digest).join("\n")).not.toMatch(/archivists|Moderator|Back issues|reproduced verbatim/);
    expect(bodyTexts(digest)).toContain(CLAIM);
  });
});
