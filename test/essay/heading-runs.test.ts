import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import { excerpt } from '../helpers/excerpt.js';

/** Headings a page copy sets as a run: numbered lines, questions, long lines without a full stop. */
describe('heading runs', () => {
  it('takes lines numbered 1, 2, 3, 4 between paragraphs as the sections, however long (FiveThirtyEight)', () => {
    const { parts } = excerpt('tuning/e-fivethirtyeight-endorsement-race', [1, 95]);
    expect(parts.slice(0, 4)).toEqual([
      'Iowa and New Hampshire’s political classes aren’t excited about Biden or Bernie Sanders',
      'In Washington, centrist Democrats really don’t want Warren or Sanders … or Buttigieg or Klobuchar',
      'The billionaires are looking pretty good',
      'Many key parts of the Democratic coalition are divided or on the sidelines',
    ]);
  });

  it('takes lines numbered "#1", "#2" … as a list-style article numbers its parts, and a countdown "#3", "#2", "#1" (written for the test, in the form of the page sweep\'s listicles)', () => {
    const paragraph = (topic: string): string =>
      `The ${topic} approach looks at what happened and why it matters to the team, and it gives a clear answer that everyone can use. It takes a day or two.`;
    const essay = (marks: string[]): string[] =>
      parseEssay({
        path: 'listicle.txt',
        text: [
          'Three ways to read your data',
          '',
          paragraph('first'),
          '',
          ...marks.flatMap((mark, i) => [mark, '', paragraph(`part ${i} ${mark}`), '', paragraph(`more ${i} ${mark}`), '']),
        ].join('\n'),
      }).sections.map((section) => section.title);
    expect(essay(['#1 Descriptive analysis', '#2 Diagnostic analysis', '#3 Predictive analysis'])).toEqual([
      'Descriptive analysis',
      'Diagnostic analysis',
      'Predictive analysis',
    ]);
    expect(essay(['#3: Agoda', '#2: Priceline', '#1: Booking'])).toEqual(['Agoda', 'Priceline', 'Booking']);
    // (A stray number before it, no countdown of its own, does not keep the countdown from starting.)
    expect(essay(['#7 Why it matters', '#3: Agoda', '#2: Priceline', '#1: Booking']).slice(-3)).toEqual(['Agoda', 'Priceline', 'Booking']);
  });

  it('takes short questions standing alone before paragraphs as the sections (PolitiFact)', () => {
    const { parts } = excerpt('tuning/h-politifact-tariffs-guide', [75, 140]);
    expect(parts).toEqual(
      expect.arrayContaining([
        'Don’t tariffs produce revenue?',
        'How big an impact have the Trump tariffs had overall?',
        'What tariffs has the United States imposed?',
        'What are the major products or sectors that have suffered negative impacts from tariffs?',
      ]),
    );
  });

  it('leaves questions a paragraph apart in the text: the author asking them, not headings (Salon)', () => {
    const { parts, body } = excerpt('tuning/e-salon-sharing-economy-lie', [1, 190]);
    expect(body).toEqual(expect.arrayContaining([175, 179]));
    expect(parts.some((part) => part.endsWith('?'))).toBe(false);
  });

  it('takes a long line without a full stop between paragraphs as a heading, not a post quoted above its attribution (Vox)', () => {
    const { parts, body } = excerpt('tuning/e-vox-delhi-air-pollution', [1, 160]);
    expect(parts).toContain('Delhi officials are responding to the air pollution, but they are reluctant to take aggressive action');
    // "Delhi has turned into a gas chamber …", then "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019".
    expect(body).toContain(72);
    expect(parts.some((part) => part.startsWith('Delhi has turned'))).toBe(false);
  });

  it('finds a run in Markdown written a line to each paragraph, as an email saved as Markdown is (Silver Bulletin, Works in Progress)', () => {
    expect(excerpt('tuning/g-silverbulletin-political-violence', [1, 40]).parts).toContain(
      'People shrugged this off, but it’s not a good sign if this feels “normal”',
    );
    expect(excerpt('tuning/g-worksinprogress-british-nuclear', [1, 100]).parts).toEqual(
      expect.arrayContaining(['The original sin of British nuclear?', 'The premature death of UK nuclear?']),
    );
  });

  it('takes short statements set between long paragraphs, several spaced through the text, as the sections (New York magazine)', () => {
    const { parts } = excerpt('tuning/h-nymag-why-were-polarized', [1, 80]);
    expect(parts).toEqual(
      expect.arrayContaining(['Humanity had a traumatic childhood', 'The left is all right', 'Why the right’s gone wrong']),
    );
  });

  it('leaves two short statements between long paragraphs in the text: a writer’s asides, not a set of headings (Progressive Labor Party)', () => {
    const { parts, body } = excerpt('tuning/ah-plp-republic-constitutional-reform', [1, 100]);
    expect(body).toEqual(expect.arrayContaining([26, 87]));
    expect(parts).not.toContain('Neither major party has a program for significant constitutional and political change');
    expect(parts).not.toContain('The Senate would retain its present powers and functions');
  });

  it('takes lines lettered a., b., c. in order between paragraphs as headings, their letters left out of the titles (Roshan Rai)', () => {
    const { parts } = excerpt('tuning/ay-roshanrai-financial-literacy', [1, 54]);
    expect(parts).toEqual(
      expect.arrayContaining([
        'Reduce the risk of systemic failure of financial system',
        'Overall economic stability of the country',
        'Corporate Governance',
        'Financing Resource Gap',
        'Individuals’ Financial Stability',
      ]),
    );
  });
});
