import { formatDate } from '../essay/dates.js';
import { labelsFor } from '../essay/language.js';
import { splitSentenceSpans } from '../essay/sentences.js';
import { wordCount } from '../essay/text.js';
import type { Deck, DeckGroup, DeckSlide, OutlineMeta } from '../types.js';
import { escapeHtml as e, scriptJson } from './escape.js';
import { REVEAL_OPTIONS_ID } from './page-ids.js';

/**
 * Deck → Reveal.js markup. Each group is a horizontal `<section>` holding its slides as
 * vertical `<section>`s (a Reveal stack); notes go in `<aside class="notes">`; data
 * attributes carry ids, layout, timing and source lines for tools and tests.
 */

export interface RenderedDeck {
  /** Document title. */
  title: string;
  lang: string;
  /** The contents of `<div class="slides">`. */
  slides: string;
  /** A footer shown on every slide: publication and date. */
  footer: string;
  /** Options for `Reveal.initialize`, as JSON-able values. */
  reveal: RevealOptions;
}

/** The subset of Reveal options briefdeck sets, including those reveal.js's types lack. */
export interface RevealOptions {
  width: number;
  height: number;
  margin: number;
  hash: boolean;
  slideNumber: string;
  showSlideNumber: string;
  controls: boolean;
  progress: boolean;
  center: boolean;
  transition: string;
  pdfSeparateFragments: boolean;
  pdfMaxPagesPerSlide: number;
  totalTime: number;
  /** The overview slide shows this in words; the speaker view paces by `data-timing`. */
  defaultTiming: number;
}

/** ` key="value"` for each value given (not null, undefined or false), escaped, in the object's order. */
function attrs(values: Record<string, string | number | null | undefined | false>): string {
  // (A loop over the keys: no array of entries, filtered and mapped, for each of a long deck's slides and bullets.)
  let out = '';
  for (const key in values) {
    const value = values[key];
    if (value !== null && value !== undefined && value !== false) out += ` ${key}="${e(String(value))}"`;
  }
  return out;
}

/** Adds the slide's notes to `out`, a paragraph for each run of text between blank lines (nothing for notes all space). */
function notes(slide: DeckSlide, out: string[]): void {
  if (!slide.notes.trim()) return;
  out.push('<aside class="notes">');
  for (const paragraph of slide.notes.split(/\n{2,}/)) out.push('<p>', e(paragraph), '</p>');
  out.push('</aside>');
}

export function byline(meta: OutlineMeta, lang = 'en'): string {
  const parts: string[] = [];
  if (meta.authors.length > 0) parts.push(`<span class="bd-authors">${e(joinNames(meta.authors, lang))}</span>`);
  if (meta.date) parts.push(`<time datetime="${e(meta.date)}">${e(formatDate(meta.date, lang))}</time>`);
  return parts.join('<span class="bd-sep" aria-hidden="true"> · </span>');
}

/** A subtitle of more words than this is a page's standfirst of several sentences, too long to stand under a title. */
const SHOWN_SUBTITLE_MAX_WORDS = 35;

/**
 * The subtitle as the title slide and the source slide show it: whole when short, else its first sentence when that is
 * short, else none. The outline keeps it whole (the PDF's subject too). (Pages describe themselves in up to a hundred
 * words, five sentences: small print filling the title slide, and the source slide again; a presenter review.)
 */
export function shownSubtitle(subtitle: string | null): string | null {
  if (subtitle === null || wordCount(subtitle) <= SHOWN_SUBTITLE_MAX_WORDS) return subtitle;
  const first = splitSentenceSpans(subtitle)[0]?.text.trim();
  return first && wordCount(first) <= SHOWN_SUBTITLE_MAX_WORDS ? first : null;
}

/** The essay cited, as the source slide of a deck without a bio shows it. */
function citation(deck: Deck): string {
  const { meta } = deck;
  const credit = byline(meta, deck.lang);
  const subtitle = shownSubtitle(meta.subtitle);
  return [
    '<div class="bd-about bd-source">',
    `<p><cite>${e(meta.title)}</cite>${subtitle ? `<br><span class="bd-subtitle">${e(subtitle)}</span>` : ''}</p>`,
    credit ? `<p class="bd-byline">${credit}</p>` : '',
    meta.publication ? `<p class="bd-publication">${e(meta.publication)}</p>` : '',
    '</div>',
  ].join('');
}

/** A title slide names this many writers at most; an open letter's signatories are counted after them. */
const NAMES_SHOWN_MAX = 6;

/**
 * The writers' names in the deck's language: "Jane Doe and John Roe", "Andrés Malamud y Martín Schapiro", "A, B, C, D, E
 * and 147 others".
 */
export function joinNames(names: readonly string[], lang = 'en'): string {
  const labels = labelsFor(lang);
  const shown =
    names.length > NAMES_SHOWN_MAX ? [...names.slice(0, NAMES_SHOWN_MAX - 1), labels.others(names.length - NAMES_SHOWN_MAX + 1)] : names;
  if (shown.length <= 1) return shown.join('');
  const last = shown[shown.length - 1] as string;
  return `${shown.slice(0, -1).join(', ')} ${labels.and(last)} ${last}`;
}

export function minutes(seconds: number): string {
  const rounded = Math.max(1, Math.round(seconds / 60));
  return `${rounded} min`;
}

function slideBody(slide: DeckSlide, group: DeckGroup, deck: Deck, kickerOf: (group: DeckGroup) => string): string {
  const title = e(slide.title);
  switch (slide.layout) {
    case 'title': {
      const { meta } = deck;
      const subtitle = shownSubtitle(meta.subtitle);
      return [
        meta.publication ? `<p class="bd-publication">${e(meta.publication)}</p>` : '',
        `<h1>${title}</h1>`,
        subtitle ? `<p class="bd-subtitle">${e(subtitle)}</p>` : '',
        `<p class="bd-byline">${byline(meta, deck.lang)}</p>`,
      ].join('');
    }
    case 'section': {
      const points = agendaOf(group, slide);
      const agenda =
        points.length > 0
          ? `<ol class="bd-agenda">${points.map((s) => `<li>${e(s.title)}${continued(s, deck.lang)}</li>`).join('')}</ol>`
          : '';
      const kicker = kickerOf(group);
      return `${kicker ? `<p class="bd-kicker">${e(kicker)}</p>` : ''}<h2>${title}</h2>${agenda}`;
    }
    case 'overview': {
      // In the deck's order, as the sections' "N of M" count them; a hidden group is not announced.
      const linked = new Set((slide.links ?? []).map((link) => link.groupId));
      const links = deck.groups
        .filter((g) => linked.has(g.id) && !g.hidden)
        .map((g) => `<li${attrs({ 'data-group': g.id })}><a href="#/${e(g.id)}">${e(g.title)}</a></li>`);
      return `<h2>${title}</h2><ol class="bd-overview">${links.join('')}</ol><p class="bd-duration">${e(labelsFor(deck.lang).inAll(minutes(deck.totalSeconds)))}</p>`;
    }
    case 'about': {
      // Without a bio, the slide cites the essay (outline/build.ts): its title, then its writers and date, its publication.
      if (slide.bullets.length === 0) return `<h2>${title}</h2>${citation(deck)}`;
      // The bio in its own paragraphs (a sentence numbered 1 starts one), each sentence traced to its line.
      const paragraphs: string[][] = [];
      for (const b of slide.bullets) {
        const sentence = `<span${sourceAttrs(b.source)}>${e(b.text)}</span>`;
        const last = paragraphs[paragraphs.length - 1];
        if (last && b.source.sentence !== 1) last.push(sentence);
        else paragraphs.push([sentence]);
      }
      return `<h2>${title}${continued(slide, deck.lang)}</h2><div class="bd-about">${paragraphs.map((p) => `<p>${p.join(' ')}</p>`).join('')}</div>`;
    }
    default: {
      // A part of one slide opens with it (outline/build.ts): the slide says which part it is, as a divider would.
      const kicker = slide.id === group.id ? kickerOf(group) : '';
      return `${kicker ? `<p class="bd-kicker">${e(kicker)}</p>` : ''}<h2>${title}${continued(slide, deck.lang)}</h2><ul class="bd-points">${slide.bullets
        .map((b) => `<li${sourceAttrs(b.source)}>${e(b.text)}</li>`)
        .join('')}</ul>`;
    }
  }
}

function continued(slide: DeckSlide, lang: string): string {
  return slide.continued ? `<span class="bd-continued"> ${e(labelsFor(lang).continued)}</span>` : '';
}

function sourceAttrs(source: { line: number; sentence: number }): string {
  // Line 0: a bullet the presenter wrote in outline.md, from no sentence of the essay.
  if (source.line === 0) return '';
  return attrs({ 'data-source-line': source.line, 'data-source-sentence': source.sentence });
}

/**
 * The "2 of 3" label over each section's title, which shown section of how many, for every group
 * of `deck` ('' for a group that is no shown section). Counted once per deck: a label per section
 * counted from all the groups would grow with the square of the sections.
 */
/**
 * The slides a section's divider lists: the stack's shown slides, each topic once. A slide that goes on with the one
 * before it ("Fixed terms end (continued)") is no topic of its own, unless the one before is hidden.
 */
export function agendaOf(group: DeckGroup, divider: DeckSlide): DeckSlide[] {
  return group.slides.filter((s, i) => s !== divider && !s.hidden && !(s.continued && group.slides[i - 1]?.hidden === false));
}

/** Each section's place among the shown sections, "2 of 5"; none when there is one section only ("1 of 1" says nothing). */
export function kickers(deck: Deck): (group: DeckGroup) => string {
  const sections = deck.groups.filter((g) => g.kind === 'section' && !g.hidden);
  if (sections.length < 2) return () => '';
  const { place } = labelsFor(deck.lang);
  const labels = new Map(sections.map((group, i) => [group, place(i + 1, sections.length)]));
  return (group) => labels.get(group) ?? '';
}

/** Adds the slide's `<section>` to `out`. */
function renderSlide(slide: DeckSlide, group: DeckGroup, deck: Deck, kickerOf: (group: DeckGroup) => string, out: string[]): void {
  const attributes = attrs({
    id: slide.id,
    class: `bd-slide bd-${slide.layout}`,
    'data-slide-id': slide.id,
    'data-layout': slide.layout,
    'data-timing': slide.seconds,
    'data-source-lines': slide.source ? `${slide.source.start}-${slide.source.end}` : null,
    'data-visibility': slide.hidden ? 'hidden' : null,
    // Reveal puts the state on the document while the slide shows: the title slide hides the footer.
    'data-state': slide.layout === 'title' ? 'bd-title-slide' : null,
  });
  out.push(`<section${attributes}>`, slideBody(slide, group, deck, kickerOf));
  notes(slide, out);
  out.push('</section>');
}

/** Adds the group's `<section>`, its slides' inside it, to `out`. */
function renderGroup(group: DeckGroup, deck: Deck, kickerOf: (group: DeckGroup) => string, out: string[]): void {
  const attributes = attrs({
    class: 'bd-group',
    'data-group': group.id,
    'data-kind': group.kind,
    'aria-label': group.title,
    'data-visibility': group.hidden ? 'hidden' : null,
  });
  out.push(`<section${attributes}>\n`);
  group.slides.forEach((slide, i) => {
    if (i > 0) out.push('\n');
    renderSlide(slide, group, deck, kickerOf, out);
  });
  out.push('\n</section>');
}

/**
 * The groups' markup, one line break between groups and between slides. Each piece is added to
 * one list, joined once: a long deck's notes are copied into the page once, not once for each
 * level of nesting that joined its own pieces.
 */
function renderGroups(deck: Deck, kickerOf: (group: DeckGroup) => string): string {
  const out: string[] = [];
  deck.groups.forEach((group, i) => {
    if (i > 0) out.push('\n');
    renderGroup(group, deck, kickerOf, out);
  });
  return out.join('');
}

export function renderDeck(deck: Deck): RenderedDeck {
  const footerParts = [deck.meta.publication, deck.meta.date ? formatDate(deck.meta.date, deck.lang) : null].filter(Boolean) as string[];
  const kickerOf = kickers(deck);
  return {
    title: deck.meta.title,
    lang: deck.lang,
    slides: renderGroups(deck, kickerOf),
    footer: footerParts.map(e).join(' · '),
    reveal: {
      width: deck.width,
      height: deck.height,
      margin: 0.04,
      hash: true,
      slideNumber: 'c/t',
      showSlideNumber: 'all',
      controls: true,
      progress: true,
      center: false,
      transition: 'slide',
      pdfSeparateFragments: false,
      pdfMaxPagesPerSlide: 1,
      totalTime: deck.totalSeconds,
      defaultTiming: 120,
    },
  };
}

/** The mark of a page briefdeck built. */
export const GENERATOR_META = '<meta name="generator" content="briefdeck" />';

/**
 * Fills the page template's placeholders with the rendered deck. The Reveal options go in the
 * page too, so the client's script is the same for every deck (src/vite/runtime.ts builds it once).
 */
export function fillTemplate(template: string, rendered: RenderedDeck, theme: string, extraHead = ''): string {
  // The generator mark is added here, not in the template, so that only pages briefdeck built
  // carry it: it is what makes an existing file safe to replace (src/vite/single-file.ts).
  const options = `${GENERATOR_META}<script type="application/json" id="${REVEAL_OPTIONS_ID}">${scriptJson(rendered.reveal)}</script>`;
  // The slides go in last: a long deck's page is mostly slides, and each replacement after them
  // would copy and search it all. (Escaped, they hold no placeholder of their own.)
  return template
    .replace(/<html([^>]*)\blang="[^"]*"/, `<html data-theme="${e(theme)}"$1lang="${e(rendered.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${e(rendered.title)}</title>`)
    .replace('<!--briefdeck:head-->', () => options + extraHead)
    .replace('<!--briefdeck:footer-->', () => rendered.footer)
    .replace('<!--briefdeck:slides-->', () => rendered.slides);
}

/** The prebuilt runtime's files for one deck (src/vite/runtime.ts), as URLs. */
export interface RuntimeLinks {
  script: string;
  styles: readonly string[];
}

/**
 * The deck page with the prebuilt runtime linked in place of the template's module script,
 * which only Vite can serve: a classic script and stylesheet links, so the page also runs from file://.
 */
export function runtimePage(template: string, rendered: RenderedDeck, theme: string, runtime: RuntimeLinks, extraHead = ''): string {
  const moduleScript = /<script type="module" src="[^"]*"><\/script>/;
  if (!moduleScript.test(template)) throw new Error('the page template has no module script to replace');
  const links = runtime.styles.map((href) => `<link rel="stylesheet" href="${e(href)}" />`).join('');
  // (Replaced in the template, before the slides make it long.)
  const classic = template.replace(moduleScript, () => `<script src="${e(runtime.script)}"></script>`);
  return fillTemplate(classic, rendered, theme, links + extraHead);
}
