import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalizeFirst } from '../../src/essay/text.js';
import { removeRemovableParts } from '../../src/outline/shorten.js';

/** The last steps of removeRemovableParts as they were written before they were guarded (each pattern run on every text). */
function endsBefore(text: string): string {
  let out = text;
  const interjection =
    /,\s*(?:however|moreover|therefore|though|of course|in turn|in fact|indeed|after all|in any case|for its part),\s*/i.exec(out);
  if (interjection) {
    const before = out.slice(0, interjection.index);
    const introductory =
      /^(?:given|if|when|whenever|although|though|while|as|because|since|after|before|despite|unlike|with|without|for|in|on|by|once|unless|whereas|apart from|beyond|through|under|during|even if|even though)\b/i;
    const keepComma = introductory.test(before) && !before.includes(',');
    out = before + (keepComma ? ', ' : ' ') + out.slice(interjection.index + interjection[0].length);
  }
  out = out.replace(/,\s*(?:however|though|too|as well)(?=[.!?]$)/i, '');
  // (Since written: a text that sets a space before ";", ":", "!" or "?", as French does, keeps it there.)
  out = out.replace(/\s[;:!?]/.test(text) ? /\s+([,.])/g : /\s+([,.;:!?])/g, '$1').replace(/,([.!?])$/, '$1');
  // (Since written: a list item's closing semicolon or comma goes, with the "and" or "or" after it; and a comma,
  // semicolon or colon the text would open on.)
  return capitalizeFirst(
    out
      .trim()
      .replace(/[;,] (?:and|or)$|[;,]$/, '')
      .trimEnd()
      .replace(/^[,;:]+\s*/, ''),
  );
}

describe('removeRemovableParts’ guarded last steps', () => {
  it('give what running every pattern on every text gave', () => {
    // Texts the earlier steps leave as they are (no leading connective, bracket, dash or aside),
    // built of what the last steps read: commas, interjections, marks, spaces of every kind, capitals.
    const piece = fc.constantFrom(
      'the plan',
      'It',
      'while it lasts',
      'works',
      ',',
      ', however,',
      ', though',
      ', too',
      ' as well',
      ', indeed, ',
      ', of course,',
      '.',
      '!',
      '?',
      ';',
      ':',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u2028',
      '\n',
      'é',
      'Élan',
      'ß',
      '42',
      '"',
      '“',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(removeRemovableParts(text)).toBe(endsBefore(normalized(text)));
      }),
      { numRuns: 6000 },
    );
  });
});

/**
 * What the earlier steps of removeRemovableParts make of the texts above: spaces normalized
 * (normalizeSpace), and a list's number before a capital taken off ("42. Élan" → "Élan").
 */
function normalized(text: string): string {
  return text
    .replace(/[ \u00a0\u2000-\u200b\u202f\u205f\u3000\t]{2,}|[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .trim()
    .replace(/^(?:\(?\d{1,2}\)|\d{1,2}\.|\(?[a-z]\))\s+(?=[\p{Lu}“"‘])/u, '');
}

describe('capitalizeFirst', () => {
  it('puts the first letter in capitals only where it starts a word ("200m of transit stations" is no "200M")', () => {
    expect(capitalizeFirst('the rise in pollution')).toBe('The rise in pollution');
    expect(capitalizeFirst('“the rise”')).toBe('“The rise”');
    expect(capitalizeFirst('200m of transit stations')).toBe('200m of transit stations');
    expect(capitalizeFirst('5g networks')).toBe('5g networks');
  });
});
