import { describe, expect, it } from 'vitest';
import { excerpt } from '../../helpers/excerpt.js';
import { page } from '../../helpers/pages.js';

/** The repeats pass: what a page repeats is the page's, not the essay's. */
describe('repeats pass: teaser cards', () => {
  it('takes cards in a row, each ending in its "Read More" link, for other posts, the first card too (Democracy Corps)', () => {
    const { essay, removed } = excerpt('tuning/x-democracycorps-100-days-out', [1, 40]);
    // "Most Popular" / "September 27, 2010" / "Making the Case on National..." / a teaser / "Read More", three times.
    for (const line of [13, 14, 15, 17, 18, 19, 21, 22, 23]) expect(removed.get(line), `line ${line}`).toBe('related');
    expect(essay.meta.title).toBe('100 Days Out: From Serious Vulnerability to a Wave Election');
    expect(essay.meta.date).toBe('2012-08-05');
  });
});

describe('repeats pass: the title over its byline', () => {
  it('keeps the headline just over its byline, though the page prints it three times (KAS: breadcrumb, title, a list under the text)', () => {
    // "Länderberichte" / "Kommunalwahlen in Nordmazedonien" (the breadcrumb) / "detail" / a credit /
    // "Länderberichte" / "Kommunalwahlen in Nordmazedonien" / "von Daniel Braun, Davor Pasoski" / … and, under the
    // text, the series' list of reports with this one in it.
    const { essay, removed } = excerpt('tuning/aj-kas-nordmazedonien-kommunalwahlen', [192, 225], [355, 362]);
    expect(essay.meta.title).toBe('Kommunalwahlen in Nordmazedonien');
    expect(removed.has(199)).toBe(false);
    expect(removed.has(195)).toBe(true);
    expect(essay.meta.authors).toEqual(['Daniel Braun', 'Davor Pasoski']);
  });
});

describe('repeats pass: the byline over the text', () => {
  it('keeps a name beside the share buttons just over the text as the byline, though the page prints it above and below (BIG Brand System)', () => {
    // "Pamela Wilson" (the site's name) / … / the title / "258 Shares" / "Buffer" / "Share" / … / "Email" / "Pamela
    // Wilson" / the text; her bio and its box under the text print it twice more.
    const essay = page('bigbrandsystem-business-focus');
    expect(essay.meta.authors).toEqual(['Pamela Wilson']);
    expect(essay.bio.some((paragraph) => paragraph.text.startsWith('Pamela Wilson is an online educator'))).toBe(true);
  });
});

describe('repeats pass: a line printed twice', () => {
  it('takes a line printed again with a stop for the same line (Gavin Rozzi: his tagline under his name, twice)', () => {
    // "Gavin Rozzi" / "Journalist, Public Records Researcher & Web Developer" / "Journalist, … & Web Developer.": the
    // copy with its stop ended the conclusion's notes and was its bullet.
    const { essay, removed } = excerpt('tuning/ay-gavinrozzi-njlj-response', [1, 91]);
    expect(removed.get(77)).toBe('related');
    expect(removed.get(79)).toBe('related');
    const notes = [...essay.sections.flatMap((section) => section.paragraphs), ...(essay.conclusion?.paragraphs ?? [])];
    expect(notes.some((paragraph) => paragraph.text.includes('Web Developer'))).toBe(false);
  });
});
