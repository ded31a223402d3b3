import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { excerpt } from '../../helpers/excerpt.js';
import { CORPUS } from '../../helpers/fixtures.js';

/** Andrew Leach's post (test/corpus/tuning): no byline, "© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro." under it. */
const LEACH = readFileSync(join(CORPUS, 'tuning', 'au-aleach-canada-target-bingo', 'essay.txt'), 'utf8');
const FOOTER = '© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro.';
const parse = (text: string) => parseEssay({ path: 'post.txt', text });

/** The site-owner pass: a page naming no writer is by the one person holding its copyright. */
describe('site-owner pass', () => {
  it('reads the copyright’s own sentence on a footer line that goes on with the site’s credits (Judah Newman: "© 2019 - 2020 Judah Newman, All opinions are my own. Theme adopted from Minimal. Powered by Hugo")', () => {
    const { essay } = excerpt('tuning/ba-judahnewman-fair-algorithm', [1, 200]);
    expect(essay.meta.authors).toEqual(['Judah Newman']);
  });

  it('names no writer from the copyright line of a group’s site, whose menu links to its team (Gaussian Sheep: "Our Team" / … / "© 2017 Gaussian Sheep")', () => {
    const { essay } = excerpt('tuning/ba-gaussiansheep-tax-reform-inequality', [1, 60]);
    expect(essay.meta.authors).toEqual([]);
  });

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

  it('takes a holder the header names as the site, in a body that never says "I" in English (German, third person)', () => {
    // Konstantin Klein's post (test/corpus/tuning): "Konstantin Klein" over the title, "© 2018-2020 Konstantin Klein, Planet Erde ." at the foot, the body in German.
    const klein = parse(readFileSync(join(CORPUS, 'tuning', 'aw-konstantinklein-aufreger', 'essay.txt'), 'utf8'));
    expect(klein.meta.authors).toEqual(['Konstantin Klein']);
    expect(klein.meta.publication).toBe('Konstantin Klein');
    // Elias Garcia's: "elias garcia" in the header, written in lower case; "© 2017 Elias Garcia. Powered by Jekyll" at the foot.
    const garcia = readFileSync(join(CORPUS, 'tuning', 'av-ageofinfo-debt-greece-democracy', 'essay.txt'), 'utf8');
    expect(parse(garcia).meta.authors).toEqual(['Elias Garcia']);
    // Without the header's name, its body (which says "I" twice) is not enough.
    expect(parse(garcia.replace(/^elias garcia$/m, 'archives')).meta.authors).toEqual([]);
  });

  it('takes the person a page’s first line names as the site for the writer of a body written as "I"', () => {
    const head = (first: string) =>
      `${first}\nBuy wisely\nSeptember 30, 2023 · 5 minute read\n\n${'I buy wool socks because I like them and I wear them every day of the week, all year. '.repeat(3)}\n\nDurable things cost less over time than the cheap ones I used to buy.\n`;
    expect(parse(head('Steph Ango / Writing About Now')).meta.authors).toEqual(['Steph Ango']);
    expect(parse(head('pablo garcía-guzmán::{blog,data projects,policy} ;')).meta.authors).toEqual(['Pablo García-Guzmán']);
    // Not a menu's words the text writes in lower case, nor a name in a body written as "we".
    expect(parse(head('Wool Socks')).meta.authors).toEqual([]);
    expect(parse(head('Home\nPoetry Archives\nJournaling')).meta.authors).toEqual([]);
    expect(parse(head('Steph Ango / Writing About Now').replaceAll(/\bI\b/g, 'We')).meta.authors).toEqual([]);
  });

  it('takes the name a page signs with its email address at its foot for the writer of a body written as "I" (Raw Thought)', () => {
    // The essay's last line: "Aaron Swartz (me@aaronsw.com)", under the comment form.
    const text = readFileSync(join(CORPUS, 'tuning', 'az-rawthought-campaign-finance-reform', 'essay.txt'), 'utf8');
    expect(text.trimEnd().endsWith('Aaron Swartz (me@aaronsw.com)')).toBe(true);
    expect(parse(text).meta.authors).toEqual(['Aaron Swartz']);
    // A name alone there, or with something other than an address in the brackets, signs nothing.
    expect(parse(text.replace('Aaron Swartz (me@aaronsw.com)', 'Aaron Swartz (More...)')).meta.authors).toEqual([]);
  });
});
