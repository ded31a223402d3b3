/** Small text helpers shared by the essay and outline stages. */

/** No-break and other exotic spaces become plain spaces; runs collapse; ends trimmed. */
export function normalizeSpace(text: string): string {
  // (One pass: a run of spaces of any kind, or one exotic space, becomes one plain space.)
  return text.replace(/[ \u00a0\u2000-\u200b\u202f\u205f\u3000\t]{2,}|[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ').trim();
}

/**
 * `text.replace(/[…marks]+$/, '')`: the run of `marks` (single UTF-16 units) that ends the text
 * taken off. Read back from the end, where the regex scans every character of the text for a run.
 */
export function withoutTrailing(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text[end - 1] as string)) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

/** `text.replace(/^[…marks]+/, '')`: the run of `marks` (single UTF-16 units) that opens the text taken off. */
export function withoutLeading(text: string, marks: string): string {
  let start = 0;
  while (start < text.length && marks.includes(text[start] as string)) start += 1;
  return start === 0 ? text : text.slice(start);
}

/**
 * `make` with its results kept for texts already seen: the passes and titles ask for the keys of
 * the same texts again and again. Cleared when full, so a huge essay cannot grow it without end.
 */
export function boundedMemo<T>(make: (text: string) => T, size: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = make(text);
    if (known.size >= size) known.clear();
    known.set(text, value);
    return value;
  };
}

/** Comparison key: lower case, curly quotes straightened, punctuation and spacing folded. */
export const matchKey = boundedMemo((text) => keyOfSpaced(normalizeSpace(text)), 20_000);

/**
 * `matchKey(text)` for a text that `normalizeSpace` gives back unchanged (a block's `plain`):
 * normalizeSpace leaves no exotic space, tab or run of spaces and no space at either end, so a
 * second pass changes nothing and is skipped. (Its own memo: a block's key is looked up by `plain`.)
 */
export const spacedKey = boundedMemo((spaced) => keyOfSpaced(spaced), 20_000);

/**
 * `foldPunctuation(lowered).replace(/ {2,}/g, ' ').trim()` (lowered: the text in lower case, its soft hyphens out),
 * the runs of spaces collapsed gap by gap: `spaced` has no two spaces in a row, so every run of spaces the folding leaves lies inside one
 * GAP (what stands between two ASCII word characters, punctuation and all, with the space before
 * it), and GAP's runs are folded and collapsed alone. A gap all ASCII (", ", " (") is spaces and
 * punctuation only: one space.
 */
function keyOfSpaced(spaced: string): string {
  // (Soft hyphens out, not folded to a space: invisible, they join the word a page sets them in, "Emanzipa\u00adtive".)
  return withoutSoftHyphens(spaced)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(GAP, (gap) => (isAscii(gap) ? ' ' : foldPunctuation(gap).replace(/ {2,}/g, ' ')))
    .trim();
}

/** A space at most, then a character neither an ASCII letter or digit, an apostrophe nor a space, then any run of such characters or spaces. */
const GAP = / ?[^a-zA-Z0-9' ][^a-zA-Z0-9']*/g;
/** Runs of what a key folds to a space: neither a letter, a number, an apostrophe nor a space. */
const PUNCTUATION = /[^\p{L}\p{N}' ]+/gu;
/** Runs of characters other than ASCII letters and digits, apostrophes and spaces: each holds any run of PUNCTUATION's whole. */
const NOT_ASCII_WORD = /[^a-zA-Z0-9' ]+/g;

/**
 * `text.replace(PUNCTUATION, ' ')`. PUNCTUATION's Unicode classes are slow to test on every
 * letter, so the runs NOT_ASCII_WORD finds are read instead: a run all ASCII is punctuation whole
 * (one space, as PUNCTUATION makes of it), and only a run with other characters ("—", "é") is
 * given to PUNCTUATION.
 */
function foldPunctuation(text: string): string {
  return text.replace(NOT_ASCII_WORD, (run) => (isAscii(run) ? ' ' : run.replace(PUNCTUATION, ' ')));
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Kana and CJK ideographs (with the extension A block): the scripts written without spaces between words. */
const CJK = String.raw`\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff`;
const isCjk = (code: number): boolean =>
  (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff);

/**
 * A word: a run without spaces that holds a letter or a digit (so "—" and "*" are not words); in
 * Chinese and Japanese, two characters (a word there is two characters or so).
 */
const WORD = new RegExp(String.raw`[${CJK}]{1,2}|[^\s\u200b${CJK}]*(?![${CJK}])[\p{L}\p{N}][^\s\u200b${CJK}]*`, 'gu');

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * How many words `words(text)` finds, without its regex: every stage counts the words of the
 * same texts, and this loop over the characters is about three times as fast. A word is a run
 * of characters outside SPACE that holds one in WORD_CHARACTER, the characters read a code point
 * at a time, as the regex's u flag reads them; a code unit's class is looked up (unitClass).
 */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  // Chinese and Japanese put no spaces between words: a run of their characters counts a word for
  // every CJK_CHARACTERS_PER_WORD of them.
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && isCjk(code)) {
      cjk++;
      counted = false;
      continue;
    }
    if (cjk > 0) {
      count += Math.ceil(cjk / CJK_CHARACTERS_PER_WORD);
      cjk = 0;
    }
    let kind: number;
    const point = code >= 0xd800 && code <= 0xdbff ? (text.codePointAt(i) as number) : code;
    if (point > 0xffff) {
      i++;
      kind = classOf(String.fromCodePoint(point));
    } else {
      kind = unitClass[code] as number;
      if (kind === UNASKED) {
        kind = classOf(String.fromCharCode(code));
        unitClass[code] = kind;
      }
    }
    if (kind === SPACE_CLASS) counted = false;
    else if (kind === WORD_CLASS && !counted) {
      count++;
      counted = true;
    }
  }
  return count + Math.ceil(cjk / CJK_CHARACTERS_PER_WORD);
}
/** A Chinese or Japanese word is two characters or so (WORD above reads them so). */
const CJK_CHARACTERS_PER_WORD = 2;
const SPACE = /[\s\u200b]/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const UNASKED = 0;
const SPACE_CLASS = 1;
const WORD_CLASS = 2;
const OTHER_CLASS = 3;
const classOf = (point: string): number => (SPACE.test(point) ? SPACE_CLASS : WORD_CHARACTER.test(point) ? WORD_CLASS : OTHER_CLASS);
/** Each code unit's class as a code point of its own (a lone surrogate is one), asked of the patterns once. */
const unitClass = new Uint8Array(0x10000);

/**
 * Calls `visit` with the words of `text` that start with a lower-case letter, in order: what
 * `text.split(/[^\p{L}'’-]+/u).filter((word) => /^\p{Ll}/u.test(word))` gives (runs of letters,
 * apostrophes and hyphens), in one pass over the characters and without the pieces it would drop:
 * the sentence splitter's vocabulary reads every word of the essay this way, and a list of each
 * block's words cost a third of that reading.
 */
export function eachLowerCaseWord(text: string, visit: (word: string) => void): void {
  eachLowerCaseWordAt(text, (start, end) => visit(text.slice(start, end)));
}

/** `eachLowerCaseWord`, each word given as where it starts and ends in `text`: none is cut out. */
function eachLowerCaseWordAt(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  let lower = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    let point = '';
    let inWord: boolean;
    if (code < 128) inWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45;
    else if (code === 0x2019) inWord = true;
    else {
      point = String.fromCodePoint(text.codePointAt(i) ?? code);
      inWord = LETTER.test(point);
    }
    if (inWord && start < 0) {
      start = i;
      lower = code < 128 ? code >= 97 && code <= 122 : LOWER_CASE_LETTER.test(point);
    } else if (!inWord && start >= 0) {
      if (lower) visit(start, i);
      start = -1;
    }
    if (point.length === 2) i++;
  }
}

/**
 * The words `eachLowerCaseWord` visits in `texts`, as a set: `has` answers as a `Set` of them
 * would. A word is found by a hash of its code units in an open-addressed table, and its
 * spelling is kept once, in a pool of code units: no string is cut out of the text for a word,
 * where the set of strings cut one for each of the essay's words (600 000 in a 3.5 MB essay).
 */
export class LowerCaseWords {
  /** How many different words, and the hash of each by its number. */
  private count = 0;
  private hashes = new Int32Array(256);
  /** The words' code units one after another: word `n`'s are `spellings[starts[n], starts[n + 1])`. */
  private spellings = new Uint16Array(2048);
  private starts = new Int32Array(257);
  /** At each slot 0, or 1 + the number of the word that hashes there; at most half are taken. */
  private slots = new Int32Array(512);

  constructor(texts: Iterable<string>) {
    for (const text of texts) eachLowerCaseWordAt(text, (start, end) => this.add(text, start, end));
  }

  has(word: string): boolean {
    return this.slots[this.slotOf(word, 0, word.length, hashOf(word, 0, word.length))] !== 0;
  }

  /** The slot of `text.slice(start, end)` (whose hash is `hash`): the one holding it, or the empty one where it would go. */
  private slotOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = mixed(hash) & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      if (this.hashes[entry - 1] === hash && this.spells(entry - 1, text, start, end)) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Whether word number `word` is written `text.slice(start, end)`. */
  private spells(word: number, text: string, start: number, end: number): boolean {
    const at = this.starts[word] as number;
    if ((this.starts[word + 1] as number) - at !== end - start) return false;
    for (let i = start, j = at; i < end; i++, j++) if (this.spellings[j] !== text.charCodeAt(i)) return false;
    return true;
  }

  private add(text: string, start: number, end: number): void {
    const hash = hashOf(text, start, end);
    const slot = this.slotOf(text, start, end, hash);
    if (this.slots[slot] !== 0) return;
    const word = this.count++;
    this.slots[slot] = word + 1;
    if (word === this.hashes.length) {
      this.hashes = grownInt32(this.hashes, word * 2);
      this.starts = grownInt32(this.starts, word * 2 + 1);
    }
    this.hashes[word] = hash;
    const spelled = this.starts[word] as number;
    if (spelled + end - start > this.spellings.length) {
      const spellings = new Uint16Array(Math.max(this.spellings.length * 2, spelled + end - start));
      spellings.set(this.spellings);
      this.spellings = spellings;
    }
    for (let i = start; i < end; i++) this.spellings[spelled + i - start] = text.charCodeAt(i);
    this.starts[word + 1] = spelled + end - start;
    if (this.count * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      const mask = this.slots.length - 1;
      for (let other = 0; other < this.count; other++) {
        let at = mixed(this.hashes[other] as number) & mask;
        while (this.slots[at] !== 0) at = (at + 1) & mask;
        this.slots[at] = other + 1;
      }
    }
  }
}

/** A hash of the code units of `text.slice(start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** A hash's bits mixed, for its first slot: words alike start apart. */
function mixed(hash: number): number {
  const bits = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return bits ^ (bits >>> 16);
}

/** A copy of `array`, `length` numbers long. */
function grownInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}
const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * Whether `eachLowerCaseWord` visits `word` in one of `texts`, found with `indexOf` rather than by
 * reading every word: a word is a visited one where it is itself one lower-case word and no word
 * character stands on either side of it.
 */
export function hasLowerCaseWord(texts: Iterable<string>, word: string): boolean {
  const own: string[] = [];
  eachLowerCaseWord(word, (found) => own.push(found));
  if (own.length !== 1 || own[0] !== word) return false;
  for (const text of texts) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!isWordPoint(pointBefore(text, at)) && !isWordPoint(text.codePointAt(at + word.length) ?? 32)) return true;
    }
  }
  return false;
}

/** The code point that ends just before `at` (a space at the start). */
function pointBefore(text: string, at: number): number {
  if (at === 0) return 32;
  const code = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return code >= 0xdc00 && code <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? (text.codePointAt(at - 2) as number) : code;
}

/** A letter, apostrophe or hyphen: a character of the words `eachLowerCaseWord` reads. */
function isWordPoint(point: number): boolean {
  if (point < 128) return (point >= 97 && point <= 122) || (point >= 65 && point <= 90) || point === 39 || point === 45;
  return point === 0x2019 || LETTER.test(String.fromCodePoint(point));
}

/**
 * `text.split(/\s+/).slice(0, count).join(' ')`, without splitting the rest of a long text: the
 * passes read a paragraph's opening words for every paragraph.
 */
export function firstWords(text: string, count: number): string {
  // The pieces before the count-th run of spaces are the first `count` pieces. (The runs are found
  // by character, as /\s+/g would find them, without a match array for each.)
  let end = text.length;
  let runs = 0;
  // Whether each run before `end` is one plain space: the words are then joined as they stand (a count
  // past 0 keeps every piece before `end`), with no array of them made.
  let single = true;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceAt(text, i)) continue;
    if (i > 0 && isSpaceAt(text, i - 1)) {
      single = false;
      continue;
    }
    runs++;
    if (runs === count) {
      end = i;
      break;
    }
    if (text.charCodeAt(i) !== 32) single = false;
  }
  if (single && count > 0) return text.slice(0, end);
  return text.slice(0, end).split(/\s+/).slice(0, count).join(' ');
}

/**
 * `/\s/` (the spaces `trim` takes off) for the character at `at`, with no regex for ASCII, nor for
 * a character outside the few ranges that hold the others (U+00A0, U+1680, U+180E, U+2000–U+3000,
 * U+FEFF): a closing quotation mark at the end of every other sentence was a string made and a
 * pattern tried.
 */
export function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code !== 0xa0 && code !== 0x1680 && code !== 0x180e && code !== 0xfeff && (code < 0x2000 || code > 0x3000)) return false;
  return SPACE_CHARACTER.test(text.charAt(at));
}

/** Ends like a sentence: a period, ! or ?, possibly followed by a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  // (And the full stops of Chinese and Japanese: "。", "！", "？".) The spaces that
  // normalizeSpace would trim are skipped in place: a long paragraph is not copied to read its end.
  // The end is read backwards: a pattern anchored at the end ("[.!?…][”\"’')\]]*$") is tried at every
  // character of a long paragraph. (By code unit: a string made of each last character, and a
  // pattern tried on it, took some 30 ms of a 10 MB essay, whose every sentence is asked.)
  let end = text.length;
  while (end > 0 && (isSpaceAt(text, end - 1) || text.charCodeAt(end - 1) === ZERO_WIDTH_SPACE)) end--;
  while (end > 0 && CLOSING.has(text.charCodeAt(end - 1))) end--;
  if (end > 0 && SENTENCE_STOP.has(text.charCodeAt(end - 1))) return true;
  // (Or a smiley set apart, as a sentence's last mark: "… resolving in the future :)".)
  const smiley = text.charCodeAt(end - 1) === 58 || text.charCodeAt(end - 1) === 59;
  return end > 1 && smiley && text.charCodeAt(end) === 41 && isSpaceAt(text, end - 2);
}
const ZERO_WIDTH_SPACE = 0x200b;
/** The code units of `chars` (each one unit). */
const codeUnits = (chars: string): ReadonlySet<number> => new Set(Array.from(chars, (char) => char.charCodeAt(0)));
const SENTENCE_STOP = codeUnits('.!?…。！？');
/** Closing quotes and brackets that may follow a sentence's stop. */
const CLOSING = codeUnits('”"’\')]」』）');

/** Ends in a colon, spaces after it at most (`/:\s*$/`, read from the end): a lead-in to what follows. */
export function endsWithColon(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpaceAt(text, end - 1)) end--;
  return text.charCodeAt(end - 1) === 58;
}
const SPACE_CHARACTER = /\s/;

/** The first letter in capitals: a bullet or a title that starts mid-sentence reads as one. */
export function capitalizeFirst(text: string): string {
  // (Only a letter that starts a word: "200m of transit stations" stays as written, never "200M". Nor a name written with
  // a capital inside it, "iPhone", "eBay": "IPhone" is no word.)
  if (CAMEL_CASE_START.test(text)) return text;
  return text.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}
/** A first word in lower case with a capital inside it: "iPhone", "eBay", "iOS". */
const CAMEL_CASE_START = /^[^\p{L}\p{N}]*\p{Ll}+\p{Lu}/u;

/** URL and id slug: `Change the Channel` → `change-the-channel`. */
export function slugify(text: string): string {
  return normalizeSpace(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1 (undefined bytes: null). */
export const CP1252: ReadonlyArray<string | null> = [
  '€',
  null,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  null,
  'Ž',
  null,
  null,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  null,
  'ž',
  'Ÿ',
];

/** The text without the soft hyphens a page sets inside long words ("Phäno\u00admen"): invisible, but they cut a word for a pattern. */
export const withoutSoftHyphens = (text: string): string => (text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text);

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Written in capitals: two capitals or more and no lower-case letter ("EARNINGS REPORT", "STEVEN DAVIDOFF SOLOMON"). */
export const inCapitals = (text: string): boolean => /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);

/** Where the reader may read the rest, a pattern's source: "You can read both Apple’s submission to the EU here …", "You can also read OWA’s full report." */
export const READING_ELSEWHERE = String.raw`(?:you|readers?) can (?:also |now |still )?(?:read|find|download|access|watch|listen to)\b[^.!?]{0,120}\b(?:here|online|full (?:report|text|response|submission|paper|study|letter))\b`;

/**
 * Words that open a sentence summing up what came before, the author's own summary of a point: "In short, trade barriers
 * do not appear to be asymmetrically stacked against poor countries.", "The bottom line is that …", "En résumé, …",
 * "Kurz gesagt: …", "En resumen, …", "Kortom, …". (A comma or colon after them, but for "the bottom line is".) The group
 * holds what the sentence says after them.
 */
export const SUMMING_UP =
  /^(?:(?:in short|in sum|in summary|to sum (?:it )?up|to summari[sz]e|in a nutshell|in conclusion|all in all|overall|bottom line|en résumé|en somme|en bref|bref|en conclusion|kurz gesagt|kurzum|zusammengefasst|zusammenfassend|fazit|en resumen|en suma|en síntesis|en conclusión|em suma|em resumo|em síntese|em conclusão|in sintesi|in breve|in conclusione|insomma|kortom|samenvattend|kort gezegd|concluderend|podsumowując|krótko mówiąc|w skrócie|reasumując)\s*[,:]|the bottom line is(?: that)?(?![\p{L}'’]))\s*(.*)$/isu;

/**
 * The writer's invitation to get in touch about the piece, without an address: "Feel free to reach out any way you prefer,
 * Twitter, email to exchange or discuss the book or this post." (Not a call to write to others: "Feel free to contact your
 * representative".)
 */
export const GET_IN_TOUCH =
  /^(?:please\s+)?(?:feel free|don['’]t hesitate|do not hesitate)\s+to\s+(?:reach out|contact|get in touch|drop (?:me|us)|e-?mail|write|message|ping)\b(?=.*\b(?:me|us|this (?:post|article|piece|essay)|the (?:post|article|book))\b)/i;

/**
 * A sentence that speaks to the reader of the page, not to the room: an invitation to write back ("I’m interested to know
 * what you see for …", "Let me know if you like this format …", "We welcome your feedback … in the comments below.", "Get
 * in touch with me at …", "N’hésitez pas à nous contacter."), an apology for the page ("Apologies if you need to squint a
 * bit …"), thanks for reading or for their attention, where to find contact details, "Visit our website: …", "Chat with
 * us: …", "Join our discussion list: …", and the writer's own invitation (GET_IN_TOUCH). Not where an argument lands: a
 * slide shows it only when it has nothing else (bullets.ts).
 */
export const TO_THE_READER = new RegExp(
  String.raw`\b(?:let (?:me|us) know|(?:i|we)(?:['’]d| would) love to hear|(?:i['’]m|i am|we['’]re|we are) (?:interested|keen|eager|curious) to (?:know|hear|read)|(?:i|we) welcome your (?:feedback|views|thoughts|comments|input)|get in touch|drop (?:me|us) a (?:line|note)|reach out to (?:me|us)|n['’]hésite[sz] pas à (?:me|nous) (?:contacter|écrire)|schreib(?:t|en sie)? (?:mir|uns)|no (?:dudes|dude|duden) en (?:contactarnos|escribirnos))\b|^(?:apologies|sorry) if\b|^(?:thanks|thank you)(?: again| so much)? for (?:reading|your (?:attention|time|consideration|interest|support|patience))\b|\b(?:you can|please) (?:find|get|see) [^.!?]{0,20}\bcontact (?:information|details)\b|^(?:visit (?:our|my) (?:website|site|blog|web page)|(?:chat|talk) (?:with|to) (?:us|me)|contact (?:us|me)|join our (?:discussion list|mailing list|newsletter|community|forum)|visitez notre site|besuchen sie unsere (?:website|webseite)|visita nuestr[ao] (?:sitio|página|web))\b|${GET_IN_TOUCH.source}`,
  'i',
);

/**
 * A sentence that sends the reader elsewhere, not where an argument lands: "Get a copy of the Agile Comms Handbook …",
 * "For more on CMCE, visit …", "This post is part of an effort to …", "Unsere Kontaktdaten findest Du …", "For the
 * announcement …, be sure to follow us on Twitter.".
 */
export const POINTS_ELSEWHERE = new RegExp(
  String.raw`^(?:get|visit|read|see|find|contact|follow|subscribe|sign up|join|check out|click|download|learn more|share)\b|^for (?:more|further)\b|` +
    String.raw`^${READING_ELSEWHERE}|\bfollow (?:us|me) (?:on|at)\b|\bthis (?:post|article|piece|essay) is (?:part|the \w+ part|one) of\b|` +
    String.raw`\b(?:kontaktdaten|contact details|coordonnées|datos de contacto)\b`,
  'i',
);
