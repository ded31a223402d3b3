import { describe, expect, it } from 'vitest';
import { partialOrder } from '../../src/deck/build.js';
import { minimalOrder, moveId } from '../../src/deck/reorder.js';

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('moveId (drop X before or after Y)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];

  it('puts the item next to the target, on the side it was dropped', () => {
    expect(moveId(ids, 'e', 'b', 'before')).toEqual(['a', 'e', 'b', 'c', 'd']);
    expect(moveId(ids, 'e', 'b', 'after')).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(moveId(ids, 'a', 'd', 'before')).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(moveId(ids, 'a', 'e', 'after')).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(moveId(ids, 'c', 'b', 'after')).toEqual(ids);
    expect(moveId(ids, 'c', 'd', 'before')).toEqual(ids);
  });

  it('refuses ids that are not in the list, or a drop on itself', () => {
    expect(() => moveId(ids, 'x', 'a', 'before')).toThrow(RangeError);
    expect(() => moveId(ids, 'a', 'x', 'before')).toThrow(RangeError);
    expect(() => moveId(ids, 'a', 'a', 'after')).toThrow(RangeError);
  });
});

describe('minimalOrder (what deck.yaml must list)', () => {
  it('lists only the items that moved, in their new order', () => {
    const groups = ['title', 'context', 'overview', 'change-the-channel', 'invite-friends', 'go-public', 'conclusion', 'about'];
    const wanted = ['title', 'context', 'overview', 'go-public', 'change-the-channel', 'invite-friends', 'conclusion', 'about'];
    expect(minimalOrder(groups, wanted)).toEqual(['go-public', 'change-the-channel', 'invite-friends']);
    expect(minimalOrder(groups, groups)).toEqual([]);
  });

  it('gives back every wanted order through partialOrder (all 720 orders of six items)', () => {
    const original = ['a', 'b', 'c', 'd', 'e', 'f'];
    const all = permutations(original);
    expect(all).toHaveLength(720);
    for (const wanted of all) {
      const listed = minimalOrder(original, wanted);
      expect(partialOrder(original, listed, (id) => id)).toEqual(wanted);
      // Nothing shorter would do: every listed item is out of its original place.
      expect(listed.every((id) => original.indexOf(id) !== wanted.indexOf(id))).toBe(true);
    }
  });

  it('refuses a wanted order that is not a reordering of the original', () => {
    expect(() => minimalOrder(['a', 'b'], ['a'])).toThrow(RangeError);
    expect(() => minimalOrder(['a', 'b'], ['a', 'c'])).toThrow(RangeError);
  });
});
