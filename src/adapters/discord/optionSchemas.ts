// Option value rules shared by the commands. Discord enforces max_length in its client, but any
// client can send anything, so the same limits are checked again here.
import { z } from "zod";
import { plainText } from "../render/sanitize.ts";

/** `private`: answer with a message only the asker sees. */
export const privateFlag = z.boolean({ invalid_type_error: "must be true or false" }).optional();

/** Free text such as a question or a place: control characters dropped, trimmed, length-limited. */
export function textOption(what: string, { min = 1, max }: { min?: number; max: number }) {
  return z
    .string({ required_error: `is missing: type ${what}`, invalid_type_error: "must be text" })
    .transform((s) => plainText(s).replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, min > 1 ? `is too short: type ${what} (at least ${min} characters)` : `is empty: type ${what}`)
        .max(max, `is too long: at most ${max} characters`),
    );
}

/** An optional text option; empty text counts as not given. */
export function optionalTextOption(what: string, max: number) {
  return z.preprocess((v) => (typeof v === "string" && plainText(v).trim() === "" ? undefined : v), textOption(what, { max }).optional());
}
