// Generated text avoids the exact facts the seed questions ask about, so that those questions
// keep their known answers in the seed articles however large the corpus grows.
// Generates a conflict-news corpus of a given number of passages: the real seed articles
// plus synthetic wire reports with varied speakers, sides, places, dates and casualty figures,
// and questions (with typos) whose answer passage is known.

export interface GeneratedArticle {
  file: string;
  text: string;
}

export interface BenchQuestion {
  q: string;
  /** The answer: a file and a fragment its passage contains. */
  file: string;
  fragment: string;
}

/** A small deterministic PRNG so every run generates the same corpus. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Hadrut",
  "Shusha",
  "Martuni",
  "Martakert",
  "Askeran",
  "Agdam",
  "Fuzuli",
  "Jabrayil",
  "Lachin",
  "Kalbajar",
  "Tartar",
  "Barda",
  "Ganja",
  "Talish",
  "Madagiz",
  "Zangilan",
  "Qubadli",
  "Stepanakert",
  "Tovuz",
  "Jermuk",
];
const SPEAKERS = [
  {
    side: "azerbaijan",
    who: ["Azerbaijan's Defence Ministry", "the Azerbaijani military", "Baku", "Azerbaijan's Foreign Ministry", "the presidential administration in Baku"],
  },
  { side: "armenia", who: ["Armenia's Defence Ministry", "the Armenian Foreign Ministry", "Yerevan", "the Armenian government"] },
  { side: "nagorno-karabakh", who: ["Karabakh's Armenian-backed Defense Army", "the separatist authorities in Stepanakert", "the Artsakh information centre"] },
];
const MEDIATORS = [
  "The OSCE Minsk Group co-chairs",
  "The Russian Defence Ministry",
  "The U.S. State Department",
  "The European Union's foreign policy chief",
  "The International Committee of the Red Cross",
  "The UN Secretary-General",
];
const EVENTS = [
  "an artillery attack",
  "a drone strike",
  "a sniper attack",
  "heavy shelling",
  "a cross-border raid",
  "an ambush",
  "mortar fire",
  "a helicopter crash",
  "a skirmish",
  "a sabotage attempt",
];
const VERBS = ["said", "claimed", "reported", "announced", "insisted"];
const NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "at least three", "more than 20", "nearly 30"];
const SYLLABLES = ["ar", "men", "az", "ov", "yan", "ka", "ri", "bek", "sar", "gis", "ta", "lu", "ham", "zad", "ne", "vo", "gor", "il", "da", "shi"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** Made-up names of 3–4 syllables: enough variety that a name identifies one article. */
function name(rnd: () => number): string {
  const n = 3 + Math.floor(rnd() * 2);
  let s = "";
  for (let i = 0; i < n; i++) s += pick(rnd, SYLLABLES);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A typo a hurried person makes: a dropped, doubled or swapped letter. */
export function typo(rnd: () => number, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 3));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

export function generateCorpus(targetPassages: number, seeds: GeneratedArticle[], seed = 7): { articles: GeneratedArticle[]; questions: BenchQuestion[] } {
  const rnd = random(seed);
  const articles = [...seeds];
  const questions: BenchQuestion[] = [];
  let passages = seeds.reduce((n, a) => n + a.text.split(/\n\s*\n|\n/).filter((l) => l.trim()).length, 0);
  for (let k = 0; passages < targetPassages; k++) {
    const year = 2016 + Math.floor(rnd() * 8);
    const month = Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 27);
    const place = pick(rnd, PLACES);
    const event = pick(rnd, EVENTS);
    const a = pick(rnd, SPEAKERS);
    const b = pick(
      rnd,
      SPEAKERS.filter((s) => s.side !== a.side),
    );
    const spokesman = `${name(rnd)} ${name(rnd)}`;
    const village = name(rnd);
    const killed = pick(rnd, NUMBERS);
    const wounded = pick(rnd, NUMBERS);
    const paragraphs = [
      `${pick(rnd, a.who)} ${pick(rnd, VERBS)} on ${pick(rnd, WEEKDAYS)} that ${killed} of its soldiers were killed in ${event} near ${place}.`,
      `Defence spokesman ${spokesman} told reporters that the village of ${village} came under fire and ${wounded} civilians were wounded.`,
      `${pick(rnd, b.who)} denied the report, calling it "a provocation", and said its forces had only returned fire.`,
      `${pick(rnd, b.who)} accused the other side of violating the ceasefire near ${place} and of using ${pick(rnd, EVENTS).replace(/^an? /, "")}.`,
      `${pick(rnd, MEDIATORS)} expressed concern about the escalation and urged both sides to exercise restraint.`,
      `The ${place} district has seen repeated clashes since ${pick(rnd, MONTHS)} ${year - 1}, and the line of contact there remains tense.`,
      `Local residents said ${village} had been without power for ${2 + Math.floor(rnd() * 9)} days.`,
      `Officials said ${pick(rnd, ["40", "120", "300", "1,500"])} families had fled ${village} since the fighting began.`,
      `${pick(rnd, a.who)} said talks mediated by ${pick(rnd, ["Moscow", "Washington", "Paris", "Brussels"])} would resume next month.`,
      `Analysts said the fighting near ${place} could derail the peace process.`,
    ];
    const headline = `${event.replace(/^an? /, "").replace(/^\w/, (c) => c.toUpperCase())} near ${place} kills ${killed} soldiers`;
    const date = `${MONTHS[month]} ${day}, ${year}`;
    const text = `${headline}\n${date}\n\n${paragraphs.join("\n\n")}\n`;
    const file = `gen_${String(k).padStart(6, "0")}.txt`;
    articles.push({ file, text });
    passages += paragraphs.length + 1;
    if (k % 7 === 0 && questions.length < 400) {
      const form = k % 3;
      if (form === 0) questions.push({ q: `What did ${typo(rnd, spokesman.split(" ")[1] ?? "")} say about ${village}?`, file, fragment: village });
      else if (form === 1) questions.push({ q: `Were civilians injured in ${typo(rnd, village)}?`, file, fragment: village });
      else questions.push({ q: `Power outage in ${typo(rnd, village)}`, file, fragment: `${village} had been without power` });
    }
  }
  return { articles, questions };
}
