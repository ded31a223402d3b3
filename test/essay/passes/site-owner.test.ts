import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { CORPUS } from '../../helpers/fixtures.js';

/** Andrew Leach's post (test/corpus/tuning): no byline, "© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro." under it. */
const LEACH = readFileSync(join(CORPUS, 'tuning', 'au-aleach-canada-target-bingo', 'essay.txt'), 'utf8');
const FOOTER = '© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro.';
const parse = (text: string) => parseEssay({ path: 'post.txt', text });

/** The site-owner pass: a page naming no writer is by the one person holding its copyright. */
describe('site-owner pass', () => {
  it('names the person holding a personal site’s copyright as its writer, and not as its publication', () => {
    expect(LEACH).toContain(FOOTER);
    const { meta } = parse(LEACH);
    expect(meta.authors).toEqual(['Andrew Leach']);
    expect(meta.publication).toBeNull();
  });

  it('takes no organisation or paper holding the copyright for a writer', () => {
    for (const holder of [
      '© 2020 JMIR Publications',
      '© 2008 Times Newspapers Ltd.',
      'Copyright 2017 SA LA NACION',
      '© 2012 Brookings Institute',
    ])
      expect(parse(LEACH.replace(FOOTER, holder)).meta.authors, holder).toEqual([]);
  });

  it('takes no holder the body names, as an organisation writes of itself', () => {
    const text = LEACH.replace(FOOTER, '© 2012 Democracy Corps. All Rights Reserved.').replace(
      'Some context.',
      'Some context from the latest survey for Democracy Corps.',
    );
    expect(parse(text).meta.authors).toEqual([]);
  });

  it('takes no holder without a year, as a picture’s credit is set, nor where the body never says "I"', () => {
    expect(parse(LEACH.replace(FOOTER, '© Andrew Leach')).meta.authors).toEqual([]);
    expect(parse(LEACH.replaceAll(/\bI\b/g, 'We')).meta.authors).toEqual([]);
  });
});
