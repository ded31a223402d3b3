import type { Block } from '../blocks.js';
import { classify } from '../rules.js';
import { HEADING_MAX_WORDS, isHeadingShaped, isProse, isText, words } from '../shape.js';
import type { BodyItem, Pass } from '../state.js';
import { endsLikeSentence, matchKey } from '../text.js';

/** A pull quote repeats a sentence or two of the body; a longer block is the body itself. */
const PULL_QUOTE_MAX_WORDS = 60;
/** Characters: shorter repeats ("Read more") are chrome rules' business, not pull quotes. */
const PULL_QUOTE_MIN_CHARS = 20;
/** An emphasised line is a heading when it is short: a whole emphasised sentence is emphasis. */
const EMPHASIS_HEADING_MAX_WORDS = 12;
/** Level given to headings a page marks only by emphasis: below every `#` heading. */
export const EMPHASIS_LEVEL = 6;
/** Level given to heading-shaped lines of a page copy, which carry no level of their own. */
export const TEXT_HEADING_LEVEL = 2;

/** Anchor marks some sites put after a heading: "Why it matters #", "¶", "🔗". */
export function headingTitle(text: string): string {
  return text.replace(/\s*(?:#+|¶|🔗|§|permalink)\s*$/iu, '').trim();
}

/** A reworded pull quote stands within this many blocks of the paragraph it repeats. */
const PULL_QUOTE_REACH = 4;
/** Share of a quoted block's content words that must recur in one nearby paragraph. */
const PULL_QUOTE_OVERLAP = 0.75;

const contentWords = (key: string): Set<string> => new Set(key.split(' ').filter((word) => word.length >= 4));
const overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => [...a].filter((word) => b.has(word)).length / a.size;

/**
 * A short block whose words all stand, in order, inside a longer body block repeats it. A
 * heading-shaped line before running text is a heading that the text may well repeat.
 */
function pullQuotes(blocks: readonly Block[]): Set<Block> {
  const quotes = new Set<Block>();
  const keys = blocks.map((block) => matchKey(block.plain).replace(/"/g, ''));
  blocks.forEach((block, i) => {
    const key = keys[i] as string;
    if (block.kind === 'heading' || words(block) > PULL_QUOTE_MAX_WORDS || key.length < PULL_QUOTE_MIN_CHARS) return;
    const next = blocks[i + 1];
    if (isHeadingShaped(block) && next && isText(next)) return;
    if (keys.some((other, j) => j !== i && other.length > key.length && other.includes(key))) quotes.add(block);
    // Set in quotation marks, a pull quote may trim or reword the sentence it repeats nearby.
    else if (/^["“]/.test(block.plain) && /["”]$/.test(block.plain)) {
      const own = contentWords(key);
      const near = blocks.slice(Math.max(0, i - PULL_QUOTE_REACH), i + PULL_QUOTE_REACH + 1);
      if (own.size > 0 && near.some((other) => other !== block && overlap(own, contentWords(matchKey(other.plain))) >= PULL_QUOTE_OVERLAP))
        quotes.add(block);
    }
  });
  return quotes;
}

/**
 * Needs: header, tail (the body's zone). Reads the body's blocks as headings and paragraphs:
 * chrome set in the text (ads, newsletter boxes, captions) and pull quotes go; a heading is a
 * Markdown heading, an emphasised short line, or (in a page copy) a heading-shaped line before
 * running text. Sets `items`.
 */
export const body: Pass = {
  name: 'body',
  run(state) {
    const kept: Array<{ block: Block; index: number }> = [];
    for (let i = state.bodyStart; i < state.bodyEnd; i++) {
      const block = state.blocks[i] as Block;
      if (block.kind === 'rule' || state.isDecided(i)) continue;
      const verdict = classify(block, true);
      if (verdict?.kind === 'chrome') state.remove(i, verdict.reason);
      else kept.push({ block, index: i });
    }
    const quotes = pullQuotes(kept.map((entry) => entry.block));
    const items: BodyItem[] = [];
    kept.forEach(({ block, index }, k) => {
      if (quotes.has(block)) {
        state.remove(index, 'pull-quote');
        return;
      }
      const next = kept[k + 1]?.block;
      const followedByText = next !== undefined && (isText(next) || next.kind === 'heading');
      const heading = (level: number, marked: boolean): void => {
        items.push({ type: 'heading', title: headingTitle(block.plain), level, line: block.lines.start, marked });
        state.decide(index, { kind: 'heading', level });
      };
      if (block.kind === 'heading') {
        heading(block.level ?? TEXT_HEADING_LEVEL, true);
      } else if (
        state.format === 'markdown' &&
        block.emphasised &&
        isHeadingShaped(block, EMPHASIS_HEADING_MAX_WORDS) &&
        !endsLikeSentence(block.plain) &&
        followedByText
      ) {
        heading(EMPHASIS_LEVEL, true);
      } else if (
        state.format === 'text' &&
        isHeadingShaped(block, HEADING_MAX_WORDS) &&
        !isProse(block) &&
        next !== undefined &&
        isText(next)
      ) {
        heading(TEXT_HEADING_LEVEL, false);
      } else if (isText(block) || items.length > 0 || next) {
        // A short fragment that is neither heading nor sentence still belongs to the text.
        items.push({ type: 'paragraph', paragraph: state.paragraph(block) });
        state.decide(index, { kind: 'text' });
      } else {
        state.remove(index, 'outside-article');
      }
    });
    state.items = items;
  },
};
