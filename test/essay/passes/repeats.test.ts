import { describe, expect, it } from 'vitest';
import { excerpt } from '../../helpers/excerpt.js';

/** The repeats pass: what a page repeats is the page's, not the essay's. */
describe('repeats pass: teaser cards', () => {
  it('takes cards in a row, each ending in its "Read More" link, for other posts, the first card too (Democracy Corps)', () => {
    const { essay, removed } = excerpt('tuning/x-democracycorps-100-days-out', [1, 40]);
    // "Most Popular" / "September 27, 2010" / "Making the Case on National..." / a teaser / "Read More", three times.
    for (const line of [13, 14, 15, 17, 18, 19, 21, 22, 23]) expect(removed.get(line), `line ${line}`).toBe('related');
    expect(essay.meta.title).toBe('100 Days Out: From Serious Vulnerability to a Wave Election');
    expect(essay.meta.date).toBe('2012-08-05');
  });
});
