import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { parseEssay } from '../../src/essay/parse.js';
import { buildOutline } from '../../src/outline/build.js';
import { excerpt } from '../helpers/excerpt.js';

const text = (lines: string[]) => ({ path: 'essay.txt', text: lines.join('\n') });
const markdown = (lines: string[]) => ({ path: 'essay.md', text: lines.join('\n') });

const PARAGRAPH = (topic: string) =>
  `${topic} matters more than most observers admit. Governments have tried several policies without lasting success. A better approach would start from what each side actually wants.`;

describe('parseEssay', () => {
  it('reads YAML front matter, and keeps line numbers true below it', () => {
    const essay = parseEssay(
      markdown([
        '---',
        'title: "Front Matter Title"',
        'author: [Jane Doe, John Roe]',
        'date: 2023-05-01',
        'description: A standfirst.',
        '---',
        '',
        PARAGRAPH('Trade'),
        '',
        '## First Option',
        '',
        PARAGRAPH('Tariffs'),
      ]),
    );
    expect(essay.meta).toMatchObject({
      title: 'Front Matter Title',
      authors: ['Jane Doe', 'John Roe'],
      date: '2023-05-01',
      subtitle: 'A standfirst.',
    });
    expect(essay.intro[0]?.lines.start).toBe(8);
    expect(essay.sections[0]).toMatchObject({ title: 'First Option', line: 10 });
  });

  it('reads a front-matter summary as Markdown: no heading marks (beta.gouv.fr, "excerpt: >" / "## Peux-tu te présenter ?", the Markdown sweep)', () => {
    const essay = parseEssay(
      markdown([
        '---',
        'title: "Parcours #1"',
        'excerpt: >',
        '  ## Peux-tu te présenter ?',
        '',
        '',
        '  Je m’appelle Amaury, je suis chargé de déploiement.',
        '---',
        '',
        PARAGRAPH('Trade'),
      ]),
    );
    expect(essay.meta.subtitle).toMatch(/^Peux-tu te présenter \?\s+Je m’appelle Amaury/);
  });

  it('reads an author given as a slug with dots as a name (beta.gouv.fr: "authors:" / "- audrey.guillon" / "- amaury.dubot")', () => {
    const essay = parseEssay(
      markdown(['---', 'title: "Parcours #1"', 'authors:', '  - audrey.guillon', '  - j.doe', '---', '', PARAGRAPH('Trade')]),
    );
    expect(essay.meta.authors).toEqual(['Audrey Guillon', 'J. Doe']);
  });

  it('reads an author given as the path to the writer’s page in the site’s files as a name (CSIS\'s Jekyll site: "authors:" / "- _authors/carolyn-reynolds.md")', () => {
    const essay = parseEssay(
      markdown([
        '---',
        'title: "Launching A New Pandemic Preparedness Fund"',
        'authors:',
        '- _authors/carolyn-reynolds.md',
        '- _authors/stephen-morrison.md',
        '---',
        '',
        PARAGRAPH('Trade'),
      ]),
    );
    expect(essay.meta.authors).toEqual(['Carolyn Reynolds', 'Stephen Morrison']);
    const bundle = parseEssay(markdown(['---', 'title: "Trade"', 'author: /authors/jane-doe/', '---', '', PARAGRAPH('Trade')]));
    expect(bundle.meta.authors).toEqual(['Jane Doe']);
  });

  it('reads front matter whose flow lists and maps run at the margin, as js-yaml does (CivicActions, case-studies/DMV.md)', () => {
    // CivicActions/civicactions.com bb16c3a, src/content/case-studies/DMV.md (shortened): Gatsby reads it with gray-matter.
    const essay = parseEssay(
      markdown([
        '---',
        'title: "Improving the DMV experience"',
        'client_name: "California Department of Motor Vehicles"',
        'tags: ["UX"]',
        'specs: [',
        '"508 compliance for accessibility",',
        '"Mobile-friendly, responsive design",',
        ']',
        'images:',
        '  - {',
        "  url: 'DMV_1.jpg', ",
        "  caption: 'Californians can now apply for a driver license online.', ",
        "  alt: 'Person accessing California DMV via laptop'",
        '  }',
        '---',
        '',
        PARAGRAPH('Voter registration'),
      ]),
    );
    expect(essay.meta.title).toBe('Improving the DMV experience');
    expect(essay.intro[0]?.lines.start).toBe(17);
  });

  it('reads a title whose plain value holds a colon, as its writer meant it, with every line in place', () => {
    const essay = parseEssay(
      markdown([
        '---',
        'title: The First Ten Years: Lessons Learned and "Road" Ahead',
        'date: 2016-05-05T17:09:14+00:00',
        'permalink: /2016/05/05/the-first-ten-years/',
        '---',
        '',
        PARAGRAPH('Pirates'),
      ]),
    );
    expect(essay.meta.title).toBe('The First Ten Years: Lessons Learned and "Road" Ahead');
    expect(essay.meta.date).toBe('2016-05-05');
    expect(essay.meta.lines?.title).toBe(2);
  });

  it('reads a front matter’s date written with the day first when its first number is past 12, month first otherwise (Poplus: "date: 26-06-2015")', () => {
    const dated = (value: string) =>
      parseEssay(markdown(['---', 'title: A Post', `date: ${value}`, '---', '', PARAGRAPH('Dates')])).meta.date;
    expect(dated('26-06-2015')).toBe('2015-06-26');
    expect(dated('09-29-2022')).toBe('2022-09-29');
    expect(dated('31-31-2022')).toBeNull();
  });

  it('reads a Hugo front matter’s `date` as the day, not its `publishDate`, which only says when the page may go out (Göttinger Klimabündnis)', () => {
    const { essay } = excerpt('tuning/bb-goettingerklimabuendnis-windkraft-goettingen', [1, 40]);
    expect(essay.meta.date).toBe('2022-05-13');
  });

  it('takes a front matter’s title over the first of several first-level headings, which are the text’s parts, not its title or standfirst (Göttinger Klimabündnis, George Zhao)', () => {
    const windkraft = excerpt('tuning/bb-goettingerklimabuendnis-windkraft-goettingen', [1, 160]).essay;
    expect(windkraft.meta.title).toBe('Windkraft in Göttingen II');
    expect(windkraft.sections.map((section) => section.title)).toEqual([
      'Windkraft im Landschaftsschutzgebiet Leinetal',
      'Windkraft und Naturschutz',
    ]);
    const smartCity = excerpt('tuning/ao-gzhao-smart-city-data-team', [1, 44]).essay;
    expect(smartCity.meta).toMatchObject({ title: 'Post: Foundations of a Smart City', subtitle: null });
    expect(smartCity.sections[0]?.title).toBe('A city must have an intragovernmental data team to become truly smart');
  });

  it('reads a front matter’s writers, date and standfirst under German keys, "autorin", "datum", "einleitung" (Bits & Bäume)', () => {
    const { essay } = excerpt('tuning/ar-bitsundbaeume-demokratische-alternativen', [1, 40]);
    expect(essay.meta).toMatchObject({ authors: ['Cecilia Rikap', 'Aline Blankertz'], date: '2025-03-28' });
    expect(essay.meta.subtitle).toMatch(/^Europa und Deutschland müssen ihre Abhängigkeit/);
  });

  it('still refuses front matter that no YAML reader takes, with its line', () => {
    const broken = () => parseEssay(markdown(['---', 'title: "Workshop fees', 'date: 2015-07-01', '---', '', PARAGRAPH('Fees')]));
    expect(broken).toThrow(BriefdeckError);
    expect(broken).toThrow(/invalid YAML front matter/);
  });

  it('reads a front matter’s `short:` (OpenUp) and `teaser:` (The Carpentries) as the standfirst', () => {
    const path = join(import.meta.dirname, '../corpus/tuning/ac-openup-stop-using-solve/essay.md');
    expect(parseEssay({ path, text: readFileSync(path, 'utf8') }).meta.subtitle).toBe(
      'We need more technologists to enter the world of civic tech but beware that your tech skills will only get you so far. Social issues cannot be solved from behind a keyboard.',
    );
    const teaser = parseEssay(
      markdown(['---', 'title: A Post', 'teaser: "Announcing a Data Carpentry Blog"', '---', '', PARAGRAPH('Data')]),
    );
    expect(teaser.meta.subtitle).toBe('Announcing a Data Carpentry Blog');
  });

  it('takes emphasis marks written in a front matter’s title and standfirst out of them (The Carpentries)', () => {
    const essay = parseEssay(
      markdown([
        '---',
        'title: "Ending Support for _styles_ in the Incubator"',
        'teaser: "Reporting on the March *AI and The Carpentries* community discussion sessions"',
        '---',
        '',
        PARAGRAPH('Support'),
      ]),
    );
    expect(essay.meta.title).toBe('Ending Support for styles in the Incubator');
    expect(essay.meta.subtitle).toBe('Reporting on the March AI and The Carpentries community discussion sessions');
  });

  it('takes inline HTML written in a front matter’s title out of it, a line break for a space (The Carpentries)', () => {
    const essay = parseEssay(
      markdown([
        '---',
        'title: "Data Carpentry Instructor Certification <br>for Software Carpentry Instructors"',
        '---',
        '',
        PARAGRAPH('Certification'),
      ]),
    );
    expect(essay.meta.title).toBe('Data Carpentry Instructor Certification for Software Carpentry Instructors');
    const glued = parseEssay(markdown(['---', 'title: "Why we <em>Re</em>think Reviews"', '---', '', PARAGRAPH('Reviews')]));
    expect(glued.meta.title).toBe('Why we Rethink Reviews');
  });

  it('takes an organisation given as the author for the publication, naming no person (AEI, clipped to Obsidian)', () => {
    const essay = parseEssay({
      path: 'essay.txt',
      text: readFileSync(join(import.meta.dirname, '..', 'corpus', 'tuning', 'j-aei-naep-lost-the-plot', 'essay.txt'), 'utf8'),
    });
    expect(essay.meta.authors).toEqual([]);
    expect(essay.meta.publication).toBe('American Enterprise Institute - AEI');
  });

  it('reads a date given as seconds since 1970 under "created" (a Drupal post moved to Jekyll), and a curly "What’s next?" as the conclusion (Development Gateway)', () => {
    const path = join(import.meta.dirname, '../corpus/tuning/aa-devgateway-financing-future/essay.md');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta).toMatchObject({ date: '2015-04-23', authors: ['Josh Powell', 'Liz Dodds'] });
    expect(essay.conclusion?.title).toBe('What’s next?');
    // (A note app's "created: 2024-05-01" is the day it saved the page: no date of the essay.)
    expect(
      parseEssay({ path: 'note.md', text: '---\ntitle: A note\ncreated: 2024-05-01\n---\nSome text of the note, long enough to read.\n' })
        .meta.date,
    ).toBeNull();
  });

  it('reads a Pelican header of the title alone ("Title: …" over a blank line) as front matter, but no other one-line header (Alex Coleman)', () => {
    const { meta } = excerpt('tuning/af-alexcoleman-devolution-digital-moment', [1, 12]).essay;
    expect(meta.title).toBe('Is the English Devolution White Paper a digital change moment?');
    const note = parseEssay({
      path: 'n.md',
      text: 'Note: this is a draft.\n\nThe text of the note goes on long enough to read as a paragraph.\n',
    });
    expect(note.meta.title).not.toBe('this is a draft.');
  });

  it("reads a WordPress export's post_title and post_date as the title and the date (discontents)", () => {
    const { meta } = excerpt('tuning/af-discontents-closed-access', [1, 40]).essay;
    expect(meta).toMatchObject({ title: 'Closed Access', date: '2016-07-21', authors: ['Tim Sherratt'] });
  });

  it('reads a Pelican metadata header ("Key: value" lines down to a blank line) as front matter; a table of contents the text announces as its sections goes (incolumitas.com)', () => {
    const path = join(import.meta.dirname, '..', 'corpus', 'tuning', 'r-incolumitas-world-headed', 'essay.md');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta).toMatchObject({ title: 'Where is the World headed to?', authors: ['Nikolai Tschacher'], date: '2021-10-03' });
    const removed = new Map(essay.removed.map((r) => [r.line, r.reason]));
    for (const line of [30, 32, 33, 34, 35]) expect(removed.get(line), `line ${line}`).toBe('contents');
    expect(essay.sections.map((section) => section.title)).toEqual([
      'Climate Crisis',
      'Globalisation & Economy',
      'Geopolitics & War',
      'Advance of Medicine & Technology',
    ]);
  });

  it('reads fields written as Markdown link references no reader sees: "[#]: author: (…)" (LCTT, Opensource.com), "[//]: # (author: …)"', () => {
    const { essay, body } = excerpt('tuning/at-opensource-contact-tracing', [1, 20]);
    // 1 "[#]: collector: (lujun9972)" / 2 "[#]: translator: ( )" / … / 8 "[#]: author: (J. Manrique Lopez de la Fuente https://…)".
    expect(essay.meta.authors).toEqual(['J. Manrique Lopez de la Fuente']);
    expect(essay.meta.title).toBe('Open source development works to improve contact tracing in Europe');
    expect(body.every((line) => line > 8)).toBe(true);
    const commented = parseEssay(
      markdown([
        '[//]: # (title: A short note on naming)',
        '[//]: # (author: Jane Doe)',
        '[//]: # (date: 2021-03-04)',
        '',
        PARAGRAPH('Naming'),
      ]),
    );
    expect(commented.meta).toMatchObject({ title: 'A short note on naming', authors: ['Jane Doe'], date: '2021-03-04' });
  });

  it('reads a first paragraph that happens to start "Title: …" as text when the lines under it are no fields', () => {
    const essay = parseEssay(
      markdown(['Title: a word on naming things', 'is what this post is about, said nobody.', '', PARAGRAPH('Naming')]),
    );
    expect(essay.meta.title).not.toBe('a word on naming things');
  });

  it('reports a front matter syntax error at its line', () => {
    try {
      parseEssay(markdown(['---', 'title: [unclosed', '---', '', PARAGRAPH('Trade')]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BriefdeckError);
      expect((error as BriefdeckError).file).toBe('essay.md');
      expect((error as BriefdeckError).line).toBeGreaterThanOrEqual(2);
    }
  });

  it('reads front matter that writes a key twice as Jekyll does, the last one counting (Code for America)', () => {
    const essay = parseEssay({
      path: 'essay.md',
      text: readFileSync(
        join(import.meta.dirname, '..', 'corpus', 'tuning', 'o-codeforamerica-govtech-procurement-background', 'essay.md'),
        'utf8',
      ),
    });
    expect(essay.meta.title).toBe('Government technology procurement');
  });

  it('reads the authors of a front matter string of Markdown links under a label, and a Markdown "Discussion" as a part with bold questions heading it (Tom Cunningham)', () => {
    const essay = parseEssay({
      path: 'essay.md',
      text: readFileSync(join(import.meta.dirname, '..', 'corpus', 'tuning', 'x-tecunningham-text-moderation-history', 'essay.md'), 'utf8'),
    });
    // author: "[Integrity Institute](…) collaborators: [Alex Rosenblatt](…), [Jeff Allen](…), …, Tom Cunningham"
    expect(essay.meta.authors).toEqual(['Alex Rosenblatt', 'Jeff Allen', 'Ejona Varangu', 'Dave Sullivan', 'Tom Cunningham']);
    // "#     (1) Keywords": the bracketed number is typography.
    expect(essay.sections[0]?.title).toBe('Keywords');
    const discussion = essay.sections.at(-1);
    expect(discussion?.title).toBe('Discussion');
    expect(discussion?.paragraphs.map((paragraph) => paragraph.subheading).filter(Boolean)).toContain(
      'Q: will censorship change when using LLMs instead of humans?',
    );
  });

  it('says clearly when there is no text at all', () => {
    expect(() => parseEssay(text(['', '   ', '']))).toThrow(/the essay has no text/);
  });

  it('treats approaches under one parent heading as the sections', () => {
    const essay = parseEssay(
      markdown([
        '# Options for the Alliance',
        '',
        PARAGRAPH('The alliance'),
        '',
        '## Three Options',
        '',
        '### Option A: Hold the Line',
        '',
        PARAGRAPH('Deterrence'),
        '',
        '### Option B: Step Back',
        '',
        PARAGRAPH('Restraint'),
        '',
        '### Option C: Go Further',
        '',
        PARAGRAPH('Integration'),
      ]),
    );
    expect(essay.sections.map((s) => s.title)).toEqual(['Option A: Hold the Line', 'Option B: Step Back', 'Option C: Go Further']);
  });

  it('strips typographic numbering from headings but keeps worded labels', () => {
    const essay = parseEssay(
      text([
        'A Title for the Essay',
        '',
        PARAGRAPH('Trade'),
        '',
        '1. Lower the Tariffs',
        '',
        PARAGRAPH('Tariffs'),
        '',
        'II. Raise the Quotas',
        '',
        PARAGRAPH('Quotas'),
      ]),
    );
    expect(essay.sections.map((s) => s.title)).toEqual(['Lower the Tariffs', 'Raise the Quotas']);
  });

  it('groups an essay without headings into titled sections of its own words', () => {
    const topics = [
      'Water prices',
      'Water prices',
      'Pipe networks',
      'Pipe networks',
      'Rural towns',
      'Rural towns',
      'Federal grants',
      'Federal grants',
    ];
    const essay = parseEssay(text(['An Essay Without Headings', '', ...topics.flatMap((topic) => [PARAGRAPH(topic), ''])]));
    expect(essay.sections.length).toBeGreaterThanOrEqual(2);
    expect(essay.sections.length).toBeLessThanOrEqual(6);
    const all = topics
      .map((t) => PARAGRAPH(t))
      .join(' ')
      .toLowerCase();
    for (const section of essay.sections) expect(all).toContain(section.title.toLowerCase());
  });

  it('never throws on odd input other than an empty file', () => {
    const odd = [
      'x',
      'Just one line without a period',
      '#',
      '# Only a heading',
      '---\n---\n',
      '-\n-\n-',
      'A.\nB.\nC.',
      '¿Qué? ¡Sí! 北朝鮮の核問題。これは文です。',
      '\u00a0\u00a0word\u00a0\u00a0',
      '(((',
      'Mr. Mrs. Dr. U.S. U.N.',
      `${'word '.repeat(5000)}`,
      '> quoted\n> lines\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    ];
    for (const input of odd) {
      for (const path of ['odd.txt', 'odd.md']) {
        try {
          const essay = parseEssay({ path, text: input });
          buildOutline(essay);
        } catch (error) {
          expect(error, `${path}: ${JSON.stringify(input.slice(0, 40))}`).toBeInstanceOf(BriefdeckError);
        }
      }
    }
  });
});

describe('parseEssay: the ax- batch’s tuning essays', () => {
  it('reads a front matter’s keys in French, `titre` and `résumé`, for the title and standfirst (La Fabrique des Mobilités)', () => {
    const { essay } = excerpt('tuning/ax-fabmob-communs-numeriques', [1, 40]);
    expect(essay.meta.title).toBe('Les communs numériques en vogue : Vers une politique publique ambitieuse ?');
    expect(essay.meta.subtitle).toBe('Nos observations sur les évolutions des politiques publiques autour des communs numériques');
  });

  it('reads the degrees before a front matter’s author as none of the name: "Prof. Dr. Marc Debus" (CorrelAid)', () => {
    expect(excerpt('tuning/ax-correlaid-koalitionsszenarien', [1, 60]).essay.meta.authors).toEqual(['Marc Debus']);
  });

  it('ends the text at a German sources heading, "### Referenzen" (CorrelAid)', () => {
    const { body, removed } = excerpt('tuning/ax-correlaid-koalitionsszenarien', [1, 266]);
    expect(Math.max(...body)).toBeLessThan(240);
    for (const line of [240, 242, 247, 254]) expect(removed.has(line), `line ${line}`).toBe(true);
  });

  it('keeps a list of questions the page sets a line each, no blank line between, as text, none of them a heading (Steph Ango)', () => {
    const { essay, body, removed } = excerpt('tuning/ax-stephango-buy-wisely', [1, 117]);
    for (const line of [32, 33, 34, 35, 37, 40, 42, 43, 44]) expect(body, `line ${line}`).toContain(line);
    expect(essay.sections.map((section) => section.title)).not.toContain('Can it be disassembled and repaired?');
    // Under the text: "Linked mentions" and "You might also enjoy", each over other posts' titles.
    for (const line of [98, 99, 100, 102, 104, 105]) expect(removed.has(line), `line ${line}`).toBe(true);
  });

  it('reads a headline over its byline’s fields and its tags, no blank line between, as three lines, not a wrapped paragraph (Open Justice Oklahoma)', () => {
    const { essay } = excerpt('tuning/ax-openjusticeok-ocdc-data-deep-dive', [1, 40]);
    expect(essay.meta).toMatchObject({
      title: 'Data Deep Dive: Oklahoma County Detention Center',
      authors: ['Andrew Bell'],
      date: '2022-10-18',
    });
  });

  it('reads an HTML table in a Markdown source row by row, its cells’ text the essay’s, its tags markup (La Fabrique des Mobilités)', () => {
    const { essay, body, removed } = excerpt('tuning/ax-fabmob-communs-numeriques', [1, 100]);
    for (const line of [78, 81, 84, 87, 90]) expect(body, `line ${line}`).toContain(line);
    for (const line of [76, 77, 79, 93]) expect(removed.get(line), `line ${line}`).toBe('markup');
    const texts = [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs)].map((paragraph) => paragraph.text);
    expect(texts).toContain('Logique | Description | Intérêts | Acteurs associés');
  });

  it('removes a Hugo site’s footer: its licence and year, "Powered by Hugo, …" (.blog, Bruno Miguel)', () => {
    const { removed } = excerpt('tuning/ax-brunomiguel-encriptacao-comissao-europeia', [1, 60]);
    for (const line of [59, 60]) expect(removed.has(line), `line ${line}`).toBe(true);
  });
});
