import { eachWord } from './word-scan.js';

/** Keys asked of one at a time: a set, or a view over several. */
export type KeySet = Pick<ReadonlySet<string>, 'has'>;

/**
 * Key phrases in the manner of RAKE: candidate phrases are runs of content words between
 * stop words and punctuation; a phrase scores by how often its words recur in the text at
 * hand and loses weight when it is common to the whole essay. The phrase is returned as
 * written in the text, so a title made from it is the essay's own words.
 */

const STOP = new Set(
  `a about above across after again against all almost also although always am among an and another any are aren't around as at
  be because been before being below between beyond both but by can cannot could couldn't did didn't do does doesn't doing don't down
  during each either else enough even ever every few for from further had hadn't has hasn't have haven't having he her here hers herself
  him himself his how however i if in into is isn't it it's its itself just least less let like likely made make makes many may me might
  more most much must my myself neither no nor not now of off often on once one only or other others otherwise our ours ourselves out
  over own per perhaps quite rather really same shall she should shouldn't since so some such than that that's the their theirs them
  themselves then there there's therefore these they they're this those though through thus to too toward towards under until up upon
  us very via was wasn't we were weren't what whatever when where whether which while who whom whose why will with within without won't
  would wouldn't yet you your yours yourself
  said says say according see seem seems seemed become becomes became get gets got give gives given go goes going went take takes took
  well still already instead also way ways thing things something anything nothing everything lot lots kind sort part time times
  year years new old good bad best better great big small little large long short high low first second third last next
  possible able unlikely certain clear main major current previous recent different same various several whole entire
  one two three four five six seven eight nine ten many number numbers point points case cases fact example instance
  unless put puts show shows keep keeps let lets bring brings need needs want wants try tries tried use used using
  mean means meant help helps call calls able whether least almost rather
  fewer serve serves served hundred hundreds thousand thousands million millions billion billions percent dozen dozens
  mr mrs ms dr`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface Candidate {
  /** As written at its first occurrence. */
  text: string;
  key: string;
  words: number;
  count: number;
  firstOffset: number;
}

const stem = (word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/(?<=[a-z]{3})s$/, '');

/** Whether a written word is left out of phrases: a stop word, a number, a single character. */
const isStopWord = (word: string): boolean => word.length < 2 || /^\d+$/.test(word) || STOP.has(word.toLowerCase().replace(/’/g, "'"));

/**
 * Each written word's key, or null for a stop word. Every stage compares the same sentences'
 * words, and a text repeats most of its words (a 2 MB essay of distinct texts writes about
 * 60,000 different ones), so each is worked out once; the memo is emptied when it grows past
 * KEY_MEMO_LIMIT, so memory stays bounded whatever the input.
 */
const keyMemo = new Map<string, string | null>();
const KEY_MEMO_LIMIT = 200_000;
export function contentKey(word: string): string | null {
  let key = keyMemo.get(word);
  if (key === undefined) {
    key = isStopWord(word) ? null : stem(word);
    if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(word, key);
  }
  return key;
}

/** Runs of content words (1–4 words) with their counts; n-grams inside longer runs count too. */
export function candidates(text: string): Candidate[] {
  const found = new Map<string, Candidate>();
  const clauses = text.split(/[.,;:!?()[\]{}"“”‘’—–]|\s-\s/);
  let base = 0;
  for (const clause of clauses) {
    const offsetOfClause = text.indexOf(clause, base);
    base = offsetOfClause + clause.length;
    const run: Array<{ word: string; key: string; offset: number }> = [];
    const runs: Array<typeof run> = [];
    for (const match of clause.matchAll(WORD)) {
      const word = match[0];
      const key = contentKey(word);
      if (key === null) {
        if (run.length) runs.push(run.splice(0));
      } else {
        run.push({ word, key, offset: offsetOfClause + (match.index ?? 0) });
      }
    }
    if (run.length) runs.push(run.splice(0));
    for (const words of runs) {
      for (let size = 1; size <= Math.min(6, words.length); size++) {
        for (let start = 0; start + size <= words.length; start++) {
          const slice = words.slice(start, start + size);
          const key = slice.map((w) => w.key).join(' ');
          const first = slice[0];
          const last = slice[slice.length - 1];
          if (!first || !last) continue;
          // Beyond four words only a name holds together ("Stockholm International Peace Research Institute").
          if (size > 4 && !slice.every((w) => /^\p{Lu}/u.test(w.word))) continue;
          const existing = found.get(key);
          if (existing) {
            existing.count += 1;
            // Prefer the capitalised spelling of a name ("Chemical Weapons Convention").
            const written = text.slice(first.offset, last.offset + last.word.length);
            if (
              /^\p{Lu}/u.test(written) &&
              written !== existing.text &&
              first.offset > 0 &&
              !/[.!?]\s*$/.test(text.slice(0, first.offset))
            ) {
              existing.text = written;
            }
          } else {
            found.set(key, {
              text: text.slice(first.offset, last.offset + last.word.length),
              key,
              words: size,
              count: 1,
              firstOffset: first.offset,
            });
          }
        }
      }
    }
  }
  return [...found.values()];
}

export interface PhraseOptions {
  /** How many of the essay's paragraphs contain each candidate key; common words lose weight. */
  documentFrequency?: (key: string) => number;
  /** Paragraphs in the essay, for the weight of `documentFrequency`. */
  documents?: number;
  /** Keys not to return (titles already used, the section's own title). */
  exclude?: KeySet;
  /** Text the phrase should come from first, such as the topic sentence. */
  lead?: string;
}

/** Verbs that start a phrase badly ("invite China"): a title names a thing, not an action on it. */
const BAD_FIRST =
  /^(invite|persuade|attempt|accept|reject|admit|continue|remain|lift|agree|assume|involve|facilitate|provide|discuss|improve|reduce|acknowledge|demonstrate|propose|consider|require|allow|ensure|avoid|create|build|raise|lower|increase|decrease|expand|protect|support|address|replace|pay|spread|hire|send|offer|cover|absorb|extend|limit|treat|fund|cut|set|get)$/i;

/** Words that end a phrase badly: a verb form or a preposition-like word leaves it hanging. */
const BAD_LAST =
  /(ing|ed|ly)$|^(regarding|including|concerning|involving|toward|towards|against|beyond|make|take|give|show|put|craft|sign|lead|keep)$/i;

/**
 * RAKE-like score with inverse document frequency: each word is worth its count in the
 * text times how rare it is in the essay; a phrase is worth its words, shared out so that a
 * long phrase of common words does not beat a short phrase of telling ones.
 */
function scorer(text: string, options: PhraseOptions): (candidate: Candidate) => number {
  const unigrams = new Map(
    candidates(text)
      .filter((c) => c.words === 1)
      .map((c) => [c.key, c.count]),
  );
  const documents = Math.max(1, options.documents ?? 1);
  const idf = (key: string): number => Math.log((documents + 1) / ((options.documentFrequency?.(key) ?? 1) + 0.5)) + 0.3;
  const leadKeys = new Set(options.lead ? candidates(options.lead).map((c) => c.key) : []);
  return (candidate) => {
    const keys = candidate.key.split(' ');
    const wordWeight = keys.reduce((sum, key) => sum + (unigrams.get(key) ?? 1) * idf(key), 0);
    const phraseWeight = Math.sqrt(candidate.count) * idf(candidate.key);
    const capitalised = candidate.text.split(' ').every((w) => /^\p{Lu}/u.test(w)) ? 0.4 : 0;
    const shape = candidate.words === 1 ? 0.55 : candidate.words <= 3 ? 1 : 0.8;
    return (wordWeight / Math.sqrt(keys.length) + phraseWeight) * shape + capitalised + (leadKeys.has(candidate.key) ? 0.5 : 0);
  };
}

/** The best phrase of `text` for a title, or null when the text has no content words. */
export function keyPhrase(text: string, options: PhraseOptions = {}): string | null {
  const pool = candidates(text).filter((candidate) => {
    const parts = candidate.text.split(' ');
    return (
      !options.exclude?.has(candidate.key) &&
      !/ly$/i.test(parts[0] ?? '') &&
      !(parts.length > 1 && BAD_FIRST.test(parts[0] ?? '')) &&
      !BAD_LAST.test(parts[parts.length - 1] ?? '') &&
      candidate.text.length <= 56 &&
      // A lone word needs to recur or be a name to say what a slide is about.
      (candidate.words > 1 || candidate.count > 1 || /^\p{Lu}/u.test(candidate.text))
    );
  });
  if (pool.length === 0) return null;
  const score = scorer(text, options);
  const scored = pool.map((candidate) => ({ candidate, value: score(candidate) }));
  scored.sort((a, b) => b.value - a.value || a.candidate.firstOffset - b.candidate.firstOffset);
  const best = scored[0]?.candidate;
  if (!best) return null;
  // A piece of a name stands for the whole name: "Chemical Weapons" → "Chemical Weapons Convention".
  const isName = (c: Candidate): boolean => c.text.split(' ').every((w) => /^\p{Lu}/u.test(w));
  const whole = pool
    .filter((c) => isName(c) && c.words > best.words && ` ${c.key} `.includes(` ${best.key} `))
    .sort((a, b) => b.words - a.words)[0];
  return whole && isName(best) ? whole.text : best.text;
}

/** The comparison key of a phrase: the key a candidate with these words would have. */
export function phraseKey(text: string): string {
  return [...text.matchAll(WORD)].map((match) => stem(match[0])).join(' ');
}

/**
 * The content words of a text, stemmed, as many times as they occur: the unigrams of
 * `candidates` without building its longer phrases (for comparing the vocabulary of texts).
 */
export function contentWords(text: string): string[] {
  const found: string[] = [];
  // (WORD's words, read without the regex: every sentence of a long essay comes this way.)
  eachWord(text, (word) => {
    const key = contentKey(word);
    if (key !== null) found.push(key);
  });
  return found;
}

/** The content words a text holds, each once: for comparing what texts are about. */
export function wordVector(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of new Set(contentWords(text))) counts.set(key, 1);
  return counts;
}

/** Cosine similarity of two word vectors: 0 when they share nothing, 1 when they are alike. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, value] of a) {
    na += value * value;
    dot += value * (b.get(key) ?? 0);
  }
  for (const value of b.values()) nb += value * value;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
