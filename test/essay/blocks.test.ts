import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockKey, hasBlockKey, KeysAbove, keyFits, makeBlock, textBlocks } from '../../src/essay/blocks.js';
import { isHeadingShaped, isHeadlineCase } from '../../src/essay/shape.js';

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

  describe('in a text set a paragraph to a line, as a page copy sets it', () => {
    // Three paragraphs of the page's own, each on one line of 250 characters or more (Back of Mind, tuning corpus).
    const text = readFileSync(join(import.meta.dirname, '../corpus/tuning/v-backofmind-cognitive-hysteresis/essay.txt'), 'utf8');
    const paragraphs = text.split('\n').filter((line) => line.length >= 250);
    const plains = (lines: string[]): string[] => textBlocks([...lines, '', ...paragraphs].join('\n')).map((block) => block.plain);

    it('keeps a short line in lower case apart from the short line over it: a title and its standfirst, each printed in lower case', () => {
      const header = text.split('\n').slice(1, 6);
      expect(header).toEqual([
        'SubscribeSign in',
        'what is once sprung cannot necessarily be unsprunged',
        'the problem of cognitive hysteresis',
        'Dan Davies',
        'Dec 12, 2025',
      ]);
      expect(plains(header)).toEqual([...header, ...paragraphs]);
    });

    it('still runs on a sentence the page broke: after a word no sentence ends on, into a line that ends it, over three lines', () => {
      expect(plains(['The committee heard evidence from the regulators and', 'from the firms they oversee'])[0]).toBe(
        'The committee heard evidence from the regulators and from the firms they oversee',
      );
      expect(plains(['Find the best discounts and exclusive coupons for top', 'language courses here!'])[0]).toBe(
        'Find the best discounts and exclusive coupons for top language courses here!',
      );
      expect(
        plains([
          'Populist voters across Europe may simply have got out',
          'of the habit of voting for the parties that once held them',
          'and of being voters at all.',
        ])[0],
      ).toBe(
        'Populist voters across Europe may simply have got out of the habit of voting for the parties that once held them and of being voters at all.',
      );
    });
  });

  it('keeps a heading apart from the paragraph a line under it, though the heading is long and unstopped: the paragraph is wider than any wrap (Economic Policy Institute)', () => {
    const lines = readFileSync(join(import.meta.dirname, '../corpus/tuning/af-epi-comp-time-bills/essay.txt'), 'utf8').split('\n');
    const blocks = textBlocks(lines.slice(60, 62).join('\n'));
    expect(blocks.map((block) => block.plain.slice(0, 40))).toEqual([
      'The problems of overemployment and infle',
      'The continuing rise of family work hours',
    ]);
    // (A wrapped paragraph's two lines are still one.)
    const wrapped = textBlocks(
      ['The committee heard evidence from the regulators and from the firms they oversee over', 'three days in the spring.'].join('\n'),
    );
    expect(wrapped).toHaveLength(1);
  });

  it("keeps a heading's permalink mark, a line of its own under it, apart from the heading (Andre Low, av-andrelow-ai-singaporean-worker)", () => {
    const text = [
      'I want to address three things.',
      '',
      'Part one: From fast adopter to global exporter—Singapore’s AI industrial strategy',
      '#',
      '',
      'Let me start with the technology itself.',
    ].join('\n');
    expect(textBlocks(text).map((block) => [block.lines.start, block.plain])).toEqual([
      [1, 'I want to address three things.'],
      [3, 'Part one: From fast adopter to global exporter—Singapore’s AI industrial strategy'],
      [4, '#'],
      [6, 'Let me start with the technology itself.'],
    ]);
  });

  it('takes out control characters, which no font draws, and parts words at a page break (Gothamist)', () => {
    const line = readFileSync(join(import.meta.dirname, '../corpus/tuning/m-gothamist-fallout-shelters/essay.txt'), 'utf8').split(
      '\n',
    )[50] as string;
    expect(line).toContain('around\u0010...');
    const [quote] = textBlocks(line).map((block) => block.text);
    expect(quote).toContain('rats running around...The public ones');
    expect(textBlocks('Part one ends here.\fPart two starts here.').map((block) => block.text)).toEqual([
      'Part one ends here. Part two starts here.',
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

  it('keeps a headline apart from the byline under it, though the headline is long and unpunctuated (TechCrunch)', () => {
    const lines = ['New York State Attorney General reportedly investigating WeWork', 'Catherine Shu @catherineshu / 2 days'];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual(lines);
  });

  it('keeps a long headline apart from the date alone under it (Myles Katherine Photography)', () => {
    const lines = ['Top 10 Most Desired Digital Cameras of 2025 Under $2500 | The Best Mirrorless Cameras on the Market', 'June 9, 2025'];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual(lines);
  });

  it('keeps a list’s lines apart in a text set a paragraph to a line, though they start in lower case and are of a width (Ben Unsworth)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/tuning/ah-benunsworth-lgr-council-website/essay.txt'), 'utf8');
    const list = text.split('\n').slice(26, 33);
    expect(list[0]).toBe('consolidating all websites onto one trusted domain');
    expect(list.at(-1)).toBe('Get close to the LGR delivery team');
    expect(textBlocks(text).map((block) => block.plain)).toEqual(expect.arrayContaining(list));
  });

  it('still joins a paragraph wrapped by hand at an even width, each line full up to the next word (a mail-wrapped text)', () => {
    const lines = [
      'The committee met on Tuesday to consider the proposals put forward by the',
      'working group, and agreed that the first two should go to a vote of the full',
      'council before the end of the month, with the third held over until spring.',
    ];
    const paragraphs = Array.from({ length: 3 }, () => 'A paragraph set on one line. '.repeat(10).trim());
    const blocks = textBlocks([...paragraphs, '', ...lines].join('\n'));
    expect(blocks.at(-1)?.plain).toBe(lines.join(' '));
  });

  it('keeps a blog’s name, the headline and the date alone under them apart, though the lines are of a width (Ben Unsworth)', () => {
    const lines = ['Ben Unsworth Things I email myself', 'LGR and getting the new council website right', '30 Jul 2025'];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual(lines);
  });

  it('keeps a date over the headline apart from it and the text, its weekday before it, though the lines are of a width (The Fischbowl)', () => {
    const lines = [
      'SUNDAY, OCTOBER 07, 2012',
      'Dear President Obama and Governor Romney',
      'I watched about the first sixty minutes of the presidential debate last Wednesday night.',
    ];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual(lines);
  });

  it('keeps a breadcrumb apart from the headline and the name under it (Sprout Social)', () => {
    const lines = [
      'Sprout Blog / Topics / Social Media Marketing',
      'How to use social media ecommerce effectively in 2025',
      'Rebecca MacFarlane',
    ];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual(lines);
  });

  it('still joins wrapped lines whose words are set apart by slashes ("like / comment / share")', () => {
    const lines = [
      'The best way to support my work is to like / comment / share for the algorithm and',
      'subscribe for future updates, which helps the newsletter reach more readers who',
      'care.',
    ];
    expect(textBlocks(lines.join('\n'))).toHaveLength(1);
  });

  it('keeps a byline apart from the long caption under it (D Magazine)', () => {
    const lines = [
      'By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm',
      'COLLISION COURSE: Dorsett, photographed in his home December 19, 2013, faces his old, battle-scarred helmet.',
    ];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual(lines);
  });

  it('still joins a wrapped sentence whose last line starts with a date and goes on', () => {
    const lines = [
      'The consultation on the new planning framework for the region closed on the morning of',
      'June 9, 2025, after three months.',
    ];
    expect(textBlocks(lines.join('\n')).map((block) => block.plain)).toEqual([lines.join(' ')]);
  });
});

describe('textBlocks: list items', () => {
  it('reads a line opened by Word’s Wingdings bullet as a page copies it ("Ø") as a list item without it (Democracy Corps, lines 206–210)', () => {
    const lines = readFileSync(join(import.meta.dirname, '../corpus/tuning/x-democracycorps-100-days-out/essay.txt'), 'utf8').split('\n');
    const blocks = textBlocks(lines.slice(205, 210).join('\n'));
    expect(blocks.map((block) => block.kind)).toEqual(['item', 'item', 'item']);
    expect(blocks.map((block) => block.plain.slice(0, 28))).toEqual([
      'The Republican districts are',
      'The vast majority of the dis',
      'Approximately half of our ba',
    ]);
  });
});

describe('textBlocks: lines that each start with a capital', () => {
  it('keeps a menu, a headline and its dek apart, however even their widths (Andrew Leach)', () => {
    const blocks = textBlocks(
      [
        'About Blog Publications Projects Teaching Between Doom and Denial Opinion Energy Charts',
        'U.S. climate summit: Canada needs new and better policies, not another round of target bingo',
        'We must not commit to matching U.S. emissions, unless we’re prepared to have far more stringent policies',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.lines.start)).toEqual([1, 2, 3]);
  });

  it('keeps a dateline under a headline apart from it (Bert Hubert: "Rapport digitale autonomie …" / " Posted on Apr 09 2026")', () => {
    const blocks = textBlocks(
      ['Rapport digitale autonomie binnen de energie-intensieve industrie voor Energy Innovation Nl', ' Posted on Apr 09 2026'].join('\n'),
    );
    expect(blocks.map((block) => block.lines.start)).toEqual([1, 2]);
  });

  it("keeps a post's header lines apart, a reading time on one and a Markdown attribute list on the next, though of a width (Justin Murphy, at-jmrphy-americans-left-right, lines 13–15)", () => {
    const lines = readFileSync(join(import.meta.dirname, '../corpus/tuning/at-jmrphy-americans-left-right/essay.txt'), 'utf8').split('\n');
    const header = lines.slice(12, 15);
    expect(header[0]).toBe('Last updated on Sep 21, 2019 10 min read theory & empirics');
    expect(textBlocks(header.join('\n')).map((block) => block.plain)).toEqual(header);
  });

  it('still joins a paragraph wrapped at a width, its lines going on in lower case', () => {
    const blocks = textBlocks(
      [
        'Matching the U.S. on emissions reduction targets rather than policies has proved to be the',
        'undoing of many a Canadian climate plan, and there is little reason to think that this time',
        'will be different unless the policies change.',
      ].join('\n'),
    );
    expect(blocks).toHaveLength(1);
  });
});

describe('textBlocks: a typist’s marks', () => {
  it('curls TeX’s quotation marks, nested ones too (eWorld, a text typed for TeX)', () => {
    const blocks = textBlocks(
      [
        "Breen wanted the line cut; Whaler instead changed ``fairy tales'' to ``Bible stories.''",
        '',
        "He wrote that ``the monster's use of the word ``mate'' should be dropped. We suggest you substitute the word ``companion''''.",
      ].join('\n'),
    );
    expect(blocks.map((block) => block.plain)).toEqual([
      'Breen wanted the line cut; Whaler instead changed “fairy tales” to “Bible stories.”',
      "He wrote that “the monster's use of the word “mate” should be dropped. We suggest you substitute the word “companion””.",
    ]);
  });

  it('takes out the underscores and stars of a plain text’s emphasis, not a name’s nor a list’s (Hyndsight)', () => {
    const blocks = textBlocks(
      [
        'We need university administrators to concentrate on _what_ people write rather than _where_ it appears.',
        '',
        'This is *not* the plan, and the file_name_here stays; so does __init__.',
        '',
        '* a list’s item',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.plain)).toEqual([
      'We need university administrators to concentrate on what people write rather than where it appears.',
      'This is not the plan, and the file_name_here stays; so does __init__.',
      'a list’s item',
    ]);
    // (The line numbers stay the source's.)
    expect(blocks.map((block) => block.lines.start)).toEqual([1, 3, 5]);
  });

  it('takes out the marks of a line set whole in emphasis, a space left before the closing ones (GMK)', () => {
    const blocks = textBlocks(['*4) Die digitale Selbstbestimmung fördern *', '', '**Key findings **', '', '* a list’s item *'].join('\n'));
    expect(blocks.map((block) => block.plain)).toEqual(['Die digitale Selbstbestimmung fördern', 'Key findings', 'a list’s item *']);
  });
});

describe('textBlocks: a table copied from a page', () => {
  it('makes each row of cells separated by tabs a block of its own, a table row and never a heading (seniorliving.org)', () => {
    const text = readFileSync(join(import.meta.dirname, 'passes', 'pages', 'seniorliving-travel-insurance.txt'), 'utf8');
    const blocks = textBlocks(text);
    const rows = blocks.filter((block) => block.tableRow);
    // The header row and thirteen rows of the plans' table, each on its own line.
    expect(rows.map((row) => row.lines.start)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(rows.find((row) => row.plain.startsWith('Concierge'))?.plain).toBe('Concierge No Yes Yes');
    expect(rows.filter((row) => isHeadingShaped(row) || isHeadlineCase(row))).toEqual([]);
    // The heading over the table is still one.
    const heading = blocks.find((block) => block.plain === 'Plans and Pricing');
    expect(heading && isHeadingShaped(heading)).toBe(true);
  });
});

describe('keyFits and hasBlockKey', () => {
  const block = (text: string) => makeBlock('paragraph', [{ text, line: 1 }]);
  // (Texts whose key differs from their letters: folded punctuation, quotes, a Kelvin sign and a
  // dotted capital I that lower-case to ASCII or to two characters, digits, no letters at all.)
  const texts = ['Read More', 'READ MORE »', 'Read-more', '\u212Aelvin', 'İstanbul', '“Quoted”, he said.', '2024 — 25', '* * *', '', 'a'];

  it('says a key may fit whenever it does', () => {
    for (const text of texts) {
      const key = blockKey(block(text));
      expect(keyFits(block(text), key.length)).toBe(true);
      for (const other of texts) expect(hasBlockKey(block(other), key)).toBe(blockKey(block(other)) === key);
    }
  });

  it('tells a paragraph from a short key by its first letters', () => {
    expect(keyFits(block('A paragraph of running text, far longer than a label.'), 9)).toBe(false);
    expect(keyFits(block('Home'), 4)).toBe(true);
    expect(keyFits(block('Home'), 3)).toBe(false);
  });
});

describe('KeysAbove', () => {
  const block = (text: string) => makeBlock('paragraph', [{ text, line: 1 }]);
  const long = 'A paragraph of running text, longer than any line a page repeats, '.repeat(3);
  // (A key longer than 100 characters from a text of few ASCII letters: Cyrillic, or punctuation that folds away.)
  const cyrillic = 'Новости Москвы и Подмосковья сегодня вечером: главные события недели в регионе и мире для всех читателей';
  const pieces = ['Home', 'HOME', 'Home.', long, `${long}!`, cyrillic, `${cyrillic}.`, '', 'a—b', 'A B'];

  it('says whether a block read above has the same key, as a set of all their keys would', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.constantFrom(...pieces), read: fc.boolean() }), { maxLength: 12 }), (rows) => {
        const blocks = rows.map((row) => block(row.text));
        const read = rows.map((row) => row.read);
        const above = new KeysAbove(blocks, read);
        const keys = new Set<string>();
        blocks.forEach((b, i) => {
          expect(above.has(i)).toBe(keys.has(blockKey(b)));
          if (read[i]) keys.add(blockKey(b));
        });
      }),
    );
  });
});

describe('textBlocks: a headline over its writer and the kind of piece', () => {
  it('keeps "Name: Analysis" under a headline a line of its own, no wrapped sentence’s end (The Times)', () => {
    const blocks = textBlocks('Bush trip gave irresistible urge to tweak tail of a superpower\nRichard Beeston: Analysis\n');
    expect(blocks.map((block) => block.plain)).toEqual([
      'Bush trip gave irresistible urge to tweak tail of a superpower',
      'Richard Beeston: Analysis',
    ]);
  });
});
