// The one error boundary for every interaction (as in yuudachi): whatever throws is logged with its
// context and the user gets a short private apology; the bot keeps running.
import type { Interaction } from "discord.js";
import type { Logger } from "../log/createLogger.ts";
import { NO_MENTIONS, privateNotice } from "./replies.ts";

export const APOLOGY = "Sorry, something went wrong on our side while answering. It has been logged; please try again later.";

export function interactionContext(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    ...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
    ...(interaction.isMessageComponent() || interaction.isModalSubmit() ? { customId: interaction.customId } : {}),
  };
}

export async function withErrorBoundary(interaction: Interaction, logger: Logger, handle: () => Promise<void>): Promise<void> {
  try {
    await handle();
  } catch (error) {
    logger.error({ ...interactionContext(interaction), err: error }, "interaction failed");
    try {
      await apologise(interaction);
    } catch (replyError) {
      logger.warn({ ...interactionContext(interaction), err: replyError }, "could not send the apology");
    }
  }
}

async function apologise(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(privateNotice(APOLOGY));
  } else if (interaction.deferred && !interaction.replied && !interaction.ephemeral) {
    // A public "thinking…" message would show the apology to everyone: remove it, apologise privately.
    await interaction.deleteReply();
    await interaction.followUp(privateNotice(APOLOGY));
  } else if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content: APOLOGY, embeds: [], components: [], allowedMentions: NO_MENTIONS });
  } else {
    await interaction.followUp(privateNotice(APOLOGY));
  }
}
