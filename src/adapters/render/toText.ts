// The console's rendering: the same blocks as Discord, as plain text safe for a terminal.
import type { Answer } from "../../core/types.ts";
import { answerBlocks, groupSources, sourceNumbers } from "./answerBlocks.ts";
import type { CommandResult } from "./commandResult.ts";
import { reindexSummary } from "./reindexSummary.ts";
import { oneLine, plainText } from "./sanitize.ts";

export function answerToText(answer: Answer): string {
  const out: string[] = [oneLine(answer.title), ""];
  for (const block of answerBlocks(answer)) {
    if (block.type === "note") out.push(`Note: ${oneLine(block.text)}`, "");
    else if (block.type === "heading") out.push(...(out.at(-1) === "" ? [] : [""]), `== ${oneLine(block.text)} ==`);
    else if (block.type === "table") out.push(...block.lines.map((l) => plainText(l).replace(/\n/g, " ")));
    else {
      const markers = block.markers.map((m) => ` [${m}]`).join("");
      const refs = block.refs.map((n) => `[${n}]`).join("");
      out.push(`- ${oneLine(block.label)}${markers}: ${oneLine(block.text)}${refs ? ` ${refs}` : ""}`);
    }
  }
  if (answer.sources.length) {
    out.push("", "Sources:");
    for (const g of groupSources(answer.sources)) out.push(`  ${sourceNumbers(g.numbers)} ${oneLine(g.summary)} (${oneLine(g.file)})`);
  }
  return plainText(out.join("\n"));
}

export function resultToText(result: CommandResult): string {
  if (result.type === "answer") return answerToText(result.answer);
  const summary = reindexSummary(result.report);
  const errors = summary.errors.length ? ["Errors:", ...summary.errors.map((e) => `  ${oneLine(e)}`)] : [];
  return plainText([summary.title, "", ...summary.lines, ...errors].join("\n"));
}
