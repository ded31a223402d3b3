import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { wordCount } from '../../src/essay/text.js';
import { ABOUT_PAGE_WORDS, aboutPages, withoutPreviewLink } from '../../src/outline/about.js';
import { essayToOutline } from '../../src/pipeline.js';
import type { Paragraph } from '../../src/types.js';
import { FIXTURES, REFERENCE_ESSAY } from '../helpers/fixtures.js';

/** A paragraph of `sentences` sentences of `words` words each, starting on `line`. */
function paragraph(line: number, sentences: number, words: number): Paragraph {
  const list = Array.from({ length: sentences }, (_, i) => ({
    text: `${Array.from({ length: words - 1 }, (_, w) => `w${line}s${i}x${w}`).join(' ')} end.`,
    line,
    index: i + 1,
  }));
  return { text: list.map((s) => s.text).join(' '), lines: { start: line, end: line }, sentences: list, kind: 'prose' };
}

const sentencesOf = (pages: ReturnType<typeof aboutPages>): string[] => pages.flat().flatMap((part) => part.sentences.map((s) => s.text));
const wordsOf = (page: ReturnType<typeof aboutPages>[number]): number =>
  page.reduce((n, part) => n + part.sentences.reduce((m, s) => m + wordCount(s.text), 0), 0);

describe('aboutPages', () => {
  it('keeps a short bio on one page', () => {
    const bio = [paragraph(1, 3, 12), paragraph(3, 2, 10)];
    const pages = aboutPages(bio);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.map((part) => part.sentences.length)).toEqual([3, 2]);
  });

  it('turns the page between whole paragraphs when they fit on one', () => {
    const bio = [paragraph(1, 5, 17), paragraph(3, 5, 17), paragraph(5, 5, 17)]; // 85 words each
    const pages = aboutPages(bio);
    expect(pages.map((page) => page.map((part) => part.paragraph.lines.start))).toEqual([[1], [3], [5]]);
    expect(pages.every((page) => page.every((part) => part.sentences.length === part.paragraph.sentences.length))).toBe(true);
  });

  it('splits a paragraph longer than a page between sentences, each sentence once and in order', () => {
    const bio = [paragraph(1, 2, 20), paragraph(3, 12, 20)]; // 40 + 240 words
    const pages = aboutPages(bio);
    expect(pages.map((page) => wordsOf(page))).toEqual([140, 140]);
    expect(sentencesOf(pages)).toEqual(bio.flatMap((p) => p.sentences.map((s) => s.text)));
    for (const page of pages) expect(wordsOf(page)).toBeLessThanOrEqual(ABOUT_PAGE_WORDS);
  });

  it('gives a sentence longer than a page a page of its own', () => {
    const bio = [paragraph(1, 1, 20), paragraph(3, 1, ABOUT_PAGE_WORDS + 30), paragraph(5, 1, 20)];
    expect(aboutPages(bio).map((page) => wordsOf(page))).toEqual([20, ABOUT_PAGE_WORDS + 30, 20]);
  });
});

describe('the about group of a long bio', () => {
  const bio = (name: string): string =>
    `${name} is a senior fellow at the Institute for Regional Studies. ${Array.from(
      { length: 6 },
      (_, i) =>
        `In ${2010 + i} ${name.split(' ')[0]} wrote a report on the finance of public transit in the metropolitan regions of the north.`,
    ).join(' ')}`;
  const essay = [
    '# Paying for Transit',
    '',
    'By Ann Example and Bea Sample',
    '',
    'Transit systems need money for repairs. There are two options worth weighing:',
    '',
    '## Raise Fares',
    '',
    'Fares could rise with inflation every year. Riders would pay a larger share of the cost.',
    '',
    '## Levy Land',
    '',
    'A levy on land near stations would capture some of the value that transit creates for owners.',
    '',
    '---',
    '',
    bio('Ann Example'),
    '',
    bio('Bea Sample'),
    '',
  ].join('\n');
  const { essay: parsed, outline } = essayToOutline({ path: 'transit.md', text: essay });
  const about = outline.groups.find((group) => group.kind === 'about');

  it('continues on a second slide, with every bio sentence once and the notes verbatim', () => {
    expect(parsed.bio).toHaveLength(2);
    expect(about?.slides.map((slide) => [slide.id, slide.continued ?? false])).toEqual([
      ['about', false],
      ['about-2', true],
    ]);
    expect(about?.slides.flatMap((slide) => slide.bullets.map((b) => b.text))).toEqual(
      parsed.bio.flatMap((p) => p.sentences.map((s) => s.text)),
    );
    expect(about?.slides.map((slide) => slide.notes)).toEqual(parsed.bio.map((p) => p.text));
    expect(about?.slides.map((slide) => slide.source)).toEqual(parsed.bio.map((p) => p.lines));
  });
});

describe('withoutPreviewLink', () => {
  it('takes off the page’s "Read more" after a bio’s preview; the sentence the preview cut off stays (WIRED)', () => {
    const text =
      'Will Knight is a senior writer for WIRED, covering artificial intelligence. He studied anthropology and journalism in... Read more';
    const [paragraph] = parseEssay({ path: 'bio.txt', text: `A Title Over the Text\n\n${text}\n` }).intro;
    const shown = withoutPreviewLink(paragraph as Paragraph);
    expect(shown.sentences.map((sentence) => sentence.text)).toEqual([
      'Will Knight is a senior writer for WIRED, covering artificial intelligence.',
      'He studied anthropology and journalism in...',
    ]);
    expect(shown.text).toBe(
      'Will Knight is a senior writer for WIRED, covering artificial intelligence. He studied anthropology and journalism in...',
    );
  });

  it('takes off the writer’s handle closing a bio (City Journal)', () => {
    const text = 'Samo Burja is the president of Bismarck Analysis, a political risk consultancy. Twitter: @samoburja';
    const [paragraph] = parseEssay({ path: 'bio.txt', text: `A Title Over the Text\n\n${text}\n` }).intro;
    expect(withoutPreviewLink(paragraph as Paragraph).text).toBe(
      'Samo Burja is the president of Bismarck Analysis, a political risk consultancy.',
    );
  });

  it('leaves a bio that ends on a sentence of its own as it is', () => {
    const [paragraph] = parseEssay({
      path: 'bio.txt',
      text: 'A Title Over the Text\n\nJane Doe writes about cities. She lives in Leeds.\n',
    }).intro;
    expect(withoutPreviewLink(paragraph as Paragraph)).toBe(paragraph);
  });
});

describe('the about group of an essay without a bio', () => {
  it('is one slide that cites the essay: no bullet and no notes, so no sentence of the essay is shown or spoken twice (presenter reviews: "no slide names the source")', () => {
    const path = join(FIXTURES, 'short-school-meals', 'essay.md');
    const { essay, outline } = essayToOutline({ path, text: readFileSync(path, 'utf8') });
    expect(essay.bio).toEqual([]);
    const groups = outline.groups.filter((group) => group.kind === 'about');
    expect(groups.map((group) => ({ id: group.id, title: group.title }))).toEqual([{ id: 'about', title: 'Source' }]);
    expect(groups[0]?.slides).toEqual([
      { id: 'about', title: 'Source', layout: 'about', bullets: [], notes: '', source: { start: 1, end: 1 } },
    ]);
    expect(outline.groups.at(-1)?.kind).toBe('about');
  });

  it('is the bio when there is one (the reference essay)', () => {
    const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
    const about = outline.groups.find((group) => group.kind === 'about');
    expect(about?.title).toBe('About the author');
    expect(about?.slides[0]?.bullets.length).toBeGreaterThan(0);
  });

  it('is titled in the essay’s language', () => {
    const text = [
      '# Warum Städte mehr Bäume brauchen',
      '',
      'Von Anna Beispiel',
      '',
      'Bäume kühlen die Straßen im Sommer. Sie speichern Wasser nach starkem Regen. Die Stadt sollte deshalb mehr Bäume pflanzen.',
      '',
      'Viele Bezirke haben dafür kein Geld. Der Bund könnte die Pflanzungen fördern. Das wäre eine kluge Ausgabe.',
    ].join('\n');
    const { outline } = essayToOutline({ path: 'baeume.md', text });
    expect(outline.meta.language).toBe('de');
    expect(outline.groups.at(-1)?.title).toBe('Quelle');
  });
});
