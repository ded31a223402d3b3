import type { Block } from './blocks.js';
import { advertisement } from './rules/advertisement.js';
import { byline } from './rules/byline.js';
import { controls } from './rules/controls.js';
import { cookies } from './rules/cookies.js';
import { copyright } from './rules/copyright.js';
import { counter } from './rules/counter.js';
import { credit } from './rules/credit.js';
import { editorial } from './rules/editorial.js';
import { footnote } from './rules/footnote.js';
import { menuRow } from './rules/menu-row.js';
import { navigation } from './rules/navigation.js';
import { newsletter } from './rules/newsletter.js';
import { promo } from './rules/promo.js';
import { related } from './rules/related.js';
import { search } from './rules/search.js';
import { social } from './rules/social.js';
import { tags } from './rules/tags.js';
import { template } from './rules/template.js';
import type { BlockRule, RuleContext, Verdict } from './rules/types.js';
import { words } from './shape.js';

/**
 * The block rules, in the order they are tried; the first that answers wins. Metadata comes
 * first so "By Jane Doe" is a byline before anything else can claim it; the chrome rules are
 * general patterns of web pages, never lines of one particular page.
 */
export const RULES: readonly BlockRule[] = [
  byline,
  credit,
  editorial,
  footnote,
  search,
  newsletter,
  promo,
  navigation,
  social,
  menuRow,
  tags,
  related,
  advertisement,
  cookies,
  counter,
  copyright,
  controls,
  template,
];

/**
 * Each block's answers from the rules that did not read `inBody` for it: the markup pass asks of
 * every block out of context, the body pass asks of its blocks again in the body, and only the
 * answers that read where the block stands may differ. (A rule's answer depends on the block and
 * the context alone; a kept answer is the same Verdict object the first call returned.)
 */
const answers = new WeakMap<Block, Array<Verdict | null | undefined>>();

/**
 * What the rules read of one block, noting whether one read `inBody`. (A class, its getter on the
 * prototype: an object literal with a getter of its own, a new closure and accessor at every call,
 * cost about 40 ms of classify's time on a 10 MB essay.)
 */
class Context implements RuleContext {
  readonly words: number;
  readonly #inBody: boolean;
  readsPlace = false;
  constructor(words: number, inBody: boolean) {
    this.words = words;
    this.#inBody = inBody;
  }
  get inBody(): boolean {
    this.readsPlace = true;
    return this.#inBody;
  }
}

export function classify(block: Block, inBody: boolean): Verdict | null {
  if (block.kind === 'rule') return null;
  let known = answers.get(block);
  if (!known) {
    known = [];
    answers.set(block, known);
  }
  const context = new Context(words(block), inBody);
  // (By index: an entries() iterator made a pair for every rule of every block.)
  for (let k = 0; k < RULES.length; k++) {
    let verdict = known[k];
    if (verdict === undefined) {
      context.readsPlace = false;
      verdict = (RULES[k] as BlockRule).test(block, context);
      if (!context.readsPlace) known[k] = verdict;
    }
    if (verdict) return verdict;
  }
  return null;
}
