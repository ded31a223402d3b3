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
import { navigation } from './rules/navigation.js';
import { newsletter } from './rules/newsletter.js';
import { promo } from './rules/promo.js';
import { related } from './rules/related.js';
import { search } from './rules/search.js';
import { social } from './rules/social.js';
import { tags } from './rules/tags.js';
import type { BlockRule, Verdict } from './rules/types.js';
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
  tags,
  related,
  advertisement,
  cookies,
  counter,
  copyright,
  controls,
];

export function classify(block: Block, inBody: boolean): Verdict | null {
  if (block.kind === 'rule') return null;
  const context = { words: words(block), inBody };
  for (const rule of RULES) {
    const verdict = rule.test(block, context);
    if (verdict) return verdict;
  }
  return null;
}
