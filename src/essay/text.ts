/** Small text helpers shared by the essay and outline stages. */

/** No-break and other exotic spaces become plain spaces; runs collapse; ends trimmed. */
export function normalizeSpace(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Keys already made: the passes compare the same blocks' texts many times over. */
const KEY_CACHE_SIZE = 20_000;
const keyCache = new Map<string, string>();

/** Comparison key: lower case, curly quotes straightened, punctuation and spacing folded. */
export function matchKey(text: string): string {
  const known = keyCache.get(text);
  if (known !== undefined) return known;
  const key = normalizeSpace(text)
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  // A bounded memo: cleared when full, so a huge essay cannot grow it without end.
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

/** A word: a run without spaces that holds a letter or a digit (so "—" and "*" are not words). */
const WORD = /[^\s\u200b]*[\p{L}\p{N}][^\s\u200b]*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function wordCount(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** Ends like a sentence: a period, ! or ?, possibly followed by a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…][”"’')\]]*$/.test(normalizeSpace(text));
}

export function capitalizeFirst(text: string): string {
  return text.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

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
