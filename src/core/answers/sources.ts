// sources(): the articles the index holds, one line each, newest first.
import type { Answer, AnswerLine } from "../types.ts";
import type { AnswerIndex } from "./answerIndex.ts";
import { withText } from "./render.ts";
import { createSourceList } from "./sourceList.ts";

export function sources(index: AnswerIndex): Answer {
  const list = createSourceList();
  const articles = [...index.knowledge.articles].sort(
    (a, b) => (b.meta.published ?? "").localeCompare(a.meta.published ?? "") || a.meta.file.localeCompare(b.meta.file),
  );
  const lines: AnswerLine[] = [];
  for (const article of articles) {
    const first = article.passages[0];
    const record = first ? index.passageById.get(first.id) : undefined;
    if (!record) continue;
    const claimCount = article.claims.length;
    lines.push({
      text: `${article.meta.title ?? article.meta.file} (${article.meta.published ?? "undated"}; ${claimCount} claim${claimCount === 1 ? "" : "s"})`,
      side: "outlet",
      speaker: article.meta.outlet,
      sources: [list.cite(record)],
    });
  }
  const title = `${lines.length} article${lines.length === 1 ? "" : "s"} indexed`;
  return withText({ kind: "sources", query: "", title, lines, sources: list.refs() });
}
