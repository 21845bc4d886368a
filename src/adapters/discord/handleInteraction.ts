// Routes every interaction: slash commands, autocomplete, page buttons and "Wrong side?" reports,
// all inside the same error boundary, with the per-user rate limit on commands.
import type { ButtonInteraction, Interaction, ModalSubmitInteraction } from "discord.js";
import { answerComponents, REPORT_LINE_FIELD, REPORT_TEXT_FIELD, reportModal } from "./answerComponents.ts";
import type { Command, CommandContext } from "./command.ts";
import { parseComponentId } from "./customIds.ts";
import { withErrorBoundary } from "./errorBoundary.ts";
import type { FeedbackLog } from "./feedbackLog.ts";
import type { RateLimiter } from "./rateLimiter.ts";
import { NO_MENTIONS, privateNotice } from "./replies.ts";

export interface InteractionDeps {
  commands: Map<string, Command>;
  context: CommandContext;
  rateLimiter: RateLimiter;
  feedback: FeedbackLog;
}

const EXPIRED = "These buttons have expired. Run the command again for a fresh answer.";

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const { commands, context, rateLimiter, feedback } = deps;
  return (interaction) =>
    withErrorBoundary(interaction, context.logger, async () => {
      if (interaction.isChatInputCommand()) {
        const command = commands.get(interaction.commandName);
        if (!command) {
          await interaction.reply(privateNotice("I don't know that command any more; it may have been removed."));
          return;
        }
        const waitMs = rateLimiter.take(interaction.user.id);
        if (waitMs > 0) {
          context.logger.info({ command: interaction.commandName, userId: interaction.user.id, waitMs }, "rate limited");
          await interaction.reply(privateNotice(`You're asking quickly. Please wait ${Math.ceil(waitMs / 1000)} s and try again.`));
          return;
        }
        await command.execute(interaction, context);
      } else if (interaction.isAutocomplete()) {
        await commands.get(interaction.commandName)?.autocomplete?.(interaction, context);
      } else if (interaction.isButton()) {
        await handleButton(interaction, context);
      } else if (interaction.isModalSubmit()) {
        await handleReport(interaction, context, feedback);
      }
    });
}

async function handleButton(interaction: ButtonInteraction, context: CommandContext): Promise<void> {
  const id = parseComponentId(interaction.customId);
  // Not one of ours (an old message, a forged click): Discord shows "interaction failed" unless answered.
  if (!id) return void (await interaction.reply(privateNotice(EXPIRED)));
  const session = context.sessions.get(id.sessionId);
  if (!session) {
    await interaction.update({ components: [], allowedMentions: NO_MENTIONS });
    await interaction.followUp(privateNotice(EXPIRED));
    return;
  }
  if (id.action === "wrong") {
    if (!session.paged.claims(id.n).length) return void (await interaction.reply(privateNotice(EXPIRED)));
    await interaction.showModal(reportModal(session, id.n));
    return;
  }
  if (interaction.user.id !== session.ownerId) {
    await interaction.reply(privateNotice("Only the person who asked can turn these pages. Run the command yourself to browse."));
    return;
  }
  const page = session.paged.page(id.n);
  if (!page) return void (await interaction.reply(privateNotice(EXPIRED)));
  await interaction.update({ embeds: page.embeds, components: answerComponents(session, id.n), allowedMentions: NO_MENTIONS });
}

async function handleReport(interaction: ModalSubmitInteraction, context: CommandContext, feedback: FeedbackLog): Promise<void> {
  const id = parseComponentId(interaction.customId);
  const session = id ? context.sessions.get(id.sessionId) : undefined;
  const claims = id && session ? session.paged.claims(id.n) : [];
  if (!id || !session || !claims.length) return void (await interaction.reply(privateNotice(EXPIRED)));
  const lineIndex = Number(interaction.fields.getStringSelectValues(REPORT_LINE_FIELD)[0]);
  const claim = claims.find((c) => c.lineIndex === lineIndex);
  const report = interaction.fields.getTextInputValue(REPORT_TEXT_FIELD).trim().slice(0, 1000);
  if (!claim || !report) return void (await interaction.reply(privateNotice("Please pick a line from the list and say what is wrong.")));
  await feedback.record({
    claimId: claim.claimId ?? null,
    shownLabel: claim.label,
    shownText: claim.text,
    userId: interaction.user.id,
    kind: session.kind,
    query: session.query,
    time: new Date().toISOString(),
    report,
  });
  context.logger.info({ userId: interaction.user.id, claimId: claim.claimId ?? null, kind: session.kind }, "wrong side reported");
  await interaction.reply(privateNotice("Thank you. Your report was recorded for the maintainers to review."));
}
