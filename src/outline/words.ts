import { phraseKey } from '../essay/phrases.js';
import { eachWord } from '../essay/word-scan.js';
import type { Paragraph } from '../types.js';

/**
 * The `phraseKey` of each of the essay's written words, worked out once for the whole outline,
 * with the document frequency of each key and a tally of a slide's words by key. Reading a
 * word costs one look-up here, where the key's memo, a set of the paragraph's keys and a map of
 * counts took one each. Each paragraph's words are kept as the numbers of their keys, in one
 * typed array (no object per word for the garbage collector): a slide's notes are tallied from
 * those numbers, not read and looked up again.
 */

/** One `phraseKey` of the essay's words. */
interface PhraseWord {
  /** Its index in `EssayWords.keys`. */
  id: number;
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
  /** The keys by id. */
  private readonly keys: PhraseWord[] = [];
  /** The ids of each paragraph's words in order, paragraph after paragraph; a paragraph's run is `ids[start, end)`. */
  private ids = new Int32Array(1024);
  /** Each paragraph read: its run of `ids`, and the text read (a paragraph whose text changed is read again). */
  private readonly runs = new Map<Paragraph, { text: string; start: number; end: number }>();
  private tallies = 0;
  /** Paragraphs read: the documents of the frequencies. */
  readonly documents: number;

  constructor(paragraphs: readonly Paragraph[]) {
    this.documents = paragraphs.length;
    let length = 0;
    paragraphs.forEach((paragraph, document) => {
      const start = length;
      eachWord(paragraph.text, (written) => {
        const phrase = this.phrase(written);
        if (length === this.ids.length) {
          const grown = new Int32Array(length * 2);
          grown.set(this.ids);
          this.ids = grown;
        }
        this.ids[length++] = phrase.id;
        if (phrase.lastDocument === document) return;
        phrase.lastDocument = document;
        phrase.documents++;
      });
      this.runs.set(paragraph, { text: paragraph.text, start, end: length });
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
  tally(): { add: (text: string, paragraph?: Paragraph) => boolean; count: (key: string) => number } {
    const tallied = ++this.tallies;
    const count = (phrase: PhraseWord): void => {
      if (phrase.tallied !== tallied) {
        phrase.tallied = tallied;
        phrase.count = 0;
      }
      phrase.count++;
    };
    return {
      /** (`paragraph`, when given, is the paragraph whose whole text `text` is: its words are counted from their ids.) */
      add: (text, paragraph) => {
        if (text.includes('/') || /www\./i.test(text)) return false;
        const run = paragraph && this.runs.get(paragraph);
        if (run && run.text === text) {
          for (let i = run.start; i < run.end; i++) count(this.keys[this.ids[i] as number] as PhraseWord);
        } else {
          eachWord(text, (written) => count(this.phrase(written)));
        }
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
        phrase = { id: this.keys.length, documents: 0, lastDocument: -1, count: 0, tallied: 0 };
        this.phrases.set(key, phrase);
        this.keys.push(phrase);
      }
      this.written.set(written, phrase);
    }
    return phrase;
  }
}
