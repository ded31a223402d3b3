/**
 * Pure list arithmetic behind drag-to-reorder: "drop X before/after Y" as a new full order,
 * and the shortest `order`/`slides` list that gives that order under `partialOrder`.
 */

export type Place = 'before' | 'after';

/**
 * `ids` with `id` taken out and put just before or after `target`. Both must be in `ids` and
 * differ; the caller checks this and reports unknown ids.
 */
export function moveId(ids: readonly string[], id: string, target: string, place: Place): string[] {
  if (id === target || !ids.includes(id) || !ids.includes(target)) throw new RangeError(`cannot move "${id}" next to "${target}"`);
  const rest = ids.filter((candidate) => candidate !== id);
  const at = rest.indexOf(target) + (place === 'after' ? 1 : 0);
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The shortest list that `partialOrder(original, list)` turns into `wanted`: the items that are
 * not in their original place, in their wanted order. They occupy the same set of places in both
 * orders (every other place holds the same item), so partialOrder puts them back exactly there.
 * An empty list means `wanted` is the original order. `wanted` must be a permutation of `original`.
 */
export function minimalOrder(original: readonly string[], wanted: readonly string[]): string[] {
  if (original.length !== wanted.length || [...original].sort().join('\n') !== [...wanted].sort().join('\n')) {
    throw new RangeError('the wanted order must hold the same ids as the original');
  }
  return wanted.filter((id, i) => original[i] !== id);
}
