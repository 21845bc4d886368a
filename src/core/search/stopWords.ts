// Words that carry no topic: function words, and the question words people type
// ("what happened", "who said") that every passage would otherwise match equally.
// A negative contraction is read as its stem ("couldn't" → "couldn", the "t" too short to count):
// that stem is a function word too, not a typo for a corpus word ("couldn" read as "could", "hasn" as "Hasan").
// So is the contraction typed without its apostrophe ("couldnt"). ("won't" leaves "won", a word of its own.)
// ("mine" is left out: in war reporting it is the explosive far more often than the pronoun,
// and as a stop word it made "land mine" a synonym of every "land", "landed" and "landing".)
const FUNCTION_WORDS = `a an the and or but nor of to in on at by for from with without into onto over under about
above below between among through during before after since until than then as so too very also just only
is are was were be been being am do does did doing done have has had having will would shall should can could
may might must it its it's this that these those there here their them they he she him her his hers we us our
you your i me my ours yours who whom whose which what when where why how whether if not no yes any some
all each every both either neither other another such own same more most less least many much few
up down out off again further once ever still yet while because although though per via
isn aren wasn weren doesn didn hasn haven hadn couldn wouldn shouldn mustn needn
isnt arent wasnt werent doesnt didnt hasnt havent hadnt couldnt wouldnt shouldnt`;

const QUESTION_WORDS = `happen happened happens happening tell told say said says saying know known describe
explain please anything something someone anyone give gave
role play played plays kind kinds type types sort sorts according`;

/**
 * Question words as people mistype them ("whcih Karabakh soldier", "waht did Baku say"): no
 * article uses them, so a search would count each as a rare word the corpus lacks, and the
 * question's reading would miss what it asks.
 */
export const QUESTION_WORD_TYPOS: Readonly<Record<string, string>> = {
  whcih: "which",
  wich: "which",
  whihc: "which",
  wihch: "which",
  whic: "which",
  waht: "what",
  whta: "what",
  hwat: "what",
  wehn: "when",
  whne: "when",
  hwo: "how",
  woh: "who",
  wher: "where",
  wehre: "where",
};

export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${QUESTION_WORDS} ${Object.keys(QUESTION_WORD_TYPOS).join(" ")}`.split(/\s+/).filter(Boolean),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/**
 * Words that only ask when they follow "how": "how long will the mission stay" asks for a
 * duration, not about anything long; "how often", "how soon", "how large" likewise. Elsewhere they are content
 * ("a long siege", "soon after the strike"), so they are dropped from the question only after "how".
 */
const ASKING_AFTER_HOW = ["long", "often", "soon", "large", "big"];
const HOW_PHRASE = new RegExp(`\\bhow\\s+(?:${ASKING_AFTER_HOW.join("|")})\\b`, "gi");

/**
 * Words that ask only in a question: "how did Armenia react to …", "what was Moscow's response"
 * ask for whatever the side said, in any words; "how long was the mission supposed to last",
 * "where was the next round supposed to be held" ask what was planned, which a passage tells
 * without the word ("would start in October for a maximum of two months"). In a passage they stay
 * content ("responded within hours"), so they are dropped from questions only, never from the index.
 */
const ASKING_IN_QUESTIONS: ReadonlySet<string> = new Set(
  "react reacts reacted reacting reaction reactions respond responds responded responding response responses supposed".split(" "),
);

/** Whether a question's word only asks (see ASKING_IN_QUESTIONS). */
export function onlyAsks(word: string): boolean {
  return ASKING_IN_QUESTIONS.has(word);
}

/** The question with "how long" / "how often" / "how soon" / "how large" reduced to "how" (a stop word). */
export function withoutHowPhrases(question: string): string {
  return question.replace(HOW_PHRASE, "how");
}
