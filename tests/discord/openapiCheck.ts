// Discord's own OpenAPI description (../shared/discord/openapi.json, from discord/discord-api-spec)
// as a check of the bodies the bot sends: an interaction callback and an edit of the original reply.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

// The shared description when the checkout has it beside it, else the copy kept in tests/discord/shared.
const SHARED_SPEC = fileURLToPath(new URL("../../../shared/discord/openapi.json", import.meta.url));
const SPEC = existsSync(SHARED_SPEC) ? SHARED_SPEC : fileURLToPath(new URL("./shared/openapi.json", import.meta.url));
const DOCUMENT_ID = "https://discord.com/openapi.json";

type Operation = "interactionCallback" | "editOriginal";
const OPERATIONS: Record<Operation, [path: string, method: string]> = {
  interactionCallback: ["/interactions/{interaction_id}/{interaction_token}/callback", "post"],
  editOriginal: ["/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch"],
};

interface OpenApiDocument {
  components: unknown;
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
}

/** Whether the description is here; under CI a missing one is a failure, not a skipped check. */
export const HAVE_OPENAPI = existsSync(SPEC);

let validators: Record<Operation, ValidateFunction> | undefined;

function compile(): Record<Operation, ValidateFunction> {
  const document = JSON.parse(readFileSync(SPEC, "utf8")) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  ajv.addSchema({ $id: DOCUMENT_ID, components: document.components });
  const build = ([path, method]: [string, string]) => {
    const schema = document.paths[path]?.[method]?.requestBody?.content["application/json"]?.schema;
    if (!schema) throw new Error(`openapi.json has no request body for ${method.toUpperCase()} ${path}`);
    // The operation's references point into the document registered above.
    return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${DOCUMENT_ID}#/components/`)));
  };
  return { interactionCallback: build(OPERATIONS.interactionCallback), editOriginal: build(OPERATIONS.editOriginal) };
}

/** The schema errors of a body for the operation, as short strings; [] when Discord would accept it. */
export function openApiViolations(operation: Operation, body: unknown): string[] {
  validators ??= compile();
  const validate = validators[operation];
  if (validate(JSON.parse(JSON.stringify(body)))) return [];
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`);
}
