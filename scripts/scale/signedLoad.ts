// Signed interactions with autocannon, as Discord would send them: each request a fresh slash
// command (its own id, token and user) signed over the timestamp and body with the test
// application's key. Records which interactions were acknowledged, so the run can check that each
// was answered on the fake Discord afterwards.
import autocannon, { type Result } from "autocannon";
import { BOOLEAN, type Invocation, slashCommand, STRING } from "../../tests/e2e/interactionPayloads.ts";
import { signedHeaders, type TestKeys } from "../../tests/interactions/signing.ts";

/** The commands sent in turn: the answers people ask for most, one private. */
const ROUND: [string, { name: string; type: number; value: string | boolean }[]][] = [
  ["ask", [{ name: "question", type: STRING, value: "who shelled Stepanakert?" }]],
  ["incident", [{ name: "query", type: STRING, value: "Hadrut" }]],
  ["claims", [{ name: "side", type: STRING, value: "azerbaijan" }]],
  ["mediators", [{ name: "query", type: STRING, value: "ceasefire" }]],
  ["ask", [{ name: "question", type: STRING, value: "how many soldiers were killed near Fuzuli?" }]],
  [
    "claims",
    [
      { name: "side", type: STRING, value: "armenia" },
      { name: "private", type: BOOLEAN, value: true },
    ],
  ],
];

export interface LoadOptions {
  port: number;
  keys: TestKeys;
  amount: number;
  connections: number;
  /** Requests per second offered in all; unset, as fast as the replicas answer. */
  rate?: number;
  /** The run is stopped after this whatever happened (bounded in time as well as count). */
  limitMs: number;
}

export interface LoadRun {
  result: Result;
  /** Interaction tokens acknowledged with a deferred response, with when they were sent. */
  acknowledged: Map<string, number>;
  /** Responses other than a deferral (a status, or an unexpected type). */
  refused: Map<string, number>;
  startedAt: number;
}

let serial = 0;

function nextInvocation(): Invocation {
  const n = serial++;
  const [command, options] = ROUND[n % ROUND.length]!;
  return slashCommand(command, options, { userId: String(520000000000000000n + BigInt(n % 5000)) });
}

export async function signedLoad(options: LoadOptions): Promise<LoadRun> {
  const acknowledged = new Map<string, number>();
  const refused = new Map<string, number>();
  const startedAt = performance.now();
  const instance = autocannon({
    url: `http://127.0.0.1:${options.port}/interactions`,
    method: "POST",
    connections: options.connections,
    amount: options.amount,
    timeout: 10,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [
      {
        setupRequest(request, context) {
          const inv = nextInvocation();
          const body = JSON.stringify(inv.payload);
          context.token = inv.token;
          context.sentAt = performance.now();
          return { ...request, method: "POST", path: "/interactions", body, headers: signedHeaders(options.keys, body) };
        },
        onResponse(status, body, context) {
          const token = String(context.token);
          const deferred = status === 200 && (JSON.parse(body) as { type?: number }).type === 5;
          if (deferred) acknowledged.set(token, Number(context.sentAt));
          else refused.set(`${token}:${status}`, status);
        },
      },
    ],
  });
  const limit = setTimeout(() => instance.stop(), options.limitMs);
  const result = await instance;
  clearTimeout(limit);
  return { result, acknowledged, refused, startedAt };
}
