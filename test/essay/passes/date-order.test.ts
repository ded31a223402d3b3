import { describe, expect, it } from 'vitest';
import { dayFirstPage, readDayFirst } from '../../../src/essay/dates.js';
import { parseEssay } from '../../../src/essay/parse.js';
import { page } from '../../helpers/pages.js';

/** A headline, its writer and the date written as two numbers, over the text: in Portuguese (Gazeta do Povo's layout), and in English. */
const PORTUGUESE = [
  'O que Pacheco pretende ao fazer acenos ao STF e propor limites ao indulto presidencial',
  'Por Rodolfo Costa',
  '03/05/2022 21:44',
  '',
  'O presidente do Senado, Rodrigo Pacheco, viu na graça presidencial concedida ao deputado uma oportunidade para se aproximar do Supremo Tribunal Federal. Para ele, não há como o Congresso ficar de fora da discussão.',
  '',
  'A proposta de limitar o indulto presidencial foi recebida com cautela pelos senadores da base do governo, que não querem comprar uma briga com o presidente em um ano de eleição.',
].join('\n');
const ENGLISH = [
  'What the Senate leader wants from the court',
  'By Rodolfo Costa',
  '03/05/2022 21:44',
  '',
  'The leader of the Senate saw in the pardon granted to the deputy a chance to move closer to the Supreme Court. For him, there is no way for Congress to stay out of the discussion.',
  '',
  'The proposal to limit the presidential pardon was received with caution by the senators of the government base, who do not want to pick a fight with the president in an election year.',
].join('\n');

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

  it('reads a date of two numbers day first on a page in another language than English (Gazeta do Povo: "03/05/2022 21:44")', () => {
    const essay = parseEssay({ path: 'pt.txt', text: PORTUGUESE });
    expect(essay.meta.language).toBe('pt');
    expect(essay.meta.date).toBe('2022-05-03');
    const english = parseEssay({ path: 'en.txt', text: ENGLISH });
    expect(english.meta.date).toBe('2022-03-05');
  });

  it('rereads only a date the line writes as two numbers that could each be the month', () => {
    expect(readDayFirst('Updated on 09/10/2025', '2025-09-10')).toBe('2025-10-09');
    expect(readDayFirst('Published: 27/05/2024', '2024-05-27')).toBeNull();
    expect(readDayFirst('May 24, 2018', '2018-05-24')).toBeNull();
  });
});
