import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { BriefdeckError } from '../errors.js';
import { normalizeSpace, slugify } from '../essay/text.js';
import type { Essay, GroupKind, Outline, OutlineMeta, Paragraph, SlideLayout } from '../types.js';

/**
 * `outline.md`: the outline as a file the presenter edits. Pure: no file access here
 * (reading and writing are in src/io/outline-file.ts). The format:
 *
 * ```
 * ---
 * title: "North Korea: Time for a Different Approach?"
 * subtitle: null
 * authors: ["Mark Tokola"]
 * date: "2020-07-16"
 * publication: "The Peninsula"
 * language: "en"
 * essay: "essay.txt"
 * generated: "0123456789abcdef"
 * ---
 *
 * # Context {#context .context}
 *
 * ## Sanctions and summits {#context-sanctions-and-summits}
 * <!-- source: essay.txt 12-18 #a1b2c3d4, 20-24 s1-3 #0f1e2d3c -->
 *
 * - A bullet, as shown on the slide <!-- 12:1 -->
 *
 * Notes:
 *
 * Speaker notes written by hand (optional; the source paragraphs give the rest).
 * ```
 *
 * `#` opens a group (`{#id .kind}`), `##` a slide (`{#id}`, plus `.section`, `.title`, `.overview`,
 * `.about` for those layouts and `.continued`). The source comment lists the essay paragraphs the
 * slide's notes are: `START-END` lines, ` sA-B` its sentences A to B when only a part, and
 * `#` the first 8 hex digits of the SHA-256 of the paragraph's text, spaces normalised. A range
 * without a fingerprint only says where the slide points in the essay (a heading, the byline).
 * A bullet's `<!-- LINE:SENTENCE -->` is the sentence it came from. `generated` is a hash of the
 * file as briefdeck wrote it (with this field empty): a different hash means the presenter edited it.
 */

export interface SourcePiece {
  lines: { start: number; end: number };
  /** 1-based sentence range within the paragraph; absent for the whole paragraph. */
  sentences?: { from: number; to: number };
  /** First 8 hex of the paragraph's SHA-256; absent for a span that carries no notes. */
  fingerprint?: string;
}

export interface FileBullet {
  text: string;
  source: { line: number; sentence: number } | null;
  line: number;
}

export interface FileSlide {
  id: string;
  title: string;
  layout: SlideLayout;
  continued: boolean;
  sources: SourcePiece[];
  bullets: FileBullet[];
  /** A `Notes:` block the presenter wrote; null without one. */
  notes: string | null;
  /** Line of the `##` heading. */
  line: number;
  /** Line of the source comment; null without one. */
  sourceLine: number | null;
}

export interface FileGroup {
  id: string;
  kind: GroupKind;
  title: string;
  slides: FileSlide[];
  line: number;
}

export interface OutlineFile {
  /** Shown in messages. */
  path: string;
  meta: OutlineMeta;
  /** The essay's file name, as the source comments name it. */
  essay: string;
  /** The hash written into the front matter; null when the field is missing. */
  generated: string | null;
  groups: FileGroup[];
}

export const OUTLINE_FILE = 'outline.md';

const KINDS: readonly GroupKind[] = ['title', 'context', 'overview', 'section', 'conclusion', 'appendix', 'about'];
const LAYOUTS: readonly SlideLayout[] = ['title', 'section', 'overview', 'about'];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** First 8 hex of the SHA-256 of the paragraph's text, spaces normalised. */
export function fingerprint(text: string): string {
  return sha256(normalizeSpace(text.replace(/\s+/g, ' '))).slice(0, 8);
}

// ---------------------------------------------------------------- outline → file model

/** The outline as the file holds it: sources as paragraphs and their fingerprints, no notes. */
export function outlineFileOf(outline: Outline, essay: Essay, essayName: string, path = OUTLINE_FILE): OutlineFile {
  const paragraphs = essayParagraphs(essay);
  return {
    path,
    meta: outline.meta,
    essay: essayName,
    generated: null,
    groups: outline.groups.map((group) => ({
      id: group.id,
      kind: group.kind,
      title: group.title,
      line: 0,
      slides: group.slides.map((slide): FileSlide => {
        const pieces = notePieces(slide.notes, slide.source, paragraphs);
        const derived = spanOf(pieces, paragraphs);
        const sources = [...pieces];
        const own = slide.source;
        if (own && (!derived || derived.start !== own.start || derived.end !== own.end)) sources.unshift({ lines: { ...own } });
        return {
          id: slide.id,
          title: slide.title,
          layout: slide.layout,
          continued: slide.continued === true,
          sources,
          bullets: slide.bullets.map((bullet) => ({ text: bullet.text, source: { ...bullet.source }, line: 0 })),
          notes: null,
          line: 0,
          sourceLine: null,
        };
      }),
    })),
  };
}

/** Every paragraph of the essay that may be in notes (the body and the bio), in order. */
export function essayParagraphs(essay: Essay): Paragraph[] {
  return [
    ...essay.intro,
    ...essay.sections.flatMap((s) => s.paragraphs),
    ...(essay.conclusion?.paragraphs ?? []),
    ...essay.appendix.flatMap((s) => s.paragraphs),
    ...essay.bio,
  ];
}

/** The paragraphs (or runs of their sentences) a slide's notes are made of, found in the essay by text. */
function notePieces(notes: string, source: { start: number; end: number } | null, paragraphs: readonly Paragraph[]): SourcePiece[] {
  if (!notes.trim()) return [];
  const pieces: SourcePiece[] = [];
  for (const chunk of notes.split('\n\n')) {
    const text = chunk.trim();
    if (!text) continue;
    const candidates = paragraphs.filter((p) => p.text === text || p.text.includes(text));
    // A slide's own lines decide between repeated paragraphs.
    const inside = candidates.filter((p) => !source || (p.lines.end >= source.start && p.lines.start <= source.end));
    const paragraph = inside[0] ?? candidates[0];
    if (!paragraph) continue;
    const fp = fingerprint(paragraph.text);
    if (paragraph.text === text) {
      pieces.push({ lines: { ...paragraph.lines }, fingerprint: fp });
      continue;
    }
    // The sentences that lie inside the chunk, by their place in the paragraph's text.
    const at = paragraph.text.indexOf(text);
    let cursor = 0;
    const indices: number[] = [];
    paragraph.sentences.forEach((sentence, i) => {
      const found = paragraph.text.indexOf(sentence.text, cursor);
      if (found < 0) return;
      cursor = found + sentence.text.length;
      if (found >= at && cursor <= at + text.length) indices.push(i + 1);
    });
    const from = indices[0] ?? 1;
    const to = indices[indices.length - 1] ?? paragraph.sentences.length;
    pieces.push({ lines: { ...paragraph.lines }, sentences: { from, to }, fingerprint: fp });
  }
  return pieces;
}

/** The lines a slide spans from its pieces, as the outline stage counts them (src/outline/build.ts). */
export function pieceSpan(piece: SourcePiece, paragraph: Paragraph | undefined): { start: number; end: number } {
  if (!paragraph || !piece.sentences) return { ...(paragraph?.lines ?? piece.lines) };
  const { sentences } = paragraph;
  const first = sentences[piece.sentences.from - 1];
  const last = sentences[Math.min(piece.sentences.to, sentences.length) - 1];
  const start = piece.sentences.from === 1 || !first ? paragraph.lines.start : first.line;
  const end = piece.sentences.to >= sentences.length || !last ? paragraph.lines.end : last.line;
  return { start, end };
}

function spanOf(pieces: readonly SourcePiece[], paragraphs: readonly Paragraph[]): { start: number; end: number } | null {
  const spans = pieces.map((piece) =>
    pieceSpan(
      piece,
      paragraphs.find((p) => p.lines.start === piece.lines.start),
    ),
  );
  if (spans.length === 0) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

// ---------------------------------------------------------------- printing

const q = (value: string | null): string => (value === null ? 'null' : JSON.stringify(value));

function printPiece(piece: SourcePiece): string {
  const { start, end } = piece.lines;
  const lines = start === end ? `${start}` : `${start}-${end}`;
  const { sentences } = piece;
  const part = sentences ? (sentences.from === sentences.to ? ` s${sentences.from}` : ` s${sentences.from}-${sentences.to}`) : '';
  return `${lines}${part}${piece.fingerprint ? ` #${piece.fingerprint}` : ''}`;
}

function attributes(id: string, classes: readonly string[]): string {
  return `{${[`#${id}`, ...classes.map((c) => `.${c}`)].join(' ')}}`;
}

const GENERATED_LINE = /^generated: .*$/m;

function body(file: OutlineFile, generated: string): string {
  const { meta } = file;
  const out: string[] = [
    '---',
    `title: ${q(meta.title)}`,
    `subtitle: ${q(meta.subtitle)}`,
    `authors: [${meta.authors.map((a) => q(a)).join(', ')}]`,
    `date: ${q(meta.date)}`,
    `publication: ${q(meta.publication)}`,
    `language: ${q(meta.language ?? null)}`,
    `essay: ${q(file.essay)}`,
    `generated: ${q(generated)}`,
    '---',
    '',
    '<!-- briefdeck outline: edit titles, bullets, slides and groups, then rebuild. Notes are the essay lines in each source comment. -->',
  ];
  for (const group of file.groups) {
    out.push('', `# ${group.title} ${attributes(group.id, [group.kind])}`);
    for (const slide of group.slides) {
      const classes = [...(slide.layout === 'points' ? [] : [slide.layout]), ...(slide.continued ? ['continued'] : [])];
      out.push('', `## ${slide.title} ${attributes(slide.id, classes)}`);
      if (slide.sources.length > 0) out.push(`<!-- source: ${file.essay} ${slide.sources.map(printPiece).join(', ')} -->`);
      if (slide.bullets.length > 0) {
        out.push('');
        for (const bullet of slide.bullets) {
          out.push(`- ${bullet.text}${bullet.source ? ` <!-- ${bullet.source.line}:${bullet.source.sentence} -->` : ''}`);
        }
      }
      if (slide.notes !== null) out.push('', 'Notes:', '', slide.notes);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The hash of a file's text with its `generated:` value left empty. */
export function contentHash(text: string): string {
  return sha256(text.replace(GENERATED_LINE, 'generated: ""')).slice(0, 16);
}

/** The file model as text, `generated:` set to the hash of that text. */
export function formatOutlineFile(file: OutlineFile): string {
  return body(file, contentHash(body(file, '')));
}

/** The outline as `outline.md` text: `formatOutlineFile(outlineFileOf(…))`. */
export function printOutlineFile(outline: Outline, essay: Essay, essayName: string): string {
  return formatOutlineFile(outlineFileOf(outline, essay, essayName));
}

/** True when the text is not what briefdeck wrote (its hash no longer matches `generated:`). */
export function isEdited(file: OutlineFile, text: string): boolean {
  return file.generated !== contentHash(text);
}

// ---------------------------------------------------------------- parsing

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const ATTRS = /\s*\{([^{}]*)\}$/;
const SOURCE = /^<!--\s*source:\s*(.*?)\s*-->$/;
const PIECE = /^(\d+)(?:-(\d+))?(?:\s+s(\d+)(?:-(\d+))?)?(?:\s+#([0-9a-f]{8}))?$/;
const BULLET = /^[-*+]\s+(.*?)$/;
const BULLET_SOURCE = /\s*<!--\s*(\d+):(\d+)\s*-->$/;

function fail(path: string, line: number, message: string, expected: string): never {
  throw new BriefdeckError(message, { file: path, line, hint: `Expected ${expected}.` });
}

function parseHeading(path: string, lineNo: number, rest: string): { title: string; id: string | null; classes: string[] } {
  const match = ATTRS.exec(rest);
  const title = (match ? rest.slice(0, match.index) : rest).trim();
  if (!title) fail(path, lineNo, 'a heading without a title', 'a title after the #, e.g. `## Key points {#context-key-points}`');
  let id: string | null = null;
  const classes: string[] = [];
  for (const token of (match?.[1] ?? '').split(/\s+/).filter(Boolean)) {
    if (token.startsWith('#') && token.length > 1 && !id) id = token.slice(1);
    else if (token.startsWith('.') && token.length > 1) classes.push(token.slice(1));
    else fail(path, lineNo, `unexpected "${token}" in the heading's {…}`, 'one `#id` and `.class` names, e.g. `{#go-public .section}`');
  }
  if (id !== null && !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    fail(path, lineNo, `the id "${id}" is not a valid id`, 'lower-case letters, digits and hyphens, e.g. `#go-public-offer`');
  }
  return { title, id, classes };
}

function parseFrontMatter(
  path: string,
  lines: readonly string[],
): { meta: OutlineMeta; essay: string; generated: string | null; end: number } {
  if (lines[0] !== '---') fail(path, 1, 'outline.md does not start with its front matter', 'a first line `---` opening the front matter');
  const end = lines.indexOf('---', 1);
  if (end < 0) fail(path, 1, 'the front matter is not closed', 'a line `---` after the front matter');
  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0;
    fail(path, line + 1, `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`, 'YAML fields `key: value`');
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const at = lines.slice(1, end).findIndex((line) => line.startsWith(`${key}:`));
    return at >= 0 ? at + 2 : 1;
  };
  const str = (key: string, required: boolean): string | null => {
    const value = record[key];
    if (value === undefined || value === null) {
      if (required) fail(path, lineOf(key), `the front matter has no ${key}`, `a \`${key}:\` field with a text value`);
      return null;
    }
    if (typeof value !== 'string' && typeof value !== 'number')
      fail(path, lineOf(key), `${key} is not a text`, `a text value for \`${key}:\``);
    return String(value);
  };
  const authors = record.authors ?? [];
  if (!Array.isArray(authors) || authors.some((a) => typeof a !== 'string')) {
    fail(path, lineOf('authors'), 'authors is not a list of names', 'a list such as `authors: ["Ann Lee", "Bo Kim"]`');
  }
  const meta: OutlineMeta = {
    title: str('title', true) ?? '',
    subtitle: str('subtitle', false),
    authors: authors as string[],
    date: str('date', false),
    publication: str('publication', false),
    language: str('language', false),
  };
  return { meta, essay: str('essay', true) ?? '', generated: str('generated', false), end };
}

function parseSources(path: string, lineNo: number, text: string, essay: string): SourcePiece[] {
  const expected = `\`<!-- source: ${essay} 12-18 #a1b2c3d4, 20-24 s1-3 #0f1e2d3c -->\` (lines, optional sentences, optional fingerprint)`;
  if (!text.startsWith(`${essay} `) && text !== essay) {
    fail(path, lineNo, `the source comment does not name the essay ${essay}`, expected);
  }
  return text
    .slice(essay.length)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = PIECE.exec(part);
      if (!match) fail(path, lineNo, `cannot read the source "${part}"`, expected);
      const start = Number(match[1]);
      const end = Number(match[2] ?? match[1]);
      if (start < 1 || end < start) fail(path, lineNo, `the source lines "${part}" run backwards`, expected);
      const piece: SourcePiece = { lines: { start, end } };
      if (match[3]) {
        const from = Number(match[3]);
        const to = Number(match[4] ?? match[3]);
        if (from < 1 || to < from) fail(path, lineNo, `the sentences in "${part}" run backwards`, expected);
        piece.sentences = { from, to };
      }
      if (match[5]) piece.fingerprint = match[5];
      return piece;
    });
}

/** `outline.md` text → the file model. Throws a BriefdeckError naming the file, the line and what was expected. */
export function parseOutlineFile(text: string, path: string): OutlineFile {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const front = parseFrontMatter(path, lines);
  const groups: FileGroup[] = [];
  const ids = new Map<string, number>();
  const claim = (id: string, lineNo: number): void => {
    const earlier = ids.get(id);
    if (earlier !== undefined) fail(path, lineNo, `the id "${id}" is already used on line ${earlier}`, 'a different id in `{#…}`');
    ids.set(id, lineNo);
  };
  let group: FileGroup | null = null;
  let slide: FileSlide | null = null;
  let notes: string[] | null = null;
  const closeNotes = (): void => {
    if (slide && notes) slide.notes = notes.join('\n').trim();
    notes = null;
  };
  for (let i = front.end + 1; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i] as string;
    const heading = HEADING.exec(line);
    if (heading && (heading[1] === '#' || heading[1] === '##')) {
      closeNotes();
      const { title, id, classes } = parseHeading(path, lineNo, heading[2] ?? '');
      if (heading[1] === '#') {
        const kinds = classes.filter((c) => (KINDS as readonly string[]).includes(c));
        const other = classes.find((c) => !(KINDS as readonly string[]).includes(c));
        if (other || kinds.length > 1)
          fail(path, lineNo, `unknown group class ".${other ?? kinds[1]}"`, `one of ${KINDS.map((k) => `.${k}`).join(', ')}`);
        const groupId = id ?? uniqueId(slugify(title) || 'group', ids);
        claim(groupId, lineNo);
        group = { id: groupId, kind: (kinds[0] as GroupKind | undefined) ?? 'section', title, slides: [], line: lineNo };
        groups.push(group);
        slide = null;
      } else {
        if (!group) fail(path, lineNo, 'a slide before any group', 'a `# Group title {#group-id}` heading first');
        const layouts = classes.filter((c) => (LAYOUTS as readonly string[]).includes(c));
        const other = classes.find((c) => c !== 'continued' && !(LAYOUTS as readonly string[]).includes(c));
        if (other || layouts.length > 1) {
          fail(
            path,
            lineNo,
            `unknown slide class ".${other ?? layouts[1]}"`,
            `.continued or one of ${LAYOUTS.map((l) => `.${l}`).join(', ')}`,
          );
        }
        const slideId = id ?? uniqueId(`${group.id}-${slugify(title) || 'slide'}`, ids);
        // One slide of a group may share the group's id (its first, as the outline stage makes it).
        if (slideId !== group.id || group.slides.some((other) => other.id === group?.id)) claim(slideId, lineNo);
        slide = {
          id: slideId,
          title,
          layout: (layouts[0] as SlideLayout | undefined) ?? 'points',
          continued: classes.includes('continued'),
          sources: [],
          bullets: [],
          notes: null,
          line: lineNo,
          sourceLine: null,
        };
        group.slides.push(slide);
      }
      continue;
    }
    if (notes) {
      notes.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (heading) fail(path, lineNo, `a level-${heading[1]?.length} heading`, '`#` for a group or `##` for a slide');
    const source = SOURCE.exec(trimmed);
    if (source) {
      if (!slide) fail(path, lineNo, 'a source comment outside a slide', 'it under a `## Slide title` heading');
      if (slide.sourceLine !== null)
        fail(path, lineNo, `a second source comment (the first is on line ${slide.sourceLine})`, 'one source comment per slide');
      slide.sources = parseSources(path, lineNo, source[1] ?? '', front.essay);
      slide.sourceLine = lineNo;
      continue;
    }
    if (/^<!--.*-->$/.test(trimmed)) continue;
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      if (!slide) fail(path, lineNo, 'a bullet outside a slide', 'it under a `## Slide title` heading');
      const ref = BULLET_SOURCE.exec(bullet[1] ?? '');
      const textOf = (ref ? (bullet[1] ?? '').slice(0, ref.index) : (bullet[1] ?? '')).trim();
      if (!textOf) fail(path, lineNo, 'an empty bullet', 'text after the `- `');
      slide.bullets.push({ text: textOf, source: ref ? { line: Number(ref[1]), sentence: Number(ref[2]) } : null, line: lineNo });
      continue;
    }
    if (/^notes:$/i.test(trimmed)) {
      if (!slide) fail(path, lineNo, 'a Notes: block outside a slide', 'it under a `## Slide title` heading');
      if (slide.notes !== null) fail(path, lineNo, 'a second Notes: block', 'one Notes: block per slide');
      notes = [];
      continue;
    }
    fail(
      path,
      lineNo,
      `unexpected text "${trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed}"`,
      'a `#` group or `##` slide heading, a bullet (`- text`), a `<!-- source: … -->` comment or a `Notes:` block',
    );
  }
  closeNotes();
  const empty = groups.find((g) => g.slides.length === 0);
  if (empty) fail(path, empty.line, `the group "${empty.id}" has no slides`, 'a `## Slide title` under it, or no `#` heading for it');
  if (!groups.some((g) => g.slides.length > 0))
    fail(path, lines.length, 'the outline has no slides', 'at least one `## Slide title` under a `# Group` heading');
  return { path, meta: front.meta, essay: front.essay, generated: front.generated, groups };
}

function uniqueId(base: string, taken: ReadonlyMap<string, number>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
