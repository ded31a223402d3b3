/**
 * The language an essay is written in, read from its commonest words: each language's function
 * words (articles, pronouns, prepositions, conjunctions) make up a large share of any text in it
 * and a small one of a text in another. Enough to label a deck and its few words of its own
 * ("Context", "1 of 5", the date); no more.
 */

/** Function words, fifteen or so a language; the few two languages share ("que", "para", "como") count for both. */
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'it', 'with', 'for', 'this', 'are', 'was', 'be', 'have'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'auch', 'ein', 'eine', 'dem', 'den'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'por', 'con', 'para', 'una', 'es', 'se', 'lo', 'como', 'pero'],
  it: ['il', 'di', 'che', 'gli', 'della', 'per', 'non', 'sono', 'è', 'nel', 'alla', 'anche', 'degli', 'delle', 'questo'],
  pt: ['o', 'os', 'da', 'do', 'das', 'dos', 'não', 'uma', 'em', 'com', 'para', 'mais', 'como', 'ao', 'foi'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'dat', 'zijn', 'ook', 'voor', 'met', 'wordt', 'op', 'bij', 'maar', 'aan'],
  pl: [
    'w',
    'z',
    'się',
    'jest',
    'że',
    'oraz',
    'przez',
    'dla',
    'już',
    'czy',
    'które',
    'który',
    'została',
    'także',
    'jako',
    'na',
    'nie',
    'od',
    'ale',
    'tego',
    'jego',
  ],
};

const LANGUAGE_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS))
  for (const word of words) LANGUAGE_OF.set(word, [...(LANGUAGE_OF.get(word) ?? []), language]);

/** Words read: the opening of a long text says its language as well as the whole. */
const SAMPLE_WORDS = 5000;
/** Fewer function words than this share of the words: no language of the list (or too little text to tell). */
const MIN_SHARE = 0.08;
/** The first language must lead the second by this factor. */
const MIN_LEAD = 2;

/** The essay's language as a language tag (`en`, `de`, `fr`, `es`, `it`, `pt`, `nl`, `pl`), or null when unsure. */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const match of text.matchAll(/\p{L}+/gu)) {
    if (total >= SAMPLE_WORDS) break;
    total++;
    for (const language of LANGUAGE_OF.get(match[0].toLowerCase()) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!first || first[1] < total * MIN_SHARE || first[1] < (second?.[1] ?? 0) * MIN_LEAD) return null;
  return first[0];
}

/** The words a deck says of its own, in one language. */
export interface DeckLabels {
  context: string;
  overview: string;
  conclusion: string;
  aboutAuthor: string;
  aboutAuthors: string;
  /** The closing slide of an essay without a bio, which cites it: its title, writers, publication and date. */
  source: string;
  /** A group's place among the groups: "2 of 5". */
  place: (index: number, count: number) => string;
  /** The talk's length, given as "12 min": "12 min in all". */
  inAll: (duration: string) => string;
  /** After the title of a slide that goes on from the one before: "(continued)". */
  continued: string;
  /** A slide's title when its text names nothing better. */
  keyPoints: string;
  /** The word before the last of the writers' names, `last`: "Jane Doe and John Roe". */
  and: (last: string) => string;
  /** The writers a title slide does not name, counted: "… and 147 others". */
  others: (count: number) => string;
}

const LABELS: Record<string, DeckLabels> = {
  en: {
    context: 'Context',
    overview: 'Overview',
    conclusion: 'Conclusion',
    aboutAuthor: 'About the author',
    aboutAuthors: 'About the authors',
    source: 'Source',
    place: (i, n) => `${i} of ${n}`,
    inAll: (d) => `${d} in all`,
    continued: '(continued)',
    keyPoints: 'Key points',
    and: () => 'and',
    others: (n) => `${n} others`,
  },
  de: {
    context: 'Kontext',
    overview: 'Überblick',
    conclusion: 'Fazit',
    aboutAuthor: 'Über den Autor',
    aboutAuthors: 'Über die Autoren',
    source: 'Quelle',
    place: (i, n) => `${i} von ${n}`,
    inAll: (d) => `${d} insgesamt`,
    continued: '(Fortsetzung)',
    keyPoints: 'Kernpunkte',
    and: () => 'und',
    others: (n) => `${n} weitere`,
  },
  fr: {
    context: 'Contexte',
    overview: 'Aperçu',
    conclusion: 'Conclusion',
    aboutAuthor: 'À propos de l’auteur',
    aboutAuthors: 'À propos des auteurs',
    source: 'Source',
    place: (i, n) => `${i} sur ${n}`,
    inAll: (d) => `${d} au total`,
    continued: '(suite)',
    keyPoints: 'Points clés',
    and: () => 'et',
    others: (n) => `${n} autres`,
  },
  es: {
    context: 'Contexto',
    overview: 'Resumen',
    conclusion: 'Conclusión',
    aboutAuthor: 'Sobre el autor',
    aboutAuthors: 'Sobre los autores',
    source: 'Fuente',
    place: (i, n) => `${i} de ${n}`,
    inAll: (d) => `${d} en total`,
    continued: '(continuación)',
    keyPoints: 'Puntos clave',
    // (Spanish writes "e" for "y" before a word that opens with the sound "i": "Ana e Ignacio", "Ana e Hilda".)
    and: (last) => (/^h?i(?![aeouáéóú])/i.test(last) ? 'e' : 'y'),
    others: (n) => `${n} más`,
  },
  it: {
    context: 'Contesto',
    overview: 'Panoramica',
    conclusion: 'Conclusione',
    aboutAuthor: 'L’autore',
    aboutAuthors: 'Gli autori',
    source: 'Fonte',
    place: (i, n) => `${i} di ${n}`,
    inAll: (d) => `${d} in tutto`,
    continued: '(continua)',
    keyPoints: 'Punti chiave',
    and: () => 'e',
    others: (n) => `altri ${n}`,
  },
  pt: {
    context: 'Contexto',
    overview: 'Visão geral',
    conclusion: 'Conclusão',
    aboutAuthor: 'Sobre o autor',
    aboutAuthors: 'Sobre os autores',
    source: 'Fonte',
    place: (i, n) => `${i} de ${n}`,
    inAll: (d) => `${d} no total`,
    continued: '(continuação)',
    keyPoints: 'Pontos-chave',
    and: () => 'e',
    others: (n) => `mais ${n}`,
  },
  nl: {
    context: 'Context',
    overview: 'Overzicht',
    conclusion: 'Conclusie',
    aboutAuthor: 'Over de auteur',
    aboutAuthors: 'Over de auteurs',
    source: 'Bron',
    place: (i, n) => `${i} van ${n}`,
    inAll: (d) => `${d} in totaal`,
    continued: '(vervolg)',
    keyPoints: 'Kernpunten',
    and: () => 'en',
    others: (n) => `${n} anderen`,
  },
  pl: {
    context: 'Kontekst',
    overview: 'Przegląd',
    conclusion: 'Wnioski',
    aboutAuthor: 'O autorze',
    aboutAuthors: 'O autorach',
    source: 'Źródło',
    place: (i, n) => `${i} z ${n}`,
    inAll: (d) => `${d} łącznie`,
    continued: '(cd.)',
    keyPoints: 'Najważniejsze punkty',
    and: () => 'i',
    others: (n) => `${n} innych`,
  },
};

/** The deck's own words in a language (its tag's first part: "de-CH" is German); English for any other. */
export function labelsFor(lang: string | null | undefined): DeckLabels {
  const base = (lang ?? 'en').toLowerCase().split('-')[0] ?? 'en';
  return LABELS[base] ?? (LABELS.en as DeckLabels);
}
