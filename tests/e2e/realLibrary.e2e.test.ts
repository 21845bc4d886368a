// The bot over the real library (issue 3) and a small fixture corpus, through the fake Discord.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLibrary, type Library } from "../../src/adapters/library/index.ts";
import { SIDE_NAMES } from "../../src/adapters/render/sideLabels.ts";
import { discordLimitViolations } from "../discord/discordLimitsCheck.ts";
import { startHarness, type Harness } from "./harness.ts";
import { autocomplete, slashCommand, STRING } from "./interactionPayloads.ts";

export const FIXTURE_CORPUS = fileURLToPath(new URL("./fixtures/corpus/", import.meta.url));

let library: Library;
let h: Harness;
let indexDir: string;

beforeAll(async () => {
  indexDir = await mkdtemp(join(tmpdir(), "cc-index-"));
  library = await createLibrary({ corpusDir: FIXTURE_CORPUS, indexDir });
  h = await startHarness(library);
});
afterAll(async () => {
  await h?.close();
  library?.close();
  await rm(indexDir, { recursive: true, force: true });
});

/** Claim lines are the description lines that start with a bold label followed by a colon. */
function claimLabels(description: string): string[] {
  return [...description.matchAll(/^\*\*(.+?)\*\*(?: \[\w+\])*: /gm)].map((m) => m[1]!);
}

const namesASideOrTheOutlet = (label: string) =>
  Object.values(SIDE_NAMES).some((side) => label === side || label.startsWith(`${side} (`)) ||
  label.endsWith("(own reporting)") ||
  label === "The outlet's own reporting";

describe("the bot over the real library", () => {
  it("/incident Hadrut names the side of every claim, marks the disputed figures and lists the sources", async () => {
    const reply = await h.send(slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]));
    expect(reply.status).toBe(200);
    const embed = reply.body.embeds[0];
    const labels = claimLabels(embed.description);
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels.filter((l) => !namesASideOrTheOutlet(l))).toEqual([]);
    expect(labels).toEqual(expect.arrayContaining(["Azerbaijan (Defence Ministry)", "Armenia (Defence Ministry)", "Russia (Foreign Minister Sergei Lavrov)"]));
    expect(embed.description).toContain("[disputed]");
    expect(embed.description).toContain("[mediator]");
    expect(embed.fields[0].value).toContain("Reuters · 2020-10-10 · Azerbaijan says it took Hadrut, Armenia denies it");
    expect(discordLimitViolations(reply.body)).toEqual([]);
  });

  it("/casualties and /incident Hadrut upload their charts of the library's own figures and statements", async () => {
    const casualties = await h.send(slashCommand("casualties", []));
    expect(casualties).toMatchObject({ status: 200, files: [{ field: "files[0]", name: "casualties.png", contentType: "image/png" }] });
    expect(casualties.body.embeds[0].image).toEqual({ url: "attachment://casualties.png" });
    expect(casualties.body.attachments[0].description).toBe(
      "Casualty figures as claimed, by claimant and whose losses, killed and wounded apart, for Shelling of Stepanakert, 11 Oct 2020; Clashes near Hadrut, 9 Oct 2020.",
    );
    const incident = await h.send(slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]));
    expect(incident).toMatchObject({ status: 200, files: [{ name: "timeline.png" }] });
    expect(incident.body.attachments[0].description).toBe(
      "Timeline of statements from 2020-10-09 to 2020-10-10 by Azerbaijan, Nagorno-Karabakh, Armenia, Russia.",
    );
  });

  it("/ask shows hostile corpus text without pinging or rendering mentions", async () => {
    const reply = await h.send(slashCommand("ask", [{ name: "question", type: STRING, value: "who shelled Stepanakert?" }]));
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    const shown = JSON.stringify(reply.body.embeds);
    expect(shown).toContain("Stepanakert");
    expect(shown).not.toMatch(/(^|[^\u200b])@(everyone|here)|<@\d/);
    expect(claimLabels(reply.body.embeds[0].description).every(namesASideOrTheOutlet)).toBe(true);
  });

  it("autocompletes /incident from the places the library knows", async () => {
    const reply = await h.send(autocomplete("incident", [{ name: "query", type: STRING, value: "Had", focused: true }]));
    expect(reply.body.type).toBe(8);
    expect(reply.body.data.choices[0]).toEqual({ name: "Hadrut", value: "Hadrut" });
  });

  it("/reindex by a server manager re-reads the fixture corpus and reports it", async () => {
    const reply = await h.send(slashCommand("reindex", [], { permissions: PermissionFlagsBits.ManageGuild }));
    expect(reply.body.embeds[0].title).toBe("Re-index complete");
    expect(reply.body.embeds[0].description).toMatch(/The new index is live: 2 articles, \d+ passages, \d+ claims\./);
  });
});
