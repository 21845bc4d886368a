// The CLI's JSON for an answer (a contract: the scorer reads `sources` and `claims`):
// {question, text, sources:[{file, passageId, text, outlet, published, title}],
//  claims:[{sentence, side, speaker, file}]}, exactly; `ask` answers add
//  lead:{text, side, speaker, file, passageId}|null (the sentence that answers, as written);
//  casualty answers add their `table`.
import type { Answer, AnswerLead } from "../../core/types.ts";

export interface CliAnswerJson {
  question: string;
  text: string;
  sources: { file: string; passageId: string; text: string; outlet: string | null; published: string | null; title: string | null }[];
  claims: { sentence: string; side: string; speaker: string | null; file: string }[];
  lead?: { text: string; side: string; speaker: string | null; file: string; passageId: string } | null;
  table?: Answer["table"];
}

export function answerJson(answer: Answer): CliAnswerJson {
  const fileOf = new Map(answer.sources.map((s) => [s.n, s.file]));
  return {
    question: answer.query,
    text: answer.text,
    sources: answer.sources.map(({ file, passageId, text, outlet, published, title }) => ({ file, passageId, text, outlet, published, title })),
    claims: answer.lines
      .filter((l) => l.side !== "outlet")
      .map((l) => ({ sentence: l.text, side: l.side, speaker: l.speaker, file: fileOf.get(l.sources[0] ?? 0) ?? "" })),
    ...(answer.kind === "ask" ? { lead: leadJson(answer.lead ?? null) } : {}),
    ...(answer.table ? { table: answer.table } : {}),
  };
}

function leadJson(lead: AnswerLead | null): NonNullable<CliAnswerJson["lead"]> | null {
  if (!lead) return null;
  const { text, side, speaker, file, passageId } = lead;
  return { text, side, speaker, file, passageId };
}
