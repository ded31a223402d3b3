import { unitOf } from '../outline/plan.js';
import type { Bullet, Essay, LineSpan, Outline, OutlineGroup, OutlineSlide, Paragraph } from '../types.js';
import { essayParagraphs, type FileSlide, fingerprint, type OutlineFile, pieceSpan, type SourcePiece } from './format.js';

/**
 * The outline the presenter edited (`outline.md`) over the current essay. Pure. The slides,
 * titles, bullets, groups and their order are the file's; each slide's notes are the essay's
 * paragraphs its source comment names, found again by their fingerprint when lines moved.
 * Every body sentence reaches the notes exactly once: a sentence no slide names joins the
 * nearest slide of its part of the essay, and one that two slides name stays with the first.
 */

export type SyncKind = 'changed' | 'vanished' | 'unplaced' | 'repeated';

export interface SyncProblem {
  kind: SyncKind;
  /** The slide concerned (for `unplaced`, the slide the text joins). */
  slideId: string;
  /** `file:line: …`, ready to print. */
  message: string;
}

export interface ResolvedOutline {
  outline: Outline;
  /** What no longer matches the essay, in file order: empty when the outline is in sync. */
  problems: SyncProblem[];
}

interface Part {
  paragraph: Paragraph;
  from: number;
  to: number;
}

interface SlideState {
  file: FileSlide;
  groupIndex: number;
  parts: Part[];
  /** Piece index → the paragraph it resolved to. */
  resolved: Map<SourcePiece, Paragraph>;
}

const range = (lines: LineSpan): string => (lines.start === lines.end ? `${lines.start}` : `${lines.start}-${lines.end}`);

/**
 * `file` over `essay`. `generated` is the outline the essay makes by itself: it gives the
 * budget, the removed lines and the lines of the slides that point at headings and the byline.
 * `names`: the paths messages show for the essay and the outline (default: as read).
 */
export function resolveOutlineFile(
  file: OutlineFile,
  essay: Essay,
  generated: Outline,
  names: { essay?: string; outline?: string } = {},
): ResolvedOutline {
  const essayPath = names.essay ?? essay.source.path;
  const outlinePath = names.outline ?? file.path;
  const paragraphs = essayParagraphs(essay);
  const order = new Map(paragraphs.map((p, i) => [p, i]));
  const partOf = new Map<Paragraph, number>();
  const parts = [
    essay.intro,
    ...essay.sections.map((s) => s.paragraphs),
    essay.conclusion?.paragraphs ?? [],
    ...essay.appendix.map((s) => s.paragraphs),
    essay.bio,
  ];
  parts.forEach((list, i) => {
    for (const p of list) partOf.set(p, i);
  });
  const byFingerprint = new Map<string, Paragraph[]>();
  for (const p of paragraphs) {
    const fp = fingerprint(p.text);
    byFingerprint.set(fp, [...(byFingerprint.get(fp) ?? []), p]);
  }
  const problems: SyncProblem[] = [];
  const where = (slide: FileSlide): string => `${outlinePath}:${slide.sourceLine ?? slide.line}`;

  const slides: SlideState[] = file.groups.flatMap((group, groupIndex) =>
    group.slides.map((slide) => ({ file: slide, groupIndex, parts: [], resolved: new Map<SourcePiece, Paragraph>() })),
  );

  // Pass 1: the paragraphs found by their fingerprint, the nearest to the lines written.
  const exact = new Set<Paragraph>();
  const anchors: Array<{ old: number; now: number }> = [];
  for (const slide of slides) {
    for (const piece of slide.file.sources) {
      if (!piece.fingerprint) continue;
      const candidates = byFingerprint.get(piece.fingerprint) ?? [];
      const best = [...candidates].sort(
        (a, b) => Math.abs(a.lines.start - piece.lines.start) - Math.abs(b.lines.start - piece.lines.start),
      )[0];
      if (!best) continue;
      slide.resolved.set(piece, best);
      exact.add(best);
      anchors.push({ old: piece.lines.start, now: best.lines.start });
    }
  }
  anchors.sort((a, b) => a.old - b.old);
  const shiftAt = (line: number): number => {
    const before = anchors.filter((a) => a.old <= line).at(-1) ?? anchors.find((a) => a.old > line);
    return before ? before.now - before.old : 0;
  };
  const containing = (line: number): Paragraph | undefined =>
    paragraphs.find((p) => !exact.has(p) && p.lines.start <= line && line <= p.lines.end);

  // Pass 2: a paragraph not found by its text is the one now at its place (changed), or gone.
  for (const slide of slides) {
    for (const piece of slide.file.sources) {
      if (!piece.fingerprint || slide.resolved.has(piece)) continue;
      const now = containing(piece.lines.start + shiftAt(piece.lines.start)) ?? containing(piece.lines.start);
      if (now) {
        slide.resolved.set(piece, now);
        problems.push({
          kind: 'changed',
          slideId: slide.file.id,
          message: `${where(slide.file)}: slide "${slide.file.id}": the essay's paragraph at ${essayPath}:${range(piece.lines)} changed (now ${essayPath}:${range(now.lines)}); its notes are the new text: check the slide's title and bullets`,
        });
      } else {
        problems.push({
          kind: 'vanished',
          slideId: slide.file.id,
          message: `${where(slide.file)}: slide "${slide.file.id}": the essay's paragraph at ${essayPath}:${range(piece.lines)} (#${piece.fingerprint}) is no longer in the essay`,
        });
      }
    }
  }

  // The sentences each slide's notes hold: each sentence once, with the first slide that names it.
  const owner = new Map<Paragraph, Map<number, SlideState>>();
  for (const slide of slides) {
    for (const piece of slide.file.sources) {
      const paragraph = slide.resolved.get(piece);
      if (!paragraph) continue;
      const count = paragraph.sentences.length;
      const from = Math.min(piece.sentences?.from ?? 1, count);
      const to = Math.min(piece.sentences?.to ?? count, count);
      const owned = owner.get(paragraph) ?? new Map<number, SlideState>();
      owner.set(paragraph, owned);
      let run: Part | null = null;
      for (let n = from; n <= to; n++) {
        const first = owned.get(n);
        if (first && first !== slide) {
          problems.push({
            kind: 'repeated',
            slideId: slide.file.id,
            message: `${where(slide.file)}: slide "${slide.file.id}": sentence ${n} of ${essayPath}:${range(paragraph.lines)} is already in the notes of slide "${first.file.id}" (${outlinePath}:${first.file.line}); it stays there`,
          });
          run = null;
          continue;
        }
        if (first === slide) continue;
        owned.set(n, slide);
        if (run) run.to = n;
        else {
          run = { paragraph, from: n, to: n };
          slide.parts.push(run);
        }
      }
    }
  }

  // Sentences no slide names join the nearest slide of their part of the essay.
  const sequence = paragraphs.flatMap((paragraph) => paragraph.sentences.map((_, i) => ({ paragraph, n: i + 1 })));
  const fallback = slides.find((s) => s.file.layout === 'points') ?? slides[0];
  for (let i = 0; i < sequence.length; ) {
    const { paragraph, n } = sequence[i] as { paragraph: Paragraph; n: number };
    if (owner.get(paragraph)?.get(n)) {
      i++;
      continue;
    }
    let to = n;
    while (i + 1 < sequence.length && sequence[i + 1]?.paragraph === paragraph && !owner.get(paragraph)?.get(to + 1)) {
      i++;
      to++;
    }
    i++;
    const target = nearestOwner(sequence, i - (to - n) - 1, i - 1, owner, partOf) ?? fallback;
    if (!target) break;
    const part: Part = { paragraph, from: n, to };
    const owned = owner.get(paragraph) ?? new Map<number, SlideState>();
    owner.set(paragraph, owned);
    for (let k = n; k <= to; k++) owned.set(k, target);
    const position = (p: Part): number => (order.get(p.paragraph) ?? 0) * 10_000 + p.from;
    const after = target.parts.findIndex((p) => position(p) > position(part));
    if (after < 0) target.parts.push(part);
    else target.parts.splice(after, 0, part);
    const what =
      n === 1 && to === paragraph.sentences.length
        ? 'the paragraph'
        : to === n
          ? `sentence ${n} of the paragraph`
          : `sentences ${n}-${to} of the paragraph`;
    problems.push({
      kind: 'unplaced',
      slideId: target.file.id,
      message: `${essayPath}:${range(paragraph.lines)}: ${what} is in no slide of ${outlinePath}; it joins the notes of slide "${target.file.id}" (${outlinePath}:${target.file.line})`,
    });
  }

  const generatedSlides = new Map(generated.groups.flatMap((g) => g.slides.map((s) => [s.id, s] as const)));
  const sectionLinks = file.groups
    .filter((g) => g.kind === 'section')
    .map((g) => ({
      groupId: g.id,
      title: g.title,
      line: generated.groups.flatMap((x) => x.slides.flatMap((s) => s.links ?? [])).find((l) => l.groupId === g.id)?.line ?? null,
    }));

  const groups: OutlineGroup[] = file.groups.map((group, groupIndex) => ({
    id: group.id,
    kind: group.kind,
    title: group.title,
    slides: slides
      .filter((s) => s.groupIndex === groupIndex)
      .map((state): OutlineSlide => {
        const { file: slide } = state;
        const notes = [...state.parts.map((p) => unitOf(p.paragraph, p.paragraph.sentences.slice(p.from - 1, p.to)).text)];
        if (slide.notes) notes.push(slide.notes);
        const out: OutlineSlide = {
          id: slide.id,
          title: slide.title,
          layout: slide.layout,
          bullets: slide.bullets.map((bullet): Bullet => ({ text: bullet.text, source: bulletSource(bullet.source, state) })),
          notes: notes.join('\n\n'),
          source: slideSpan(state, generatedSlides.get(slide.id)),
        };
        if (slide.layout === 'overview') out.links = sectionLinks;
        if (slide.continued) out.continued = true;
        return out;
      }),
  }));
  return {
    outline: { meta: file.meta, groups, removed: generated.removed, budget: generated.budget },
    problems,
  };
}

/** The slide owning the sentence nearest to `first..last` in the sequence, within the same part of the essay first. */
function nearestOwner(
  sequence: ReadonlyArray<{ paragraph: Paragraph; n: number }>,
  first: number,
  last: number,
  owner: ReadonlyMap<Paragraph, ReadonlyMap<number, SlideState>>,
  partOf: ReadonlyMap<Paragraph, number>,
): SlideState | undefined {
  const part = partOf.get((sequence[first] as { paragraph: Paragraph }).paragraph);
  const at = (i: number, samePart: boolean): SlideState | undefined => {
    const entry = sequence[i];
    if (!entry || (samePart && partOf.get(entry.paragraph) !== part)) return undefined;
    return owner.get(entry.paragraph)?.get(entry.n);
  };
  for (const samePart of [true, false]) {
    for (let i = first - 1; i >= 0; i--) {
      const found = at(i, samePart);
      if (found) return found;
    }
    for (let i = last + 1; i < sequence.length; i++) {
      const found = at(i, samePart);
      if (found) return found;
    }
  }
  return undefined;
}

/** A bullet's sentence, its line moved with its paragraph; a bullet the presenter wrote points nowhere (line 0). */
function bulletSource(source: { line: number; sentence: number } | null, state: SlideState): { line: number; sentence: number } {
  if (!source) return { line: 0, sentence: 0 };
  for (const [piece, paragraph] of state.resolved) {
    if (piece.lines.start <= source.line && source.line <= piece.lines.end) {
      return { line: paragraph.sentences[source.sentence - 1]?.line ?? paragraph.lines.start, sentence: source.sentence };
    }
  }
  return { ...source };
}

/** The slide's lines: where it points (a heading, the byline) when the file says so, else the span of its notes. */
function slideSpan(state: SlideState, generated: OutlineSlide | undefined): LineSpan | null {
  const spans = state.file.sources.filter((piece) => !piece.fingerprint);
  if (spans.length > 0) {
    if (generated && generated.layout === state.file.layout && generated.source) return { ...generated.source };
    return { start: Math.min(...spans.map((s) => s.lines.start)), end: Math.max(...spans.map((s) => s.lines.end)) };
  }
  const own = state.parts.filter((part) => [...state.resolved.values()].includes(part.paragraph));
  const lines = (own.length > 0 ? own : state.parts).map((part) =>
    pieceSpan({ lines: part.paragraph.lines, sentences: { from: part.from, to: part.to } }, part.paragraph),
  );
  if (lines.length === 0) return null;
  return { start: Math.min(...lines.map((l) => l.start)), end: Math.max(...lines.map((l) => l.end)) };
}
