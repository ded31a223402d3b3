import { describe, expect, it } from 'vitest';
import { dayFirstPage, readDayFirst } from '../../../src/essay/dates.js';
import { page } from '../../helpers/pages.js';

/** The date-order pass: a date written as two numbers, read in the order the page writes its dates. */
describe('date-order pass', () => {
  it('reads "Updated on 09/10/2025" day first on a page that writes "19/02/2025" too (Inria)', () => {
    expect(page('inria-internet-of-things').meta.date).toBe('2025-10-09');
  });

  it('reads a page’s dates day first only when one has a day past 12 and none a month-first day past 12', () => {
    // (Orient Software; Class Central's comments: "3/12/2021 at 1:48am", "3/16/2021 at 5:42am".)
    expect(dayFirstPage(['Published: 27/05/2024', '12/08/2023 '])).toBe(true);
    expect(dayFirstPage(['3/12/2021 at 1:48am', '3/16/2021 at 5:42am'])).toBe(false);
    expect(dayFirstPage(['Updated on 09/10/2025'])).toBe(false);
  });

  it('reads a date stamped with British time day first (The Telegraph: "Last Updated: 12:01am GMT 06/01/2008")', () => {
    expect(dayFirstPage(['Last Updated: 12:01am GMT 06/01/2008'])).toBe(true);
    expect(readDayFirst('Last Updated: 12:01am GMT 06/01/2008', '2008-06-01')).toBe('2008-01-06');
    expect(dayFirstPage(['Posted 06/01/2008 at 9:15am EST'])).toBe(false);
  });

  it('rereads only a date the line writes as two numbers that could each be the month', () => {
    expect(readDayFirst('Updated on 09/10/2025', '2025-09-10')).toBe('2025-10-09');
    expect(readDayFirst('Published: 27/05/2024', '2024-05-27')).toBeNull();
    expect(readDayFirst('May 24, 2018', '2018-05-24')).toBeNull();
  });
});
