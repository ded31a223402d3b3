import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, labelsFor } from '../../src/essay/language.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const corpusEssay = (name: string, file = 'essay.txt'): string =>
  readFileSync(join(import.meta.dirname, '../corpus/tuning', name, file), 'utf8');

/** Real page copies, site chrome included, as the essay stage reads them. */
describe('detectLanguage', () => {
  it.each([
    ['ag-makronom-ressourcenschutzgesetz', 'de'],
    ['ab-framasoft-contribution-camp', 'fr'],
    ['ae-implantorreon-pacificacion-transito', 'es'],
    ['ag-osw-czech-explosions', 'pl'],
    ['ah-brookesnews-age-free-market', 'en'],
  ])('reads %s as %s', (name, language) => {
    expect(detectLanguage(corpusEssay(name))).toBe(language);
  });

  it('reads the reference essay as English', () => {
    expect(detectLanguage(readFileSync(REFERENCE_ESSAY, 'utf8'))).toBe('en');
  });

  it('says nothing of a text with too few words to tell, or none of the languages it knows', () => {
    expect(detectLanguage('2024 — 17 — 3.5%')).toBeNull();
    expect(detectLanguage('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed eiusmod tempor incididunt.')).toBeNull();
  });
});

describe('labelsFor', () => {
  it('gives the deck’s own words in the language of a tag’s first part, English for any other', () => {
    expect(labelsFor('de-CH').context).toBe('Kontext');
    expect(labelsFor('fr').place(2, 5)).toBe('2 sur 5');
    expect(labelsFor('xx').inAll('12 min')).toBe('12 min in all');
    // (A slide whose text names nothing better is titled in the deck's language too.)
    expect(labelsFor('de').keyPoints).toBe('Kernpunkte');
    expect(labelsFor('fr').keyPoints).toBe('Points clés');
    expect(labelsFor(null).conclusion).toBe('Conclusion');
  });
});
