// Every regex rule kept as data with its examples and counter-examples: each example must match
// and each counter-example must not, so a rule's documentation cannot drift from what it does.
import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/core/rules/rule.ts";
import { GENRE_RULES } from "../../src/core/ingest/genreCues.ts";
import { PAGE_HEAD_RULES } from "../../src/core/ingest/pageHeadCues.ts";
import { FURNITURE_RULES } from "../../src/core/ingest/furnitureCues.ts";
import { COLOPHON_RULES } from "../../src/core/ingest/colophonCues.ts";
import { CONTINUATION_RULES } from "../../src/core/attribution/continuation.ts";
import { REVEAL_RULES } from "../../src/core/attribution/revealedSpeaker.ts";
import { BROADCAST_SOURCE_RULES } from "../../src/core/attribution/broadcastSource.ts";
import { CHAT_EXPORT_RULES } from "../../src/core/ingest/chatExport.ts";
import { COPY_NOTE_RULES, MONITORING_RULES } from "../../src/core/ingest/monitoringCues.ts";
import { SUBTITLE_RULES } from "../../src/core/ingest/subtitles.ts";
import { OWN_STATE_STANCE_RULES } from "../../src/core/attribution/ownStateVoice.ts";

const TABLES: Record<string, Record<string, Rule>> = {
  genre: GENRE_RULES,
  "page head": PAGE_HEAD_RULES,
  furniture: FURNITURE_RULES,
  colophon: COLOPHON_RULES,
  continuation: CONTINUATION_RULES,
  reveal: REVEAL_RULES,
  "broadcast source": BROADCAST_SOURCE_RULES,
  "chat export": CHAT_EXPORT_RULES,
  monitoring: MONITORING_RULES,
  "copy notes": COPY_NOTE_RULES,
  subtitles: SUBTITLE_RULES,
  "own state stance": OWN_STATE_STANCE_RULES,
};

const cases = Object.entries(TABLES).flatMap(([table, rules]) =>
  Object.entries(rules).flatMap(([name, rule]) => [
    ...rule.examples.map((text) => ({ table, name, text, matches: true, rule })),
    ...rule.counterExamples.map((text) => ({ table, name, text, matches: false, rule })),
  ]),
);

describe("rule tables", () => {
  it.each(cases)("$table rule '$name' on \"$text\" matches: $matches", ({ rule, text, matches }) => {
    expect(new RegExp(rule.pattern.source, rule.pattern.flags.replace("g", "")).test(text)).toBe(matches);
  });

  it("gives every rule at least one example and one counter-example", () => {
    for (const rules of Object.values(TABLES)) {
      for (const rule of Object.values(rules)) {
        expect(rule.examples.length).toBeGreaterThan(0);
        expect(rule.counterExamples.length).toBeGreaterThan(0);
      }
    }
  });
});
