/**
 * How many slides a deck gets. A briefing runs at about one slide a minute and a bit: the
 * title, overview and section slides pass quickly, a key-point slide holds the floor for a
 * minute or two. With a talk length (`minutes:` in deck.yaml, `--minutes`) the budget follows
 * from it; without one, the talk is as long as its notes take to say (at the deck's default
 * speaking rate), within a briefing's bounds.
 */

/** Slides a minute of talk: 20 minutes → 25 slides. */
export const SLIDES_PER_MINUTE = 1.25;
/** Without a talk length, a minute of talk for this many words of notes: the deck's default speaking rate. */
export const ESSAY_WORDS_PER_MINUTE = 130;
/** Without a talk length, the talk is at least this long… */
export const MIN_DEFAULT_MINUTES = 5;
/** …and at most this long. */
export const MAX_DEFAULT_MINUTES = 30;

export interface Budget {
  /** Talk length the budget is made for. */
  minutes: number;
  /** Most slides the deck should have (the title, overview and section slides included). */
  slides: number;
  /** `minutes`: given by deck.yaml or the CLI; `length`: chosen from the essay's length. */
  basis: 'minutes' | 'length';
}

export function slideBudget(bodyWords: number, minutes?: number | null): Budget {
  if (minutes && minutes > 0) return { minutes, slides: Math.max(1, Math.round(minutes * SLIDES_PER_MINUTE)), basis: 'minutes' };
  const chosen = Math.min(MAX_DEFAULT_MINUTES, Math.max(MIN_DEFAULT_MINUTES, Math.round(bodyWords / ESSAY_WORDS_PER_MINUTE)));
  return { minutes: chosen, slides: Math.round(chosen * SLIDES_PER_MINUTE), basis: 'length' };
}

/**
 * Shares `total` slides out among parts in proportion to their weights (the D'Hondt rule: each
 * next slide goes to the part with the most weight per slide it would then have), each part at
 * least `min[i]` and at most `max[i]`.
 */
export function share(total: number, weights: readonly number[], min: readonly number[], max: readonly number[]): number[] {
  const counts = min.map((m, i) => Math.min(m, max[i] ?? m));
  for (let left = total - counts.reduce((sum, n) => sum + n, 0); left > 0; left--) {
    let best = -1;
    weights.forEach((weight, i) => {
      if ((counts[i] ?? 0) >= (max[i] ?? 0)) return;
      if (best < 0 || weight / ((counts[i] ?? 0) + 1) > (weights[best] ?? 0) / ((counts[best] ?? 0) + 1)) best = i;
    });
    if (best < 0) break;
    counts[best] = (counts[best] ?? 0) + 1;
  }
  return counts;
}
