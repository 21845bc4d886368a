// Writes an added article into the corpus folder as Markdown with front matter, never over an
// existing file: it is written under a temporary name the corpus reader ignores, then linked to
// its final name (which fails if that name is taken, and the next is tried), so a re-index
// running meanwhile sees either no file or the whole of it.
import { randomBytes } from "node:crypto";
import { link, mkdir, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The folder inside the corpus that added articles go to. */
export const ADDED_FOLDER = "added";

/** Stores `text`; returns its name inside the corpus folder ("added/2020-10-11-missile-strike-on-ganja.md"). */
export async function storeArticle(corpusDir: string, title: string | null, published: string | null, text: string): Promise<string> {
  const folder = join(corpusDir, ADDED_FOLDER);
  await mkdir(folder, { recursive: true });
  const stem = `${published ?? "undated"}-${slug(title ?? "") || "article"}`;
  const temporary = join(folder, `.${stem}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(temporary, text, { flag: "wx" });
  try {
    for (let n = 1; n < 1000; n++) {
      const name = `${stem}${n === 1 ? "" : `-${n}`}.md`;
      try {
        await link(temporary, join(folder, name));
        return `${ADDED_FOLDER}/${name}`;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    throw new Error(`no free file name for ${stem}.md`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** "Missile strike on Ganja, 10–11 Oct" → "missile-strike-on-ganja-10-11-oct", at most 60 characters. */
export function slug(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
