import type { RemovalReason } from '../../types.js';
import type { Block } from '../blocks.js';

/** What a rule says a block is. Metadata fields can share one line ("By Jane Doe | May 2, 2024"). */
export type Verdict = { kind: 'chrome'; reason: RemovalReason } | { kind: 'meta'; date?: string; authors?: string[]; category?: string };

export interface RuleContext {
  /** Words in the block. */
  words: number;
  /** The block lies inside the article body, where only unmistakable chrome is removed. */
  inBody: boolean;
}

/** One small rule per file; `rules.ts` lists them in the order they are tried. */
export interface BlockRule {
  name: string;
  test(block: Block, context: RuleContext): Verdict | null;
}
