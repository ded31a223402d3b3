import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { buildOutline } from '../../src/outline/build.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';
import { noteCoverage } from '../helpers/invariants.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'tuning');

function outlineOf(name: string, file: string) {
  return buildOutline(parseEssay({ path: file, text: readFileSync(join(CORPUS, name, file), 'utf8') }));
}

/** How a part becomes key-point slides, on a real essay of the corpus. */
describe('key-point slides', () => {
  it('joins a slide left with one bullet to its neighbour, notes and all, so the slide shows two points or more (Anna Shipman)', () => {
    // (Jeni Tennison's "There are a few other considerations …" was the example until its slide came to show two points of
    // its own: the sentence that says its section heading may now run longer.)
    const outline = outlineOf('aa-annashipman-six-years-gds', 'essay.md');
    const slides = outline.groups.flatMap((group) => group.slides).filter((slide) => slide.layout === 'points');
    const merged = slides.find((slide) => slide.notes.includes('The second important thing I learned at GDS'));
    // Two paragraphs: the one left with a single point, and the next.
    expect(merged?.notes).toContain('One thing we did really well at GDS was blogging');
    expect(merged?.notes.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(2);
    expect(merged?.bullets.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the author’s sub-headings', () => {
  it('gives each sub-heading with a slide’s worth under it a slide it titles, though the budget is tight, but not a sub-heading the essay repeats under every part (LawsAfrica; the written fixture of nested options)', () => {
    const titles = outlineOf('ae-lawsafrica-online-legislation-practices', 'essay.md').groups.flatMap((group) =>
      group.slides.map((slide) => slide.title),
    );
    for (const subheading of ['Use an appropriate font', 'Make images responsive', 'Help the user to navigate the document'])
      expect(titles).toContain(subheading);
    const fixture = join(import.meta.dirname, '..', 'fixtures', 'markdown-nested-options', 'essay.md');
    const nested = buildOutline(parseEssay({ path: fixture, text: readFileSync(fixture, 'utf8') }));
    // ("What it costs" and "What could go wrong" stand under each of the three options.)
    expect(nested.groups.flatMap((group) => group.slides).filter((slide) => slide.title === 'What it costs')).toHaveLength(0);
  });
});

describe('the trimming to the median bullet length', () => {
  it('keeps a slide’s first point, which opens its part, and trims a later one (Baltic Security, San Francisco arrests; held-back reviews K and L: a slide without its section’s point)', () => {
    const bullets = (name: string, file: string, slideEnd: string): string[] =>
      outlineOf(name, file)
        .groups.flatMap((group) => group.slides)
        .find((slide) => slide.id.endsWith(slideEnd))
        ?.bullets.map((bullet) => bullet.text) ?? [];
    expect(bullets('ad-balticsecurity-future-of-belarus', 'essay.txt', 'leading-eu-countries')[0]).toBe(
      'Internal bureaucracy and lack of political will make it unlikely that the EU will support Belarus in any significant form.',
    );
    expect(bullets('w-amerkhanian-sf-law-enforcement', 'essay.txt', 'onset-of-the-pandemic')[0]).toMatch(
      /^Between February and April 2020 monthly enforcement actions decreased by 43%/,
    );
  });
});

describe("a paper's opening words in capitals", () => {
  it('shows them in small letters, the notes as written; an initialism stays (Socialist Worker)', () => {
    const editorial = outlineOf('bc-socialistworker-social-security-con-job', 'essay.txt').groups.flatMap((group) => group.slides);
    const opening = editorial.find((slide) => slide.bullets.some((bullet) => /^Say you're expecting/.test(bullet.text)));
    expect(opening?.notes).toContain("SAY YOU'RE expecting");
    // (Lines written for the test: "GDP" stands in capitals elsewhere in the text, an initialism.)
    const text = [
      'Growth Beat the Forecasts',
      '',
      'US GDP grew by two percent last year, faster than most forecasts had expected at the start of the year.',
      '',
      'Economists had warned that GDP would slow as interest rates rose, and many firms planned for a recession that never came.',
      '',
      'The labour market stayed strong through the year, and wages rose faster than prices for most workers in most regions.',
    ].join('\n');
    const bullets = buildOutline(parseEssay({ path: 'essay.txt', text }))
      .groups.flatMap((group) => group.slides)
      .flatMap((slide) => slide.bullets.map((bullet) => bullet.text));
    expect(bullets.some((bullet) => bullet.startsWith('US GDP grew'))).toBe(true);
  });
});

describe('a slide whose title says what a bullet says', () => {
  it('shows it once, as the title (the Development Gateway: "Aid is not dead, but it is changing.")', () => {
    const outline = outlineOf('aa-devgateway-financing-future', 'essay.md');
    const slide = outline.groups.flatMap((group) => group.slides).find((s) => s.title === 'Aid is not dead, but it is changing');
    expect(slide?.bullets.length).toBeGreaterThan(0);
    expect(slide?.bullets.map((bullet) => bullet.text)).not.toContain('Aid is not dead, but it is changing.');
  });

  it('keeps a bullet that says what the slide’s made title would have said, when a section’s heading titles its one slide (written fixture markdown-nested-options: its bold lead sentences)', () => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/markdown-nested-options/essay.md'), 'utf8');
    const outline = buildOutline(parseEssay({ path: 'essay.md', text }));
    const section = outline.groups.find((group) => group.title === 'Option A: Raise Base Pay');
    expect(section?.slides.map((slide) => slide.title)).toEqual(['Option A: Raise Base Pay']);
    expect(section?.slides[0]?.bullets.map((bullet) => bullet.text)).toContain('The simplest answer is to pay rural teachers more.');
  });
});

describe('the conclusion’s slides', () => {
  it('show the essay’s last sentence, where its argument lands, unless it points elsewhere (ACM Queue; Ben Unsworth’s "Get a copy of the Agile Comms Handbook …")', () => {
    const bulletsOf = (outline: ReturnType<typeof outlineOf>) =>
      outline.groups.filter((group) => group.kind === 'conclusion').flatMap((group) => group.slides.flatMap((slide) => slide.bullets));
    const acm = bulletsOf(outlineOf('ab-acmqueue-memory-safety-skeptics', 'essay.txt'));
    expect(acm.map((bullet) => bullet.text)).toContainEqual(expect.stringMatching(/^We do not need to wait for regulation to catch up/));
    const lgr = bulletsOf(outlineOf('ah-benunsworth-lgr-council-website', 'essay.txt'));
    expect(lgr.map((bullet) => bullet.text)).not.toContainEqual(expect.stringMatching(/^Get a copy of the Agile Comms Handbook/));
  });
});

describe('key-point slides of long sentences', () => {
  it('gives a slide that no neighbour could join a second, longer point of its own rather than show one (Aussienomics)', () => {
    const outline = outlineOf('ad-aussienomics-how-not-to-do-migration', 'essay.md');
    const slides = outline.groups.flatMap((group) => group.slides).filter((slide) => slide.layout === 'points');
    const slide = slides.find((s) => s.notes.includes('makes migrants easy scapegoats'));
    expect(slide?.bullets.map((bullet) => bullet.text)).toContain(
      'Failing to address these issues makes migrants easy scapegoats for opportunists who want to close Australia off for good, potentially leaving us all worse off.',
    );
    // (Still no longer than a second point may run.)
    for (const bullet of slide?.bullets ?? []) expect(bullet.text.split(/\s+/).length).toBeLessThanOrEqual(30);
  });
});

describe('signposts on key-point slides', () => {
  it('takes a point over a signpost while points are left to scan: "In this article, I\'ll argue no, and no." stays in the notes (Alex Harvey)', () => {
    const outline = outlineOf('ak-aharvey-nuclear-climate-impact', 'essay.md');
    const slides = outline.groups.flatMap((group) => group.slides);
    const slide = slides.find((s) => s.notes.includes("In this article, I'll argue no, and no."));
    const texts = slide?.bullets.map((bullet) => bullet.text) ?? [];
    expect(texts).not.toContain("In this article, I'll argue no, and no.");
    expect(texts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('questions on key-point slides', () => {
  it('shows a question with its answer, a statement a little longer than a glance, rather than ask the room alone (The Science of Sport)', () => {
    const outline = outlineOf('ak-scienceofsport-doping-amnesty', 'essay.txt');
    const slides = outline.groups.flatMap((group) => group.slides);
    const slide = slides.find((s) => s.bullets.some((bullet) => bullet.text.startsWith('If you can accept such a vision of sport')));
    const texts = slide?.bullets.map((bullet) => bullet.text) ?? [];
    const asked = texts.findIndex((text) => text.startsWith('If you can accept such a vision of sport'));
    expect(texts[asked + 1]).toMatch(/^Inequalities related to wealth, diet and demographic factors are legion/);
  });
});

describe('trimming to the median bullet length', () => {
  it('keeps a question with the answer the next paragraph opens with (Anil Dash)', () => {
    const slides = outlineOf('x-anildash-12-things-tech', 'essay.md').groups.flatMap((group) => group.slides);
    const slide = slides.find((s) => s.bullets.some((bullet) => bullet.text.startsWith('All of those questions get glossed over')));
    const texts = slide?.bullets.map((bullet) => bullet.text) ?? [];
    const answer = texts.findIndex((text) => text.startsWith('All of those questions get glossed over'));
    expect(texts[answer - 1]).toMatch(/^Which creators or innovators got erased .*\?$/);
  });
});

describe('quotations', () => {
  it('shows a quotation with the line that gives it to its speaker, never as the author’s own point (Anna Shipman, Experimental History)', () => {
    const pairs = (essay: string, file: string): string[] =>
      outlineOf(essay, file).groups.flatMap((group) =>
        group.slides.flatMap((slide) => slide.bullets.map((bullet, i) => `${slide.bullets[i - 1]?.text ?? ''} / ${bullet.text}`)),
      );
    expect(pairs('aa-annashipman-six-years-gds', 'essay.md')).toContain(
      'As they wrote in this blog post: / Status tracking tools are often just ‘channel shift’ for anxiety.',
    );
    expect(pairs('ba-experimentalhistory-science-reform', 'essay.txt')).toContain(
      'Here’s how one CEO described it: / You have no idea how profitable these journals are once you stop doing anything.',
    );
  });
});

describe('figures', () => {
  it('shows a paragraph’s figure rather than its general remark (Albert Mohler, Christian Dale: tuning essays)', () => {
    const bullets = (essay: string, file: string): string[] =>
      outlineOf(essay, file).groups.flatMap((group) => group.slides.flatMap((slide) => slide.bullets.map((bullet) => bullet.text)));
    expect(bullets('an-albertmohler-election-lessons', 'essay.txt')).toContain(
      'A recent study indicated that fully 20% of all Americans identify with no religious preference at all.',
    );
    expect(bullets('ao-cdale-case-for-ubi', 'essay.md')).toContain(
      'The participants received a monthly unconditional income of around $600.',
    );
  });
});

describe('the conclusion', () => {
  it('shows the essay’s last sentence, where it lands, when it stands alone, before shorter asides (YEG Core Zone, Albert Mohler)', () => {
    const conclusion = (essay: string, file: string): string[] =>
      outlineOf(essay, file)
        .groups.filter((group) => group.kind === 'conclusion')
        .flatMap((group) => group.slides.flatMap((slide) => slide.bullets.map((bullet) => bullet.text)));
    // (Split at ", and the quickest way …" into two bullets, each a clause; it lost to "Yes, the Core Zone is not perfect.")
    expect(conclusion('ab-tpavlek-yeg-core-zone', 'essay.md')).toContain(
      'Speed reduction has been delayed or stopped several times because of politics.',
    );
    expect(conclusion('an-albertmohler-election-lessons', 'essay.txt')).toContain(
      'The 2012 election underlines the challenges we now face and the responsibilities we dare not neglect.',
    );
  });

  it('takes no call to follow the writer on social media for where the essay lands (Ovabor)', () => {
    const bullets = outlineOf('ah-ovabor-nigeria-data-protection-act', 'essay.md')
      .groups.filter((group) => group.kind === 'conclusion')
      .flatMap((group) => group.slides.flatMap((slide) => slide.bullets.map((bullet) => bullet.text)));
    expect(bullets.filter((text) => /follow us on/i.test(text))).toEqual([]);
  });

  it('keeps the essay’s last sentence when the deck’s bullets are trimmed to their median length (TMS Ruge)', () => {
    const bullets = outlineOf('au-tmsruge-white-savior', 'essay.txt')
      .groups.filter((group) => group.kind === 'conclusion')
      .flatMap((group) => group.slides.flatMap((slide) => slide.bullets.map((bullet) => bullet.text)));
    expect(bullets).toContain('Changing that, might be the tree you plant but whose shade you’ll never live long enough to stand under.');
  });
});

describe('the title slide', () => {
  it('points at the lines from the date to the title when front matter sets the date above the title (RadicalxChange)', () => {
    // Front matter: "date:" on line 3, "postHeader:" (the title it prints) on line 5.
    const outline = outlineOf('a-radicalxchange-eu-data-union', 'essay.md');
    expect(outline.groups[0]?.slides[0]?.source).toEqual({ start: 3, end: 5 });
  });
});

describe('slide titles', () => {
  it('titles a slide with the sub-heading of a sub-part that starts inside it and fills half of it or more, not a key phrase (Anna Shipman)', () => {
    const outline = outlineOf('aa-annashipman-six-years-gds', 'essay.md');
    const part = outline.groups.find((group) => group.title === 'Make things open: it makes things better');
    // The part's lead paragraph, then the two paragraphs under "Talking about your work helps clarify it": one slide.
    const slide = part?.slides.find((candidate) => candidate.notes.includes('One thing we did really well at GDS was blogging'));
    expect(slide?.notes).toContain('The second important thing I learned at GDS');
    expect(slide?.title).toBe('Talking about your work helps clarify it');
  });

  it('titles a slide whose bullets all come from a sub-part starting inside it with that sub-part’s sub-heading (Anna Shipman, Internet Party)', () => {
    // Under "Making it easier for developers to support the site" every sentence that could be a bullet leans on the
    // one before ("The main artefact of this was the opsmanual"): its slide joins the next sub-part's, whose bullets it shows.
    const shipman = outlineOf('aa-annashipman-six-years-gds', 'essay.md').groups.flatMap((group) => group.slides);
    const peers = shipman.find((slide) => slide.bullets.some((bullet) => bullet.text.startsWith('This applies even when the users are')));
    expect(peers?.title).toBe('Developers are users too');
    const party = outlineOf('p-internetparty-privacy-internet-freedom', 'essay.md').groups.flatMap((group) => group.slides);
    const brazil = party.find((slide) => slide.bullets.some((bullet) => bullet.text.startsWith('Brazil is leading the way globally')));
    expect(brazil?.title).toBe("Brazil's Marco Civil");
  });
});

describe('tables', () => {
  it('reads a table’s rows in the notes of the slide where the table stands, and takes no bullet from them', () => {
    const sentence = (topic: string): string =>
      `The ${topic} team compared how each group handled the work in practice, and the results were clear to everyone involved.`;
    const text = [
      '# Tools in practice',
      '',
      '## What people use',
      '',
      `${sentence('first')} ${sentence('second')}`,
      '',
      '| Step | Tools |',
      '|---|---|',
      '| Import | readr, SQLAlchemy, xarray |',
      '| Model | tidymodels, RStan, deSolve |',
      '',
      `${sentence('third')} ${sentence('fourth')}`,
      '',
      '## What comes next',
      '',
      `${sentence('fifth')} ${sentence('sixth')}`,
    ].join('\n');
    const outline = buildOutline(parseEssay({ path: 'essay.md', text }));
    const slides = outline.groups.flatMap((group) => group.slides);
    const bullets = slides.flatMap((slide) => slide.bullets.map((bullet) => bullet.text));
    expect(bullets.some((bullet) => /readr|tidymodels|Step/.test(bullet))).toBe(false);
    const withRows = slides.filter((slide) => slide.notes.includes('Import | readr, SQLAlchemy, xarray'));
    expect(withRows).toHaveLength(1);
    expect(withRows[0]?.notes).toContain('Model | tidymodels, RStan, deSolve');
    // The rows sit with prose the slide can make its points from.
    expect(withRows[0]?.bullets.length).toBeGreaterThan(0);
  });
});

describe('a deck that fits the talk', () => {
  it.each([
    ['the longest fixture (8,300 words)', join(import.meta.dirname, '..', 'fixtures', 'long-heat-report'), 'essay.md'],
    ['a real essay of 7,800 words (Arms Control Association)', join(CORPUS, 'j-armscontrol-iran-verification'), 'essay.md'],
  ])('gives %s at most 25 slides for a 20-minute talk, every body sentence in the notes once', (_, dir, file) => {
    const essay = parseEssay({ path: file, text: readFileSync(join(dir, file), 'utf8') });
    const outline = buildOutline(essay, { minutes: 20 });
    const slides = outline.groups.flatMap((group) => group.slides);
    expect(slides.length).toBeLessThanOrEqual(25);
    expect(outline.budget).toMatchObject({ minutes: 20, slides: 25, basis: 'minutes' });
    for (const { sentence, count } of noteCoverage(essay, outline)) expect(count, sentence).toBe(1);
  });
});

describe('slide titles of a page that sets soft hyphens', () => {
  it('titles slides with whole words, not words cut where the page could hyphenate them (Geschichte der Gegenwart)', () => {
    const outline = outlineOf('aj-gdg-foucault-pandemie', 'essay.txt');
    const text = readFileSync(join(CORPUS, 'aj-gdg-foucault-pandemie', 'essay.txt'), 'utf8').replace(/\u00ad/g, '');
    const words = new Set(text.split(/[^\p{L}\p{N}-]+/u).map((word) => word.toLowerCase()));
    const titles = outline.groups.flatMap((group) => group.slides.filter((slide) => slide.layout === 'points').map((slide) => slide.title));
    for (const title of titles)
      for (const word of title
        .replace(/\u00ad/g, '')
        .split(/[^\p{L}\p{N}-]+/u)
        .filter(Boolean))
        expect(words.has(word.toLowerCase()), `"${word}" of "${title}"`).toBe(true);
  });
});

describe('made slide titles', () => {
  it('takes none that a line of the page’s chrome prints: a tag or a menu’s item the text also says (Jeni Tennison)', () => {
    const essay = parseEssay({
      path: 'essay.txt',
      text: readFileSync(join(CORPUS, 'i-jenitennison-data-monopolies', 'essay.txt'), 'utf8'),
    });
    const points = (outline: ReturnType<typeof buildOutline>) =>
      // (Not a part of one slide, which shows it under the part's heading.)
      outline.groups.flatMap((group) =>
        group.slides.filter((slide) => slide.layout === 'points' && !slide.continued && slide.id !== group.id),
      );
    const made = points(buildOutline(essay))
      .map((slide) => slide.title)
      .filter((title) => !essay.sections.some((section) => section.paragraphs.some((paragraph) => paragraph.subheading === title)));
    expect(made.length).toBeGreaterThan(2);
    // The same titles printed as the page's menu, removed as chrome.
    const tagged = {
      ...essay,
      removed: [...essay.removed, ...made.map((text, k) => ({ line: 1000 + k, text, reason: 'navigation' as const }))],
    };
    const titles = points(buildOutline(tagged)).map((slide) => slide.title);
    expect(titles.filter((title) => made.includes(title))).toEqual([]);
  });
});

describe('the conclusion group', () => {
  it('opens with the author’s heading when it names more than a conclusion, as a section opens with its own (RadicalxChange)', () => {
    const outline = outlineOf('a-radicalxchange-eu-data-union', 'essay.md');
    const conclusion = outline.groups.find((group) => group.kind === 'conclusion');
    expect(conclusion?.title).toBe('Europe’s Strategic Advantage');
    // One slide of points, so no divider before it: the points stand under the heading.
    expect(conclusion?.slides).toHaveLength(1);
    expect(conclusion?.slides[0]).toMatchObject({ id: 'conclusion', title: 'Europe’s Strategic Advantage', layout: 'points' });
    expect(conclusion?.slides[0]?.bullets.length).toBeGreaterThan(0);
  });

  it('opens with its points under a heading that only says "Conclusion" (naxxfish)', () => {
    const outline = outlineOf('al-naxxfish-this-is-fine', 'essay.md');
    const conclusion = outline.groups.find((group) => group.kind === 'conclusion');
    expect(conclusion?.slides[0]).toMatchObject({ id: 'conclusion', layout: 'points' });
  });
});

describe('parts of one slide', () => {
  it('shows a part that gets one key-point slide as that slide under the part’s heading, with no divider; a longer part keeps its divider (the reference)', () => {
    const essay = parseEssay({ path: 'essay.txt', text: readFileSync(REFERENCE_ESSAY, 'utf8') });
    const outline = buildOutline(essay);
    const heading = essay.sections.find((section) => section.title === 'Go Public');
    const goPublic = outline.groups.find((group) => group.title === 'Go Public');
    expect(goPublic?.slides).toHaveLength(1);
    // The group's id, so --order, --hide and the overview's link still find it; its lines from the heading on.
    expect(goPublic?.slides[0]).toMatchObject({ id: goPublic?.id, title: 'Go Public', layout: 'points' });
    expect(goPublic?.slides[0]?.bullets.length).toBeGreaterThan(0);
    expect(goPublic?.slides[0]?.source?.start).toBe(heading?.line);
    expect(goPublic?.slides[0]?.notes).toContain('A third novel approach');
    const channel = outline.groups.find((group) => group.title === 'Change the Channel');
    expect(channel?.slides.map((slide) => slide.layout)).toEqual(['section', 'points', 'points']);
    // The divider Go Public does without leaves the deck a slide short of its budget.
    expect(outline.groups.flatMap((group) => group.slides)).toHaveLength(outline.budget.slides - 1);
  });
});

describe('the overview', () => {
  const essay = (parts: string[]) =>
    parseEssay({
      path: 'essay.md',
      text: [
        '# Free School Breakfasts',
        '',
        'By Jane Doe',
        '',
        'Schools that serve breakfast to every pupil see fewer absences, and the costs are lower than many councils expect. Here is what we found:',
        '',
        ...parts.flatMap((part) => [
          `## ${part}`,
          '',
          `The ${part.toLowerCase()} changed after the first year of the programme, as the figures of every school in the county show.`,
          '',
          'Teachers reported that pupils arrived earlier and were readier to learn in the morning lessons than before.',
          '',
        ]),
      ].join('\n'),
    });

  it('lists two parts or more; a part alone has none, its lead-in in the context’s notes (a held-back review: "The Overview lists one section")', () => {
    const one = buildOutline(essay(['Attendance']));
    expect(one.groups.map((group) => group.kind)).not.toContain('overview');
    const context = one.groups.find((group) => group.kind === 'context');
    expect(context?.slides.map((slide) => slide.notes).join('\n')).toContain('Here is what we found:');
    const two = buildOutline(essay(['Attendance', 'Costs']));
    expect(two.groups.find((group) => group.kind === 'overview')?.slides[0]?.links?.map((link) => link.title)).toEqual([
      'Attendance',
      'Costs',
    ]);
  });
});
