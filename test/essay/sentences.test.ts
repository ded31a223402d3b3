import { describe, expect, it } from 'vitest';
import { splitSentenceSpans, splitSentences } from '../../src/essay/sentences.js';

const split = (text: string): string[] => splitSentenceSpans(text).map((span) => span.text);

describe('splitSentences', () => {
  it('does not end a sentence at a title or an initialism', () => {
    expect(split('Mr. Smith met Dr. Jones at the U.N. headquarters. The U.S. has been unwilling.')).toEqual([
      'Mr. Smith met Dr. Jones at the U.N. headquarters.',
      'The U.S. has been unwilling.',
    ]);
    expect(split('Gen. Milley spoke to the U.S. Congress on Tuesday. Then he left.')).toEqual([
      'Gen. Milley spoke to the U.S. Congress on Tuesday.',
      'Then he left.',
    ]);
  });

  it('ends a sentence at an initialism when a new sentence clearly starts', () => {
    expect(split('The idea took hold in the U.S. The rest of the world followed.')).toEqual([
      'The idea took hold in the U.S.',
      'The rest of the world followed.',
    ]);
  });

  it('keeps e.g., i.e. and month abbreviations inside the sentence', () => {
    expect(split('Some states, e.g. Ohio, did so. It ended on Jan. 5 last year.')).toEqual([
      'Some states, e.g. Ohio, did so.',
      'It ended on Jan. 5 last year.',
    ]);
  });

  it('splits after a closing bracket or quote, and keeps the text as written', () => {
    const paragraph = 'It was a deal.\u00a0 (This was essentially one of the deals.)  He said “Go.” She left.';
    expect(split(paragraph)).toEqual(['It was a deal.', '(This was essentially one of the deals.)', 'He said “Go.”', 'She left.']);
    for (const span of splitSentenceSpans(paragraph)) expect(paragraph.slice(span.offset, span.offset + span.text.length)).toBe(span.text);
  });

  it('keeps an unfinished last sentence as it is, inventing no ending', () => {
    expect(split('The first point stands. The second point was cut off in the middle of')).toEqual([
      'The first point stands.',
      'The second point was cut off in the middle of',
    ]);
  });

  it('gives each sentence the line it starts on in a wrapped paragraph', () => {
    const text = 'One short sentence. Another that runs over the end of the line and onto the next. Third.';
    const lineStarts = [
      { offset: 0, line: 10 },
      { offset: text.indexOf('onto'), line: 11 },
      { offset: text.indexOf('Third'), line: 12 },
    ];
    expect(splitSentences(text, lineStarts).map((s) => [s.line, s.index])).toEqual([
      [10, 1],
      [10, 2],
      [12, 3],
    ]);
  });
  it('does not split at a stop inside a web address, with no space after it (Platformer, saved as Markdown)', () => {
    const text =
      'At Deez Links, Delia Cai likes the idea [https://www.platformer.news/r/dae41c39?m=5fdc9f67-a5ab-42ee-ab4f-91ba7b47c670] of a journal companion like the one I built to run semantic queries on my old entries.';
    expect(split(text)).toEqual([text]);
  });
});
