import { candidates } from '../essay/keyphrase.js';
import { wordCount } from '../essay/text.js';
import type { Bullet, Sentence } from '../types.js';
import { removeRemovableParts, splitClauses } from './shorten.js';

/** Longest bullet read comfortably from the back of a room. */
export const MAX_BULLET_WORDS = 22;
/** The deck's bullets should be this long or shorter at the median. */
export const MEDIAN_BULLET_WORDS = 14;
/** Longest bullet added beside another on the same slide. */
const SCAN_WORDS = 20;

const CLAIM =
  /\b(should|must|needs? to|ought|could|might|would|will have to|propose[sd]?|recommend\w*|risk|problem|objective|goal|key|main|primary|fundamental|best|advantages?|important|essential|necessary|pragmatic|primarily)\b/gi;
const EXAMPLE = /\b(for example|for instance|such as|e\.g\.|including|the others are)\b/i;
const ANAPHORIC_START = /^(that|this|it|these|those|they|such|there)\b/i;

interface Unit {
  /** Position among the sentences given, which may span several paragraphs. */
  position: number;
  sentence: Sentence;
  bullets: string[];
  score: number;
}

/** How strongly a sentence carries its paragraph's point. */
function score(sentence: Sentence, position: number, total: number, recurring: ReadonlyMap<string, number>, texts: string[]): number {
  const text = sentence.text;
  let value = position === 0 ? 2 : position === total - 1 ? 0.3 : 0;
  value += Math.min(2, new Set(text.toLowerCase().match(CLAIM) ?? []).size * 0.8);
  if (EXAMPLE.test(text)) value -= 1;
  if (text.startsWith('(')) value -= 2;
  if (text.trim().endsWith('?')) value -= 1.5;
  if (ANAPHORIC_START.test(text)) value -= 0.7;
  // Centrality: content words this sentence shares with the rest of the paragraph.
  const keys = candidates(text).filter((c) => c.words === 1);
  const shared = keys.reduce((sum, c) => sum + Math.max(0, (recurring.get(c.key) ?? 0) - c.count), 0);
  value += Math.min(2, shared / Math.sqrt(Math.max(1, keys.length)));
  const lengths = texts.map(wordCount);
  const longest = Math.max(...lengths);
  if (longest > MAX_BULLET_WORDS) value -= 5;
  if (longest < 6) value -= 1;
  // Shorter reads better from the back of the room: past 12 words each word costs a little.
  // A sentence split in two is read as two bullets, so its bullets' mean length counts.
  const mean = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  value -= Math.max(0, mean - 12) * 0.45;
  return value;
}

/** How many bullets a paragraph of `sentences` sentences gets: 2–4, fewer only when it has fewer. */
export function bulletBudget(sentences: number): number {
  if (sentences <= 2) return sentences;
  return Math.min(4, Math.max(2, Math.ceil(sentences / 2)));
}

/**
 * The paragraph's key points: its best sentences, shortened, in the essay's order. A
 * sentence split into two clause bullets is taken whole or not at all, so no qualifier is
 * lost ("…would work" without its "but if …"). No bullet is longer than MAX_BULLET_WORDS
 * unless `allowLong`: a paragraph of only long sentences then gives none.
 */
export function selectBullets(sentences: ReadonlyArray<Sentence>, { allowLong = false }: { allowLong?: boolean } = {}): Bullet[] {
  if (sentences.length === 0) return [];
  const recurring = new Map<string, number>();
  for (const sentence of sentences) {
    for (const c of candidates(sentence.text)) if (c.words === 1) recurring.set(c.key, (recurring.get(c.key) ?? 0) + c.count);
  }
  const units: Unit[] = sentences.map((sentence, i) => {
    const bullets = splitClauses(removeRemovableParts(sentence.text), MAX_BULLET_WORDS).filter((text) => wordCount(text) > 0);
    return { position: i, sentence, bullets, score: score(sentence, i, sentences.length, recurring, bullets) };
  });
  const budget = bulletBudget(sentences.length);
  const ranked = [...units].sort((a, b) => b.score - a.score || a.position - b.position);
  const chosen: Unit[] = [];
  let used = 0;
  const fits = (unit: Unit): boolean => unit.bullets.every((text) => wordCount(text) <= MAX_BULLET_WORDS);
  for (const unit of ranked) {
    if (used + unit.bullets.length > budget || !fits(unit)) continue;
    // "It should.": too short to stand without the sentence before it.
    if (unit.bullets.every((text) => wordCount(text) < 4)) continue;
    // Past the first point, a slide takes only points short enough to scan (≤ 20 words each).
    if (chosen.length > 0 && unit.bullets.some((text) => wordCount(text) > SCAN_WORDS)) continue;
    chosen.push(unit);
    used += unit.bullets.length;
  }
  // Every sentence too long even after shortening: nothing, unless the caller has no other slide
  // to show this text on, when the best sentence stands whole.
  if (chosen.length === 0 && allowLong && ranked[0]) chosen.push(ranked[0]);
  return chosen
    .sort((a, b) => a.position - b.position)
    .flatMap((unit) => unit.bullets.map((text) => ({ text, source: { line: unit.sentence.line, sentence: unit.sentence.index } })));
}
