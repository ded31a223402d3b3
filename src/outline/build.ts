import { candidateKeys, keyPhrase, phraseKey } from '../essay/keyphrase.js';
import { capitalizeFirst, slugify, wordCount } from '../essay/text.js';
import type { Essay, LineSpan, Outline, OutlineGroup, OutlineSlide, Paragraph, Section, Sentence } from '../types.js';
import { selectBullets } from './bullets.js';

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
    const all = [...essay.intro, ...essay.sections.flatMap((s) => s.paragraphs), ...(essay.conclusion?.paragraphs ?? [])];
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
    const about = this.aboutGroup();
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

  private sectionGroup(section: Section): OutlineGroup {
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
    return { id, kind: 'section', title: section.title, slides: [opener, ...this.pointSlides(id, section.paragraphs, exclude)] };
  }

  private conclusionGroup(conclusion: Section): OutlineGroup {
    const slides = this.pointSlides('conclusion', conclusion.paragraphs, new Set([phraseKey(conclusion.title)]));
    const [first, ...rest] = slides;
    const head = first ? [{ ...first, id: 'conclusion' }] : [];
    return { id: 'conclusion', kind: 'conclusion', title: conclusion.title, slides: [...head, ...rest] };
  }

  private aboutGroup(): OutlineGroup | null {
    const { bio, credits, meta } = this.essay;
    if (bio.length === 0 && credits.length === 0) return null;
    const paragraphs = [...bio, ...credits];
    const title = meta.authors.length > 1 ? 'About the authors' : 'About the author';
    const slide: OutlineSlide = {
      id: 'about',
      title,
      layout: 'about',
      bullets: paragraphs.flatMap((p) => p.sentences.map((s) => ({ text: s.text, source: { line: s.line, sentence: s.index } }))),
      notes: paragraphs.map((p) => p.text).join('\n\n'),
      source: span(paragraphs),
    };
    return { id: 'about', kind: 'about', title, slides: [slide] };
  }

  /** One key-point slide per paragraph, or per passage of a dense one. */
  private pointSlides(groupId: string, paragraphs: ReadonlyArray<Paragraph>, exclude: Set<string>): OutlineSlide[] {
    const slides: OutlineSlide[] = [];
    const ids = new Set<string>([groupId]);
    const used = new Set(exclude);
    for (const paragraph of paragraphs) {
      const runs = passages(paragraph);
      runs.forEach((passage, part) => {
        const title = this.slideTitle(passage, used);
        used.add(phraseKey(title));
        let id = `${groupId}-${slugify(title) || 'point'}`;
        for (let n = 2; ids.has(id); n++) id = `${groupId}-${slugify(title) || 'point'}-${n}`;
        ids.add(id);
        const first = passage.sentences[0] as Sentence;
        const last = passage.sentences[passage.sentences.length - 1] as Sentence;
        const slide: OutlineSlide = {
          id,
          title,
          layout: 'points',
          bullets: selectBullets(passage.sentences),
          notes: passage.text,
          source: runs.length === 1 ? paragraph.lines : { start: first.line, end: Math.max(last.line, first.line) },
        };
        if (part > 0) slide.continued = true;
        slides.push(slide);
      });
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

/** Essay → Outline: the groups and slides of the deck, bullets with their sources, notes. */
export function buildOutline(essay: Essay): Outline {
  return new OutlineBuilder(essay).build();
}
