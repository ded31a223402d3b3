import MarkdownIt from 'markdown-it';
import { splitLines } from '../../src/essay/blocks.js';
import { contentWords } from '../../src/essay/keyphrase.js';
import { matchKey, normalizeSpace, POINTS_ELSEWHERE, TO_THE_READER, wordCount } from '../../src/essay/text.js';
import { leansOnPrevious } from '../../src/outline/standalone.js';
import type { Bullet, Outline, OutlineSlide } from '../../src/types.js';
import { type Expected, type Fixture, leakedLines, titleInOwnText } from './fixtures.js';
import { isOrderedSubsequence } from './invariants.js';

/**
 * What `npm run report` measures on one essay: the outline compared with what a person checked
 * by hand (expected.json), and the qualities of its slides. Everything here is measured from the
 * essay file and the outline only, never from the parser's own idea of the essay, so that a
 * sentence the parser lost or a chrome line it kept shows up.
 */
export interface Row {
  name: string;
  /** The pipeline threw: nothing else could be measured. */
  error: string | null;
  /** title, authors, date as checked by hand; each wrong field is named. */
  metadata: string[];
  /** Other metadata fields checked by hand (subtitle, publication): reported, not part of "metadata right". */
  metadataOther: string[];
  /** Which of those the answer key gives: each keyed field is right unless metadataOther names it. */
  keyedOther: Array<'subtitle' | 'publication'>;
  /** The groups' titles against the expected sections (and appendix), or the formed sections' problems. */
  sections: string[];
  /** Expected sub-headings that title a slide / all expected. */
  subheadings: { found: number; expected: number };
  conclusion: boolean;
  leaked: Array<{ line: number; text: string }>;
  markup: string[];
  /** Bullets and slide titles that open with a list's bullet glyph ("• Reusing good software is easy"). */
  glyphs: number;
  /** Bio sentences in the notes of a group other than the about group. */
  bioInBody: number;
  /** The bio is on the about slides (or there is none, as expected). */
  bioPlaced: boolean;
  sentencesOnce: number;
  sentencesTotal: number;
  /** Body sentences missing from the notes or there more often than in the essay. */
  sentenceProblems: string[];
  /** Bullets whose words are not, in order, those of the sentence they name. */
  unfaithful: string[];
  bullets: number;
  bulletWords: number[];
  /** Bullets that start by leaning on a sentence that is not on their slide. */
  leaning: string[];
  /** Bullets of fewer than THIN_CONTENT_WORDS content words: a set-up, a link or an aside ("Data is the same way."). */
  thin: string[];
  /** Bullets whose quotation marks do not pair up: part of a quotation cut off from the rest. */
  halfQuotes: string[];
  /** Bullets that ask a question the slide does not answer: the essay's next sentence is not the next bullet. */
  bareQuestions: string[];
  /**
   * Bullets that are no sentence: a clause cut from one ("While costs had escalated …."), or a line that stops at a comma or
   * semicolon or counts the points it goes on to make ("There are two problems with this.") without the next sentence beside it.
   */
  fragments: string[];
  /** Bullets that steer the reader round the page instead of saying something: "Let’s start with TFP.", "See Figure 7 below." */
  signposts: string[];
  pointSlides: number;
  oneBulletSlides: number;
  slides: number;
  minutes: number;
  brokenTitles: string[];
  /** Whether the conclusion's slides show its last sentence, where the essay lands (null: no conclusion). */
  closingShown: boolean | null;
}

/** A bullet says something of its own with this many content words or more. */
const THIN_CONTENT_WORDS = 3;

// ---------------------------------------------------------------- the essay's body, by hand

const md = new MarkdownIt({ html: true });

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The paragraphs a reader sees of a Markdown passage: rendered, block ends kept as paragraph
 * breaks, tags and footnote marks dropped.
 */
function markdownParagraphs(source: string, env: Record<string, unknown>): string[] {
  // (A link CommonMark does not read, its address holding a space, "[tools](http://a - http://b)",
  // is still the author's link: its text is the sentence's, not its brackets and address.)
  const html = md.render(source.replace(/\[\^[^\]]*\](?!:)/g, '').replace(/\[([^[\]\n]+)\]\([^()"\n]*\s[^()"\n]*\)/g, '$1'), env);
  return decodeEntities(html.replace(/<\/(?:p|li|h[1-6]|blockquote|div|tr|pre)>|<br\s*\/?>/gi, '\n\n').replace(/<[^>]*>/g, ' ')).split(
    /\n\s*\n/,
  );
}

/** Markdown passages with the document's link definitions, so `[text][1]` reads as "text". */
function markdownEnv(text: string): Record<string, unknown> {
  const env: Record<string, unknown> = {};
  md.parse(text, env);
  return env;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The body sentences a person marked: the lines of `expected.body`, without headings and
 * removed lines, in passages separated by blank or skipped lines, split into sentences.
 */
export function expectedBodySentences(text: string, expected: Expected): string[] {
  const lines = splitLines(text);
  const skip = new Set([...(expected.removed ?? []), ...(expected.headings ?? [])]);
  const passages: string[] = [];
  for (const [start, end] of expected.body ?? []) {
    let passage: string[] = [];
    const flush = (): void => {
      if (passage.length > 0) passages.push(passage.join('\n'));
      passage = [];
    };
    for (let line = start; line <= end; line++) {
      const content = lines[line - 1] ?? '';
      if (skip.has(line) || content.trim() === '') flush();
      else passage.push(content);
    }
    flush();
  }
  const markdown = expected.format === 'markdown';
  const env = markdown ? markdownEnv(text) : {};
  // A passage cut out of an HTML block loses its context: its tags go, and its indentation,
  // which Markdown would otherwise read as code.
  const paragraphs = passages.flatMap((passage) =>
    // (A note's label, "[^1]:", is markup: a note the byline points at is the bio's text.)
    markdown
      ? markdownParagraphs(
          passage
            .replace(/<[^>]*>/g, ' ')
            // (A kramdown attribute list, "![…](…){:.float-left}", is markup, no word of the sentence after it.)
            .replace(/\{:[^}\n]*\}/g, ' ')
            .replace(/^[ \t]+/gm, '')
            .replace(/^\[\^[^\]\s]+\]:\s*/gm, '')
            // (And a note's mark in the text, "crumbling,[^highrise-hell] our condos": markup, as the notes show it.)
            .replace(/\[\^[^\]\s]+\](?!:)/g, '')
            // (A Pandoc citation, "[-@milkman2021]", is markup: see `uncited` in measure.)
            .replace(/\[(?:[^[\]]*?[\s;])?-?@[A-Za-z_][\w:.#$%&+?<>~/-]*\d[^[\]]*\](?!\()/g, ' '),
          env,
        )
      : // (A list's marker is typography, not a word of its item: "• Cap federal spending …", "1) January 26, 2000, …",
        // "Ø The Republican districts …" as a page copies Word's Wingdings bullet.)
        // (TeX's quotation marks, ``…'', are typography too: the curled marks the deck shows.)
        passage.split('\n').map((line) => curledTexQuotes(line.replace(LIST_MARKER, ''))),
  );
  return paragraphs.flatMap((paragraph) =>
    [...segmenter.segment(normalizeSpace(paragraph))].map((s) => normalizeSpace(s.segment)).filter((s) => matchKey(s).length > 0),
  );
}

/** A citation as Pandoc prints it: "(Hobbes 2008a)", "(Hayek 2001, p. 79)", "(see Olson 1971, p. 3; B 2002)", "(2021)". */
const PRINTED_CITATION =
  /\((?:(?:see|cf\.|e\.g\.,?) )?(?:[A-Z][a-z]+ )?\d{4}[a-z]?(?:, [^();]{1,20})?(?:; (?:[A-Z][a-z]+ )?\d{4}[a-z]?(?:, [^();]{1,20})?)*\)/g;

/** A list item's marker at the start of a page copy's line: a bullet glyph or a number closed by a bracket. */
const LIST_MARKER = /^\s*(?:[•▪●◦‣➢►■Ø]|\d{1,2}\))\s+(?=\S)/u;

/** Occurrences of the word sequence `key` in `text` (both match keys), on word boundaries. */
function count(text: string, key: string): number {
  if (!key) return 0;
  let n = 0;
  for (let at = text.indexOf(` ${key} `); at >= 0; at = text.indexOf(` ${key} `, at + key.length + 1)) n++;
  return n;
}

// ---------------------------------------------------------------- slide qualities

/** Whether a bullet leans on the sentence before it (`opensConclusionParagraph`: see leansOnPrevious's `looksBackOnDeck`). */
export function leansOnMissing(bullet: string, opensConclusionParagraph = false): boolean {
  return leansOnPrevious(bullet, opensConclusionParagraph);
}

const FUNCTION_WORD = new Set(
  `a an the and or but nor of to in on at by for from with as into onto than that which who whom whose this these those its their his her our your my
  is are was were be been being has have had do does did will would can could should may might must not no so if then when while
  about over under after before between through without within via per vs`.split(/\s+/),
);
/** Pieces of words: contraction halves, a unit without its number, URL and file fragments. */
const CUT_WORD =
  /^(?:re|ll|ve|s|t|d|m|doesn|isn|aren|wasn|weren|don|didn|won|wouldn|couldn|shouldn|hasn|haven|hadn|can|kg|km|mm|cm|mg|ml|gb|mb|kb|mph|kwh|mw|gw|www|http|https|com|org|html|pdf)$/i;

/** A pronoun and its verb written as one word: "I'm", "we've", "it's". */
const CONTRACTED_PRONOUN = /^(?:i|you|we|they|he|she|it|that|there|here|who|what|let)['’](?:m|re|ve|d|ll|s)$/;
/** Why a slide title is cut or broken, or null when it reads as whole words. */
export function titleProblem(title: string): string | null {
  const clean = title.replace(/\s*\(continued\)$/i, '').trim();
  const words = clean.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'empty';
  const first = (words[0] ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, '');
  const last = (words.at(-1) ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’]/gu, '');
  if (FUNCTION_WORD.has(last)) return `ends in "${last}"`;
  // ("Today I'm", "Gifted programs I'm": a pronoun and its verb end no title; they open one, "I'm Not Dumb, You're Dumb!".)
  if (CONTRACTED_PRONOUN.test(last)) return `ends in "${last}"`;
  if (CUT_WORD.test(first) || CUT_WORD.test(last)) return `cut word "${CUT_WORD.test(first) ? first : last}"`;
  if (/https?:|www\.|\.(com|org|html?)\b|\/\w/.test(clean)) return 'URL fragment';
  if (/^[\p{P}\p{S}]|[,;:–—-]$/u.test(clean)) return 'starts or ends in punctuation';
  if (/[$€£¥]$/u.test(clean)) return 'currency torn from its number';
  return null;
}

const MARKUP: Array<[RegExp, string]> = [
  [/\*\*|__|(^|\s)_\S[^_]*_(\s|$)|(^|\s)\*\S[^*]*\*(\s|$)/, 'emphasis marks'],
  [/(^|\s)#{1,6}\s|\s#$/, 'heading marks'],
  [/<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i, 'HTML tag'],
  [/\{\{|\}\}|\{%|%\}/, 'shortcode'],
  [/\]\(|\]\[|\[\^|^\[[^\]]*\]:/, 'link syntax'],
  [/`/, 'code marks'],
  [/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i, 'HTML entity'],
  [/^\s*(?:title|author|date|description|tags|layout|categories):\s/i, 'front matter'],
  [/^-{3,}$|^\+{3,}$/, 'rule'],
  [/\$\$|\\[()[\]]|\\(?:frac|text|times|mathbb|mathcal|left|right|sum|int|approx|cdot)\b/, 'TeX math'],
];

/** Raw markup in the texts a slide shows. */
export function markupOnSlides(outline: Outline): string[] {
  const shown: string[] = [
    outline.meta.title,
    outline.meta.subtitle ?? '',
    outline.meta.publication ?? '',
    ...outline.meta.authors,
    ...outline.groups.flatMap((group) => [
      group.title,
      ...group.slides.flatMap((slide) => [
        slide.title,
        ...slide.bullets.map((bullet) => bullet.text),
        ...(slide.links ?? []).map((l) => l.title),
      ]),
    ]),
  ];
  return shown.flatMap((text) =>
    MARKUP.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${what}: ${JSON.stringify(text.slice(0, 80))}`),
  );
}

// ---------------------------------------------------------------- measuring

const same = (a: string | null | undefined, b: string | null | undefined): boolean => matchKey(a ?? '') === matchKey(b ?? '');

function metadataProblems(expected: Expected, outline: Outline): { main: string[]; other: string[] } {
  const { meta } = outline;
  const main: string[] = [];
  const other: string[] = [];
  const show = (got: unknown, want: unknown): string => `got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
  if (!same(meta.title, expected.title)) main.push(`title: ${show(meta.title, expected.title)}`);
  const authors = (list: readonly string[]): string => list.map(matchKey).join('|');
  if (authors(meta.authors) !== authors(expected.authors)) main.push(`authors: ${show(meta.authors, expected.authors)}`);
  if (meta.date !== expected.date) main.push(`date: ${show(meta.date, expected.date)}`);
  if (expected.subtitle !== undefined && !same(meta.subtitle, expected.subtitle))
    other.push(`subtitle: ${show(meta.subtitle, expected.subtitle)}`);
  if (expected.publication !== undefined && !same(meta.publication, expected.publication))
    other.push(`publication: ${show(meta.publication, expected.publication)}`);
  return { main, other };
}

function sectionProblems(expected: Expected, outline: Outline, essayText: string): string[] {
  const problems: string[] = [];
  const sections = outline.groups.filter((group) => group.kind === 'section');
  const titles = sections.map((group) => group.title);
  if (expected.sections) {
    const want = [...expected.sections, ...(expected.appendix ?? [])];
    const got = [...titles, ...outline.groups.filter((group) => group.kind === 'appendix').map((group) => group.title)];
    if (want.map(matchKey).join('|') !== got.map(matchKey).join('|'))
      problems.push(`sections: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  } else {
    const { min, max } = expected.sectionCount ?? { min: 3, max: 6 };
    if (titles.length < min || titles.length > max) problems.push(`sections: got ${titles.length}, expected ${min}–${max}`);
    const text = matchKey(essayText);
    for (const title of titles)
      if (!text.includes(matchKey(title))) problems.push(`section title not a phrase of the essay: ${JSON.stringify(title)}`);
  }
  const hasConclusion = outline.groups.some((group) => group.kind === 'conclusion');
  if (hasConclusion !== expected.conclusion) problems.push(`conclusion: got ${hasConclusion}, expected ${expected.conclusion}`);
  return problems;
}

function bioRanges(expected: Expected): Array<[number, number]> {
  return Array.isArray(expected.bio) ? expected.bio : [];
}

/** The sentences of the lines in `ranges`, for finding where the bio went. */
function rangeSentences(text: string, ranges: ReadonlyArray<[number, number]>, expected: Expected): string[] {
  return expectedBodySentences(text, { ...expected, body: [...ranges], headings: [], removed: [] });
}

export function measure(
  fixture: Pick<Fixture, 'name' | 'source' | 'expected'>,
  run: () => Outline,
  minutes: (outline: Outline) => number,
): Row {
  const { expected, source } = fixture;
  const row: Row = {
    name: fixture.name,
    error: null,
    metadata: [],
    metadataOther: [],
    keyedOther: [],
    sections: [],
    subheadings: { found: 0, expected: expected.subheadings?.length ?? 0 },
    conclusion: true,
    leaked: [],
    markup: [],
    glyphs: 0,
    bioInBody: 0,
    bioPlaced: true,
    sentencesOnce: 0,
    sentencesTotal: 0,
    sentenceProblems: [],
    unfaithful: [],
    bullets: 0,
    bulletWords: [],
    leaning: [],
    thin: [],
    halfQuotes: [],
    bareQuestions: [],
    fragments: [],
    signposts: [],
    pointSlides: 0,
    oneBulletSlides: 0,
    slides: 0,
    minutes: 0,
    brokenTitles: [],
    closingShown: null,
  };
  let outline: Outline;
  try {
    outline = run();
  } catch (error) {
    row.error = error instanceof Error ? error.message : String(error);
    return row;
  }
  const metadata = metadataProblems(expected, outline);
  row.metadata = metadata.main;
  row.metadataOther = metadata.other;
  row.keyedOther = (['subtitle', 'publication'] as const).filter((field) => expected[field] !== undefined);
  row.sections = sectionProblems(expected, outline, source.text);
  row.conclusion = !row.sections.some((problem) => problem.startsWith('conclusion'));
  const slides = outline.groups.flatMap((group) => group.slides);
  const slideTitles = new Set(slides.map((slide) => matchKey(slide.title.replace(/\s*\(continued\)$/i, ''))));
  row.subheadings.found = (expected.subheadings ?? []).filter((title) => slideTitles.has(matchKey(title))).length;
  row.leaked = leakedLines(source.text, expected.removed, outline);
  row.markup = markupOnSlides(outline);
  row.glyphs = outline.groups
    .flatMap((group) => group.slides.flatMap((slide) => [slide.title, ...slide.bullets.map((bullet) => bullet.text)]))
    .filter((text) => /^[•▪●◦‣➢►■]\s/u.test(text)).length;

  // Notes of every slide but the about slides (the body), and of the about slides. (A Pandoc citation,
  // "[@hayekRoadSerfdom2001 p. 79]", is markup that Pandoc prints as "(Hayek 2001, p. 79)": the expected
  // sentences go without it (expectedBodySentences), and the notes without a dated bracket the essay does not write.)
  const uncited = (notes: string): string =>
    expected.format === 'markdown' && source.text.includes('@')
      ? notes.replace(PRINTED_CITATION, (group) => (source.text.includes(group) ? group : ' '))
      : notes;
  const notesOf = (keep: (kind: string) => boolean): string =>
    ` ${outline.groups
      .filter((group) => keep(group.kind))
      .flatMap((group) => group.slides.map((slide) => matchKey(uncited(slide.notes))))
      .join(' ')} `;
  const bodyNotes = notesOf((kind) => kind !== 'about');
  const aboutText = ` ${outline.groups
    .filter((group) => group.kind === 'about')
    .flatMap((group) => group.slides.flatMap((slide) => [matchKey(slide.notes), ...slide.bullets.map((b) => matchKey(b.text))]))
    .join(' ')} `;

  if (expected.body) {
    // Fragments under three words ("Why?", a lone word of a broken line) occur everywhere: not measured.
    const sentences = expectedBodySentences(source.text, expected).filter((sentence) => matchKey(sentence).split(' ').length >= 3);
    const keys = sentences.map(matchKey);
    const body = ` ${keys.join(' ')} `;
    row.sentencesTotal = keys.length;
    keys.forEach((key, i) => {
      const inBody = count(body, key);
      const inNotes = count(bodyNotes, key);
      if (inNotes === inBody) row.sentencesOnce++;
      else row.sentenceProblems.push(`${inNotes === 0 ? 'missing' : `${inNotes}× in notes`}: ${(sentences[i] ?? '').slice(0, 90)}`);
    });
  }
  const bio = bioRanges(expected);
  if (bio.length > 0) {
    const bioKeys = rangeSentences(source.text, bio, expected)
      .map(matchKey)
      .filter((key) => key.split(' ').length >= 4);
    row.bioInBody = bioKeys.filter((key) => count(bodyNotes, key) > 0).length;
    row.bioPlaced = bioKeys.length === 0 || bioKeys.filter((key) => count(aboutText, key) > 0).length >= bioKeys.length * 0.8;
  } else if (expected.bio === false || (Array.isArray(expected.bio) && expected.bio.length === 0)) {
    row.bioPlaced = !outline.groups.some((group) => group.kind === 'about' && group.slides.some((slide) => slide.notes.trim()));
  }

  const lines = splitLines(source.text);
  const shownGroups = outline.groups.filter((group) => group.kind !== 'about');
  const concluding = new Set(shownGroups.filter((group) => group.kind === 'conclusion').flatMap((group) => group.slides));
  const shown = shownGroups.flatMap((group) => group.slides);
  for (const slide of shown) {
    for (const [i, bullet] of slide.bullets.entries()) {
      row.bullets++;
      row.bulletWords.push(wordCount(bullet.text));
      if (!fromTheEssay(bullet, lines, expected.format === 'markdown')) row.unfaithful.push(`${slide.id}: ${bullet.text}`);
      const opensConclusionParagraph = concluding.has(slide) && bullet.source?.sentence === 1;
      if (leansOnMissing(bullet.text, opensConclusionParagraph) && !previousSentenceShown(slide, i))
        row.leaning.push(`${slide.id}: ${bullet.text}`);
      if (new Set(contentWords(bullet.text)).size < THIN_CONTENT_WORDS) row.thin.push(`${slide.id}: ${bullet.text}`);
      if (quotesUnpaired(bullet.text) && quotesUnpaired(passageOf(slide, i))) row.halfQuotes.push(`${slide.id}: ${bullet.text}`);
      if (QUESTION_END.test(bullet.text) && !continuationShown(slide, i, lines)) row.bareQuestions.push(`${slide.id}: ${bullet.text}`);
      const dangles = DANGLING_END.test(bullet.text) || COUNTS_AHEAD.test(bullet.text);
      if (cutFromMainClause(slide, i) || cutFromList(slide, i) || (dangles && !continuationShown(slide, i, lines)))
        row.fragments.push(`${slide.id}: ${bullet.text}`);
      if (STEERS_READER.test(bullet.text)) row.signposts.push(`${slide.id}: ${bullet.text}`);
    }
  }
  const points = shown.filter((slide) => slide.layout === 'points');
  row.pointSlides = points.length;
  row.oneBulletSlides = points.filter((slide) => slide.bullets.length === 1).length;
  row.slides = slides.length;
  row.minutes = minutes(outline);
  const sectionTitles = new Set(outline.groups.map((group) => matchKey(group.title)));
  // (A part of one slide opens under the part's heading, the author's words: only made titles are judged.)
  const headed = new Set(
    outline.groups.flatMap((group) => group.slides.filter((slide) => slide.id === group.id && slide.title === group.title)),
  );
  row.brokenTitles = points.flatMap((slide) => {
    if (headed.has(slide)) return [];
    const problem = titleProblem(slide.title);
    if (problem) return [`${slide.id}: "${slide.title}" (${problem})`];
    return sectionTitles.has(matchKey(slide.title)) && !(expected.subheadings ?? []).some((s) => same(s, slide.title))
      ? [`${slide.id}: "${slide.title}" (repeats a group title)`]
      : [];
  });
  row.closingShown = closingShown(outline);
  return row;
}

/**
 * Whether a bullet of the conclusion's slides is its last sentence (or opens it, shortened), the sentence read from the
 * last notes of those slides; null when the outline has no conclusion. (A last line that sends the reader elsewhere,
 * "For more information, and to apply, see apply.pif.gov.", or speaks to them, "I’m interested to know what you see …",
 * is not where the argument lands: the sentence before it is.)
 */
function closingShown(outline: Outline): boolean | null {
  const slides = outline.groups.filter((group) => group.kind === 'conclusion').flatMap((group) => group.slides);
  const notes = slides
    .map((slide) => slide.notes)
    .filter((text) => text.trim().length > 0)
    .at(-1);
  if (notes === undefined) return null;
  const sentences = notes
    .split(/\n\s*\n/)
    .flatMap((paragraph) => [...segmenter.segment(normalizeSpace(paragraph))].map((s) => normalizeSpace(s.segment)))
    .filter(Boolean);
  const aside = (sentence: string): boolean => POINTS_ELSEWHERE.test(sentence) || TO_THE_READER.test(sentence);
  while (sentences.length > 1 && aside(sentences.at(-1) as string)) sentences.pop();
  const last = sentences.at(-1) ?? '';
  const lastKey = matchKey(last);
  return slides.some((slide) => slide.bullets.some((bullet) => lastKey.includes(matchKey(bullet.text).slice(0, CLOSING_PREFIX_CHARS))));
}
/** A bullet shortened from the last sentence keeps its opening: this many characters of it are compared. */
const CLOSING_PREFIX_CHARS = 25;

/** Enough of Markdown's inline syntax taken out that a bullet's words can be found in order. */
/** The bullet's words, in order, are in the source where it points (markup aside). */
export function fromTheEssay(bullet: Bullet, lines: readonly string[], markdown: boolean): boolean {
  // The source line holds the sentence's start; a sentence may run onto the next lines, many of
  // them when a page copy breaks it at each link: read on until there is text enough for it.
  let end = bullet.source.line + 6;
  const enough = Math.max(600, 4 * bullet.text.length);
  const length = (to: number): number => lines.slice(bullet.source.line - 1, to).reduce((sum, line) => sum + line.length + 1, 0);
  while (end < lines.length && length(end) < enough) end++;
  const around = lines.slice(bullet.source.line - 1, end).join(' ');
  // (Only Markdown's marks are read away: in a page copy, "<" and ">" are the text's own, "<gnu@gnu.org>".)
  return isOrderedSubsequence(bullet.text, markdown ? markdownish(around) : curledTexQuotes(around));
}

/** A plain text's TeX quotation marks as type sets them: ``fairy tales'' is “fairy tales”. */
function curledTexQuotes(text: string): string {
  return text.includes('``') ? text.replaceAll('``', '“').replaceAll("''", '”') : text;
}

function markdownish(text: string): string {
  // (A whole inline link gives its words in place, so a quotation mark set against it stays against them:
  // "‘[doctrine pattern](…)’" is "‘doctrine pattern’". An autolink's address is its text, "<http://…>",
  // "<jane.doe@mail.com>"; a footnote's reference, "[^fosta-sesta]", none: the sentence runs on past it. Bold's
  // marks go without a trace, as they show: "**잠재성장률**입니다" is "잠재성장률입니다", a word glued to its particle.
  // (A single star stays a space: inside a German word it is the gender star, "Bürger*innen", which the deck shows.)
  // Only a tag's shape is a tag: "<국부론 >", a book's title in Korean brackets, is text, as CommonMark reads it.)
  return decodeEntities(
    text
      .replace(/\[\^[^\]\s]+\]/g, '')
      .replace(/\*{2,3}|(?<![\p{L}\p{N}])_{2,3}|_{2,3}(?![\p{L}\p{N}])/gu, '')
      .replace(/<((?:https?|ftp):\/\/[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[a-z]{2,})>/gi, ' $1 ')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      // (A reference link gives its words in place too, its "[" with them: "[Standard ML][sml-spec]、" is "Standard ML、".)
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/\]\([^)]*\)|\]\[[^\]]*\]|<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->|`/g, ' '),
  );
}

/** A bullet that stops at a comma or semicolon ("… three days;"), or opens on what its next line says ("As I wrote awhile back,"). */
const DANGLING_END = /[,;:][\s"”’')\]]*$/;
/**
 * A bullet that counts the points it goes on to make ("There are two problems with this potential disruption."), which
 * promises what the slide does not show without the sentence after it. (Not a count that looks back, "these two issues".)
 */
const COUNTS_AHEAD =
  /(?<!\b(?:these|those|the|both)\s)\b(?:two|three|four|five|six|several|a few|a couple of|[2-6])\s+(?:\p{L}+\s+){0,2}?(?:reasons|ways|things|problems|issues|questions|risks|steps|types|kinds|options|lessons|principles|recommendations|categories|areas|factors|challenges|caveats|benefits)\b[^,;.!?]*[.:]["”’)]*$/iu;
const SUBORDINATE_OPENING =
  /^(?:while|whereas|although|though|because|since|unless|(?:(?:and|but|yet)\s+)?(?:which|who|whom|whose))\b|^and\s+\p{Ll}+ing\s(?!.*\b(?:would|will|can|could|should|must|may|might|is|are|was|were|has|have|had|does|did)\b)|^and\s+that\s+(?:the|a|an|it|this|these|those|he|she|they|we|there|his|her|its|their|our|my|your)\s/iu;
/**
 * A first part that opens a clause needing another and ends before its comma does: "Not only will this provide …",
 * "If that rung is gone—not because graduates are less capable." (English; the measure reads the corpus's commonest cases.)
 */
const OPENING_LEFT_ALONE =
  /^(?:not only|if|while|although|though|because|since|unless|as long as|even if|even though)\b(?:[^,]*$|(?:\s+[^\s,]+){0,2},)/i;
/**
 * A bullet cut from a list whose items a sentence sets apart with semicolons, its last after "; and" ("… endorsements
 * from WHO director general Tedros …; European Union president Ursula von der Leyen; …; and South African president …"):
 * each piece an item with no verb of its own.
 */
function cutFromList(slide: OutlineSlide, index: number): boolean {
  const bullet = slide.bullets[index];
  if (!bullet) return false;
  const pieces = slide.bullets.filter(
    (other) => other.source.line === bullet.source.line && other.source.sentence === bullet.source.sentence,
  );
  return pieces.length >= 2 && pieces.some((piece) => /;\s+(?:and|or)\s/.test(piece.text));
}

/**
 * Bullet `index` is a clause split off the sentence of the bullet before it (same source) that
 * opens with a subordinating word: it leans on a main clause that is now another bullet
 * ("… had no operational AGRs." / "While costs had escalated by an average of 50 percent.").
 */
function cutFromMainClause(slide: OutlineSlide, index: number): boolean {
  const [before, bullet] = [slide.bullets[index - 1], slide.bullets[index]];
  if (!before || !bullet) return false;
  const sameSentence = before.source.line === bullet.source.line && before.source.sentence === bullet.source.sentence;
  return sameSentence && (SUBORDINATE_OPENING.test(bullet.text.trim()) || OPENING_LEFT_ALONE.test(before.text.trim()));
}
/** Words that steer the reader round the page: "Let’s …", "Here’s …", "In this post …", "… below.", "See Figure 7". */
const STEERS_READER =
  /^(?:(?:so|now|first),?\s+)?(?:let['’]s (?!\p{Lu})|let us|here['’]s|here is|here are|in this (?:post|article|piece|essay|paper)|(?:we|i)(?:['’]ll| will) (?:start|begin|look|turn|explore|examine|go through|walk through))\b|\b(?:below|above)[.:!]?[\s"”’')\]]*$|^see\s+(?:figure|fig\.|table|chart|graph|the (?:figure|chart|table|graph))\b/iu;

/** A bullet that ends by asking, a closing quotation mark or bracket aside. */
const QUESTION_END = /\?[\s"”’')\]]*$/;

/**
 * Double quotation marks that do not pair up: an odd number of straight ones, or unequal curly ones; where
 * the text opens quotations low, as German does („…“, or „…” in Polish), an odd number of curly ones.
 */
export function quotesUnpaired(text: string): boolean {
  let straight = 0;
  let low = 0;
  let opening = 0;
  let closing = 0;
  for (const char of text) {
    if (char === '"') straight++;
    else if (char === '„') low++;
    else if (char === '“') opening++;
    else if (char === '”') closing++;
  }
  if (straight % 2 === 1) return true;
  return low > 0 ? (low + opening + closing) % 2 === 1 : opening !== closing;
}

/**
 * The bullet's text with the bullets around it on the slide that go on from sentence to sentence
 * of the essay: a quotation shown whole over two bullets is not half of one.
 */
function passageOf(slide: OutlineSlide, index: number): string {
  const follows = (j: number): boolean => nextSentenceShown(slide, j);
  let first = index;
  while (first > 0 && follows(first - 1)) first--;
  let last = index;
  while (follows(last)) last++;
  return slide.bullets
    .slice(first, last + 1)
    .map((bullet) => bullet.text)
    .join(' ');
}

/**
 * The bullet after it on the slide goes on from it: the next sentence of its paragraph, or the opening of the paragraph
 * right after it (a question's answer, what a lead-in such as "As they wrote in this blog post:" quotes). Between the two
 * lines stand only the rest of its own paragraph and blank lines, or lines of markup alone.
 */
function continuationShown(slide: OutlineSlide, index: number, lines: readonly string[]): boolean {
  if (nextSentenceShown(slide, index) || listItemShown(slide, index, lines)) return true;
  const bullet = slide.bullets[index];
  const next = slide.bullets[index + 1];
  if (!bullet || !next || next.source.sentence !== 1 || next.source.line <= bullet.source.line) return false;
  // (lines[k] is line k + 1. A line of markup alone, "<p style=…>", "<blockquote>", holds no text: blank for this.)
  const blank = (k: number): boolean => /^\s*(?:<[^>]*>\s*)*$/.test(lines[k] ?? '');
  let k = bullet.source.line;
  while (k < next.source.line - 1 && !blank(k)) k++;
  while (k < next.source.line - 1 && blank(k)) k++;
  return k === next.source.line - 1;
}

/** A line of a list: its glyph or number, an HTML list's tag, or a short line without a sentence's stop. */
const LIST_LINE = /^\s*(?:[-*+•·▪◦–]\s|\d{1,2}[.)]\s|<\/?(?:li|ul|ol)\b)/;
const LIST_ITEM_MAX_WORDS = 12;
/** A line indented under a list item's glyph: the item wrapped onto it. */
const ITEM_CONTINUED = /^\s{2,}\S/;
/** Lines from a lead-in to the list item after it on the slide, which its list holds: read this far at most. */
const LIST_REACH = 60;

/**
 * The bullet after a lead-in ending in a colon is an item of the list right under it, not necessarily its first: every
 * line between them is blank, markup or a list's line ("In the last 18 months, we’ve hired:" / "• VP of Engineering" / …
 * / "2 Customer Service Specialists").
 */
function listItemShown(slide: OutlineSlide, index: number, lines: readonly string[]): boolean {
  const bullet = slide.bullets[index];
  const next = slide.bullets[index + 1];
  if (!bullet || !next || !/:\s*$/.test(bullet.text) || next.source.line <= bullet.source.line) return false;
  if (next.source.line - bullet.source.line > LIST_REACH) return false;
  const listLine = (text: string): boolean => {
    const trimmed = text.trim();
    return (
      trimmed === '' ||
      /^(?:<[^>]*>\s*)+$/.test(trimmed) ||
      LIST_LINE.test(text) ||
      (!/[.!?:]["”’)]*$/.test(trimmed) && trimmed.split(/\s+/).length <= LIST_ITEM_MAX_WORDS)
    );
  };
  // (lines[k] is line k + 1: the lines after the lead-in's, up to the item's. The lead-in's own paragraph may wrap onto
  // lines of its own, and an item onto indented lines under its glyph: "1. **Medien**: Die ständige …" / "   Eindruck …".)
  let k = bullet.source.line;
  while (k < next.source.line - 1 && (lines[k] ?? '').trim() !== '' && !LIST_LINE.test(lines[k] ?? '')) k++;
  let inItem = false;
  for (; k < next.source.line - 1; k++) {
    const text = lines[k] ?? '';
    if (inItem && ITEM_CONTINUED.test(text)) continue;
    if (!listLine(text)) return false;
    inItem = LIST_LINE.test(text) || (inItem && text.trim() !== '');
  }
  return true;
}

/** The bullet right after `index` on the slide is the essay's next sentence (a question's answer). */
function nextSentenceShown(slide: OutlineSlide, index: number): boolean {
  const bullet = slide.bullets[index];
  const next = slide.bullets[index + 1];
  if (!bullet || !next) return false;
  return next.source.sentence === bullet.source.sentence + 1 && next.source.line >= bullet.source.line;
}

/** A bullet before `index` on the slide comes from the sentence just before its own, or from its own sentence. */
function previousSentenceShown(slide: OutlineSlide, index: number): boolean {
  const bullet = slide.bullets[index];
  if (!bullet) return false;
  return slide.bullets.some(
    (other, j) =>
      j < index &&
      ((other.source.sentence === bullet.source.sentence - 1 && other.source.line <= bullet.source.line) ||
        (other.source.line === bullet.source.line && other.source.sentence === bullet.source.sentence)),
  );
}

// ---------------------------------------------------------------- tables

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${Math.round((1000 * part) / whole) / 10}%`);

export interface Totals {
  essays: number;
  errors: number;
  metadataRight: number;
  sectionsRight: number;
  subheadings: { found: number; expected: number };
  chromeLeaked: number;
  markup: number;
  bioInBody: number;
  bioPlaced: number;
  sentencesOnce: number;
  sentencesTotal: number;
  unfaithful: number;
  bullets: number;
  bulletMedian: number;
  leaning: number;
  thin: number;
  halfQuotes: number;
  bareQuestions: number;
  fragments: number;
  signposts: number;
  pointSlides: number;
  oneBulletSlides: number;
  slides: number;
  minutes: number;
  titles: number;
  brokenTitles: number;
  /** Conclusions whose last sentence a slide shows, of those made. */
  closingShown: number;
  conclusions: number;
}

export function totals(rows: readonly Row[]): Totals {
  const ok = rows.filter((row) => !row.error);
  const sum = (f: (row: Row) => number): number => ok.reduce((n, row) => n + f(row), 0);
  return {
    essays: rows.length,
    errors: rows.length - ok.length,
    metadataRight: ok.filter((row) => row.metadata.length === 0).length,
    sectionsRight: ok.filter((row) => row.sections.length === 0).length,
    subheadings: { found: sum((row) => row.subheadings.found), expected: sum((row) => row.subheadings.expected) },
    chromeLeaked: sum((row) => row.leaked.length),
    markup: sum((row) => row.markup.length),
    bioInBody: sum((row) => row.bioInBody),
    bioPlaced: ok.filter((row) => row.bioPlaced).length,
    sentencesOnce: sum((row) => row.sentencesOnce),
    sentencesTotal: sum((row) => row.sentencesTotal),
    unfaithful: sum((row) => row.unfaithful.length),
    bullets: sum((row) => row.bullets),
    bulletMedian: median(ok.flatMap((row) => row.bulletWords)),
    leaning: sum((row) => row.leaning.length),
    thin: sum((row) => row.thin.length),
    halfQuotes: sum((row) => row.halfQuotes.length),
    bareQuestions: sum((row) => row.bareQuestions.length),
    fragments: sum((row) => row.fragments.length),
    signposts: sum((row) => row.signposts.length),
    pointSlides: sum((row) => row.pointSlides),
    oneBulletSlides: sum((row) => row.oneBulletSlides),
    slides: sum((row) => row.slides),
    minutes: sum((row) => row.minutes),
    titles: sum((row) => row.pointSlides),
    brokenTitles: sum((row) => row.brokenTitles.length),
    closingShown: ok.filter((row) => row.closingShown === true).length,
    conclusions: ok.filter((row) => row.closingShown !== null).length,
  };
}

const HEADER = [
  'essay',
  'metadata',
  'sections',
  'sub-headings',
  'chrome',
  'markup',
  'bio',
  'sentences once',
  'bullets (median words)',
  'leaning',
  'thin',
  'half quotes',
  'bare questions',
  'fragments',
  'signposts',
  'one-bullet slides',
  'slides / min',
  'broken titles',
];

export function table(title: string, rows: readonly Row[]): string {
  return tableOf(title, rows, true);
}

/** The totals row alone: for the held-back set, whose essays are not looked at one by one. */
export function totalsTable(title: string, rows: readonly Row[]): string {
  return tableOf(title, rows, false);
}

function tableOf(title: string, rows: readonly Row[], perEssay: boolean): string {
  const out = [`### ${title}`, '', `| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
  for (const row of perEssay ? rows : []) {
    if (row.error) {
      out.push(`| ${row.name} | ✗ pipeline error: ${row.error.replace(/\|/g, '\\|').slice(0, 120)} |${' |'.repeat(HEADER.length - 2)}`);
      continue;
    }
    out.push(
      `| ${[
        row.name,
        row.metadata.length === 0 ? '✓' : `✗ ${row.metadata.map((p) => p.split(':')[0]).join(', ')}`,
        row.sections.length === 0 ? '✓' : `✗ ${row.sections.map((p) => p.split(':')[0]).join(', ')}`,
        row.subheadings.expected === 0 ? '–' : `${row.subheadings.found}/${row.subheadings.expected}`,
        row.leaked.length === 0 ? '0' : `${row.leaked.length} ✗`,
        row.markup.length === 0 ? '0' : `${row.markup.length} ✗`,
        row.bioInBody === 0 && row.bioPlaced ? '✓' : `✗ ${row.bioInBody} in body${row.bioPlaced ? '' : ', not placed'}`,
        `${row.sentencesOnce}/${row.sentencesTotal} ${percent(row.sentencesOnce, row.sentencesTotal)}`,
        `${row.bullets} (${median(row.bulletWords)})${row.unfaithful.length ? ` ✗ ${row.unfaithful.length} not from the essay` : ''}`,
        `${row.leaning.length} ${percent(row.leaning.length, row.bullets)}`,
        `${row.thin.length} ${percent(row.thin.length, row.bullets)}`,
        `${row.halfQuotes.length}`,
        `${row.bareQuestions.length}`,
        `${row.fragments.length}`,
        `${row.signposts.length}`,
        `${row.oneBulletSlides}/${row.pointSlides}`,
        `${row.slides} / ${row.minutes.toFixed(0)} = ${(row.slides / Math.max(1, row.minutes)).toFixed(2)}`,
        `${row.brokenTitles.length}/${row.pointSlides}`,
      ].join(' | ')} |`,
    );
  }
  const t = totals(rows);
  out.push(
    `| **total (${t.essays})** | ${t.metadataRight}/${t.essays} ${percent(t.metadataRight, t.essays)} | ${t.sectionsRight}/${t.essays} ${percent(t.sectionsRight, t.essays)} | ` +
      `${t.subheadings.found}/${t.subheadings.expected} | ${t.chromeLeaked} | ${t.markup} | ${t.bioInBody} in body, ${t.bioPlaced}/${t.essays} placed | ` +
      `${t.sentencesOnce}/${t.sentencesTotal} ${percent(t.sentencesOnce, t.sentencesTotal)} | ${t.bullets} (${t.bulletMedian})${t.unfaithful ? ` ✗ ${t.unfaithful}` : ''} | ` +
      `${t.leaning} ${percent(t.leaning, t.bullets)} | ${t.thin} ${percent(t.thin, t.bullets)} | ${t.halfQuotes} | ${t.bareQuestions} | ${t.fragments} | ${t.signposts} | ${t.oneBulletSlides}/${t.pointSlides} ${percent(t.oneBulletSlides, t.pointSlides)} | ` +
      `${t.slides} / ${t.minutes.toFixed(0)} = ${(t.slides / Math.max(1, t.minutes)).toFixed(2)} | ${t.brokenTitles}/${t.titles} ${percent(t.brokenTitles, t.titles)} |`,
  );
  // Fields outside "metadata right", counted over the essays whose key gives them.
  const otherRight = (field: 'subtitle' | 'publication'): string => {
    const keyed = rows.filter((row) => !row.error && row.keyedOther.includes(field));
    const right = keyed.filter((row) => !row.metadataOther.some((problem) => problem.startsWith(`${field}:`))).length;
    return `${field} ${right}/${keyed.length} ${percent(right, keyed.length)}`;
  };
  out.push('', `Not part of "metadata right", over the essays keyed for them: ${otherRight('publication')}, ${otherRight('subtitle')}.`);
  out.push('', `Essays missing each check, by kind: ${missesByKind(rows)}.`);
  out.push(
    '',
    `Conclusions whose last sentence, where the essay lands, is a bullet: ${t.closingShown}/${t.conclusions} ${percent(t.closingShown, t.conclusions)}.`,
  );
  const glyphs = rows.reduce((sum, row) => sum + (row.error ? 0 : row.glyphs), 0);
  out.push('', `Bullets and slide titles headed by a list's glyph ("• …", raw markup the markup column does not count): ${glyphs}.`);
  return out.join('\n');
}

/**
 * How many essays miss each part of "metadata right" and "sections right" (an essay can miss several):
 * totals the held-back set can show without its essays being read one by one.
 */
function missesByKind(rows: readonly Row[]): string {
  const ok = rows.filter((row) => !row.error);
  const missing = (problems: (row: Row) => readonly string[], kind: string): number =>
    ok.filter((row) => problems(row).some((problem) => problem.startsWith(`${kind}:`))).length;
  const sectionKinds = {
    'conclusion said, none expected': (row: Row) => row.sections.some((p) => p.startsWith('conclusion: got true')),
    'no conclusion, one expected': (row: Row) => row.sections.some((p) => p.startsWith('conclusion: got false')),
  };
  return [
    ...['title', 'authors', 'date'].map((kind) => `${kind} ${missing((row) => row.metadata, kind)}`),
    `of them authors named where the key names none ${ok.filter((row) => row.metadata.some((p) => /^authors: got \[".*, expected \[\]$/.test(p))).length}, none named where it names some ${ok.filter((row) => row.metadata.some((p) => p.startsWith('authors: got [],'))).length}`,
    `section headings ${missing((row) => row.sections, 'sections')}`,
    ...Object.entries(sectionKinds).map(([kind, test]) => `${kind} ${ok.filter(test).length}`),
  ].join(', ');
}

/** Every problem of every row, for reading below the tables. */
export function details(rows: readonly Row[]): string {
  const out: string[] = [];
  for (const row of rows) {
    const problems = [
      ...(row.error ? [`error: ${row.error}`] : []),
      ...row.metadata,
      ...row.metadataOther,
      ...row.sections,
      ...row.leaked.map((l) => `chrome line ${l.line}: ${l.text.slice(0, 80)}`),
      ...row.markup.map((m) => `markup ${m}`),
      ...(row.bioInBody ? [`${row.bioInBody} bio sentences in the body`] : []),
      ...(row.bioPlaced ? [] : ['bio not on the about slides']),
      ...row.sentenceProblems.map((p) => `sentence ${p}`),
      ...row.unfaithful.map((b) => `bullet not from the essay: ${b}`),
      ...row.leaning.map((b) => `leaning bullet: ${b}`),
      ...row.thin.map((b) => `thin bullet: ${b}`),
      ...row.halfQuotes.map((b) => `half quote: ${b}`),
      ...row.bareQuestions.map((b) => `bare question: ${b}`),
      ...row.fragments.map((b) => `fragment: ${b}`),
      ...row.signposts.map((b) => `signpost: ${b}`),
      ...row.brokenTitles.map((b) => `title ${b}`),
    ];
    if (problems.length > 0) out.push(`- **${row.name}**\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  return out.join('\n');
}

export { titleInOwnText };
