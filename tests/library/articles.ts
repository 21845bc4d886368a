import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// Small articles written for the library and CLI tests, in the shapes real outlets use.
export const ARTICLES: Record<string, string> = {
  "wire_hadrut.txt": `Clashes reported near Hadrut
Published: 13 Dec 2020 14:05 GMT
BAKU (AFP) - Azerbaijan's defence ministry said on Saturday that four of its soldiers were killed in an ambush near the village of Hadrut.

Armenia's foreign ministry denied the claim and accused Baku of provoking the fighting.

The OSCE Minsk Group co-chairs called on the parties to respect the ceasefire.
`,
  "daily_talish.md": `---
title: Shelling hits Talish
outlet: Mountain Daily
published: 2021-03-26
---

Heavy shelling hit the village of Talish overnight, and several houses burned.

Karabakh's Defense Army said that two of its soldiers were wounded by Azerbaijani artillery.
`,
};

/** Flips one bit of the only saved index in `indexDir`, `fromEnd` bytes before its end (the body). */
export async function damageSavedIndex(indexDir: string, fromEnd = 10): Promise<void> {
  const [saved] = await readdir(indexDir);
  const path = join(indexDir, saved ?? "no saved index");
  const file = await readFile(path);
  file[file.length - fromEnd]! ^= 1;
  await writeFile(path, file);
}
