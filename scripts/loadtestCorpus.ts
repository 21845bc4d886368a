// A generated corpus for `npm run loadtest`: news articles in the bundled corpus's shape (headline,
// byline, paragraphs where each side's officials claim, deny and count), varied by place, date,
// outlet and figures. Seeded, so every run reads the same 2,000 articles.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const PLACES = [
  "Hadrut",
  "Stepanakert",
  "Shusha",
  "Fuzuli",
  "Jabrayil",
  "Agdam",
  "Lachin",
  "Kalbajar",
  "Martuni",
  "Tartar",
  "Ganja",
  "Barda",
  "Goris",
  "Talish",
];
const OUTLETS = ["Reuters", "AFP", "Associated Press", "BBC", "Al Jazeera", "RFE/RL", "Eurasianet"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const AZ = ["Azerbaijan's Defence Ministry", "Azerbaijani presidential aide Hikmet Hajiyev", "Azerbaijan's Foreign Ministry"];
const AM = ["Armenia's Defence Ministry", "Armenian Prime Minister Nikol Pashinyan", "The Nagorno-Karabakh Defence Army"];
const MEDIATORS = ["Russian Foreign Minister Sergei Lavrov", "The OSCE Minsk Group co-chairs", "The International Committee of the Red Cross"];

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function article(n: number): string {
  const r = random(n + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const place = pick(PLACES);
  const other = pick(PLACES.filter((p) => p !== place));
  const outlet = pick(OUTLETS);
  const year = 2016 + Math.floor(r() * 8);
  const month = pick(MONTHS);
  const day = 1 + Math.floor(r() * 28);
  const killed = 2 + Math.floor(r() * 60);
  const wounded = killed + Math.floor(r() * 40);
  const az = pick(AZ);
  const am = pick(AM);
  return [
    `Fighting near ${place} as both sides trade blame (${n})`,
    `By ${outlet} | ${month} ${day}, ${year}`,
    "",
    `BAKU (${outlet}) - ${az} said on Friday that Armenian forces had shelled villages near ${place} overnight and that ${killed} civilians were killed.`,
    "",
    `${am} denied that its forces had fired on ${place}, saying that Azerbaijani troops had attacked positions near ${other} first.`,
    "",
    `${am} said that ${wounded} of its servicemen were wounded near ${other} and accused Azerbaijan of breaking the ceasefire.`,
    "",
    `${az} said the Armenian figures were false and that more than ${killed + 10} Armenian soldiers had been killed near ${other}.`,
    "",
    `${pick(MEDIATORS)} called on both sides to observe the humanitarian ceasefire and to allow the recovery of the dead near ${place}.`,
    "",
    `Smoke rose over ${place} as shelling continued into the morning, residents said.`,
    "",
  ].join("\n");
}

/** Writes `count` articles into `dir` (created if needed) and returns the folder. */
export async function writeLoadtestCorpus(dir: string, count: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (let n = 0; n < count; n++) await writeFile(join(dir, `${String(n).padStart(4, "0")}_generated.txt`), article(n), "utf8");
  return dir;
}
