/**
 * The words that mark a claim or an example (bullets.ts scores a sentence by them), and for
 * each written word of the essay which of those patterns it may be part of (`cuesOf`), so
 * that a pattern is tried only on a sentence holding a word that may start or carry a match.
 * (So too for the test that looks for "below" or "above" before bullets.ts's POINTER pattern.)
 */

/**
 * Claim words in the languages the deck speaks (English, then German, French, Spanish, Portuguese, Italian, Dutch,
 * Polish: "should", "sollte", "il faut", "hay que", "deve", "bisogna", "moet", "należy"), run on a lowered text. Whole
 * words: no letter or figure on either side, as the pattern reads letters past ASCII ("ważne", "muszą").
 */
export const CLAIM =
  /(?<![\p{L}\p{N}_])(should|must|needs? to|ought|could|might|would|will have to|propose[sd]?|recommend\w*|risk|problem|objective|goal|key|main|primary|fundamental|best|advantages?|important|essential|necessary|pragmatic|primarily|sollten?|muss|müss(?:en|te|ten)|notwendig\p{L}*|wichtig\p{L}*|entscheidend\p{L}*|wesentlich\p{L}*|ziele?|probleme|empfehl\p{L}*|forder(?:n|ung\p{L}*)|doit|doivent|devrai(?:t|ent)|il faut|faudrait|nécessaire\p{L}*|essentiel\p{L}*|importantes?|objectif\p{L}*|problèmes?|recommand\p{L}*|propos(?:ons|ent)|deben?|debería\p{L}*|hay que|necesari\p{L}*|esencial\p{L}*|objetivo\p{L}*|problemas?|recomend\p{L}*|propon(?:e|en|emos)|propuesta\p{L}*|deve|devem|deveria\p{L}*|é preciso|necessári\p{L}*|essencial\p{L}*|propost\p{L}*|devono|dovrebbe\p{L}*|bisogna|occorre|necessari[oae]?|essenzial\p{L}*|importanti|obiettiv\p{L}*|problemi|raccomand\p{L}*|moet(?:en)?|zou(?:den)? moeten|nodig|belangrijk\p{L}*|essenti(?:eel|ële)|doel(?:en)?|probleem|problemen|aanbevel\p{L}*|voorstel\p{L}*|musi|muszą|musimy|powin\p{L}*|należy|trzeba|konieczn\p{L}*|ważn\p{L}*|kluczow\p{L}*|cel|celem|rekomend\p{L}*)(?![\p{L}\p{N}_])/gu;
export const EXAMPLE = /\b(for example|for instance|such as|e\.g\.|including|the others are)\b/i;

/** Bits of `cuesOf`. */
export const CLAIM_CUE = 1;
export const EXAMPLE_CUE = 2;
/** A word that holds "elow" or "bove", as written: a sentence without one holds neither. */
export const POINTER_CUE = 4;
export const ALL_CUES = CLAIM_CUE | EXAMPLE_CUE | POINTER_CUE;

/**
 * Letters every match of CLAIM (run on a lowered text) holds in one run, one for each of its
 * choices: the first word of each, or of two words one ("hay" of "hay que", "moet" of "zou
 * moeten"). In the text those letters are the same letters, their capitals, or letters that
 * lower to them (the Kelvin sign, "İ"): a run of letters, which a written word (word-scan.ts)
 * holds whole, and whose lowered form then holds the stem.
 */
const CLAIM_STEMS = [
  'should',
  'must',
  'need',
  'ought',
  'could',
  'might',
  'would',
  'will',
  'propose',
  'recommend',
  'risk',
  'problem',
  'objective',
  'goal',
  'key',
  'main',
  'primary',
  'fundamental',
  'best',
  'advantage',
  'important',
  'essential',
  'necessary',
  'pragmatic',
  'primarily',
  // (The same in the other languages the deck speaks: German, French, Spanish, Portuguese, Italian, Dutch, Polish.)
  'sollte',
  'muss',
  'müss',
  'notwendig',
  'wichtig',
  'entscheidend',
  'wesentlich',
  'ziel',
  'empfehl',
  'forder',
  'doi',
  'devrai',
  'faut',
  'faudrait',
  'nécessaire',
  'essentiel',
  'objectif',
  'problème',
  'recommand',
  'propos',
  'debe',
  'debería',
  'hay',
  'necesari',
  'esencial',
  'objetivo',
  'recomend',
  'propone',
  'propuesta',
  'deve',
  'devono',
  'preciso',
  'necessári',
  'essencial',
  'propost',
  'dovrebbe',
  'bisogna',
  'occorre',
  'necessari',
  'essenzial',
  'obiettiv',
  'raccomand',
  'moet',
  'nodig',
  'belangrijk',
  'essenti',
  'doel',
  'probleem',
  'aanbevel',
  'voorstel',
  'musi',
  'musz',
  'powin',
  'należy',
  'trzeba',
  'konieczn',
  'ważn',
  'kluczow',
  'cel',
  'rekomend',
];
/**
 * The same for EXAMPLE (run as it stands, ignoring case: only ASCII letters match its letters):
 * a word of each choice. The "g" of "e.g." stands between two full stops, so its written word is
 * "g" alone.
 */
const EXAMPLE_STEMS = ['example', 'instance', 'such', 'including', 'others'];

/** Which of CLAIM and EXAMPLE a sentence holding the written word `word` may match for it, and whether it holds "elow" or "bove": a set of the `*_CUE` bits. */
export function cuesOf(word: string): number {
  const lowered = word.toLowerCase();
  let cues = 0;
  if (CLAIM_STEMS.some((stem) => lowered.includes(stem))) cues |= CLAIM_CUE;
  if (lowered === 'g' || EXAMPLE_STEMS.some((stem) => lowered.includes(stem))) cues |= EXAMPLE_CUE;
  // (Letters only, so a sentence's text holds them only inside one of its written words.)
  if (word.includes('elow') || word.includes('bove')) cues |= POINTER_CUE;
  return cues;
}
