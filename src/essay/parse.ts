import { BriefdeckError } from '../errors.js';
import type { Essay, EssayFormat, EssayMeta, EssaySource, Paragraph, RemovalReason, RemovedLine } from '../types.js';
import { bioSubject, PERSON_NAME } from './authors.js';
import { type Block, splitLines, textBlocks } from './blocks.js';
import { type FrontMatter, looksLikeMarkdown, markdownBlocks, splitFrontMatter } from './markdown.js';
import type { Verdict } from './rules/types.js';
import { classify } from './rules.js';
import { type BodyItem, buildSections } from './sections.js';
import { splitSentences } from './sentences.js';
import { endsLikeSentence, matchKey, normalizeSpace, wordCount } from './text.js';

/**
 * Essay text → Essay. Pure: the caller reads the file. The page is read in three zones:
 * the header (chrome, title, byline), the body (headed sections) and the tail (bio, credits,
 * chrome). Every line that reaches no slide is listed in `removed` with its reason.
 */
export function parseEssay(source: EssaySource): Essay {
  const format = source.format ?? detectFormat(source);
  const rawLines = splitLines(source.text);
  let front: FrontMatter = {};
  let blocks: Block[];
  if (format === 'markdown') {
    const split = splitFrontMatter(source.text, source.path);
    front = split.front;
    blocks = markdownBlocks(split.body);
  } else {
    blocks = textBlocks(source.text);
  }
  if (!blocks.some((block) => /\p{L}/u.test(block.plain))) {
    throw new BriefdeckError('the essay has no text', {
      file: source.path,
      line: 1,
      hint: 'Paste the essay into the file as plain text or Markdown, one paragraph per line or separated by blank lines.',
    });
  }
  return new EssayReader(source.path, format, rawLines, blocks, front).read();
}

function detectFormat(source: EssaySource): EssayFormat {
  if (/\.(md|markdown|mdown)$/i.test(source.path)) return 'markdown';
  if (/\.txt$/i.test(source.path)) return 'text';
  return looksLikeMarkdown(source.text) ? 'markdown' : 'text';
}

const words = (block: Block): number => wordCount(block.plain);

/** Reads like running text: a full sentence, or a long run of words (a page cut mid-sentence). */
function isProse(block: Block): boolean {
  if (block.kind === 'heading' || block.kind === 'rule') return false;
  const count = words(block);
  return count >= 12 || (count >= 4 && endsLikeSentence(block.plain));
}

/** A headline in title case may hold two short sentences: "Drones Have Changed Border Security. Our Rules Have Not." */
function isHeadlineCase(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.lines.start !== block.lines.end) return false;
  const count = words(block);
  const long = block.plain.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word));
  const capitalised = long.filter((word) => /^\p{Lu}/u.test(word)).length;
  return count >= 3 && count <= 20 && long.length >= 2 && capitalised / long.length >= 0.7;
}

/** Shaped like a heading: one short line that does not end like a sentence. */
function isHeadingShaped(block: Block, maxWords = 14): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' || block.lines.start !== block.lines.end) return false;
  const text = block.plain;
  const count = words(block);
  if (count === 0 || count > maxWords || text.length > 120) return false;
  if (/[.,;:]["”’)]*$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  if (text.endsWith('?') && count > 12) return false;
  return /^[\p{Lu}\p{N}"“‘'(]/u.test(text);
}

const BIO_HEADING = /^(about (the )?(authors?|writers?|contributors?)|author bios?|the authors?|contributors?|biograph(y|ies))$/i;
const DISCLAIMER = /\b(views|opinions) (expressed|are)\b|\bdo(es)? not (necessarily )?(reflect|represent)\b/i;

class EssayReader {
  private readonly removed: RemovedLine[] = [];
  private readonly header: Array<Verdict | null>;
  private readonly meta: EssayMeta = {
    title: '',
    subtitle: null,
    authors: [],
    date: null,
    publication: null,
    category: null,
    lines: {},
  };
  private readonly bio: Paragraph[] = [];
  private readonly credits: Paragraph[] = [];

  constructor(
    private readonly path: string,
    private readonly format: EssayFormat,
    private readonly rawLines: string[],
    private readonly blocks: Block[],
    private readonly front: FrontMatter,
  ) {
    this.header = blocks.map((block) => classify(block, false));
    this.readBareBylines();
    for (const match of rawLines.join('\n').matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu)) this.vocabulary.add(match[0]);
  }

  /** Words the essay writes in lower case somewhere: a capitalised one of them after "U.S." starts a sentence. */
  private readonly vocabulary = new Set<string>();

  /**
   * A line that is only a person's name, next to a date or a "Follow" button in the page's
   * header, is the byline of sites that print the author's name alone ("Lena Marsh").
   */
  private readBareBylines(): void {
    const { blocks, header } = this;
    const adjacent = (a: Block | undefined, b: Block | undefined): boolean =>
      !!a && !!b && (a.lines.end + 1 === b.lines.start || b.lines.end + 1 === a.lines.start);
    blocks.forEach((block, i) => {
      if (header[i] || block.kind === 'heading' || i > blocks.length * 0.5 || words(block) > 4) return;
      if (!PERSON_NAME.test(block.plain)) return;
      const byline = [i - 1, i + 1].some((j) => {
        const verdict = header[j];
        const near = adjacent(blocks[j], block);
        return near && ((verdict?.kind === 'meta' && !!(verdict.date || verdict.authors)) || /^follow$/i.test(blocks[j]?.plain ?? ''));
      });
      if (byline) header[i] = { kind: 'meta', authors: [block.plain] };
    });
  }

  read(): Essay {
    this.readFrontMatter();
    const titleIndex = this.findTitle();
    const bodyStart = this.readHeader(titleIndex);
    const bodyEnd = this.readTail(bodyStart);
    const items = this.readBody(bodyStart, bodyEnd);
    const { intro, sections, conclusion } = buildSections(items);
    if (intro.length === 0 && sections.length === 0 && !conclusion) {
      const first = this.blocks[bodyStart] ?? this.blocks[0];
      throw new BriefdeckError('no essay body found: no paragraph of running text after the title', {
        file: this.path,
        line: first?.lines.start ?? 1,
        hint: 'An essay needs at least one paragraph of full sentences; check that the file holds the article text.',
      });
    }
    this.removed.sort((a, b) => a.line - b.line);
    return {
      source: { path: this.path, format: this.format, lineCount: this.rawLines.length },
      meta: this.meta,
      intro,
      sections,
      conclusion,
      bio: this.bio,
      credits: this.credits,
      removed: this.removed,
    };
  }

  private remove(block: Block, reason: RemovalReason): void {
    for (let line = block.lines.start; line <= block.lines.end; line++) {
      const text = normalizeSpace(this.rawLines[line - 1] ?? '');
      if (text && !this.removed.some((entry) => entry.line === line)) this.removed.push({ line, text, reason });
    }
  }

  private reasonOf(verdict: Verdict | null | undefined): RemovalReason {
    return verdict?.kind === 'chrome' ? verdict.reason : 'outside-article';
  }

  private readFrontMatter(): void {
    const { front, meta } = this;
    if (front.title) [meta.title, meta.lines.title] = [front.title.value, front.title.line];
    if (front.subtitle) [meta.subtitle, meta.lines.subtitle] = [front.subtitle.value, front.subtitle.line];
    if (front.authors) [meta.authors, meta.lines.authors] = [front.authors.value, front.authors.line];
    if (front.publication) [meta.publication, meta.lines.publication] = [front.publication.value, front.publication.line];
    if (front.category) [meta.category, meta.lines.category] = [front.category.value, front.category.line];
    if (front.date) {
      const iso = /^\d{4}-\d{2}(-\d{2})?/.exec(front.date.value)?.[0] ?? null;
      if (iso) [meta.date, meta.lines.date] = [iso, front.date.line];
    }
  }

  private applyMeta(verdict: Extract<Verdict, { kind: 'meta' }>, line: number): void {
    const { meta } = this;
    if (verdict.date && !meta.date) [meta.date, meta.lines.date] = [verdict.date, line];
    if (verdict.authors && meta.authors.length === 0) [meta.authors, meta.lines.authors] = [verdict.authors, line];
    if (verdict.category && !meta.category) [meta.category, meta.lines.category] = [verdict.category, line];
  }

  private nextProse(from: number): Block | undefined {
    for (let i = from; i < this.blocks.length; i++) {
      const block = this.blocks[i] as Block;
      const verdict = this.header[i];
      if (verdict?.kind === 'chrome' || verdict?.kind === 'credit' || block.kind === 'rule') continue;
      return isProse(block) || block.kind === 'item' ? block : undefined;
    }
    return undefined;
  }

  /** Index of the title block, or -1 when the title comes from front matter or nowhere. */
  private findTitle(): number {
    const { blocks, header, meta } = this;
    if (this.format === 'markdown') {
      const h1 = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
      const firstHeading = blocks.findIndex((block) => block.kind === 'heading');
      if (meta.title) {
        return h1 >= 0 && matchKey(blocks[h1]?.plain ?? '') === matchKey(meta.title) ? h1 : -1;
      }
      // Without an H1, a leading heading of any level that precedes all other headings is the title.
      const candidate = h1 >= 0 ? h1 : firstHeading >= 0 && blocks.slice(0, firstHeading).every((b) => !isProse(b)) ? firstHeading : -1;
      if (candidate >= 0) return this.takeTitle(candidate);
    }
    const firstMeta = header.findIndex(
      (verdict, i) => verdict?.kind === 'meta' && (verdict.date || verdict.authors) && i < Math.max(8, blocks.length * 0.5),
    );
    const headline = (i: number): boolean => {
      const block = blocks[i];
      return !!block && !header[i] && (isHeadingShaped(block, 25) || isHeadlineCase(block));
    };
    if (firstMeta > 0) {
      for (let i = firstMeta - 1; i >= 0; i--) {
        if (!headline(i)) continue;
        // Two headline lines stacked with no gap: the shorter upper one is the title, the
        // longer one under it the standfirst (a kicker above a title is shorter than it).
        const above = blocks[i - 1];
        const block = blocks[i] as Block;
        if (above && headline(i - 1) && above.lines.end + 1 === block.lines.start && words(above) < words(block))
          return this.takeTitle(i - 1);
        return this.takeTitle(i);
      }
    }
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      if (header[i] || !isHeadingShaped(block, 25)) continue;
      if (this.nextProse(i + 1)) return this.takeTitle(i);
    }
    const first = blocks.findIndex((block) => isHeadingShaped(block, 25));
    if (first >= 0 && !meta.title) return this.takeTitle(first);
    if (!meta.title) meta.title = 'Untitled essay';
    return -1;
  }

  private takeTitle(index: number): number {
    const block = this.blocks[index] as Block;
    if (!this.meta.title) {
      this.meta.title = block.plain;
      this.meta.lines.title = block.lines.start;
    }
    return index;
  }

  /** Reads everything above the body; returns the index of the body's first block. */
  private readHeader(titleIndex: number): number {
    const { blocks, header, meta } = this;
    this.readKicker(titleIndex);
    let i = titleIndex + 1;
    let sawMeta = false;
    for (; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const verdict = header[i];
      if (verdict?.kind === 'meta') {
        this.applyMeta(verdict, block.lines.start);
        sawMeta = true;
        continue;
      }
      if (verdict?.kind === 'chrome') {
        this.remove(block, verdict.reason);
        continue;
      }
      if (verdict?.kind === 'credit') {
        this.credits.push(this.paragraph(block));
        continue;
      }
      if (block.kind === 'rule') continue;
      const bylineAhead = !sawMeta && header.slice(i + 1, i + 4).some((v) => v?.kind === 'meta' && (v.date || v.authors));
      const emphasisedDek = this.format === 'markdown' && block.emphasised === true && !meta.subtitle && i === titleIndex + 1;
      if ((bylineAhead || emphasisedDek) && words(block) <= 45 && block.kind !== 'heading') {
        if (!meta.subtitle) [meta.subtitle, meta.lines.subtitle] = [block.plain, block.lines.start];
        else this.remove(block, 'outside-article');
        continue;
      }
      if (isProse(block) || block.kind === 'item') break;
      if (isHeadingShaped(block) && this.nextProse(i + 1)) break;
      if (!sawMeta && !meta.subtitle && words(block) >= 3 && block.kind !== 'heading') {
        [meta.subtitle, meta.lines.subtitle] = [block.plain, block.lines.start];
        continue;
      }
      this.remove(block, 'outside-article');
    }
    return i;
  }

  /**
   * Lines above the title are page chrome, except the publication's name: a short line
   * the page names again elsewhere ("The Peninsula" … "Return to the Peninsula").
   */
  private readKicker(titleIndex: number): void {
    const { blocks, header, meta } = this;
    const stripThe = (text: string): string => matchKey(text).replace(/^the /, '');
    const mentions = blocks.flatMap((other, j) =>
      header[j]?.kind === 'chrome' || header[j]?.kind === 'credit' ? [{ j, key: ` ${stripThe(other.plain)} ` }] : [],
    );
    // The closest such line above the title wins; the rest above it is chrome.
    for (let i = titleIndex - 1; i >= 0 && !meta.publication; i--) {
      const block = blocks[i] as Block;
      const name = stripThe(block.plain);
      const candidate =
        !header[i] && words(block) <= 6 && /^\p{Lu}/u.test(block.plain) && !endsLikeSentence(block.plain) && name.length >= 3;
      if (candidate && mentions.some(({ j, key }) => j !== i && key.includes(` ${name} `))) {
        [meta.publication, meta.lines.publication] = [block.plain, block.lines.start];
      }
    }
    for (let i = 0; i < Math.max(0, titleIndex); i++) {
      const block = blocks[i] as Block;
      const verdict = header[i];
      if (meta.lines.publication === block.lines.start) continue;
      if (verdict?.kind === 'meta') {
        this.applyMeta(verdict, block.lines.start);
        continue;
      }
      this.remove(block, this.reasonOf(verdict));
    }
    if (!meta.publication) {
      for (const block of blocks) {
        const holder =
          /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?([^.|]+?)(?:\.|\s*\||\s+all rights reserved|$)/i.exec(
            block.plain,
          );
        if (holder?.[1] && words(block) <= 12 && holder[1].trim().length >= 3) {
          [meta.publication, meta.lines.publication] = [holder[1].trim(), block.lines.start];
          break;
        }
      }
    }
  }

  private isBioStart(index: number, bodyStart: number): boolean {
    const block = this.blocks[index] as Block;
    if (index <= bodyStart || this.header[index]) return false;
    const subject = bioSubject(block.plain);
    if (!subject) return false;
    const subjectKey = matchKey(subject);
    const known = this.meta.authors.some((author) => {
      const key = matchKey(author);
      return key === subjectKey || key.split(' ').at(-1) === subjectKey.split(' ').at(-1);
    });
    if (known) return true;
    if (this.meta.authors.length > 0) return false;
    // No byline: a closing "Name is a … at/of …" paragraph after most of the text is a bio.
    const late = index >= bodyStart + (this.blocks.length - bodyStart) * 0.6;
    const rest = this.blocks.slice(index + 1);
    return late && /\b(at|of|for)\b/.test(block.plain) && rest.every((b) => !isProse(b) || bioSubject(b.plain) || DISCLAIMER.test(b.plain));
  }

  /** Reads the bio, credits and chrome after the body; returns the index one past the body. */
  private readTail(bodyStart: number): number {
    const { blocks, header } = this;
    let bioIndex = -1;
    for (let i = bodyStart + 1; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      if (isHeadingShaped(block, 6) && BIO_HEADING.test(block.plain.replace(/[:.]$/, ''))) {
        bioIndex = i;
        break;
      }
      if (this.isBioStart(i, bodyStart)) {
        bioIndex = i;
        break;
      }
    }
    let bodyEnd: number;
    if (bioIndex >= 0) {
      bodyEnd = bioIndex;
      // A horizontal rule just before the bio belongs to neither.
    } else {
      bodyEnd = bodyStart;
      let previous: Verdict | null | undefined = null;
      for (let i = bodyStart; i < blocks.length; i++) {
        const block = blocks[i] as Block;
        const verdict = header[i];
        if (block.kind === 'rule') continue;
        // A short sentence that follows page furniture at the end ("A weekly newsletter on …")
        // belongs to the footer widget, not the essay.
        const amidChrome = (previous?.kind === 'chrome' || previous?.kind === 'meta') && words(block) < 40;
        if (isProse(block) && verdict?.kind !== 'chrome' && verdict?.kind !== 'credit' && !amidChrome) bodyEnd = i + 1;
        previous = verdict;
      }
    }
    for (let i = bodyEnd; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const verdict = header[i];
      if (block.kind === 'rule') continue;
      if (verdict?.kind === 'credit') {
        this.credits.push(this.paragraph(block));
      } else if (i === bioIndex && isHeadingShaped(block, 6) && BIO_HEADING.test(block.plain.replace(/[:.]$/, ''))) {
        // The "About the author" heading itself: its paragraphs follow.
      } else if (
        bioIndex >= 0 &&
        !verdict &&
        isProse(block) &&
        (i === bioIndex || i === bioIndex + 1 || bioSubject(block.plain) || DISCLAIMER.test(block.plain))
      ) {
        this.bio.push(this.paragraph(block));
        if (this.meta.authors.length === 0 && i === bioIndex) {
          const subject = bioSubject(block.plain);
          if (subject) [this.meta.authors, this.meta.lines.authors] = [[subject], block.lines.start];
        }
      } else {
        this.remove(block, this.reasonOf(verdict));
      }
    }
    return bodyEnd;
  }

  /** Classifies the body's blocks into headings and paragraphs, removing chrome and credits. */
  private readBody(start: number, end: number): BodyItem[] {
    const items: BodyItem[] = [];
    const kept: Array<{ block: Block; index: number }> = [];
    for (let i = start; i < end; i++) {
      const block = this.blocks[i] as Block;
      if (block.kind === 'rule') continue;
      const verdict = classify(block, true);
      if (verdict?.kind === 'chrome') this.remove(block, verdict.reason);
      else if (verdict?.kind === 'credit') this.credits.push(this.paragraph(block));
      else kept.push({ block, index: i });
    }
    const pullQuotes = this.findPullQuotes(kept.map((entry) => entry.block));
    kept.forEach(({ block }, k) => {
      if (pullQuotes.has(block)) {
        this.remove(block, 'pull-quote');
        return;
      }
      const next = kept[k + 1]?.block;
      const followedByText = next !== undefined && (isProse(next) || next.kind === 'item' || next.kind === 'heading');
      if (block.kind === 'heading') {
        items.push({ type: 'heading', title: block.plain, level: block.level ?? 2, line: block.lines.start });
      } else if (
        this.format === 'markdown' &&
        block.emphasised &&
        isHeadingShaped(block, 12) &&
        !endsLikeSentence(block.plain) &&
        followedByText
      ) {
        items.push({ type: 'heading', title: block.plain, level: 6, line: block.lines.start });
      } else if (
        this.format === 'text' &&
        isHeadingShaped(block) &&
        !isProse(block) &&
        next !== undefined &&
        (isProse(next) || next.kind === 'item')
      ) {
        items.push({ type: 'heading', title: block.plain, level: 2, line: block.lines.start });
      } else if (isProse(block) || block.kind === 'item') {
        items.push({ type: 'paragraph', paragraph: this.paragraph(block) });
      } else if (items.length > 0 || next) {
        // A short fragment that is neither heading nor sentence still belongs to the text.
        items.push({ type: 'paragraph', paragraph: this.paragraph(block) });
      }
    });
    return items;
  }

  /** A short block whose words all stand, in order, inside a longer body block repeats it. */
  private findPullQuotes(blocks: Block[]): Set<Block> {
    const quotes = new Set<Block>();
    const keys = blocks.map((block) => matchKey(block.plain).replace(/"/g, ''));
    blocks.forEach((block, i) => {
      const key = keys[i] as string;
      if (block.kind === 'heading' || words(block) > 60 || key.length < 20) return;
      if (keys.some((other, j) => j !== i && other.length > key.length && other.includes(key))) {
        quotes.add(block);
      }
    });
    return quotes;
  }

  private paragraph(block: Block): Paragraph {
    const paragraph: Paragraph = {
      text: block.text,
      lines: block.lines,
      sentences: splitSentences(block.text, block.lineStarts, this.vocabulary),
      kind: block.kind === 'item' ? 'item' : 'prose',
    };
    // A bold lead-in ("**Pool the risk.** Small utilities…") is the author's own label for the paragraph.
    const lead = block.boldLead?.replace(/[\s.:;,—–-]+$/, '');
    if (lead && wordCount(lead) <= 10 && lead.length < block.plain.length) paragraph.subheading = lead;
    return paragraph;
  }
}
