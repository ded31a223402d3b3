import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/paths.js';

/**
 * Part-of-speech tagging for slide titles, by wink-nlp with its English model (shipped inside
 * the npm package: no download, no network). The model loads on first use, once per process
 * (lib/nlp/, built by `npm run compile` from src/essay/wink-model.ts: about a quarter of the
 * stock loader's time, the same tags), and only the texts that need titles are tagged.
 */

/** Universal POS tags, as wink-nlp gives them. */
export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  /** The token as written. */
  text: string;
  pos: Pos;
  /** Spaces before the token in the text: none between the parts of "fast-acting" or "we're". */
  space: boolean;
}

/** Sentences of tagged tokens. */
export type Tagger = (text: string) => Token[][];

interface WinkDoc {
  tokens(): { out(what?: unknown): string[] };
  sentences(): { out(what: unknown): Array<[number, number]> };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; precedingSpaces: unknown; span: unknown };
}

/**
 * A pronoun and its verb written as one word, which wink-nlp keeps as one token and may tag as a proper noun ("I'm",
 * "we've", "it's"): a pronoun, never a noun phrase's word ("Today I'm" is no slide title).
 */
const CONTRACTED_PRONOUN = /^(?:i|you|we|they|he|she|it|that|there|here|who|what|let)['’](?:m|re|ve|d|ll|s)$/i;

let wink: Wink | null = null;

/** Where `npm run compile` writes wink-nlp bundled with the model's loader (wink.cjs) and the prepared core model. */
export const NLP_DIR = join(PACKAGE_ROOT, 'lib', 'nlp');

function load(): Wink {
  if (!wink) {
    const { loadWink } = createRequire(import.meta.url)(join(NLP_DIR, 'wink.cjs')) as { loadWink: (dir: string) => Wink };
    wink = loadWink(NLP_DIR);
  }
  return wink;
}

/** Tags `text` with wink-nlp; results are kept per text for the life of the process. */
export const winkTagger: Tagger = (() => {
  const memo = new Map<string, Token[][]>();
  return (text: string): Token[][] => {
    const known = memo.get(text);
    if (known) return known;
    const nlp = load();
    const doc = nlp.readDoc(text);
    // The document's tokens read out once, then cut at each sentence's first and last token (its
    // span, both ends in): each sentence's own `tokens().out()` gives the same, but reading out every
    // sentence three times made a collection and a pass through wink's API each time.
    const tokens = doc.tokens();
    const words = tokens.out();
    const tags = tokens.out(nlp.its.pos) as Pos[];
    const spaces = tokens.out(nlp.its.precedingSpaces);
    const sentences: Token[][] = [];
    for (const [first, last] of doc.sentences().out(nlp.its.span)) {
      const sentence: Token[] = [];
      for (let i = first; i <= last; i++) {
        const word = words[i] as string;
        const pos = CONTRACTED_PRONOUN.test(word) ? 'PRON' : (tags[i] ?? 'X');
        sentence.push({ text: word, pos, space: (spaces[i] ?? '') !== '' });
      }
      sentences.push(sentence);
    }
    memo.set(text, sentences);
    return sentences;
  };
})();
