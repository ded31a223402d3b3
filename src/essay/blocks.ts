import type { LineSpan, RemovalReason } from '../types.js';
import { NAME_AND_KIND } from './authors.js';
import { findDate } from './dates.js';
import { isBoxHeadingText } from './shape.js';
import { inCapitals, normalizeSpace, spacedKey } from './text.js';

/**
 * A block is the unit the essay stage classifies: a heading, a paragraph or a list item,
 * from either input format, with the lines it came from.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item' | 'rule';
  /** The text as written, lines of a wrapped paragraph joined by one space. */
  text: string;
  /** `text` with exotic spaces normalised, for matching only. */
  plain: string;
  lines: LineSpan;
  /** Heading level from Markdown (`#` = 1); absent for headings inferred from plain text. */
  level?: number;
  /** Offsets in `text` at which each source line starts. */
  lineStarts: Array<{ offset: number; line: number }>;
  /** Markdown: the paragraph opens with a bold phrase ("**Option A.** …"). */
  boldLead?: string;
  /** Markdown: the whole paragraph is bold or emphasised. */
  emphasised?: boolean;
  /** Markdown: the block is markup or page furniture by its syntax alone (an image, a shortcode, a footnote). */
  chrome?: RemovalReason;
  /** Markdown: a line of a file that writes plain lines, a paragraph or heading to each (an email saved as Markdown). */
  bareLine?: boolean;
  /**
   * A row of a table, read in the notes, never a heading or a key point: in Markdown its cells
   * joined by " | "; in plain text a browser's copy, its cells separated by tabs.
   */
  tableRow?: boolean;
}

/** C0 controls and DEL, the tab aside: one scan of each line, the replacer called only on a control. */
const CONTROL = /[^\P{Cc}\t\u0080-\u009f]/gu;

/**
 * The text without the control characters a copy may carry from its page (a U+0010 before an
 * ellipsis), which no font draws: a slide would show a box for each. A page break or a vertical
 * tab parts words. (C1 controls stay: in a page decoded as Latin-1 they stand for Windows-1252's
 * quotes and dashes, "don\u0092t", and taking them out would join words.)
 */
const withoutControls = (text: string): string => text.replace(CONTROL, (control) => (control === '\v' || control === '\f' ? ' ' : ''));

export function makeBlock(
  kind: Block['kind'],
  parts: ReadonlyArray<{ text: string; line: number }>,
  extra: Partial<Pick<Block, 'level' | 'boldLead' | 'emphasised' | 'chrome' | 'bareLine' | 'tableRow'>> = {},
): Block {
  let text = '';
  const lineStarts: Block['lineStarts'] = [];
  for (const part of parts) {
    if (text) text += ' ';
    lineStarts.push({ offset: text.length, line: part.line });
    text += withoutControls(part.text).trim();
  }
  const first = parts[0]?.line ?? 1;
  const last = parts[parts.length - 1]?.line ?? first;
  return { kind, text, plain: normalizeSpace(text), lines: { start: first, end: last }, lineStarts, ...extra };
}

/** Keys of blocks already asked for: a block's `plain` is set when it is made and never changes. */
const blockKeys = new WeakMap<Block, string>();

/**
 * `matchKey(block.plain)`, made once per block: several passes compare every block's key, and
 * a block's identity is found at once where a long text would be hashed to look its key up.
 */
export function blockKey(block: Block): string {
  let key = blockKeys.get(block);
  if (key === undefined) {
    key = spacedKey(block.plain);
    blockKeys.set(block, key);
  }
  return key;
}

/**
 * Whether the block's key may be `length` characters or shorter. Its key keeps every ASCII letter
 * and digit of its text (lower-cased, each one character), so a text with more of them has a
 * longer key: a paragraph is told from a short line by its first `length + 1` letters, without
 * its key, which is as long as its text, being made.
 */
export function keyFits(block: Block, length: number): boolean {
  const { plain } = block;
  let letters = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    const lower = code | 32;
    if (((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) && ++letters > length) return false;
  }
  return true;
}

/** `blockKey(block) === key`, without making the key of a block whose text is too long for it (see `keyFits`). */
export function hasBlockKey(block: Block, key: string): boolean {
  return keyFits(block, key.length) && blockKey(block) === key;
}

/** A block whose text has this many ASCII letters and digits or fewer has its key kept in `KeysAbove`'s set: a line's, a name's, a heading's. */
const SHORT_TEXT_MAX_LETTERS = 100;

/**
 * Whether a block's key stands above it, among the blocks `read`, told without making a long
 * block's key; asked about blocks in their order. The blocks above the one asked about are taken
 * in as far as it: short ones' keys into a set, long blocks into a list. A key no longer than
 * SHORT_TEXT_MAX_LETTERS can only be a short block's (see `keyFits`); a longer one may be
 * either's, and is compared with the long blocks whose text may have it, their keys made for
 * those only. (The repeats pass asks only about a line that may be a byline or a title: in an
 * essay of distinct paragraphs, those of the header, and no paragraph's key is made.)
 */
export class KeysAbove {
  private readonly short = new Set<string>();
  private readonly long: Block[] = [];
  /** The blocks before this one are taken in. */
  private next = 0;

  constructor(
    private readonly blocks: readonly Block[],
    private readonly read: readonly boolean[],
  ) {}

  has(index: number): boolean {
    for (; this.next < index; this.next++) {
      const block = this.blocks[this.next] as Block;
      if (!this.read[this.next]) continue;
      if (keyFits(block, SHORT_TEXT_MAX_LETTERS)) this.short.add(blockKey(block));
      else this.long.push(block);
    }
    const key = blockKey(this.blocks[index] as Block);
    return this.short.has(key) || (key.length > SHORT_TEXT_MAX_LETTERS && this.long.some((other) => hasBlockKey(other, key)));
  }
}

/** The lines of a block, as the page set them. */
export const blockLines = (block: Block): string[] =>
  block.lineStarts.map(({ offset }, i) => block.text.slice(offset, block.lineStarts[i + 1]?.offset).trim());

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** A line that is a full date and nothing else, its weekday before it or not: "June 9, 2025", "2025-06-09", "SUNDAY, OCTOBER 07, 2012". */
function isDateAlone(line: string): boolean {
  const date = findDate(line);
  return date !== null && date.iso.length > 'YYYY-MM'.length && date.match.trim() === line.replace(WEEKDAY_BEFORE, '');
}
const WEEKDAY_BEFORE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;

/** The mark between two steps of a breadcrumb, spaced on both sides. */
export const BREADCRUMB_STEP = /\s[/›»>]\s/;

/** Three steps or more, each a name with a capital ("Sprout Blog / Topics / Social Media Marketing"); not "like / comment / share". */
function isBreadcrumb(line: string): boolean {
  const steps = line.trim().split(BREADCRUMB_STEP);
  return steps.length >= 3 && steps.every((step) => /^[\p{Lu}\d]/u.test(step));
}

/** Text wrapped by hand or by a mail program is wrapped at 120 characters or fewer. */
const WRAP_WIDTH_MAX = 120;

/** A run of lines looks hard-wrapped when every line but the last is long and of similar width. */
function looksWrapped(lines: ReadonlyArray<string>): boolean {
  if (lines.length < 2) return false;
  // A breadcrumb's steps set apart by slashes or arrows ("Sprout Blog / Topics / Social Media Marketing") are no prose's.
  if (lines.some(isBreadcrumb)) return false;
  const widths = lines.slice(0, -1).map((line) => line.trim().length);
  const widest = Math.max(...widths);
  const even = widest >= 40 && widest <= WRAP_WIDTH_MAX && widths.every((width) => width >= widest * 0.6);
  // A date alone under short lines ends a page's header (the site's name, the headline, "30 Jul 2025"), never a
  // wrapped sentence: that ends with its stop.
  // (Nor is one over the headline, as a blog prints the day above each post: "SUNDAY, OCTOBER 07, 2012" / "Dear President
  // Obama and Governor Romney" / "I watched …", of widths a wrap might give.)
  if (lines.some((line) => isDateAlone(line.trim()))) return false;
  // (Nor is a headline over its byline's fields and its tags: "Data Deep Dive: Oklahoma County Detention Center" /
  // "2022-10-18 — Written by Andrew Bell — 11 min read" / "#Jails  #OCDC  #Oklahoma County".)
  if (lines.slice(1).some((line) => BYLINE_FIELDS_LINE.test(line.trim()))) return false;
  // (Nor lines with a reading time or a Markdown attribute list, a post's header printed by its theme: "Last updated on
  // Sep 21, 2019 10 min read theory & empirics" / "**Table of Contents** {: #toc } * TOC {:toc}" / "Summary".)
  if (lines.some((line) => HEADER_FIELD_LINE.test(line))) return false;
  // Lines that each end a sentence are paragraphs (or list items) of their own, however even.
  const sentenceEnds = lines.slice(0, -1).filter((line) => /[.!?…:;)”"’]$/.test(line.trim())).length;
  if (sentenceEnds * 2 >= lines.length - 1) return false;
  // Lines that each start with a capital are lines of their own, a menu over a headline over its dek ("About Blog
  // Publications …" / "U.S. climate summit: …" / "We must not commit …"): a sentence broken at a wrap goes on in
  // lower case more often than not, and never line after line.
  if (lines.length >= 3 && lines.slice(1).every((line) => /^\s*\p{Lu}/u.test(line))) return false;
  // Two lines are too few to show a wrap width: a headline over its standfirst looks the same.
  // They join only when the first is long and stops mid-sentence, and the second is no byline
  // under a headline ("Catherine Shu @catherineshu / 2 days": a handle, or fields set apart), nor
  // a date alone under it (above).
  // (Nor is a line wider than any wrap a wrapped paragraph's last: it is a paragraph a line, and the line over it
  // its heading, "The problems of overemployment and inflexible hours in America" / "The continuing rise of …";
  // a sentence broken there goes on in lower case, and the lines are joined as such.)
  if (lines.length === 2)
    return (
      even &&
      widest >= 60 &&
      (lines[1] ?? '').trim().length <= WRAP_WIDTH_MAX &&
      !/[.!?:;…”"’)]$/.test((lines[0] ?? '').trim()) &&
      !/^by\s|@\w|\s[|/·•]\s/i.test((lines[1] ?? '').trim()) &&
      // (Nor a byline over a caption: "By Kathy Wise Published in FrontBurner December 14, 2016 2:24 pm" / "COLLISION COURSE: …".)
      !/^[Bb]y\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test((lines[0] ?? '').trim()) &&
      // (Nor a headline over its writer's name and the kind of piece: "Bush trip gave irresistible urge to tweak tail of a
      // superpower" / "Richard Beeston: Analysis". A sentence wrapped there would go on after the colon in lower case.)
      !NAME_AND_KIND.test((lines[1] ?? '').trim())
    );
  return even;
}

/** A line of a byline's fields or of tags: a date then a field's mark, "By …"/"Written by …", or hashtags. */
const BYLINE_FIELDS_LINE =
  /^(?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s+[—–|·•-]\s|^(?:written |posted )?by\s+\p{Lu}|^#\p{L}[\p{L}\d_-]*(?:\s+#\p{L}[\p{L}\d_ -]*)+$/u;

/** A reading time ("10 min read"), or a kramdown attribute list ("{: #toc }", "{:toc}"): a page's fields or markup, no prose. */
const HEADER_FIELD_LINE = /\b\d+\s*min(?:ute)?s?\s+read\b|\{:[^}]*\}/i;

/** Lines a list set a line an item holds at least: fewer may be a sentence the page broke ("… may simply have got out" / "of the habit …" / "and of being voters at all."). */
const LINE_LIST_MIN_LINES = 4;

/**
 * Whether a run of lines is set a line an item, not wrapped: a third of its lines or more (but the last) had room
 * for the next line's first word within the widest line's width, where a program wraps a line only when the next
 * word would not fit ("communicating with authority and trust" / "making great digital …").
 */
function setALineEach(lines: ReadonlyArray<string>): boolean {
  if (lines.length < LINE_LIST_MIN_LINES) return false;
  const widest = Math.max(...lines.map((line) => line.trim().length));
  let roomy = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = (lines[i + 1] ?? '').trim().split(/\s/, 1)[0] ?? '';
    if ((lines[i] ?? '').trim().length + 1 + next.length <= widest) roomy++;
  }
  return roomy * 3 >= lines.length - 1;
}

/**
 * A row of an HTML table as a browser copies it: its cells separated by tabs
 * ("Trip cancellation\t$10,000 (per insured)\t$15,000 (per insured)").
 */
export const isTableRow = (line: string): boolean => /\S\t+\S/.test(line) || /^\t+\S.*\t/.test(line);

/** A line broken inside a sentence is long: a short one (a button, a label) ends its block. */
const WRAPPED_LINE_MIN_CHARS = 30;
/** A line this long is a whole paragraph set on one line, as a page copy sets them… */
const PARAGRAPH_LINE_MIN_CHARS = 250;
/** …and a text with this many such lines is not hard-wrapped: its line breaks are the page's. */
const UNWRAPPED_MIN_LINES = 3;
/** A headline and its dek are short lines, each… */
const HEADLINE_LINE_MAX_CHARS = 80;
/**
 * Two lines that read as a headline over a line of its own (a standfirst in lower case, a site's address,
 * "sponsor content"), not a sentence the page broke: both short, the first not stopping where no sentence
 * can, the second ending no sentence; no code.
 */
const headlinePair = (upper: string, lower: string, next: string | undefined): boolean =>
  upper.trim().length <= HEADLINE_LINE_MAX_CHARS &&
  lower.trim().length <= HEADLINE_LINE_MAX_CHARS &&
  // (A sentence broken over three lines goes on in lower case under the second.)
  !/^\s*\p{Ll}/u.test(next ?? '') &&
  !ENDS_MID_SENTENCE.test(upper.trim()) &&
  !/[.!?:;…]["”’)]*$/.test(lower.trim()) &&
  !CODE_MARK.test(upper) &&
  !CODE_MARK.test(lower);

/** A line of code (brackets, operators, a comment's mark): its lines are read as they always were, a listing's. */
const CODE_MARK = /[{}()[\]=<>#\\/;]/;
/** A line the page broke mid-sentence ends with a comma, a dash or a word that cannot end one. */
const ENDS_MID_SENTENCE =
  /(?:[,\-–—]|\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|as|that|which|who|whose|than|into|about|between|is|are|was|were|be|its|their|his|her|our|your|my|this|these|those))$/i;

/**
 * Plain text → blocks. Blank lines separate blocks. Inside a run of lines, a hard-wrapped
 * paragraph is joined; otherwise each line stands alone (text copied from a web page puts
 * one paragraph, or one byline field, on each line), except that a line continues the one
 * before when that one stops mid-sentence and this one starts in lower case.
 */
export function textBlocks(text: string): Block[] {
  const lines = splitLines(text);
  const blocks: Block[] = [];
  // (In a text set a paragraph to a line, a line in lower case under a headline is a line of its own: the
  // standfirst "the problem of cognitive hysteresis" under a title printed in lower case, a site's address
  // under a link's title. It continues the line above only when that one stops where no sentence can, or
  // when it ends the sentence: "Find the best discounts and exclusive coupons for top" / "language courses here!".)
  const unwrapped = lines.filter((line) => line.length >= PARAGRAPH_LINE_MIN_CHARS).length >= UNWRAPPED_MIN_LINES;
  let run: Array<{ text: string; line: number }> = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const bulletLike = run.filter((part) => BULLET_LIKE.test(part.text)).length;
    // (In a text set a paragraph to a line, short lines set a line each are a list's items, in lower case as often
    // as not: one goes on under another only where that one stops where no sentence can.)
    const setApart = unwrapped && setALineEach(run.map((part) => part.text));
    if (
      !setApart &&
      looksWrapped(run.map((part) => part.text)) &&
      bulletLike === 0 &&
      !run.some((part) => isTableRow(part.text)) &&
      !run.slice(1).some((part) => BYLINE_OPENING.test(part.text))
    ) {
      blocks.push(makeBlock('paragraph', run));
    } else {
      let current: Array<{ text: string; line: number }> = [];
      for (const [k, part] of run.entries()) {
        const previous = current[current.length - 1];
        // A byline ("by Jeff Foust") under a headline starts in lower case too, but stands alone;
        // so does a name written with a capital inside ("iStock/Getty", a picture's credit), and
        // the heading of a box of links under the text ("related stories").
        const continues =
          previous !== undefined &&
          previous.text.trim().length >= WRAPPED_LINE_MIN_CHARS &&
          !/[.!?:;…”"’)]$/.test(previous.text.trim()) &&
          (!setApart || ENDS_MID_SENTENCE.test(previous.text.trim())) &&
          (!unwrapped || !headlinePair(previous.text, part.text, run[k + 1]?.text)) &&
          /^\s*\p{Ll}/u.test(part.text) &&
          !/^\s*(?:(?:written|posted|words|story|text)\s+)?by\s+\p{Lu}/u.test(part.text) &&
          // (Nor under a line in capitals, a heading's: "HOMEMADE SPICED HONEY PEAR JAM …" / "written by Regan".)
          !inCapitals(previous.text) &&
          !/^\s*\p{Ll}\p{Lu}/u.test(part.text) &&
          !isBoxHeadingText(part.text);
        if (isTableRow(part.text)) {
          // A table's row stands alone: read in the notes, never a heading or a key point.
          if (current.length > 0) blocks.push(makeBlock('paragraph', current));
          blocks.push(makeBlock('paragraph', [part], { tableRow: true }));
          current = [];
          continue;
        }
        if (!continues && current.length > 0) {
          blocks.push(makeBlock('paragraph', current));
          current = [];
        }
        current.push(part);
      }
      if (current.length > 0) blocks.push(makeBlock('paragraph', current));
    }
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.trim() === '') flush();
    else if (ANCHOR_MARK_LINE.test(line)) {
      // A heading's permalink, a line of its own under it ("Part one: From fast adopter …" / "#"): no line of the
      // heading's, which a long heading would otherwise seem to wrap onto.
      flush();
      run.push({ text: line, line: i + 1 });
      flush();
    } else run.push({ text: typeset(line), line: i + 1 });
  });
  flush();
  return blocks.map(markListItem);
}

/** A permalink's mark alone on a line, as a site prints one under each heading: "#", "¶", "§", "🔗". */
const ANCHOR_MARK_LINE = /^\s*(?:#|¶|§|🔗)\s*$/u;

/** TeX's quotation marks in a text typed for it, nested ones too: ``fairy tales'' → “fairy tales”. (Only in a line that opens one.) */
const TEX_OPENING = /``/g;
const TEX_CLOSING = /''/g;
/**
 * A plain text's emphasis, a word or a few between underscores or stars as an email writes them ("concentrate on
 * _what_ people write", "this is *not* the plan"): the words, without the marks a slide would show as they are.
 * (Not a snake_case name, nor a list's star: the marks stand against the words, spaces or stops outside them.)
 */
const PLAIN_EMPHASIS = /(^|[\s(“"‘'])([_*])(?=[^\s_*])([^_*\n]{0,80}?[^\s_*])\2(?=$|[\s.,;:!?)”"’'])/gu;

/**
 * A whole line set in emphasis, a space left before its closing marks as an editor's copy may leave it: "*4) Die
 * digitale Selbstbestimmung fördern *", "**Key findings **". (A list's star has a space after it: "* item *" stays.)
 */
const LINE_EMPHASIS = /^(\*\*?|__?)(?=[^\s*_])(.*?\S)\s+\1$/u;

/** A line of plain text with its typist's marks set as type: TeX's quotation marks curled, emphasis marks taken out. */
function typeset(line: string): string {
  if (!line.includes('``') && !line.includes('_') && !line.includes('*')) return line;
  const quoted = line.includes('``') ? line.replace(TEX_OPENING, '“').replace(TEX_CLOSING, '”') : line;
  return quoted.replace(LINE_EMPHASIS, '$2').replace(PLAIN_EMPHASIS, '$1$3');
}

/**
 * A line that opens as a byline does, which no wrapped sentence goes on with: "By Jane Doe", "Written by …", "Speech
 * delivered by the Honorable Philip Ruddock, MP." set right under its headline; or as a dateline: "Posted on Apr 09 2026".
 */
const BYLINE_OPENING =
  /^\s*(?:(?:Posted|Published|Updated|Last updated)(?: on)? (?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)|(?:By|(?:[Ww]ritten|[Pp]osted|[Ww]ords) by|(?:An? )?(?:[Ss]peech|[Aa]ddress|[Rr]emarks|[Ll]ecture|[Kk]eynote|[Tt]estimony|[Ss]tatement)(?: (?:delivered|given|presented|made))? by)\s+(?:the\s+)?(?:Hon(?:ou?rable|\.)?\s+)?\p{Lu}\p{Ll})/u;

/** A list item's bullet: a dash or star, or a glyph a page copies ("•", Word's Wingdings "Ø", "●", "➢", …). */
const BULLET = '[-*–•▪●◦‣➢►■Ø]';
/** A paragraph opened by a bullet's glyph, not Markdown's own list markers ("-", "*", "+"), which markdown-it reads. */
export const GLYPH_ITEM = /^(?:[•▪●◦‣➢►■])\s+(?=\S)/u;
/** Lines of a run that look like a list's, which keeps them from being read as one wrapped paragraph ("1." too). */
const BULLET_LIKE = new RegExp(String.raw`^\s*(?:${BULLET}|\d{1,2}[.)])\s+`, 'u');
const LIST_MARKER = new RegExp(String.raw`^(?:${BULLET}|\d{1,2}\))\s+(?=\S)`, 'u');

/**
 * "- point", "• point", "1) point" become list items without their marker; so does "Ø point", Word's
 * Wingdings arrow as a page copies it, and the other glyphs of bullets ("●", "◦", "➢", "►", "■").
 */
export function markListItem(block: Block): Block {
  const match = LIST_MARKER.exec(block.text);
  if (!match) return block;
  const cut = match[0].length;
  return {
    ...block,
    kind: 'item',
    text: block.text.slice(cut),
    plain: normalizeSpace(block.text.slice(cut)),
    lineStarts: block.lineStarts.map((start) => ({ ...start, offset: Math.max(0, start.offset - cut) })),
  };
}
