// The buttons under an answer and the "Wrong side?" report form.
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from "discord.js";
import { DISCORD_LIMITS } from "../render/discordLimits.ts";
import { oneLine, truncate } from "../render/sanitize.ts";
import type { AnswerSession } from "./answerSessions.ts";
import { componentId } from "./customIds.ts";

export const REPORT_LINE_FIELD = "line";
export const REPORT_TEXT_FIELD = "report";

/** Previous/Next when there are several pages; "Wrong side?" when the page shows claims. */
export function answerComponents(session: AnswerSession, pageIndex: number): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const last = session.paged.pageCount - 1;
  const row = new ActionRowBuilder<ButtonBuilder>();
  if (last > 0) {
    row.addComponents(
      new ButtonBuilder()
        .setCustomId(componentId("page", session.id, Math.max(pageIndex - 1, 0)))
        .setLabel("Previous")
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(pageIndex === 0),
      new ButtonBuilder()
        .setCustomId(componentId("page", session.id, Math.min(pageIndex + 1, last)))
        .setLabel("Next")
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(pageIndex === last),
    );
  }
  if (session.paged.claims(pageIndex).length) {
    row.addComponents(
      new ButtonBuilder()
        .setCustomId(componentId("wrong", session.id, pageIndex))
        .setLabel("Wrong side?")
        .setStyle(ButtonStyle.Danger),
    );
  }
  return row.components.length ? [row.toJSON()] : [];
}

/** The form behind "Wrong side?": pick the line from this page, say what is wrong. */
export function reportModal(session: AnswerSession, pageIndex: number): ModalBuilder {
  const claims = session.paged.claims(pageIndex).slice(0, DISCORD_LIMITS.selectOptions);
  const menu = new StringSelectMenuBuilder()
    .setCustomId(REPORT_LINE_FIELD)
    .setPlaceholder("The line with the wrong side")
    .addOptions(
      claims.map((claim) => {
        const description = truncate(oneLine(claim.text), DISCORD_LIMITS.selectDescription);
        // Discord rejects an empty description, so a line without text shows its label only.
        return {
          label: truncate(oneLine(claim.label), DISCORD_LIMITS.selectLabel) || "Unlabelled line",
          value: String(claim.lineIndex),
          ...(description ? { description } : {}),
        };
      }),
    );
  const report = new TextInputBuilder()
    .setCustomId(REPORT_TEXT_FIELD)
    .setStyle(TextInputStyle.Paragraph)
    .setMinLength(3)
    .setMaxLength(1000)
    .setPlaceholder("Who really said it, or why the label is wrong");
  return new ModalBuilder()
    .setCustomId(componentId("report", session.id, pageIndex))
    .setTitle("Report a wrong side")
    .addLabelComponents(
      new LabelBuilder().setLabel("Which line?").setStringSelectMenuComponent(menu),
      new LabelBuilder().setLabel("What is wrong?").setTextInputComponent(report),
    );
}
