import { describe, expect, it } from 'vitest';
import { excerpt } from '../../helpers/excerpt.js';

/** The header pass: the title's neighbours, bylines, the standfirst, and where the body starts. */
describe('header pass', () => {
  it('finds the front matter’s title as a heading below the site’s menus, though the page repeats it in its breadcrumbs (RAND)', () => {
    const { essay, removed } = excerpt('tuning/d-rand-deepseek-competition', [1, 80]);
    expect(essay.meta.title).toBe('What DeepSeek Really Changes About AI Competition');
    // The menus above the title are chrome: "## Site-wide navigation", "- ### Research Divisions", their links.
    for (const line of [19, 21, 25, 27, 47]) expect(removed.has(line), `line ${line}`).toBe(true);
  });

  it('reads a name printed above the title beside a date written with dots (WIRED)', () => {
    const { essay } = excerpt('tuning/e-wired-banking-broke', [1, 40]);
    expect(essay.meta).toMatchObject({ title: "The Future of Banking Is … You're Broke", authors: ['Molly Wood'], date: '2019-11-14' });
  });

  it('takes the date from a section name in capitals set before it, not the line as the title (New York)', () => {
    const { essay } = excerpt('tuning/h-nymag-why-were-polarized', [1, 30]);
    expect(essay.meta).toMatchObject({
      title: 'The GOP Is the Problem. Is ‘Human Identity Politics’ the Solution?',
      authors: ['Eric Levitz'],
      date: '2020-05-16',
    });
  });

  it('reads a byline that is a name alone under the standfirst, nickname included (Salon)', () => {
    const { essay, body, removed } = excerpt('tuning/e-salon-sharing-economy-lie', [101, 117]);
    expect(essay.meta).toMatchObject({
      title: 'The sharing economy is a lie: Uber, Ayn Rand and the truth about tech and libertarians',
      subtitle: expect.stringMatching(/^Disruptive companies talk a good game about sharing\./),
      authors: ['Richard (R.J.) Eskow'],
      date: '2015-02-01',
    });
    // Share buttons, their counter and the photo caption under the byline are chrome; the text starts at 113.
    expect([...removed.keys()]).toEqual([105, 106, 107, 111]);
    expect(body[0]).toBe(113);
  });

  it('reads a newsletter saved as Markdown: email header fields, "View this post on the web", the issue note (Works in Progress)', () => {
    const { essay, body, removed } = excerpt('tuning/g-worksinprogress-british-nuclear', [1, 24]);
    expect(essay.meta).toMatchObject({ title: 'Why British nuclear flopped', date: '2026-04-28', publication: 'Works in Progress' });
    expect(removed.get(19)).toBe('end-matter');
    expect(removed.get(21)).toBe('end-matter');
    // Paragraphs written one to a line, without blank lines between, are paragraphs each.
    expect(body).toEqual([22, 23, 24]);
  });

  it('decodes character references in a front matter title, as browsers read them (UBI Center)', () => {
    const { essay } = excerpt('tuning/f-ubicenter-uk-land-dividend', [1, 30]);
    expect(essay.meta.title).toBe('“There you may behold the rent”: Effects of a UK land dividend');
  });
});
