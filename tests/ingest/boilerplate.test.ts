import { describe, expect, it } from "vitest";
import { isBoilerplate } from "../../src/core/ingest/boilerplate.ts";
import { parse, texts } from "./helpers.ts";

describe("boilerplate", () => {
  it.each([
    "Share this article",
    "Sign up for our daily Caucasus newsletter",
    "JAMnews is now on WhatsApp. Join our channel for the latest updates",
    "Follow us on Twitter and Facebook",
    "Click here to read the full statement",
    "For the latest news, download the Armenpress app.",
    "Read more: Who controls Lachin?",
    "Read also: Baku accuses Yerevan of shelling",
    "Related: Russia sends peacekeepers",
    "We use cookies to improve your browsing experience. By continuing you accept our cookie policy.",
    "We value your privacy. Caucasus Wire uses cookies to tailor what you see.",
    "All materials of the Caspian Courier are protected by copyright.",
    "You are receiving Border Notes because you signed up at our website. Unsubscribe · Manage preferences",
    "Subscribe to The Harbour Post from €2 a week. Cancel anytime.",
    "Share this live blog · Comments are closed for this page · Caucasus Desk, Tbilisi",
    "Advertisement",
    "© 2020 Reuters",
    "Copyright © Trend News Agency",
    "This material may not be published. All rights reserved.",
    "An Azerbaijani soldier at a checkpoint near Lachin (Photo: Reuters)",
    "Armenian volunteers gather in Yerevan (file photo).",
    "Smoke rises over Stepanakert. Photo: Artsakh InfoCenter",
    "Smoke rises over Stepanakert (Armenian Unified Infocenter / Handout via REUTERS)",
    "FILE PHOTO: Armenian soldiers at a firing position",
    "(Reporting by Nailia Bagirova; Editing by Andrew Heavens)",
    "— AFP",
    "-- Reuters",
    "📣 Follow the war live on our Telegram channel",
    "4 MIN READ",
    "image captionRescuers searched for survivors in Ganja",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Azerbaijani officials said on Telegram that two civilians had been killed in Tartar overnight, a claim Armenia rejected.",
    "The ministry said it would respond to any provocation, and the statement was shared widely.",
    "Related talks in Moscow ended without agreement.",
    "— Armenia said it would respond to any attack.",
    "The Defense Army (the Karabakh Armenian military) said two soldiers died.",
    "Shelling damaged the school, photographs published by the ministry showed.",
  ])("keeps the body sentence %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });

  it("drops the link titles listed under a 'Related Topics' header", () => {
    const article = parse(
      "topics.txt",
      "Armenia and Azerbaijan agree new truce",
      "",
      "The truce starts at midnight, both sides said.",
      "",
      "Related Topics",
      "Armenia",
      "Azerbaijan",
    );
    expect(texts(article)).toEqual(["Armenia and Azerbaijan agree new truce", "The truce starts at midnight, both sides said."]);
  });

  it("keeps furniture out of every passage of an article", () => {
    const article = parse(
      "jam.txt",
      "Azerbaijan reports shelling of Ganja",
      "",
      "Azerbaijan said on Sunday that Armenian forces had shelled Ganja, its second-largest city.",
      "",
      "Advertisement",
      "",
      "Read also: Ganja residents count the damage",
      "",
      "Armenia denied targeting civilians.",
      "",
      "📣 Subscribe to our Telegram channel for updates",
      "",
      "(Reporting by Nailia Bagirova; Editing by Andrew Heavens)",
      "",
      "© 2020 JAMnews. All rights reserved.",
    );
    expect(texts(article)).toEqual([
      "Azerbaijan reports shelling of Ganja",
      "Azerbaijan said on Sunday that Armenian forces had shelled Ganja, its second-largest city.",
      "Armenia denied targeting civilians.",
    ]);
    expect(article.meta.outlet).toBe("JAMnews");
  });
});

describe("furniture of reference works, broadcast scripts and opinion pages", () => {
  const article = parse(
    "page.md",
    "# Border incidents since 1994",
    "",
    "From KnowWiki, the free encyclopedia",
    "",
    "Jump to navigation Jump to search",
    "",
    "## Casualties [edit]",
    "",
    "Azerbaijan's defence ministry said two soldiers died.[3] Armenia denied it.[4]",
    "",
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.",
    "",
    "(END OF SEGMENT)",
    "",
    "The views expressed are her own.",
    "",
    "Compiled by the World Desk; editing by Ann Roe.",
    "",
    "Serving the Armenian community of Glendale since 1979",
    "",
    'Retrieved from "https://knowwiki.example/wiki/Border"',
    "",
    "Categories: Nagorno-Karabakh conflict | Borders",
  );

  it("keeps only the article's own text", () => {
    const all = texts(article).join("\n");
    expect(all).toContain("Azerbaijan's defence ministry said two soldiers died.");
    expect(texts(article)).toContain("Casualties");
    for (const furniture of [
      "Jump to",
      "[edit]",
      "RUSH TRANSCRIPT",
      "END OF SEGMENT",
      "views expressed",
      "Compiled by",
      "Serving the",
      "Retrieved from",
      "Categories",
    ]) {
      expect(all).not.toContain(furniture);
    }
  });
});
