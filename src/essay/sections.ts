import type { Paragraph, Section } from '../types.js';
import { candidateKeys, keyPhrase, phraseKey } from './keyphrase.js';
import { capitalizeFirst, wordCount } from './text.js';

/** The body as the essay stage reads it: headings and paragraphs in order. */
export type BodyItem = { type: 'heading'; title: string; level: number; line: number } | { type: 'paragraph'; paragraph: Paragraph };

export interface Sections {
  intro: Paragraph[];
  sections: Section[];
  conclusion: Section | null;
}

const CONCLUSION_HEADING =
  /^(conclusions?|concluding (thoughts|remarks|observations)|in conclusion|looking (ahead|forward)|the way forward|a way forward|way forward|final (thoughts|word|remarks)|closing thoughts|summary|in sum|to sum up|(the )?bottom line|next steps|what comes next|what next|outlook|the road ahead)\b/i;
const INTRO_HEADING =
  /^(introduction|background|context|overview|summary|executive summary|key points|in brief|at a glance|abstract|the problem|the challenge)$/i;
const CONCLUSION_CUE =
  /^(in conclusion|to conclude|in sum|in short|ultimately|in the end|overall|finally|to sum up|all (of )?this|there is no guarantee|whatever (happens|the)|the bottom line|taken together)\b/i;

/**
 * Strips typographic numbering ("1.", "II.", "B)") from a heading; a numbering written in
 * words ("Option A:", "Step 2 —") is the author's label and stays.
 */
export function cleanHeading(title: string): string {
  return title
    .replace(/^(?:\d{1,2}|[IVXLC]{1,6}|[A-H])[.)]\s+(?=\S)/, '')
    .replace(/[:.]$/, '')
    .trim();
}

function sectionLevel(headings: ReadonlyArray<Extract<BodyItem, { type: 'heading' }>>): number {
  const levels = [...new Set(headings.map((heading) => heading.level))].sort((a, b) => a - b);
  const top = levels[0] ?? 2;
  const topHeadings = headings.filter(
    (heading) => heading.level === top && !CONCLUSION_HEADING.test(heading.title) && !INTRO_HEADING.test(heading.title),
  );
  const next = levels[1];
  // One parent heading with the approaches under it as sub-headings: the sub-headings are the sections.
  if (topHeadings.length <= 1 && next !== undefined && headings.filter((heading) => heading.level === next).length >= 2) return next;
  return top;
}

export function buildSections(items: ReadonlyArray<BodyItem>): Sections {
  const headings = items.filter((item): item is Extract<BodyItem, { type: 'heading' }> => item.type === 'heading');
  const paragraphs = items.flatMap((item) => (item.type === 'paragraph' ? [item.paragraph] : []));
  if (headings.length === 0) return segmentByTopic(paragraphs);

  const level = sectionLevel(headings);
  const intro: Paragraph[] = [];
  const sections: Section[] = [];
  let current: Section | null = null;
  let subheading: string | undefined;
  for (const item of items) {
    if (item.type === 'heading') {
      if (item.level <= level) {
        const title = cleanHeading(item.title);
        subheading = undefined;
        if (sections.length === 0 && intro.length === 0 && INTRO_HEADING.test(title)) {
          current = null; // "Introduction": its paragraphs are the context.
          continue;
        }
        if (item.level < level && !CONCLUSION_HEADING.test(title)) {
          // The parent of the approaches: its own paragraphs go with the context.
          if (sections.length === 0) current = null;
          continue;
        }
        current = { title, line: item.line, paragraphs: [] };
        sections.push(current);
      } else {
        subheading = cleanHeading(item.title);
      }
      continue;
    }
    // A paragraph's own bold lead-in is more specific than the sub-heading it sits under.
    const paragraph: Paragraph = subheading && !item.paragraph.subheading ? { ...item.paragraph, subheading } : item.paragraph;
    if (current) current.paragraphs.push(paragraph);
    else intro.push(paragraph);
  }
  const nonEmpty = sections.filter((section) => section.paragraphs.length > 0);
  let conclusion: Section | null = null;
  const last = nonEmpty.at(-1);
  if (last && CONCLUSION_HEADING.test(last.title)) {
    conclusion = nonEmpty.pop() ?? null;
  } else if (last && last.paragraphs.length >= 2) {
    const closing = last.paragraphs.at(-1) as Paragraph;
    const brief = closing.sentences.length <= 2 && wordCount(closing.text) <= 70;
    if (CONCLUSION_CUE.test(closing.text.trim()) || brief) {
      conclusion = { title: 'Conclusion', line: null, paragraphs: [closing] };
      last.paragraphs = last.paragraphs.slice(0, -1);
    }
  }
  if (nonEmpty.length === 0 && intro.length > 1 && !conclusion) return segmentByTopic(intro);
  return { intro, sections: nonEmpty, conclusion };
}

function vector(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of candidateKeys(text)) if (!key.includes(' ')) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, value] of a) {
    na += value * value;
    dot += value * (b.get(key) ?? 0);
  }
  for (const value of b.values()) nb += value * value;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * An essay without headings: the first paragraph is the context, a closing paragraph the
 * conclusion, and the rest is cut into 3–6 sections where the vocabulary of neighbouring
 * paragraphs changes most (lexical cohesion, as in TextTiling). Each section is titled with
 * a key phrase from its own text.
 */
export function segmentByTopic(paragraphs: ReadonlyArray<Paragraph>): Sections {
  if (paragraphs.length === 0) return { intro: [], sections: [], conclusion: null };
  const [first, ...rest] = paragraphs as [Paragraph, ...Paragraph[]];
  const intro = [first];
  let conclusion: Section | null = null;
  let middle = rest;
  const closing = rest.at(-1);
  if (closing && (rest.length >= 2 || CONCLUSION_CUE.test(closing.text.trim()))) {
    conclusion = { title: 'Conclusion', line: null, paragraphs: [closing] };
    middle = rest.slice(0, -1);
  }
  if (middle.length === 0) return { intro, sections: [], conclusion };
  const wanted = Math.min(middle.length, Math.max(Math.min(3, middle.length), Math.min(6, Math.round(middle.length / 3))));
  const vectors = middle.map((paragraph) => vector(paragraph.text));
  const window = (from: number, to: number): Map<string, number> => {
    const merged = new Map<string, number>();
    for (const v of vectors.slice(Math.max(0, from), Math.max(0, to))) for (const [k, n] of v) merged.set(k, (merged.get(k) ?? 0) + n);
    return merged;
  };
  const gaps = middle.slice(1).map((_, i) => ({ at: i + 1, similarity: cosine(window(i - 1, i + 1), window(i + 1, i + 3)) }));
  const minSize = middle.length >= wanted * 2 ? 2 : 1;
  const cuts: number[] = [];
  for (const gap of [...gaps].sort((a, b) => a.similarity - b.similarity || a.at - b.at)) {
    if (cuts.length >= wanted - 1) break;
    const bounds = [0, ...cuts, middle.length].sort((a, b) => a - b);
    const fits = bounds.every((bound, k) => {
      const nextBound = bounds[k + 1];
      if (nextBound === undefined || !(bound < gap.at && gap.at < nextBound)) return true;
      return gap.at - bound >= minSize && nextBound - gap.at >= minSize;
    });
    if (fits) cuts.push(gap.at);
  }
  const bounds = [0, ...cuts.sort((a, b) => a - b), middle.length];
  const groups = bounds.slice(0, -1).map((start, k) => middle.slice(start, bounds[k + 1]));
  const frequency = new Map<string, number>();
  const groupKeys = groups.map((group) => candidateKeys(group.map((p) => p.text).join(' ')));
  for (const keys of groupKeys) for (const key of keys) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  const used = new Set<string>();
  const sections = groups.map((group) => {
    const text = group.map((p) => p.text).join(' ');
    const phrase =
      keyPhrase(text, {
        documentFrequency: (key) => frequency.get(key) ?? 1,
        documents: groups.length,
        exclude: used,
        lead: group[0]?.sentences[0]?.text,
      }) ?? (group[0]?.sentences[0]?.text.split(/\s+/).slice(0, 4).join(' ') as string);
    used.add(phraseKey(phrase));
    return { title: capitalizeFirst(phrase), line: null, paragraphs: group };
  });
  return { intro, sections, conclusion };
}
