// An independent check of Discord's limits on a message payload, shared by the unit tests and the
// fake Discord (which answers 400 when a payload breaks them, as Discord does).
export function discordLimitViolations(payload: {
  content?: string | null;
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string }; author?: { name: string } }[];
  components?: { components?: unknown[] }[];
}): string[] {
  const problems: string[] = [];
  if ((payload.content ?? "").length > 2000) problems.push("content > 2000");
  const embeds = payload.embeds ?? [];
  if (embeds.length > 10) problems.push("more than 10 embeds");
  let total = 0;
  embeds.forEach((e, i) => {
    if ((e.title ?? "").length > 256) problems.push(`embed ${i} title > 256`);
    if ((e.description ?? "").length > 4096) problems.push(`embed ${i} description > 4096`);
    if ((e.fields ?? []).length > 25) problems.push(`embed ${i} has more than 25 fields`);
    for (const f of e.fields ?? []) {
      if (f.name.length > 256) problems.push(`embed ${i} field name > 256`);
      if (f.value.length > 1024) problems.push(`embed ${i} field value > 1024`);
      if (f.value.length === 0) problems.push(`embed ${i} field value empty`);
    }
    if ((e.footer?.text ?? "").length > 2048) problems.push(`embed ${i} footer > 2048`);
    total += (e.title ?? "").length + (e.description ?? "").length + (e.footer?.text ?? "").length + (e.author?.name ?? "").length;
    total += (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  });
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  if ((payload.components ?? []).length > 5) problems.push("more than 5 component rows");
  for (const row of payload.components ?? []) if ((row.components ?? []).length > 5) problems.push("more than 5 components in a row");
  return problems;
}
