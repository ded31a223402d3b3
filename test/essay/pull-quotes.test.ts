import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Block, blockKey, makeBlock } from '../../src/essay/blocks.js';
import { orderedOverlap, pullQuotes } from '../../src/essay/pull-quotes.js';
import { isHeadingShaped, isHeadlineCase, isText, words } from '../../src/essay/shape.js';
import { excerpt } from '../helpers/excerpt.js';

/**
 * pullQuotes as it was before a nearby paragraph's key was first searched for the short block's
 * words (it cut every paragraph it compared into words): the reference the faster one must match.
 * (orderedOverlap, which the change left as it was, is the module's own.)
 */
function referencePullQuotes(blocks: readonly Block[], headings: ReadonlySet<number>): Set<Block> {
  const contentWords = (key: string): string[] => key.split(' ').filter((word) => word.length >= 4);
  const someNear = (i: number, reach: number, test: (j: number) => boolean): boolean => {
    for (let j = Math.max(0, i - reach); j <= Math.min(blocks.length - 1, i + reach); j++) if (test(j)) return true;
    return false;
  };
  const readsAsQuote = (block: Block): boolean => {
    const text = block.plain.trim();
    if (/[.!…][”"’')\]]*$|^["“]/.test(text)) return true;
    return words(block) >= 10 && !isHeadlineCase(block) && !/\?[”"’')\]]*$/.test(text);
  };
  const quotes = new Set<Block>();
  const keys = blocks.map((block) => blockKey(block));
  const excerptOf = (i: number, own: readonly string[], j: number, ratio: number): boolean => {
    const block = blocks[i] as Block;
    const other = blocks[j] as Block;
    if (other === block || words(other) < words(block) * ratio) return false;
    const theirs = contentWords(keys[j] as string);
    const set = new Set(theirs);
    if (own.filter((word) => set.has(word)).length < 0.75 * own.length) return false;
    return orderedOverlap(own, theirs) >= 0.75;
  };
  const opening = blocks.findIndex((block, i) => block.kind !== 'heading' && !headings.has(i) && !isHeadingShaped(block));
  blocks.forEach((block, i) => {
    const key = keys[i] as string;
    if (block.kind === 'heading' || block.kind === 'item' || words(block) > 60 || key.length < 20) return;
    const next = blocks[i + 1];
    if ((isHeadingShaped(block) || headings.has(i)) && next && isText(next)) {
      if (!readsAsQuote(block)) return;
      const own = contentWords(key);
      if (own.length >= 6 && someNear(i, 6, (j) => blocks[j] !== next && excerptOf(i, own, j, 1.5))) quotes.add(block);
      return;
    }
    const nearKeys = keys.slice(Math.max(0, i - 12), i + 13);
    if (keys.slice(Math.max(0, i - 12), i).includes(key)) {
      quotes.add(block);
      return;
    }
    if (nearKeys.some((other) => other !== key && other.length > key.length && other.includes(key))) {
      quotes.add(block);
      return;
    }
    if (block.plain.trimEnd().endsWith(':')) return;
    if (i === opening) return;
    const own = contentWords(key);
    const quoted =
      /^["“]/.test(block.plain) && Math.max(block.plain.lastIndexOf('”'), block.plain.lastIndexOf('"')) > block.plain.length * 0.6;
    if (own.length < (quoted ? 1 : 8)) return;
    if (someNear(i, quoted ? 12 : 6, (j) => excerptOf(i, own, j, quoted ? 1.2 : 1.5))) quotes.add(block);
  });
  return quotes;
}

describe('pullQuotes', () => {
  it('finds the pull quotes the reference finds, among paragraphs and their reworded, trimmed and quoted excerpts', () => {
    // Few words, so that paragraphs share many and excerpts fall either side of the overlap threshold.
    const word = fc.constantFrom(
      'water',
      'policy',
      'budget',
      'rivers',
      'of',
      'the',
      'farms',
      'state',
      'waters',
      'pol',
      'icy',
      'cost',
      'risk',
    );
    const paragraph = fc.array(word, { minLength: 8, maxLength: 70 });
    const excerpt = fc.tuple(fc.nat(), fc.integer({ min: 4, max: 30 }), fc.array(fc.tuple(fc.nat(), word), { maxLength: 4 }), fc.boolean());
    const page = fc.array(
      fc.oneof(
        paragraph.map((w) => ({ paragraph: w })),
        excerpt.map((e) => ({ excerpt: e })),
      ),
      {
        minLength: 1,
        maxLength: 16,
      },
    );
    fc.assert(
      fc.property(page, (items) => {
        const texts: string[] = [];
        for (const item of items) {
          if ('paragraph' in item) {
            texts.push(`${item.paragraph.join(' ')}.`);
            continue;
          }
          // A run of the paragraph before, some words changed, set in quotation marks or not.
          const [at, length, changes, quoted] = item.excerpt;
          const source = (texts[texts.length - 1] ?? 'water policy of the state').replace(/\.$/, '').split(' ');
          const from = at % source.length;
          const run = source.slice(from, from + length);
          for (const [k, replacement] of changes) run[k % run.length] = replacement;
          texts.push(quoted ? `“${run.join(' ')}.”` : `${run.join(' ')}.`);
        }
        const blocks = texts.map((text, k) => makeBlock('paragraph', [{ text, line: 2 * k + 1 }]));
        const found = pullQuotes(blocks, new Set());
        const expected = referencePullQuotes(blocks, new Set());
        expect(blocks.map((block) => found.has(block))).toEqual(blocks.map((block) => expected.has(block)));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('pull quotes: a refrain', () => {
  it('keeps every copy of the headline the text says again after each paragraph, and still drops a credit printed so (OUseful Info; York cycle track)', () => {
    const refrain = excerpt('tuning/bf-ouseful-ignore-rss', [1, 120]);
    const copies = [9, 13, 17, 21, 25, 29];
    for (const line of copies) expect(refrain.body, `line ${line}`).toContain(line);
    // "maps and streetview images from Google Maps and are © Google, 2017.", printed under three pictures.
    const credits = excerpt('tuning/bc-pxtl-york-bike-track', [1, 104]);
    for (const line of [52, 58]) expect(credits.body, `line ${line}`).not.toContain(line);
  });
});

describe('pullQuotes on real pages', () => {
  it('takes no lead-in over its list for a pull quote, though a paragraph further on opens with nearly its words (Digital Rights Watch, lines 69 and 87)', () => {
    // "We're pleased to see that the Bill will introduce a mandatory requirement for IPP entities to:" / its list / …
    // "We're pleased to see that the Bill introduces a mandatory requirement for IPP entities to carry out a Privacy Impact Assessment …".
    const { essay, removed } = excerpt('tuning/p-digitalrightswatch-wa-privacy-bill', [67, 92]);
    expect(removed.has(69)).toBe(false);
    const paragraphs = essay.sections.flatMap((section) => section.paragraphs).concat(essay.intro);
    expect(paragraphs.some((paragraph) => paragraph.text.endsWith('mandatory requirement for IPP entities to:'))).toBe(true);
  });
  it('takes no opening paragraph for a pull quote, though the text takes up its words further on (Scott Colfer, line 10)', () => {
    // "Digital Government is (kind of) 10-years old.* What will the next 10-years look like?" / … / "I was going to use this
    // question - ‘what’s the next 10-years of Digital Government?’ - …" / "Note: * *It's not as neat as being 10-years old. …".
    const { removed, body } = excerpt('tuning/an-scottcolfer-next-ten-years-digital-government', [1, 40]);
    expect(removed.has(10)).toBe(false);
    expect(body).toContain(10);
  });
});
