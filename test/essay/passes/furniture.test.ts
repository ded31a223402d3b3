import { describe, expect, it } from 'vitest';
import { excerpt } from '../../helpers/excerpt.js';

/** A short line kept between two lines of the page's furniture is furniture too (src/essay/passes/furniture.ts). */
describe('furniture', () => {
  it('removes an events list’s line kept between two removed ones, not the text above them (The Conversation, the whole page)', () => {
    const { removed, body } = excerpt('tuning/aq-theconversation-storm-ciaran', [1, 142]);
    // "StellenboschX: Freedom of expression … — Cape Town, Western Cape", between "Editing for Beginner … — Cape Town,
    // Western Cape" (a menu's line) and "JOURNALISM AS SELF-DEFENSE: … — Cape Town, Western Cape" (outside the article).
    expect(removed.has(105)).toBe(true);
    expect(removed.has(109)).toBe(true);
    expect(removed.has(107)).toBe(true);
    expect(body).not.toContain(107);
    expect(body.length).toBeGreaterThan(10);
  });

  it('removes a blog’s blurb between a caption and its menu (Experimental History, line 121)', () => {
    const { removed } = excerpt('tuning/ba-experimentalhistory-science-reform', [1, 207]);
    expect(removed.has(121)).toBe(true);
  });
});
