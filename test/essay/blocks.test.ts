import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/essay/blocks.js';

describe('textBlocks', () => {
  it('runs a line that starts in lower case on to a long line broken inside a sentence', () => {
    const blocks = textBlocks(
      ['The committee heard evidence from the regulators and', 'from the firms they oversee, over three days.'].join('\n'),
    );
    expect(blocks.map((block) => block.plain)).toEqual([
      'The committee heard evidence from the regulators and from the firms they oversee, over three days.',
    ]);
  });

  it('keeps a short line (a button, a label) apart from a line in lower case under it (Back of Mind)', () => {
    const blocks = textBlocks(
      ['SubscribeSign in', 'what is once sprung cannot necessarily be unsprunged', 'the problem of cognitive hysteresis'].join('\n'),
    );
    expect(blocks.map((block) => block.plain)).toEqual([
      'SubscribeSign in',
      'what is once sprung cannot necessarily be unsprunged the problem of cognitive hysteresis',
    ]);
  });

  it('keeps a credit that starts with a word with a capital inside apart from the line above (Education Week)', () => {
    const blocks = textBlocks(['By Sarah Schwartz — November 18, 2025  6 min read', 'iStock/Getty'].join('\n'));
    expect(blocks.map((block) => block.plain)).toEqual(['By Sarah Schwartz — November 18, 2025 6 min read', 'iStock/Getty']);
  });

  it('keeps the heading of a box of links apart from the line above it, though it starts in lower case (Healthline)', () => {
    const blocks = textBlocks(['Written by Rachael Link, MS, RD on November 14, 2019', 'related stories'].join('\n'));
    expect(blocks.map((block) => block.plain)).toEqual(['Written by Rachael Link, MS, RD on November 14, 2019', 'related stories']);
  });
});
