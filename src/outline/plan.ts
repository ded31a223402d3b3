import { cosine, wordVector } from '../essay/keyphrase.js';
import { paragraphWordCount } from '../essay/state.js';
import { wordCount } from '../essay/text.js';
import type { Paragraph, Sentence } from '../types.js';

/**
 * How a part of the essay becomes key-point slides: its paragraphs (and the parts of very long
 * ones) are cut into a given number of runs, each run one slide, by cutting where the topic
 * changes most and the runs come out even. Each slide's notes are its paragraphs, verbatim.
 */

/** A paragraph, or a run of sentences of a long one, that is never cut. */
export interface Unit {
  paragraph: Paragraph;
  sentences: Sentence[];
  /** The text it spans, spacing as written. */
  text: string;
  /** It starts its paragraph. */
  first: boolean;
  words: number;
}

/** A paragraph longer than this is cut between sentences into parts a slide can carry. */
const LONG_SENTENCES = 8;
const LONG_WORDS = 230;
const PART_SENTENCES = 5;

function passageText(paragraph: Paragraph, sentences: readonly Sentence[]): string {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return '';
  if (first === paragraph.sentences[0] && last === paragraph.sentences[paragraph.sentences.length - 1]) return paragraph.text;
  // The verbatim slice from the first sentence to the end of the last, spacing as written.
  const start = paragraph.text.indexOf(first.text);
  const end = paragraph.text.indexOf(last.text, Math.max(0, start)) + last.text.length;
  return start >= 0 && end > start ? paragraph.text.slice(start, end) : sentences.map((s) => s.text).join(' ');
}

export function unitOf(paragraph: Paragraph, sentences: Sentence[]): Unit {
  const text = passageText(paragraph, sentences);
  const words = text === paragraph.text ? paragraphWordCount(paragraph) : wordCount(text);
  return { paragraph, sentences, text, first: sentences[0] === paragraph.sentences[0], words };
}

/** The paragraphs as units: long ones in parts of about PART_SENTENCES sentences, as even as possible. */
export function unitsOf(paragraphs: readonly Paragraph[]): Unit[] {
  return paragraphs.flatMap((paragraph) => {
    const { sentences } = paragraph;
    const long = sentences.length > LONG_SENTENCES || (sentences.length > 4 && paragraphWordCount(paragraph) > LONG_WORDS);
    const parts = long ? Math.ceil(sentences.length / PART_SENTENCES) : 1;
    const size = Math.ceil(sentences.length / parts);
    const units: Unit[] = [];
    for (let start = 0; start < sentences.length; start += size) units.push(unitOf(paragraph, sentences.slice(start, start + size)));
    return units;
  });
}

/** Cutting between two units that share their topic costs this much per unit of cosine similarity. */
const COHESION = 1.5;
/** A new sub-heading is where the author cut: cutting there is rewarded. */
const SUBHEADING_CUT = -1;
/** A lead-in ending in a colon stays with what it leads into. */
const LEAD_IN_CUT = 4;
/** Items of one list stay together. */
const LIST_CUT = 1.5;
/** Rows of one table are one table: cut between them only if nothing else will do. */
const TABLE_CUT = 6;
/** Cutting inside a paragraph (between its parts) is the last resort. */
const INSIDE_PARAGRAPH_CUT = 1;
/** A slide of one sentence gives one bullet: avoided. */
const ONE_SENTENCE = 1.5;

function cutCost(before: Unit, after: Unit, vectors: ReadonlyMap<Unit, Map<string, number>>): number {
  let cost = COHESION * cosine(vectors.get(before) as Map<string, number>, vectors.get(after) as Map<string, number>);
  if (after.first && after.paragraph.subheading && after.paragraph.subheading !== before.paragraph.subheading) cost += SUBHEADING_CUT;
  if (/:["”’]?\s*$/.test(before.text)) cost += LEAD_IN_CUT;
  if (before.paragraph.kind === 'item' && after.paragraph.kind === 'item') cost += LIST_CUT;
  if (before.paragraph.kind === 'row' && after.paragraph.kind === 'row') cost += TABLE_CUT;
  if (!after.first) cost += INSIDE_PARAGRAPH_CUT;
  return cost;
}

/**
 * The units cut into `slides` runs (fewer when there are fewer units), by dynamic programming
 * over every way to cut: runs near the same length, cuts where neighbouring units share the
 * fewest words, at the author's sub-headings, never after a lead-in if it can be helped.
 */
export function planSlides(units: readonly Unit[], slides: number): Unit[][] {
  const n = units.length;
  const k = Math.max(1, Math.min(slides, n));
  if (k === 1) return n > 0 ? [[...units]] : [];
  const vectors = new Map(units.map((unit) => [unit, wordVector(unit.text)]));
  // Each run's words and sentences from running sums, and each cut's cost once: the search below
  // asks for them at every step, and a long part has hundreds of units.
  const prefix = [0];
  for (const unit of units) prefix.push((prefix.at(-1) as number) + unit.words);
  const sentencePrefix = [0];
  for (const unit of units) sentencePrefix.push((sentencePrefix.at(-1) as number) + unit.sentences.length);
  const cuts = units.map((unit, i) => (i > 0 ? cutCost(units[i - 1] as Unit, unit, vectors) : 0));
  const target = (prefix[n] as number) / k;
  const runCost = (i: number, j: number): number => {
    const words = (prefix[j] as number) - (prefix[i] as number);
    const sentences = (sentencePrefix[j] as number) - (sentencePrefix[i] as number);
    return ((words - target) / target) ** 2 + (sentences === 1 ? ONE_SENTENCE : 0);
  };
  // best[m][j]: the cheapest way to cut units[0, j) into m runs; from[m][j]: where its last run starts.
  const best = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY));
  const from = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  (best[0] as number[])[0] = 0;
  for (let m = 1; m <= k; m++) {
    for (let j = m; j <= n; j++) {
      for (let i = m - 1; i < j; i++) {
        const previous = (best[m - 1] as number[])[i] as number;
        if (!Number.isFinite(previous)) continue;
        const cost = previous + runCost(i, j) + (cuts[i] as number);
        if (cost < ((best[m] as number[])[j] as number)) {
          (best[m] as number[])[j] = cost;
          (from[m] as number[])[j] = i;
        }
      }
    }
  }
  const runs: Unit[][] = [];
  for (let m = k, j = n; m > 0; m--) {
    const i = (from[m] as number[])[j] as number;
    runs.unshift(units.slice(i, j));
    j = i;
  }
  return runs;
}
