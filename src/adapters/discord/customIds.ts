// Button, menu and modal ids: `cc:<action>:<session>:<number>`. Parsed strictly, because a client
// can send any custom id it likes.
import { z } from "zod";

export type ComponentAction = "page" | "wrong" | "report";

const customId = z
  .string()
  .max(100)
  .regex(/^cc:(page|wrong|report):([0-9a-f]{12}):(\d{1,4})$/);

export function componentId(action: ComponentAction, sessionId: string, n: number): string {
  return `cc:${action}:${sessionId}:${n}`;
}

export function parseComponentId(id: string): { action: ComponentAction; sessionId: string; n: number } | null {
  const parsed = customId.safeParse(id);
  if (!parsed.success) return null;
  const [, action, sessionId, n] = parsed.data.split(":");
  return { action: action as ComponentAction, sessionId: sessionId!, n: Number(n) };
}
