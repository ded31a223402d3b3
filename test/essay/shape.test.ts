import { describe, expect, it } from 'vitest';
import { makeBlock } from '../../src/essay/blocks.js';
import { goesOnBelow, isBoxHeading, isBoxHeadingText, isHeadingShaped, openedListReader } from '../../src/essay/shape.js';

const line = (text: string) => makeBlock('paragraph', [{ text, line: 1 }]);

/** Lines of the sweep's page copies (scrapinghub/article-extraction-benchmark, study half), exactly as rendered. */
describe('isHeadingShaped', () => {
  it.each(['9', '13'])(
    'a number alone, as a list of headlines or a gallery numbers them, is no heading: %s (chron.com, sfgate.com)',
    (text) => {
      expect(isHeadingShaped(line(text))).toBe(false);
    },
  );

  it('takes a short line in title case for a heading', () => {
    expect(isHeadingShaped(line('Future Directions'))).toBe(true);
  });

  it('takes a line of a script without capitals for a heading, not a sentence of it (postlight/parser: getnews.jp, sanwa.co.jp)', () => {
    expect(isHeadingShaped(line('気軽に新聞をスクラップできる「ペン」、CUTPEN'))).toBe(true);
    expect(isHeadingShaped(line('「MA-IRFP139BK」は、指紋認証機能付きのUSB有線マウスです。'))).toBe(false);
  });
});

describe('isBoxHeading', () => {
  it.each(['READ THIS NEXT', 'DON’T MISS', 'Related articles that may interest you'])(
    '%s heads a box of links (healthline.com, express.co.uk, affordablecollegesonline.org)',
    (text) => {
      expect(isBoxHeading(line(text))).toBe(true);
    },
  );

  it.each(['Readers Also Liked', 'People also like'])('%s heads a box of links (Boston Review, the tiptopjaw study half)', (text) => {
    expect(isBoxHeading(line(text))).toBe(true);
  });

  it.each(['Popular This Week', 'Also Worth Reading'])('%s heads a box of links (Campaign for America’s Future)', (text) => {
    expect(isBoxHeading(line(text))).toBe(true);
  });

  it.each(['Explore further', 'Вам также может быть интересно', 'From Our Archives'])(
    '%s heads a box of links (phys.org, gto-normativy.ru, scientificamerican.com)',
    (text) => {
      expect(isBoxHeading(line(text))).toBe(true);
    },
  );

  it.each([
    'Articles les plus lus',
    'L’auteur vous recommande',
    'Meistgelesen',
    'Das könnte Sie auch interessieren',
    'Lo más leído',
    'Leggi anche',
    'Leia também',
    'Meest gelezen',
  ])('%s, a box of links headed in another language the deck speaks, heads a box of links', (text) => {
    expect(isBoxHeading(line(text))).toBe(true);
  });

  it.each(['More World', 'More U.S.'])('%s, "More" and a section’s name, heads a box of the section’s stories (cbsnews.com)', (text) => {
    expect(isBoxHeading(line(text))).toBe(true);
  });

  it('reads a heading in title case with a stop as a label, a sentence with one as text (trcglobalmobility.com, reviewed.com)', () => {
    expect(isBoxHeading(line('Keep Exploring This Topic.'))).toBe(true);
    expect(isBoxHeading(line('Read more about recent LG innovations.'))).toBe(false);
  });

  it('knows the words of a box’s heading set in lower case, which is no heading shape (healthline.com)', () => {
    expect(isBoxHeadingText('related stories')).toBe(true);
    expect(isBoxHeading(line('related stories'))).toBe(false);
  });
});

describe('openedListReader', () => {
  const line = (text: string, n: number) => makeBlock('paragraph', [{ text, line: n }]);
  const read = (leadIns?: boolean): boolean[] => {
    const item = leadIns === undefined ? openedListReader() : openedListReader(leadIns);
    // "The loop:" is too short to read as prose (text: false); the lines under it are its list's items.
    return ['The loop:', 'Agent inherits massive context', 'Agent can’t process it all'].map((text, i) =>
      item(line(text, i + 1), false, false),
    );
  };

  it('reads the short lines under a lead-in of a few words as its items, for the text’s end (Toby Hede)', () => {
    expect(read()).toEqual([true, true, true]);
  });

  it('reads no list under such a lead-in when asked not to, for the run of the main text, where the label is a box’s as often', () => {
    expect(read(false)).toEqual([false, false, false]);
  });

  it('goes on with the list under its first item when that one ends with a stop (reallygooddesigns.com, the tiptopjaw study half)', () => {
    const item = openedListReader();
    const lines = [
      'What You’ll Learn:',
      'Overview of graphic design history.',
      'Key design movements like Art Nouveau, Constructivism, Dada, and Bauhaus',
    ];
    // The first item ends a sentence, so it is read as text (not counted as an item); the list goes on under it all the same.
    expect(lines.map((text, i) => item(line(text, i + 1), i === 1, false))).toEqual([true, false, true]);
  });

  it('ends the list at a sentence further down, as before: a short sentence under the items is the text going on', () => {
    const item = openedListReader();
    const lines = ['The loop:', 'Agent inherits massive context', 'That is the whole trick.', 'Share this post'];
    expect(lines.map((text, i) => item(line(text, i + 1), i === 2, false))).toEqual([true, true, false, false]);
  });
});

describe('isHeadingShaped: a verse in Devanagari', () => {
  it('reads a line that ends with a danda ("।", "॥") as a sentence or a verse, not a heading (Nyaypurti Foundation)', () => {
    const verse = (text: string) => makeBlock('paragraph', [{ text, line: 1 }]);
    expect(isHeadingShaped(verse('सर्वे भवन्तु सुखिनः सर्वे सन्तु निरामया।'))).toBe(false);
    expect(isHeadingShaped(verse('एकता सदा राष्ट्रस्य, नैव भेदः संप्रदायतः॥'))).toBe(false);
    expect(isHeadingShaped(verse('भारत का संविधान'))).toBe(true);
  });
});

describe('goesOnBelow', () => {
  const pair = (upper: string, lower: string) =>
    [makeBlock('paragraph', [{ text: upper, line: 3 }]), makeBlock('paragraph', [{ text: lower, line: 4 }])] as const;

  it('reads a headline broken over two lines, the second going on from a word in lower case or after a label’s colon (Air University Review)', () => {
    expect(goesOnBelow(...pair('Classical Military Strategy', 'and Ballistic Missile Defense'))).toBe(true);
    expect(goesOnBelow(...pair('U.S. Strategy: A Preference', 'for the Offensive'))).toBe(true);
    expect(goesOnBelow(...pair('Nuclear Strategy:', 'Links with the Past'))).toBe(true);
  });

  it('reads no such break under a sentence, over a word alone after a colon, or where the lines are apart (blogs.chapman.edu, the tiptopjaw study half)', () => {
    expect(goesOnBelow(...pair('The committee met on Tuesday', 'and agreed on a Plan.'))).toBe(false);
    expect(goesOnBelow(...pair('Browse Related:', 'Faculty'))).toBe(false);
    const [upper] = pair('Classical Military Strategy', '');
    expect(goesOnBelow(upper, makeBlock('paragraph', [{ text: 'and Ballistic Missile Defense', line: 6 }]))).toBe(false);
  });
});
