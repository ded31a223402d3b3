import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDeck, DeckOptionsError, partialOrder, scaleSeconds, validateDeckOptions } from '../../src/deck/build.js';
import { resolveDeckOptions } from '../../src/deck/options.js';
import { essayToOutline } from '../../src/pipeline.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const { outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
const ids = (deck: ReturnType<typeof buildDeck>) => deck.groups.map((g) => g.id);

describe('partialOrder', () => {
  it('puts the listed items, in order, into the places they had', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(partialOrder(items, ['d', 'b'], (x) => x)).toEqual(['a', 'd', 'c', 'b', 'e']);
    expect(partialOrder(items, [], (x) => x)).toEqual(items);
    expect(partialOrder(items, ['e', 'd', 'c', 'b', 'a'], (x) => x)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});

describe('buildDeck', () => {
  it('keeps the outline order by default, with stable ids', () => {
    const deck = buildDeck(outline, resolveDeckOptions());
    expect(ids(deck)).toEqual(['title', 'context', 'overview', 'change-the-channel', 'invite-friends', 'go-public', 'conclusion', 'about']);
  });

  it('reorders the approaches in the places they had, leaving the rest put', () => {
    const deck = buildDeck(outline, resolveDeckOptions({ order: ['go-public', 'change-the-channel', 'invite-friends'] }));
    expect(ids(deck)).toEqual(['title', 'context', 'overview', 'go-public', 'change-the-channel', 'invite-friends', 'conclusion', 'about']);
  });

  it('hides groups and slides without dropping them, and applies title overrides', () => {
    const slideId = outline.groups.find((g) => g.id === 'invite-friends')?.slides[1]?.id as string;
    const deck = buildDeck(outline, resolveDeckOptions({ hide: ['about', slideId], titles: { 'go-public': 'Make a Public Offer' } }));
    const about = deck.groups.find((g) => g.id === 'about');
    expect(about?.hidden).toBe(true);
    expect(about?.slides.every((s) => s.hidden)).toBe(true);
    expect(deck.groups.flatMap((g) => g.slides).find((s) => s.id === slideId)?.hidden).toBe(true);
    const goPublic = deck.groups.find((g) => g.id === 'go-public');
    expect(goPublic?.title).toBe('Make a Public Offer');
    expect(goPublic?.slides[0]?.title).toBe('Make a Public Offer');
  });

  it('scales slide timings to the target duration exactly', () => {
    const deck = buildDeck(outline, resolveDeckOptions({ minutes: 20, hide: ['about'] }));
    const visible = deck.groups.flatMap((g) => g.slides).filter((s) => !s.hidden);
    expect(visible.reduce((sum, s) => sum + s.seconds, 0)).toBe(1200);
    expect(deck.totalSeconds).toBe(1200);
  });

  it('rejects unknown, duplicate and misplaced ids, suggesting the closest', () => {
    const problems = validateDeckOptions(
      outline,
      resolveDeckOptions({
        order: ['go-publc', 'invite-friends', 'invite-friends'],
        slides: { 'go-public': ['change-the-channel-primary-objective'] },
        hide: ['abuot'],
      }),
    );
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['order.0', 'unknown group id "go-publc": did you mean "go-public"?'],
      ['order.2', 'group "invite-friends" is listed twice in order'],
      ['slides.go-public.0', 'slide "change-the-channel-primary-objective" belongs to group "change-the-channel", not "go-public"'],
      ['hide.0', 'unknown group or slide id "abuot": did you mean "about"?'],
    ]);
    expect(() => buildDeck(outline, resolveDeckOptions({ order: ['nope'] }))).toThrow(DeckOptionsError);
  });
});

describe('scaleSeconds', () => {
  it('sums to the total and keeps proportions', () => {
    const scaled = scaleSeconds([10, 20, 30, 40], 1000);
    expect(scaled.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(scaled).toEqual([100, 200, 300, 400]);
    expect(scaleSeconds([1, 1, 1], 100).reduce((a, b) => a + b, 0)).toBe(100);
  });
});
