import { wordCount } from '../essay/text.js';
import { notesWordCount } from '../outline/notes.js';
import type { Deck, DeckGroup, DeckSlide, Outline, OutlineSlide } from '../types.js';
import { ASPECTS, type ResolvedDeckOptions } from './options.js';
import { closest } from './suggest.js';

/** A problem with the options, with the path of the offending value (`['order', 2]`) for its position. */
export interface OptionProblem {
  path: Array<string | number>;
  message: string;
  hint: string;
}

export class DeckOptionsError extends Error {
  constructor(readonly problems: OptionProblem[]) {
    super(problems.map((problem) => problem.message).join('; '));
    this.name = 'DeckOptionsError';
  }
}

function didYouMean(id: string, known: Iterable<string>): string {
  const guess = closest(id, known);
  return guess ? `did you mean "${guess}"?` : '';
}

/** Checks every id the options name against the outline; returns every problem, not just the first. */
export function validateDeckOptions(outline: Outline, options: ResolvedDeckOptions): OptionProblem[] {
  const problems: OptionProblem[] = [];
  const groupIds = outline.groups.map((group) => group.id);
  const slideGroup = new Map(outline.groups.flatMap((group) => group.slides.map((slide) => [slide.id, group.id] as const)));
  // A group's opening slide shares the group's id: each id is listed once.
  const allIds = [...new Set([...groupIds, ...slideGroup.keys()])];
  const unknown = (path: OptionProblem['path'], id: string, known: string[], what: string, where = ''): void => {
    const guess = didYouMean(id, known);
    problems.push({
      path,
      message: `unknown ${what} id "${id}"${where}${guess ? `: ${guess}` : ''}`,
      hint: `Valid ${what} ids${where}: ${known.join(', ')} (\`briefdeck outline\` lists them).`,
    });
  };
  const seen = new Set<string>();
  options.order.forEach((id, i) => {
    if (!groupIds.includes(id)) {
      const group = slideGroup.get(id);
      if (group) {
        problems.push({
          path: ['order', i],
          message: `"${id}" is a slide of group "${group}", not a group`,
          hint: `Order slides within a group under \`slides: { ${group}: [...] }\`.`,
        });
      } else unknown(['order', i], id, groupIds, 'group');
    } else if (seen.has(id)) {
      problems.push({ path: ['order', i], message: `group "${id}" is listed twice in order`, hint: 'List each group once.' });
    }
    seen.add(id);
  });
  for (const [groupId, slideIds] of Object.entries(options.slides)) {
    const group = outline.groups.find((g) => g.id === groupId);
    if (!group) {
      unknown(['slides', groupId], groupId, groupIds, 'group');
      continue;
    }
    const own = group.slides.map((slide) => slide.id);
    const seenSlides = new Set<string>();
    slideIds.forEach((id, i) => {
      if (!own.includes(id)) {
        const other = slideGroup.get(id);
        if (other) {
          problems.push({
            path: ['slides', groupId, i],
            message: `slide "${id}" belongs to group "${other}", not "${groupId}"`,
            hint: `Move it under \`slides: { ${other}: [...] }\`; slides are reordered within their group.`,
          });
        } else unknown(['slides', groupId, i], id, own, 'slide', ` in group "${groupId}"`);
      } else if (seenSlides.has(id)) {
        problems.push({ path: ['slides', groupId, i], message: `slide "${id}" is listed twice`, hint: 'List each slide once.' });
      }
      seenSlides.add(id);
    });
  }
  const hidden = new Set<string>();
  options.hide.forEach((id, i) => {
    if (!allIds.includes(id)) unknown(['hide', i], id, allIds, 'group or slide');
    else if (hidden.has(id)) problems.push({ path: ['hide', i], message: `"${id}" is listed twice in hide`, hint: 'List each id once.' });
    hidden.add(id);
  });
  for (const id of Object.keys(options.titles)) {
    if (!allIds.includes(id)) unknown(['titles', id], id, allIds, 'group or slide');
  }
  const shown = outline.groups.some((group) => !hidden.has(group.id) && group.slides.some((slide) => !hidden.has(slide.id)));
  if (problems.length === 0 && !shown) {
    problems.push({
      path: ['hide'],
      message: 'every slide is hidden: the deck would be empty',
      hint: 'Hide fewer groups or slides (--hide, or hide: in deck.yaml); `briefdeck outline` lists them.',
    });
  }
  return problems;
}

/**
 * Moves the listed items, in the listed order, into the places those items had; every
 * other item keeps its place. `[a b c d]` with `[d b]` → `[a d c b]`.
 */
export function partialOrder<T>(items: readonly T[], ids: readonly string[], idOf: (item: T) => string): T[] {
  const listed = ids.filter((id, i) => ids.indexOf(id) === i && items.some((item) => idOf(item) === id));
  const places = items.flatMap((item, i) => (listed.includes(idOf(item)) ? [i] : []));
  const result = [...items];
  listed.forEach((id, k) => {
    const place = places[k];
    const item = items.find((candidate) => idOf(candidate) === id);
    if (place !== undefined && item !== undefined) result[place] = item;
  });
  return result;
}

/** Seconds a slide takes to present: its notes at the speaking rate, or a fixed pause. */
export function speakingSeconds(slide: OutlineSlide, wordsPerMinute: number): number {
  const spoken = notesWordCount(slide);
  if (spoken > 0) return Math.max(15, Math.round((spoken / wordsPerMinute) * 60));
  if (slide.layout === 'title' || slide.layout === 'overview') return 30;
  return Math.max(10, Math.round((wordCount(slide.bullets.map((b) => b.text).join(' ')) / wordsPerMinute) * 60));
}

/** Scales integer seconds so they sum to `total` exactly (largest remainders get the spare seconds). */
export function scaleSeconds(seconds: readonly number[], total: number): number[] {
  const sum = seconds.reduce((a, b) => a + b, 0);
  if (sum === 0 || seconds.length === 0) return [...seconds];
  const exact = seconds.map((s) => (s * total) / sum);
  const floored = exact.map((value) => Math.max(1, Math.floor(value)));
  let spare = total - floored.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder);
  for (let k = 0; spare > 0 && order.length > 0; k = (k + 1) % order.length, spare--) {
    const index = order[k]?.i ?? 0;
    floored[index] = (floored[index] ?? 0) + 1;
  }
  return floored;
}

/** Outline + options → Deck: order, hidden slides, titles, timing. Throws DeckOptionsError on bad ids. */
export function buildDeck(outline: Outline, options: ResolvedDeckOptions): Deck {
  const problems = validateDeckOptions(outline, options);
  if (problems.length > 0) throw new DeckOptionsError(problems);
  const hide = new Set(options.hide);
  const title = (id: string, fallback: string): string => options.titles[id] ?? fallback;
  const groups: DeckGroup[] = partialOrder(outline.groups, options.order, (group) => group.id).map((group) => {
    const slides = partialOrder(group.slides, options.slides[group.id] ?? [], (slide) => slide.id);
    return {
      id: group.id,
      kind: group.kind,
      title: title(group.id, group.title),
      hidden: hide.has(group.id),
      slides: slides.map(
        (slide): DeckSlide => ({
          ...slide,
          // A section's opening slide shows the group's title unless the slide has its own override.
          title: title(slide.id, slide.id === group.id ? title(group.id, slide.title) : slide.title),
          hidden: hide.has(group.id) || hide.has(slide.id),
          seconds: speakingSeconds(slide, options.wordsPerMinute),
        }),
      ),
    };
  });
  const visible = groups.flatMap((group) => group.slides.filter((slide) => !slide.hidden));
  if (options.minutes !== null && options.minutes > 0) {
    const scaled = scaleSeconds(
      visible.map((slide) => slide.seconds),
      Math.round(options.minutes * 60),
    );
    visible.forEach((slide, i) => {
      slide.seconds = scaled[i] ?? slide.seconds;
    });
  }
  const { width, height } = ASPECTS[options.aspect];
  return {
    meta: { ...outline.meta, title: options.titles.title ?? outline.meta.title },
    groups,
    totalSeconds: visible.reduce((sum, slide) => sum + slide.seconds, 0),
    theme: options.theme,
    width,
    height,
    lang: options.lang ?? outline.meta.language ?? 'en',
  };
}
