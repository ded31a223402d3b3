import { candidateKeys, keyPhrase, phraseKey } from '../essay/keyphrase.js';
import { capitalizeFirst, slugify, wordCount } from '../essay/text.js';
import type { Bullet, Essay, LineSpan, Outline, OutlineGroup, OutlineSlide, Paragraph, Section, Sentence } from '../types.js';
import { aboutPages, partLines } from './about.js';
import { MEDIAN_BULLET_WORDS, selectBullets } from './bullets.js';

/** A paragraph longer than this is split over several slides, sentences kept whole. */
const DENSE_SENTENCES = 7;
const DENSE_WORDS = 190;
const CHUNK_SENTENCES = 5;

/** The fixed group ids; section ids are slugs of their titles and never take one of these. */
const FIXED_IDS = new Set(['title', 'context', 'overview', 'conclusion', 'about']);

/** A run of a paragraph's sentences that becomes one slide, with the paragraph text it spans. */
interface Passage {
  paragraph: Paragraph;
  sentences: Sentence[];
  text: string;
}

function passageText(paragraph: Paragraph, sentences: ReadonlyArray<Sentence>): string {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return '';
  if (first === paragraph.sentences[0] && last === paragraph.sentences[paragraph.sentences.length - 1]) return paragraph.text;
  // The verbatim slice from the first sentence to the end of the last, spacing as written.
  const start = paragraph.text.indexOf(first.text);
  const end = paragraph.text.indexOf(last.text, Math.max(0, start)) + last.text.length;
  return start >= 0 && end > start ? paragraph.text.slice(start, end) : sentences.map((s) => s.text).join(' ');
}

/** Sentences of a dense paragraph in runs of about CHUNK_SENTENCES, as even as possible. */
function passages(paragraph: Paragraph): Passage[] {
  const { sentences } = paragraph;
  const dense = sentences.length > DENSE_SENTENCES || (sentences.length > 3 && wordCount(paragraph.text) > DENSE_WORDS);
  const parts = dense ? Math.ceil(sentences.length / CHUNK_SENTENCES) : 1;
  const size = Math.ceil(sentences.length / parts);
  const result: Passage[] = [];
  for (let start = 0; start < sentences.length; start += size) {
    const run = sentences.slice(start, start + size);
    result.push({ paragraph, sentences: run, text: passageText(paragraph, run) });
  }
  return result;
}

function span(paragraphs: ReadonlyArray<{ lines: LineSpan }>): LineSpan | null {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return first && last ? { start: first.lines.start, end: last.lines.end } : null;
}

class OutlineBuilder {
  private readonly documentFrequency = new Map<string, number>();
  private readonly documents: number;
  private readonly groupIds = new Set<string>();

  constructor(private readonly essay: Essay) {
    const all = [
      ...essay.intro,
      ...essay.sections.flatMap((s) => s.paragraphs),
      ...(essay.conclusion?.paragraphs ?? []),
      ...essay.appendix.flatMap((s) => s.paragraphs),
    ];
    this.documents = all.length;
    for (const paragraph of all) {
      for (const key of candidateKeys(paragraph.text)) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
    }
  }

  build(): Outline {
    const { essay } = this;
    const groups: OutlineGroup[] = [this.titleGroup()];
    const { context, leadIn } = this.contextGroup();
    if (context) groups.push(context);
    const sectionGroups = essay.sections.map((section) => this.sectionGroup(section));
    if (sectionGroups.length > 0) groups.push(this.overviewGroup(sectionGroups, leadIn));
    groups.push(...sectionGroups);
    if (essay.conclusion) groups.push(this.conclusionGroup(essay.conclusion));
    groups.push(...essay.appendix.map((section) => this.sectionGroup(section, 'appendix')));
    const about = this.aboutGroup();
    trimToMedian(groups.flatMap((group) => group.slides.filter((slide) => slide.layout === 'points')));
    if (about) groups.push(about);
    const { title, subtitle, authors, date, publication } = essay.meta;
    return { meta: { title, subtitle, authors, date, publication }, groups, removed: essay.removed };
  }

  private groupId(title: string): string {
    const base = slugify(title) || 'section';
    let id = FIXED_IDS.has(base) ? `${base}-section` : base;
    for (let n = 2; this.groupIds.has(id); n++) id = `${base}-${n}`;
    this.groupIds.add(id);
    return id;
  }

  private titleGroup(): OutlineGroup {
    const { meta } = this.essay;
    const line = meta.lines.title;
    return {
      id: 'title',
      kind: 'title',
      title: meta.title,
      slides: [
        {
          id: 'title',
          title: meta.title,
          layout: 'title',
          bullets: [],
          notes: '',
          source: line ? { start: line, end: meta.lines.date ?? meta.lines.authors ?? line } : null,
        },
      ],
    };
  }

  /**
   * The introduction. A closing sentence that ends in a colon ("Here are three
   * possibilities:") introduces the approaches: its notes go with the overview slide.
   */
  private contextGroup(): { context: OutlineGroup | null; leadIn: Passage | null } {
    const intro = this.essay.intro;
    if (intro.length === 0) return { context: null, leadIn: null };
    const last = intro[intro.length - 1] as Paragraph;
    const closing = last.sentences[last.sentences.length - 1];
    const hasLeadIn = this.essay.sections.length > 0 && closing !== undefined && /:["”’]?$/.test(closing.text) && last.sentences.length > 1;
    const leadIn = hasLeadIn ? { paragraph: last, sentences: [closing], text: closing.text } : null;
    const kept = last.sentences.slice(0, -1);
    const paragraphs = hasLeadIn ? [...intro.slice(0, -1), { ...last, sentences: kept, text: passageText(last, kept) }] : intro;
    const slides = this.pointSlides('context', paragraphs, new Set());
    return { context: { id: 'context', kind: 'context', title: 'Context', slides }, leadIn };
  }

  private overviewGroup(sections: ReadonlyArray<OutlineGroup>, leadIn: Passage | null): OutlineGroup {
    const links = sections.map((group, i) => ({ groupId: group.id, title: group.title, line: this.essay.sections[i]?.line ?? null }));
    const lines = links.map((link) => link.line).filter((line): line is number => line !== null);
    const slide: OutlineSlide = {
      id: 'overview',
      title: 'Overview',
      layout: 'overview',
      bullets: [],
      notes: leadIn?.text ?? '',
      source: lines.length > 0 ? { start: Math.min(...lines), end: Math.max(...lines) } : null,
      links,
    };
    return { id: 'overview', kind: 'overview', title: 'Overview', slides: [slide] };
  }

  private sectionGroup(section: Section, kind: 'section' | 'appendix' = 'section'): OutlineGroup {
    const id = this.groupId(section.title);
    const exclude = new Set([phraseKey(section.title)]);
    const opener: OutlineSlide = {
      id,
      title: section.title,
      layout: 'section',
      bullets: [],
      notes: '',
      source: section.line ? { start: section.line, end: section.line } : span(section.paragraphs),
    };
    return { id, kind, title: section.title, slides: [opener, ...this.pointSlides(id, section.paragraphs, exclude)] };
  }

  private conclusionGroup(conclusion: Section): OutlineGroup {
    const slides = this.pointSlides('conclusion', conclusion.paragraphs, new Set([phraseKey(conclusion.title)]));
    const [first, ...rest] = slides;
    const head = first ? [{ ...first, id: 'conclusion' }] : [];
    return { id: 'conclusion', kind: 'conclusion', title: conclusion.title, slides: [...head, ...rest] };
  }

  private aboutGroup(): OutlineGroup | null {
    const { bio, meta } = this.essay;
    if (bio.length === 0) return null;
    const title = meta.authors.length > 1 ? 'About the authors' : 'About the author';
    // A long bio goes on continuation slides (outline/about.ts) rather than below a readable size.
    const slides = aboutPages(bio).map((parts, i): OutlineSlide => {
      const slide: OutlineSlide = {
        id: i === 0 ? 'about' : `about-${i + 1}`,
        title,
        layout: 'about',
        bullets: parts.flatMap((part) => part.sentences.map((s) => ({ text: s.text, source: { line: s.line, sentence: s.index } }))),
        notes: parts.map((part) => passageText(part.paragraph, part.sentences)).join('\n\n'),
        source: span(parts.map((part) => ({ lines: partLines(part) }))),
      };
      if (i > 0) slide.continued = true;
      return slide;
    });
    return { id: 'about', kind: 'about', title, slides };
  }

  /**
   * One key-point slide per paragraph, or per passage of a dense one. A passage with no
   * sentence short enough for a bullet joins its neighbour's slide: its text stays in the
   * notes, and no slide carries a bullet too long to read.
   */
  private pointSlides(groupId: string, paragraphs: ReadonlyArray<Paragraph>, exclude: Set<string>): OutlineSlide[] {
    const points = paragraphs.flatMap((paragraph) =>
      passages(paragraph).map((passage, part) => ({ passages: [passage], bullets: selectBullets(passage.sentences), continued: part > 0 })),
    );
    // A run of list items is one slide: the items are its points.
    for (let i = 1; i < points.length; ) {
      const previous = points[i - 1] as (typeof points)[number];
      const point = points[i] as (typeof points)[number];
      const isItem = (p: typeof point): boolean => p.passages.every((passage) => passage.paragraph.kind === 'item');
      if (isItem(previous) && isItem(point) && !point.passages[0]?.paragraph.subheading) {
        previous.passages.push(...point.passages);
        previous.bullets = selectBullets(previous.passages.flatMap((passage) => passage.sentences));
        points.splice(i, 1);
      } else {
        i++;
      }
    }
    for (let i = 0; i < points.length; ) {
      const point = points[i] as (typeof points)[number];
      const neighbour = points[i + 1] ?? points[i - 1];
      if (point.bullets.length > 0 || !neighbour) {
        i++;
        continue;
      }
      if (neighbour === points[i + 1]) {
        neighbour.passages.unshift(...point.passages);
        neighbour.continued = point.continued;
      } else {
        neighbour.passages.push(...point.passages);
      }
      points.splice(i, 1);
    }
    const lone = points.length === 1 ? points[0] : undefined;
    if (lone && lone.bullets.length === 0)
      lone.bullets = selectBullets(
        lone.passages.flatMap((p) => p.sentences),
        { allowLong: true },
      );

    const slides: OutlineSlide[] = [];
    const ids = new Set<string>([groupId]);
    const used = new Set(exclude);
    for (const point of points) {
      const first = point.passages[0] as Passage;
      const sentences = point.passages.flatMap((passage) => passage.sentences);
      const text = point.passages.map((passage) => passage.text).join('\n\n');
      const title = this.slideTitle({ paragraph: first.paragraph, sentences, text }, used);
      used.add(phraseKey(title));
      let id = `${groupId}-${slugify(title) || 'point'}`;
      for (let n = 2; ids.has(id); n++) id = `${groupId}-${slugify(title) || 'point'}-${n}`;
      ids.add(id);
      const lines = sentences.map((sentence) => sentence.line);
      const ends = point.passages.map((passage) =>
        passage.paragraph.sentences.length === passage.sentences.length ? passage.paragraph.lines.end : 0,
      );
      const slide: OutlineSlide = {
        id,
        title,
        layout: 'points',
        bullets: point.bullets,
        notes: text,
        source: { start: Math.min(...lines), end: Math.max(...lines, ...ends) },
      };
      if (point.continued) slide.continued = true;
      slides.push(slide);
    }
    return slides;
  }

  /** The author's sub-heading when there is one, else a key phrase of the passage. */
  private slideTitle(passage: Passage, used: ReadonlySet<string>): string {
    const subheading = passage.paragraph.subheading;
    if (subheading && passage.sentences[0] === passage.paragraph.sentences[0] && !used.has(phraseKey(subheading))) return subheading;
    const phrase = keyPhrase(passage.text, {
      documentFrequency: (key) => this.documentFrequency.get(key) ?? 1,
      documents: this.documents,
      exclude: used,
      lead: passage.sentences[0]?.text,
    });
    if (phrase) return capitalizeFirst(phrase);
    return capitalizeFirst(
      (passage.sentences[0]?.text ?? '')
        .split(/\s+/)
        .slice(0, 5)
        .join(' ')
        .replace(/[,;:.]+$/, ''),
    );
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? (sorted[Math.floor(middle)] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * The deck's bullets should read at a glance: while their median length is over
 * MEDIAN_BULLET_WORDS, the longest secondary point leaves a slide that has others (the
 * sentence stays in the notes). A slide keeps at least one point.
 */
function trimToMedian(slides: OutlineSlide[]): void {
  const sourceKey = (bullet: Bullet): string => `${bullet.source.line}:${bullet.source.sentence}`;
  for (;;) {
    const lengths = slides.flatMap((slide) => slide.bullets.map((bullet) => wordCount(bullet.text)));
    if (lengths.length === 0 || median(lengths) <= MEDIAN_BULLET_WORDS) return;
    let drop: { slide: OutlineSlide; key: string; words: number } | null = null;
    for (const slide of slides) {
      const keys = [...new Set(slide.bullets.map(sourceKey))];
      if (keys.length < 2) continue;
      for (const key of keys) {
        const words = Math.max(...slide.bullets.filter((bullet) => sourceKey(bullet) === key).map((bullet) => wordCount(bullet.text)));
        if (words > MEDIAN_BULLET_WORDS && (!drop || words > drop.words)) drop = { slide, key, words };
      }
    }
    if (!drop) return;
    const { slide, key } = drop;
    slide.bullets = slide.bullets.filter((bullet) => sourceKey(bullet) !== key);
  }
}

/** Essay → Outline: the groups and slides of the deck, bullets with their sources, notes. */
export function buildOutline(essay: Essay): Outline {
  return new OutlineBuilder(essay).build();
}
