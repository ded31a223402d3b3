/**
 * The types passed between the pipeline's stages:
 * EssaySource → Essay (essay/) → Outline (outline/) → Deck (deck/) → HTML (render/).
 * Every piece keeps the 1-based source lines it came from, so errors, source maps and
 * bullets can point back at the essay.
 */

/** Inclusive 1-based line range in the essay file. */
export interface LineSpan {
  start: number;
  end: number;
}

/** The essay as read from disk: the only input of the pure stages. */
export interface EssaySource {
  /** Path shown in messages; never read by the pure stages. */
  path: string;
  text: string;
  /** Chosen by extension or content when omitted. */
  format?: EssayFormat;
}

export type EssayFormat = 'text' | 'markdown';

// ---------------------------------------------------------------- essay

export interface Sentence {
  /** The sentence as written (outer whitespace trimmed). */
  text: string;
  /** Line on which the sentence starts. */
  line: number;
  /** 1-based position of the sentence in its paragraph. */
  index: number;
  /** Markdown: the author set the sentence, or a phrase of four words or more in it, in bold: a point they stress. */
  stressed?: true;
  /** In the author's own summary of the text (under a "TL;DR" or "Key takeaways" heading, or after a line announcing one). */
  summary?: true;
}

export interface Paragraph {
  /** The paragraph as written: lines joined by single spaces for wrapped text. */
  text: string;
  lines: LineSpan;
  sentences: Sentence[];
  /** `item` for a list item; `row` for a table's row, its cells joined by " | " (notes only, never a bullet). */
  kind: 'prose' | 'item' | 'row';
  /** A sub-heading (Markdown `###` under a section, a bold lead-in) the paragraph sits under. */
  subheading?: string;
}

export interface Section {
  title: string;
  /** Line of the heading; null when the section was formed without one. */
  line: number | null;
  paragraphs: Paragraph[];
}

export interface EssayMeta {
  title: string;
  subtitle: string | null;
  authors: string[];
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` for a month-only date. */
  date: string | null;
  publication: string | null;
  category: string | null;
  /** The language the essay is written in, as a language tag (src/essay/language.ts); null when unsure. */
  language: string | null;
  /** Where each field was read, for messages and source maps. */
  lines: Partial<Record<'title' | 'subtitle' | 'authors' | 'date' | 'publication' | 'category', number>>;
}

export type RemovalReason =
  | 'navigation'
  | 'search'
  | 'newsletter'
  | 'social'
  | 'related'
  | 'advertisement'
  | 'cookies'
  | 'counter'
  | 'copyright'
  | 'pull-quote'
  | 'outside-article'
  | 'markup'
  /** Footnotes, endnotes and reference lists. */
  | 'footnote'
  /** A table of contents that repeats the headings. */
  | 'contents'
  /** Image captions and credits. */
  | 'caption'
  /** End matter: acknowledgements, "cite this", disclaimers, editor's and licence notes. */
  | 'end-matter';

export interface RemovedLine {
  line: number;
  text: string;
  reason: RemovalReason;
  /** The essay pass that removed it (src/essay/passes.ts). */
  pass?: string;
}

export interface Essay {
  /** `formatSigns`: the signs of Markdown found (then a page copy's against them), when the format was decided by the content. */
  source: { path: string; format: EssayFormat; formatSigns: string[]; lineCount: number };
  meta: EssayMeta;
  intro: Paragraph[];
  sections: Section[];
  conclusion: Section | null;
  /** Parts after the conclusion that are still the author's text (an appendix, a methodology). */
  appendix: Section[];
  /** The author's bio, after the body. */
  bio: Paragraph[];
  removed: RemovedLine[];
}

// ---------------------------------------------------------------- outline

/** `appendix`: a part of the essay after its conclusion (a methodology, a note on data), still body text. */
export type GroupKind = 'title' | 'context' | 'overview' | 'section' | 'conclusion' | 'appendix' | 'about';

export interface SourceRef {
  /** Line on which the source sentence starts. */
  line: number;
  /** 1-based position of the source sentence in its paragraph. */
  sentence: number;
}

export interface Bullet {
  /** The source sentence, or a part of it with only removable words taken out. */
  text: string;
  source: SourceRef;
}

export interface OverviewLink {
  groupId: string;
  title: string;
  line: number | null;
}

export type SlideLayout = 'title' | 'section' | 'points' | 'overview' | 'about';

export interface OutlineSlide {
  id: string;
  title: string;
  layout: SlideLayout;
  bullets: Bullet[];
  /** Speaker notes: the essay's paragraphs, verbatim, separated by blank lines. */
  notes: string;
  /** The lines the slide was drawn from; null for slides made of metadata only. */
  source: LineSpan | null;
  /** Overview slide only: the groups it links to. */
  links?: OverviewLink[];
  /** Set on a slide that continues the previous one (a dense paragraph split in two). */
  continued?: boolean;
}

export interface OutlineGroup {
  id: string;
  kind: GroupKind;
  title: string;
  slides: OutlineSlide[];
}

export interface OutlineMeta {
  title: string;
  subtitle: string | null;
  authors: string[];
  date: string | null;
  publication: string | null;
  /** The essay's language (EssayMeta), which the deck is labelled in unless deck.yaml sets `lang`. */
  language?: string | null;
}

export interface Outline {
  meta: OutlineMeta;
  groups: OutlineGroup[];
  removed: RemovedLine[];
  /** The slide budget the outline was made for (src/outline/budget.ts). */
  budget: { minutes: number; slides: number; basis: 'minutes' | 'length' };
}

// ---------------------------------------------------------------- deck

export interface DeckSlide extends OutlineSlide {
  hidden: boolean;
  /** Speaking time for the slide, in seconds (Reveal's `data-timing`). */
  seconds: number;
}

export interface DeckGroup extends Omit<OutlineGroup, 'slides'> {
  hidden: boolean;
  slides: DeckSlide[];
}

export interface Deck {
  meta: OutlineMeta;
  groups: DeckGroup[];
  /** Total speaking time of the visible slides, in seconds. */
  totalSeconds: number;
  theme: string;
  width: number;
  height: number;
  lang: string;
}
