import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP, { type ItemSentence, type WinkMethods } from 'wink-nlp';
import { NLP_DIR } from '../../src/essay/tagger.js';

/**
 * The tagger's loader (src/essay/wink-model.ts, compiled into lib/nlp/ by `npm run compile`) must
 * give the stock model's tokens, tags and spaces exactly: the titles of every deck depend on them.
 * Compared on real text, the reference essay and essays of the tuning corpus, with the
 * contractions, numbers, links and symbols that exercise the lexicon's other tables.
 */

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

/** Every sentence of every text as "token/POS/space" strings. */
function tagged(nlp: WinkMethods, texts: readonly string[]): string[][] {
  return texts.map((text) => {
    const sentences: string[] = [];
    nlp
      .readDoc(text)
      .sentences()
      .each((sentence: ItemSentence) => {
        const tokens = sentence.tokens();
        const words = tokens.out();
        const tags = tokens.out(nlp.its.pos);
        const spaces = tokens.out(nlp.its.precedingSpaces);
        sentences.push(words.map((word: string, i: number) => `${word}/${tags[i]}/${JSON.stringify(spaces[i])}`).join(' '));
      });
    return sentences;
  });
}

function essayText(dir: string): string {
  for (const name of ['essay.txt', 'essay.md']) {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      // The other name, then.
    }
  }
  throw new Error(`no essay in ${dir}`);
}

const corpus = join(root, 'test', 'corpus', 'tuning');
const essays = [
  join(root, 'slides', 'kei-north-korea'),
  ...readdirSync(corpus)
    .sort()
    .slice(0, 12)
    .map((name) => join(corpus, name)),
];
const paragraphs = essays.flatMap((dir) => essayText(dir).split(/\n\s*\n/)).filter((text) => text.trim() !== '');

describe('the tagger’s wink-nlp model', () => {
  it('tags real essays exactly as the stock wink-eng-lite-web-model does', () => {
    const extra = [
      "We don't know, and they're sure it'll work; can't they? I'd've said y'all won't.",
      'Call +1 (555) 010-2323 or mail press@example.org by 5:30pm on 12/03/2024 — see https://example.com/a?b=c #policy @someone :-) 😀',
      'The U.S. spent $4.5bn (3%) in Q3; GDP rose 2.1 per cent in the 1990s, NATO\u2019s 75th year.',
    ];
    const texts = [...paragraphs, ...extra];
    expect(texts.length).toBeGreaterThan(300);
    const stock = winkNLP(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
    const { loadWink } = require(join(NLP_DIR, 'wink.cjs')) as { loadWink: (dir: string) => WinkMethods };
    const ours = loadWink(NLP_DIR);
    const expected = tagged(stock, texts);
    expect(tagged(ours, texts)).toEqual(expected);
    // Words the model had not seen are added as the texts are read: a second pass reads them back.
    expect(tagged(ours, texts)).toEqual(tagged(stock, texts));
  });
});
