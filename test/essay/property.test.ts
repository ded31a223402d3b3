import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/deck/build.js';
import { resolveDeckOptions } from '../../src/deck/options.js';
import { BriefdeckError } from '../../src/errors.js';
import { matchKey } from '../../src/essay/text.js';
import { essayToOutline } from '../../src/pipeline.js';
import { renderDeck } from '../../src/render/html.js';
import { leakedLines } from '../helpers/fixtures.js';
import { bodyParagraphs } from '../helpers/invariants.js';

/**
 * Property tests over generated essays: random paragraphs, headings, chrome lines, lists, odd
 * Unicode and control characters, as plain text and as Markdown. The pipeline either succeeds
 * with its invariants — every body sentence in the notes exactly once, every removed line off
 * the slides, all text escaped in the HTML — or throws briefdeck's own input error. Nothing else.
 */

const word = fc.oneof(
  fc.constantFrom(
    'policy',
    'budget',
    'the',
    'Congress',
    'schools',
    'U.S.',
    'Dr.',
    'e.g.',
    'cost',
    'water',
    'risk',
    'reform',
    '2024',
    '50%',
  ),
  fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '&amp;',
    '"quoted"',
    '“curly”',
    '—',
    '**bold**',
    '[link](http://x)',
    '\u0000',
    '\u202e',
    '\u00a0',
    '😀',
    'é',
  ),
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 14 })
  .map((words) => `${words.join(' ')}${['.', '?', '!', '', '.”'][words.length % 5]}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
const chrome = fc.constantFrom(
  'Share',
  'Subscribe to our newsletter',
  'Advertisement',
  'Related: Other news',
  '5 min read',
  '© 2024 Publisher',
  'Home > Blog',
);
const heading = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: heading.map((h) => `## ${h}`) },
  { weight: 1, arbitrary: heading },
  { weight: 1, arbitrary: chrome },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('---', '', '   ', '\t', '<div>', '{{< figure src="x" >}}', '[^1]: A note.', 'By Jane Doe | May 2, 2024'),
  },
);
const essay = fc.record({
  title: heading,
  blocks: fc.array(block, { minLength: 0, maxLength: 16 }),
  markdown: fc.boolean(),
  crlf: fc.boolean(),
});

function text({ title, blocks, markdown, crlf }: { title: string; blocks: string[]; markdown: boolean; crlf: boolean }): string {
  const body = [markdown ? `# ${title}` : title, ...blocks].join('\n\n');
  return crlf ? body.replace(/\n/g, '\r\n') : body;
}

describe('the pipeline on generated essays', () => {
  it('succeeds with its invariants, or says what is wrong with the input', () => {
    fc.assert(
      fc.property(essay, (generated) => {
        const source = { path: generated.markdown ? 'essay.md' : 'essay.txt', text: text(generated) };
        let result: ReturnType<typeof essayToOutline>;
        try {
          result = essayToOutline(source);
        } catch (error) {
          expect(error).toBeInstanceOf(BriefdeckError);
          return;
        }
        const { essay: parsed, outline } = result;
        // Every body sentence once in the notes, in order: the notes of the slides before the
        // about slides, read in order, are the body's text (spacing aside).
        const squeeze = (text: string): string => text.replace(/\s+/g, '');
        const notes = outline.groups.filter((g) => g.kind !== 'about').flatMap((g) => g.slides.map((slide) => slide.notes));
        expect(squeeze(notes.join(''))).toBe(
          squeeze(
            bodyParagraphs(parsed)
              .map((p) => p.text)
              .join(''),
          ),
        );
        // No chrome line's text on a slide or in the notes (unless a kept line says it too): the lines
        // a chrome rule removed, of three words or more (shorter ones may coincide with a title made
        // of the body's words; a stray heading or tag the parser could not place is not chrome).
        const removed = parsed.removed
          .filter((entry) => !['outside-article', 'markup'].includes(entry.reason) && matchKey(entry.text).split(' ').length >= 3)
          .map((entry) => entry.line);
        expect(leakedLines(source.text, removed, outline)).toEqual([]);
        // All essay text escaped: no element the essay wrote reaches the HTML.
        const html = renderDeck(buildDeck(outline, resolveDeckOptions())).slides;
        expect(html).not.toMatch(/<script|<div>/i);
      }),
      { numRuns: Number(process.env.BRIEFDECK_PROPERTY_RUNS ?? 2000), seed: Number(process.env.BRIEFDECK_PROPERTY_SEED ?? 20261201) },
    );
  });
});
