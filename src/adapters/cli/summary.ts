// The readable summary of `cli extract`: articles, claims per side, casualty figures per claimant.
import type { CorpusKnowledge } from "../../core/types.ts";

export function summarizeKnowledge({ articles }: CorpusKnowledge): string {
  const claims = articles.flatMap((a) => a.claims);
  const figures = articles.flatMap((a) => a.casualties);
  const lines = [`${articles.length} articles, ${articles.reduce((n, a) => n + a.passages.length, 0)} passages`, ""];
  for (const a of articles) {
    const { file, title, outlet, published } = a.meta;
    lines.push(`  ${file}: ${title ?? "(no title)"} | ${outlet ?? "outlet unknown"} | ${published ?? "date unknown"} | ${a.claims.length} claims`);
  }
  lines.push("", `${claims.length} claims by side:`);
  for (const [side, n] of countBy(claims.map((c) => c.side))) lines.push(`  ${side.padEnd(18)} ${n}`);
  lines.push("", `${figures.length} casualty figures by claimant:`);
  for (const [claimant, n] of countBy(figures.map((f) => f.claimedBy))) {
    const own = figures.filter((f) => f.claimedBy === claimant);
    const detail = own.map((f) => `${f.affected}: ${f.killed ?? "–"} killed, ${f.wounded ?? "–"} wounded`).join("; ");
    lines.push(`  ${claimant.padEnd(18)} ${n}  (${detail})`);
  }
  return lines.join("\n");
}

function countBy(values: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
