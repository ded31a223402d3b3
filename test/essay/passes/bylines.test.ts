import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../../src/essay/parse.js';

/** The bylines pass: names standing alone next to a date or a job title. */
describe('bylines pass', () => {
  it('does not read a menu’s section over a plural label ("Auto Racing" / "Columnists") as a name and a role (Times Union page, lines as copied)', () => {
    // Lines 28-33, 120 and the first two paragraphs of the page as copied (scrapinghub/article-extraction-benchmark).
    const text = [
      'NFL',
      'NBA',
      'Golf',
      'Auto Racing',
      'Columnists',
      'Business',
      'PG&E begins new mass power shutoff over fire danger',
      'SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 people in 18 Northern and central California counties as the region faces extreme fire weather that’s lasted since October.',
      'A virtually rainless fall has left brush bone-dry and forecasts called for low humidity and winds gusting at times to 55 mph (88.5 kph), which might fling tree branches or other debris into power lines, causing sparks that could set catastrophic fires in the region, PG&E officials said.',
    ].join('\n');
    const essay = parseEssay({ path: 'essay.txt', text });
    expect(essay.meta.authors).toEqual([]);
    expect(essay.meta.title).toBe('PG&E begins new mass power shutoff over fire danger');
  });
});
