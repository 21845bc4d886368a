// A small AnswerService with realistic answers, for the bot and console tests: sides with speakers,
// the outlet's own reporting, a disputed figure, a mediator, hostile corpus text and long answers.
import { CounterclaimError } from "../../src/core/errors.ts";
import type { Answer, AnswerLine, AnswerService, ReindexReport, Side, SourceRef } from "../../src/core/types.ts";

export const HOSTILE = "@everyone look <@123456789012345678> **bold** [click](https://evil.example) `code` <@&42>";

export const SOURCES: SourceRef[] = [
  {
    n: 1,
    file: "001_ffe39782a73d4c6c.txt",
    passageId: "001_ffe39782a73d4c6c.txt#p0",
    text: "Azerbaijan's Defence Ministry said…",
    outlet: "Reuters",
    published: "2020-10-09",
    title: "Fighting rages around Hadrut",
  },
  {
    n: 2,
    file: "002_97bd53f18ffc2277.txt",
    passageId: "002_97bd53f18ffc2277.txt#p3",
    text: "Armenia denied…",
    outlet: "Azatutyun",
    published: "2020-10-10",
    title: "Yerevan denies Hadrut capture",
  },
  {
    n: 3,
    file: "003_224625589bcb5d42.txt",
    passageId: "003_224625589bcb5d42.txt#p1",
    text: "Moscow called for…",
    outlet: "TASS",
    published: "2020-10-10",
    title: `Lavrov hosts talks ${HOSTILE}`,
  },
];

const line = (l: Partial<AnswerLine> & Pick<AnswerLine, "text" | "side">): AnswerLine => ({ speaker: null, sources: [1], ...l });

export const HADRUT_LINES: AnswerLine[] = [
  line({
    text: "Azerbaijani forces took control of Hadrut and several villages.",
    side: "azerbaijan",
    speaker: "Azerbaijan's Defence Ministry",
    claimId: "001.txt#p0.s0:azerbaijan",
    group: "Hadrut, 2020-10-09",
    day: "2020-10-09",
  }),
  line({
    text: "Hadrut was never captured; fighting continues on its outskirts.",
    side: "armenia",
    speaker: "the Armenian Defence Ministry",
    sources: [2],
    disputed: true,
    claimId: "002.txt#p3.s1:armenia",
    group: "Hadrut, 2020-10-09",
    day: "2020-10-10",
  }),
  line({ text: "Smoke rose over the town as shelling continued overnight.", side: "outlet", sources: [1], group: "Hadrut, 2020-10-09" }),
  line({
    text: "We call on both sides to observe the humanitarian truce.",
    side: "russia",
    speaker: "Russian Foreign Minister Sergei Lavrov",
    sources: [3],
    mediator: true,
    claimId: "003.txt#p1.s0:russia",
    group: "Hadrut, 2020-10-09",
    day: "2020-10-10",
  }),
];

function answer(kind: Answer["kind"], query: string, title: string, lines: AnswerLine[], extra: Partial<Answer> = {}): Answer {
  return { kind, query, title, text: lines.map((l) => l.text).join("\n"), lines, sources: SOURCES, ...extra };
}

/** A long answer: many claims with long sentences, so Discord needs several pages. */
export function longLines(count: number, side: Side = "azerbaijan"): AnswerLine[] {
  return Array.from({ length: count }, (_, i) =>
    line({
      text: `Claim number ${i + 1}: artillery fire hit positions near the line of contact, ${"and the ministry described the damage in detail ".repeat(6)}${i % 7 === 0 ? HOSTILE : ""}`,
      side: i % 3 === 0 ? side : i % 3 === 1 ? "armenia" : "nagorno-karabakh",
      speaker: i % 3 === 0 ? "the Defence Ministry" : "Karabakh's Armenian-backed Defense Army",
      sources: [1 + (i % 3)],
      disputed: i % 5 === 0,
      claimId: `long.txt#p${i}.s0:${side}`,
      group: `Incident ${1 + Math.floor(i / 10)}`,
    }),
  );
}

export interface FakeAnswerService extends AnswerService {
  calls: string[];
}

export function fakeAnswerService(): FakeAnswerService {
  const calls: string[] = [];
  const guard = (query: string | undefined) => {
    if (query === "explode") throw new Error("index exploded (a bug in the answer service)");
    if (query === "'=^!|") throw new CounterclaimError("that query has no searchable words");
  };
  return {
    calls,
    ask(question) {
      calls.push(`ask:${question}`);
      guard(question);
      if (question.includes("hostile")) return answer("ask", question, `Q: ${question}`, [line({ text: HOSTILE, side: "other", speaker: HOSTILE })]);
      return answer("ask", question, `What the sources say: ${question}`, HADRUT_LINES);
    },
    incident(query) {
      calls.push(`incident:${query}`);
      guard(query);
      return answer("incident", query, `Incident: ${query}`, HADRUT_LINES, {
        table: [
          {
            claimedBy: "armenia",
            affected: "azerbaijan",
            killed: 120,
            wounded: null,
            qualifier: "more than",
            date: { text: "on Friday", start: "2020-10-09", end: "2020-10-09", precision: "day" },
            sentence: "…",
            sources: [2],
            disputed: true,
          },
          {
            claimedBy: "unattributed",
            affected: "unspecified",
            killed: 3,
            wounded: 5,
            qualifier: null,
            date: null,
            sentence: "…",
            sources: [1],
            disputed: false,
          },
        ],
        note: "The sides' figures for Hadrut contradict each other.",
      });
    },
    claims(side, topic) {
      calls.push(`claims:${side ?? ""}:${topic ?? ""}`);
      guard(topic);
      return answer("claims", topic ?? "", `Claims by ${side}${topic ? ` on ${topic}` : ""}`, longLines(60, side));
    },
    casualties(query) {
      calls.push(`casualties:${query ?? ""}`);
      guard(query);
      return answer("casualties", query ?? "", "Casualty figures", [], {
        table: Array.from({ length: 40 }, (_, i) => ({
          claimedBy: i % 2 ? "armenia" : "azerbaijan",
          affected: i % 2 ? "azerbaijan" : "armenia",
          killed: i * 3,
          wounded: i,
          qualifier: "at least",
          date: null,
          sentence: "…",
          sources: [1 + (i % 2)],
          disputed: i % 4 === 0,
        })),
      });
    },
    mediators(query) {
      calls.push(`mediators:${query ?? ""}`);
      guard(query);
      return answer(
        "mediators",
        query ?? "",
        "Mediators",
        HADRUT_LINES.filter((l) => l.mediator),
      );
    },
    sources() {
      calls.push("sources");
      return answer(
        "sources",
        "",
        "Sources",
        SOURCES.map((s) => line({ text: `${s.title} (${s.outlet}, ${s.published}): 3 claims`, side: "outlet", sources: [s.n] })),
      );
    },
    suggestIncidents(prefix, limit = 25) {
      calls.push(`suggest:${prefix}`);
      const known = ["Hadrut", "Hadrut, 2020-10-09", "Shusha", "Stepanakert shelling", "Ganja missile strike", HOSTILE];
      return known.filter((k) => k.toLowerCase().startsWith(prefix.toLowerCase())).slice(0, limit);
    },
    async reindex(): Promise<ReindexReport> {
      calls.push("reindex");
      return {
        ok: true,
        articles: 5,
        passages: 120,
        claims: 48,
        changed: { added: ["005_new.txt"], removed: [], modified: ["001_ffe39782a73d4c6c.txt"] },
        errors: [{ file: "bad.txt", reason: "not a text file (it contains NUL bytes)" }],
        elapsedMs: 1234,
      };
    },
  };
}
