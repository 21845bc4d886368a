// Charts through the real discord.js client against the fake Discord: the PNG travels as a
// multipart upload (payload_json and files[0]), the first page's embed shows it by
// `attachment://name`, and the fake checks the upload as Discord does.
import { REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../src/adapters/render/discordLimits.ts";
import { discordLimitViolations } from "../discord/discordLimitsCheck.ts";
import { fakeAnswerService } from "../discord/fakeAnswerService.ts";
import { HAVE_OPENAPI, openApiViolations } from "../discord/openapiCheck.ts";
import { APP_ID, type Json, type RecordedRequest, UPLOAD_LIMIT_BYTES } from "./fakeDiscord.ts";
import { startHarness, TOKEN, type Harness } from "./harness.ts";
import { buttonClick, slashCommand, STRING } from "./interactionPayloads.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness(fakeAnswerService());
});
afterAll(async () => {
  await h?.close();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

function expectChartUpload(reply: RecordedRequest, name: string): Buffer {
  expect(reply).toMatchObject({ method: "PATCH", status: 200 });
  expect(reply.contentType).toMatch(/^multipart\/form-data; boundary=/);
  expect(reply.files.map((f) => [f.field, f.name, f.contentType])).toEqual([["files[0]", name, "image/png"]]);
  const png = reply.files[0]!.bytes;
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.length).toBeLessThanOrEqual(DISCORD_LIMITS.attachmentBytes);
  expect(reply.body.embeds[0].image).toEqual({ url: `attachment://${name}` });
  // discord.js lists the file by its part's number; the file name comes with the part.
  expect(reply.body.attachments).toEqual([{ id: "0", description: expect.any(String) }]);
  expect(discordLimitViolations(reply.body)).toEqual([]);
  if (HAVE_OPENAPI) expect(openApiViolations("editOriginal", reply.body)).toEqual([]);
  return png;
}

describe("/casualties with its chart", () => {
  let reply: RecordedRequest;

  it("uploads the chart as a PNG with the answer, shown as the first page's embed image", async () => {
    reply = await h.send(slashCommand("casualties", []));
    const png = expectChartUpload(reply, "casualties.png");
    const { width, height } = pngSize(png);
    expect(width).toBeGreaterThan(800);
    expect(height).toBeGreaterThan(300);
    expect(reply.body.attachments[0].description).toMatch(/^Casualty figures as claimed, by claimant and whose losses/);
  });

  it("keeps the file on the message when the asker turns the page, with the image left out of the page", async () => {
    const message = h.discord.originals.get(reply.path.split("/")[5]!);
    expect(message.attachments.map((a: Json) => a.filename)).toEqual(["casualties.png"]);
    const next = reply.body.components[0].components.find((b: Json) => b.label === "Next");
    const turned = await h.send(buttonClick(next.custom_id, message));
    expect(turned.body.type).toBe(7);
    expect(turned.body.data.embeds[0].image).toBeUndefined();
    // No `attachments` in an update: Discord keeps the message's files.
    expect(turned.body.data.attachments).toBeUndefined();
    expect(turned.files).toEqual([]);
  });

  it("logs the chart's size with the answer", async () => {
    const line = h.logs.find((l) => l.msg === "answered" && l.command === "casualties");
    expect(line?.chartBytes).toBe(reply.files[0]!.bytes.length);
  });
});

describe("/incident with its timeline", () => {
  it("uploads a timeline when the incident's statements span more than one day", async () => {
    const reply = await h.send(slashCommand("incident", [{ name: "query", type: STRING, value: "Hadrut" }]));
    expectChartUpload(reply, "timeline.png");
    expect(reply.body.attachments[0].description).toBe("Timeline of statements from 2020-10-09 to 2020-10-10 by Azerbaijan, Armenia, Russia.");
  });

  it("sends no file with answers that have no picture", async () => {
    const reply = await h.send(slashCommand("sources", []));
    expect(reply.contentType).toBe("application/json");
    expect(reply.files).toEqual([]);
    expect(reply.body.embeds[0].image).toBeUndefined();
  });
});

describe("the fake Discord's uploads", () => {
  const rest = () => new REST({ api: h.discord.apiBase, retries: 0 }).setToken(TOKEN);
  const path = `/webhooks/${APP_ID}/upload-token/messages/%40original` as const;
  const png = Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64)]);

  it("accepts a listed file that an embed names, and records it", async () => {
    const body = { embeds: [{ description: "x", image: { url: "attachment://a.png" } }], attachments: [{ id: "0", filename: "a.png" }] };
    await rest().patch(path, { body, files: [{ name: "a.png", data: png, contentType: "image/png" }] });
    const recorded = h.discord.requests.at(-1)!;
    expect(recorded.status).toBe(200);
    expect(recorded.files[0]).toMatchObject({ field: "files[0]", name: "a.png", contentType: "image/png" });
    expect(recorded.files[0]!.bytes).toEqual(png);
  });

  it("refuses an embed image naming a file that was not uploaded", async () => {
    const body = { embeds: [{ description: "x", image: { url: "attachment://missing.png" } }], attachments: [{ id: "0", filename: "a.png" }] };
    await expect(rest().patch(path, { body, files: [{ name: "a.png", data: png }] })).rejects.toMatchObject({ status: 400, code: 50035 });
  });

  it("refuses a file the JSON part does not list in attachments", async () => {
    await expect(rest().patch(path, { body: { embeds: [{ description: "x" }] }, files: [{ name: "a.png", data: png }] })).rejects.toMatchObject({
      status: 400,
      code: 50035,
    });
  });

  it("refuses a file over Discord's upload limit with 413", async () => {
    const body = { attachments: [{ id: "0", filename: "big.png" }] };
    await expect(rest().patch(path, { body, files: [{ name: "big.png", data: Buffer.alloc(UPLOAD_LIMIT_BYTES + 1) }] })).rejects.toMatchObject({
      status: 413,
    });
  });

  it.skipIf(!HAVE_OPENAPI)("checks the JSON part against the OpenAPI description as it checks JSON bodies", async () => {
    const body = { embeds: [{ description: "x", color: "red" }], attachments: [{ id: "0", filename: "a.png" }] };
    await expect(rest().patch(path, { body, files: [{ name: "a.png", data: png }] })).rejects.toMatchObject({ status: 400, code: 50035 });
  });
});
