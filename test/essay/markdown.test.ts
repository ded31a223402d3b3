import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlText } from '../../src/essay/html.js';
import { markdownBlocks, md } from '../../src/essay/markdown.js';
import { parseEssay } from '../../src/essay/parse.js';
import { excerpt } from '../helpers/excerpt.js';

const LONG_A =
  'The defense industrial base is the most visible and unforgiving stress test, because wartime demand exposes bottlenecks quickly and without mercy.';
const LONG_B =
  'But the same logic applies to semiconductors, energy systems, logistics networks, machine tools, and the enabling infrastructure behind manufacturing.';

describe('markdownBlocks', () => {
  it('takes a post embedded from a social network (<blockquote class="twitter-tweet">) out of the text, its links and all (josh.works)', () => {
    const blocks = markdownBlocks(
      [
        'Zoning shapes the city.',
        '',
        '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">The problems of this form of zoning are well-known:<a href="https://t.co/x">https://t.co/x</a><a href="https://t.co/y">pic.twitter.com/y</a></p>&mdash; Someone (@someone) <a href="https://twitter.com/s/1">June 1, 2020</a></blockquote>',
        '',
        'The rest of the argument.',
      ].join('\n'),
    );
    expect(blocks.filter((block) => !block.chrome).map((block) => block.plain)).toEqual([
      'Zoning shapes the city.',
      'The rest of the argument.',
    ]);
    expect(blocks.find((block) => block.plain.includes('well-known'))?.chrome).toBe('social');
  });

  it('reads a heading inside a quotation as a line of the quoted text, no heading of the essay (pasztor.at quoting a draft law)', () => {
    // 28 "So what does the proposal say? Let's see:" / 30 "> ## CHAPTER 2" / 32 "> Certain uses of …" / 34 "> ### Article 13".
    const blocks = markdownBlocks(
      ['Let us see:', '', '> ## CHAPTER 2', '>', '> Certain uses of protected content', '', '## Costs'].join('\n'),
    );
    expect(blocks.map((block) => [block.kind, block.plain])).toEqual([
      ['paragraph', 'Let us see:'],
      ['paragraph', 'CHAPTER 2'],
      ['paragraph', 'Certain uses of protected content'],
      ['heading', 'Costs'],
    ]);
    const { parts, body } = excerpt('tuning/at-pasztor-upload-filters', [1, 120]);
    expect(parts[0]).toBe('How does an upload filter work?');
    expect(body).toEqual(expect.arrayContaining([30, 34]));
  });

  it('reads paragraphs written one to a line with no blank line between as paragraphs each, and a short line among them as its own', () => {
    const blocks = markdownBlocks(['KPI Summary', LONG_A, LONG_B, 'Why Capital Allocation Determines Outcomes', LONG_A].join('\n'));
    expect(blocks.map((block) => [block.kind, block.lines.start])).toEqual([
      ['paragraph', 1],
      ['paragraph', 2],
      ['paragraph', 3],
      ['paragraph', 4],
      ['paragraph', 5],
    ]);
    expect(blocks.every((block) => block.bareLine)).toBe(true);
  });

  it('keeps a hard-wrapped paragraph whole, sentence ends at some line ends notwithstanding', () => {
    const wrapped = [
      'The good news is that an increasing number of people seem to agree that the',
      'platforms are monopolies. That is a problem, and agreeing we have a problem is',
      'always a crucial first step. But to go further we need to diagnose the disease',
      'correctly, and avoid confusing the symptoms with the root cause.',
    ];
    const blocks = markdownBlocks(wrapped.join('\n'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.lines).toEqual({ start: 1, end: 4 });
  });

  it('splits a list item from the paragraphs Markdown ran on to it lazily, keeping indented lines in the item', () => {
    const blocks = markdownBlocks(['5. Assured Inputs Stockpile Days', LONG_A, LONG_B].join('\n'));
    expect(blocks.map((block) => block.kind)).toEqual(['item', 'paragraph', 'paragraph']);
  });
});

describe('paragraphs indented inside an element the page left open', () => {
  it('reads them as kramdown does, as the element’s paragraphs, not code; their fine print and the layout are markup (Chi Hack Night)', () => {
    // 47 "<div class='row'>" / 48 "    <div class='col-sm-6'>" / 50 "        <p>As people arrive, we gather in the <a …>Braintree
    // auditorium</a>.</p>" / 52 "        <p>Because we’re meeting …</p>" / 54 "    </div>" / … / 56 "<p class='text-center'><img …>" /
    // 58 "<small><em>Delicious empanadas from Irazu</em></small>" / 59 "</p>".
    const { essay, removed } = excerpt('tuning/au-chihacknight-10-lessons', [1, 62]);
    const body = [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs)];
    expect(body.find((paragraph) => paragraph.lines.start === 50)?.text).toBe('As people arrive, we gather in the Braintree auditorium.');
    expect(body.some((paragraph) => paragraph.lines.start === 52)).toBe(true);
    for (const line of [47, 48, 54, 56, 58, 59]) expect(removed.has(line), `line ${line}`).toBe(true);
  });
});

describe('formatting tags', () => {
  it('takes a <strike> element’s tags out of a heading, its words kept (Code for Australia)', () => {
    const [heading] = markdownBlocks('### Warning: <strike>Comic Book</strike> Graphic Novel Trope Ahead');
    expect(heading?.plain).toBe('Warning: Comic Book Graphic Novel Trope Ahead');
  });
});

describe('emphasis marks escaped into the text', () => {
  it('takes the marks around a piece that Markdown left as text out of it, a page turned into Markdown twice (Takshashila)', () => {
    const text = readFileSync(join(import.meta.dirname, '../corpus/tuning/ac-takshashila-open-source-chip-fab/essay.txt'), 'utf8');
    const bio = text.split('\n')[54] as string;
    expect(bio).toMatch(/^\*\*\*\\\*\\\*Satya and Pranay/);
    const [block] = markdownBlocks(bio);
    expect(block?.plain).toMatch(/^Satya and Pranay are researchers/);
    expect(block?.plain).toMatch(/visit https:\/\/takshashila\.org\.in\/$/);
  });
});

describe('Pandoc’s attributes', () => {
  it('takes an image with its attributes for an image, and a cross-reference’s attributes out of the sentence (Quarto’s documentation; Mitchell Palmer, line 402)', () => {
    // As Quarto's documentation writes them (quarto.org/docs/authoring/figures.html; quarto-cli's alt-text test document).
    const blocks = markdownBlocks(
      [
        'The text before the figures.',
        '',
        '![Elephant](elephant.png){width=300}',
        '',
        '![Caption](https://placeholder.co/400/400){#case1 fig-alt="Alt"}',
        '',
        'As Figure [1](#fig:euspending){reference-type="ref" reference="fig:euspending"} shows, spending rose.',
      ].join('\n'),
    );
    const text = blocks.filter((block) => !block.chrome).map((block) => block.plain);
    expect(text).toEqual(['The text before the figures.', 'As Figure 1 shows, spending rose.']);
  });

  it('reads a tag alone in its paragraph, an invisible joiner before it, as markup, and a tag named in a sentence as text (aieconlab, the Markdown sweep)', () => {
    const blocks = markdownBlocks(['첫 문단입니다.', '', '\u200d<hr>', '', 'The <hr> element draws a rule.'].join('\n'));
    expect(blocks.map((block) => [block.lines.start, block.chrome ?? null, block.plain])).toEqual([
      [1, null, '첫 문단입니다.'],
      [3, 'markup', '\u200d<hr>'],
      [5, null, 'The <hr> element draws a rule.'],
    ]);
  });

  it('reads heading marks with no space after them as kramdown does, two at least, but keeps a hashtag opening a line as text (Poplus: "###Active outreach")', () => {
    const blocks = markdownBlocks(['###Active outreach', '', 'Outreach matters.', '', '#MeToo changed the debate.'].join('\n'));
    expect(blocks.map((block) => [block.kind, block.plain, block.level])).toEqual([
      ['heading', 'Active outreach', 3],
      ['paragraph', 'Outreach matters.', undefined],
      ['paragraph', '#MeToo changed the debate.', undefined],
    ]);
  });

  it('reads a heading with no space after its marks that opens on a question’s mark (datos.gob.mx: "##¿Y ahora qué?")', () => {
    const blocks = markdownBlocks(['##El trabajo de limpieza', '', 'Un párrafo.', '', '##¿Y ahora qué?', '', 'Otro párrafo.'].join('\n'));
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.plain)).toEqual([
      'El trabajo de limpieza',
      '¿Y ahora qué?',
    ]);
  });

  it('leaves no space where a kramdown attribute list stood before a comma or a stop, and one between two words', () => {
    const blocks = markdownBlocks('He wrote [Swarmwise](https://example.org/){.extern}, but few read it{: .note}. One{: .x}word.');
    expect(blocks.map((block) => block.plain)).toEqual(['He wrote Swarmwise, but few read it. One word.']);
  });
});

describe('template tags in a destination', () => {
  it('reads an image whose address is made of Liquid tags as an image, off the slides (DTA)', () => {
    const blocks = markdownBlocks(
      '![A tile with an image of a padlock, the words cyber security and detect vs prevent.]({{ site.url }}{{ site.baseurl }}{{ page.hero-image }})\n\nText follows here.',
    );
    expect(blocks[0]).toMatchObject({ chrome: 'markup', lines: { start: 1, end: 1 } });
    expect(blocks[1]?.plain).toBe('Text follows here.');
  });

  it('reads a link whose address is a Liquid tag ("{% link … %}") as a link, its words in the text (The Carpentries)', () => {
    const [block] = markdownBlocks(
      'Last month, [we announced]({% link _posts/2019/05/2019-05-15-lesson-release.md %}) that Maintainers for thirty-six of The Carpentries lessons were preparing their lessons for publication.',
    );
    expect(block?.plain).toBe(
      'Last month, we announced that Maintainers for thirty-six of The Carpentries lessons were preparing their lessons for publication.',
    );
  });
});

describe('inline components of MDX', () => {
  it('drops <Sidenote> tags as markup and keeps their text apart from the sentence before (CarbonPlan)', () => {
    const [block] = markdownBlocks(
      'The same kinds of projects are now minting credits.<Sidenote>We cannot link directly to the registry.</Sidenote> Despite that, these credits remain eligible.',
    );
    expect(block?.plain).toBe(
      'The same kinds of projects are now minting credits. We cannot link directly to the registry. Despite that, these credits remain eligible.',
    );
  });
});

describe('decodeEntities', () => {
  it('reads numeric references without a semicolon, and 128–159 as Windows-1252, as browsers do', () => {
    expect(decodeEntities('&#147There you may behold the rent&#148: Effects')).toBe('“There you may behold the rent”: Effects');
    expect(decodeEntities('It&#8217;s &amp; &#x2014; done')).toBe('It’s & — done');
    expect(decodeEntities('AT&T and &unknown; stay')).toBe('AT&T and &unknown; stay');
  });
});

describe('markdownBlocks: HTML and tables in Markdown', () => {
  it('takes out a picture or a frame written as HTML with attributes, and keeps a tag named in a sentence', () => {
    const blocks = markdownBlocks(
      [
        "[Figure 2: A hydrologic model of the basin.]<img src='../../Images/Blog_0420_Map.jpg' class='logo' />",
        '',
        'The payload is <script> and it runs. <span class="x">Styled</span> words.',
        '',
        'A photo <img src="a.png" alt="x"> inline, then <iframe src="https://x"></iframe> more text.',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.text)).toEqual([
      '[Figure 2: A hydrologic model of the basin.]',
      'The payload is <script> and it runs. Styled words.',
      'A photo  inline, then  more text.',
    ]);
  });

  it('reads a table row by row, each row one block at its own line, its cells in order (rOpenSci’s tools table)', () => {
    const blocks = markdownBlocks(
      [
        'Tools they use:',
        '',
        '| Step | Tools |',
        '|---|---|',
        '| Import | [readr](https://readr.tidyverse.org/)<br>[SQL](https://x) |',
        '| Model | tidymodels |',
      ].join('\n'),
    );
    expect(blocks.map((block) => [block.lines.start, block.text, block.tableRow ?? false])).toEqual([
      [1, 'Tools they use:', false],
      [3, 'Step | Tools', true],
      [5, 'Import | readr SQL', true],
      [6, 'Model | tidymodels', true],
    ]);
  });

  it('takes a list of links alone written as HTML for links to read further, not text (Canada.ca)', () => {
    const blocks = markdownBlocks(
      '<ul><li> <a href="https://www.canada.ca/x.html#toc3">Headers, footers and navigation for Canada.ca</a></li></ul>\n',
    );
    expect(blocks.map((block) => block.chrome)).toEqual(['related']);
  });
});

describe('markdownBlocks: paragraphs inside an HTML list’s items', () => {
  it('reads a paragraph inside an item as the item, not as a paragraph of its own (data.gov.au: "<li>" / "<p>The Open Data Maturity Model …</p>" / "</li>")', () => {
    const lines = readFileSync(join(import.meta.dirname, '../corpus/tuning/ar-datagovau-data-quality/essay.md'), 'utf8').split('\n');
    const blocks = markdownBlocks(lines.slice(43, 58).join('\n')).filter((block) => !block.chrome);
    expect(blocks.map((block) => [block.kind, block.plain.slice(0, 24)])).toEqual([
      ['paragraph', 'We have considered the f'],
      ['item', 'The Common Assessment Fr'],
      ['item', 'The ABS Data Quality Fra'],
      ['item', 'Draft quality framework '],
      ['item', 'The Open Data Maturity M'],
    ]);
  });

  it('makes no conclusion of a list’s last item (data.gov.au: the frameworks considered, under a line ending in a colon)', () => {
    const { essay } = excerpt('tuning/ar-datagovau-data-quality', [1, 60]);
    expect(essay.conclusion).toBeNull();
  });
});

describe('markdownBlocks: Markdown under an HTML element', () => {
  it('reads the lines right under a closed element as Markdown, as kramdown does, not as the HTML block CommonMark runs on to the blank line (The Carpentries, 2016)', () => {
    const blocks = markdownBlocks(
      [
        '<p><b>This post originally appeared on the <a href="https://software-carpentry.org/">Software Carpentry website.</a></b></p>',
        'Back in October,',
        '[Sarah Sharp](http://sarah.thesharps.us/) posted a really useful article titled',
        '"[What makes a good community?](http://sarah.thesharps.us/2015/10/06/what-makes-a-good-community/)".',
        '',
        'I would appreciate feedback of two kinds:',
      ].join('\n'),
    );
    expect(blocks.map((block) => [block.lines.start, block.plain])).toEqual([
      [1, 'This post originally appeared on the Software Carpentry website.'],
      [2, 'Back in October, Sarah Sharp posted a really useful article titled "What makes a good community?".'],
      [6, 'I would appreciate feedback of two kinds:'],
    ]);
  });

  it('reads the lines right under a line break or an image as Markdown too: "<br>" and "<img …>" leave nothing open (The Carpentries, 2015 and 2019)', () => {
    const blocks = markdownBlocks(
      [
        '<br>',
        'Application **deadline is Saturday, November 21** at midnight Pacific time.',
        '',
        '<img src="/blog/2019/04/carpentryconnectjhb.JPG" alt="Participants and instructors">',
        '*Participants of the CarpentryConnect JHB 2018 event.*',
      ].join('\n'),
    );
    expect(blocks.filter((block) => !block.chrome).map((block) => [block.lines.start, block.plain])).toEqual([
      [2, 'Application deadline is Saturday, November 21 at midnight Pacific time.'],
      [5, 'Participants of the CarpentryConnect JHB 2018 event.'],
    ]);
  });

  it('keeps the text inside an element still open as the element’s: a closed element within it ends nothing', () => {
    const blocks = markdownBlocks(['<div class="note">', '<p>Inside.</p>', 'Still inside the *div*.', '</div>'].join('\n'));
    // (Line 3 stays the element's text, as CommonMark and kramdown both keep it: not read again as Markdown, a block of
    // its own. Its emphasis marks go all the same: a slide shows no Markdown marks.)
    expect(blocks.map((block) => [block.lines.start, block.plain, block.chrome ?? null])).toEqual([
      [1, '<div class="note">', 'markup'],
      [2, 'Inside.', null],
      [3, 'Still inside the div.', null],
      [4, '</div>', 'markup'],
    ]);
  });
});

describe('markdownBlocks: links with a stray space in the address', () => {
  it('reads "[…](mailto: …)", "[…](http://… /…)" and "[…]( )" as links, their text alone on the slide (The Carpentries)', () => {
    const blocks = markdownBlocks(
      [
        'If you have any questions, please contact [team@carpentries.org](mailto: team@carpentries.org).',
        '',
        'She works with [Pamela Soltis](http://www.flmnh.ufl.edu /museum-voices/soltis-lab/) on it.',
        '',
        'Last month, [we announced]( ) that Maintainers would meet.',
        '',
        'A [link with a title](http://example.org "The title") and a [bracket](not an address) stay as Markdown reads them.',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.plain)).toEqual([
      'If you have any questions, please contact team@carpentries.org.',
      'She works with Pamela Soltis on it.',
      'Last month, we announced that Maintainers would meet.',
      'A link with a title and a [bracket](not an address) stay as Markdown reads them.',
    ]);
  });
});

describe("markdownBlocks: a link or a picture to a file on the writer's disk", () => {
  it('reads it as a picture, not as its Markdown (Herbert Mühlburger: a smiley a blog export left, "![-)][1]")', () => {
    const blocks = markdownBlocks(
      [
        'I am really looking forward in participating in different seminars as well as fireside talks. ![-)][1]',
        '',
        ' [1]: file:///C:/Users/Herbert/Desktop/blogupdate/export-Dateien/icon_smile.gif',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.plain.trim())).toEqual([
      'I am really looking forward in participating in different seminars as well as fireside talks.',
    ]);
  });
});

describe("markdownBlocks: a line break inside a link's brackets", () => {
  it("keeps every line's number after it (Open Web Advocacy, review A: the outline's lines were one short after it)", () => {
    const blocks = markdownBlocks(
      [
        '**Share and join the conversation: [X/Twitter](https://x.com/OpenWebAdvocacy/status/1916844408982347941), [Mastodon](https://mastodon.social/@owa/114415785785401601',
        '), [LinkedIn](https://www.linkedin.com/posts/open-web-advocacy) and [Bluesky](https://bsky.app/profile/open-web-advocacy.org/).**',
        '',
        'Late last year the DOJ won their long running antitrust case vs Google.',
      ].join('\n'),
    );
    expect(blocks.map((block) => [block.lines.start, block.lines.end])).toEqual([
      [1, 2],
      [4, 4],
    ]);
    expect(blocks[0]?.plain).toBe('Share and join the conversation: X/Twitter, Mastodon, LinkedIn and Bluesky.');
  });
});

describe('markdownBlocks: link definitions with a stray space in the address', () => {
  it('reads "[jj-email]: mailto: j@…" as a definition, and the definitions under it too (The Carpentries, 2021)', () => {
    const blocks = markdownBlocks(
      [
        'For more information about the lessons themselves,',
        'please contact [Jerrold Jeyachandra][jj-email] or [Toby Hodges][thodges-email].',
        '',
        '[jj-email]: mailto: Jerrold.Jeyachandra@camh.ca',
        '[thodges-email]: mailto:tobyhodges@carpentries.org',
        '',
        '[Edit]: Update: it is a note, not a definition',
      ].join('\n'),
    );
    expect(blocks.filter((block) => !block.chrome).map((block) => block.plain)).toEqual([
      'For more information about the lessons themselves, please contact Jerrold Jeyachandra or Toby Hodges.',
      '[Edit]: Update: it is a note, not a definition',
    ]);
  });
});

describe('markdownBlocks: heading marks followed by a no-break space', () => {
  it('reads "###\u00A0Who we are" as a heading, not as the first words of the paragraph under it (CivicActions, careers.md)', () => {
    const blocks = markdownBlocks(
      [
        '###\u00A0Who we are',
        'CivicActions is built on a culture of openness and authenticity.',
        '',
        'A line starting with #\u00A0is a hash sign in running text.',
      ].join('\n'),
    );
    expect(blocks.map((block) => [block.kind, block.plain])).toEqual([
      ['heading', 'Who we are'],
      ['paragraph', 'CivicActions is built on a culture of openness and authenticity.'],
      // (Its no-break space is a space on the slide, as every one is.)
      ['paragraph', 'A line starting with # is a hash sign in running text.'],
    ]);
  });
});

describe('markdownBlocks: Blade calls of Laravel and Jigsaw sites', () => {
  it('takes a call with its arguments over several lines out as markup, a caption’s HTML in its arguments too, and reads on after it (Troy Pavlek)', () => {
    const lines = [
      'Arterial roadways would not change within the Core Zone. ',
      '',
      "@include('_partials.image', [ ",
      "    'name' => 'road-type-map.jpg', ",
      "    'caption' => '<ul class=\"text-xl\">",
      '                                  <li>',
      '                                      <strong class="text-blue">blue</strong> represents the <strong class="text-blue">boundary of the zone</strong>.',
      '                                  </li>',
      "                              </ul>'",
      '])',
      '',
      'While simply changing the speed limits *does* have a positive effect, posting signs is not enough.',
    ];
    const blocks = markdownBlocks(lines.join('\n'));
    expect(blocks.filter((block) => !block.chrome).map((block) => [block.lines.start, block.plain])).toEqual([
      [1, 'Arterial roadways would not change within the Core Zone.'],
      [12, 'While simply changing the speed limits does have a positive effect, posting signs is not enough.'],
    ]);
    expect(blocks.filter((block) => block.chrome === 'markup').map((block) => block.lines.start)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('markdownBlocks: custom elements', () => {
  it('takes out custom elements such as Distill’s citations, and the text of an inline footnote element with them', () => {
    const blocks = markdownBlocks(
      'Policy needs evidence <d-cite key="casper2025"></d-cite>, and the field agrees.<d-footnote>See the appendix for details.</d-footnote> More text follows here.\n',
    );
    expect(blocks.map((block) => block.text)).toEqual(['Policy needs evidence , and the field agrees.  More text follows here.']);
  });
});

describe('markdownBlocks: shortcodes over lines', () => {
  it('takes out a shortcode written over two lines of its own, as markup at both lines, and nothing after it (rOpenSci)', () => {
    const blocks = markdownBlocks(
      [
        '### So what is Rocker?',
        '',
        '{{< figure alt="rocker logo" width=100 height=100',
        'src="https://en.gravatar.com/userimage/73204427/563567819bd642c7a9e3af9d8ddb7581.png?size=100" >}}',
        '',
        'At its core, Rocker is a project for running R using Docker containers.',
        '{{< tweet 123 >}} is how one is embedded, and the text goes on.',
        'It ends here >}}',
      ].join('\n'),
    );
    expect(blocks.map((block) => [block.lines.start, block.chrome ?? block.kind])).toEqual([
      [1, 'heading'],
      [3, 'markup'],
      [4, 'markup'],
      [6, 'paragraph'],
    ]);
  });
});

describe('markdownBlocks: code listings set by template tags', () => {
  it('reads the lines between Hugo’s or Jekyll’s highlight tags as code, only where the tags pair up (datanalytics, the Markdown sweep)', () => {
    const prose = 'Si bien no hace mucho publicaba una entrada sobre el triángulo de Sierpinsky, hoy toca otro fractal.';
    const listed = markdownBlocks(
      [
        prose,
        '',
        '{{< highlight R >}}',
        '    library(fields)         # for tim.colors',
        '    m = 400',
        '{{< / highlight >}}',
        '',
        'El resultado es mejor que la tele.',
      ].join('\n'),
    );
    expect(listed.filter((block) => !block.chrome).map((block) => block.plain)).toEqual([prose, 'El resultado es mejor que la tele.']);
    const liquid = markdownBlocks([prose, '', '{% highlight ruby %}', 'puts 1', '{% endhighlight %}'].join('\n'));
    expect(liquid.filter((block) => !block.chrome).map((block) => block.plain)).toEqual([prose]);
    // (An opening tag without its closing one leaves the text as it was: no listing runs to the end.)
    const open = markdownBlocks(['{{< highlight R >}}', '', prose].join('\n'));
    expect(open.filter((block) => !block.chrome).map((block) => block.plain)).toEqual([prose]);
  });
});

describe('markdownBlocks: German’s gender star', () => {
  it('keeps the star inside a word, though two in a paragraph would pair as emphasis (Göttinger Klimabündnis, the Markdown sweep)', () => {
    expect(markdownBlocks('In der Nacht errichteten Klimaaktivist*innen einen Dreibein, und Schüler*innen kamen dazu.')[0]?.plain).toBe(
      'In der Nacht errichteten Klimaaktivist*innen einen Dreibein, und Schüler*innen kamen dazu.',
    );
    expect(markdownBlocks('Eine *betonte* Aussage und eine Bürger*in.')[0]?.plain).toBe('Eine betonte Aussage und eine Bürger*in.');
  });
});

describe('markdownBlocks: Liquid and Nunjucks tags over lines', () => {
  it('takes out a tag written over lines of its own, its arguments too (Open Web Advocacy’s Eleventy posts: "{% image" … "%}")', () => {
    const blocks = markdownBlocks(
      [
        '{% image',
        '  "/images/blog/CMA-restarts-investigation.webp",',
        '  "The deadline for Apple to seek permission to appeal has now lapsed.",',
        "  { loading: 'eager' }",
        '%}',
        '',
        'Nearly three weeks ago, we reported that the Court of Appeal had ruled in favour of the regulator.',
      ].join('\n'),
    );
    expect(blocks.filter((block) => !block.chrome).map((block) => block.plain)).toEqual([
      'Nearly three weeks ago, we reported that the Court of Appeal had ruled in favour of the regulator.',
    ]);
    expect(blocks.filter((block) => block.chrome === 'markup').map((block) => block.lines.start)).toEqual(
      expect.arrayContaining([1, 2, 3, 4, 5]),
    );
  });
});

describe('markdownBlocks: Pandoc’s fenced divs and definition lists', () => {
  it('takes a fenced div’s fences out as markup, and reads a definition list’s term as a heading over its definition (Real World Data Science’s box under the article)', () => {
    const lines = [
      '::: {.further-info}',
      '::: grid',
      '::: {.g-col-12 .g-col-md-6}',
      'About the author',
      ': [Will Browne](https://www.linkedin.com/in/will-browne-391b1930/) is co-founder of healthcare technology company [Emrys Health](https://www.emrys.health/).',
      'Copyright and licence',
      ': &copy; 2025 Royal Statistical Society',
      ':::',
    ];
    const blocks = markdownBlocks(lines.join('\n'));
    expect(blocks.map((block) => [block.lines.start, block.chrome ?? block.kind, block.chrome ? '' : block.plain])).toEqual([
      [1, 'markup', ''],
      [2, 'markup', ''],
      [3, 'markup', ''],
      [4, 'heading', 'About the author'],
      [5, 'paragraph', 'Will Browne is co-founder of healthcare technology company Emrys Health.'],
      [6, 'heading', 'Copyright and licence'],
      [7, 'paragraph', '© 2025 Royal Statistical Society'],
      [8, 'markup', ''],
    ]);
  });

  it('reads the writer from that box as the bio, the essay naming them nowhere else (z-rwds-nhs-foundation-ai)', () => {
    const path = join(import.meta.dirname, '../corpus/tuning/z-rwds-nhs-foundation-ai/essay.md');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    expect(essay.meta.authors).toEqual(['Will Browne']);
    expect(essay.bio.map((paragraph) => paragraph.text)).toEqual([
      expect.stringMatching(/^Will Browne is co-founder of healthcare technology company Emrys Health/),
    ]);
  });
});

describe('md', () => {
  // markdown-it as it comes, with its own core rule 'inline': the essay's parser must give the same tokens.
  const stock = new MarkdownIt({ html: true, linkify: false, typographer: false });
  it("gives markdown-it's own tokens, on text with and without inline markup", () => {
    // Prose pieces, and every character an inline rule starts at or a block rule reads.
    const piece = fc.oneof(
      fc.constantFrom('word', 'Two words', ' ', '  ', '\n', '\n\n', '\t', '.', ',', ':', '-', '!', '#', '> ', '1. ', '| a |', '---'),
      fc.constantFrom(
        '\\',
        '`',
        '`code`',
        '~~',
        '~~struck~~',
        '~',
        '*em*',
        '*',
        '**',
        '_',
        '[',
        ']',
        '(',
        ')',
        '![',
        '<',
        '<b>',
        '</b>',
        '&',
        '&amp;',
        '&#35;',
        'http://x.io',
      ),
      fc.string({ maxLength: 4 }),
    );
    const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (source) => {
        expect(JSON.stringify(md.parse(source, {}))).toBe(JSON.stringify(stock.parse(source, {})));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('markdownBlocks: plain paragraphs read without markdown-it', () => {
  it('gives the blocks markdown-it gives, whatever the lines around the paragraphs and headings', () => {
    // Lines of plain paragraphs and headings, and lines that open or hold Markdown's blocks around them: fences and HTML
    // blocks that run past blank lines, lists and quotations a paragraph ends, indented code, hard breaks.
    const line = fc.oneof(
      fc.constantFrom(
        'Plain words of a paragraph.',
        'Another line, wrapped ',
        'A hard break  ',
        '  indented under it',
        '     deeper still',
        '“Quoted,” she said.',
        '2024 was a year.',
        '1. A numbered item',
        '2) Another',
        '- a bullet',
        '* a star',
        '> quoted',
        '# Heading',
        '## Part 2 of it',
        '### Closed ###',
        '###### Six',
        '####### Seven',
        '#Hashtag',
        '# ',
        '## C#',
        '#\tTabbed heading\t',
        '  # Indented',
        '## # #',
        '===',
        '---',
        '```',
        '~~~',
        '<div>',
        '</div>',
        '<script>',
        '</script>',
        '<!-- a comment',
        '-->',
        '    code line',
        '| a | b |',
        '|---|---|',
        'word *em* word',
        '[ref]: /url',
        ': a definition',
        ':::',
        '{{< shortcode >}}',
        'Tab\tinside',
        '\tTabbed',
        'Ends with a tab\t',
        'é accented',
        '\u00a0no-break',
      ),
      fc.constant(''),
      fc.string({ maxLength: 6 }),
    );
    const text = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (source) => {
        expect(JSON.stringify(markdownBlocks(source, undefined, true))).toBe(JSON.stringify(markdownBlocks(source, undefined, false)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('markdown: struck-through words in a heading', () => {
  it('leaves out of a heading the words it strikes through, which the writer withdraws (John Peart: "~~are near me~~")', () => {
    // 65 "## As a patient, I need to know which surgeries ~~are near me~~ I can register for, so that …".
    const { parts } = excerpt('tuning/ai-johnpeart-nhs-gp-registration', [1, 72]);
    expect(parts).toContain(
      'As a patient, I need to know which surgeries I can register for, so that I know where I can access healthcare services',
    );
  });
});

describe('markdownBlocks: Pandoc citations', () => {
  it.each([
    // Mitchell Palmer (i-mitchellpalmer-integration-trilemma, lines 46, 206 and 273), as Pandoc prints them.
    [
      'bind others [@hobbesLeviathan2008a], but weak enough to be bound itself.',
      'bind others (Hobbes 2008a), but weak enough to be bound itself.',
    ],
    ['of situations" [@hayekRoadSerfdom2001 p .79]. Instead, it writes', 'of situations" (Hayek 2001, p .79). Instead, it writes'],
    ['[-@hayekEconomicConditionsInterstate1948], economic unions result in', '(1948), economic unions result in'],
    ['as argued [see @olsonLogicCollectiveAction1971, p. 3; @b2002] here', 'as argued (see Olson 1971, p. 3; B 2002) here'],
  ])('%s → %s', (text, expected) => {
    expect(markdownBlocks(text).map((block) => block.text)).toEqual([expected]);
  });
  it('leaves an address in brackets and a link to a handle as they are', () => {
    expect(markdownBlocks('write to [me@example.com] now').map((block) => block.text)).toEqual(['write to [me@example.com] now']);
    expect(markdownBlocks('follow [@Paul_A_Healy](https://twitter.com/Paul_A_Healy) too').map((block) => block.text)).toEqual([
      'follow @Paul_A_Healy too',
    ]);
  });
});

describe('markdownBlocks: notes’ marks read as links', () => {
  it('drops a note’s mark that Markdown reads as a link to its note, "[^highrise-hell]" over "[^highrise-hell]: …" (okayfail)', () => {
    const { essay } = excerpt('tuning/ak-okayfail-financialization-cities', [1, 70]);
    const texts = [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs)].map((paragraph) => paragraph.text);
    expect(texts.find((text) => text.includes('our rental buildings are crumbling'))).toContain(
      'crumbling, our condos are poorly laid out,',
    );
    expect(texts.join(' ')).not.toMatch(/\^[a-z]/);
  });
});

describe('markdownBlocks: definition lists in HTML', () => {
  it('reads a definition list’s bold term as its item’s label, not a heading, and its definition as an item', () => {
    const text = '<dl>\n<dt><strong>Fund the people</strong></dt>\n<dd>Skills matter more than hardware. They last.</dd>\n</dl>\n';
    const blocks = markdownBlocks(text).filter((block) => !block.chrome);
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['item', 'Fund the people'],
      ['item', 'Skills matter more than hardware. They last.'],
    ]);
  });
});

describe('paragraphs opened by a bullet’s glyph', () => {
  it('reads "• …" as a list’s item without its glyph, which Markdown knows no list by', () => {
    const blocks = markdownBlocks('• **Lower costs**: the programme saves money.\n\n▪ Better data for the councils.\n\n- A list item.\n');
    expect(blocks.map((block) => [block.kind, block.plain])).toEqual([
      ['item', 'Lower costs: the programme saves money.'],
      ['item', 'Better data for the councils.'],
      ['item', 'A list item.'],
    ]);
  });

  it('leaves a paragraph opened by a dash, a dialogue’s or an aside’s, as it is', () => {
    const blocks = markdownBlocks('– Yes, she said, the programme saves money.\n');
    expect(blocks[0]?.kind).toBe('paragraph');
  });
});

describe('markdownBlocks: HTML paragraphs that name themselves headings', () => {
  it('reads a paragraph whose class names a section as a heading (critical infrastructure lab: "<p class=\\"section\\">The Return of the Same</p>")', () => {
    const lines = readFileSync(
      join(import.meta.dirname, '../corpus/tuning/ai-critinfralab-infrastructural-futures/essay.md'),
      'utf8',
    ).split('\n');
    const blocks = markdownBlocks(lines.slice(11, 18).join('\n')).filter((block) => !block.chrome);
    expect(blocks.map((block) => [block.kind, block.plain.slice(0, 24)])).toEqual([
      ['heading', 'The Return of the Same'],
      ['paragraph', 'The contemporary discomf'],
      ['paragraph', 'The excitement about the'],
      ['heading', 'How does it (not) work?'],
    ]);
  });

  it('reads role="heading" with its aria-level, and keeps a long paragraph of such a class, or a container of paragraphs, as text', () => {
    const blocks = markdownBlocks(
      [
        '<div role="heading" aria-level="3">What the data shows</div>',
        '',
        `<p class="section">${'This paragraph runs on for longer than any heading would, word after word, until it is plainly prose and not a title.'}</p>`,
        '',
        '<div class="section"><p>A paragraph inside a container named section.</p></div>',
      ].join('\n'),
    );
    expect(blocks.filter((block) => !block.chrome).map((block) => [block.kind, block.level ?? null])).toEqual([
      ['heading', 3],
      ['paragraph', null],
      ['paragraph', null],
    ]);
  });
});

describe('markdownBlocks: bold marks round a stop alone', () => {
  it('drops "**" round punctuation alone, which CommonMark leaves as text (TriTAG: "has not begun**.**")', () => {
    const lines = readFileSync(join(import.meta.dirname, '../corpus/tuning/as-tritag-all-day-go/essay.txt'), 'utf8').split('\n');
    const [block] = markdownBlocks(lines[46] ?? '');
    expect(block?.plain).toContain('major construction on the flyover has not begun. For now');
    expect(markdownBlocks('Compute 2**10 in Python.')[0]?.plain).toBe('Compute 2**10 in Python.');
  });
});

describe('markdownBlocks: bold marks and links the parser could not read', () => {
  // (From the Markdown sweep, scripts/sweep/markdown.ts: a WordPress export's posts, a Hugo site's essays.)
  it('drops bold marks left unpaired against a space, a stop or the line’s end, not between a word’s letters or digits', () => {
    expect(markdownBlocks('**  \nHonestly, I could not be happier for this kid** (and yes, he is younger than me).')[0]?.plain).toBe(
      'Honestly, I could not be happier for this kid (and yes, he is younger than me).',
    );
    expect(markdownBlocks('Billy Bragg**, the working class hero, recently performed a set.')[0]?.plain).toBe(
      'Billy Bragg, the working class hero, recently performed a set.',
    );
    expect(markdownBlocks('Compute 2**10, then stop.')[0]?.plain).toBe('Compute 2**10, then stop.');
    // (Bold the parser pairs is read as ever.)
    expect(markdownBlocks('This is **bold** text.')[0]?.plain).toBe('This is bold text.');
  });

  it('reads a stray block tag in a sentence as markup and a figure’s caption set inline as the picture’s, not the text’s', () => {
    expect(markdownBlocks('Thank you for not patenting the Graphic User Interface. </p>')[0]?.plain).toBe(
      'Thank you for not patenting the Graphic User Interface.',
    );
    const figure =
      'Few minutes ago I saw this message. [<img src="x.png" alt="Twitter is over capacity" />][1]<figcaption class="wp-caption-text">Twitter is over capacity</figcaption></figure>\n\n[1]: http://example.com/x.png';
    expect(markdownBlocks(figure)[0]?.plain).toBe('Few minutes ago I saw this message.');
    // (A button's label is the page's: "<a href=…><button class=…>Kurzfassung als PDF</button></a>", Bits & Bäume.)
    expect(
      markdownBlocks('Unsere Forderungen stehen hier. <a href="/f.pdf"><button class="btn-dark">Kurzfassung als PDF</button></a>')[0]
        ?.plain,
    ).toBe('Unsere Forderungen stehen hier.');
    // (A tag a sentence names stays: "<script>".)
    expect(markdownBlocks('The payload is a <script> tag.')[0]?.plain).toBe('The payload is a <script> tag.');
  });

  it('reads a tag with attributes the parser could not read as markup, and a paragraph whose class names it a caption as the picture’s', () => {
    expect(
      markdownBlocks(
        'I found a nice video explaining <a title="BI" mce\\_href="http://example.com/bi" target="\\_blank">Business Intelligence</a> as a concept.',
      )[0]?.plain,
    ).toBe('I found a nice video explaining Business Intelligence as a concept.');
    const before = 'The database of protein structures keeps growing every year, as more laboratories deposit what they solve.';
    const after = 'Its growth slowed in the last decade, though the structures deposited grew larger and harder to classify.';
    const caption = `${before}\n\n<p class="caption">Yearly growth of structures in the PDB (adapted from [^1]</p>\n\n${after}`;
    const essay = parseEssay({ path: 'post.md', text: `# Growth\n\n${caption}\n` });
    const texts = [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs)].map((paragraph) => paragraph.text);
    expect(texts).toContain(after);
    expect(texts).not.toContainEqual(expect.stringMatching(/Yearly growth/));
  });

  it('drops underscores of emphasis left unpaired at a word’s edge and the address of a link whose "[" the source lost (Simply Statistics, the Markdown sweep)', () => {
    expect(markdownBlocks('_We urge caution in over-interpretation of the scientific impact. _')[0]?.plain).toBe(
      'We urge caution in over-interpretation of the scientific impact.',
    );
    expect(markdownBlocks('Keep snake_case names and fill in ____ here.')[0]?.plain).toBe('Keep snake_case names and fill in ____ here.');
    expect(markdownBlocks('5. An](https://twitter.com/hmason/status/285163907360899072) on Twitter about big data.')[0]?.plain).toBe(
      'An on Twitter about big data.',
    );
    // (Not the end of an embedded card's link that opens its paragraph: the card is read by it, Hannah Ritchie's post.)
    expect(
      markdownBlocks('](https://hannahritchie.substack.com/p/eliminating-contrails)[Hannah Ritchie](https://substack.com/profile/1)')[0]
        ?.plain,
    ).toMatch(/^\]\(/);
  });

  it('reads a note’s mark pasted from a word processor, its bracket escaped, as the mark it shows (Ethos, the Markdown sweep)', () => {
    expect(markdownBlocks('México consume más de 200 kilogramos[\\[1]](https://m-x.com.mx/#_ftn1), por persona.')[0]?.plain).toBe(
      'México consume más de 200 kilogramos[1], por persona.',
    );
    expect(markdownBlocks('[\\[1]](https://m-x.com.mx/#_ftnref1) Según la OPS/OMS, en México se consumen 212,2 kg.')[0]?.plain).toBe(
      '[1] Según la OPS/OMS, en México se consumen 212,2 kg.',
    );
  });

  it('reads a link the parser could not read as its label: "[before](\\"The UK\'s delivery problem\\")"', () => {
    expect(markdownBlocks('I have spoken [before]("The UK\'s delivery problem") about how governments struggle.')[0]?.plain).toBe(
      'I have spoken before about how governments struggle.',
    );
  });
});

describe('Markdown’s marks inside HTML and code spans', () => {
  // (From the Markdown sweep: Anil Dash's answers set in <dl>/<dd>, datanalytics' packages linked inside backticks.)
  it('reads emphasis and links an author wrote inside an HTML block as their words', () => {
    const { paragraphs } = htmlText('<dd>A _lot_. They are **rarely** execs at [competing companies](https://example.com/c).</dd>', 1);
    expect(paragraphs[0]?.parts.map((part) => part.text).join(' ')).toBe('A lot. They are rarely execs at competing companies.');
    const kept = htmlText('<p>Keep snake_case_names, 2*3*4 and Bürger*innen und Wähler*innen.</p>', 1);
    expect(kept.paragraphs[0]?.parts.map((part) => part.text).join(' ')).toBe(
      'Keep snake_case_names, 2*3*4 and Bürger*innen und Wähler*innen.',
    );
  });

  it('reads a code span that is a link and nothing else as the link’s label', () => {
    expect(
      markdownBlocks('Es un asunto delicado para el que el paquete `[VIM](http://cran.r-project.org/web/packages/VIM/)` sirve.')[0]?.plain,
    ).toBe('Es un asunto delicado para el que el paquete VIM sirve.');
    expect(markdownBlocks('Run `x[1](2)` in R.')[0]?.plain).toBe('Run x[1](2) in R.');
  });
});

describe('HTML tables in a Markdown source', () => {
  it('reads a row’s cells as one table row, a cell’s own paragraphs and breaks inside it', () => {
    const { paragraphs } = htmlText('<table>\n<tr><td><p>First cell.</p><p>More of it.</p></td><td>Second<br>cell</td></tr>\n</table>', 1);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]).toMatchObject({ kind: 'item', tableRow: true });
    expect(paragraphs[0]?.parts.map((part) => part.text).join(' ')).toBe('First cell. More of it. | Second cell');
  });

  it('reads prose indented four spaces or more as the author’s text, not code: a migrated post’s paragraphs, a numbered item spaced wide (Seattle Public Records)', () => {
    const body = [
      'The first paragraph stands at the margin, as the author wrote it for the old blog.',
      '',
      '    A later paragraph came over indented by the move to the new platform, and it runs on',
      '    over two lines as prose does, its sentences ending with full stops as written.',
      '',
      '1.       The current plan is to implement a web based system that will be installed on a laptop.',
    ].join('\n');
    const blocks = markdownBlocks(body);
    expect(blocks.filter((block) => block.chrome).map((block) => block.lines.start)).toEqual([]);
    expect(blocks.map((block) => [block.lines.start, block.plain.slice(0, 20)])).toEqual([
      [1, 'The first paragraph '],
      [3, 'A later paragraph ca'],
      [6, 'The current plan is '],
    ]);
  });

  it('keeps an indented block of code, a key’s listing or a footnote’s next paragraph out of the text, as before', () => {
    const code = markdownBlocks(
      'Text first, at the margin of the file.\n\n    const total = items.reduce((sum, item) => sum + item.price, 0);\n    return total;\n',
    );
    expect(code.filter((block) => block.chrome).map((block) => block.lines.start)).toEqual([3, 4]);
    const key = markdownBlocks(
      'My key:\n\n    pub   4096R/0x4E2C6E8793298290 2014-12-15       Key fingerprint and the rest of the listing\n',
    );
    expect(key.filter((block) => block.chrome).map((block) => block.lines.start)).toEqual([3]);
    // Oliver Sherouse (f-sherouse-cost-of-thriving): a footnote's second paragraph, indented under its definition.
    const note = markdownBlocks(
      'Text.[^3]\n\n[^3]: All my work, including my source data, is available on GitHub for anyone to check.\n\n    Cass uses a Kaiser Family Foundation estimate for health insurance costs; I looked at Kaiser and it pointed elsewhere.\n',
    );
    expect(note.filter((block) => block.chrome).map((block) => block.lines.start)).toContain(5);
  });

  it('reads the paragraphs set flush among the closing footnotes as the notes’, not those after a note defined mid-text (Hannah Ritchie)', () => {
    const { removed, body } = excerpt('tuning/j-hannahritchie-contrails', [1, 95]);
    for (const line of [82, 84, 92, 94]) expect(removed.get(line), `line ${line}`).toBe('footnote');
    expect(body).toContain(76);
    // (A note defined under the paragraph that cites it, the text going on after it: the text's.)
    const midText = markdownBlocks(
      'First point, with a note.[^1]\n\n[^1]: The note.\n\nSecond point of the text.\n\nThird point of the text.\n\nFourth point, the last.\n',
    );
    expect(midText.filter((block) => block.chrome).map((block) => block.lines.start)).toEqual([3]);
  });

  it('reads a short emphasised paragraph of its own right under an image alone as its caption (CFPB: "_Comparison shopping with two proposed short-form disclosures for prepaid cards._")', () => {
    const { removed } = excerpt('tuning/ba-cfpb-prepaid-disclosures', [1, 50]);
    expect(removed.get(10)).toBe('markup');
    expect(removed.get(12)).toBe('caption');
    expect(removed.has(14)).toBe(false);
  });

  it('keeps an emphasised paragraph under an image alone when it is longer than a caption: a standfirst', () => {
    const text = `# A Title For The Post\n\n![a picture](a.jpg)\n\n*${'This longer emphasised paragraph opens the post and says what it is about, '.repeat(3)}so it stays.*\n\nThe text starts here and goes on for a while, long enough to be the text of the essay.\n`;
    const essay = parseEssay({ path: 'post.md', text });
    expect(essay.removed.map((removal) => removal.line)).not.toContain(5);
  });

  it('reads a line of a paragraph written a sentence to a line that ends on a smiley as a sentence, not a heading (Scientific Python: "… resolving in the future :)")', () => {
    const { parts } = excerpt('tuning/ba-scientificpython-ai-contributions', [1, 190]);
    expect(parts).not.toContain(
      'These are bugs which, unfortunately, you—the maintainer—will be responsible for resolving in the future :)',
    );
    expect(parts.slice(0, 2)).toEqual(['Maintainer concerns', 'General concerns']);
  });

  it('reads an emphasised line set right under an image as its caption, the image’s line as markup (Brian Mc Donald: "*A Capriccio of Roman Ruins (1727-1729) by Marco Ricci*")', () => {
    const { parts, removed, essay } = excerpt('tuning/ay-brianmcdonald-unified-data-layers', [1, 30]);
    expect(removed.get(11)).toBe('markup');
    expect(removed.get(12)).toBe('caption');
    expect(essay.meta.subtitle).toBe('Common Operating Datasets in humanitarian analysis are amazing.... so lets replace them');
    expect(parts[0]).toBe('Common Operating Datasets');
  });

  it('reads an element whose class names a pull quote as one, not the text’s run (U.S. Digital Service: "<blockquote class=\\"pullquote\\" markdown=\\"1\\">")', () => {
    const { removed, body } = excerpt('tuning/ay-usds-designing-government-for-families', [60, 75]);
    for (const line of [68, 69, 70, 71]) expect(removed.get(line)).toBe('pull-quote');
    expect(body).toContain(61);
  });
});
