// Lists the corpus folder's article files, folders included (to a depth limit). Nothing is opened
// here: each listed file is checked when it is read (readArticleFile.ts). Folders whose name starts
// with a dot (.git, .counterclaim) are not articles' folders and are passed over, as most tools do.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { FileError } from "../../core/types.ts";
import { printableName } from "./printableName.ts";

/** One file that looks like an article: its name for reports and answers, and where it is. */
export interface CorpusEntry {
  /** The path inside the corpus folder, "/"-separated, with unprintable characters escaped. */
  file: string;
  path: string;
}

export interface CorpusListing {
  entries: CorpusEntry[];
  /** Folders that could not be listed or lie too deep, and links to folders. */
  errors: FileError[];
}

const ARTICLE_FILE = /\.(txt|md|html?)$/i;

/** Folders inside folders read before giving up: deep enough for any archive, not for a loop. */
export const MAX_FOLDER_DEPTH = 8;

/**
 * Every .txt/.md/.html/.htm name under `dir`, in name order folder by folder.
 * @throws when `dir` itself cannot be listed.
 */
export async function walkCorpus(dir: string, maxDepth = MAX_FOLDER_DEPTH): Promise<CorpusListing> {
  const listing: CorpusListing = { entries: [], errors: [] };
  await walkFolder(dir, "", 0, maxDepth, listing, await readdir(dir, { withFileTypes: true }));
  return listing;
}

async function walkFolder(root: string, folder: string, depth: number, maxDepth: number, listing: CorpusListing, dirents: Dirent[]): Promise<void> {
  for (const dirent of [...dirents].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const relative = folder === "" ? dirent.name : `${folder}/${dirent.name}`;
    const path = join(root, relative);
    const file = printableName(relative);
    if (dirent.isDirectory()) {
      if (dirent.name.startsWith(".")) continue;
      if (depth >= maxDepth) {
        listing.errors.push({ file: `${file}/`, reason: `lies more than ${maxDepth} folders deep; not read` });
        continue;
      }
      const inner = await readdir(path, { withFileTypes: true }).catch((error: unknown) => error as Error);
      if (inner instanceof Error) listing.errors.push({ file: `${file}/`, reason: `cannot be listed: ${inner.message}` });
      else await walkFolder(root, relative, depth + 1, maxDepth, listing, inner);
    } else if (ARTICLE_FILE.test(dirent.name)) {
      listing.entries.push({ file, path });
    } else if (dirent.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory()) {
      listing.errors.push({ file: `${file}/`, reason: "is a link to a folder; links to folders are not followed" });
    }
  }
}
