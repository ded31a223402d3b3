import { describe, expect, it } from 'vitest';
import { quotationsOf } from '../../src/outline/quotations.js';

const of = (...texts: string[]) => quotationsOf(texts.map((text) => ({ text })));

/** Sentences as the splitter cuts them from real paragraphs (The Space Review, The New Republic, BBC, Politifact). */
describe('quotationsOf', () => {
  it('joins the sentences of a quotation opened and closed in the paragraph', () => {
    const spans = of(
      '“If we don’t have the additional rockets, then we’re not going to be able to achieve the goal.',
      'Btu we’re confident we’ll have those rockets.”',
      'NASA has not said which.',
    );
    expect(spans).toEqual([{ first: 0, last: 1, whole: true }, { first: 0, last: 1, whole: true }, undefined]);
  });

  it('leaves a quotation inside one sentence alone', () => {
    expect(of('Under Ronald Reagan, William Niskanen writes, “no major federal programs … were abolished.”', 'Next.')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('marks a quotation closed here but opened in an earlier paragraph as not whole, from its first sentence', () => {
    expect(of('A few more years.', 'Things are happening fast, maybe a bit too fast.”', 'Then the vote.')).toEqual([
      { first: 0, last: 1, whole: false },
      { first: 0, last: 1, whole: false },
      undefined,
    ]);
  });

  it('marks a quotation still open at the paragraph’s end as not whole', () => {
    expect(of('It was quiet.', 'A Malaysian man nearby was less hesitant: “It’s boring!', 'Definitely nothing special.')).toEqual([
      undefined,
      { first: 1, last: 2, whole: false },
      { first: 1, last: 2, whole: false },
    ]);
  });

  it('reads straight marks as opening outside a quotation and closing inside one', () => {
    expect(of('"If the U.S. imposes a tariff on Chinese televisions, the duty is paid to U.S.', 'Customs," he said.')).toEqual([
      { first: 0, last: 1, whole: true },
      { first: 0, last: 1, whole: true },
    ]);
  });
});

/** Sentences of Geschichte der Gegenwart's German essay (aj-gdg-foucault-pandemie, lines 71 and 87), as the splitter cuts them. */
describe('quotationsOf: German quotation marks', () => {
  it('reads „…“ as one quotation inside its sentence, not one opened and left open', () => {
    expect(of('Die Begriffe „Biomacht“ und „Biopolitik“ sind zu verlockend.', 'Sie wirken wie das Stichwort der Stunde.')).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('joins the sentences of a German quotation opened and closed in the paragraph', () => {
    expect(
      of('Foucault schreibt: „Jeder ist an seinen Platz gebunden.', 'Wer sich rührt, riskiert sein Leben.“', 'Dann folgt das Modell.'),
    ).toEqual([{ first: 0, last: 1, whole: true }, { first: 0, last: 1, whole: true }, undefined]);
  });
});
