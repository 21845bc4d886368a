// Each command option is declared once: its name, description and limits make both what Discord
// is told (the slash command's declaration) and what the bot checks (the zod schema). Discord
// enforces the limits in its client, but any client can send anything, so the same limits are
// checked again here, from the same numbers.
import type { SlashCommandOptionsOnlyBuilder } from "discord.js";
import { z } from "zod";
import { plainText } from "../render/sanitize.ts";

export interface CommandOption<Schema extends z.ZodTypeAny = z.ZodTypeAny> {
  /** Checks the value from Discord or the console: hostile values get a message, not a crash. */
  schema: Schema;
  /** Adds the option, under its name, to the slash command's declaration. */
  declare(builder: SlashCommandOptionsOnlyBuilder, name: string): SlashCommandOptionsOnlyBuilder;
}

interface TextOptionSpec {
  description: string;
  /** What to type, in the messages: "a question", "a place, date or keyword". */
  what: string;
  max: number;
  min?: number;
  autocomplete?: boolean;
}

/** Control characters dropped, spaces folded, trimmed: what the length limits apply to. */
const cleanText = (s: string) => plainText(s).replace(/\s+/g, " ").trim();

function textSchema(what: string, min: number, max: number) {
  return z
    .string({ required_error: `is missing: type ${what}`, invalid_type_error: "must be text" })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(min, min > 1 ? `is too short: type ${what} (at least ${min} characters)` : `is empty: type ${what}`)
        .max(max, `is too long: at most ${max} characters`),
    );
}

/** Free text the command cannot do without, such as a question. */
export function requiredText(spec: TextOptionSpec): CommandOption<ReturnType<typeof textSchema>> {
  const min = spec.min ?? 1;
  return {
    schema: textSchema(spec.what, min, spec.max),
    declare: (builder, name) =>
      builder.addStringOption((o) =>
        o
          .setName(name)
          .setDescription(spec.description)
          .setRequired(true)
          .setMinLength(min)
          .setMaxLength(spec.max)
          .setAutocomplete(spec.autocomplete ?? false),
      ),
  };
}

/** Free text that narrows an answer, such as a topic; empty text counts as not given. */
export function optionalText(spec: TextOptionSpec) {
  const schema = z.preprocess((v) => (typeof v === "string" && cleanText(v) === "" ? undefined : v), textSchema(spec.what, spec.min ?? 1, spec.max).optional());
  return {
    schema,
    declare: (builder: SlashCommandOptionsOnlyBuilder, name: string) =>
      builder.addStringOption((o) =>
        o
          .setName(name)
          .setDescription(spec.description)
          .setMaxLength(spec.max)
          .setAutocomplete(spec.autocomplete ?? false),
      ),
  } satisfies CommandOption;
}

/** One of a fixed list, shown as choices. */
export function requiredChoice<const Value extends string>(spec: { description: string; choices: readonly { name: string; value: Value }[] }) {
  const values = spec.choices.map((c) => c.value) as [Value, ...Value[]];
  return {
    schema: z.enum(values, { errorMap: () => ({ message: `must be one of: ${values.join(", ")}` }) }),
    declare: (builder: SlashCommandOptionsOnlyBuilder, name: string) =>
      builder.addStringOption((o) =>
        o
          .setName(name)
          .setDescription(spec.description)
          .setRequired(true)
          .addChoices(...spec.choices),
      ),
  } satisfies CommandOption;
}

/** `private`: every answer command has it, so it is declared here once and added by defineCommand. */
export const PRIVATE_OPTION = {
  schema: z.boolean({ invalid_type_error: "must be true or false" }).optional(),
  declare: (builder: SlashCommandOptionsOnlyBuilder, name: string) =>
    builder.addBooleanOption((o) => o.setName(name).setDescription("Only you see the answer")),
} satisfies CommandOption;
