import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctClaims } from '../../src/outline/bullets.js';

/** What textScores counted before: the size of the set of CLAIM's matches (the pattern as cues.ts has it, run on a lowered text). */
const CLAIM =
  /(?<![\p{L}\p{N}_])(should|must|needs? to|ought|could|might|would|will have to|propose[sd]?|recommend\w*|risk|problem|objective|goal|key|main|primary|fundamental|best|advantages?|important|essential|necessary|pragmatic|primarily|sollten?|muss|müss(?:en|te|ten)|notwendig\p{L}*|wichtig\p{L}*|entscheidend\p{L}*|wesentlich\p{L}*|ziele?|probleme|empfehl\p{L}*|forder(?:n|ung\p{L}*)|doit|doivent|devrai(?:t|ent)|il faut|faudrait|nécessaire\p{L}*|essentiel\p{L}*|importantes?|objectif\p{L}*|problèmes?|recommand\p{L}*|propos(?:ons|ent)|deben?|debería\p{L}*|hay que|necesari\p{L}*|esencial\p{L}*|objetivo\p{L}*|problemas?|recomend\p{L}*|propon(?:e|en|emos)|propuesta\p{L}*|deve|devem|deveria\p{L}*|é preciso|necessári\p{L}*|essencial\p{L}*|propost\p{L}*|devono|dovrebbe\p{L}*|bisogna|occorre|necessari[oae]?|essenzial\p{L}*|importanti|obiettiv\p{L}*|problemi|raccomand\p{L}*|moet(?:en)?|zou(?:den)? moeten|nodig|belangrijk\p{L}*|essenti(?:eel|ële)|doel(?:en)?|probleem|problemen|aanbevel\p{L}*|voorstel\p{L}*|musi|muszą|musimy|powin\p{L}*|należy|trzeba|konieczn\p{L}*|ważn\p{L}*|kluczow\p{L}*|cel|celem|rekomend\p{L}*)(?![\p{L}\p{N}_])/gu;
const setSize = (lowered: string): number => new Set(lowered.match(CLAIM) ?? []).size;

describe('distinctClaims', () => {
  it('counts each claim word once, however often it comes', () => {
    expect(distinctClaims('we should, we must, we should again; the key risk is the main risk')).toBe(5);
    expect(distinctClaims('needs to and need to and recommendations, recommended')).toBe(4);
    expect(distinctClaims('keyboard mustard shoulder')).toBe(0);
  });

  it('counts claim words in the other languages the deck speaks, and no English word for one of theirs', () => {
    expect(distinctClaims('wir müssen handeln, und es ist notwendig.')).toBe(2);
    expect(distinctClaims('pour recruter, il faut d’abord établir une vision claire.')).toBe(1);
    expect(distinctClaims('de gegevens moeten vrij beschikbaar zijn; dat is het probleem.')).toBe(2);
    expect(distinctClaims('należy to zrobić, to ważne.')).toBe(2);
    // ("necessarily", "proponents", "proposition": English words, no claim's; not the Italian "necessari", the Spanish "propone".)
    expect(distinctClaims('proponents of the proposition are not necessarily right.')).toBe(0);
  });

  it('gives the size of the set of matches on any text, called again and again', () => {
    const word = fc.constantFrom(
      'should',
      'must',
      'need to',
      'needs to',
      'will have to',
      'proposed',
      'recommend',
      'recommends',
      'key',
      'keys',
      'best',
      'advantage',
      'x',
      ' ',
      '-',
      '_',
      'é',
      '.',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(word, { maxLength: 20 }).map((words) => words.join('')),
        ),
        (text) => {
          const lowered = text.toLowerCase();
          expect(distinctClaims(lowered)).toBe(setSize(lowered));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
