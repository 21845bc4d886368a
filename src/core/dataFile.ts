// The core's knowledge files (gazetteer, sides, named events, synonyms) are JSON checked by zod
// when loaded: one reader, so a bad entry is reported the same way whichever file holds it.
import type { z } from "zod";
import { CounterclaimError } from "./errors.ts";

/** The file's data as its schema reads it; a bad entry throws "name: path: message" with its path as `field`. */
export function parseDataFile<T>(name: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CounterclaimError(`${name}: ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid"}`, {
    ...(issue ? { field: issue.path.join(".") } : {}),
  });
}
