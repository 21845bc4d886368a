// Live pages, e-mailed newsletters, press releases, interviews, wire roundups, features, radio
// transcripts and Markdown stories, written for these tests: each gives its title, outlet and date
// from what the page states, and its furniture (stamps, desk bylines, footers, service notices,
// disclaimers, programme trails, links back) never reaches the index.
import { describe, expect, it } from "vitest";
import { bodyTexts, parse, texts } from "./helpers.ts";

const CLAIM = "Azerbaijan's defence ministry said on Tuesday that two of its soldiers had been wounded by Armenian sniper fire near Tovuz.";
const REPLY = "Armenia's defence ministry denied the claim and said its positions near Chinari had been shelled first.";

describe("a live page", () => {
  const live = parse(
    "live.md",
    "# Tavush clashes: Baku says two soldiers wounded as talks open",
    "",
    "By the Absheron Courier Caucasus desk, with Leyla Hasanova in Ganja and Aram Sargsyan in Ijevan",
    "",
    "Live coverage started 4 May 2021 06:10 (Baku time, GMT+4) Last updated 5 May 2021 09:00",
    "",
    "Last updated 5 May 2021 09:00",
    "",
    CLAIM,
    "",
    REPLY,
  );

  it("dates the page by the day its coverage started and names the outlet its desk byline gives", () => {
    expect(live.meta).toMatchObject({ published: "2021-05-04", outlet: "Absheron Courier" });
  });

  it("keeps the coverage stamps and the desk's byline with its reporters out of the index", () => {
    expect(bodyTexts(live)).toEqual([CLAIM, REPLY]);
  });
});

describe("an e-mailed newsletter", () => {
  const issue = parse(
    "letter.md",
    "[View this email in your browser](https://letter.example/7)",
    "",
    "# The Syunik Letter",
    "",
    "**Weekly digest · Issue 7 · Friday, 5 March 2021**",
    "",
    "*Compiled by the editors of the Goris Border Desk. Forwarded this email? [Subscribe here](https://letter.example/join).*",
    "",
    "---",
    "",
    "## Prisoners home, talks stall",
    "",
    CLAIM,
    "",
    "*That's all for this year. The Syunik Letter returns on 8 January.*",
    "",
    "[Forward to a friend](https://letter.example/f) · [Update your preferences](https://letter.example/p) · [Unsubscribe](https://letter.example/u)",
    "",
    "Copyright © 2021 Goris Border Desk, all rights reserved.",
  );

  it("takes the issue's headline for the title and the newsletter's name, not its producer, for the outlet", () => {
    expect(issue.meta).toMatchObject({ title: "Prisoners home, talks stall", outlet: "The Syunik Letter", published: "2021-03-05" });
  });

  it("drops the subscribe link, the sign-off and the footer's links", () => {
    expect(bodyTexts(issue)).toEqual([CLAIM]);
  });
});

describe("links back, credits and related lists", () => {
  it("drops a press release's link back to its list", () => {
    const release = parse("release.txt", "On the situation near Tovuz", "", CLAIM, "", "Back to the list of press releases", "« Back to news");
    expect(bodyTexts(release)).toEqual([CLAIM]);
  });

  it("drops an interview's credit line and its list of related interviews", () => {
    const interview = parse(
      "interview.txt",
      "Colonel Orujov: 'The line is quiet at night'",
      "",
      "Interview by Marat Ismayilov",
      "",
      `Q: What happened near Tovuz? A: ${CLAIM}`,
      "",
      'Related interviews: "A winter on the line" | "The deminers of Fuzuli"',
    );
    expect(texts(interview).join("\n")).not.toMatch(/Interview by|Related interviews/);
  });

  it("drops a byline that names the towns its reporter filed from, and keeps the masthead's outlet", () => {
    const feature = parse(
      "feature.txt",
      "THE HIGHLAND REVIEW",
      "",
      "The mothers of Vanadzor",
      "",
      "By Anna Grigoryan in Vanadzor and Dilijan",
      "5 August 2021",
      "",
      CLAIM,
    );
    expect(bodyTexts(feature)).toEqual([CLAIM]);
    expect(feature.meta).toMatchObject({ outlet: "The Highland Review", published: "2021-08-05" });
  });
});

describe("a wire roundup of several agencies' items", () => {
  const item = (n: number, dateline: string, body: string) => [`[${n}/2]  SLUG-${n}`, `Headline number ${n} of the roundup`, "", `${dateline} - ${body}`, ""];
  const roundup = (...items: string[][]) =>
    parse(
      "roundup.txt",
      "SOUTH CAUCASUS ROUNDUP",
      "Compiled by the news desk for subscribers | 4 May 2021",
      "For internal use by subscribing newsrooms. Not for republication without agency credit.",
      "",
      ...items.flat(),
      "Questions about this service: desk@roundup.example",
    );

  it("is titled by its heading, names no outlet when its datelines credit different agencies, and drops the service's notices", () => {
    const mixed = roundup(item(1, "BAKU, May 4 (Kura Press Agency)", CLAIM), item(2, "YEREVAN, May 4 (Aragats Wire)", REPLY));
    expect(mixed.meta).toMatchObject({ title: "SOUTH CAUCASUS ROUNDUP", outlet: null, published: "2021-05-04" });
    expect(texts(mixed).join("\n")).not.toMatch(/internal use|Questions about this service/);
  });

  it("names the agency when every item is its own", () => {
    const single = roundup(item(1, "BAKU, May 4 (Kura Press Agency)", CLAIM), item(2, "GANJA, May 4 (Kura Press Agency)", REPLY));
    expect(single.meta.outlet).toBe("Kura Press Agency");
  });
});

describe("a radio programme's transcript", () => {
  const show = parse(
    "show.txt",
    "CASPIAN RADIO",
    "EVENING DESK - programme transcript",
    "Broadcast: Monday 3 May 2021, 19:05 CET | Duration of segment: 8'10\"",
    "Transcripts are produced by an external service and may contain errors. Please check against the audio before quoting.",
    "",
    `HOST: ${CLAIM}`,
    "",
    "GUEST: That is not what our people saw on the ground.",
    "",
    "HOST: Our guest was speaking from Ijevan. After the news: the grape harvest in Areni.",
  );

  it("dates the transcript by its broadcast line", () => {
    expect(show.meta.published).toBe("2021-05-03");
  });

  it("drops the broadcast line, the transcript's disclaimers and the trail of what follows the news", () => {
    const all = texts(show).join("\n");
    expect(all).not.toMatch(/Broadcast:|external service|check against the audio|After the news/);
    expect(all).toContain("HOST: Our guest was speaking from Ijevan.");
  });
});

describe("a Markdown story whose outlet is named only beside its byline or in its footer", () => {
  const story = (...lines: string[]) =>
    parse("story.md", "---", "layout: post", 'section: "South Caucasus"', "---", "", "# Tovuz: two soldiers wounded, Baku says", "", ...lines, "", CLAIM);

  it("reads the outlet from the byline's strip", () => {
    expect(story("*By Nune Avetisyan and Kamran Rzayev · Ridge Courier · 28 March 2022*").meta).toMatchObject({
      outlet: "Ridge Courier",
      published: "2022-03-28",
    });
  });

  it("reads the outlet from the footer's description of itself", () => {
    const footed = parse(
      "story.md",
      "# Tovuz: two soldiers wounded, Baku says",
      "",
      CLAIM,
      "",
      "*Ridge Courier is an independent, reader-funded newsroom. [Support our journalism](/support/).*",
    );
    expect(footed.meta.outlet).toBe("Ridge Courier");
    expect(bodyTexts(footed)).toEqual([CLAIM]);
  });

  it("takes no outlet from a byline's town", () => {
    expect(story("*By Nune Avetisyan · Goris · 28 March 2022*").meta.outlet).toBeNull();
  });
});
