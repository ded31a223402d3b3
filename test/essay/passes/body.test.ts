import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';
import { headingTitle } from '../../../src/essay/passes/body.js';
import type { Essay } from '../../../src/types.js';
import { excerpt } from '../../helpers/excerpt.js';
import { ROOT } from '../../helpers/fixtures.js';
import { bodyTexts, page } from '../../helpers/pages.js';

/** The body pass: captions, boxes and pull quotes set inside the text go; headings are found. */
describe('body pass', () => {
  it('removes the site’s funders’ box, its heading with its notes, and the note that opens with the site’s name and who pays for it (The Conversation)', () => {
    const { essay, removed } = excerpt('tuning/aq-theconversation-storm-ciaran', [1, 143]);
    for (const line of [35, 39, 41]) expect(removed.get(line)).toBe('end-matter');
    expect(essay.sections.map((section) => section.title)).not.toContain('Partners');
    expect(essay.intro[0]?.lines.start).toBe(48);
  });

  it('reads the name under the headline printed again over the text as the writer’s byline (Ryan McCarl: "How to Think About Politics" / "Ryan McCarl")', () => {
    const { essay, removed } = excerpt('tuning/aw-ryanmccarl-think-about-politics', [1, 25]);
    expect(essay.meta.authors).toEqual(['Ryan McCarl']);
    expect(removed.get(15)).toBe('outside-article');
    expect(bodyTexts(essay).join(' ')).not.toContain('Ryan McCarl');
  });

  it('reads no line of a song quoted one line to a paragraph as a heading, the quotation opened above and closed below (Página/12)', () => {
    const { essay, body } = excerpt('tuning/av-pagina12-ia-concursos-belleza', [70, 81]);
    // (The excerpt has no heading: its sections are cut by their words, and none is a line of the song.)
    expect(essay.sections.map((section) => section.line)).toEqual(essay.sections.map(() => null));
    for (const line of [72, 74, 76, 78, 80]) expect(body).toContain(line);
  });

  it('removes a question put to the reader over a newsletter’s offer with the offer: the box’s heading, no part (The Conversation)', () => {
    const { essay, removed } = excerpt('tuning/aq-theconversation-storm-ciaran', [1, 143]);
    expect(removed.get(94)).toBe('newsletter');
    expect(removed.get(95)).toBe('newsletter');
    expect(essay.sections.map((section) => section.title)).not.toContain(
      'Don’t have time to read about climate change as much as you’d like?',
    );
    expect(essay.sections.map((section) => section.title)).not.toContain('Want to write?');
  });

  it('removes a picture gallery’s and a video’s boxes set in the text, their lines set line under line round a credit or a length, headings neither (stern)', () => {
    const { essay, removed, body } = excerpt('tuning/aq-stern-trump-charakter', [1, 355]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'Verquere amerikanische Politik',
      'Jeff Bezos und Elon Musk bewundern Trump',
    ]);
    for (const line of [211, 212, 213, 214, 215, 229, 230, 231, 232]) expect(removed.has(line)).toBe(true);
    expect(body).toEqual(expect.arrayContaining([209, 217, 227, 234]));
  });

  const vox = excerpt('tuning/e-vox-delhi-air-pollution', [50, 90], [115, 130]);

  it('reads a short exclamation standing alone between paragraphs, among the page’s other line headings, as a heading (GigaOM), but not one in quotation marks (Postlight)', () => {
    const gigaom = excerpt('tuning/ag-gigaom-election-fcc', [13, 57]);
    expect(gigaom.essay.sections.map((section) => section.title)).toEqual([
      'Congress doesn’t share spectrum!',
      'Network neutrality could hit the news again',
      'The death of copper',
    ]);
    const postlight = excerpt('tuning/h-postlight-be-the-thermostat', [1, 80]);
    expect(postlight.essay.sections.map((section) => section.title)).not.toContain('“It’s all going to hell!”');
    expect(postlight.body).toContain(50);
  });

  it('removes a section label over a linked headline set between paragraphs, but not a picture’s credit over a heading (NPR, Vox)', () => {
    const npr = excerpt('tuning/s-npr-handwriting-cursive', [1, 130]);
    for (const line of [92, 93, 107, 108]) expect(npr.removed.get(line), `line ${line}`).toBe('related');
    expect(npr.parts).toContain('Your brain on handwriting');
    const vox = excerpt('tuning/e-vox-trump-twitter-harassment', [1, 140]);
    expect(vox.parts).toContain('The similarities between Yiannopoulos’s behavior and Trump’s are numerous');
  });

  it('keeps a heading worded as a box’s ("Recent …") but set over a paragraph of the text and no links (Nyaypurti)', () => {
    const ucc = excerpt('tuning/ad-nyaypurti-uniform-civil-code', [1, 95]);
    expect(ucc.removed.get(72)).toBeUndefined();
    expect(ucc.parts).toContain('Recent Development');
  });

  it('keeps a Markdown heading of a word or three under a list of links whose label ends with a colon: no widget’s option (Laws.Africa: "**Further reading:**" / "* […](…)" / "# 3. Formatting")', () => {
    const { parts, removed } = excerpt('tuning/ae-lawsafrica-online-legislation-practices', [1, 240]);
    expect(removed.get(151)).toBeUndefined();
    expect(parts).toContain('Formatting');
  });

  it('keeps a heading and its sub-heading set line under line when the paragraph under them takes up what they say (ACM Queue)', () => {
    // ("Regulations and Requirements" / "No, governments are not banning C or C++" / "… formal government regulation or a rise in common requirements …")
    const queue = excerpt('tuning/ab-acmqueue-memory-safety-skeptics', [1, 210]);
    expect(queue.removed.get(169)).toBeUndefined();
    expect(queue.removed.get(170)).toBeUndefined();
    expect(queue.parts).toContain('No, governments are not banning C or C++');
  });

  it('keeps a heading and its sub-heading when the paragraph under them takes up their words in other forms ("Recommendations" / "We recommend …": the Rust blog, tiptopjaw sweep)', () => {
    const text = [
      'Rust in 2025: what we heard',
      '',
      '"There is no clear recorded consensus on which 3P crates to use. It\'s not easy to see which crates are still actively maintained." -- Rust team from a large technology company',
      '',
      'Recommendations',
      "Enumerate Rust's design goals and integrating them into our processes",
      '',
      'We recommend creating an RFC that defines the goals we are shooting for as we work on Rust. The RFC should cover the experience of using Rust in total (language, tools, and libraries).',
      '',
      'This post identified how the real "empowering magic" of Rust arises from achieving a number of different attributes all at once. It would be valuable to have a canonical list of those values.',
      '',
    ].join('\n');
    const essay = parseEssay({ path: 'rust.txt', text });
    // (Not a card for another article: the paragraph under the two lines says "recommend", "goals", "Rust".)
    expect(essay.removed.filter((line) => line.line === 5 || line.line === 6)).toEqual([]);
  });

  it('takes a long line shaped like a heading for a pull quote when it repeats a paragraph other than the one under it (Prospect)', () => {
    const { removed } = excerpt('tuning/c-prospect-anglosphere', [1, 246]);
    expect(removed.get(156)).toBe('pull-quote');
    // (Aeon: "Aristotle rejected preformation, and argued instead for a progressive development", two paragraphs above its source.)
    expect(excerpt('tuning/s-aeon-building-embryos', [1, 248]).removed.get(60)).toBe('pull-quote');
  });

  it('removes a caption set right against its photo credit, two sentences or one (Vox)', () => {
    expect(vox.removed.get(65)).toBe('caption');
    expect(vox.removed.get(66)).toBe('caption');
    expect(vox.removed.get(121)).toBe('caption');
    expect(vox.removed.get(122)).toBe('caption');
  });

  it('keeps the paragraph above a caption: only the lines against the credit are the picture’s (Vox)', () => {
    expect(vox.body).toContain(119);
    expect(vox.body).toContain(124);
  });

  it('removes a chart’s caption with its source’s name under it, blank lines around both (Vox)', () => {
    expect(vox.removed.get(84)).toBe('caption');
    expect(vox.removed.get(85)).toBe('caption');
    expect(vox.body).toContain(87);
  });

  it('removes share widgets: "Share All sharing options for: …", Reddit, Pocket, Flipboard (Vox)', () => {
    for (let line = 56; line <= 64; line++) expect(vox.removed.get(line), `line ${line}`).toBe('social');
  });

  it('removes the one-line links set right under a related box’s heading, whatever their punctuation (WIRED)', () => {
    const wired = excerpt('tuning/e-wired-banking-broke', [1, 91]);
    for (let line = 82; line <= 89; line++) expect(wired.removed.get(line), `line ${line}`).toBe('related');
    expect(wired.body).toContain(80);
  });

  it('takes a pull quote’s attribution printed again, under the next quote, for the pull quote’s too (StreetPress)', () => {
    // 37 "« Les forces de l’ordre … »" / 39 "Johanna Benamrouche, Féministe contre le cyberharcèlement" / … /
    // 62 "« Nous avons besoin que la législation change. … »" / 64 the same attribution / 67 the text.
    const { essay, removed } = excerpt('tuning/au-streetpress-cyberharcelement', [1, 80]);
    expect(removed.get(39)).toBe('pull-quote');
    expect(removed.get(64)).toBe('pull-quote');
    expect(essay.sections.map((section) => section.title)).not.toContain('Johanna Benamrouche, Féministe contre le cyberharcèlement');
  });

  it('keeps a Markdown heading under a pull quote: a heading is no attribution, though it ends in two capitalised words (RAND)', () => {
    const rand = excerpt('tuning/d-rand-deepseek-competition', [1, 80]);
    expect(rand.removed.get(68)).toBe('pull-quote');
    expect(rand.parts).toContain("A Close Look at DeepSeek's Costs");
  });

  it('keeps a numbered heading of the page’s run under a repeated line: "4. Imaginary Implementation" is no pull quote’s attribution (tobyhede)', () => {
    const toby = excerpt('tuning/v-tobyhede-ineffective-agents', [1, 130]);
    expect(toby.removed.has(106)).toBe(false);
    expect(toby.parts).toContain('Imaginary Implementation');
  });

  it('removes the line under a Markdown image that repeats its description (Foreign Policy)', () => {
    const fp = excerpt('tuning/j-foreignpolicy-doge-hacking', [1, 90]);
    for (const line of [45, 57, 69]) expect(fp.removed.get(line), `line ${line}`).toBe('caption');
  });

  it('removes the short line under a Markdown image that names the picture’s source ("… (Source: The Indian Express)", Takshashila)', () => {
    const essay = excerpt('tuning/ac-takshashila-open-source-chip-fab', [1, 20]);
    expect(essay.removed.get(7)).toBe('caption');
    expect(essay.removed.has(9)).toBe(false);
  });

  it('removes an "Our Latest Stories" box: headlines and "Name • 5 min read" lines (CBS Sports)', () => {
    const cbs = excerpt('tuning/k-cbssports-mlb-salaries', [1, 260]);
    for (let line = 199; line <= 218; line++) expect(cbs.removed.has(line), `line ${line}`).toBe(true);
    expect(cbs.body.at(-1)).toBe(197);
  });

  it('removes a paragraph printed again whole a few paragraphs on, keeping the first (MIT Technology Review)', () => {
    const tr = excerpt('tuning/k-techreview-crispr-patents', [150, 230]);
    expect(tr.removed.get(186)).toBe('pull-quote');
    expect(tr.body).toContain(180);
  });

  it('removes cards for other articles set in the text: a headline twice and its teaser, on lines of their own or run together (LA Times)', () => {
    const lat = excerpt('tuning/e-latimes-gannett-gatehouse', [95, 200]);
    for (const line of [142, 161, 163, 164, 181, 183, 184]) expect(lat.removed.get(line), `line ${line}`).toBe('related');
    expect(lat.body).toEqual(expect.arrayContaining([140, 148, 166, 186]));
  });

  it('keeps the first of two copies of the opening, printed twice, and every sentence once (Foreign Policy)', () => {
    const fp = excerpt('tuning/j-foreignpolicy-doge-hacking', [1, 120]);
    expect(fp.body).toEqual(expect.arrayContaining([13, 15]));
    expect(fp.removed.has(17)).toBe(true);
  });

  it('removes the links under "Read more from Jennifer Rubin:", spaced like paragraphs (Washington Post)', () => {
    const wp = excerpt('tuning/e-washingtonpost-name-names', [1, 70]);
    for (const line of [54, 56, 58, 60, 62]) expect(wp.removed.has(line), `line ${line}`).toBe(true);
    expect(wp.body.at(-1)).toBe(50);
  });

  it('takes a line in capitals for a heading, a question too (Cosmo Globalist)', () => {
    const { parts } = excerpt('tuning/g-cosmoglobalist-strategic-blindness', [1, 60]);
    expect(parts[0]).toBe('ARE ALL BAD SURPRISES INTELLIGENCE FAILURES?');
  });

  it('removes a caption set right under its source’s name, blank lines around the two (The New Republic, Reset)', () => {
    const tnr = excerpt('tuning/w-newrepublic-global-warming-threshold', [40, 54]);
    for (const line of [46, 47, 49, 50]) expect(tnr.removed.get(line), `line ${line}`).toBe('caption');
    expect(tnr.body).toEqual(expect.arrayContaining([42, 44, 52]));
    const reset = excerpt('tuning/ar-reset-clickbait-co2', [50, 76]);
    for (const line of [57, 58, 72, 73]) expect(reset.removed.get(line), `line ${line}`).toBe('caption');
    expect(reset.parts).not.toContain('Lord Belbury');
    expect(reset.parts).not.toContain('CNN');
  });

  it('removes a line alone that names a person and who they are, no verb: a picture’s caption (Página/12)', () => {
    const { removed, body } = excerpt('tuning/av-pagina12-ia-concursos-belleza', [44, 66]);
    expect(removed.get(50)).toBe('caption'); // "Aitana López, 311k de seguidores en instagram, jurado IA"
    expect(removed.get(64)).toBe('caption'); // "Emily Pellegrini, jurado IA"
    for (const line of [44, 46, 48, 55, 57, 59, 62, 66]) expect(body, `line ${line}`).toContain(line);
  });

  it('keeps what only looks like a person and who they are: a list’s items line under line, a table’s rows, a heading whose words the text writes in small letters', () => {
    const list = page('space-moon-landers');
    expect(list.removed.filter((removal) => removal.reason === 'caption')).toEqual([]);
    expect(bodyTexts(list).join(' ')).toContain('Blue Origin, Kent, Washington');
    const table = excerpt('tuning/w-amerkhanian-sf-law-enforcement', [94, 160]);
    expect(table.body).toEqual(expect.arrayContaining([97, 107, 140]));
    const heading = parseEssay({
      path: 'essay.txt',
      text: readFileSync(join(ROOT, 'test/fixtures/medium-hospital-quality/essay.txt'), 'utf8'),
    });
    expect(heading.sections.map((section) => section.title)).toContain('Reward Improvement, Not Just Rank');
  });

  it('keeps a heading set right over a line in the writer’s voice: no source’s name over a caption (The Actuarial Club)', () => {
    const essay = page('actuarialclub-consulting-compensation');
    expect(essay.removed.filter((removal) => removal.reason === 'caption')).toEqual([]);
    expect(bodyTexts(essay).join(' ')).toContain('I’ll address the topic here');
  });

  it('removes a caption set over the agency’s name alone, and keeps the heading under it (CNET)', () => {
    const cnet = excerpt('tuning/m-cnet-mobile-trends-2017', [1, 40]);
    expect(cnet.removed.get(17)).toBe('caption');
    expect(cnet.removed.get(18)).toBe('caption');
    expect(cnet.parts[0]).toBe('Zero rating is a thing');
  });

  it('removes a credit labelled "Visual:" under a Markdown image, and keeps the paragraph over the image, no caption of it (jpazvd)', () => {
    const { body, removed } = excerpt('tuning/w-jpazvd-future-provenance', [1, 90]);
    expect(removed.get(61)).toBe('caption');
    expect(removed.get(80)).toBe('caption');
    expect(body).toContain(77);
  });

  it('removes a long caption without a stop under its credit, a blank line between, but keeps a lead-in under one (SFGate, Vox)', () => {
    const sfgate = excerpt('tuning/aa-sfgate-lebanon-political-murder', [1, 40]);
    for (const line of [23, 25, 33, 35]) expect(sfgate.removed.get(line), `line ${line}`).toBe('caption');
    expect(sfgate.body).toEqual(expect.arrayContaining([27, 31, 37]));
    // ("Photo by Steve Pope/Getty Images" / "After the election, Twitter issued a statement … policies:")
    expect(excerpt('tuning/e-vox-trump-twitter-harassment', [1, 140]).body).toContain(64);
  });

  it('removes a two-sentence caption that says it describes a photo, over its credit, and keeps the paragraph over a "View Images" button (National Geographic)', () => {
    const ng = excerpt('tuning/m-natgeo-office-temperature-gender-bias', [1, 60]);
    expect(ng.removed.get(6)).toBe('caption');
    expect(ng.removed.get(8)).toBe('caption');
    expect(ng.body).toContain(34);
  });

  it('removes a widget set in a page copy’s text: many short lines in a row, none a sentence (The Motley Fool)', () => {
    // (The page sets the widget under the byline; here it is moved between the first paragraphs, into the text.)
    const fool = excerpt('tuning/m-fool-esports-bets', [1, 311], [327, 333], [314, 322], [335, 520]);
    for (const line of [316, 317, 318, 319, 320, 321, 322]) expect(fool.removed.get(line), `line ${line}`).toBe('navigation');
    expect(fool.body).toContain(327);
    expect(fool.body).toContain(337);
  });

  it('keeps a list’s items, however short, and Markdown’s short lines (Rufus Pollock)', () => {
    const rp = excerpt('tuning/a-rufuspollock-open-source-government', [1, 120]);
    expect(rp.body).toContain(68);
  });

  it('removes a card linking to another post, its link text spread over lines by a clipper ("[" / heading / "](…)"), and its teaser (Hannah Ritchie, Foreign Policy)', () => {
    const hr = excerpt('tuning/j-hannahritchie-contrails', [1, 60]);
    expect(hr.removed.get(20)).toBe('related');
    expect(hr.removed.get(22)).toBe('markup');
    expect(hr.parts).not.toContain('Eliminating contrails from flying could be incredibly cheap');
    const fp = excerpt('tuning/j-foreignpolicy-doge-hacking', [1, 120]);
    for (const line of [49, 53, 61, 65, 73, 77]) expect(fp.removed.get(line), `line ${line}`).toBe('related');
    expect(fp.body).toContain(79);
  });

  it('takes no paragraph for a pull quote for sharing words, out of order, with its neighbours (the stress essay’s narrow vocabulary)', () => {
    const text = readFileSync(join(ROOT, 'test', 'e2e', 'stress', 'essay.md'), 'utf8');
    const essay = parseEssay({ path: 'essay.md', text });
    expect(essay.sections).toHaveLength(8);
    expect(essay.removed.filter((line) => line.reason === 'pull-quote')).toEqual([]);
  });
  it('removes a card for another post set in the text whose headline and teaser the related posts under it repeat (Postlight)', () => {
    const { removed, body } = excerpt('tuning/h-postlight-be-the-thermostat', [1, 146]);
    expect(removed.get(42)).toBe('related');
    expect(removed.get(44)).toBe('related');
    expect(body).toContain(48);
  });
  it('removes a box’s links that a page copy set against each other in one block under its heading ("Recent Energy Content") (National Geographic)', () => {
    const { removed, body } = excerpt('tuning/m-natgeo-office-temperature-gender-bias', [1, 70]);
    for (const line of [23, 26, 27, 28]) expect(removed.get(line), `line ${line}`).toBe('related');
    expect(body).toContain(21);
    expect(body).toContain(30);
  });
  it('removes photo captions a page copy keeps as lines of their own: a person doing something, an event and its year (WordPress.com)', () => {
    const { removed, body } = excerpt('tuning/m-wordpresscom-diverse-contributors', [1, 60]);
    expect(removed.get(30)).toBe('caption');
    expect(removed.get(39)).toBe('caption');
    expect(body).toContain(41);
  });
  it('removes a picture a clipper saved as a link spread over lines ("[" / "alternate text" / "](…jpg)") and its "Click image to enlarge." (Arms Control Today)', () => {
    const { removed } = excerpt('tuning/j-armscontrol-iran-verification', [1, 110]);
    expect(removed.get(57)).toBe('caption');
    expect(removed.get(59)).toBe('markup');
    expect(removed.get(62)).toBe('caption');
    expect(removed.get(107)).toBe('caption');
  });
  it('removes captions of a scene or a person at an event, kept by a page copy as lines of their own (Medium)', () => {
    const { removed, body } = excerpt('tuning/c-medium-oreilly-wtf-future', [1, 140]);
    for (const line of [53, 67, 83]) expect(removed.get(line), `line ${line}`).toBe('caption');
    for (const line of [51, 55, 65]) expect(body).toContain(line);
  });
  it('keeps the paragraph above a caption that ends with its agency: the caption is no bare credit (CBS Sports)', () => {
    const { removed, body, bio } = excerpt('tuning/k-cbssports-mlb-salaries', [1, 250]);
    expect(removed.get(173)).toBe('caption');
    expect(body).toContain(171);
    expect(bio).toEqual([]);
  });
});

/** Batch o (tuning): what page copies set inside the text. */
describe('body pass: lists and questions set as headings in a page copy', () => {
  it('takes no item of a bulleted list for a heading, and a question in title case among title-case headings for one (OurFuture.org)', () => {
    const { parts } = excerpt('tuning/x-ourfuture-romney-deficit-plan', [1, 210]);
    // "• Cap federal spending below twenty percent of the economy" (line 101) is an item of a list of four.
    expect(parts).not.toContain('Cap federal spending below twenty percent of the economy');
    expect(parts).toContain('Deficit Reduction After He Proposes Cutting Taxes?');
  });

  it('takes no item of a bulleted list set a blank line apart for a heading ("• VP of Engineering" / "" / "• VP of Marketing", Rand’s Blog)', () => {
    const { parts } = excerpt('tuning/ac-randfishkin-no-jobs-no-hire', [1, 75]);
    expect(parts).not.toContain('VP of Engineering');
  });

  it('takes no question in title case for a heading where the page sets its headings in sentence case (FiveThirtyEight)', () => {
    const { parts } = excerpt('tuning/e-fivethirtyeight-endorsement-race', [1, 400]);
    expect(parts).not.toContain('Do Parties Or Voters Choose Presidential Nominees?');
  });

  it('takes no line in sentence case set between two lines of a list without its bullets for a heading (HAMY LABS)', () => {
    // 34 "Small languages have a vicious cycle - a death spiral" / 35 "Few companies use it meaning less jobs / funding" /
    // 36 "Few jobs / funding available for it means …" / 37 / 38, no blank line between, then the text.
    const { parts, body } = excerpt('tuning/v-hamylabs-language-death-spiral', [5, 7], [11, 60]);
    expect(parts).not.toContain('Few companies use it meaning less jobs / funding');
    expect(body).toContain(35);
  });

  it('takes no last line of such a list for a heading, written as the lines above it; but a short line under long ones is one (HAMY LABS)', () => {
    // 27 "More companies mean more jobs / funding" / … / 30 "More people learning them mean more companies are built with them", then the text;
    // 52–55 "TypeScript bringing some sanity …" / … / "Kotlin slowly chipping away at Java …" / 56 "AI amplifies these adoption cycles".
    const { parts, body } = excerpt('tuning/v-hamylabs-language-death-spiral', [5, 7], [11, 70]);
    expect(parts).not.toContain('More people learning them mean more companies are built with them');
    expect(parts).not.toContain('Few people learning it means less companies built with it');
    expect(body).toEqual(expect.arrayContaining([27, 28, 29, 30, 38]));
    expect(parts).toContain('AI amplifies these adoption cycles');
  });

  it('takes a line with a capital under a list’s lines in lower case for the heading of the next part (Ben Unsworth)', () => {
    // "My pitch centred on:" / "consolidating all websites onto one trusted domain" / … / "delivery by an agile team who work in the open" /
    // "Get close to the LGR delivery team", no blank line between, then the part's text.
    const { parts, body } = excerpt('tuning/ah-benunsworth-lgr-council-website', [1, 60]);
    expect(parts).toContain('Get close to the LGR delivery team');
    expect(body).toEqual(expect.arrayContaining([27, 28, 29, 30, 31, 32]));
  });

  it('takes every line of a run numbered in bold for a heading, though one runs long or its part is a word (Yak Collective)', () => {
    const { parts } = excerpt('tuning/aj-yakcollective-digital-doom-loop', [1, 75]);
    expect(parts).toEqual(
      expect.arrayContaining([
        'Leaders to understand digital and how it interacts with the complexities of government',
        'Treat Digital differently from things like physical infrastructure',
        'Stick to the roadmap (despite the accelerating breakdown of infrastructure and civil society)',
      ]),
    );
  });

  it('takes a run of bold lines, each its label and number and a stop, set over its paragraph’s lines, for headings (F14E: "**Leçon n°1 : il faut la bonne équipe.**")', () => {
    // 14 "**Leçon n°1 : il faut la bonne équipe.**" / 15 "J’étais seul au départ. …" (no blank line between) / … / 34 "**Leçon n°5 : …**".
    const { parts, body } = excerpt('tuning/an-f14e-lecons-incubateur-armees', [1, 40]);
    expect(parts).toEqual([
      'Leçon n°1 : il faut la bonne équipe',
      'Leçon n°2 : il faut la bonne culture',
      'Leçon n°3 : il faut savoir persister',
      'Leçon n°4 : il faut aussi savoir arrêter',
      'Leçon n°5 : il faut beaucoup communiquer',
      'conclusion: Conclusion',
    ]);
    expect(body).toEqual(expect.arrayContaining([15, 16, 35]));
  });

  it('keeps a bold sentence alone between paragraphs, with no number, as the text’s: a whole emphasised sentence is emphasis', () => {
    const text = [
      '# Five Lessons',
      '',
      'When building a mobile robot, selecting the drive motors is one of the most important decisions you will make.',
      '',
      '**You need the right team.**',
      'The team matters more than anything else in a project of this kind. We learned it the hard way over three years.',
      '',
      'It took many months to see it clearly, and many more to act on it, as every team that starts out learns.',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.md', text });
    expect(essay.sections.map((section) => section.title)).not.toContain('You need the right team');
  });

  it('takes no name with a note’s number against it, an epigraph’s source under its quotation, for a heading (Air University Review: "Bernard Brodie1")', () => {
    const { parts, body } = excerpt('tuning/ap-airuniv-classical-strategy-bmd', [1, 186]);
    expect(parts).not.toContain('Bernard Brodie1');
    expect(body).toContain(10);
    expect(parts).toContain('Alternative Evolutionary Patterns');
  });

  it('reads a heading the page broke over two lines, the second going on from a word in lower case, as one (Air University Review)', () => {
    // 40 "U.S. Strategy: A Preference" / 41 "for the Offensive" / blank / 43 the part's text.
    const { parts, essay } = excerpt('tuning/ap-airuniv-classical-strategy-bmd', [1, 186]);
    expect(parts).toContain('U.S. Strategy: A Preference for the Offensive');
    // (16 "Nuclear Strategy:" / 17 "Links with the Past" / 18 the part's text, no blank line between: a label's colon.)
    expect(parts).toContain('Nuclear Strategy: Links with the Past');
    expect(essay.sections.find((section) => section.line === 40)?.title).toBe('U.S. Strategy: A Preference for the Offensive');
  });

  it('takes no line of a sentence’s length that goes on from the text with "And" or "But" for a heading (HREOC: a minister’s speech)', () => {
    // 78 "And if you are talking only about the past, what would be your cut-off point?"; 128 "But a tribunal process would not
    // necessarily do away with the trauma of revisiting, recounting and reliving past events".
    const { parts, body } = excerpt('tuning/ao-hreoc-stolen-generations-reparations', [1, 160]);
    expect(parts).not.toContain('And if you are talking only about the past, what would be your cut-off point?');
    expect(parts.some((part) => part.startsWith('But a tribunal process'))).toBe(false);
    expect(body).toEqual(expect.arrayContaining([78, 128]));
    expect(parts).toContain('Compensation and a Tribunal');
  });

  it('still takes a line in title case set between two such lists for a heading (casebasix.com)', () => {
    // "… work independently on policy assessments …" / "Work-Life Balance in Insurance" / "Standard Work Hours – …".
    expect(page('casebasix-insurance-consulting').sections.map((section) => section.title)).toContain('Work-Life Balance in Insurance');
  });
});

describe('body pass: embeds, repeats and attributions', () => {
  it('takes out an embedded chart’s maker left alone in the copy, and the chart’s title right over it, not a part’s heading (Carufel: "NHS" / "Infogram")', () => {
    const { essay, removed } = excerpt('tuning/bb-carufel-brexit-nhs', [1, 80]);
    for (const line of [55, 56]) expect(removed.get(line), `line ${line}`).toBe('caption');
    expect(essay.sections.map((section) => section.title)).not.toContain('NHS');
  });

  it('takes out an embedded post whose poster’s name and handle stand on lines of their own, its counts in capitals as its foot (Every)', () => {
    const { removed } = excerpt('tuning/x-every-ai-writing-endgame', [1, 120]);
    // "Paul Graham" / "@paulg" / the post / "December 12th 2022, 4:40am EST" / "44 Retweets601 Likes".
    for (const line of [88, 89, 95]) expect(removed.has(line), `line ${line}`).toBe(true);
  });

  const fp = excerpt('tuning/o-financialpost-canadian-chips', [1, 175]);

  it('removes the headline printed again inside the text, an ad slot’s notice, and a pull quote’s attribution in capitals with the speaker’s role (Financial Post)', () => {
    expect(fp.removed.get(43)).toBe('outside-article');
    expect(fp.removed.get(51)).toBe('advertisement');
    expect(fp.removed.get(72)).toBe('pull-quote');
    expect(fp.removed.get(74)).toBe('pull-quote');
    expect(fp.body).toContain(70);
  });

  it('keeps a Markdown heading that repeats the headline after a part: the author named a part after the post (Aussienomics), not over the opening (Code for Australia)', () => {
    const { parts, removed } = excerpt('tuning/ad-aussienomics-how-not-to-do-migration', [1, 19], [56, 80], [104, 108]);
    expect(removed.has(76)).toBe(false);
    expect(parts).toEqual(['How migration can work well', 'How not to do migration', 'Lessons from Sweden']);
    const opening = excerpt('tuning/ac-codeforaustralia-whatif-fellowship', [1, 24]);
    expect(opening.parts).toEqual(['Finishing the Form Design', 'Automated reminders and workflow']);
  });

  it('removes the author box’s publication name and contact line after the text (Financial Post)', () => {
    expect(fp.removed.has(172)).toBe(true);
    expect(fp.removed.get(174)).toBe('social');
  });

  it('removes embedded posts whole: poster and handle, the post, a link card, its time and its counts (Slow Boring)', () => {
    const { removed, body, parts } = excerpt('tuning/o-slowboring-musk-china-ties', [1, 244]);
    for (const line of [49, 50, 51, 52, 53, 54, 58, 59, 92, 93, 94, 95, 96]) expect(removed.has(line), `line ${line}`).toBe(true);
    expect(body).toContain(47);
    expect(body).toContain(56);
    expect(parts.at(-1)).toBe('conclusion: What does this mean for Twitter?');
  });

  it('keeps a quotation’s attribution written as a list item in the quote as text, not a heading (Code for America)', () => {
    const { body, parts } = excerpt('tuning/o-codeforamerica-govtech-procurement-background', [1, 40]);
    expect(body).toContain(34);
    expect(parts.join(' ')).not.toMatch(/Asheville/);
  });
});

describe('body pass: batch q', () => {
  it('removes teaser cards whose headline is printed twice in a line, and the writer’s name under each (The Nation)', () => {
    const { removed } = excerpt('tuning/q-nation-christie-exit', [1, 120]);
    for (const line of [83, 85, 87, 89, 91, 93, 95, 97]) expect(removed.get(line), `line ${line}`).toBe('related');
  });

  it('removes an ad slot’s policy link, a print issue’s date and a newsletter box’s consent notice set in the text (The Nation)', () => {
    const { removed } = excerpt('tuning/q-nation-christie-exit', [1, 120]);
    expect(removed.get(42)).toBe('advertisement');
    expect(removed.get(55)).toBe('navigation');
    expect(removed.get(66)).toBe('newsletter');
  });

  it('keeps a list item that ends "; and" as text, not a heading, and reads the numbered "1) …" lines as the sections (Daily Maverick)', () => {
    const { essay, body } = excerpt('tuning/q-dailymaverick-joburg-informal-traders', [1, 160]);
    expect(body).toContain(108);
    expect(essay.sections.map((section) => section.title)).toContain('Informal trading plans');
    expect(essay.sections.map((section) => section.title)).not.toContain('The principle of minimal relocation to protect livelihoods; and');
  });

  it('reads a heading set right over another, between paragraphs, as a part and its first sub-part (FDA, GitHub)', () => {
    const fda = page('fda-glp1-unapproved');
    const part = fda.sections.find((section) => section.title === 'Illegally marketed versions of these drugs');
    expect(part?.paragraphs[0]?.subheading).toBe('Counterfeit Ozempic');
    expect(fda.sections.map((section) => section.title)).toContain('Illegal online sales of these drugs');
    const github = page('github-actions-pricing');
    const changing = github.sections.find((section) => section.title === 'What’s changing?');
    expect(changing?.paragraphs[0]?.subheading).toBe('Lower prices for GitHub-hosted runners');
  });

  it('keeps a heading over its text when a paragraph near it holds its words: a heading names what follows, a pull quote says something (FDA, TurboTax)', () => {
    const headings = (essay: ReturnType<typeof page>): string[] =>
      essay.sections.flatMap((section) => [section.title, ...section.paragraphs.flatMap((p) => (p.subheading ? [p.subheading] : []))]);
    const fda = page('fda-glp1-unapproved');
    expect(headings(fda)).toContain('Dosing concerns with compounded semaglutide and tirzepatide');
    expect(headings(page('turbotax-tax-news'))).toContain('What is the standard deduction for 2025 and 2026 tax returns?');
  });

  it('reads two headings stacked in title case as a part and its first sub-part, not a writer over a role, when the text writes their words in lower case (The Social Shepherd)', () => {
    // 180 "Top Influencer Marketing Social Agencies" / 181 "6. Inbeat" / text.
    const essay = page('socialshepherd-social-agencies');
    // (The page's contents list it at line 18; that line goes, the heading stays.)
    expect(essay.removed.map((line) => line.line)).not.toContain(180);
    // The numbered agencies, "1. The Social Shepherd" to "15. ICUC Social", are one set a level below the categories
    // they stand under, and as a set of options they replace their parents (GUIDE: parallel options under a parent).
    // (Among them "4. Firebelly", under the list "Their services include:" / "Brand development" / …, which had been taken for a widget.)
    const titles = essay.sections.map((section) => section.title);
    expect(titles).toEqual(expect.arrayContaining(['Umbrella', 'Firebelly', 'We Are Social', 'Inbeat', 'The Shelf', 'ICUC Social']));
    expect(titles.indexOf('Inbeat')).toBe(titles.indexOf('We Are Social') + 1);
    // (Right under a lead-in of a few words, "Services include:", a line is the list's first item, not a part: "Community management".)
    expect(titles).not.toContain('Community management');
  });

  it('keeps a heading under a related link as a heading: its words are the text’s, no writer’s name under a card (Spectrum Dental Arts)', () => {
    // 53 "👉 See more on how 3D printing is shaping the dental industry via Exploding Topics." / 55 "Teledentistry Goes Mainstream" / 57 text.
    const essay = page('spectrumdentalarts-dental-trends');
    expect(essay.sections.map((section) => section.title)).toContain('Teledentistry Goes Mainstream');
  });

  it('removes a picture’s caption and credit set in capitals between paragraphs, not a part named "ES" (London Standard)', () => {
    const standard = excerpt('tuning/q-eveningstandard-blair-leadership', [1, 200]);
    for (const line of [46, 47, 71, 72]) expect(standard.removed.get(line), `line ${line}`).toBe('caption');
    expect(standard.parts).not.toContain('ES');
    expect(standard.parts).not.toContain('THE LONDON STANDARD');
  });

  it('reads short lines in a run under a lead-in’s colon as a list, not as headings (Hamy Labs)', () => {
    const hamy = excerpt('tuning/v-hamylabs-language-death-spiral', [1, 45]);
    expect(hamy.parts).not.toContain('Lots of companies use mainstream languages');
    expect(hamy.body).toContain(19);
  });

  it('keeps a list whose bullets the copy lost, under its lead-in’s colon, whole: no heading, no widget from its second line (Morgan & Morgan)', () => {
    const essay = page('forthepeople-gym-injury');
    // 145 "Some of the common symptoms of a shoulder dislocation include:" / 147 "Visible deformity of the shoulder" /
    // 148 "Bruising and swelling" / … / 155 "Muscle spasms": the run from 148 had been read without the lead-in over
    // 147, a widget, and 147 then headed the paragraph after it.
    const shoulder = essay.sections.find((section) => section.title === 'Shoulder Dislocation');
    const lines = (shoulder?.paragraphs ?? []).map((paragraph) => paragraph.lines.start);
    expect(lines).toEqual(expect.arrayContaining([145, 147, 148, 149, 150, 151, 152, 153, 154, 155]));
    expect(essay.sections.map((section) => section.title)).not.toContain('Visible deformity of the shoulder');
    expect(essay.removed.filter((line) => line.line >= 147 && line.line <= 155)).toEqual([]);
  });

  it('removes a box of headlines set in the text and closed by "More in …" under them (CBS News)', () => {
    const essay = page('cbsnews-impeachment-moments');
    const titles = essay.sections.map((section) => section.title);
    expect(titles[0]).toBe("Day 3, Part 10: Tim Morrison's opening statement");
    const texts = essay.intro.map((paragraph) => paragraph.text);
    expect(texts).not.toContainEqual(expect.stringMatching(/^(?:7 key moments|Volker says he didn't realize|Trump Impeachment Inquiry)/));
    expect(texts).toContainEqual(expect.stringMatching(/^Republicans also questioned Morrison/));
  });
});

describe('body pass: a caption under its credit', () => {
  it('removes the caption set right under an agency’s credit in capitals, shaped as a heading or not (BBC)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/s-bbc-brexit-food-asia/essay.txt');
    const essay = parseEssay({ path, text: readFileSync(path, 'utf8') });
    const removed = new Map(essay.removed.map((line) => [line.line, line.reason]));
    // 29 "PS8/UK FDEA" / 30 "Cheese was a big part of the British offering at the food show in Singapore";
    // 76 "PS8/UK FDEA" / 77 "A British exhibit at a food show in Singapore".
    expect([29, 30, 76, 77].map((line) => removed.get(line))).toEqual(['caption', 'caption', 'caption', 'caption']);
    expect(essay.sections.map((section) => section.title)).not.toContain('A British exhibit at a food show in Singapore');
  });

  it('keeps a heading under a credit that closes a caption set above it (USA Today)', () => {
    // 95 "This March 28, 2017, file photo, … shows Jeffrey Epstein." / 96 "… via AP" / 97 "Epstein removed from suicide watch".
    expect(page('usatoday-epstein-guards').sections.map((section) => section.title)).toContain('Epstein removed from suicide watch');
  });
});

describe('body pass: round-ups and boxes of links after the text', () => {
  const vanityFair = (): Essay => {
    const path = join(import.meta.dirname, '../../corpus/tuning/aa-vanityfair-levin-vaccine-summit/essay.txt');
    return parseEssay({ path, text: readFileSync(path, 'utf8') });
  };

  it('removes a round-up of other outlets’ headlines, each with its outlet in brackets, and the heading over it (Vanity Fair)', () => {
    // 95 "Elsewhere!" / 97 "Supreme Court denies Trump allies’ bid … (Washington Post)" / … / 107 "… (NYP)".
    const removed = new Map(vanityFair().removed.map((line) => [line.line, line.reason]));
    expect([95, 97, 99, 101, 103, 105, 107].map((line) => removed.get(line))).toEqual(Array(7).fill('related'));
  });

  it('removes a video’s title under its player’s label, no part’s heading (Vanity Fair)', () => {
    // 52 "Watch Now:" / 53 "Lilly Singh Takes A Lie Detector Test".
    const essay = vanityFair();
    expect(essay.removed.find((line) => line.line === 53)?.reason).toBe('related');
    expect(essay.sections.map((section) => section.title)).not.toContain('Lilly Singh Takes A Lie Detector Test');
  });

  it('removes the links set against each other under a box’s heading and a blank line, questions among them (Vanity Fair)', () => {
    // 109 "More Great Stories From Vanity Fair" / 110 blank / 111–119 "— Mary Trump Thinks …" / … / "— Will Rupert Murdoch Spring for a Postpresidential Fox Gig?".
    const removed = new Map(vanityFair().removed.map((line) => [line.line, line.reason]));
    for (let line = 111; line <= 119; line++) expect(removed.get(line), `line ${line}`).toBe('related');
  });

  it('keeps a run of tags whole across a box heading set right under it, no blank line between (Washington Examiner)', () => {
    const path = join(import.meta.dirname, '../../corpus/tuning/n-washingtonexaminer-prince-andrew-interview/essay.txt');
    const removed = new Set(parseEssay({ path, text: readFileSync(path, 'utf8') }).removed.map((line) => line.line));
    // 149 "Royals" / 150 "Jeffrey Epstein" / 151 "Sexual Assault" / 152 "Media" / 153 "Share your thoughts with friends." / 154 "More Washington Examiner".
    expect([149, 150, 151, 152].every((line) => removed.has(line))).toBe(true);
  });

  it('keeps a list of names with their acronyms in brackets as text: no outlet’s (affordablecollegesonline.org)', () => {
    // 567 "Association to Advance Collegiate Schools of Business (AACSB)" / 568 "… (ACBSP)" / 569 "… (IACBE)".
    const essay = page('affordablecolleges-business-degrees');
    expect(bodyTexts(essay)).toContain('Association to Advance Collegiate Schools of Business (AACSB)');
  });
});

describe('body pass: a list of other articles closing the text', () => {
  it('takes cards in a row to the text’s end, a headline over a short teaser each, for a list of other articles (Dealbreaker)', () => {
    const essay = page('dealbreaker-taylor-swift');
    const parts = [...essay.sections, ...(essay.conclusion ? [essay.conclusion] : [])];
    const texts = [...essay.intro, ...parts.flatMap((part) => part.paragraphs)].map((paragraph) => paragraph.text);
    expect(parts.map((part) => part.title)).not.toContainEqual(expect.stringMatching(/^Opening Bell/));
    expect(texts).not.toContainEqual(expect.stringMatching(/^(?:Fake beef|Beyond beef|What kinda dirt)/));
    // The article's own parts keep their paragraphs, short ones among them.
    expect(parts.map((part) => part.title)).toContain('He said, she said');
    expect(texts).toContain('It’s complicated.');
  });
});

describe('body pass: a page’s questions and answers', () => {
  it('reads questions each answered by one paragraph as the sub-headings of their heading, not text nor a conclusion (tryotter.com)', () => {
    // "Frequently Asked Questions" / "How is AI changing catering operations in 2025?" / "" / "AI streamlines …" / … seven in all.
    const essay = page('tryotter-catering-trends');
    const faq = essay.sections.find((section) => section.title === 'Frequently Asked Questions');
    expect(faq?.paragraphs.map((paragraph) => paragraph.subheading)).toEqual([
      'How is AI changing catering operations in 2025?',
      'What role does sustainability play in modern catering?',
      'Is it realistic for smaller catering businesses to adopt new technology trends?',
      'Which catering statistics should businesses track in 2025?',
      'How can caterers excel at hybrid events?',
      "How does Otter's technology support catering businesses?",
      'Is Otter suitable for catering businesses with multiple locations?',
    ]);
    expect(faq?.paragraphs.at(-1)?.text).toMatch(/^Yes\. Otter's platform is designed for multi-location operations/);
    expect(essay.conclusion).toBeNull();
  });

  it('reads the questions under a heading of questions as its sub-headings, however long their answers (TRC Global Mobility)', () => {
    // "FAQs: Corporate Relocation Company vs. Moving Company" / "Q: What types of companies use …?" / two paragraphs / "Q: …" / ….
    const essay = page('trcglobalmobility-relocation');
    const faq = essay.sections.find((section) => section.title === 'FAQs: Corporate Relocation Company vs. Moving Company');
    expect([...new Set(faq?.paragraphs.flatMap((paragraph) => (paragraph.subheading ? [paragraph.subheading] : [])))]).toEqual([
      'Q: What types of companies use corporate relocation services?',
      'Q: Can small businesses use a corporate relocation company?',
      'Q: How do RMCs choose moving partners?',
      'Q: What should a relocation policy include?',
      'Q: How long does a corporate relocation typically take?',
    ]);
    // The part after the questions, which asks nothing, is a part again: the conclusion.
    expect(essay.conclusion?.title).toBe('Moving Forward with the Right Mobility Partner');
  });

  it('reads an interview’s questions, answered in quotation marks, as the text, not as headings, and the writer’s own question among them too (London Standard: "Is Starmer a good leader?" / "“Well, I’m fully supportive of him …”")', () => {
    const standard = excerpt('tuning/q-eveningstandard-blair-leadership', [1, 160]);
    expect(standard.parts.filter((part) => !part.startsWith('conclusion:'))).toEqual([
      'The leader of leaders',
      'Political dilemmas',
      'Tony Blair by numbers',
      'The Middle East solution',
    ]);
    // 36 "Is Starmer a good leader?", 44 "What advice specifically …?", 136 "What else do I glean from this hour with Blair?".
    for (const line of [36, 44, 136]) expect(standard.body, `line ${line}`).toContain(line);
  });

  it('reads a numbered label over the one sentence it names as one heading that says both, not a heading that says "Fallacy 1" over a sentence of the text (OECD Observer)', () => {
    const { parts, body } = excerpt('tuning/af-oecdobserver-jubilee-2010', [140, 175]);
    expect(parts[0]).toBe('Fallacy 1: Rich-country protection is higher than poor-country protection');
    expect(body).not.toContain(148);
  });

  it('keeps the closing question over the featured picture’s credit as the text, no picture’s caption (Bruno Miguel: "Até onde estamos dispostos a ir …?" / "A imagem de destaque do artigo é da autoria do site Pexels …")', () => {
    const { body, removed } = excerpt('tuning/ax-brunomiguel-encriptacao-comissao-europeia', [1, 60]);
    expect(body).toContain(48);
    expect(removed.get(50)).toBe('end-matter');
  });

  it('reads a heading right over a numbered one-word heading as its parent: the word alone is set in either case (fieldedge.com)', () => {
    // "Basic Hand Tools Every Electrician Needs" / "1. Multimeter" / "" / "A multimeter is the backbone …".
    const essay = page('fieldedge-electrician-tools');
    const tools = essay.sections.find((section) => section.title === 'Basic Hand Tools Every Electrician Needs');
    expect(tools?.paragraphs[0]?.subheading).toBe('Multimeter');
    expect(tools?.paragraphs[0]?.text).toMatch(/^A multimeter is the backbone of every electrician’s toolkit/);
  });
});

describe('body pass: lists set as short lines', () => {
  it('keeps a list whose items say more than a widget’s, in sentence case, under a label the page repeats (embarque.io)', () => {
    // "Services" / "Revenue-focused SEO strategy for blockchain companies" / … seven lines, then "Key results" / …
    const essay = page('embarque-seo-agencies');
    expect(essay.source.format).toBe('text');
    const body = bodyTexts(essay);
    for (const item of [
      'Revenue-focused SEO strategy for blockchain companies',
      'Transparent reporting that tracks both traffic and token holder growth',
    ])
      expect(body).toContain(item);
  });
});

describe('body pass: tables in a page copy', () => {
  it('keeps a table’s rows, cells set apart by tabs, as the text’s: no widget, no menu sorted by its first cell, no end of the text (Cuboh)', () => {
    // Two tip charts: "Service\tSuggested Tip Amount" / "Full Service Restaurant\t20%" / …, then
    // "Bill Total\t10%\t15%\t20%" / "$10.00\t$1.00\t$1.50\t$2.00" / … / "$100.00\t…", rows in order of
    // their first cell. The first had been taken for a widget, the second for an alphabetical menu
    // that ended the text: the parts after it were lost.
    const essay = page('cuboh-tip-chart');
    const body = bodyTexts(essay);
    expect(body).toContain('Valet\t$2 - $5');
    expect(body).toContain('$55.00\t$5.50\t$8.25\t$11.00');
    const titles = essay.sections.map((section) => section.title);
    for (const title of ['Tip Chart For Calculations', 'A Diner’s Guide to Tipping', 'Leveraging Technology for Tipping'])
      expect(titles).toContain(title);
  });
});

describe('body pass: labelled lines set against each other', () => {
  it('reads "Pros: …" over "Cons: …" as a list, not a heading over its text (Amateur Photographer)', () => {
    // 166 "Pros: More compact than DSLRs, advanced technology, faster performance, continued development with new
    // cameras and lenses planned" (no stop) / 167 "Cons: Newer to the market, …": the first had headed a part.
    const essay = page('amateurphotographer-camera-types');
    expect(essay.sections.map((section) => section.title).filter((title) => /^(?:Pros|Cons):/.test(title))).toEqual([]);
    expect(bodyTexts(essay)).toContain(
      'Pros: More compact than DSLRs, advanced technology, faster performance, continued development with new cameras and lenses planned',
    );
  });
});

describe('body pass: a listing’s lines in order', () => {
  it('takes no listing’s short lines, in order by chance, for an alphabetical menu that ends the text (codefarm.me)', () => {
    // 200 "{" / 201 "\"Logging\": {" / … / 203 "\"Default\": \"Warning\"," / 204 "\"System.Net.Http.HttpClient\": …" / 205–207 "}":
    // read as a menu, the text had ended there and its second half was lost.
    const body = bodyTexts(page('codefarm-http-logging'));
    expect(body).toContain('For more control, configure options during registration:');
  });
});

describe('body pass: a chart’s source under the text', () => {
  it('removes a chart’s source line as a credit, not a heading, and keeps the sentence above it (Hamy Labs)', () => {
    // 64 "It's not perfect but it's changing the way …" / 66 "Source: GitHut 2.0" / 76 "Source: A Survey on LLM-based Code Generation …".
    const { essay, removed, body } = excerpt('tuning/v-hamylabs-language-death-spiral', [1, 120]);
    expect([removed.get(66), removed.get(76)]).toEqual(['caption', 'caption']);
    expect(body).toEqual(expect.arrayContaining([64, 74]));
    expect(essay.sections.map((section) => section.title).filter((title) => title.startsWith('Source'))).toEqual([]);
  });
});

describe('body pass: a chart’s title over its source', () => {
  it('removes a chart’s title under a part’s heading, over its source line, and keeps the heading (Construction Coverage)', () => {
    // 34 "Changes in Home Sales Volume" / 36 "Year-over-year home sales growth is at its highest since June 2021" /
    // 38 "Source: Construction Coverage analysis of Redfin data | Image Credit: …" / 39 "Data: U.S. Home Sales Volume Time Series".
    const essay = page('constructioncoverage-hot-markets');
    const titles = essay.sections.map((section) => section.title);
    expect(titles).toContain('Changes in Home Sales Volume');
    expect(titles).not.toContain('Year-over-year home sales growth is at its highest since June 2021');
    expect(essay.removed.filter((line) => line.reason === 'caption').map((line) => line.line)).toEqual(expect.arrayContaining([36, 38]));
  });
});

describe('markup pass: a pager under the text', () => {
  it('removes the titles a pager links as related posts, and still finds the writer under them (blog.turbotax.intuit.com)', () => {
    // 270 "Previous Post" / 272 "Don’t Miss the Tax Extension Deadline: …" / 274 "Next Post" / 276 "Free Swaps and Taxes: …" / 278 "Written by Lisa Greene-Lewis".
    const essay = page('turbotax-tax-news');
    expect(essay.removed.filter((line) => line.line === 272 || line.line === 276).map((line) => line.reason)).toEqual([
      'related',
      'related',
    ]);
    expect(bodyTexts(essay).some((text) => text.startsWith('Don’t Miss the Tax Extension Deadline'))).toBe(false);
    expect(essay.meta.authors).toEqual(['Lisa Greene-Lewis']);
  });

  it('gives no standfirst where the page has none: "Read the Article" and "Open Share Drawer" are a link and a button (blog.turbotax.intuit.com)', () => {
    // 80 the title / 81 "Read the Article" / 82 "Open Share Drawer" / 83 "Share this:" / …
    expect(page('turbotax-tax-news').meta.subtitle).toBeNull();
  });

  it('keeps the first line of a list of labelled lines as the list’s, not a heading: "W-2: employer-provided form …" over "1099-NEC: …" (blog.turbotax.intuit.com)', () => {
    const essay = page('turbotax-tax-news');
    expect(essay.sections.map((section) => section.title)).not.toContain('W-2: employer-provided form if you earned wages this year');
    expect(bodyTexts(essay)).toContain('W-2: employer-provided form if you earned wages this year');
  });

  it('reads a numbered line over its labelled facts as the part’s heading, and the last fact over the text as a fact (Siteline)', () => {
    // 198 "1. MasTec, Inc." / 200 "Headquarters: Coral Gables, FL" / … / 206 "YOY Growth: 171%" / 208 text.
    const titles = page('siteline-electrical-contractors').sections.map((section) => section.title);
    expect(titles).toContain('MasTec, Inc');
    expect(titles.filter((title) => title.startsWith('YOY Growth'))).toEqual([]);
  });

  it('reads the paragraph under a byline set after the text as the bio when it opens with the writer’s first name and a bio’s verb (blog.turbotax.intuit.com)', () => {
    // 278 "Written by Lisa Greene-Lewis" / 280 "Lisa has over 20 years of experience in tax preparation. …".
    const essay = page('turbotax-tax-news');
    expect(essay.bio.map((paragraph) => paragraph.lines.start)).toEqual([280]);
  });
});

describe('body pass: a page in Japanese', () => {
  it('reads its paragraphs as running text and keeps them, no refusal for want of words between spaces (Sanwa Supply)', () => {
    // Japanese sets no spaces between words: counted by spaces, every paragraph was one word, and
    // the page was refused ("no essay body found").
    const essay = page('sanwa-fingerprint-mouse');
    const kept = [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs), ...(essay.conclusion?.paragraphs ?? [])];
    expect(kept.map((paragraph) => paragraph.text)).toContain('「MA-IRFP139BK」は、指紋認証機能付きのUSB有線マウスです。');
  });
});

describe('body pass: a heading under a list', () => {
  it('reads a line the next paragraph opens by naming as its heading, though a list opened with a colon stands above (ikyle.me)', () => {
    // "… gave immediate gains:" / "302ms → 261ms (14% faster)" / "Batch text insertion" / "Next was batch text insertion. …":
    // read as the list's second item, the heading had become a bullet.
    const titles = page('ikyle-swift-html5-parser').sections.map((section) => section.title);
    expect(titles).toEqual(expect.arrayContaining(['Batch text insertion', 'Avoiding Memory Allocation', 'Batch scanning for tag names']));
  });
});

describe('body pass: a box of related links in the text', () => {
  it('takes the teasers set line under line under a "Related" label for the box’s, not headings (Rolling Stone)', () => {
    // "Related" / "20 Best Movies of 2016" / "Related" / "The Everly Brothers: 12 Essential Tracks" / "How Guns N' Roses Formed".
    const essay = page('rollingstone-la-la-land');
    const titles = essay.sections.map((section) => section.title);
    expect(titles).not.toContain('20 Best Movies of 2016');
    expect(titles).not.toContain("How Guns N' Roses Formed");
    expect(essay.removed.filter((line) => line.reason === 'related').map((line) => line.text)).toContain('20 Best Movies of 2016');
  });
});

describe('body pass: teasers under a related label another pass took out, and teasers naming the site', () => {
  it('takes the headlines under "Related articles", a label printed twice and so taken out as a repeat, for the box’s (Express)', () => {
    // "Related articles" / "Plague outbreak: China hit by ‘highly contagious’ pneumonic plague" / "Horror as plague of
    // killer mosquitos are headed to Britain", twice in the text: the first headline was a part's heading.
    const essay = page('express-plague-china');
    const titles = essay.sections.map((section) => section.title);
    expect(titles).not.toContain('Plague outbreak: China hit by ‘highly contagious’ pneumonic plague');
    expect(titles).not.toContain('Bible bombshell: Scientists claim discovery of root of all evil');
    const related = essay.removed.filter((line) => line.reason === 'related').map((line) => line.text);
    expect(related).toEqual(expect.arrayContaining(['Horror as plague of killer mosquitos are headed to Britain']));
  });

  it('takes a teaser whose label names the paper’s site for related, not a heading (Houston Chronicle)', () => {
    const essay = page('chron-car-sales');
    const titles = essay.sections.map((section) => section.title);
    expect(titles.filter((title) => title.startsWith('On HoustonChronicle.com'))).toEqual([]);
    const related = essay.removed.filter((line) => line.reason === 'related').map((line) => line.text);
    expect(related).toContain('On HoustonChronicle.com: Car sales plunge nearly 17 percent in August');
  });
});

describe('body pass: a buying guide’s pictures and shop buttons (veranda.com)', () => {
  const essay = page('veranda-hosting-trends');
  const headings = essay.sections.map((section) => section.title);

  it('reads a photographer’s credit between a heading and its text as a caption, not as a sub-heading, once the page credits a studio so', () => {
    expect(headings).toEqual(
      expect.arrayContaining(['A Focus on Storytelling', 'Customized Menu and Paper Suites', 'A Full Drip Color Story']),
    );
    for (const credit of ['Ryan Ray Photography', 'Mo Davis', 'Gracie Byrd Jones'])
      expect(essay.removed.find((line) => line.text === credit)?.reason).toBe('caption');
  });

  it('takes out a product’s name over its shop’s button ("Cloudnola Reversible …" / "$75 AT AMAZON") with the button', () => {
    for (const text of [
      'Cloudnola Reversible Glass Flower Vase and Bud Vase Set of 2',
      '$75 AT AMAZON',
      'Fully-Custom Party Invitations — Paper Eliza',
    ])
      expect(essay.removed.find((line) => line.text === text)?.reason).toBe('advertisement');
    expect(bodyTexts(essay).join('\n')).not.toMatch(/Set of 2|PAPERELIZA/);
  });

  it('keeps a name under a heading as a sub-heading on a page that credits no studio so ("Deep Deuce" / "Grey Sweater", camelsandchocolate.com)', () => {
    const guide = page('camelsandchocolate-okc-restaurants');
    expect(guide.sections[0]?.paragraphs[0]?.subheading).toBe('Grey Sweater');
    expect(guide.removed.map((line) => line.text)).not.toContain('Grey Sweater');
  });
});

describe('related posts set as WordPress Jetpack cards (Modern Diplomacy)', () => {
  const essay = parseEssay({
    path: 'essay.txt',
    text: readFileSync(join(import.meta.dirname, '../../corpus/tuning/w-moderndiplomacy-bangladesh-economy/essay.txt'), 'utf8'),
  });
  const kept = [essay.intro, ...essay.sections.map((s) => s.paragraphs), essay.conclusion?.paragraphs ?? []].flat().map((p) => p.text);

  it('removes each card, its title over its date and its category (In "Economy"), as a related post', () => {
    expect(essay.sections.map((s) => s.title)).not.toContain('G20 Talks');
    for (const line of ['Global Challenges and Failed G20 Talks', 'In "Economy"', 'India’s Neutrality Over Russia-Ukraine War'])
      expect(essay.removed.find((removed) => removed.text === line)?.reason).toBe('related');
    expect(kept.some((text) => text.includes('uncomfortable one for India'))).toBe(false);
  });
});

describe('body pass: a series’ navigation', () => {
  it('removes a note on the post’s place in a series and the links to its other parts listed under it (Free Law Project)', () => {
    const { body, removed } = excerpt('tuning/q-freelaw-pacer-problem', [1, 40]);
    for (const line of [8, 10, 11, 12]) expect(removed.has(line), `line ${line}`).toBe(true);
    expect(body).toContain(14);
  });
});

describe('body pass: notes called with an asterisk', () => {
  it('removes a paragraph opening with "*" under text that called it after a word, as a footnote, and keeps the text around it (Every, lines 34–38: "watermarking tech*" / "* Side note: …")', () => {
    const { body, removed } = excerpt('tuning/x-every-ai-writing-endgame', [1, 60]);
    expect(removed.get(36)).toBe('footnote');
    expect(body).toContain(34);
    expect(body).toContain(38);
  });

  it('removes the note at the end of a part, in Spanish ("Blockchain*" / "* Coincido con …", Andrés Vázquez, line 38)', () => {
    const { body, removed } = excerpt('tuning/ae-andresvazquez-indicador-datos-ciudades', [1, 38]);
    expect(removed.get(38)).toBe('footnote');
    expect(body).toContain(37);
  });

  it('removes nothing that opens with "*" where no word called a note: a list’s item, a line in italics', () => {
    const essay = parseEssay({
      path: 'essay.txt',
      text: 'A Title\n\nBy Jane Doe\n\nThe first paragraph says what the essay is about, in a sentence of some length.\n\n* A note that nothing called.\n\nThe last paragraph ends the essay with a sentence of its own.\n',
    });
    expect(essay.removed.map((line) => line.reason)).not.toContain('footnote');
  });
});

describe('body pass: a run of lines that open with a figure', () => {
  it('reads "3.7% in 2000" / "4.0% in 2010" / "5.6% in 2012", set line under line, as the text’s data, not a heading over the next paragraph (Mish, lines 149–151)', () => {
    const { essay, body } = excerpt('tuning/ao-mish-multigenerational-households', [130, 220]);
    expect(essay.sections.map((section) => section.title)).not.toContain('5.6% in 2012');
    expect(body).toContain(151);
  });
});

describe('body pass: a box of teasers under its label', () => {
  it('takes a teaser’s headline as long as a sentence, set against the others, with the box (CBC News)', () => {
    // 43 "Related Stories" / 44–46 headlines / 47 "Youth at risk of unemployment with future entry-level jobs replaced by
    // automation" / blank / 49 the text's first paragraph.
    const { removed, body } = excerpt('tuning/at-cbc-robot-personhood', [1, 60]);
    expect([43, 44, 45, 46, 47].map((line) => removed.get(line))).toEqual(['related', 'related', 'related', 'related', 'related']);
    expect(body[0]).toBe(49);
  });

  it('reads a short question standing alone between paragraphs as a heading beside the page’s one other heading (U.S. Surgeon General)', () => {
    const { parts } = excerpt('tuning/ar-hhs-surgeon-general-alcohol', [1, 80]);
    expect(parts.slice(0, 2)).toEqual(['Alcohol dependency and alcohol abuse', 'What are the public health effects of alcohol abuse?']);
  });
});

describe('headingTitle', () => {
  it('titles a heading whose words end in a colon and TeX math by its words: a slide would show the math as source (Peter Amerkhanian, line 180)', () => {
    expect(
      headingTitle(
        'Weekly arrests are continuous and distributed normally: \\(actions \\in \\mathbb{R}\\) and \\(actions \\sim \\mathcal{N}(\\mu, \\sigma^2)\\)',
      ),
    ).toBe('Weekly arrests are continuous and distributed normally');
    // (Math inside the words is theirs: nothing to cut.)
    expect(headingTitle('Why \\(x\\) matters')).toBe('Why \\(x\\) matters');
  });

  it('reads a line that prints Markdown’s heading marks against its words as a heading, titled by its words, and the footnotes that end in Hugo’s "[return]" as notes (Alex Spurrier)', () => {
    expect(headingTitle('###Making hard choices')).toBe('Making hard choices');
    const { essay, removed } = excerpt('tuning/bh1-alspur-hard-choices-ecs', [1, 60]);
    expect(essay.sections.map((section) => section.title)).toEqual([
      'What did the Appropriations Committee do to address this problem?',
      'Making hard choices',
    ]);
    expect([49, 50, 51, 52].map((line) => removed.get(line))).toEqual(['footnote', 'footnote', 'footnote', 'footnote']);
    // (A sentence that ends with a picture "by FY17" is no caption credited to "FY17".)
    expect(removed.has(23)).toBe(false);
  });

  it('titles a heading by its words, not the emoji a blog sets after them (Mark Eijbaard), and keeps an emoji that leads or stands inside', () => {
    expect(headingTitle('Het dilemma: Schaarse ruimte en bewuste keuzes 🤔')).toBe('Het dilemma: Schaarse ruimte en bewuste keuzes');
    expect(headingTitle('Een duidelijke en veilige Laanstraat voor iedereen 🚶↔️🚲')).toBe(
      'Een duidelijke en veilige Laanstraat voor iedereen',
    );
    expect(headingTitle('🚀 Launch')).toBe('🚀 Launch');
    expect(headingTitle('Rule 1 ✅ done')).toBe('Rule 1 ✅ done');
  });
});

describe('charts credited alike', () => {
  it('removes a chart’s one-word title over the source the page credits another chart to, not the sentence above it (Justin Murphy, lines 37–49)', () => {
    // "Public Policy Mood Data from James Stimson" (34) is a caption by its rule; "Macroideology Data from James Stimson"
    // (39) and "Macropartisanship Data from James Stimson" (49) credit the same source; line 37 is the text's.
    const { removed, body, parts } = excerpt('tuning/at-jmrphy-americans-left-right', [1, 125]);
    expect([34, 39, 49].map((line) => removed.get(line))).toEqual(['caption', 'caption', 'caption']);
    expect(body).toContain(37);
    expect(parts).not.toContain('Macroideology Data from James Stimson');
  });
});
