import { DEFAULT_OPTIONS } from '../deck/options.js';
import type { Outline } from '../types.js';
import { DECK_CONFIG_DOCS } from './config.js';

/**
 * The deck.yaml `briefdeck init` writes: every key of the schema, set to its default (so the
 * deck is what it would be without the file) under a comment that says what it does and shows
 * an example with the essay's own ids. Made from DECK_CONFIG_DOCS beside the schema and from
 * DEFAULT_OPTIONS, so it cannot fall out of step with what the loader accepts.
 */

const WIDTH = 100;

/** `text` as comment lines of at most WIDTH characters. */
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/)) {
    if (line.length + 1 + word.length > WIDTH && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/** A default value in YAML flow style: `[]`, `{}`, `null`, a number, a plain or quoted string. */
function flow(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([key, inner]) => `${key}: ${flow(inner)}`).join(', ')} }`;
  }
  if (typeof value === 'string') return /^[a-z][a-z0-9-]*$/i.test(value) ? value : JSON.stringify(value);
  return String(value);
}

/** Ids of this essay for the examples: two groups to reorder, and two slides of one group (placeholders when it has none). */
function exampleIds(outline: Outline): { groups: string[]; group: string; slides: string[] } {
  const movable = outline.groups.filter((group) => group.kind !== 'title');
  const sections = movable.filter((group) => group.kind === 'section');
  const groups = (sections.length >= 2 ? sections : movable).slice(0, 2).map((group) => group.id);
  // Two key-point slides when a group has them, rather than a section's opening slide, which is best left first.
  // (A deck whose parts are one slide each has no two to reorder: the example then names one real slide, still valid.)
  const keyPoints = movable.find((group) => group.slides.length >= 3);
  const stacked = keyPoints ?? movable.find((group) => group.slides.length >= 2) ?? sections[0];
  const from = keyPoints ? 1 : 0;
  return {
    groups: groups.length === 2 ? groups : ['GROUP', 'GROUP'],
    group: stacked?.id ?? 'GROUP',
    slides: stacked ? stacked.slides.slice(from, from + 2).map((slide) => slide.id) : ['SLIDE', 'SLIDE'],
  };
}

/** The commented deck.yaml for the deck of `outline`. */
export function deckYamlText(outline: Outline): string {
  const ids = exampleIds(outline);
  const [first = 'GROUP', second = 'GROUP'] = ids.groups;
  const slides = ids.slides.length === 1 ? ids.slides : [ids.slides[1] ?? 'SLIDE', ids.slides[0] ?? 'SLIDE'];
  const example = (text: string): string =>
    text
      .replace('GROUP, GROUP', `${second}, ${first}`)
      .replace('{ GROUP: [SLIDE, SLIDE] }', `{ ${ids.group}: [${slides.join(', ')}] }`)
      .replace(/\bGROUP\b/, first);
  const lines = [
    ...comment(
      'deck.yaml: the options of this deck. Every key is set to its default, so the deck is what it would be without this file: change what you need. `briefdeck outline` on this folder lists the group and slide ids; the command line (--order, --hide, --minutes, --theme) wins over this file.',
    ),
  ];
  for (const [key, doc] of Object.entries(DECK_CONFIG_DOCS) as Array<
    [keyof typeof DECK_CONFIG_DOCS, (typeof DECK_CONFIG_DOCS)[keyof typeof DECK_CONFIG_DOCS]]
  >) {
    lines.push('', ...comment(doc.text), `#   e.g. ${example(doc.example)}`, `${key}: ${flow(DEFAULT_OPTIONS[key])}`);
  }
  return `${lines.join('\n')}\n`;
}
