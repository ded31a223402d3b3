/**
 * The text of HTML written inside Markdown (`<p>`, `<div>`, JSX of MDX): paragraphs where the
 * block elements end, inline tags dropped, entities decoded. Elements that hold no prose of the
 * essay (figures, images, media, embedded widgets, collapsed long descriptions) are dropped with
 * their contents and reported, so their lines can be listed as removed.
 */

import { CP1252 } from './text.js';

/** Elements whose whole content is not essay text (a figure's caption goes with its figure). */
const DROPPED = new Set([
  'figure',
  'img',
  'picture',
  'video',
  'audio',
  'iframe',
  'embed',
  'object',
  'script',
  'style',
  'svg',
  'noscript',
  'details',
  'form',
  'button',
  'nav',
  'aside',
  'canvas',
  'template',
]);
/** Elements that end a paragraph. */
const BLOCK = /^(p|div|section|article|header|footer|main|blockquote|li|ul|ol|h[1-6]|br|hr|center|dd|dt|dl|pre|tr|td|th)$/;
/**
 * A paragraph's class or role that names it a heading (`<p class="section">The Return of the Same</p>`,
 * `<div role="heading" aria-level="3">`): sites that style their headings without heading elements.
 */
const HEADING_CLASS = /^(?:section|section-?title|section-?heading|section-?head|heading|subhead|sub-?heading|h[2-6])$/i;
/** A paragraph so named is a heading only when it is as short as one: a container named "section" is not. */
const CLASS_HEADING_MAX_WORDS = 20;
/** A class that names an element a picture's caption: "caption", WordPress's "wp-caption-text", "image-caption". */
const CAPTION_CLASS =
  /\sclass(?:Name)?\s*=\s*["'](?:[^"']*\s)?(?:caption|wp-caption-text|wp-element-caption|(?:image|img|photo|figure)-?caption)(?:\s[^"']*)?["']/i;
/** Void elements: no closing tag to wait for. */
const VOID = /^(img|br|hr|embed|source|track|input|meta|link|wbr|area|col|param)$/;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/**
 * Named and numeric character references. As browsers do, a numeric one may lack its semicolon,
 * and 128–159 are read as Windows-1252 ("&#147" is “), which old pages wrote for curly quotes.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+;?|#\d+;?|[a-z]+;)/gi, (whole, reference: string) => {
    const name = reference.replace(/;$/, '');
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? whole;
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface HtmlPart {
  text: string;
  line: number;
}

export interface HtmlParagraph {
  /** The paragraph's text by source line. */
  parts: HtmlPart[];
  kind: 'paragraph' | 'heading' | 'item';
  level?: number;
  /** All its text sits inside `<strong>`/`<b>`/`<em>`/`<i>`. */
  emphasised: boolean;
  /** A table's row: its cells' texts in order, " | " between, as a Markdown table's row is read. */
  tableRow?: boolean;
}

export interface HtmlText {
  paragraphs: HtmlParagraph[];
  /** Lines that carried only markup or dropped elements. */
  dropped: number[];
}

/** The level of a `<p>`/`<div>` whose class or role names it a heading (2 unless it says), else undefined. */
function namedHeadingLevel(tag: string): number | undefined {
  const attribute = (name: string): string | undefined =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((value) => value !== undefined);
  const ariaLevel = Number(attribute('aria-level'));
  const levelOf = (fallback: number): number => (ariaLevel >= 1 && ariaLevel <= 6 ? ariaLevel : fallback);
  if (attribute('role')?.toLowerCase() === 'heading') return levelOf(2);
  const named = (attribute('class') ?? attribute('className') ?? '').split(/\s+/).find((token) => HEADING_CLASS.test(token));
  if (named === undefined) return undefined;
  return levelOf(/^h[2-6]$/i.test(named) ? Number(named.slice(1)) : 2);
}

/** Markdown's emphasis round words, and a link, as authors write them inside HTML ("<dd>A _lot_.</dd>"), which CommonMark leaves as text. */
const MARKDOWN_EMPHASIS = /(?<![\p{L}\p{N}_*])(\*{1,3}|_{1,3})(?=[^\s*_])([^*_\n<>]*?[^\s*_])\1(?![\p{L}\p{N}_*])/gu;
/** A Markdown link, its label kept: "[competing companies](https://…)". */
export const MARKDOWN_LINK = /\[([^[\]\n]+)\]\([^()\s]+\)/g;
/** The words of Markdown's marks inside an HTML block's text: the marks and a link's address go. */
function inlineMarkdown(text: string): string {
  const linked = text.includes('](') ? text.replace(MARKDOWN_LINK, '$1') : text;
  return /[*_]/.test(linked) ? linked.replace(MARKDOWN_EMPHASIS, '$2') : linked;
}

/** Reads an HTML block whose first character is on `firstLine`. Never throws. */
export function htmlText(content: string, firstLine: number): HtmlText {
  const paragraphs: HtmlParagraph[] = [];
  const textLines = new Set<number>();
  let parts: HtmlPart[] = [];
  let kind: HtmlParagraph['kind'] = 'paragraph';
  // (A paragraph inside an item is the item's: "<li>" / "<p>The Open Data Maturity Model … </p>" / "</li>".)
  let itemDepth = 0;
  let level: number | undefined;
  let namedHeading = false;
  let plainText = false;
  let emphasisDepth = 0;
  const dropStack: string[] = [];
  let line = firstLine;
  /** The table row being read: its cells' texts and the line of its first. */
  let row: { cells: string[]; line: number | null } | null = null;
  const flush = (): void => {
    const kept = parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') })).filter((part) => part.text.trim() !== '');
    if (
      namedHeading &&
      kept
        .map((part) => part.text)
        .join(' ')
        .trim()
        .split(/\s+/).length > CLASS_HEADING_MAX_WORDS
    ) {
      kind = 'paragraph';
      level = undefined;
    }
    if (kept.length > 0) {
      const paragraph: HtmlParagraph = { parts: kept, kind, emphasised: !plainText };
      if (level !== undefined) paragraph.level = level;
      paragraphs.push(paragraph);
      for (const part of kept) textLines.add(part.line);
    }
    parts = [];
    kind = itemDepth > 0 ? 'item' : 'paragraph';
    level = undefined;
    namedHeading = false;
    plainText = false;
  };
  const addText = (text: string): void => {
    // Text keeps the line it starts on; a newline inside it starts a new part.
    const pieces = text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) line++;
      if (dropStack.length > 0 || piece.trim() === '') return;
      // JSX expressions of MDX (`{' '}`, `{props.x}`) are not text.
      const clean = decodeEntities(inlineMarkdown(piece.replace(/\{[^{}]*\}/g, ' ')));
      if (!clean.trim()) return;
      if (emphasisDepth === 0) plainText = true;
      const last = parts.at(-1);
      if (last && last.line === line) last.text += clean;
      else parts.push({ text: clean, line });
    });
  };
  const tag = /<!--[\s\S]*?(?:-->|$)|<\/?([A-Za-z][\w.-]*)\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*?(\/?)>/g;
  let at = 0;
  for (let match = tag.exec(content); match; match = tag.exec(content)) {
    addText(content.slice(at, match.index));
    at = match.index + match[0].length;
    const raw = match[0];
    line += (raw.match(/\n/g) ?? []).length;
    const name = match[1]?.toLowerCase();
    if (!name) continue; // a comment
    const closing = raw.startsWith('</');
    const selfClosing = match[2] === '/' || VOID.test(name);
    if (DROPPED.has(name)) {
      if (closing) {
        const open = dropStack.lastIndexOf(name);
        if (open >= 0) dropStack.length = open;
      } else if (!selfClosing) {
        dropStack.push(name);
      }
      continue;
    }
    // (A paragraph whose class names it a caption, `<p class="caption">Yearly growth of structures …</p>`, goes as a
    // figure's caption does.)
    if (!closing && !selfClosing && CAPTION_CLASS.test(raw)) {
      dropStack.push(name);
      continue;
    }
    if (closing && dropStack.at(-1) === name) {
      dropStack.pop();
      continue;
    }
    if (dropStack.length > 0) continue;
    // A table is read row by row, one paragraph a row, its cells in order (a Markdown table's rows are read so too).
    if (name === 'table') {
      flush();
      continue;
    }
    if (name === 'tr') {
      flush();
      if (row && row.line !== null && row.cells.some(Boolean))
        paragraphs.push({
          parts: [{ text: row.cells.filter(Boolean).join(' | '), line: row.line }],
          kind: 'item',
          emphasised: false,
          tableRow: true,
        });
      row = closing ? null : { cells: [], line: null };
      continue;
    }
    if (row && (name === 'td' || name === 'th')) {
      const cell = parts.map((part) => part.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
      if (cell.length > 0) {
        row.cells.push(cell.join(' '));
        row.line ??= (parts[0] as HtmlPart).line;
        for (const part of parts) textLines.add(part.line);
      }
      parts = [];
      continue;
    }
    // (A cell's own paragraphs and breaks, "<td><p>…</p></td>", are the cell's text, a space apart, not paragraphs of their own.)
    if (row && BLOCK.test(name)) {
      const last = parts.at(-1);
      if (last) last.text += ' ';
      continue;
    }
    if (/^(strong|b|em|i)$/.test(name)) emphasisDepth = Math.max(0, emphasisDepth + (closing ? -1 : 1));
    if (BLOCK.test(name)) {
      flush();
      const named = closing || itemDepth > 0 ? undefined : namedHeadingLevel(raw);
      if (!closing && /^h[1-6]$/.test(name)) {
        kind = 'heading';
        level = Number(name.slice(1));
      } else if (named !== undefined && (name === 'p' || name === 'div')) {
        kind = 'heading';
        level = named;
        namedHeading = true;
      } else if (name === 'li' || name === 'dt' || name === 'dd') {
        // (A definition list's term is its item's label, however bold, not a heading: "<dt><strong>Skills</strong></dt>".)
        itemDepth = Math.max(0, itemDepth + (closing ? -1 : 1));
        kind = itemDepth > 0 ? 'item' : 'paragraph';
      }
    }
  }
  addText(content.slice(at));
  flush();
  const lastLine = firstLine + (content.replace(/\n+$/, '').match(/\n/g) ?? []).length;
  const dropped: number[] = [];
  for (let n = firstLine; n <= lastLine; n++) if (!textLines.has(n)) dropped.push(n);
  return { paragraphs, dropped };
}
