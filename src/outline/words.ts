import { phraseKey } from '../essay/phrases.js';
import { eachWord } from '../essay/word-scan.js';
import type { Paragraph } from '../types.js';

/**
 * The `phraseKey` of each of the essay's written words, worked out once for the whole outline,
 * with the document frequency of each key and a tally of a slide's words by key. Reading a
 * word costs one look-up here, where the key's memo, a set of the paragraph's keys and a map of
 * counts took one each. Nothing is kept per paragraph: on a long essay, a record of each word
 * kept costs the garbage collector more than reading the words again.
 */

/** One `phraseKey` of the essay's words. */
interface PhraseWord {
  /** Paragraphs that hold it, and the last one counted. */
  documents: number;
  lastDocument: number;
  /** Its count in the current tally (see `tally`), valid while `tallied` is that tally's number. */
  count: number;
  tallied: number;
}

export class EssayWords {
  /** Each written word's key. */
  private readonly written = new Map<string, PhraseWord>();
  private readonly phrases = new Map<string, PhraseWord>();
  private tallies = 0;
  /** Paragraphs read: the documents of the frequencies. */
  readonly documents: number;

  constructor(paragraphs: readonly Paragraph[]) {
    this.documents = paragraphs.length;
    paragraphs.forEach((paragraph, document) => {
      eachWord(paragraph.text, (written) => {
        const phrase = this.phrase(written);
        if (phrase.lastDocument === document) return;
        phrase.lastDocument = document;
        phrase.documents++;
      });
    });
  }

  /**
   * How many of the paragraphs hold a word of this `phraseKey`; 1 for one none holds (as if the
   * text at hand did), such as a piece of a word a slide's notes were cut through.
   */
  documentFrequency(key: string): number {
    return this.phrases.get(key)?.documents || 1;
  }

  /**
   * Starts a tally of words by `phraseKey`, as phrases.ts's `bestPhrase` counts a `countOnly`
   * text: `add` counts the words of a text, and says false (counting nothing) for a text that
   * may hold a web address, which bestPhrase takes out first; `count` gives the tally so far.
   */
  tally(): { add: (text: string) => boolean; count: (key: string) => number } {
    const tallied = ++this.tallies;
    return {
      add: (text) => {
        if (text.includes('/') || /www\./i.test(text)) return false;
        eachWord(text, (written) => {
          const phrase = this.phrase(written);
          if (phrase.tallied !== tallied) {
            phrase.tallied = tallied;
            phrase.count = 0;
          }
          phrase.count++;
        });
        return true;
      },
      count: (key) => {
        const phrase = this.phrases.get(key);
        return phrase?.tallied === tallied ? phrase.count : 0;
      },
    };
  }

  private phrase(written: string): PhraseWord {
    let phrase = this.written.get(written);
    if (!phrase) {
      const key = phraseKey(written);
      phrase = this.phrases.get(key);
      if (!phrase) {
        phrase = { documents: 0, lastDocument: -1, count: 0, tallied: 0 };
        this.phrases.set(key, phrase);
      }
      this.written.set(written, phrase);
    }
    return phrase;
  }
}
