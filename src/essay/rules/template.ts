import { DIV_FENCE, TEMPLATE } from '../markdown.js';
import { wordCount } from '../text.js';
import type { BlockRule } from './types.js';

/** Words a line may keep besides its template syntax and still be only the template's: "**Table of Contents** * TOC". */
const TEMPLATE_LINE_MAX_WORDS = 4;
/** A line read at all is short: its syntax and those words. */
const TEMPLATE_LINE_READ_MAX_WORDS = 12;

/**
 * A line of a site generator's template syntax that the page printed raw, as a page copy keeps it: kramdown's table
 * of contents, "**Table of Contents** {: #toc } * TOC {:toc}", a front-end template's field, "{{ navItem.title }}
 * Overview". Markup, never text. (In Markdown the syntax is taken out with its line's other marks: markdown.ts.)
 */
export const template: BlockRule = {
  name: 'template',
  test(block, { words }) {
    // (A Pandoc or Quarto fenced div's fence a converted page kept in its text: "::: Entry-content", ":::".)
    if (words <= TEMPLATE_LINE_MAX_WORDS && block.plain.startsWith(':::') && DIV_FENCE.test(block.plain.trim()))
      return { kind: 'chrome', reason: 'markup' };
    if (words > TEMPLATE_LINE_READ_MAX_WORDS || !block.plain.includes('{')) return null;
    const rest = block.plain.replace(TEMPLATE, ' ');
    return rest !== block.plain && wordCount(rest) <= TEMPLATE_LINE_MAX_WORDS ? { kind: 'chrome', reason: 'markup' } : null;
  },
};
