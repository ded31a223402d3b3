import { contentKey } from '../essay/keyphrase.js';
import { phraseKey } from '../essay/phrases.js';
import { isLetterOrNumber } from '../essay/word-scan.js';
import type { Paragraph, Sentence } from '../types.js';
import { ALL_CUES, cuesOf } from './cues.js';

/**
 * The essay's written words, each numbered the first time it is read, with the `phraseKey` of
 * each and its document frequency, the content-word key of each (keyphrase.ts's `contentKey`),
 * and a tally of a slide's words by key. A word is found by a hash of its characters in the text
 * and a table of numbers: no string is cut out of the text for a word seen before, where a map's
 * look-up hashed a new string for each of the essay's words. Each paragraph's words are kept as
 * their numbers, in one typed array (no object per word for the garbage collector): a slide's
 * notes are tallied from those numbers, not read and looked up again. So are each sentence's
 * content words, found in place in its paragraph (see `sentenceContentWords`), and the patterns
 * its words may match (see `sentenceCues`).
 */

/** The first slot to look at for a word's hash: its bits mixed, so that words alike start apart. */
function slotOf(hash: number, mask: number): number {
  const mixed = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (mixed ^ (mixed >>> 16)) & mask;
}

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
  /** How many written words have been numbered, and the hash of each one's characters by its number (see `wordId`). */
  private numbered = 0;
  private hashes = new Int32Array(1024);
  /** Each written word's spelling packed in two numbers (see `NOT_PACKED`), by its number: word `n`'s at `2 n` and `2 n + 1`. */
  private packed = new Int32Array(2048);
  /** The written words' code units one after another (`isAt` reads them): word `n`'s are `spellings[spellingStarts[n], spellingStarts[n + 1])`. */
  private spellings = new Uint16Array(8192);
  private spellingStarts = new Int32Array(1024);
  /** An open-addressed table of the written words: at each slot 0, or 1 + the number of the word that hashes there. */
  private slots = new Int32Array(4096);
  /** Each written word's key, and its content-word key's number (-1 for a stop word), by the word's number. */
  private readonly phraseOf: PhraseWord[] = [];
  private readonly contentOf: number[] = [];
  /** Each written word's `cuesOf`, by its number. */
  private readonly cueOf: number[] = [];
  private readonly contentKeys = new Map<string, number>();
  private readonly phrases = new Map<string, PhraseWord>();
  /** The keys by id. */
  private readonly keys: PhraseWord[] = [];
  /** The ids of each paragraph's words' keys in order, paragraph after paragraph; a paragraph's run is `ids[start, end)`. */
  private ids = new Int32Array(1024);
  /** Each paragraph read: its run of `ids`, and the text read (a paragraph whose text changed is read again). */
  private readonly runs = new Map<Paragraph, { text: string; start: number; end: number }>();
  /** The content-word key numbers of the paragraphs' words that have one, in order, paragraph after paragraph. */
  private contents = new Int32Array(1024);
  private contentLength = 0;
  /** Where each of the current paragraph's `contents` starts in its text (see `placeSentences`). */
  private offsets = new Int32Array(256);
  /** Where each of the current paragraph's words that has cues starts in its text, and its cues (see `placeSentences`). */
  private cueStarts = new Int32Array(256);
  private cueBits = new Int32Array(256);
  /** Each sentence found in its paragraph: its run of `contents`, its words' cues, and its text then (see `sentenceContentWords`). */
  private readonly sentenceRuns = new Map<Sentence, { text: string; start: number; end: number; cues: number }>();
  /** What the last `scan` read: each word's number, and where it starts in the text. */
  private found = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private tallies = 0;
  /** Paragraphs read: the documents of the frequencies. */
  readonly documents: number;

  constructor(paragraphs: readonly Paragraph[]) {
    this.documents = paragraphs.length;
    let length = 0;
    for (let document = 0; document < paragraphs.length; document++) {
      const paragraph = paragraphs[document] as Paragraph;
      const start = length;
      const firstContent = this.contentLength;
      const found = this.scan(paragraph.text);
      this.ids = room(this.ids, length + found);
      this.contents = room(this.contents, firstContent + found);
      this.offsets = room(this.offsets, found);
      this.cueStarts = room(this.cueStarts, found);
      this.cueBits = room(this.cueBits, found);
      let cued = 0;
      for (let k = 0; k < found; k++) {
        const word = this.found[k] as number;
        const phrase = this.phraseOf[word] as PhraseWord;
        this.ids[length++] = phrase.id;
        const cues = this.cueOf[word] as number;
        if (cues !== 0) {
          this.cueStarts[cued] = this.starts[k] as number;
          this.cueBits[cued++] = cues;
        }
        const content = this.contentOf[word] as number;
        if (content >= 0) {
          this.offsets[this.contentLength - firstContent] = this.starts[k] as number;
          this.contents[this.contentLength++] = content;
        }
        if (phrase.lastDocument === document) continue;
        phrase.lastDocument = document;
        phrase.documents++;
      }
      this.runs.set(paragraph, { text: paragraph.text, start, end: length });
      this.placeSentences(paragraph, firstContent, cued);
    }
  }

  /**
   * Finds each of the paragraph's sentences in its text and keeps, for one found where its
   * words are whole (`isWordEdge` at both ends), its run of the paragraph's `contents` (from
   * `firstContent`): there the paragraph's words are the sentence's own, in the same order.
   * So are the words of its first `cued` (of `cueStarts`), whose cues it keeps. A sentence not
   * found so is read from its text when asked.
   */
  private placeSentences(paragraph: Paragraph, firstContent: number, cued: number): void {
    const { text } = paragraph;
    const count = this.contentLength - firstContent;
    let from = 0;
    let next = 0;
    let nextCue = 0;
    for (const sentence of paragraph.sentences) {
      const start = text.indexOf(sentence.text, from);
      if (start < 0) continue;
      const end = start + sentence.text.length;
      from = end;
      if (!isWordEdge(text, start - 1) || !isWordEdge(text, end)) continue;
      while (next < count && (this.offsets[next] as number) < start) next++;
      const first = next;
      while (next < count && (this.offsets[next] as number) < end) next++;
      while (nextCue < cued && (this.cueStarts[nextCue] as number) < start) nextCue++;
      let cues = 0;
      for (; nextCue < cued && (this.cueStarts[nextCue] as number) < end; nextCue++) cues |= this.cueBits[nextCue] as number;
      this.sentenceRuns.set(sentence, { text: sentence.text, start: firstContent + first, end: firstContent + next, cues });
    }
  }

  /**
   * `contentWords(sentence.text)`, read from the sentence's place in its paragraph when the
   * constructor found it there (and its text is unchanged): no second reading of the essay's
   * sentences. The array is the table's own: not to be changed.
   */
  sentenceContentWords(sentence: Sentence): ArrayLike<number> {
    const run = this.sentenceRuns.get(sentence);
    if (run && run.text === sentence.text) return this.contents.subarray(run.start, run.end);
    return this.contentWords(sentence.text);
  }

  /**
   * The cues (`cuesOf`) of the sentence's words, when the constructor found it in its paragraph
   * (and its text is unchanged); else every cue: a pattern none of its words may match cannot
   * match it, so it need not be tried.
   */
  sentenceCues(sentence: Sentence): number {
    const run = this.sentenceRuns.get(sentence);
    return run && run.text === sentence.text ? run.cues : ALL_CUES;
  }

  /**
   * How many of the paragraphs hold a word of this `phraseKey`; 1 for one none holds (as if the
   * text at hand did), such as a piece of a word a slide's notes were cut through.
   */
  documentFrequency(key: string): number {
    return this.phrases.get(key)?.documents || 1;
  }

  /**
   * keyphrase.ts's `contentWords` of a text, each key given as a number: the same keys have the
   * same number, different keys different numbers (below `contentWordCount`).
   */
  contentWords(text: string): number[] {
    const contents: number[] = [];
    const found = this.scan(text);
    for (let k = 0; k < found; k++) {
      const content = this.contentOf[this.found[k] as number] as number;
      if (content >= 0) contents.push(content);
    }
    return contents;
  }

  /** How many content-word keys have been numbered: every number `contentWords` gives is below it. */
  get contentWordCount(): number {
    return this.contentKeys.size;
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
          const found = this.scan(text);
          for (let k = 0; k < found; k++) count(this.phraseOf[this.found[k] as number] as PhraseWord);
        }
        return true;
      },
      count: (key) => {
        const phrase = this.phrases.get(key);
        return phrase?.tallied === tallied ? phrase.count : 0;
      },
    };
  }

  /**
   * Reads the words of `text` into `found` (each one's number) and `starts` (where it starts),
   * and says how many: the words of word-scan.ts's `eachWord` (a letter or a digit, then
   * letters, digits, apostrophes and hyphens; a surrogate pair read as one code point), read
   * here so that a word is looked up where it stands. ASCII is classed by a table; the rest as
   * eachWord does. (Filled in place, not handed to a callback: each caller loops over them.)
   */
  private scan(text: string): number {
    const length = text.length;
    let count = 0;
    let i = 0;
    while (i < length) {
      let code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII[code] !== WORD_START) {
          i++;
          continue;
        }
      } else {
        if (code >= 0xd800 && code <= 0xdbff) code = text.codePointAt(i) as number;
        if (!isLetterOrNumber(code)) {
          i += code > 0xffff ? 2 : 1;
          continue;
        }
      }
      const start = i;
      // (The word's hash is taken as it is read: its characters' code points; and so is its
      // spelling packed in `low` and `high`, when it is short and ASCII: see NOT_PACKED.)
      let hash = code;
      let low = code < 128 ? code : NOT_PACKED;
      let high = 0;
      i += code > 0xffff ? 2 : 1;
      while (i < length) {
        let next = text.charCodeAt(i);
        if (next < 128) {
          if (ASCII[next] === NO_WORD) break;
          const at = i - start;
          if (at < 4) low |= next << (7 * at);
          else if (at < 8) high |= next << (7 * (at - 4));
          else low = NOT_PACKED;
        } else {
          low = NOT_PACKED;
          if (next >= 0xd800 && next <= 0xdbff) next = text.codePointAt(i) as number;
          if (next !== 0x2019 && !isLetterOrNumber(next)) break;
        }
        hash = (Math.imul(hash, 31) + next) | 0;
        i += next > 0xffff ? 2 : 1;
      }
      if (count === this.found.length) {
        this.found = grown(this.found);
        this.starts = grown(this.starts);
      }
      this.found[count] = this.wordId(text, start, i, hash, low, high);
      this.starts[count++] = start;
    }
    return count;
  }

  /** The number of the word `text.slice(start, end)` whose characters hash to `hash`, numbering it (and working out its keys) when new. */
  private wordId(text: string, start: number, end: number, hash: number, low: number, high: number): number {
    const mask = this.slots.length - 1;
    let slot = slotOf(hash, mask);
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const word = entry - 1;
      if (
        this.hashes[word] === hash &&
        (low === NOT_PACKED ? this.isAt(word, text, start, end) : this.packed[2 * word] === low && this.packed[2 * word + 1] === high)
      )
        return word;
      slot = (slot + 1) & mask;
    }
    return this.add(text.slice(start, end), hash, slot, low, high);
  }

  /** Whether word number `word` is written `text.slice(start, end)`: its code units are compared with the pool's. */
  private isAt(word: number, text: string, start: number, end: number): boolean {
    const at = this.spellingStarts[word] as number;
    if ((this.spellingStarts[word + 1] as number) - at !== end - start) return false;
    for (let i = start, j = at; i < end; i++, j++) if (this.spellings[j] !== text.charCodeAt(i)) return false;
    return true;
  }

  private add(written: string, hash: number, slot: number, low: number, high: number): number {
    const word = this.numbered++;
    if (word === this.hashes.length) this.hashes = grown(this.hashes);
    this.hashes[word] = hash;
    this.packed = room(this.packed, 2 * word + 2);
    this.packed[2 * word] = low;
    this.packed[2 * word + 1] = high;
    this.slots[slot] = word + 1;
    const spelled = this.spellingStarts[word] as number;
    this.spellingStarts = room(this.spellingStarts, word + 2);
    this.spellings = room16(this.spellings, spelled + written.length);
    for (let i = 0; i < written.length; i++) this.spellings[spelled + i] = written.charCodeAt(i);
    this.spellingStarts[word + 1] = spelled + written.length;
    // At most half the slots are taken, so a search stops soon at an empty one.
    if (this.numbered * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      for (let other = 0; other < this.numbered; other++) {
        let at = slotOf(this.hashes[other] as number, mask);
        while (this.slots[at] !== 0) at = (at + 1) & mask;
        this.slots[at] = other + 1;
      }
    }
    const key = phraseKey(written);
    let phrase = this.phrases.get(key);
    if (!phrase) {
      phrase = { id: this.keys.length, documents: 0, lastDocument: -1, count: 0, tallied: 0 };
      this.phrases.set(key, phrase);
      this.keys.push(phrase);
    }
    this.phraseOf.push(phrase);
    const content = contentKey(written);
    let contentId = content === null ? -1 : this.contentKeys.get(content);
    if (contentId === undefined) {
      contentId = this.contentKeys.size;
      this.contentKeys.set(content as string, contentId);
    }
    this.contentOf.push(contentId);
    this.cueOf.push(cuesOf(written));
    return word;
  }
}

/** A copy of `array` twice as long. */
function grown(array: Int32Array): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(array.length * 2);
  copy.set(array);
  return copy;
}

/** `array`, or a copy of it grown by doubling, with room for `size` numbers. */
function room(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  let grownArray = array;
  while (grownArray.length < size) grownArray = grown(grownArray);
  return grownArray;
}

/** `room` for code units. */
function room16(array: Uint16Array<ArrayBuffer>, size: number): Uint16Array<ArrayBuffer> {
  if (array.length >= size) return array;
  const copy = new Uint16Array(Math.max(size, array.length * 2));
  copy.set(array);
  return copy;
}

/**
 * A word of at most 8 ASCII characters is spelled exactly by two numbers, 7 bits a character, its
 * first 4 characters in the first and the next 4 in the second (no character of a word is 0): a
 * word found in the table with its hash is compared by them, not character by character (`isAt`,
 * which took about 50 ms of a 10 MB essay's 3.2 s CPU). Any other word has this first number,
 * which no spelling has, and is compared by `isAt`.
 */
const NOT_PACKED = -1;

/** The scan's class of each ASCII code: no part of a word, a word's start (a letter or a digit), or only its continuation (an apostrophe or a hyphen). */
const NO_WORD = 0;
const WORD_START = 1;
const WORD_PART = 2;
const ASCII = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII[code] = isLetterOrNumber(code) ? WORD_START : code === 0x27 || code === 0x2d ? WORD_PART : NO_WORD;
}

/**
 * Whether a word read in `text` can neither run on across `at` nor start from a piece of
 * `at`: `at` is outside the text, or a code unit that is no letter, digit, apostrophe or hyphen,
 * nor half of a surrogate pair. A slice of the text between two such places has the words the
 * whole text has there.
 */
function isWordEdge(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  const code = text.charCodeAt(at);
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0x27 && code !== 0x2019 && code !== 0x2d && !isLetterOrNumber(code);
}
