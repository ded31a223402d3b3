import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/essay/format.js';
import { parseEssay } from '../../src/essay/parse.js';

/** Markdown or a page copy, decided by the content whatever the file's extension. */
describe('detectFormat', () => {
  it('reads front matter whose folded value runs onto indented lines as Markdown (Let’s Encrypt)', () => {
    const text = [
      '---',
      'author: Josh Aas, ISRG Executive Director',
      'date: 2015-04-14T00:00:00Z',
      'excerpt: ISRG has engaged the NCC Group Crypto Services team to perform a security',
      "  review of Let's Encrypt's certificate authority software, boulder, and the ACME",
      '  protocol.',
      "title: ISRG Engages NCC Group for Let's Encrypt Audit",
      'slug: ncc-group-audit',
      '---',
      '',
      'ISRG has engaged the <a href="https://cryptoservices.github.io/">NCC Group Crypto Services team</a> to perform a security review.',
    ].join('\n');
    expect(detectFormat(text)).toEqual({ format: 'markdown', signs: ['front matter'] });
  });

  it('counts links written as HTML among the weak signs, three of them at least', () => {
    const links = 'See <a href="https://a.example">one</a>, <a href="https://b.example">two</a> and <a href="https://c.example">three</a>.';
    expect(detectFormat(links).signs).toEqual(['HTML']);
    expect(detectFormat(links).format).toBe('text');
  });

  it('leaves a page copy with a rule of dashes and a colon line as text', () => {
    const copy = ['Menu', '---', 'Posted: May 3, 2024', 'The committee met on Tuesday to discuss the plan.'].join('\n');
    expect(detectFormat(copy).format).toBe('text');
  });

  it('leaves a page copy with one line that starts with "#" as text: a table’s "#" column (embarque.io)', () => {
    const copy = [
      "Here's a summary of the agencies we'll cover in this review:",
      '#\tCompany\tYear Founded\tSpecialty\tNotable Result\tPrice Range\tRating',
      '1\tEmbarque\t2020\tRevenue-driven SEO for blockchain, Web3, and crypto brands',
    ].join('\n');
    expect(detectFormat(copy).format).toBe('text');
  });

  it('reads a "#" heading as Markdown, not a code comment a page copy shows ("# initialize git")', () => {
    expect(detectFormat('Intro.\n\n## What it costs\n\nText.').format).toBe('markdown');
    expect(detectFormat('Set up the repository first:\n# initialize git\ngit init').format).toBe('text');
  });

  it('reads a capitalised comment over the command it explains as a page copy’s code, not a heading (LMSYS)', () => {
    // The page copy's one listing (tiptopjaw page 0407, lmsys.org), in a post of plain lines: read as
    // Markdown, its two comments had been the only headings and a later part's label the title.
    const listing = [
      'Reproducibility: Use the following commands to launch each system:',
      '',
      '# Mini-SGLang',
      'python -m minisgl --model "Qwen/Qwen3-32B" --tp 4 --cache naive ',
      '',
      '# SGLang',
      'python3 -m sglang.launch_server --model "Qwen/Qwen3-32B" --tp 4 \\',
      '    --disable-radix --port 1919 --decode-attention flashinfer',
    ].join('\n');
    expect(detectFormat(listing).format).toBe('text');
    // A heading right over a line of text is still one.
    expect(detectFormat('# Results\nthe model held up.').format).toBe('markdown');
  });

  it('reads a page copy with a menu of lines and one "#" line, a listing’s comment, as text (derekseaman.com)', () => {
    // Lines of the page copy (tiptopjaw page 0489): the site's menu, line under line, and a listing
    // of settings whose comment starts with "#". Read as Markdown, the menu ran into one paragraph.
    const copy = [
      'Skip to content',
      "Derek Seaman's Tech Blog",
      'Home',
      'Smart Home',
      'Security',
      'About',
      'Contact',
      'Home Assistant: Track Who’s in Each Room with ESPHome + Bermuda BLE',
      'December 13, 2025in Smart Home',
      '',
      '12. In the upper left corner of the ESPHome Device builder click on SECRETS.',
      '',
      '# Your Wi-Fi SSID and password',
      'wifi_ssid: "yourssid"',
      'wifi_password: "yourpassword"',
    ].join('\n');
    expect(detectFormat(copy)).toEqual({ format: 'text', signs: ['an ATX heading', 'but menu lines of a page copy'] });
  });

  it('reads front matter over a poem in HTML, each line broken with a tag, as Markdown: its short lines are no menu (reale.info, the Markdown sweep)', () => {
    const post = [
      '---',
      'title: Wisława Szymborska, Na powitanie budowy socjalistycznego miasta',
      'categories: [poetry, translations, misc]',
      'tags: []',
      '---',
      '',
      '<p>Di asfalto e di volontà tenace<br />',
      'si faranno larghe le strade.<br />',
      'Di mattoni e di orgogliosa audacia<br />',
      'Di ferro e di coscienza illuminata<br />',
      'Di speranza si farà il verde degli alberi.<br />',
      'Di gioia il bianco di buoni intonaci.</p>',
      '',
      '<p><em>Miasto socjalistyczne -<br />',
      'miasto dobrego losu.<br />',
      'Bez przedmieść i bez zaułków.<br />',
      'W przyjaźni z każdym człowiekiem.<br />',
      'Najmłodsze z miast, które mamy.<br />',
      'Najstarsze z miast, które będą.<br />',
      'Najmłodsze na jutro bliskie.<br />',
      'Najstarsze na jutro dalekie.</em></p>',
    ].join('\n');
    expect(detectFormat(post)).toEqual({ format: 'markdown', signs: ['front matter', 'HTML'] });
  });

  it("reads front matter over short lines set line under line as Markdown: they are the text's, no menu (buildersethic.org, the Markdown sweep)", () => {
    const post = [
      '---',
      'title: "Build for the Long Arc"',
      'slug: build-for-the-long-arc',
      'draft: false',
      '---',
      '',
      'We live in a world optimized for immediacy.',
      '',
      'Short-form. Fast fashion.  ',
      '“Likes” over legacies. Paper gains over durable returns.  ',
      'Raise, ship, flip, repeat.',
      '',
      'It rewards urgency. It worships acceleration.  ',
      'But it forgets that what’s fastest is often the first to fail.',
      '',
      'The best builders know:  ',
      '**Time is not your enemy. It’s your medium.**',
      '',
      'And when you build that way, something changes.  ',
      'You start paying attention to different things.  ',
      'What lasts. What returns. What refines.  ',
      'Not just what moves quickly—but what can bear the weight of time.',
      '',
      'This isn’t just building to finish.  ',
      'It’s building to understand.  ',
      'To see more clearly.  ',
      'To find the structure within the mess,  ',
      'and the meaning beneath the motion.',
    ].join('\n');
    expect(detectFormat(post)).toEqual({ format: 'markdown', signs: ['front matter'] });
  });

  it('reads a page copy whose one "#" line stands under its text as text (anil.recoil.org)', () => {
    // Lines of the page copy (tiptopjaw page 0438): read as Markdown for its footer's "# …" line, the post had
    // no title, and its headings ("Approach", "Results") were paragraphs.
    const copy = [
      'Anil Madhavapeddy',
      'PapersProjectsNotesTalksIdeas',
      'Search',
      'AoAH Day 15: Porting a complete HTML5 parser and browser test suite / Dec 2025',
      '',
      "Today's task was to vibespile the Python into ocaml-html5rw, a pure OCaml HTML5 parser and serialiser.",
      '',
      'Approach',
      '',
      'I took a very similar approach to my earlier Yaml 1.2 port, depending purely on Bytesrw as the string decoding layer.',
      '',
      'Tomorrow in Day 16 we\'ll use this new library to help with "vibesplaining" code via executable notebooks.',
      '',
      '# 15th Dec 2025•backlinks•agents, ai, aoah, llms, ocaml, web',
      '',
      'This site is © 1998-2025 Anil Madhavapeddy, all rights reserved, except where the content is otherwise licensed.',
    ].join('\n');
    expect(detectFormat(copy)).toEqual({ format: 'text', signs: ['an ATX heading'] });
    // Markdown heads its title with "#" on its first line, and its parts with "##", one alone or more.
    expect(detectFormat('# Time for a different approach\n\nText.').format).toBe('markdown');
    expect(detectFormat('Intro.\n\n# One\n\nText.\n\n# Two\n\nText.').format).toBe('markdown');
  });

  it('reads Markdown whose prose is wrapped in short lines as Markdown, no menu (Ethos, a tuning essay)', () => {
    const wrapped = [
      '---',
      'title: How to Build Good Software',
      'permalink: /ethos-issue-21/how-to-build-good-software/',
      '---',
      '<p>Building good software requires focus:',
      'starting with the simplest solution that',
      'could solve the problem. A well-made',
      'but simplistic app never has problems',
      'adding necessary features. But a big IT',
      'system that does a lot of things poorly',
    ].join('\n');
    expect(detectFormat(wrapped)).toEqual({ format: 'markdown', signs: ['front matter'] });
  });
});

describe('detectFormat: a metadata header without fences', () => {
  it('reads "Key: value" lines at the top, one a title, a date or a writer, as a Markdown source’s, and the parser takes its fields (Open Knowledge Foundation, Kirby)', () => {
    const path = join(import.meta.dirname, '../corpus/tuning/ad-okfn-odi-kenya/essay.md');
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n').slice(0, 3)).toEqual(['type: article', 'template: article', 'title: Kenya']);
    expect(detectFormat(text).format).toBe('markdown');
    expect(parseEssay({ path, text }).meta).toMatchObject({ title: 'Kenya', authors: ['Ahmed Mohamed Maawy'], date: '2014-12-01' });
  });

  it('reads Nikola’s metadata, each field a reStructuredText comment (".. title: …"), as front matter, in an HTML comment or not (datamofa)', () => {
    const path = join(import.meta.dirname, '../corpus/tuning/ae-datamofa-robodebt-case-study/essay.md');
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe('.. title: Case Study: Centrelink’s robo debt recovery system');
    expect(detectFormat(text).signs).toContain('a metadata header');
    expect(parseEssay({ path, text }).meta).toMatchObject({
      title: 'Case Study: Centrelink’s robo debt recovery system',
      date: '2018-02-18',
    });
    const commented = `<!--\n${text.split('\n').slice(0, 8).join('\n')}\n-->\n\n${text.split('\n').slice(9).join('\n')}`;
    expect(parseEssay({ path, text: commented }).meta).toMatchObject({
      title: 'Case Study: Centrelink’s robo debt recovery system',
      date: '2018-02-18',
    });
  });

  it('leaves a page copy whose first lines are labels and values, none a title, a date or a writer, as text', () => {
    expect(
      detectFormat('Topics: Economy\nRegion: Asia\nFormat: Brief\n\nThe city council met on Tuesday. It voted to raise the fee.').format,
    ).toBe('text');
  });
});
