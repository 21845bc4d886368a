// The HTML adapter: a web page → its article's text and metadata, with no site furniture.
// The pages here are small and written for each case; tests/fixtures/html holds whole pages
// of several kinds of site, checked here against their annotations and scored by the scorer.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleText } from "../../src/adapters/corpus/articleText.ts";
import { htmlArticleText } from "../../src/adapters/html/articleText.ts";
import { decodeHtml } from "../../src/adapters/html/decodeHtml.ts";
import { readHtmlPage } from "../../src/adapters/html/readHtmlPage.ts";
import { parseArticle } from "../../src/core/ingest/parseArticle.ts";
import { extractArticle } from "../../src/core/knowledge/extractArticle.ts";
import { projectRoot } from "../cli/runCli.ts";

const BODY = [
  "Azerbaijan's defence ministry said on Sunday that nine civilians were killed when a missile struck an apartment block in Ganja overnight, and that rescue teams were still searching the rubble.",
  "Armenia's defence ministry denied the accusation, saying its forces had not fired on civilian areas, and accused Azerbaijan of shelling Stepanakert throughout the night.",
  "The OSCE Minsk Group co-chairs called upon the parties to observe the humanitarian ceasefire agreed in Moscow and to refrain from targeting civilians.",
];
const paragraphs = BODY.map((p) => `<p>${p}</p>`).join("\n");

function page(head: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe("metadata from the page's markup", () => {
  it("takes the headline, date and publisher from JSON-LD first, over Open Graph and <title>", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", name: "Front page" },
        {
          "@type": ["NewsArticle"],
          headline: "Missile strike on Ganja",
          datePublished: "2020-10-11T03:10:00+04:00",
          publisher: { "@type": "Organization", name: "Caspian Wire" },
        },
      ],
    };
    const html = page(
      `<title>Ganja | Somewhere else</title><meta property="og:title" content="Not this"><meta property="og:site_name" content="Not this either">
       <meta property="article:published_time" content="2019-01-01"><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      `<article>${paragraphs}</article>`,
    );
    const article = readHtmlPage(html, "https://wire.example/ganja");
    expect(article).toMatchObject({ title: "Missile strike on Ganja", outlet: "Caspian Wire", published: "2020-10-11", url: "https://wire.example/ganja" });
  });

  it("spells out an agency's acronym that its banner or footer names in full", () => {
    const html = page(
      "<title>Shelling near Tartar | KNA</title>",
      `<header><div class="brand">KNA · Kura News Agency</div></header><main><h1>Shelling near Tartar</h1>${paragraphs}</main>
       <footer>© Kura News Agency 2020. All rights reserved.</footer>`,
    );
    expect(readHtmlPage(html, null).outlet).toBe("Kura News Agency");
    const bare = page("<title>Shelling near Tartar | KNA</title>", `<main><h1>Shelling near Tartar</h1>${paragraphs}</main>`);
    expect(readHtmlPage(bare, null).outlet).toBe("KNA");
  });

  it("names the site from its tab title without the edition after its name", () => {
    const html = page("<title>Karabakh: the count of the dead – Le Courrier Caspien (English edition)</title>", `<main>${paragraphs}</main>`);
    expect(readHtmlPage(html, null)).toMatchObject({ title: "Karabakh: the count of the dead", outlet: "Le Courrier Caspien" });
  });

  it("names the site from its banner's link home when the markup names it nowhere else", () => {
    const html = page(
      "<title>Press Briefing - May 3, 2019</title>",
      `<div id="header"><a href="/">Ministry of Foreign Affairs of Ruritania</a><ul><li>Travel</li><li>Careers</li></ul></div>
       <div id="content"><h1>Press Briefing - May 3, 2019</h1>${paragraphs}</div>`,
    );
    expect(readHtmlPage(html, null).outlet).toBe("Ministry of Foreign Affairs of Ruritania");
  });

  it("takes no outlet from a banner link that says only 'Home', nor from a link home outside the banner", () => {
    const html = page(
      "<title>Press Briefing - May 3, 2019</title>",
      `<header><a href="/">Home</a></header><div id="content"><h1>Press Briefing</h1>${paragraphs}<p><a href="/">Caspian Daily</a></p></div>`,
    );
    expect(readHtmlPage(html, null).outlet).toBeNull();
  });

  it("drops a bad JSON-LD value and falls back to Open Graph, the article: tags and the canonical link", () => {
    const html = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"","datePublished":"last Tuesday","publisher":42}</script>
       <script type="application/ld+json">{ broken json </script>
       <meta property="og:title" content="Shelling near Tartar | Caucasus Daily"><meta property="og:site_name" content="Caucasus Daily">
       <meta property="article:published_time" content="2016-04-02T09:00:00Z"><link rel="canonical" href="/2016/04/tartar">`,
      `<article>${paragraphs}</article>`,
    );
    const article = readHtmlPage(html, "https://daily.example/amp/tartar");
    expect(article).toMatchObject({
      title: "Shelling near Tartar",
      outlet: "Caucasus Daily",
      published: "2016-04-02",
      url: "https://daily.example/2016/04/tartar",
    });
  });

  it("reads <title> and the article's <time datetime> when nothing else is given, and refuses a date that is not a real day", () => {
    const good = page("<title>Shelling near Tartar</title>", `<article><time datetime="2016-04-03">3 April</time>${paragraphs}</article>`);
    expect(readHtmlPage(good)).toMatchObject({ title: "Shelling near Tartar", outlet: null, published: "2016-04-03", url: null });
    const bad = page("<title>Shelling near Tartar</title>", `<article><time datetime="2016-02-30">30 February</time>${paragraphs}</article>`);
    expect(readHtmlPage(bad).published).toBeNull();
  });

  it("splits a bare <title> into the headline and the site's name, which names the outlet when nothing else does", () => {
    const read = (title: string, h1 = "") => readHtmlPage(page(`<title>${title}</title>`, `<article>${h1 ? `<h1>${h1}</h1>` : ""}${paragraphs}</article>`));
    expect(read("Ganja counts its dead after night strike | Kura Evening Post")).toMatchObject({
      title: "Ganja counts its dead after night strike",
      outlet: "Kura Evening Post",
    });
    expect(read("Ganja counts its dead after night strike - Kura Evening Post").outlet).toBe("Kura Evening Post");
    expect(read("Ganja counts its dead after night strike — Kura Evening Post").outlet).toBe("Kura Evening Post");
    // A press review's label and its day are no part of its headline.
    expect(read("Press review: What Baku's papers say (4 May 2024) — Absheron Courier")).toMatchObject({
      title: "What Baku's papers say",
      outlet: "Absheron Courier",
    });
    // A headline with a dash in it keeps it: its last part is no site's name.
    expect(read("Shelling resumes - residents of Tartar flee to Barda").outlet).toBeNull();
  });

  it("prefers the printed <h1> when the tab title shortens or lengthens it, and keeps the tab's headline when the <h1> names a case", () => {
    const read = (title: string, h1: string) => readHtmlPage(page(`<title>${title}</title>`, `<article><h1>${h1}</h1>${paragraphs}</article>`)).title;
    expect(read("Ceasefire holds again: Martuni quiet for a third night | Steppe Ledger", "Ceasefire holds again")).toBe("Ceasefire holds again");
    expect(read("Talks resume in Vienna - Steppe Ledger", "Talks resume in Vienna, mediators hail 'new chance'")).toBe(
      "Talks resume in Vienna, mediators hail 'new chance'",
    );
    expect(read("Press review: What Baku's papers say (4 May 2024) — Absheron Courier", "What Baku's papers say")).toBe("What Baku's papers say");
    // The <h1> is the case's name; the tab's part the <h1> repeats is the case, not the headline.
    expect(
      read(
        "Tribunal orders the release of detainees — Ruritania v. Freedonia | Hague Arbitral Chamber",
        "Dispute over the Treaty of Friendship (Ruritania v. Freedonia)",
      ),
    ).toBe("Tribunal orders the release of detainees");
  });

  it("takes a live page's <h1> over its tab or Open Graph title, which adds a 'LIVE:' label and the latest update", () => {
    const live = (head: string, h1: string) => readHtmlPage(page(head, `<main><h1>${h1}</h1>${paragraphs}</main>`)).title;
    const h1 = "Ganja shelled again: Baku says nine civilians killed as truce collapses";
    expect(live("<title>LIVE: Ganja shelled again - death toll rises | Kura Evening Post</title>", h1)).toBe(h1);
    expect(live('<meta property="og:title" content="Live updates: Ganja shelled again — rescuers search rubble">', h1)).toBe(h1);
    // An <h1> about something else leaves the labelled title as it was given.
    expect(live('<meta property="og:title" content="LIVE: Ganja shelled again">', "Our reporters on the ground")).toBe("LIVE: Ganja shelled again");
  });

  it("takes the printed <h1> over a tab or share title recast in other words, and names the site from the tab", () => {
    const h1 = "Goris counts 14 wounded as shelling resumes on the border";
    const read = (head: string) => readHtmlPage(page(head, `<main><article><h1>${h1}</h1>${paragraphs}</article></main>`));
    expect(read("<title>Border flares again as Goris is shelled | Syunik Ledger</title>")).toMatchObject({ title: h1, outlet: "Syunik Ledger" });
    expect(read('<title>Shelling hits Goris - Syunik Ledger</title><meta property="og:title" content="Goris shelled; wounded in hospital">')).toMatchObject({
      title: h1,
      outlet: "Syunik Ledger",
    });
  });

  it("keeps the tab's headline when the <h1> is the site's name, and drops a section between headline and site", () => {
    const html = page(
      "<title>Goris counts the wounded | World news | Syunik Ledger</title>",
      `<header><h1>Syunik Ledger</h1></header><main>${paragraphs}</main>`,
    );
    expect(readHtmlPage(html)).toMatchObject({ title: "Goris counts the wounded", outlet: "Syunik Ledger" });
  });

  it("reads the site's name from its logo linked to its home in one language ('/en/'), not from the language menu", () => {
    const body = `<header><div class="brand"><a href="/en/">Syunik Ledger</a></div><nav><a href="/en/">Home</a><a href="/hy/">HY</a></nav></header><main><h1>Goris counts the wounded after the night's shelling</h1>${paragraphs}</main>`;
    expect(readHtmlPage(page("", body)).outlet).toBe("Syunik Ledger");
    const menuOnly = `<header><nav class="lang"><a href="/hy/">Armenian</a><a href="/ru/">RU</a></nav></header><main><h1>Goris counts the wounded after the night's shelling</h1>${paragraphs}</main>`;
    expect(readHtmlPage(page("", menuOnly)).outlet).toBeNull();
  });

  it("takes a short <h1> that opens the tab title, before the publication's and the site's names", () => {
    const html = page("<title>Border security - Debates - Assembly Records</title>", `<main><h1>Border security</h1>${paragraphs}</main>`);
    expect(readHtmlPage(html)).toMatchObject({ title: "Border security", outlet: "Assembly Records" });
  });

  it("prefers an <h1> that edits the tab's headline by a word or two, and reads a site's name with its 'Jr.'", () => {
    const html = page(
      "<title>Reed Introduces Resolution on Tovuz Shelling | Congresswoman Mary Reed, Jr.</title>",
      `<main><article><h1>Reed Introduces Bipartisan Resolution on Tovuz Shelling</h1>${paragraphs}</article></main>`,
    );
    expect(readHtmlPage(html)).toMatchObject({ title: "Reed Introduces Bipartisan Resolution on Tovuz Shelling", outlet: "Congresswoman Mary Reed, Jr." });
  });

  it("dates a parliamentary record by the sitting its head prints", () => {
    const html = page(
      "<title>Border security - Debates - Assembly Records</title>",
      `<main><div class="debate-head"><h1>Border security</h1><p class="record-meta">Volume 712: debated on Tuesday 3 May 2022</p></div>${paragraphs}</main>`,
    );
    const text = articleText("debate.html", Buffer.from(html));
    expect(parseArticle({ file: "debate.html", text }).meta.published).toBe("2022-05-03");
  });

  it("keeps Open Graph's title and site name over the tab title's parts", () => {
    const html = page(
      '<title>Strike on Ganja | Kura Evening Post</title><meta property="og:title" content="Strike on Ganja kills five"><meta property="og:site_name" content="KEP">',
      `<article><h1>Ganja strike</h1>${paragraphs}</article>`,
    );
    expect(readHtmlPage(html)).toMatchObject({ title: "Strike on Ganja kills five", outlet: "KEP" });
  });

  it("leaves a date the markup does not give to the core's text rules, from the page's printed date stamp", () => {
    const html = page("<title>Shelling near Tartar</title>", `<div class="post-date">Apr 7, 2016</div><article>${paragraphs}</article>`);
    const text = articleText("page.html", Buffer.from(html));
    expect(text).not.toMatch(/^published:/m);
    expect(parseArticle({ file: "page.html", text }).meta.published).toBe("2016-04-07");
  });

  it("dates a reference page that gives no day of publication by its last edit in the markup, and a printed date wins over it", () => {
    const edited = page('<title>Four-Day War</title><meta property="article:modified_time" content="2021-04-03T09:12:44+02:00">', `<main>${paragraphs}</main>`);
    expect(parseArticle({ file: "wiki.html", text: articleText("wiki.html", Buffer.from(edited)) }).meta.published).toBe("2021-04-03");
    const kb = page('<title>FAQ</title><meta name="kb:updated" content="2024-05-06">', `<main>${paragraphs}</main>`);
    expect(parseArticle({ file: "kb.html", text: articleText("kb.html", Buffer.from(kb)) }).meta.published).toBe("2024-05-06");
    const printed = page(
      '<title>Shelling near Tartar</title><meta property="article:modified_time" content="2021-04-03">',
      `<div class="post-date">Apr 7, 2016</div><article>${paragraphs}</article>`,
    );
    expect(parseArticle({ file: "page.html", text: articleText("page.html", Buffer.from(printed)) }).meta.published).toBe("2016-04-07");
  });

  it("reads the dated part of a long dateline that also names the reporters and two cities", () => {
    const html = page(
      "<title>Mediators urge a halt</title>",
      `<article><h1>Mediators urge a halt</h1><p class="dateline">By Anna Berglund and Davit Sargsyan | VIENNA/TBILISI, 5 April 2016</p>${paragraphs}</article>`,
    );
    expect(parseArticle({ file: "page.html", text: articleText("page.html", Buffer.from(html)) }).meta.published).toBe("2016-04-05");
  });
});

describe("official sites' names, owners and printed stamps", () => {
  it("takes a government site's long name after the bar in the tab as the outlet", () => {
    const html = page(
      "<title>The President received the OSCE envoy | Official website of the President of the Republic of Ruritania</title>",
      `<main><h1>The President received the OSCE envoy</h1>${paragraphs}</main>`,
    );
    expect(readHtmlPage(html, null)).toMatchObject({
      title: "The President received the OSCE envoy",
      outlet: "Official website of the President of the Republic of Ruritania",
    });
  });

  it("takes the name before the headline in the tab when the banner or the copyright line names it too", () => {
    const tab = "<title>OSCE - Speech: Address by the Chairperson to the Permanent Council, 12-Mar.-2021</title>";
    const body = `<main><h1>Address by the Chairperson to the Permanent Council</h1>${paragraphs}</main>`;
    const byLogo = page(tab, `<header><div class="logo">OSCE – Organization for Security and Co-operation in Europe</div></header>${body}`);
    const byCopyright = page(tab, `${body}<footer><p>© Organization for Security and Co-operation in Europe</p></footer>`);
    expect(readHtmlPage(byLogo, null).outlet).toBe("OSCE");
    expect(readHtmlPage(byCopyright, null).outlet).toBe("OSCE");
    // A first part the page names nowhere else is the headline's ("Armenia - Azerbaijan talks …").
    expect(readHtmlPage(page("<title>Armenia - Talks resume in Vienna</title>", body), null).outlet).toBeNull();
  });

  it("names the body that runs a site named by its host name, from its footer or its banner", () => {
    const tab = "<title>Ruritania Travel Advisory | Travel.Example.Gov</title>";
    const body = `<main><h1>Ruritania Travel Advisory</h1>${paragraphs}</main>`;
    const footer = page(
      tab,
      `${body}<footer><p>This site is managed by the Ministry of Foreign Affairs of Freedonia. External links are not endorsed.</p></footer>`,
    );
    const banner = page(tab, `<header><a href="/">Travel.Example.Gov | Freedonian Department of State — Consular Section</a></header>${body}`);
    expect(readHtmlPage(footer, null).outlet).toBe("Ministry of Foreign Affairs of Freedonia");
    expect(readHtmlPage(banner, null).outlet).toBe("Freedonian Department of State");
    expect(readHtmlPage(page(tab, body), null).outlet).toBe("Travel.Example.Gov");
  });

  it("reads a date line printed above the text in a block named for nothing", () => {
    const broken = page(
      "<title>Advisory</title>",
      `<main><h1>Advisory</h1><div class="advisory-meta"><p><b>Travel Advisory</b><br>March 2, 2022</p></div>${paragraphs}</main>`,
    );
    const listed = page(
      "<title>Remarks</title>",
      `<main><h1>Remarks</h1><ul class="meta"><li>12 Mar. 2021 -</li><li>Last updated: 13 Mar. 2021</li></ul>${paragraphs}</main>`,
    );
    expect(parseArticle({ file: "a.html", text: articleText("a.html", Buffer.from(broken)) }).meta.published).toBe("2022-03-02");
    expect(parseArticle({ file: "b.html", text: articleText("b.html", Buffer.from(listed)) }).meta.published).toBe("2021-03-12");
  });

  it("reads the date line of a meta strip printed under a standfirst, a time range and a local zone after it", () => {
    const html = page(
      "<title>Readers' questions</title>",
      `<main><article><h1>Readers' questions</h1><p class="dek">Our correspondent took readers' questions from Goris, where the refugees from Karabakh are arriving.</p><p class="meta">Saturday, 30 September 2023 &middot; 14:00-15:30 Yerevan time</p>${paragraphs}</article></main>`,
    );
    expect(parseArticle({ file: "q.html", text: articleText("q.html", Buffer.from(html)) }).meta.published).toBe("2023-09-30");
  });

  it("reads the date from a byline strip whose parts are set apart by dots", () => {
    const html = page(
      "<title>What we know</title>",
      `<main><article><h1>What we know</h1><p class="byline">By Marta Oganesyan &middot; Published March 3, 2021, updated 19:05 GMT</p>${paragraphs}</article></main>`,
    );
    expect(parseArticle({ file: "w.html", text: articleText("w.html", Buffer.from(html)) }).meta.published).toBe("2021-03-03");
  });

  it("takes no date from a meta strip that only gives a reading time", () => {
    const html = page(
      "<title>Readers' questions</title>",
      `<main><article><h1>Readers' questions</h1><p class="meta">By Anna Petrosova · 6 min read</p>${paragraphs}</article></main>`,
    );
    expect(parseArticle({ file: "r.html", text: articleText("r.html", Buffer.from(html)) }).meta.published).toBeNull();
  });

  it("puts no date from below the text's first paragraph above it", () => {
    const html = page("<title>Timeline</title>", `<main><h1>Timeline</h1>${paragraphs}<p>12 July 2020</p><p>Fighting broke out in Tovuz.</p></main>`);
    expect(readHtmlPage(html, null).body.startsWith(BODY[0] ?? "")).toBe(true);
  });

  it("joins a speech's headline and the speakers printed under it; a byline under a news headline stays apart", () => {
    const speech = page(
      "<title>Press conference</title>",
      `<main><h1>Joint press conference</h1><p class="subtitle">by the OSCE Chairperson-in-Office and the Foreign Minister of Ruritania</p>${paragraphs}</main>`,
    );
    const news = page("<title>Talks resume</title>", `<main><h1>Talks resume in Vienna</h1><p>by Jane Doe</p>${paragraphs}</main>`);
    expect(readHtmlPage(speech, null).title).toBe("Joint press conference by the OSCE Chairperson-in-Office and the Foreign Minister of Ruritania");
    expect(readHtmlPage(news, null).title).toBe("Talks resume in Vienna");
  });
});

describe("what reaches the text", () => {
  it("keeps a sidebar of the article's own reporting, but not a rail of links or a newsletter box set as asides", () => {
    const html = page(
      "<title>Fighting near Tartar</title>",
      `<main><article>
         <h1>Fighting near Tartar</h1>
         ${paragraphs}
         <aside class="box"><h3>How the day unfolded</h3>
           <p>The shelling began before dawn, when rockets fell on the outskirts of the town. "We counted eleven explosions in an hour," the district head, Mustafa Aliyev, told reporters.</p>
           <p>A delegate of the International Committee of the Red Cross said 30 wounded people were being treated at the district hospital.</p>
         </aside>
         <aside><h3>Read more</h3><ul><li><a href="/a">Five facts about the Tartar district and its history</a></li><li><a href="/b">Maps of the front line before and after the war</a></li></ul></aside>
         <aside><p>Sign up for our morning briefing.</p></aside>
       </article></main>`,
    );
    const { body } = readHtmlPage(html);
    expect(body).toContain("We counted eleven explosions in an hour");
    expect(body).toContain("30 wounded people were being treated");
    expect(body).not.toContain("Five facts about the Tartar district");
    expect(body).not.toContain("Sign up for our morning briefing");
  });

  it("leaves a forum post's signature out", () => {
    const html = page(
      "<title>Shelling near Tovuz | Steppe Talk Forums</title>",
      `<div class="post"><div class="post-body">${paragraphs}</div><div class="signature">Long live the steppe.</div></div>`,
    );
    expect(readHtmlPage(html).body).not.toContain("Long live the steppe");
  });

  it("keeps navigation, cookie banners, share rows, ads, related links and comments out", () => {
    const html = page(
      "<title>Ganja</title>",
      `<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
       <div class="cookie-banner"><p>We use cookies to improve your experience on our site.</p><button>Accept all</button></div>
       <main><article>
         <h1>Missile strike on Ganja</h1>
         <div class="share-tools">Share on Facebook · Share on Twitter</div>
         ${paragraphs}
         <div class="ad-slot">Advertisement: the best hotels in Baku</div>
         <section class="related-articles"><h2>Related</h2><ul><li><a href="/1">Ten things to see in Shusha</a></li></ul></section>
       </article>
       <section id="comments"><div class="comment"><p>Fake news, everyone knows who started it.</p></div></section></main>
       <footer>© 2020 Caspian Wire. All rights reserved.</footer>`,
    );
    const { body } = readHtmlPage(html);
    for (const p of BODY) expect(body).toContain(p);
    for (const furniture of [
      "World news menu",
      "We use cookies",
      "Share on Facebook",
      "best hotels",
      "Ten things to see",
      "Fake news",
      "All rights reserved",
    ]) {
      expect(body).not.toContain(furniture);
    }
  });

  it("keeps a photo feed's captions, which are its text, and drops a short caption, photo credits and an image's action links", () => {
    const figure = (id: string, caption: string) =>
      `<figure class="feed-item" id="${id}"><img src="/${id}.jpg" alt=""><figcaption><p class="dateline">GORIS, Armenia, May 2, 2024</p><p>${caption}</p><p class="credit">Photo: Staff / Agency | ID ${id}</p></figcaption><div class="item-actions"><a href="#">License this image</a> · <a href="#">Share</a></div></figure>`;
    const html = page(
      "<title>Border photo feed</title>",
      `<main><h1>Border photo feed</h1><p>Pictures from both sides of the border, each caption with its own dateline, supplied by our photographers and desk editors.</p>
       ${figure("A-1", BODY[0] ?? "")}${figure("A-2", BODY[1] ?? "")}
       <figure><img src="/x.jpg" alt=""><figcaption>Rescue workers at the damaged building</figcaption></figure></main>`,
    );
    const { body } = readHtmlPage(html);
    expect(body).toContain(BODY[0]);
    expect(body).toContain(BODY[1]);
    for (const furniture of ["Rescue workers at the damaged building", "Photo: Staff", "License this image"]) expect(body).not.toContain(furniture);
  });

  it("finds the article when it is not the first <article> on the page", () => {
    const teasers = ["Baku marathon draws record field", "New metro line opens in Yerevan", "Wine harvest up in Kakheti"]
      .map((t) => `<article class="card"><h3><a href="/x">${t}</a></h3><p>A short teaser about ${t.toLowerCase()}.</p></article>`)
      .join("");
    const html = page(
      "<title>Ganja</title>",
      `<div class="rail">${teasers}</div><div class="story"><article><h1>Missile strike on Ganja</h1>${paragraphs}</article></div>`,
    );
    const { body } = readHtmlPage(html);
    expect(body).toContain(BODY[0]);
    expect(body).not.toContain("marathon");
  });

  it("reads broken markup: unclosed paragraphs, stray closing tags and mis-nested inline tags", () => {
    const html = `<html><head><title>Ganja</title><body><div class=story><article><p>${BODY[0]}<p>${BODY[1]}</span></div><p><b><i>${BODY[2]}</b></i></article>`;
    const { body } = readHtmlPage(html);
    expect(body.split("\n\n")).toEqual(BODY);
  });

  it("keeps a live blog's time stamps on lines of their own, its key points and its background", () => {
    const entries = BODY.map(
      (p, i) => `<article class="entry"><header><time datetime="2020-10-17T1${i}:00Z">1${i}:00 GMT</time><h2>Update ${i}</h2></header><p>${p}</p></article>`,
    ).join("");
    const html = page(
      `<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Ganja live","datePublished":"2020-10-17T01:00:00Z"}</script>`,
      `<main><h1>Ganja live</h1><section class="key-events"><ul><li>Baku says a missile hit Ganja</li></ul></section><div class="stream">${entries}</div><section><h2>Background</h2><p>Fighting broke out on 27 September.</p></section></main>`,
    );
    const { body } = readHtmlPage(html);
    expect(body).toContain("10:00 GMT\n\n## Update 0\n\n");
    expect(body).toContain("- Baku says a missile hit Ganja");
    expect(body).toContain("Fighting broke out on 27 September.");
    expect(parseArticle({ file: "live.html", text: htmlArticleText(readHtmlPage(html)) }).meta.genre).toBe("live-blog");
  });

  it("refuses a page with no article text, naming what was wrong", () => {
    const html = page("<title>Home</title>", `<nav><a href="/">Home</a></nav><ul><li><a href="/a">One story</a></li><li><a href="/b">Another</a></li></ul>`);
    expect(() => readHtmlPage(html)).toThrow(/is not an article: the page holds (no|only \d+ words of) article text/);
  });
});

describe("the page's encoding", () => {
  it("decodes a page in the encoding its <meta> declares", () => {
    const bytes = Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf\xe9 \x96 Stepanakert</p>`, "latin1");
    expect(decodeHtml(bytes)).toContain("café – Stepanakert");
  });

  it("reports an encoding it cannot read instead of guessing", () => {
    expect(() => decodeHtml(Buffer.from('<meta charset="x-klingon"><p>text</p>'))).toThrow('declares the character encoding "x-klingon", which cannot be read');
  });
});

describe("the annotated web pages in tests/fixtures/html", () => {
  const folder = join(projectRoot, "tests", "fixtures", "html");
  const gold = JSON.parse(readFileSync(join(projectRoot, "tests", "fixtures", "html-gold.json"), "utf8")) as {
    articles: Record<string, { title: string; outlet: string | null; published: string | null; boilerplate: string[]; claims: { fragment: string }[] }>;
  };
  const pages = readdirSync(folder).filter((f) => f.endsWith(".html"));

  it("has an annotation for every page, and several kinds of site", () => {
    expect(pages.sort()).toEqual(Object.keys(gold.articles).sort());
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages)("reads %s: its metadata, every annotated claim and none of its furniture", (file) => {
    const text = articleText(file, readFileSync(join(folder, file)));
    const { meta } = parseArticle({ file, text });
    const annotation = gold.articles[file];
    expect({ title: meta.title, outlet: meta.outlet, published: meta.published }).toEqual({
      title: annotation?.title,
      outlet: annotation?.outlet,
      published: annotation?.published,
    });
    const flat = text.replace(/\s+/g, " ");
    for (const claim of annotation?.claims ?? []) expect(flat).toContain(claim.fragment.replace(/\s+/g, " "));
    const { passages } = parseArticle({ file, text });
    const indexed = passages.map((p) => p.text).join("\n");
    for (const furniture of annotation?.boilerplate ?? []) expect(indexed, furniture).not.toContain(furniture);
  });
});

describe("an old page laid out in one big table cell", () => {
  it("keeps the cell's paragraphs apart, as paragraphs, not one run of text", () => {
    const html = page(
      "<title>Review - The Old Quarterly</title>",
      `<table width="760"><tr><td><font size="1">Home | Archive</font><hr><div class="review"><h2>A review</h2>${BODY.map((p) => `<p>${p}`).join("\n")}</div></td></tr></table>`,
    );
    const text = htmlArticleText(readHtmlPage(html));
    for (const p of BODY) expect(text).toContain(`\n\n${p}`);
  });

  it("still reads a data table's row as one row of cells", () => {
    const html = page("<title>Toll</title>", `${paragraphs}<table><tr><td>Killed</td><td>12</td></tr><tr><td>Wounded</td><td>30</td></tr></table>`);
    expect(htmlArticleText(readHtmlPage(html))).toContain("| Killed | 12 |");
  });
});

describe("a local site's weather widget", () => {
  const body = (bar: string) =>
    page(
      "<title>Mine blast in Kalbajar</title>",
      `${bar}<main><article><h1>Mine blast in Kalbajar</h1>${paragraphs}<p>The ministry said a criminal case had been opened over the blast near Chiraq.</p></article></main>`,
    );

  it("says where the site is published, and the core reads that place as the page's dateline", () => {
    const text = htmlArticleText(readHtmlPage(body('<div class="topbar">Baku <span>+3°C</span> | USD/AZN 1.7000</div>')));
    expect(text).toContain("location: Baku");
    expect(parseArticle({ file: "p.md", text }).structure.filedFrom).toBe("Baku");
  });

  it("is not read from the article's own text", () => {
    const text = htmlArticleText(readHtmlPage(body("<div>Navigation</div>").replace("<h1>", "<p>Yerevan 38°C heat hit the capital.</p><h1>")));
    expect(text).not.toContain("location:");
  });
});

describe("a heading between the article's main block and the paragraphs after it", () => {
  const html = page(
    "<title>Full text: the ministry's statement - Legal Weekly</title>",
    `<article><h1>Full text: the ministry's statement</h1>
<p>We publish below, in our translation, the statement issued on Tuesday by the Ministry of Defence of the Republic of Armenia.</p>
<div class="document"><p>STATEMENT OF THE MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA</p>${paragraphs}</div>
<h2>Editor's note</h2>
<p>Azerbaijan's defence ministry rejected the statement on Wednesday and said its forces had only returned fire near the border.</p>
</article>`,
  );

  it("is kept above the paragraph it heads, so that the statement's end can be seen", () => {
    const blocks = readHtmlPage(html).body.split("\n\n");
    const note = blocks.indexOf("## Editor's note");
    expect(note).toBeGreaterThan(0);
    expect(blocks[note + 1]).toMatch(/^Azerbaijan's defence ministry rejected/);
  });

  it("ends the statement's words: the note's sentence is its own speaker's", () => {
    const parsed = parseArticle({ file: "statement.html", text: articleText("statement.html", Buffer.from(html)) });
    expect(parsed.passages.some((p) => p.heading && p.text === "Editor's note")).toBe(true);
    const { claims } = extractArticle(parsed);
    expect(claims.filter((c) => c.sentence.startsWith("Azerbaijan's defence ministry rejected")).map((c) => c.side)).toEqual(["azerbaijan"]);
  });

  it("does not take the line naming the statement for a word of it", () => {
    const { claims } = extractArticle(parseArticle({ file: "statement.html", text: articleText("statement.html", Buffer.from(html)) }));
    expect(claims.some((c) => c.sentence.startsWith("STATEMENT OF"))).toBe(false);
    expect(claims.some((c) => c.sentence.startsWith("The OSCE Minsk Group co-chairs") && c.side === "armenia")).toBe(true);
  });
});

describe("a photo story whose text is split between a note, long captions and a context section", () => {
  const caption = (n: number, text: string) => `<figure><img src="/${n}.jpg" alt=""><figcaption><strong>0${n}.</strong> ${text}</figcaption></figure>`;
  const html = page(
    "<title>Tartar after the shelling | Photo story</title>",
    [
      "<header><nav><a href='/'>Stories</a> <a href='/about'>About</a></nav></header>",
      "<main><h1>Tartar after the shelling</h1>",
      "<section class='note'><h2>Note</h2><p>I drove into Tartar on Tuesday morning, a day after the heaviest shelling the town had seen this month; the police let us into the centre in pairs, and the captions below were written on the spot and checked against the statements of the day.</p></section>",
      caption(
        1,
        "Firefighters of the emergencies ministry at a burnt market hall in Tartar. The ministry said two people had been killed in the market and that eleven were taken to hospital in Barda, most of them traders.",
      ),
      caption(
        2,
        "A school courtyard with a crater where the basketball court was. The district governor said the school had been empty since the fighting began and that its pupils were studying in Barda.",
      ),
      "<section class='context'><h2>Context</h2><p>Azerbaijan's defence ministry said the town had been shelled from the direction of Martakert throughout the night.</p><p>Karabakh's defence army denied firing on civilian areas and said its forces had only hit military positions.</p><p>The OSCE Minsk Group co-chairs called upon the parties to respect the ceasefire they had agreed.</p></section>",
      "</main>",
    ].join(""),
  );

  it("keeps the note and the captions, not only the section the reader scored best", () => {
    const body = readHtmlPage(html).body;
    expect(body).toContain("I drove into Tartar on Tuesday morning");
    expect(body).toContain("The ministry said two people had been killed in the market");
    expect(body).toContain("Karabakh's defence army denied firing on civilian areas");
  });
});

describe("a petition page with an updates section beside its text", () => {
  const html = page(
    "<title>Ask the government to press for a ceasefire | Petitions</title>",
    [
      "<header><nav><a href='/'>Petitions</a> <a href='/start'>Start a petition</a></nav></header>",
      "<main><article><h1>Ask the government to press for a ceasefire</h1>",
      paragraphs,
      "<p>We, the undersigned, ask the foreign minister to use every channel to obtain a verified ceasefire along the line of contact, and to support humanitarian help for civilians on both sides.</p>",
      "</article>",
      "<section class='updates'><h2>Updates</h2><div class='update'><p>Good news: a ceasefire took effect at noon today. The Karabakh defence ministry said that 20 of its soldiers were killed over the four days of fighting.</p></div></section>",
      "<div class='share'>Share: <a href='#'>Facebook</a> · <a href='#'>Email</a></div>",
      "</main>",
    ].join(""),
  );

  it("keeps the author's later updates, which the reader scores apart from the text", () => {
    const body = readHtmlPage(html).body;
    expect(body).toContain("We, the undersigned, ask the foreign minister");
    expect(body).toContain("The Karabakh defence ministry said that 20 of its soldiers were killed");
    expect(body).not.toContain("Share:");
  });
});

describe("an old page whose tab puts the site's name first", () => {
  const html = page(
    '<title>Scena Marettimo | "The Ridge": a play about a front line that moves</title><meta name="pubdate" content="20080322">',
    `<h1>"The Ridge": a play about a front line that moves</h1>${paragraphs}`,
  );

  it("names the site from the tab's first part and dates the page from its undashed pubdate", () => {
    expect(readHtmlPage(html, null)).toMatchObject({
      title: '"The Ridge": a play about a front line that moves',
      outlet: "Scena Marettimo",
      published: "2008-03-22",
    });
  });
});
