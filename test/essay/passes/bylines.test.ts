import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { excerpt } from '../../helpers/excerpt.js';
import { firstParagraph, page } from '../../helpers/pages.js';

/** The bylines pass: names standing alone next to a date or a job title. */
describe('bylines pass', () => {
  it('reads a line of names alone beside the date as the byline, the writers one by one (Class Central: "Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra" / "Nov 25th, 2025")', () => {
    expect(page('classcentral-certificates-top').meta.authors).toEqual(['Rui Ma', 'Heba Ledwon', 'Manoel Cortes Mendez', 'Suparn Patra']);
    // (Not a headline in capitals over the date whose words the text writes in lower case: utilitypartners.com's headline and
    // date lines as copied, under a paragraph written for the test.)
    const headline = [
      'News',
      'Electrical Safety Tips and Best Practices',
      'On 8 Oct 2022',
      'in NEWS',
      '',
      'Electrical safety is important at home and at work, and a few best practices keep everyone safe: follow these safety tips, and call an electrician when in doubt.',
      '',
    ].join('\n');
    expect(parseEssay({ path: 'page.txt', text: headline }).meta.authors).toEqual([]);
  });

  it('reads a line of names, each with its role and place after a comma, beside the date as the byline, far down a page of menus (OECD Observer)', () => {
    const { meta } = excerpt('tuning/af-oecdobserver-jubilee-2010', [1, 140]).essay;
    expect(meta.authors).toEqual(['Jagdish Bhagwati', 'Arvind Panagariya']);
  });

  it('reads a name with its credentials over the speaker’s office and department as the byline of a speech; a reviewer under "Reviewed by" is none (Surgeon General, accounting.com)', () => {
    // "Vice Admiral Richard H. Carmona, M.D., M.P.H, FACS" / "United States Surgeon General" / "U.S. Department of Health and Human Services".
    const { essay, body } = excerpt('tuning/ar-hhs-surgeon-general-alcohol', [1, 60]);
    expect(essay.meta.authors).toEqual(['Richard H. Carmona']);
    expect(essay.meta.lines.authors).toBe(20);
    expect(body.filter((line) => line >= 20 && line <= 22)).toEqual([]);
    // accounting.com (lines 186–240 as copied): "Reviewed by" / "Colin Smith, CPA" / "Our Integrity Network", the reviewer's box.
    const reviewed = page('accounting-tax-software');
    expect(reviewed.meta.authors).toEqual(['Genevieve Carlton']);
    expect(reviewed.sections.map((section) => section.title)).not.toContain('Our Integrity Network');
  });

  it('reads a byline set off by a dash, as a signature is ("-- Posted by Neil H. Buchanan"), and the headline over it (Dorf on Law)', () => {
    const { meta } = excerpt('tuning/af-dorfonlaw-wasted-talent', [1, 12]).essay;
    expect(meta).toMatchObject({ title: 'Wasted Talent and the Middle Class', authors: ['Neil H. Buchanan'], date: '2012-08-09' });
  });

  it('reads a name in capitals with its outlet after a comma, over the date, as the writer; a city with its state is none (ScienceAlert page, lines as copied)', () => {
    // Lines 53-58 of the page as copied (scrapinghub/article-extraction-benchmark, 14cc2a0c…).
    const lines = [
      'SPACE',
      "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa",
      'VICTOR TANGERMANN, FUTURISM',
      '18 NOV 2019',
      '',
      "A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, Maryland, has confirmed traces of water vapor above the surface of Jupiter's icy moon Europa.",
      '',
      "And that's a big deal as the tiny space rock is one of the highest priority targets in NASA's search for extraterrestrial life, according to the agency.",
    ];
    const essay = parseEssay({ path: 'essay.txt', text: lines.join('\n') });
    expect(essay.meta).toMatchObject({ authors: ['Victor Tangermann'], date: '2019-11-18' });
    const placed = parseEssay({ path: 'essay.txt', text: lines.join('\n').replace('VICTOR TANGERMANN, FUTURISM', 'NEW YORK, NY') });
    expect(placed.meta.authors).toEqual([]);
  });

  it('reads a name beside the date under fifty lines of menus: the page’s first half is counted in words, not lines (ScienceAlert)', () => {
    // 1–53: the site's menus and foot, one short line each; 54 the headline; 55 "VICTOR TANGERMANN, FUTURISM"; 56 "18 NOV 2019".
    const essay = page('sciencealert-europa-plumes');
    expect(essay.meta).toMatchObject({ authors: ['Victor Tangermann'], date: '2019-11-18' });
  });

  it('does not read a menu’s section over a plural label ("Auto Racing" / "Columnists") as a name and a role (Times Union page, lines as copied)', () => {
    // Lines 28-33, 120 and the first two paragraphs of the page as copied (scrapinghub/article-extraction-benchmark).
    const text = [
      'NFL',
      'NBA',
      'Golf',
      'Auto Racing',
      'Columnists',
      'Business',
      'PG&E begins new mass power shutoff over fire danger',
      'SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 people in 18 Northern and central California counties as the region faces extreme fire weather that’s lasted since October.',
      'A virtually rainless fall has left brush bone-dry and forecasts called for low humidity and winds gusting at times to 55 mph (88.5 kph), which might fling tree branches or other debris into power lines, causing sparks that could set catastrophic fires in the region, PG&E officials said.',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.txt', text });
    expect(essay.meta.authors).toEqual([]);
    expect(essay.meta.title).toBe('PG&E begins new mass power shutoff over fire danger');
  });
  it('removes a box of other posts, each headline over its byline with a date, a question and a staff’s byline among them, and takes the headline over the box (Campaign for America’s Future)', () => {
    // 61 "Also Worth Reading" / 64 "Phil Gramm Doesn't Know Squat About His Own Budget Process" / 65 "by Stan Collender | August 09, 2012" / …
    // 68 "Will The U.S. Drought Trigger Another Global Food Crisis?" / 69 "by OurFuture.org Staff | August 09, 2012" / 70 / 71.
    const { removed, essay } = excerpt('tuning/x-ourfuture-romney-deficit-plan', [1, 90]);
    for (const line of [64, 65, 66, 67, 68, 69, 70, 71]) expect(removed.get(line), `line ${line}`).toBe('related');
    expect(essay.meta.title).toBe("Romney's Shifty Deficit Plan Shifts From US So A Few Can Have More (Plus Star Trek!)");
    expect(essay.meta.authors).toEqual(['Dave Johnson']);
  });

  it('removes cards of other posts under the text, each a headline over its writer’s name and a teaser, with no dates (Washington Examiner)', () => {
    const { removed, body } = excerpt('tuning/n-washingtonexaminer-prince-andrew-interview', [1, 230]);
    for (const line of [159, 160, 162, 163, 164, 166, 187, 188, 190, 195, 196, 218])
      expect(removed.get(line), `line ${line}`).toBe('related');
    expect(body.filter((line) => line > 158)).toEqual([]);
  });
  it('reads the name under "By", a line of its own, as the byline; the sign-up form’s lines under it are no text (bluecart.com)', () => {
    // "By" / "Joanna Okedara" / "Table of Contents" / "Never miss a single post. Get our blog posts sent to your inbox weekly. …"
    const essay = page('bluecart-catering');
    expect(essay.meta.authors).toEqual(['Joanna Okedara']);
    expect(essay.sections.map((section) => section.title)).not.toContain('Joanna Okedara');
    expect(firstParagraph(essay)).toMatch(/^Before you consider starting a catering business/);
  });

  it('gathers the names under "By", one a line, into one byline', () => {
    const text = [
      'How Cities Pay for Transit',
      'By',
      'Ana Ruiz',
      'Tomas Leblanc',
      '',
      'Cities pay for their buses and trains in many ways, and each way shapes who rides and how often they ride the network every day.',
      'Fares cover a small share of the cost in most cities, so the rest comes from taxes, grants and the sale of land near the stations.',
    ].join('\n');
    expect(parseEssay({ path: 'essay.txt', text }).meta.authors).toEqual(['Ana Ruiz', 'Tomas Leblanc']);
  });

  it('reads the name under "By" with its credential as the writer, not the editor named under "Edited by" (accounting.com)', () => {
    // "By" / "Genevieve Carlton, Ph.D." / "Updated on July 9, 2025" / "Edited by" / "Lauren Mastbaum" / "•" / "Reviewed by" / …
    const essay = page('accounting-tax-software');
    expect(essay.meta).toMatchObject({ authors: ['Genevieve Carlton'], date: '2025-07-09' });
  });

  it('names nobody when the byline names a desk: neither its label in capitals ("WRITTEN BY") nor a line of the contents under it (aaa.com)', () => {
    // "REVIEWED BY: AAA TRAVEL EDITOR, SHERRY MIMS" / "WRITTEN BY" / "AAA Travel Editor, SMT" / … / "TABLE OF CONTENTS" / "Hawaiian Adventure" / …
    const essay = page('aaa-vacation-packages');
    expect(essay.meta).toMatchObject({ title: '11 U.S. Vacation Packages to Book for 2026', authors: [], date: '2025-12-04' });
  });
});

describe('bylines pass: one post’s byline is no box of links', () => {
  it('keeps a byline that names its writer twice over "Published …" and "Updated …": one writer, one post (Siteline)', () => {
    // 127 title / 128 "By Claire Wilson, Co-Founder & COO" / 129 "By Claire Wilson," / 130 "Published Apr 26, 2023" / 131 "Updated Aug 21, 2025".
    const essay = page('siteline-electrical-contractors');
    expect(essay.meta.title).toBe('Top 39 Electrical Construction Companies in 2025');
    expect(essay.meta.authors).toEqual(['Claire Wilson']);
    expect(essay.meta.date).toBe('2023-04-26');
    expect(firstParagraph(essay)).toMatch(/^Electrical construction companies play an important role/);
  });
});

describe('bylines pass: a byline’s label over the name', () => {
  it('reads "Article by" over a name under the text as the writer (ByteSauna)', () => {
    const essay = page('bytesauna-lean-mathematics');
    expect(essay.meta.title).toBe('Understanding mathematics through Lean');
    expect(essay.meta.authors).toEqual(['Matias Heikkilä']);
    expect(essay.meta.date).toBe('2025-12-15');
  });
});

describe('bylines pass: boxes of other posts with their bylines', () => {
  const ourFuture = excerpt('tuning/x-ourfuture-romney-deficit-plan', [1, 210]);

  it('takes a headline that asks, inside a box, over its byline, for the box’s (OurFuture.org, lines 183–202)', () => {
    for (const line of [190, 200]) expect(ourFuture.removed.get(line), `line ${line}`).toBe('related');
  });

  it('takes a box set as one block, headline and byline line by line, for other posts (OurFuture.org, lines 64–71)', () => {
    expect(ourFuture.removed.get(64)).toBe('related');
  });

  it('keeps the article’s own title over its byline, the box’s lines under them notwithstanding (OurFuture.org, lines 38–40)', () => {
    expect(ourFuture.essay.meta.title).toBe("Romney's Shifty Deficit Plan Shifts From US So A Few Can Have More (Plus Star Trek!)");
    expect(ourFuture.essay.meta.authors).toEqual(['Dave Johnson']);
  });
});

describe('bylines pass: the article’s header right under a box of dated links', () => {
  it('reads the last headline and the one byline of the run, over the text, as the article’s, and the dates above as the box’s (casact.org)', () => {
    // "CAS Past President David Flynn Passes Away" / "12/04/2025" / "Candidate Experience: Consulting Firm vs. Insurance Carrier" /
    // "03/01/2017 by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee" / "A common question asked …".
    const { meta } = page('casact-candidate-experience');
    expect(meta).toMatchObject({
      title: 'Candidate Experience: Consulting Firm vs. Insurance Carrier',
      authors: ['Agatha Caleo'],
      date: '2017-03-01',
    });
  });
});

describe('bylines pass: a name over the buttons a byline carries', () => {
  it('reads a name alone over "View Profile" as the writer, and the headline over it as the title (Deadspin)', () => {
    // 3 the tags / 4 "Aug 9, 2012 1:50 PM" / 5–14 share and follow buttons / 15 the headline / 16 " John Koblin" /
    // 17 "View Profile" / 18–23 "Email", "Facebook", … / 25 the text.
    const { meta } = excerpt('tuning/as-deadspin-nbc-olympics', [1, 40]).essay;
    expect(meta).toMatchObject({
      title: 'How NBC Could Make An Olympics That People Wouldn’t Hate',
      authors: ['John Koblin'],
      date: '2012-08-09',
    });
  });
});
