import type { EssayFormat, EssayMeta, Paragraph, RemovalReason, Section } from '../types.js';
import type { Block } from './blocks.js';
import type { FrontMatter } from './front-matter.js';
import { MARKDOWN_LINK } from './html.js';
import type { Verdict } from './rules/types.js';
import { splitSentences, type Vocabulary } from './sentences.js';
import { words } from './shape.js';
import { endsLikeSentence, hasLowerCaseWord, LowerCaseWords, wordCount } from './text.js';

/** What a block of the page turned out to be. */
export type Role =
  | { kind: 'chrome'; reason: RemovalReason }
  /** A byline, date, category or publication line: read into `meta`, on no slide as text of its own. */
  | { kind: 'meta' }
  | { kind: 'title' }
  | { kind: 'subtitle' }
  | { kind: 'heading'; level: number }
  /** Running text of the body: a paragraph or a list item. */
  | { kind: 'text' }
  | { kind: 'bio' };

export interface Decision {
  role: Role;
  /** The pass that decided it, for the report and for debugging. */
  pass: string;
}

/** The body as the sections pass reads it: headings and paragraphs in order. */
export type BodyItem =
  | { type: 'heading'; title: string; level: number; line: number; marked: boolean }
  | { type: 'paragraph'; paragraph: Paragraph };

export interface Sections {
  intro: Paragraph[];
  sections: Section[];
  conclusion: Section | null;
  /** Parts after the conclusion that are still the author's text. */
  appendix: Section[];
}

/**
 * The one state every pass of the essay stage reads and writes (src/essay/passes.ts lists the
 * passes in order). Blocks are never added or removed; each gets a decision, and the zones
 * (title, body, tail) are block indexes.
 */
export class EssayState {
  readonly decisions: Array<Decision | null>;
  /** What the block rules say of each block out of context (a byline, chrome); passes weigh them. */
  readonly hints: Array<Verdict | null>;
  readonly meta: EssayMeta = {
    title: '',
    subtitle: null,
    authors: [],
    date: null,
    publication: null,
    category: null,
    language: null,
    lines: {},
  };
  /** Index of the title block; -1 when the title comes from front matter or nowhere. */
  titleIndex = -1;
  /** The body's blocks are [bodyStart, bodyEnd). */
  bodyStart = 0;
  bodyEnd: number;
  items: BodyItem[] = [];
  sections: Sections = { intro: [], sections: [], conclusion: null, appendix: [] };
  /**
   * Words the essay writes in lower case somewhere: a capitalised one of them after "U.S." starts
   * a sentence. Read only after an initialism or an ambiguous abbreviation.
   */
  readonly vocabulary: Vocabulary;
  /** The pass now running, recorded with each decision. */
  pass = '';

  constructor(
    readonly path: string,
    readonly format: EssayFormat,
    readonly lines: readonly string[],
    readonly blocks: readonly Block[],
    readonly front: FrontMatter,
  ) {
    this.decisions = blocks.map(() => null);
    this.hints = blocks.map(() => null);
    this.bodyEnd = blocks.length;
    // An essay is asked of a handful of words: each is looked for in the blocks' text, and only
    // past SEARCHED_WORDS different ones are all the essay's lower-case words gathered at once.
    const texts = blocks.map((block) => block.text);
    const answers = new Map<string, boolean>();
    let lowerCase: LowerCaseWords | null = null;
    const has = (word: string): boolean => {
      if (lowerCase) return lowerCase.has(word);
      const known = answers.get(word);
      if (known !== undefined) return known;
      if (answers.size >= SEARCHED_WORDS) {
        lowerCase = new LowerCaseWords(texts);
        return lowerCase.has(word);
      }
      const answer = hasLowerCaseWord(texts, word);
      answers.set(word, answer);
      return answer;
    };
    this.vocabulary = { has };
  }

  decide(index: number, role: Role): void {
    this.decisions[index] = { role, pass: this.pass };
  }

  remove(index: number, reason: RemovalReason): void {
    this.decide(index, { kind: 'chrome', reason });
  }

  role(index: number): Role | null {
    return this.decisions[index]?.role ?? null;
  }

  isDecided(index: number): boolean {
    return this.decisions[index] !== null;
  }

  paragraph(block: Block): Paragraph {
    const paragraph: Paragraph = {
      text: block.text,
      lines: block.lines,
      sentences: splitSentences(block.text, block.lineStarts, this.vocabulary),
      kind: block.tableRow ? 'row' : block.kind === 'item' ? 'item' : 'prose',
    };
    // A bold lead-in ("**Pool the risk.** Small utilities…") is the author's own label for the paragraph.
    const lead = block.boldLead?.replace(/[\s.:;,—–-]+$/, '');
    // Not the bold start of a sentence ("**It used to be** that …"): a label names, so it does not end in a function word.
    const fragment = lead !== undefined && FRAGMENT_END.test(lead);
    if (lead && !fragment && wordCount(lead) <= 10 && lead.length < block.plain.length) paragraph.subheading = lead;
    // (A paragraph all in bold is a box's or a notice's, not a sentence stressed among others.)
    if (this.format === 'markdown' && !block.emphasised) markStressed(paragraph, this.lines);
    paragraphWords.set(paragraph, { text: block.text, words: words(block) });
    return paragraph;
  }
}

/** Bold in Markdown's source: "**…**", "__…__", "<strong>…</strong>", "<b>…</b>". */
const BOLD = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*|(?<![\p{L}\p{N}_])__(?=\S)([^_]+?)(?<=\S)__(?![\p{L}\p{N}_])|<(strong|b)>([^<]+)<\/\3>/giu;
/** A phrase stressed in a sentence says a point in a few words at least: one or two are a term the text defines. */
const STRESSED_PHRASE_MIN_WORDS = 4;
/** Bold text as the sentence reads it: a link's label, no marks. */
const boldText = (bold: string): string => bold.replace(MARKDOWN_LINK, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();

/**
 * Marks the sentences of a Markdown paragraph that its author set in bold, whole or a phrase of a few words of them
 * ("… the conditions that allow for affordable housing and rampant investment **cannot co-exist**"): the point they
 * stress. Not the bold label a paragraph opens with, its sub-heading.
 */
function markStressed(paragraph: Paragraph, lines: readonly string[]): void {
  const source = lines.slice(paragraph.lines.start - 1, paragraph.lines.end).join(' ');
  if (!source.includes('**') && !source.includes('__') && !source.includes('<')) return;
  const phrases: string[] = [];
  for (const match of source.matchAll(BOLD)) {
    const phrase = boldText(match[1] ?? match[2] ?? match[4] ?? '').replace(/[.:;,!?]+$/, '');
    if (wordCount(phrase) >= STRESSED_PHRASE_MIN_WORDS) phrases.push(phrase);
  }
  if (phrases.length === 0) return;
  const label = paragraph.subheading;
  for (const sentence of paragraph.sentences) {
    const text = boldText(sentence.text);
    // (Not a line that states nothing, a quotation's credit in bold: "Sébastien Pant - The European Consumer Organisation".)
    if (!endsLikeSentence(text)) continue;
    const opensOnLabel = label !== undefined && sentence.index === 1 && text.startsWith(label);
    // (Nor a label the sentence opens with, its colon after it: "**Designing an Expandable Utility Function:** To …".)
    const stresses = (phrase: string): boolean =>
      text.includes(phrase)
        ? !(text.startsWith(phrase) && text.slice(phrase.length).startsWith(':'))
        : phrase.includes(text.replace(/[.:;,!?"”’)]+$/, ''));
    if (!opensOnLabel && phrases.some(stresses)) sentence.stressed = true;
  }
}

/**
 * Words of each paragraph, with the text counted: for one `EssayState.paragraph` made, its
 * block's count, which the block rules made already. (`plain` is `text` with its spaces
 * normalised, and a space of any kind, or a run of them, parts words alike: the count of either
 * is the same.)
 */
const paragraphWords = new WeakMap<Paragraph, { text: string; words: number }>();

/**
 * `wordCount(paragraph.text)`, counted once: the sections pass, the slide budget, the cut of long
 * paragraphs and their units all count the same paragraphs, and one the body pass made is not
 * read again. (A paragraph whose text changed is counted again.)
 */
export function paragraphWordCount(paragraph: Paragraph): number {
  const known = paragraphWords.get(paragraph);
  if (known?.text === paragraph.text) return known.words;
  const words = wordCount(paragraph.text);
  paragraphWords.set(paragraph, { text: paragraph.text, words });
  return words;
}

/** Words a label never ends with: a bold phrase ending so is the start of a sentence. */
const FRAGMENT_END =
  /\b(?:the|a|an|and|or|but|of|to|in|on|at|by|for|from|with|as|that|which|who|is|are|was|were|be|been|has|have|had|it|this|these|those|their|its|our|we|they|not)$/i;

/** Different words the vocabulary looks up one by one (a search of the whole text each) before it reads all words once. */
const SEARCHED_WORDS = 16;

/** One named step of the essay stage; it documents what it needs from the passes before it. */
export interface Pass {
  name: string;
  run(state: EssayState): void;
}
