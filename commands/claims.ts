// /claims side topic?: what one side claims, with the other sides' counter-claims.
import { SlashCommandBuilder } from "discord.js";
import { z } from "zod";
import { SIDES } from "../src/core/types.ts";
import { defineCommand } from "../src/adapters/discord/defineCommand.ts";
import { optionalTextOption, privateFlag } from "../src/adapters/discord/optionSchemas.ts";
import { SIDE_NAMES } from "../src/adapters/render/sideLabels.ts";

const MAX_TOPIC = 100;

export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("claims")
    .setDescription("Claims made by one side, optionally on a topic, with the other sides' counter-claims")
    .addStringOption((o) =>
      o
        .setName("side")
        .setDescription("Whose claims")
        .setRequired(true)
        .addChoices(SIDES.map((side) => ({ name: SIDE_NAMES[side], value: side }))),
    )
    .addStringOption((o) => o.setName("topic").setDescription("e.g. ceasefire, shelling, Shusha").setMaxLength(MAX_TOPIC))
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer"))
    .toJSON(),
  options: z.object({
    side: z.enum(SIDES, { errorMap: () => ({ message: `must be one of: ${SIDES.join(", ")}` }) }),
    topic: optionalTextOption("a topic", MAX_TOPIC),
    private: privateFlag,
  }),
  run: ({ side, topic }, { answers }) => ({ type: "answer", answer: answers.claims(side, topic) }),
});
