import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { excerpt } from '../../helpers/excerpt.js';
import { bodyTexts, firstParagraph, page } from '../../helpers/pages.js';

/** The header pass: the title's neighbours, bylines, the standfirst, and where the body starts. */
describe('header pass', () => {
  it('reads the date and the writer from a blog’s post-meta line under the text when the header gives neither (Chronosynclastic Infundibulum: "April 25, 2008 – 5:01 pm | By Semantic Overload | Posted in … | Tagged …")', () => {
    const { essay } = excerpt('tuning/bc-semanticoverload-net-neutrality', [1, 45]);
    expect(essay.meta.date).toBe('2008-04-25');
    expect(essay.meta.authors).toEqual(['Semantic Overload']);
    expect(essay.meta.lines.date).toBe(32);
  });

  it('reads a byline printed over the title in the text’s language, its label on a line of its own, and a date set off by a dash (Codeando México: "Por" / "Catalina Demidchuk" / "— November 05, 2015")', () => {
    const { essay } = excerpt('tuning/be-codeando-ogp-hacker-civico', [1, 12]);
    expect(essay.meta.title).toBe('OGP desde la mirada de un Hacker Cívico');
    expect(essay.meta.authors).toEqual(['Catalina Demidchuk']);
    expect(essay.meta.date).toBe('2015-11-05');
  });

  it('leaves such a label under the text to the writer’s box: "Geschrieben von" / a name does not end the text (der Freitag)', () => {
    const { essay, removed } = excerpt('tuning/at-freitag-kultur-corona', [1, 175]);
    expect(essay.meta.date).toBe('2020-04-17');
    expect(removed.get(165)).toBe('outside-article');
  });

  it('reads a date line that gives the printed paper’s page beside the date, and the headline over it (Socialist Worker: "January 14, 2005 | Page 3")', () => {
    const { essay } = excerpt('tuning/bc-socialistworker-social-security-con-job', [1, 20]);
    expect(essay.meta.date).toBe('2005-01-14');
    expect(essay.meta.title).toBe('Social Security con job');
  });

  it('takes no standfirst in Markdown from the text’s opening paragraph over an embed: the post opens there (Jonathan Hendler, presenter review B)', () => {
    const text = [
      '---',
      'title: Where to start building for long term AI safety and alignment?',
      'author: hendler',
      'date: 2023-03-19T08:43:38+00:00',
      '---',
      'OpenAI and other AI companies will unlock a transition and the reorganization of nearly everything. _Long term _positive impact will be an increasing challenge, as we try to manage unintended consequences.',
      '',
      '<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">',
      '  <figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">',
      '  ',
      '  <div class="wp-block-embed__wrapper">',
      '  </div></figure> ',
      '  ',
      '  <p>',
      '    Short term safety issues are urgent, but clear as we work to manage malicious actors. There are<a rel="noreferrer noopener" href="https://alexw.substack.com/p/war" target="_blank"> broader international challenges</a>, including with China.',
      '  </p>',
      '</div>',
      '',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.md', text });
    expect(essay.meta.subtitle).toBeNull();
    expect(firstParagraph(essay)).toMatch(/^OpenAI and other AI companies will unlock a transition/);
  });

  it('reads a short line between the title and the byline as the header’s, not the text’s first heading (OECD Observer: "Wanted: Jubilee 2010" / "Dismantling protection" / "Jagdish Bhagwati, Professor, …")', () => {
    const { essay, parts } = excerpt('tuning/af-oecdobserver-jubilee-2010', [120, 190]);
    expect(essay.meta.title).toBe('Wanted: Jubilee 2010');
    expect(parts).not.toContain('Dismantling protection');
    expect(essay.meta.authors).toEqual(['Jagdish Bhagwati', 'Arvind Panagariya']);
  });

  it('names the guest a host’s note over the text says wrote the piece, not the host the byline names (OnStartups: "The following is a guest post from Dr. Jared Scherz, founder at …")', () => {
    const { essay } = excerpt('tuning/aq-onstartups-startup-psychology-awareness', [1, 112]);
    expect(essay.meta.authors).toEqual(['Jared Scherz']);
  });

  it('takes the text’s first paragraph for the text, not a standfirst, when a note of thanks stands under it (Decidim: "We thank the petites singularités association …")', () => {
    const { essay } = excerpt('tuning/aw-decidim-eu-funding-free-software', [1, 12]);
    expect(essay.meta.subtitle).toBeNull();
    expect(firstParagraph(essay)).toMatch(/^The Decidim Association is joining other organisations/);
  });

  it('takes no selector’s value for the publication, the line under its label ("Edition:" / "Africa"), however often the page names it (The Conversation)', () => {
    const { essay } = excerpt('tuning/aq-theconversation-storm-ciaran', [1, 143]);
    expect(essay.meta.publication).not.toBe('Africa');
    expect(essay.meta.publication).toContain('The Conversation');
  });

  it('takes writers listed each over a role of their own, under an "Authors" label, for the byline’s writers, not the second for a photo’s credit (The Conversation)', () => {
    const { essay, removed } = excerpt('tuning/aq-theconversation-storm-ciaran', [1, 60]);
    expect(essay.meta.authors).toEqual(['Colin Manning', 'Hayley J. Fowler']);
    // The writers' funding, disclosed over the text, is no standfirst and no part of the text.
    expect(essay.meta.subtitle).toBeNull();
    for (const line of [31, 33, 39]) expect(removed.get(line)).toBe('end-matter');
  });

  it.each([
    ['c-prospect-anglosphere', 'Prospect'],
    ['q-nation-christie-exit', 'The Nation'],
    ['m-fool-esports-bets', null],
    ['k-techreview-crispr-patents', null],
  ])(
    'takes no menu’s label printed twice for the publication, only a name in the masthead or one the page names as a publication (%s: %s)',
    (name, publication) => {
      const path = join(import.meta.dirname, `../../corpus/tuning/${name}/essay.txt`);
      expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.publication).toBe(publication);
    },
  );

  it.each([
    // Named elsewhere as a publication: a handle or quoted, "Follow @azizonomics"; in French, "Suivre l'Opinion".
    ['ae-azizonomics-easy-money-finance', 'azizonomics'],
    ['aj-lopinion-glyphosate-intoxication', "l'Opinion"],
    // Written in capitals at the top, as another line writes it: "DORF ON LAW" … "Dorf on Law on Facebook".
    ['af-dorfonlaw-wasted-talent', 'Dorf on Law'],
    // A site's address; a name the footer prints alone again.
    ['v-davidbau-vibe-coding', 'davidbau.com'],
    ['x-carnegie-tax-capital-inflows', 'Carnegie Endowment for International Peace'],
    // Not a motto opening with "A", printed again in the footer: the copyright's holder is the publication, without the
    // writers named with it ("Copyright © 1993-2020 Boston Review and its authors."), as the essay’s key names it: read so since 12c5f7a.
    ['ai-bostonreview-pulse-oximeter-bias', 'Boston Review'],
  ])('takes the page’s first line, its masthead, for the publication when the page names it so (%s: %s)', (name, publication) => {
    const path = join(import.meta.dirname, `../../corpus/tuning/${name}/essay.txt`);
    expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.publication).toBe(publication);
  });

  it.each([
    // "Follow Grist", "Support Grist's nonprofit mission".
    ['ak-grist-oil-boom', 'Grist'],
    // "Vox homepage", "Follow Vox online:", "Vox main menu".
    ['e-vox-delhi-air-pollution', 'Vox'],
    // "Bess Levin is a politics correspondent at Vanity Fair.", "More from Vanity Fair".
    ['aa-vanityfair-levin-vaccine-summit', 'Vanity Fair'],
  ])('takes the name the page’s own lines give the site, in two lines or more, for the publication (%s: %s)', (name, publication) => {
    const path = join(import.meta.dirname, `../../corpus/tuning/${name}/essay.txt`);
    expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.publication).toBe(publication);
  });

  it('counts a menu printed several times as one line naming the site ("View Jobs" four times is no publication, Education Week)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/t-edweek-tutoring-effectiveness/essay.txt');
    expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.publication).not.toBe('View');
  });

  it('takes no letter’s salutation by the date, "Dear Mark Zuckerberg", for a byline: it is the title (Dalton Caldwell)', () => {
    const { essay } = excerpt('tuning/al-daltoncaldwell-dear-mark-zuckerberg', [1, 43]);
    expect(essay.meta).toMatchObject({ title: 'Dear Mark Zuckerberg', date: '2012-08-01' });
    expect(essay.meta.authors).not.toContain('Dear Mark Zuckerberg');
  });

  it('takes the name signing a letter under its closing, "Respectfully," / "Dalton Caldwell", for the writer when nothing else names one (Dalton Caldwell)', () => {
    expect(excerpt('tuning/al-daltoncaldwell-dear-mark-zuckerberg', [1, 43]).essay.meta.authors).toEqual(['Dalton Caldwell']);
    // (And the name's line with a note under it: "Sincerely," / "John Call" / "[Contact information redacted …]".)
    expect(excerpt('tuning/bd-jcall-medical-patent-reform', [1, 76]).essay.meta.authors).toEqual(['John Call']);
  });

  it.each([
    // Front matter's `lead` and `subhead` name the standfirst (Laws.Africa, Abhi Nemani).
    ['ae-lawsafrica-online-legislation-practices/essay.md', "Laws.Africa's best practices for publishing African legislation online."],
    ['i-abhinemani-beyond-data-portals/essay.md', 'What could be subtitled, biting the hand that feed me'],
    // A link's label is none: `summary: "Read more..."` (ReSA).
    ['ai-resa-governments-research-software/essay.md', null],
    // A section's label before a bar is no part of it: "COMMENTARY | Agentic government is not …" (Nextgov/FCW).
    [
      'v-nextgov-agentic-government/essay.txt',
      'Agentic government is not a future concept. It is a practical operational model agencies can adopt today.',
    ],
    // Over a credit that says what it is, bracketed ("[Photo: jayk7/Getty Images]"), the line is the standfirst, not a caption (Fast Company).
    [
      'x-fastcompany-boss-remote-work/essay.txt',
      'Leaders are weighing the benefits of some forms of remote schedules against company-wide efficiency.',
    ],
  ])('reads the standfirst of %s as %s', (file, subtitle) => {
    const path = join(import.meta.dirname, `../../corpus/tuning/${file}`);
    expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.subtitle).toBe(subtitle);
  });

  it('takes no section of the site for the publication ("Books", "COMMENTARY"): the copyright\'s holder or the page\'s own lines name it (The New Republic, Baltimore Sun)', () => {
    const read = (name: string): string | null => {
      const path = join(import.meta.dirname, `../../corpus/tuning/${name}/essay.txt`);
      return parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.publication;
    };
    expect(read('c-tnr-collapse-neoliberalism')).toBe('The New Republic');
    expect(read('ai-baltsun-tv-meets-2020')).not.toBe('COMMENTARY');
  });

  it('takes the date of a note saying where the text came out first when nothing else dates it (MESA: "Reprinted from the … Bulletin, July 1995")', () => {
    const { essay, removed } = excerpt('tuning/ag-mesa-future-middle-east-studies', [1, 14]);
    expect(essay.meta).toMatchObject({ title: 'Is There a Future for Middle East Studies?', date: '1995-07' });
    expect(removed.has(8)).toBe(true);
  });

  it('reads names alone, a writer to a line, right under a title with the date right over it as the byline, and a label over other names under them as their credit (OSW)', () => {
    const { essay, body, removed } = excerpt('tuning/ag-osw-czech-explosions', [20, 36]);
    expect(essay.meta).toMatchObject({ authors: ['Mateusz Gniazdowski', 'Martyna Wasiuta'], date: '2021-04-20', subtitle: null });
    // "Współpraca" / "Mateusz Seroka, Piotr Żochowski": the two who cooperated, neither writers nor a heading.
    expect(removed.get(27)).toBe('caption');
    expect(removed.get(28)).toBe('caption');
    expect(body[0]).toBe(30);
  });

  it('takes the byline printed again over the text, in capitals with a space before it, for the byline’s, not a heading (Makronom)', () => {
    const { essay, body, removed } = excerpt('tuning/ag-makronom-ressourcenschutzgesetz', [55, 80]);
    expect(essay.meta.authors).toEqual(['Clara Löw', 'Siddharth Prakash', 'Klaus Jacob']);
    expect(removed.has(67)).toBe(true);
    expect(body).not.toContain(67);
    expect(essay.sections.map((section) => section.title)).not.toContain('CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB');
  });

  it('reads the writer’s affiliation set right under the name as the byline’s, not a heading ("Donald R. Hopkins" / "The Carter Center, Atlanta, Georgia, USA", Emerging Infectious Diseases)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/ac-cdceid-guinea-worm-lessons/essay.txt');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta.authors).toEqual(['Donald R. Hopkins']);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'The Guinea Worm Eradication Campaign',
      "The Campaign's Implications for Other Diseases",
    ]);
    expect(firstParagraph(essay)).toMatch(/^The dracunculiasis \(Guinea worm\) eradication campaign/);
  });

  it('takes the byline’s date over a front matter time stamp a day off it, the same day in another time zone (Platformer)', () => {
    // `date: Wed, 21 Jan 2026 01:00:50 +0000` (the email's, in UTC) over "By Casey Newton • 20 Jan 2026".
    const { essay } = excerpt('tuning/n-platformer-meta-scam-ads-uk', [1, 40]);
    expect(essay.meta).toMatchObject({ date: '2026-01-20', authors: ['Casey Newton'] });
  });

  it('reads a name alone under the date, a blank line apart, as the byline, not a heading (WordPress.com)', () => {
    const { essay, parts } = excerpt('tuning/m-wordpresscom-diverse-contributors', [1, 60]);
    expect(essay.meta).toMatchObject({ authors: ['Andrea Middleton'], date: '2019-06-19' });
    expect(parts).not.toContain('Andrea Middleton');
  });

  it('takes the byline’s date under the title over the masthead’s date of the day far above it (Washington Examiner)', () => {
    const { essay } = excerpt('tuning/n-washingtonexaminer-prince-andrew-interview', [1, 125]);
    expect(essay.meta).toMatchObject({ authors: ['Madeline Fry'], date: '2019-11-18' });
  });

  it('gives a slug’s first name the surname the text writes with it; a slug without one is capitalised (Digital Rights Watch, UBI Center)', () => {
    expect(excerpt('tuning/p-digitalrightswatch-wa-privacy-bill', [1, 40]).essay.meta.authors).toEqual(['Piotr Debowski']);
    expect(excerpt('tuning/p-digitalrightswatch-online-safety-inquiry', [1, 40]).essay.meta.authors).toEqual(['Sam']);
    expect(excerpt('tuning/f-ubicenter-uk-land-dividend', [1, 40]).essay.meta.authors).toEqual(['Max', 'Nikhil', 'Charles']);
  });

  it('takes the guest a newsletter’s introduction names as the piece’s writer, past the list of judges (ChinaTalk)', () => {
    expect(excerpt('tuning/g-chinatalk-industrial-base', [1, 40]).essay.meta.authors).toEqual(['Jahara Matisek']);
  });

  it('takes a short title in sentence case over its standfirst, past the share buttons under the byline (Aeon)', () => {
    const { essay } = excerpt('tuning/s-aeon-building-embryos', [1, 60]);
    expect(essay.meta).toMatchObject({ title: 'Building embryos', authors: ['John Wallingford'] });
    expect(essay.meta.subtitle).toMatch(/^For 3,000 years, humans have struggled/);
  });

  it('reads a run of tags in alphabetical order between the title and the byline as chrome, and finds the title over them (ConservativeHQ)', () => {
    const { essay, removed, body } = excerpt('tuning/s-conservativehq-rented-evangelicals', [1, 60]);
    expect(essay.meta).toMatchObject({ title: 'Beware Soros\'s "Rented Evangelicals"', authors: [], date: '2018-10-17' });
    for (let line = 15; line <= 36; line++) expect(removed.get(line), `line ${line}`).toBe('navigation');
    expect(body[0]).toBe(39);
  });

  it('takes the full name a copyright line names over the page’s short name for itself in its menu (Baltic Security Foundation: "The Foundation")', () => {
    expect(excerpt('tuning/ad-balticsecurity-future-of-belarus', [1, 215]).essay.meta.publication).toBe('Baltic Security Foundation');
  });

  it('does not take a menu word for the publication because a tag holds it (ebb.org)', () => {
    expect(excerpt('tuning/h-ebb-controversial-events', [1, 177]).essay.meta.publication).toBeNull();
  });

  it('takes a site’s account ("author: admin", "author: Guest") for nobody (Zach Beauvais, Connected by Data)', () => {
    expect(excerpt('tuning/r-beauvais-care-data-opt-out', [1, 30]).essay.meta.authors).toEqual([]);
    expect(excerpt('tuning/i-connectedbydata-public-voices-ai', [1, 30]).essay.meta.authors).not.toContain('Guest');
  });

  it('takes a question over a line in sentence case for the headline over its dek; a byline with its reading time; the picture’s credit under it, though it starts in lower case (Education Week)', () => {
    const { essay, removed } = excerpt('tuning/t-edweek-tutoring-effectiveness', [1, 130]);
    expect(essay.meta).toMatchObject({
      title: 'Why Hasn’t Tutoring Been More Effective?',
      authors: ['Sarah Schwartz'],
      date: '2025-11-18',
    });
    expect(essay.meta.subtitle).toBe('Implementation continues to complicate even well-studied interventions');
    expect(removed.get(90)).toBe('caption');
    expect(removed.get(92)).toBe('social');
    expect(removed.get(94)).toBe('social');
  });

  it('reads names set apart from their role as the byline though the text follows right under it, past the caption’s button (The Commercial Appeal)', () => {
    const { essay, removed, body } = excerpt('tuning/t-commercialappeal-meditation', [1, 40]);
    expect(essay.meta.authors).toEqual(['Manoj Jain', 'Jagpreet Chhatwal']);
    expect(essay.meta.subtitle).toMatch(/^In a world marked by war/);
    expect(removed.get(11)).toBe('navigation');
    expect(body[0]).toBe(13);
  });

  it('takes the writer an editor’s note names ("This blog post was authored by …") when the byline names the firm the text writes as a place (BD+C)', () => {
    expect(excerpt('tuning/t-bdc-ai-cd-set', [1, 90]).essay.meta.authors).toEqual(['Jake Donaldson']);
  });

  it('reads a copyright holder’s name with its middle initial whole, and a writer holding it as no publication (Grumpy Economist)', () => {
    expect(excerpt('tuning/o-grumpyeconomist-free-market-vaccines', [1, 1191]).essay.meta).toMatchObject({
      authors: ['John H. Cochrane'],
      publication: null,
    });
  });

  it('reads the copyright’s holder without the footer links copied onto its line (Harper’s)', () => {
    // 228 "© Copyright 2020 Harper's Magazine Foundation Do Not Sell My Personal Information".
    expect(excerpt('tuning/z-harpers-letter-justice-open-debate', [1, 240]).essay.meta.publication).toBe("Harper's Magazine Foundation");
  });

  it('reads a standfirst of two long sentences above a byline of a date and a name, and the tags under it, the last one too (pv magazine)', () => {
    const { essay, removed, parts } = excerpt('tuning/m-pvmagazine-korea-solar-roadmap', [1, 200]);
    for (let line = 136; line <= 140; line++) expect(removed.has(line), `line ${line}`).toBe(true);
    expect(parts).not.toContain('South Korea');
    expect(essay.meta).toMatchObject({ authors: ['Emiliano Bellini'], date: '2019-11-20' });
    expect(essay.meta.subtitle).toMatch(/^The government has unveiled a plan to help the PV industry/);
  });

  it('takes the writer a front matter’s summary names as a guest post’s ("A guest post from Tony Bowden about …"), and the bio under the text that opens with their name and a bio’s verb (OpenSanctions)', () => {
    const { essay, bio } = excerpt('tuning/ab-opensanctions-cia-world-leaders', [1, 77]);
    expect(essay.meta.authors).toEqual(['Tony Bowden']);
    // 77 "*Tony Bowden created the EveryPolitician project at mySociety in 2015, …*"
    expect(bio).toEqual([77]);
  });

  it('takes the paragraph set apart from the text by a row of buttons under the headline for the standfirst (spiked)', () => {
    const { essay, removed } = excerpt('tuning/ab-spiked-obama-mania', [1, 100]);
    expect(essay.meta.subtitle).toMatch(/^He has charisma, a good physique/);
    expect(removed.get(86)).toBe('social');
  });

  it('reads a byline set as a comment’s header is, a name and a date with its time, right under the title (Big Think)', () => {
    const { essay } = excerpt('tuning/ab-bigthink-sandy-diy-urbanism', [1, 40]);
    // 19 "Daniel Honan on November 8, 2012, 12:00 AM"
    expect(essay.meta).toMatchObject({ authors: ['Daniel Honan'], date: '2012-11-08' });
    expect(essay.meta.subtitle).toBeNull();
  });

  it('reads a byline of a name, a weekday and a date with a British time of day, its dot and "pm" (The Stack)', () => {
    const { essay } = excerpt('tuning/ay-thestack-adblock-blocking-sites', [1, 30]);
    // 15 "Martin Anderson Thu 21 Apr 2016 4.37pm"
    expect(essay.meta).toMatchObject({ authors: ['Martin Anderson'], date: '2016-04-21' });
    expect(essay.meta.subtitle).toBeNull();
  });

  it('reads a name alone under the dateline for the byline, not a caption, when the caption under it carries its own labelled credit (Havana Times)', () => {
    const { essay, removed } = excerpt('tuning/az-havanatimes-wikileaks-press-freedom', [1, 60]);
    // 44 "October 20, 2010 |  Print This Post  Email to a Friend", 46 "Guillermo Fernandez Ampie", 48 "US troops in Afghanistan. Photo: wikimedia.commons.org"
    expect(essay.meta).toMatchObject({ authors: ['Guillermo Fernandez Ampie'], date: '2010-10-20' });
    expect(removed.has(48)).toBe(true);
  });

  it('removes a list of categories and tags under the dateline, with no label, the writer’s name glued to the first (azizonomics)', () => {
    const { essay, removed } = excerpt('tuning/ae-azizonomics-easy-money-finance', [1, 20]);
    // 16 "Aziz Economic History, Economics, Federal Reserve, Inflation, Wall Street cantillon effect, financial sector, …"
    expect(removed.has(16)).toBe(true);
    expect(essay.meta.date).toBe('2012-08-08');
  });

  it('takes no list of names under the dateline for tags', () => {
    const essay = parseEssay({
      path: 'names.txt',
      text: 'The Case for Cheaper Housing Now\n\nMarch 3, 2021\n\nJane Doe, John Roe, Ann Lee, Bob Ray, Tim Kay\n\nCities have made housing scarce by law. This essay says how to change that, and why the change would pay for itself within a decade of steady building.\n',
    });
    expect(essay.removed.map((removal) => removal.line)).not.toContain(5);
  });

  it('takes a name alone under the title’s one-sentence standfirst for the byline, over the text (ACM Queue)', () => {
    const { essay, parts } = excerpt('tuning/ab-acmqueue-memory-safety-skeptics', [1, 30]);
    expect(essay.meta.subtitle).toBe("If you're tired of hearing about memory safety, this article is for you.");
    expect(essay.meta.authors).toEqual(['Andrew Lilley Brinker']);
    expect(parts).not.toContain('Andrew Lilley Brinker');
  });

  it('takes the last of the tags set right under the standfirst for a tag, the one above it a label the page prints twice (Nextgov: "Artificial Intelligence" / "Workforce")', () => {
    const { removed, parts } = excerpt('tuning/v-nextgov-agentic-government', [1, 140]);
    expect(removed.get(97)).toBeDefined();
    expect(removed.get(98)).toBeDefined();
    expect(parts[0]).toBe('Orchestration Over Silos');
  });

  it('takes the last entry of a menu set line under line for the menu’s, with no byline between the title and it (Peter Amerkhanian: "Source Code" / "Other Formats" / "MS Word")', () => {
    const { removed, parts, body } = excerpt('tuning/w-amerkhanian-sf-law-enforcement', [1, 40]);
    expect(removed.get(26)).toBeDefined();
    expect(parts).not.toContain('MS Word');
    expect(body[0]).toBe(28);
  });

  it('takes the headline under the byline past a section label and tags, before the blog’s name over it; the article before its longer comments (WSJ)', () => {
    const { essay, body } = excerpt('tuning/m-wsj-startups-sales-not-marketing', [1, 260]);
    expect(essay.meta).toMatchObject({
      title: 'Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing',
      date: '2014-06-03',
    });
    expect(body[0]).toBe(109);
    expect(body).toContain(131);
  });

  it('takes the headline above a byline spread over lines, not the author’s tagline under it (Washington Post)', () => {
    const { essay } = excerpt('tuning/e-washingtonpost-name-names', [1, 70]);
    expect(essay.meta).toMatchObject({ title: 'Enough platitudes: Let’s name names', authors: ['Jennifer Rubin'], date: '2018-10-29' });
  });

  it('takes the headline over its dek, two long lines stacked above the byline (CBS Sports)', () => {
    const { essay } = excerpt('tuning/k-cbssports-mlb-salaries', [1, 260]);
    expect(essay.meta).toMatchObject({
      title: 'Why, despite the complaints of many, MLB players are actually not overpaid',
      subtitle: 'Fan backlash against league-wide salaries is wholly misguided',
      authors: ['Matt Snyder'],
      date: '2016-12-19',
    });
  });

  it('reads a byline whose "By" runs into the name ("ByMalcolm Harris | January 14, 2015") (Talking Points Memo)', () => {
    const { essay } = excerpt('tuning/k-tpm-kobane-confederalism', [1, 120]);
    expect(essay.meta).toMatchObject({
      title: "The Small Miracle You Haven't Heard About Amid the Carnage in Syria",
      authors: ['Malcolm Harris'],
      date: '2015-01-14',
    });
  });

  it('takes a line set against a bare photo credit for the caption, not the standfirst (FiveThirtyEight, LA Times)', () => {
    const fte = excerpt('tuning/e-fivethirtyeight-endorsement-race', [1, 40]);
    expect(fte.essay.meta.subtitle).toBeNull();
    expect(fte.removed.get(26)).toBe('caption');
    const lat = excerpt('tuning/e-latimes-gannett-gatehouse', [95, 125]);
    expect(lat.removed.get(107)).toBe('caption');
  });

  it('keeps the standfirst above a credit that says what it is ("Photograph: …") (WIRED)', () => {
    const { essay } = excerpt('tuning/e-wired-banking-broke', [1, 40]);
    expect(essay.meta.subtitle).toBe('Our present financial ruin is being turned into a business model.');
  });

  it('passes over a comment counter to the standfirst ("New, 203 comments") (The Verge)', () => {
    const { essay, removed } = excerpt('tuning/e-theverge-att-zero-rating', [85, 130]);
    expect(removed.get(95)).toBe('counter');
    expect(essay.meta.subtitle).toBe('‘Mobilizing Your World’ sounds like a threat now');
  });

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
  it('takes the title-case headline right above a "By … - date" byline, not a menu item the page repeats above it (The Motley Fool)', () => {
    const { essay } = excerpt('tuning/m-fool-esports-bets', [1, 360]);
    expect(essay.meta).toMatchObject({
      title: "Why Amazon and Activision Blizzard Are Betting on eSports As Gaming's Next Big Thing",
      authors: ['Keith Noonan'],
      date: '2017-01-09',
    });
  });

  it('reads a name with its role glued on ("Gina TrapaniCEO") as the byline though related posts repeat it, and the date printed under the text (Postlight)', () => {
    const { essay, removed } = excerpt('tuning/h-postlight-be-the-thermostat', [1, 146]);
    expect(essay.meta).toMatchObject({ title: 'Three Ways to Be the Thermostat', authors: ['Gina Trapani'], date: '2022-10-05' });
    expect(essay.meta.subtitle).toBe('Great leaders set the temperature, especially when stress is high.');
    expect(removed.get(88)).toBe('navigation');
  });
  it('names the writer from a follow link under the text when the page prints no byline ("On Twitter: Follow Wendy Koch and …") (National Geographic)', () => {
    const { essay, removed } = excerpt('tuning/m-natgeo-office-temperature-gender-bias', [1, 70]);
    expect(essay.meta.authors).toEqual(['Wendy Koch']);
    expect(removed.get(56)).toBe('social');
  });
  it('prefers the year and month in the page’s address to a clipper’s `published` date years away from it (Arms Control Today)', () => {
    const { essay } = excerpt('tuning/j-armscontrol-iran-verification', [1, 20]);
    expect(essay.meta.date).toBe('2014-09');
  });
  it('takes no menu word for the publication ("More", a word the page writes in lower case), but the holder of "Copyright © 2019, …" (Vox, LA Times)', () => {
    expect(excerpt('tuning/e-vox-trump-twitter-harassment', [1, 191]).essay.meta.publication).not.toBe('More');
    expect(excerpt('tuning/e-latimes-gannett-gatehouse', [1, 288]).essay.meta.publication).toBe('Los Angeles Times');
  });
  it('passes over a free-article notice and a stock quote box under the byline, its time of day too, to the standfirst (The Motley Fool)', () => {
    const { essay, removed, parts } = excerpt('tuning/m-fool-esports-bets', [1, 520]);
    for (const line of [312, 314, 316, 321, 322]) expect(removed.has(line), `line ${line}`).toBe(true);
    expect(essay.meta.subtitle).toBe("Some of tech's biggest players see huge potential in the global reach and accessibility of eSports.");
    expect(parts[0]).not.toMatch(/^Price as of/);
  });
  it('takes a newsletter’s sender for its writer, not when the text calls the name a publication ("at Silver Bulletin"); a newsletter named after its writer is no publication (Crucial Years, Silver Bulletin)', () => {
    const crucial = excerpt('tuning/n-crucialyears-solar-solidarity', [1, 40]).essay.meta;
    expect(crucial).toMatchObject({ authors: ['Bill McKibben'], publication: 'The Crucial Years' });
    const silver = excerpt('tuning/g-silverbulletin-political-violence', [1, 45]).essay.meta;
    expect(silver).toMatchObject({ authors: [], publication: 'Silver Bulletin' });
  });
  it('takes the nearest headline above the byline that is no name, date or label: not the writer’s name set alone (Gizmodo)', () => {
    const { essay } = excerpt('tuning/n-gizmodo-apple-innovation-backwards', [1, 400]);
    expect(essay.meta).toMatchObject({ title: 'The Future of Apple Innovation Is Backwards', authors: ['Adam Clark Estes'] });
  });

  it('does not read a headline of capitalised words ("On Recent Controversial Events") as a name (Bradley M. Kuhn)', () => {
    const { essay } = excerpt('tuning/h-ebb-controversial-events', [1, 177]);
    expect(essay.meta).toMatchObject({ title: 'On Recent Controversial Events', authors: ['Bradley M. Kuhn'] });
  });
});

/** Batch o (tuning): page headers and front matter of forms the earlier corpus lacked. */
describe('header pass: labels, footers and front matter', () => {
  it('takes no publication that the chrome rules read as a line of the page, here a copyright line’s run-on (PolitiFact)', () => {
    const { essay } = excerpt('tuning/h-politifact-tariffs-guide', [1, 363]);
    expect(essay.meta.publication).toBeNull();
  });

  it('reads a byline set as labels over their values: "Author of the article:" / name, "Publishing date:" / date (Financial Post)', () => {
    const { essay } = excerpt('tuning/o-financialpost-canadian-chips', [1, 120]);
    expect(essay.meta).toMatchObject({ authors: ['Barbara Shecter'], date: '2021-04-30' });
  });

  it('takes a short headline in title case under a blog’s date header as the title, not the blog’s tagline over it, nor a name (Grumpy Economist)', () => {
    const { essay } = excerpt('tuning/o-grumpyeconomist-free-market-vaccines', [1, 110]);
    expect(essay.meta.title).toBe('Free Market Vaccines');
    expect(essay.meta.authors).toEqual(['John H. Cochrane']);
  });

  it('takes a heading in title case right under the title for the first section, not the standfirst; the front matter’s abstract is that (Ovabor)', () => {
    const { essay } = excerpt('tuning/ah-ovabor-nigeria-data-protection-act', [1, 26]);
    expect(essay.meta.subtitle).toMatch(/^The Act does not pertain to the monetary value of internet data/);
    expect(essay.sections[0]?.title).toBe('A Brief History of Data Protection Laws in Nigeria');
  });

  it('takes the headline over a date alone for the title, not the section under the date (TMS Ruge)', () => {
    // 1–5 the menu / 6 "Your White Savior Complex is detrimental to my development" / 7 "March 21, 2016" /
    // 8 "International Development" / 11 the text.
    const { essay } = excerpt('tuning/au-tmsruge-white-savior', [1, 14]);
    expect(essay.meta.title).toBe('Your White Savior Complex is detrimental to my development');
    expect(essay.meta.date).toBe('2016-03-21');
  });

  it('takes a two-word title in capitals under a blog’s date header, the text right under it, not the blog’s tagline (davidbau.com)', () => {
    const { essay } = excerpt('tuning/v-davidbau-vibe-coding', [1, 20]);
    expect(essay.meta.title).toBe('Vibe Coding');
    expect(essay.meta.date).toBe('2025-12-16');
  });

  it('reads a name beside a time counted back ("18 hr ago") as the byline, though the page repeats the name (Slow Boring)', () => {
    const { essay } = excerpt('tuning/o-slowboring-musk-china-ties', [1, 244]);
    expect(essay.meta.authors).toEqual(['Matthew Yglesias']);
  });

  it.each(['publishedDate', 'publication_date', 'published_on', 'issued'])('reads the date under a front matter key named %s', (key) => {
    const text = `---\ntitle: Der Koalitionsvertrag\n${key}: 2025-05-05\n---\n\nEin Absatz mit einem Satz. Und noch einer.\n`;
    expect(parseEssay({ path: 'post.md', text }).meta.date).toBe('2025-05-05');
  });

  it('drops the team after a bar from an author’s name in front matter ("Nick Eng | DSSG") (datos.gob.mx)', () => {
    expect(excerpt('tuning/bd-datosgobmx-mortalidad-materna', [1, 45]).essay.meta.authors).toEqual(['Nick Eng']);
  });

  it('drops the role after an author’s name in front matter ("Josh Aas, ISRG Executive Director") (Let’s Encrypt)', () => {
    const { essay } = excerpt('tuning/o-letsencrypt-ca-role-phishing', [1, 20]);
    expect(essay.meta.authors).toEqual(['Josh Aas']);
  });

  it('names no author when front matter gives an organisation, one the text says has an Executive Director (Open Ownership)', () => {
    const { essay } = excerpt('tuning/o-openownership-fatf-recommendation-24', [1, 20]);
    expect(essay.meta.authors).toEqual([]);
  });
});

describe('title: the headline that names the text', () => {
  // Lines of a Fox News page copy, exactly as rendered (scrapinghub/article-extraction-benchmark,
  // html/eb62ac84…): a video teaser's headline sits between the article's headline and its text.
  const FOX = [
    'Taylor Swift',
    'Published 1 day ago',
    'Scooter Braun allegedly ‘frustrated’ with Big Machine partner Scott Borchetta amid Taylor Swift feud: report',
    'By Julius Young | Fox News',
    'Facebook',
    'Twitter',
    'Flipboard',
    'Comments',
    'Print',
    'Email',
    'close',
    'Video',
    "Taylor Swift's big night; Britney Spears' new pop-up",
    '',
    "Hollywood Nation: Taylor Swift will be honored with the coveted Artist of the Decade award at the 2019 American Music Awards ceremony; Britney Spears is giving devoted followers the ultimate fan experience with a Los Angeles pop-up and retail shop celebrating the pop star's iconic career opening in January 2020.",
    '',
    'Scooter Braun is allegedly unhappy with the way his business partner Scott Borchetta has handled their ongoing public schism with  Taylor Swift, according to a new report by E! News.',
    '',
    '"Scooter is frustrated because his name is being dragged in the mud," an insider told the outlet on Monday. "He doesn\'t run Big Machine or have operational control of [the] company. He hasn\'t taken part in these negotiations."',
    '',
    'In the midst of an ongoing public fissure between Swift and her former record label, Big Machine Records, Braun, 38 – who reps the likes of Justin Beiber, Demi Lovato and Ariana Grande – has been trying to get a hold of Swift, 29, however the “Bad Blood” songstress allegedly hasn’t been returning Braun’s calls, the source further claimed to the outlet.',
    '',
    'TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs AMID FEUD WITH SCOOTER BRAUN, BIG MACHINE RECORDS: REPORT',
    '',
    'Scooter Braun and Scott Borchetta pose for a photo at a private residence on June 28, 2019 in Montecito, California. (Photo by Kevin Mazur/Getty Images for Ithaca Holdings)',
    '',
  ];

  it('takes the headline farther up that shares the text’s words over a teaser’s headline nearer the text', () => {
    const essay = parseEssay({ path: 'essay.txt', text: FOX.join('\n') });
    expect(essay.meta.title).toBe(
      'Scooter Braun allegedly ‘frustrated’ with Big Machine partner Scott Borchetta amid Taylor Swift feud: report',
    );
  });
});

/** Batch p (tuning): older blogs and magazine pages, and front matter of organisations. */
describe('header pass: batch p', () => {
  it('reads "Written By: <name> - <a date in a form not read>" as the byline, and takes the question under a menu label for the title (Healthcare Economist)', () => {
    const { essay } = excerpt('tuning/p-healthcareeconomist-compensating-differentials', [1, 60]);
    expect(essay.meta.title).toBe('Do more capable workers get better working conditions?');
    expect(essay.meta.authors).toEqual(['Jason Shafrin']);
  });

  it('takes the headline over a "STORY TOOLS" box, and the writers from "By …, with … and …, in Washington" under the text (BusinessWeek)', () => {
    const { essay } = excerpt('tuning/p-businessweek-budget-get-real', [1, 145]);
    expect(essay.meta.title).toBe('The Budget: Hey Guys, Get Real');
    expect(essay.meta.authors).toEqual(['Howard Gleckman', 'Paul Magnusson', 'Stan Crock']);
  });

  it('reads a one-word brand as the author in front matter ("GovFresh") as the publication, and "description: undefined" as no standfirst (GovFresh)', () => {
    const { essay } = excerpt('tuning/p-govfresh-software-principles', [1, 30]);
    expect(essay.meta).toMatchObject({ authors: [], publication: 'GovFresh', subtitle: null });
  });
});

/** Batch q (tuning): author boxes and bylines of magazine pages. */
describe('header pass: batch q', () => {
  it('reads "By Rachel Brazil0" (an affiliation mark against the name) as the byline, and the author box under it as the bio (Nature)', () => {
    const { essay, bio, body } = excerpt('tuning/q-nature-universities-in-exile', [1, 60]);
    expect(essay.meta).toMatchObject({
      title: 'Universities in exile: displaced scholars count the costs of starting afresh',
      authors: ['Rachel Brazil'],
      date: '2026-02-06',
    });
    expect(bio).toEqual([19]);
    expect(body).not.toContain(19);
  });

  it('reads a name beside the share buttons as the byline though the page repeats it, and "Politics / January 11, 2024" as section and date (The Nation)', () => {
    const { essay } = excerpt('tuning/q-nation-christie-exit', [1, 120]);
    expect(essay.meta).toMatchObject({ authors: ['John Nichols'], date: '2024-01-11', category: 'Politics' });
  });

  it('takes the byline that names four writers, not a tab’s label beside it ("Dive Deeper") (Daily Maverick)', () => {
    const { essay } = excerpt('tuning/q-dailymaverick-joburg-informal-traders', [1, 80]);
    expect(essay.meta.authors).toEqual(['Mamokete Modiba', 'Claire Benit-Gbaffou', 'Sarah Charlton', 'Tanya Zack']);
  });
});

/** A paragraph of running text, for a page's body. */
const FILLER =
  'The committee met twice last year and agreed on almost nothing, which surprised nobody who had followed its work since the first hearing in the spring.';

describe('header pass: writers above the title and under it', () => {
  it('reads the writer’s bio set over the text as the bio, not the standfirst (Leader to Leader)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/as-leadertoleader-conductorless-orchestra/essay.txt');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta.subtitle).toBeNull();
    // 19 "Harvey Seifter, a classically trained musician, is the Executive Director of Orpheus Chamber Orchestra. …"
    expect(essay.bio.map((paragraph) => paragraph.lines.start)).toEqual([19]);
  });

  it('opens a speech’s text with its thanks to the host, not the standfirst (the Surgeon General)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/ar-hhs-surgeon-general-alcohol/essay.txt');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta.subtitle).toBeNull();
    expect(essay.intro[0]?.text).toMatch(/^Thanks for that terrific introduction, Dr\. Runge\./);
  });

  it('takes the writer the standfirst names over a handle: "Joshua Renken considers the pros and cons …" over "Jr2514" (Felix)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/aq-felix-electoral-reform/essay.md');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta.authors).toEqual(['Joshua Renken']);
  });

  it('takes no newsmaker a standfirst opens with for the writer ("Boris Johnson warns …")', () => {
    const text = [
      'The Cost of Leaving',
      '',
      'Boris Johnson warns that the bill for leaving the customs union will fall on exporters first.',
      '',
      'Exporters in the north of the country have spent the year preparing for new checks at the border, and many say the costs are higher than expected.',
      '',
      'The government has promised support, but the details of the scheme will not be published before the spring, when the new rules take effect.',
    ].join('\n');
    expect(parseEssay({ path: 'essay.txt', text }).meta.authors).toEqual([]);
  });

  it('keeps an editor’s introduction that names the writer and speaks of the piece as the standfirst (freshmeat.net)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/ac-freshmeat-linux-security/essay.txt');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta.subtitle).toMatch(/^Jon Lasser began the Bastille Linux Project .* In today's editorial, he shares his concerns/);
  });

  it('takes the byline under the title over a teaser’s above it (Amateur Photographer)', () => {
    // "by Geoff Harris" signs a teaser in a box over the article; "Joshua Waller" is the byline under the title.
    expect(page('amateurphotographer-camera-types').meta.authors).toEqual(['Joshua Waller']);
  });

  it('keeps a writer above the title when none is under it', () => {
    const essay = parseEssay({
      path: 'e.txt',
      text: ['By Jane Doe', '', 'March 3, 2021', '', 'The Long Road to Fiscal Union', '', FILLER, '', FILLER].join('\n'),
    });
    expect(essay.meta.authors).toEqual(['Jane Doe']);
  });

  it('takes no picture credit under the title for a writer (Veranda)', () => {
    const essay = parseEssay({
      path: 'e.txt',
      text: ['The Top 25 Hosting Trends of 2025', '', 'Ryan Ray Photography', '', FILLER, '', FILLER].join('\n'),
    });
    expect(essay.meta.authors).toEqual([]);
  });
});

describe('header pass: the publication', () => {
  it('takes no word of the menus over the title for the publication, when no sentence writes it as a name ("Policy", "Jobs")', () => {
    // (Not "Policy": the name its own lines give the site, "The Verge homepage", "Follow The Verge online:", as the key has it.)
    expect(excerpt('tuning/e-theverge-att-zero-rating', [1, 200]).essay.meta.publication).toBe('The Verge');
    expect(excerpt('tuning/t-edweek-tutoring-effectiveness', [1, 150]).essay.meta.publication).toBeNull();
  });
});

describe('header pass: names far above the title', () => {
  it('takes no menu entry far above the title, with no date near it, for the writers ("Human Resources Career Path", "HR Assistant")', () => {
    const essay = page('hruniversity-consulting-firms');
    expect(essay.meta).toMatchObject({ title: '15 Best HR Consulting Firms 2026', authors: [] });
  });

  it('reads a date with a stop after the day, "December 19. 2025", as the byline’s date under the title (Prusa)', () => {
    const essay = page('prusa-open-community-license');
    expect(essay.meta.title).toBe('Open-sourcing CORE One CAD Files Under the New Open Community License (OCL)');
    expect(essay.meta.authors).toEqual(['Josef Průša']);
    expect(essay.meta.date).toBe('2025-12-19');
    expect(essay.intro[0]?.text).toMatch(/^Today, we are releasing the full CAD files/);
  });

  it('names the publication from a copyright’s holder without its legal form, its parent or a stamp before it (Aeon, CNET, National Geographic)', () => {
    expect(excerpt('tuning/s-aeon-building-embryos', [1, 248]).essay.meta.publication).toBe('Aeon');
    expect(excerpt('tuning/m-cnet-mobile-trends-2017', [1, 105]).essay.meta.publication).toBe('CNET');
    expect(excerpt('tuning/m-natgeo-office-temperature-gender-bias', [1, 61]).essay.meta.publication).toBe('National Geographic Society');
  });
});

describe('header pass: a promotion’s box over the text', () => {
  it('starts the text past a box of a few lines closed by "Read More", and reads on past an affiliate’s disclosure over the list (ZDNet)', () => {
    const essay = page('zdnet-tech-gadgets');
    expect(firstParagraph(essay)).toMatch(/^As the year comes to an end, it's time to sit back and reflect\./);
    const texts = bodyTexts(essay);
    // The box, another page's teaser, is not the text.
    expect(texts).not.toContain('The very best Black Friday deals and sales.');
    // "Disclosure: ZDNet may earn a commission …" stands over the list of gadgets, which is the text.
    expect(texts).toContainEqual(expect.stringMatching(/^Since the AirPods first launched in 2016/));
    // The disclosure itself is end matter wherever it stands; a shop's link under each product is the page's.
    expect(texts).not.toContainEqual(expect.stringMatching(/^Disclosure: ZDNet may earn a commission/));
    expect(essay.sections.map((section) => section.title)).not.toContain('See it now: Amazon');
  });
});

describe('header pass: a byline set out as labels over their values', () => {
  it('reads the line over "Author:" as the standfirst and starts the text under the byline’s lines (Practical Horseman)', () => {
    const essay = page('practicalhorseman-october');
    expect(essay.meta).toMatchObject({ title: '4 Things to Do in October', date: '2018-10-04' });
    expect(essay.meta.subtitle).toMatch(/^Practical Horseman's top picks for horsey events/);
    expect(firstParagraph(essay)).toMatch(/^CHEER ON Juniors and Young Riders/);
  });

  it('reads a name alone right under the title, over the text, as the byline when the text uses none of its words (driving-tests.org)', () => {
    // "Need a Change? 7 Vital Tips on How to Rent a Car" / "Andrei Zakhareuski" / "" / "If you suddenly get the urge …".
    const essay = page('drivingtests-rent-a-car');
    expect(essay.meta).toMatchObject({ title: 'Need a Change? 7 Vital Tips on How to Rent a Car', authors: ['Andrei Zakhareuski'] });
    expect(essay.sections.map((section) => section.title)).not.toContain('Andrei Zakhareuski');
  });

  it('keeps the text over a byline that closes the page, "Written by:" over a name with nothing under it: it heads no text', () => {
    const text = [
      'Choosing Drive Motors for a Mobile Robot',
      '',
      'When building a mobile robot, selecting the drive motors is one of the most important decisions you will make.',
      '',
      'Once you have an idea of what your robot will look like, start with some basic physics to get an idea of your needs.',
      '',
      'The third paragraph says more about the motors and the wheels, and it ends here with a plain sentence.',
      '',
      'Written by:',
      'Jane Smith',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.txt', text });
    expect(essay.meta.authors).toEqual(['Jane Smith']);
    expect(bodyTexts(essay)).toHaveLength(3);
  });

  it('reads a label the text uses right under the title, "Key Takeaways", as no name (splunk.com)', () => {
    const text = [
      '12 Must-Have Data Analysis Tools for 2026',
      'Key Takeaways',
      'Data analysis tools help organizations process and interpret large volumes of data, turning raw inputs into actionable insights that drive informed decision-making at every level.',
      'There is a wide spectrum of data analysis tools, from no-code spreadsheets and self-service BI dashboards to advanced programming languages, each balancing ease of use and analytical depth.',
      'The key question is which tool fits the team: the takeaways below compare them.',
    ].join('\n');
    expect(parseEssay({ path: 'essay.txt', text }).meta.authors).toEqual([]);
  });
});

describe('header pass: a date the page repeats', () => {
  it('reads the date printed over the title, under it and at the foot, which the repeats pass took for a label (Cleaning Services Seattle)', () => {
    // 20 and 23 "July 5, 2025", each over the writer’s name; again at 228.
    const essay = page('cleaningservices-san-diego');
    expect(essay.meta.date).toBe('2025-07-05');
    expect(essay.meta.lines.date).toBe(23);
  });
});

describe('header pass: a byline among the text’s first blocks', () => {
  it('reads the writer from a byline set under the opening paragraphs and a share button, when none stands above the text (MarketingSherpa)', () => {
    // 20, 22 the opening / 25 "Tweet" / 26 "by Daniel Burstein, Senior Director, Content & Marketing, …".
    const essay = page('marketingsherpa-pricing-data');
    expect(essay.meta.authors).toEqual(['Daniel Burstein']);
    expect(essay.meta.lines.authors).toBe(26);
  });
});

describe('header pass: a header the page lists again under the text', () => {
  it('keeps the title, the date and the writer that the page’s list of latest posts repeats, and reads the byline spread over lines past the tags (Mises Institute)', () => {
    // "Nagel on Reason" / … / "Tags:" / "Philosophy" / "12/19/2025" / "•" / "Friday Philosophy" / "•" / "David Gordon" / text,
    // and under the text "Latest Articles" lists the post again. The repeats pass took the three for the page's labels, and
    // the tags ran on over the byline: the title was a menu's link and the deck named no writer and no date.
    const essay = page('mises-nagel-reason');
    expect(essay.meta.title).toBe('Nagel on Reason');
    expect(essay.meta.authors).toEqual(['David Gordon']);
    expect(essay.meta.date).toBe('2025-12-19');
  });
});

describe('header pass: the byline printed again under a video', () => {
  it('reads the writer’s role under their name as the byline’s, not the first heading (Quanta Magazine)', () => {
    // "By Jordana Cepelewicz" / "Math Editor" / "December 18, 2025" under the video: "Math Editor" had headed the first part.
    const essay = page('quanta-year-in-mathematics');
    expect(essay.meta.authors).toEqual(['Jordana Cepelewicz']);
    expect(essay.sections.map((section) => section.title)).not.toContain('Math Editor');
    expect(essay.meta.publication).not.toBe('Read Later');
  });
});

describe('header pass: a picture’s credit under the byline', () => {
  it('takes a name alone under the byline that named the writer for the illustrator’s credit, not a heading (Scientific American)', () => {
    // "By Rowan Jacobsen" / "Natalya Balnova" / text: the illustrator had headed the first part.
    const essay = page('sciam-simple-cells');
    expect(essay.meta.authors).toEqual(['Rowan Jacobsen']);
    expect(essay.sections.map((section) => section.title)).not.toContain('Natalya Balnova');
    expect(firstParagraph(essay)).toMatch(/^The planarian is nobody's idea of a genius\./);
  });
});

describe('header pass: the publication over the title', () => {
  it('takes no columnist named in the menus for the publication, and the headline over its dek for the title (STAT)', () => {
    // "Columns" / "Adam Feuerstein" / … in the menus, "By Adam Feuerstein" on a teaser below: the columnist had been the
    // publication. "Manage alerts for this article" between the dek and the byline had made the dek the title.
    const essay = page('statnews-glp1-coverage');
    expect(essay.meta.title).toBe('Employers drop coverage for weight loss drugs as pharma’s direct-to-consumer programs grow');
    expect(essay.meta.publication).not.toBe('Adam Feuerstein');
    expect(essay.meta.authors).toEqual(['Elaine Chen']);
  });
});

describe('header pass: the title printed twice, and a site’s name before the date', () => {
  it('reads "Site- 2025/4/29" as the date and the title printed again under itself as neither standfirst nor caption (EcoFlow)', () => {
    // Lines 10–17 of the page, then its opening paragraph (tiptopjaw/web-content-extraction-benchmark, ecoflow.com).
    const text = [
      'Home',
      '/',
      'Blog',
      '/',
      'Laptop vs. Desktop: How Many Watts Does a Computer Use?',
      'Laptop vs. Desktop: How Many Watts Does a Computer Use?',
      'EcoFlow- 2025/4/29',
      'Table of contents',
      '',
      'Computers are part of our everyday routines, but how much energy do they actually use? Whether you’re streaming, designing, or just browsing, the difference between a laptop and a desktop’s power consumption can affect your electricity bill and your carbon footprint.',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.txt', text });
    expect(essay.meta).toMatchObject({
      title: 'Laptop vs. Desktop: How Many Watts Does a Computer Use?',
      date: '2025-04-29',
      subtitle: null,
    });
    expect(essay.removed.map((line) => line.line)).toContain(6);
  });
});

describe('header pass: a caption between the byline’s lines', () => {
  it('takes a short sentence between the time stamp and the byline for the picture’s caption, not the standfirst or the text (cleveland.com)', () => {
    // Lines 170–196 of the page (scrapinghub/article-extraction-benchmark, cleveland.com): its menus' last lines, then the article.
    const text = [
      'Current',
      'Tonight',
      'Tomorrow',
      'View Full Weather Report',
      'Subscribe',
      'The Plain Dealer',
      'Sun News',
      'Media Insider Rewards',
      'Sign In',
      'Close',
      'You are signed in as',
      '',
      'Edit ProfileSign Out',
      'Search',
      'Entertainment',
      'Doobie Brothers to reunite with Michael McDonald for Blossom show',
      'Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM',
      '',
      'The Doobie Brothers perform at the Beacon.',
      '',
      'By Troy L. Smith, Cleveland.com',
      '',
      'CLEVELAND, Ohio – The Doobie Brothers will look to ride a potential Rock and Roll Hall of Fame Induction into a 50th anniversary tour in 2020. And the band will do it with singer Michael McDonald.',
      '',
      'Rolling Stone reported details of the reunion tour that stops at Blossom Music Center on July 22. The trek will feature members Tom Johnston, Patrick Simmons, John McFee and McDonald together for the first time in 25 years. Tickets for the anniversary tour go on sale at 10 a.m. Friday, Dec. 6.',
      '',
      'The band unveiled its plans towards the close of its Monday night performance in Nashville, bringing out McDonald during an encore to perform “Takin’ It to the Streets.”',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.txt', text });
    expect(essay.meta).toMatchObject({
      title: 'Doobie Brothers to reunite with Michael McDonald for Blossom show',
      subtitle: null,
      authors: ['Troy L. Smith'],
    });
    expect(essay.removed.find((line) => line.line === 19)?.reason).toBe('caption');
    expect(firstParagraph(essay)).toMatch(/^CLEVELAND, Ohio/);
  });
});

describe('header pass: an updated date and the original one, each under its label', () => {
  it('takes the date the piece came out, not the date it was updated (Opposing Views)', () => {
    const essay = page('opposingviews-icahn');
    // "Updated:" / "Mar 6, 2018" / "Original:" / "Dec 21, 2016".
    expect(essay.meta.date).toBe('2016-12-21');
    expect(essay.meta.authors).toEqual(['Lauren Briggs']);
  });
});

describe('publication from a copyright line (real pages)', () => {
  const publicationOf = (path: string): string | null =>
    parseEssay({ path, text: readFileSync(join(import.meta.dirname, '../../corpus/tuning', path), 'utf8') }).meta.publication;

  it('drops the company word after a name of two words or more ("© 2012 The New York Times Company")', () => {
    expect(publicationOf('w-nytimes-primary-care-carried-interest/essay.txt')).toBe('The New York Times');
  });

  it('keeps it in a partners’ firm ("Dow Jones & Company")', () => {
    expect(publicationOf('m-wsj-startups-sales-not-marketing/essay.txt')).toBe('Dow Jones & Company');
  });
});

describe('a byline whose label "By" stands on a line of its own (Modern Diplomacy)', () => {
  const essay = parseEssay({
    path: 'essay.txt',
    text: readFileSync(join(import.meta.dirname, '../../corpus/tuning/w-moderndiplomacy-bangladesh-economy/essay.txt'), 'utf8'),
  });

  it('reads the name under it as the writer, though the writer’s address under the bio writes it in lower case, and not as the title', () => {
    expect(essay.meta.authors).toEqual(['Syeda Noshin Sharmily']);
    expect(essay.meta.title).toBe('Russia-Ukraine War: Wreaking havoc in Bangladesh’s economy');
  });
});

describe('a memo’s title block, labels over their values (Peter Amerkhanian, a Quarto page)', () => {
  const essay = parseEssay({
    path: 'essay.txt',
    text: readFileSync(join(import.meta.dirname, '../../corpus/tuning/w-amerkhanian-sf-law-enforcement/essay.txt'), 'utf8'),
  });

  it('reads the line under an "Abstract" label as no title, and the name under "Author" as the writer, though a citation’s key writes it in lower case', () => {
    expect(essay.meta.title).toBe('Law Enforcement Activity in San Francisco, 2018-2024');
    expect(essay.meta.authors).toEqual(['Peter Amerkhanian']);
  });
});

describe('header pass: batch ak', () => {
  it('reads the date of a line that has the address of the first publication run into it (Common Dreams)', () => {
    const { essay } = excerpt('tuning/ak-commondreams-case-for-bradley', [1, 80]);
    expect(essay.meta.date).toBe('2000-02-24');
  });

  it('takes a "Comments" link over the article’s dateline for no thread: the headline under it is the title (Grist)', () => {
    const { essay } = excerpt('tuning/ak-grist-oil-boom', [1, 70]);
    expect(essay.meta.title).toBe('Great news: The world is on the brink of a massive boom in oil production');
    expect(essay.meta.authors).toEqual(['Philip Bump']);
  });

  it('reads a title under "subject" and a date under another key that names a moment, "occurred_at" (okayfail)', () => {
    const { essay } = excerpt('tuning/ak-okayfail-financialization-cities', [1, 12]);
    expect(essay.meta.title).toBe('Financialization Is A Fire That Burns Cities');
    expect(essay.meta.date).toBe('2018-04-28');
  });

  it('does not date a post by its record of editing', () => {
    const text = '---\ntitle: A post\nupdated_at: 2020-01-01\n---\n\nA paragraph that says something. And another sentence.\n';
    expect(parseEssay({ path: 'post.md', text }).meta.date).toBeNull();
  });
});

describe('header pass: a picture’s copyright line', () => {
  it('takes a bare "© Kak" under the standfirst for a picture’s credit, not the publication (l’Opinion)', () => {
    const { essay, removed } = excerpt('tuning/aj-lopinion-glyphosate-intoxication', [1, 160]);
    expect(essay.meta.publication).not.toBe('Kak');
    expect(removed.has(31)).toBe(true);
  });
});

describe('header pass: a box of other articles between the byline and the text (Die Tagespost)', () => {
  it('keeps the headline and standfirst, and takes the picture’s caption and "Lesen Sie auch" for the page’s', () => {
    const { essay, removed } = excerpt('tuning/an-tagespost-demut', [66, 124]);
    expect(essay.meta.title).toBe('Warum wir jetzt Demut brauchen');
    expect(essay.meta.subtitle).toMatch(/^Risiken und Nebenwirkungen bergen nicht nur Medikamente/);
    expect(removed.get(74)).toBe('caption');
    expect(removed.get(75)).toBe('related');
    // The bio under the text names the writer by role: "Der Autor ist Professor an der Medizinischen Fakultät …".
    expect(essay.bio.map((paragraph) => paragraph.text.slice(0, 25))).toEqual(['Der Autor ist Professor a']);
  });
});

describe('header pass: an illustrator’s name under the byline, page furniture between (Compact)', () => {
  it('takes the name alone past the "View in browser" links for the picture’s credit, not the text’s opening', () => {
    // "By Brad Wilcox • 13 Jan 2026" / "View in browser […]" / "View in browser […]" / "Scott Menchin" / the text.
    const { essay, removed, body } = excerpt('tuning/g-compact-family-policy', [20, 40]);
    expect(essay.meta.authors).toEqual(['Brad Wilcox']);
    expect(removed.get(31)).toBe('caption');
    expect(body[0]).toBe(37);
  });
});

describe('header pass: a date line that goes on with the piece’s section and tags (Liberté!, in Polish)', () => {
  it('reads "28 kwietnia 2021 Polityka Fundusz Odbudowy, lewica, PiS" as the date under the byline, the headline over both as the title', () => {
    const { essay, removed, body } = excerpt('tuning/ao-liberte-koncesjonowana-opozycja', [1, 80]);
    expect(essay.meta.title).toBe('Koncesjonowana opozycja');
    expect(essay.meta.authors).toEqual(['Leszek Jażdżewski']);
    expect(essay.meta.date).toBe('2021-04-28');
    expect(body[0]).toBe(33);
    // Under the text: the share buttons and the box of the writer's other pieces, in Polish.
    expect([removed.get(53), removed.get(54), removed.get(55)]).toEqual(['social', 'social', 'related']);
  });
});

describe('header pass: a speech’s headline over the line that says who delivered it (HREOC)', () => {
  it('reads "Speech delivered by the Honorable Philip Ruddock, MP. Minister for …" set right under the headline as its byline', () => {
    const { essay, body } = excerpt('tuning/ao-hreoc-stolen-generations-reparations', [1, 60]);
    expect(essay.meta.title).toBe('Reparations for the stolen generations - Government responds');
    // (Not "Multicultural Affairs": the office after the letters "MP." names no second speaker.)
    expect(essay.meta.authors).toEqual(['Philip Ruddock']);
    expect(body[0]).toBe(27);
  });
});

describe('header pass: a front matter slug that runs a name’s words together', () => {
  it('reads "opensourcewerken" as the name the text writes with its spaces, in capitals, and not a phrase in lower case', () => {
    const text = (mention: string) =>
      `---\nauthors: [tom-ootes, opensourcewerken]\n---\n\n# De kracht van open source\n\nDit stuk schreven Tom Ootes en ${mention} samen, voor iedereen die open source werken wil uitleggen aan beleidsmensen.\n\nEen tweede alinea zegt waarom, in een zin van enige lengte over software en beleid.\n`;
    expect(parseEssay({ path: 'essay.md', text: text('de community Open Source Werken') }).meta.authors).toEqual([
      'Tom Ootes',
      'Open Source Werken',
    ]);
    expect(parseEssay({ path: 'essay.md', text: text('de community') }).meta.authors).toEqual(['Tom Ootes', 'Opensourcewerken']);
  });
});

describe('header pass: the paragraph over an excerpt marker', () => {
  // A Jekyll post with no description: its first paragraph, over "<!--more-->", is where the blog's lists cut
  // the excerpt, and the post prints it as its text's opening. Set apart by the marker alone, it is no standfirst.
  const text = [
    '---',
    'title: "Saving Money With AI Is Not the Same as Good Public Services"',
    'author: Jane Doe',
    '---',
    'The government wants to save money by using AI in public services, but the savings it counts on are far from certain.',
    '',
    '<!--more-->',
    '',
    'When we look at the plans in detail, three problems stand out. The savings are estimated from pilots that were never evaluated.',
    '',
    '## The savings are uncertain',
    '',
    'Pilots were small and short. Their results were reported by the vendors themselves.',
    '',
    '## The costs of errors',
    '',
    'When an automated decision is wrong, the person affected pays first. Appeals take months.',
  ].join('\n');

  it('keeps it as the text’s opening, not the subtitle, so it reaches the notes', () => {
    const essay = parseEssay({ path: 'post.md', text });
    expect(essay.meta.subtitle).toBeNull();
    expect(essay.intro[0]?.text).toMatch(/^The government wants to save money/);
  });

  it('still reads a paragraph set apart by page furniture as the standfirst', () => {
    const essay = parseEssay({ path: 'post.md', text: text.replace('<!--more-->', 'Share this article') });
    expect(essay.meta.subtitle ?? '').toMatch(/^The government wants to save money/);
  });
});

describe('header pass: the publication a writer’s bio names in its first sentence', () => {
  it('reads it though the bio runs on past the length of a naming line (WIRED, w-wired-ai-burn-planet)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/w-wired-ai-burn-planet/essay.txt');
    expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.publication).toBe('WIRED');
  });
});

describe('header pass: the standfirst printed in italics under the title, against a front matter description', () => {
  const post = (first: string): string =>
    [
      '---',
      'title: "Open Source AI Is the Path Forward"',
      'description: "Read our latest thinking on AI and the future of everything we build."',
      'author: Jane Doe',
      '---',
      '',
      `*${first}*`,
      '',
      'The first paragraph of the text says what the essay argues and why it matters to everyone who builds software.',
      '',
      '## Why open source is good for developers',
      '',
      'Developers need to control their own models and data. They cannot depend on a closed vendor.',
    ].join('\n');

  it('takes the printed standfirst, as the page shows it, over the site’s teaser', () => {
    const essay = parseEssay({
      path: 'post.md',
      text: post('Open models will make AI safer, cheaper and more widely shared than closed ones.'),
    });
    expect(essay.meta.subtitle).toBe('Open models will make AI safer, cheaper and more widely shared than closed ones.');
  });

  it('keeps the description over an italic bio, an editor’s note or a link’s call', () => {
    for (const first of [
      'Jane Doe was a policy consultant for the Example Institute from January to April 2021.',
      'The following opinion piece originally appeared in the Communications of the ACM.',
      'See the simulation in our model.',
    ]) {
      expect(parseEssay({ path: 'post.md', text: post(first) }).meta.subtitle).toBe(
        'Read our latest thinking on AI and the future of everything we build.',
      );
    }
  });
});

describe('header pass: a translated piece’s header', () => {
  it('reads "Autor Mark Newton:" as the byline, the translator’s credit for the date, a name alone over the standfirst as a picture’s credit, and "EN" as a language switch (RESET)', () => {
    // 39 the headline / 40 "Nenad Stojkovic" / 41 the standfirst / 43 "Autor Mark Newton:" / 45 "EN" / 47 "Übersetzung Sarah-Indra Jungblut, 12.12.22".
    const { essay, removed } = excerpt('tuning/ar-reset-clickbait-co2', [35, 56]);
    expect(essay.meta).toMatchObject({
      title: 'Du wirst nicht glauben, wie viel CO2 Clickbait-Websites produzieren!',
      authors: ['Mark Newton'],
      date: '2022-12-12',
    });
    expect(essay.meta.subtitle).toMatch(/^Eine neue Studie enthüllt/);
    expect(removed.get(40)).toBe('caption');
    expect(removed.get(45)).toBe('navigation');
  });

  it('takes the date in the byline under the title over one printed over the title with no writer, the site’s today (Tichys Einblick: "Sa, 19. Okt 2019" / … / "Von Tomas Spahn" / "Fr, 18. Oktober 2019")', () => {
    const { essay } = excerpt('tuning/ay-tichyseinblick-no-peace-for-our-time', [1, 80]);
    expect(essay.meta.date).toBe('2019-10-18');
  });
});

describe('header pass: a writer front matter marks for a note', () => {
  it('reads the name without the mark that points to the note on the writer (Lado B: `author: "Camerino Eleazar Márquez Madrid*"`)', () => {
    const { essay } = excerpt('tuning/aq-ljz-un-ano-sin-resultados', [1, 60]);
    expect(essay.meta.authors).toEqual(['Camerino Eleazar Márquez Madrid']);
  });
});
