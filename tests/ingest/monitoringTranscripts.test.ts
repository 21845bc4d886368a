// A monitoring service's transcript of one programme: the item's headline is the title, the
// broadcaster its source line names is the outlet, the day of the broadcast the date, and the
// service's masthead, filing fields and notes on its copy are never indexed. A digest of summarised
// items that names no programme stays the service's.
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/core/rules/rule.ts";
import { COPY_NOTE_RULES, MONITORING_RULES } from "../../src/core/ingest/monitoringCues.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("a monitoring service's transcript of a radio programme", () => {
  const article = parse(
    "t.txt",
    "SOUTHERN MONITORING GROUP | RADIO TRANSCRIPT SERVICE",
    "Client copy -- internal distribution only",
    "Ref: SMG-AM-250504-0031    Priority: ROUTINE    Region: South Caucasus / Armenia",
    "",
    "Armenian radio: deputy minister says border posts in Syunik will move by June",
    "",
    "Source: Radio Lori, Vanadzor, in Armenian 0900 gmt 4 May 25",
    'Programme: "Morning Line" (news and phone-in)',
    "Monitored: 4 May 25 | Filed: 5 May 25, 0730 gmt",
    "Translated by: SMG Yerevan desk",
    "",
    "Editor's note: The following are excerpts from the first half of the programme, which opened with an interview with the deputy minister.",
    "Passages on the weather and culture are omitted. Speaker identifications are the desk's.",
    "",
    "Presenter: Good morning. The deputy minister of territorial administration joins us from Kapan.",
    "",
    "Deputy minister: The posts will be moved by the end of June, and no village will be cut off from its pastures.",
    "",
    "== END OF TRANSCRIPT ==",
    "",
    "SMG transcripts are produced for subscribers' research use. Timings approximate.",
    "Keywords: Armenia; Syunik; border; pastures; Kapan",
  );

  it("takes the item's headline as the title, not the service's masthead or its circulation note", () => {
    expect(article.meta.title).toBe("Armenian radio: deputy minister says border posts in Syunik will move by June");
  });

  it("credits the broadcaster named on the source line, on the day of the broadcast", () => {
    expect(article.meta.outlet).toBe("Radio Lori");
    expect(article.meta.published).toBe("2025-05-04");
  });

  it("indexes the turns and the source line, and none of the service's fields and notes", () => {
    const indexed = texts(article).join("\n");
    expect(bodyTexts(article)).toContain("Deputy minister: The posts will be moved by the end of June, and no village will be cut off from its pastures.");
    expect(indexed).toContain("Source: Radio Lori, Vanadzor, in Armenian 0900 gmt 4 May 25");
    for (const furniture of [
      "Client copy",
      "Ref:",
      "Programme:",
      "Monitored:",
      "Translated by",
      "END OF TRANSCRIPT",
      "Timings",
      "Keywords",
      "excerpts",
      "omitted",
      "identifications",
    ]) {
      expect(indexed).not.toContain(furniture);
    }
  });
});

describe("a transcript page whose fields name the channel and the date", () => {
  const article = parse(
    "c.txt",
    "CASPIAN BROADCAST WATCH -- RADIO TRANSCRIPTS (ENGLISH)",
    "===========================================",
    "Azerbaijani TV: ministry says two deminers hurt near Fuzuli",
    "-------------------------------------------",
    "Channel:   Caspian Public Television (Channel 2)",
    'Programme: "Evening News", 20:00 local (1600 gmt)',
    "Date:      3 March 2025",
    "Items:     1 of 6 (items 2-6 not translated: economy, sport)",
    "===========================================",
    "",
    "ITEM 1 of 6",
    "",
    "PRESENTER: Two deminers were injured near Fuzuli today, the ministry said.",
  );

  it("credits the channel without its alternative name, and reads the date field", () => {
    expect(article.meta.outlet).toBe("Caspian Public Television");
    expect(article.meta.published).toBe("2025-03-03");
    expect(article.meta.title).toBe("Azerbaijani TV: ministry says two deminers hurt near Fuzuli");
  });

  it("never indexes the item count or the note on what was not translated", () => {
    const indexed = texts(article).join("\n");
    expect(indexed).not.toMatch(/ITEM 1 of 6|not translated|RADIO TRANSCRIPTS/);
  });
});

describe("a digest of summarised items with no programme field", () => {
  const article = parse(
    "d.txt",
    "BBC Summary of World Broadcasts",
    "",
    "6 May 1993",
    "",
    "Karabakh leaders report shelling of Martuni",
    "",
    "Source: Radio Yerevan, Yerevan, in Armenian 1400 gmt 4 May 93",
    "",
    "Text of report",
    "",
    "The Karabakh defence committee said Azerbaijani artillery shelled Martuni overnight.",
  );

  it("stays the service's, dated by its issue", () => {
    expect(article.meta.outlet).toBe("BBC Summary of World Broadcasts");
    expect(article.meta.published).toBe("1993-05-06");
  });
});

describe("a line that only looks like an item field", () => {
  it("stays text when it is a sentence", () => {
    const article = parse("p.txt", "Talks in Almaty", "", "Programme: the two ministers agreed to meet again in May, the ministry said.", "");
    expect(texts(article)).toContain("Programme: the two ministers agreed to meet again in May, the ministry said.");
  });
});

const TABLES: Record<string, Record<string, Rule>> = { monitoring: MONITORING_RULES, "copy note": COPY_NOTE_RULES };
const cases = Object.entries(TABLES).flatMap(([table, rules]) =>
  Object.entries(rules).flatMap(([name, rule]) => [
    ...rule.examples.map((text) => ({ table, name, text, matches: true, rule })),
    ...rule.counterExamples.map((text) => ({ table, name, text, matches: false, rule })),
  ]),
);

describe("the monitoring rules", () => {
  it.each(cases)("$table rule '$name' on \"$text\" matches: $matches", ({ rule, text, matches }) => {
    expect(new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "")).test(text)).toBe(matches);
  });
});

describe("a channel's own bulletin transcript that credits nobody else", () => {
  const article = parse(
    "e.txt",
    "EVENING BULLETIN -- TRANSCRIPT",
    "Channel: Lowland 24 (international service)",
    "Broadcast: Saturday, 10 October 2020, 21:00 CET",
    "",
    "ANCHOR: Good evening. The truce agreed in Moscow was supposed to take hold at noon today.",
  );

  it("credits the channel as the outlet", () => {
    expect(article.meta.outlet).toBe("Lowland 24");
    expect(article.meta.published).toBe("2020-10-10");
  });
});
