import { describe, expect, it } from 'vitest';
import { parseEssay } from '../../src/essay/parse.js';
import type { Essay, Sentence } from '../../src/types.js';

/** Every sentence of the body, in order. */
const sentencesOf = (essay: Essay): Sentence[] =>
  [...essay.intro, ...essay.sections.flatMap((section) => section.paragraphs), ...(essay.conclusion?.paragraphs ?? [])].flatMap(
    (paragraph) => paragraph.sentences,
  );
const stressed = (markdown: string): string[] =>
  sentencesOf(parseEssay({ path: 'essay.md', text: markdown }))
    .filter((sentence) => sentence.stressed)
    .map((sentence) => sentence.text);

describe('EssayState.paragraph: the sentences an author set in bold (presenter review B)', () => {
  const opening = '# A title of a post\n\nA first paragraph that sets the scene for the reader, as posts do, in a sentence or so.\n\n';

  it('marks a sentence in bold, whole or a phrase of four words or more of it (beta.gouv.fr; Anil Dash)', () => {
    const text = `${opening}**Mais, progressivement, je me suis rendu compte que cette [« novlangue »](https://fr.wikipedia.org/wiki/Novlangue) nous desservait**. D’abord parce qu’elle s’ajoute au langage impénétrable de la bureaucratie.\n\nTo summarize these three points: **Tech companies are making people worry about their jobs and feel creeped out, without offering the chance to benefit and profit from tech success.** That doesn’t mean people hate consumer technology.\n`;
    expect(stressed(text)).toEqual([
      'Mais, progressivement, je me suis rendu compte que cette « novlangue » nous desservait.',
      'To summarize these three points: Tech companies are making people worry about their jobs and feel creeped out, without offering the chance to benefit and profit from tech success.',
    ]);
  });

  it('marks no bold label a sentence opens with, no bold term of a word or three, no quotation’s credit in bold (Hendler; Open Web Advocacy)', () => {
    const text = `${opening}**Designing an Expandable Utility Function:** To accommodate the evolving nature of human values and societal changes, the AI system should be flexible.\n\nThe **hotseat** refers to the set of app icons located on the dock at the bottom of the home screen.\n\n> Alphabet is undermining the browser choice screen if it leaves Chrome in the dock after a user has chosen an alternative browser.\n> <cite><strong>Sébastien Pant - The European Consumer Organisation (BEUC)</strong></cite>\n`;
    expect(stressed(text)).toEqual([]);
  });

  it('marks nothing in a page copy, where asterisks are the text’s own', () => {
    const text =
      'A title of a post\n\nA first paragraph that sets the scene for the reader, as posts do, in a sentence or so.\n\nWe wrote **this is not bold in a page copy at all** here, as it was copied.\n';
    expect(stressed(text)).toEqual([]);
  });
});
