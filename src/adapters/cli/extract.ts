// `cli extract --corpus DIR [--json]`: the knowledge core's output, exactly as the scorer reads it.
import type { CorpusKnowledge } from "../../core/types.ts";
import { extractCorpus } from "../../core/knowledge/extractCorpus.ts";
import { loadCorpus } from "../corpus/loadCorpus.ts";
import type { CliCommand } from "./command.ts";
import { summarizeKnowledge } from "./summary.ts";

export const extractCommand: CliCommand = {
  usage: "extract --corpus DIR [--json]   articles, passages, claims with sides, casualty figures",
  async run(args) {
    const loaded = await loadCorpus(args.corpus);
    const { knowledge, errors } = extractCorpus(loaded.sources);
    const failures = [...loaded.errors, ...errors];
    for (const f of failures) console.error(`counterclaim: skipped ${f.file}: ${f.reason}`);
    console.log(args.json ? JSON.stringify(toContract(knowledge)) : summarizeKnowledge(knowledge));
    return failures.length > 0 ? 1 : 0;
  },
};

/** The JSON contract of issue 2 (and the article's `genre`, issue 7): these fields and no others. */
export function toContract(knowledge: CorpusKnowledge) {
  const { articles } = knowledge;
  return {
    articles: articles.map(({ meta: { file, title, outlet, published, genre } }) => ({ file, title, outlet, published, genre })),
    passages: articles.flatMap((a) => a.passages.map(({ id, file, text }) => ({ id, file, text }))),
    claims: articles.flatMap((a) =>
      a.claims.map(({ file, passageId, sentence, speaker, side, kind, date }) => ({ file, passageId, sentence, speaker, side, kind, date })),
    ),
    casualties: articles.flatMap((a) =>
      a.casualties.map(({ file, passageId, sentence, claimedBy, affected, killed, wounded, qualifier }) => ({
        file,
        passageId,
        sentence,
        claimedBy,
        affected,
        killed,
        wounded,
        qualifier,
      })),
    ),
  };
}
