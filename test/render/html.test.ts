import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/build.js';
import { resolveDeckOptions } from '../../src/deck/options.js';
import { essayToOutline } from '../../src/pipeline.js';
import { agendaOf, fillTemplate, joinNames, renderDeck, runtimePage, shownSubtitle } from '../../src/render/html.js';
import { REVEAL_OPTIONS_ID } from '../../src/render/page-ids.js';
import type { Deck, DeckGroup, DeckSlide } from '../../src/types.js';
import { FIXTURES, REFERENCE_ESSAY, ROOT } from '../helpers/fixtures.js';

function render(text: string, path = REFERENCE_ESSAY, options = resolveDeckOptions()) {
  const { outline } = essayToOutline({ path, text });
  const deck = buildDeck(outline, options);
  const rendered = renderDeck(deck);
  const { document } = parseHTML(`<!doctype html><html><body><div class="slides">${rendered.slides}</div></body></html>`);
  return { outline, deck, rendered, document };
}

describe('renderDeck', () => {
  const { outline, document } = render(readFileSync(REFERENCE_ESSAY, 'utf8'));

  it('makes each group a horizontal section holding its slides as a vertical stack', () => {
    const stacks = [...document.querySelectorAll('.slides > section')];
    expect(stacks.map((s) => s.getAttribute('data-group'))).toEqual(outline.groups.map((g) => g.id));
    stacks.forEach((stack, i) => {
      const slides = [...stack.querySelectorAll(':scope > section')];
      expect(slides.map((s) => s.id)).toEqual(outline.groups[i]?.slides.map((s) => s.id));
    });
  });

  it('puts each slide’s notes in aside.notes, and bullets with their source', () => {
    for (const slide of outline.groups.flatMap((g) => g.slides)) {
      const section = document.getElementById(slide.id);
      const notes = section?.querySelector('aside.notes');
      if (slide.notes) expect(notes?.textContent?.replace(/\s+/g, ' ')).toBe(slide.notes.replace(/\n+/g, '').replace(/\s+/g, ' '));
      const items = [...(section?.querySelectorAll('[data-source-line]') ?? [])];
      expect(items.map((li) => li.textContent)).toEqual(slide.bullets.map((b) => b.text));
      expect(items.map((li) => Number(li.getAttribute('data-source-line')))).toEqual(slide.bullets.map((b) => b.source.line));
      expect(Number(section?.getAttribute('data-timing'))).toBeGreaterThan(0);
    }
  });

  it('links the overview to each approach', () => {
    const links = [...document.querySelectorAll('#overview a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#/change-the-channel', '#/invite-friends', '#/go-public']);
  });

  it('lists the approaches in the deck’s order, numbered as their section slides count them, hidden ones left out', () => {
    const text = readFileSync(REFERENCE_ESSAY, 'utf8');
    const { document: doc } = render(
      text,
      REFERENCE_ESSAY,
      resolveDeckOptions({ order: ['go-public', 'change-the-channel', 'invite-friends'] }),
    );
    expect([...doc.querySelectorAll('#overview a')].map((a) => a.getAttribute('href'))).toEqual([
      '#/go-public',
      '#/change-the-channel',
      '#/invite-friends',
    ]);
    expect(doc.querySelector('#go-public .bd-kicker')?.textContent).toBe('1 of 3');
    const { document: hidden } = render(
      text,
      REFERENCE_ESSAY,
      resolveDeckOptions({ order: ['go-public', 'change-the-channel'], hide: ['invite-friends'] }),
    );
    expect([...hidden.querySelectorAll('#overview li')].map((li) => li.textContent)).toEqual(['Go Public', 'Change the Channel']);
    expect(hidden.querySelector('#change-the-channel .bd-kicker')?.textContent).toBe('2 of 2');
  });

  it('lists each topic once on a divider, not a slide that goes on with the one before; and counts no section that is the only one (presenter review B: "Tenants for information" / "Tenants for information (continued)", "1 of 1")', () => {
    const points = (id: string, title: string, fields: Partial<DeckSlide> = {}): DeckSlide => ({
      id,
      layout: 'points',
      title,
      bullets: [],
      notes: '',
      source: null,
      hidden: false,
      seconds: 60,
      ...fields,
    });
    const group = (id: string, slides: DeckSlide[]): DeckGroup => ({ id, kind: 'section', title: id, hidden: false, slides });
    const divider = points('economics', 'The Economics', { layout: 'section' });
    const stack = group('economics', [
      divider,
      points('natural-controls', 'Natural controls'),
      points('tenants', 'Tenants for information'),
      points('tenants-2', 'Tenants for information', { continued: true }),
      points('hidden', 'Fixed terms end', { hidden: true }),
      points('hidden-2', 'Fixed terms end', { continued: true }),
    ]);
    expect(agendaOf(stack, divider).map((s) => s.id)).toEqual(['natural-controls', 'tenants', 'hidden-2']);
    const deck = (groups: DeckGroup[]): Deck => ({
      meta: { title: 'T', subtitle: null, authors: [], date: null, publication: null },
      groups,
      totalSeconds: 60,
      theme: 'briefing',
      width: 1280,
      height: 720,
      lang: 'en',
    });
    const alone = renderDeck(deck([stack])).slides;
    expect(alone).not.toContain('bd-kicker');
    expect(alone).toContain('<li>Tenants for information</li><li>Fixed terms end<span class="bd-continued"> (continued)</span></li></ol>');
    expect(renderDeck(deck([stack, group('policy', [points('policy', 'The Policy', { layout: 'section' })])])).slides).toContain(
      '<p class="bd-kicker">1 of 2</p>',
    );
  });

  it('escapes all essay text', () => {
    const hostile = [
      'A <script>alert(1)</script> Title & More',
      '',
      'By Jane Doe',
      '',
      'The <b>first</b> paragraph says "quotes" & <img src=x onerror=alert(1)> things that matter a great deal to everyone.',
      '',
    ].join('\n');
    const { document: doc, rendered } = render(hostile, 'hostile.txt');
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('img')).toBeNull();
    expect(rendered.slides).toContain('&lt;script&gt;');
    expect(doc.querySelector('h1')?.textContent).toBe('A <script>alert(1)</script> Title & More');
  });

  it('marks hidden slides for Reveal instead of dropping them', () => {
    const { document: doc } = render(readFileSync(REFERENCE_ESSAY, 'utf8'), REFERENCE_ESSAY, resolveDeckOptions({ hide: ['about'] }));
    expect(doc.querySelector('[data-group="about"]')?.getAttribute('data-visibility')).toBe('hidden');
    expect(doc.getElementById('about')?.getAttribute('data-visibility')).toBe('hidden');
  });
});

describe('renderDeck markup', () => {
  const slide = (fields: Partial<DeckSlide> & Pick<DeckSlide, 'id' | 'layout'>): DeckSlide => ({
    title: 'T',
    bullets: [],
    notes: '',
    source: null,
    hidden: false,
    seconds: 60,
    ...fields,
  });

  it('joins groups and slides with line breaks, gives only the attributes set, and makes a paragraph of each blank-line run of the notes', () => {
    const deck: Deck = {
      meta: { title: 'T', subtitle: null, authors: [], date: null, publication: null },
      groups: [
        {
          id: 'g1',
          kind: 'section',
          title: 'One & "two"',
          hidden: false,
          slides: [
            slide({ id: 'g1', layout: 'section', title: 'One' }),
            slide({
              id: 'p',
              layout: 'points',
              title: 'P',
              bullets: [{ text: 'B <1>', source: { line: 3, sentence: 2 } }],
              notes: "First it's.\n\n\nSecond.\nStill second.",
              source: { start: 3, end: 5 },
              hidden: true,
              continued: true,
            }),
          ],
        },
        { id: 'g2', kind: 'appendix', title: 'Two', hidden: true, slides: [slide({ id: 'q', layout: 'points', notes: ' \n ' })] },
      ],
      totalSeconds: 180,
      theme: 'briefing',
      width: 1280,
      height: 720,
      lang: 'en',
    };
    expect(renderDeck(deck).slides).toBe(
      [
        '<section class="bd-group" data-group="g1" data-kind="section" aria-label="One &amp; &quot;two&quot;">',
        '<section id="g1" class="bd-slide bd-section" data-slide-id="g1" data-layout="section" data-timing="60"><h2>One</h2></section>',
        '<section id="p" class="bd-slide bd-points" data-slide-id="p" data-layout="points" data-timing="60" data-source-lines="3-5" data-visibility="hidden"><h2>P<span class="bd-continued"> (continued)</span></h2><ul class="bd-points"><li data-source-line="3" data-source-sentence="2">B &lt;1&gt;</li></ul><aside class="notes"><p>First it&#39;s.</p><p>Second.\nStill second.</p></aside></section>',
        '</section>',
        '<section class="bd-group" data-group="g2" data-kind="appendix" aria-label="Two" data-visibility="hidden">',
        '<section id="q" class="bd-slide bd-points" data-slide-id="q" data-layout="points" data-timing="60"><h2>T</h2><ul class="bd-points"></ul></section>',
        '</section>',
      ].join('\n'),
    );
  });
});

describe('fillTemplate and runtimePage', () => {
  const { rendered } = render(readFileSync(REFERENCE_ESSAY, 'utf8'));
  const template = readFileSync(join(ROOT, 'index.html'), 'utf8');

  it('carries the Reveal options in the page, as JSON safe inside a script', () => {
    const page = fillTemplate(template, { ...rendered, title: 'A </script> title' }, 'serif');
    const { document } = parseHTML(page);
    const options = document.getElementById(REVEAL_OPTIONS_ID);
    expect(options?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(options?.textContent ?? '')).toEqual(rendered.reveal);
    expect(document.documentElement.getAttribute('data-theme')).toBe('serif');
    expect(document.title).toBe('A </script> title');
  });

  it('links the prebuilt runtime in place of the module script, stylesheets in the given order', () => {
    const runtime = {
      script: 'file:///rt/briefdeck.js',
      styles: ['file:///rt/reveal.css', 'file:///rt/theme-serif.css', 'file:///deck/extra.css'],
    };
    const { document } = parseHTML(runtimePage(template, rendered, 'serif', runtime, '<meta name="x" content="y">'));
    const scripts = [...document.querySelectorAll('script:not([type="application/json"])')];
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual([runtime.script]);
    expect(scripts[0]?.getAttribute('type')).toBeNull();
    expect([...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href'))).toEqual(runtime.styles);
    expect(document.querySelector('meta[name="x"]')).not.toBeNull();
    expect(document.querySelectorAll('.slides section[data-slide-id]').length).toBeGreaterThan(10);
  });

  it('refuses a template without the module script it replaces', () => {
    expect(() => runtimePage('<html><head></head><body></body></html>', rendered, 'serif', { script: 'x.js', styles: [] })).toThrow(
      'no module script',
    );
  });
});

describe('joinNames: the writers on the title slide', () => {
  it('names two or a few in full, and an open letter’s many signatories by the first five and a count', () => {
    expect(joinNames(['Jane Doe'])).toBe('Jane Doe');
    expect(joinNames(['Jane Doe', 'John Roe'])).toBe('Jane Doe and John Roe');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
    const signatories = Array.from({ length: 152 }, (_, i) => `Signatory ${i + 1}`);
    expect(joinNames(signatories)).toBe('Signatory 1, Signatory 2, Signatory 3, Signatory 4, Signatory 5 and 147 others');
  });

  it('joins them in the deck’s language (La Nación: "Andrés Malamud y Martín Schapiro")', () => {
    expect(joinNames(['Andrés Malamud', 'Martín Schapiro'], 'es')).toBe('Andrés Malamud y Martín Schapiro');
    // (Spanish writes "e" before the sound "i": "Ana e Ignacio", "Ana e Hilda"; not before "hie": "Ana y Hierro".)
    expect(joinNames(['Ana Pérez', 'Ignacio Gómez'], 'es')).toBe('Ana Pérez e Ignacio Gómez');
    expect(joinNames(['Ana Pérez', 'Hilda Ruiz'], 'es')).toBe('Ana Pérez e Hilda Ruiz');
    expect(joinNames(['Ana Pérez', 'Hierro Ruiz'], 'es')).toBe('Ana Pérez y Hierro Ruiz');
    expect(joinNames(['Clara Löw', 'Siddharth Prakash', 'Klaus Jacob'], 'de-DE')).toBe('Clara Löw, Siddharth Prakash und Klaus Jacob');
    const signatories = Array.from({ length: 8 }, (_, i) => `S${i + 1}`);
    expect(joinNames(signatories, 'fr')).toBe('S1, S2, S3, S4, S5 et 3 autres');
    expect(joinNames(signatories, 'it')).toBe('S1, S2, S3, S4, S5 e altri 3');
    // (A language the deck has no words for is English.)
    expect(joinNames(['A', 'B'], 'ja')).toBe('A and B');
  });
});

describe('renderDeck: an essay in another language', () => {
  // Makronom's essay (a German page copy in the tuning corpus): four parts under headings, a date of 26. Oktober 2023.
  const path = join(ROOT, 'test/corpus/tuning/ag-makronom-ressourcenschutzgesetz/essay.txt');
  const text = readFileSync(path, 'utf8');

  it('labels the deck in the essay’s language: the page’s lang, the groups’ own titles, the count, the length and the date', () => {
    const { deck, rendered, document } = render(text, path);
    expect(deck.lang).toBe('de');
    expect(rendered.lang).toBe('de');
    expect(deck.groups.find((g) => g.kind === 'context')?.title).toBe('Kontext');
    expect(document.querySelector('#overview h2')?.textContent).toBe('Überblick');
    expect(document.querySelector('.bd-kicker')?.textContent).toMatch(/^1 von \d+$/);
    expect(document.querySelector('.bd-duration')?.textContent).toMatch(/^\d+ min insgesamt$/);
    expect(document.querySelector('.bd-byline time')?.textContent).toBe('26. Oktober 2023');
  });

  it('keeps the language deck.yaml sets', () => {
    const { deck, document } = render(text, path, resolveDeckOptions({ lang: 'en-GB' }));
    expect(deck.lang).toBe('en-GB');
    expect(document.querySelector('.bd-kicker')?.textContent).toMatch(/^1 of \d+$/);
    expect(document.querySelector('.bd-byline time')?.textContent).toBe('October 26, 2023');
  });
});

describe('the source slide of a deck without a bio', () => {
  it('cites the essay: its title, its writers and date, as the title slide gives them', () => {
    const path = join(FIXTURES, 'short-school-meals', 'essay.md');
    const { document: doc } = render(readFileSync(path, 'utf8'), path);
    const slide = doc.getElementById('about');
    expect(slide?.querySelector('h2')?.textContent).toBe('Source');
    expect(slide?.querySelector('cite')?.textContent).toBe('Free School Meals Are Cheap Insurance');
    expect(slide?.querySelector('.bd-byline')?.textContent).toBe('Ana Ruiz · May 2, 2024');
    expect(slide?.querySelectorAll('[data-source-line]').length).toBe(0);
  });
});

describe('a long subtitle', () => {
  // Front matter's description of F14e's five lessons (a tuning essay): five sentences, 45 words.
  const description =
    "J'ai quitté le ministère des Armées la semaine dernière. J’y ai passé trois ans et j’y ai beaucoup appris. Notamment cinq leçons que je voulais partager ici. Rien de révolutionnaire, mais des choses simples à se rappeler au quotidien. Bonne lecture !";

  it('shows a short subtitle whole, and of a long one its first sentence', () => {
    expect(shownSubtitle('Why the tools we choose shape the work we do')).toBe('Why the tools we choose shape the work we do');
    expect(shownSubtitle(description)).toBe("J'ai quitté le ministère des Armées la semaine dernière.");
    expect(shownSubtitle(null)).toBeNull();
  });

  it('shows nothing of one whose first sentence is long too', () => {
    const sentence = `${'A very long opening clause that keeps going '.repeat(5)}until it ends.`;
    expect(shownSubtitle(`${sentence} And a second sentence.`)).toBeNull();
  });

  it('gives the title slide and the source slide its first sentence; the outline keeps it whole', () => {
    const text = [
      '---',
      'title: Cinq choses que j’ai apprises',
      `description: "${description}"`,
      '---',
      '',
      ...Array.from(
        { length: 6 },
        (_, i) => `La leçon numéro ${i + 1} est simple, et je la raconte ici en quelques phrases. Elle vaut pour toute équipe.\n`,
      ),
    ].join('\n');
    const { outline, document: doc } = render(text, 'lecons.md');
    expect(outline.meta.subtitle).toBe(description);
    expect(doc.getElementById('title')?.querySelector('.bd-subtitle')?.textContent).toBe(
      "J'ai quitté le ministère des Armées la semaine dernière.",
    );
    expect(doc.getElementById('about')?.querySelector('.bd-subtitle')?.textContent).toBe(
      "J'ai quitté le ministère des Armées la semaine dernière.",
    );
  });
});
