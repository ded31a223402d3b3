import { describe, expect, it } from 'vitest';
import { nounPhrases } from '../../src/essay/phrases.js';
import { winkTagger } from '../../src/essay/tagger.js';
import { functionWordTagger, readsLanguage, taggerFor } from '../../src/essay/word-tagger.js';

/** Phrases of a sentence as the slide titles see them, in its language. Sentences from the tuning essays. */
const phrases = (language: string, text: string): string[] => nounPhrases(functionWordTagger(language)(text)).map((phrase) => phrase.text);

describe('functionWordTagger', () => {
  it('reads German nouns by their capital, and their genitive with them (Makronom)', () => {
    expect(phrases('de', 'Im Auftrag des Umweltbundesamts wurden in der Studie neue Indikatoren entwickelt.')).toContain(
      'Auftrag des Umweltbundesamts',
    );
  });

  it('ends a German phrase on its noun: a word in lower case after a noun is its verb (Makronom)', () => {
    const found = phrases(
      'de',
      'Zirkuläres Wirtschaften und die entsprechende ressourcenpolitische Rahmensetzung betreffen verschiedene Ressorts.',
    );
    expect(found).toContain('entsprechende ressourcenpolitische Rahmensetzung');
    expect(found.some((text) => /betreffen/.test(text))).toBe(false);
  });

  it('opens no German phrase with a word in small letters ending in -en or -em, an adjective declined after an article or a preposition, or a verb: no title "Vorzeitigen Parlamentswahlen", "Sogenannten Münchner Abkommen" (Konrad-Adenauer-Stiftung, Tichys Einblick)', () => {
    const kas = phrases('de', 'Zaev wiederholte noch einmal den Standpunkt, dass es keine vorzeitigen Parlamentswahlen geben sollte.');
    expect(kas.some((text) => /^vorzeitigen/.test(text))).toBe(false);
    expect(kas).toContain('Parlamentswahlen');
    const tichy = phrases(
      'de',
      'Nicht einmal ein Jahr nach dem sogenannten Münchner Abkommen dann steckten die Deutschen unter Hitlers Führung ganz Europa in Brand.',
    );
    expect(tichy).toContain('Münchner Abkommen');
    expect(tichy.some((text) => /^sogenannten/.test(text))).toBe(false);
    // (An adjective in an ending a title may open with stays: "entsprechende … Rahmensetzung" above; this sentence is written for the test.)
    expect(phrases('de', 'Die Regierung plant eine vorläufige Lösung.')).toContain('vorläufige Lösung');
  });

  it('takes no phrase a negation denies, in any language: each titled a slide with the opposite of its sentence (tuning essays: OSW, KAS, l’Opinion, Reset, Jungle World)', () => {
    const denied = [
      ['pl', 'Nie brzmi wiarygodnie prezentowana obecnie przez niego teza.', /^brzmi wiarygodnie/i],
      ['de', 'Das Ergebnis ist den Koalitionspartnern geschuldet, aber keine alleinige Erklärung.', /^alleinige Erklärung/],
      ['fr', 'Or, l’entreprise n’a pas développé des plantes résistantes à la sécheresse.', /^développé/],
      ['de', 'Diese Kennzahlen zeigen, dass digitale Werbung nicht gleich digitale Werbung ist.', /^gleich digitale Werbung/],
      ['de', 'Die nicht existierende russische wirtschaftliche Konkurrenz muss auch niemand ausschalten.', /^existierende/],
    ] as const;
    for (const [language, sentence, title] of denied)
      expect(
        phrases(language, sentence).some((text) => title.test(text)),
        sentence,
      ).toBe(false);
    // (The same phrase with no negation before it stays.)
    expect(phrases('fr', 'L’entreprise a développé des plantes résistantes à la sécheresse.')).toContain(
      'développé des plantes résistantes',
    );
  });

  it('takes no sentence’s first word in Spanish, a verb or an adverb there (IMPLAN Torreón)', () => {
    const found = phrases(
      'es',
      'Cruzar de forma segura es difícil. Además, trata de impulsar el uso de la bicicleta como medio de transporte.',
    );
    expect(found.some((text) => /^Cruzar/.test(text))).toBe(false);
    expect(found).toContain('uso de la bicicleta');
  });

  it('reads Dutch function words out of phrases (Developer Overheid)', () => {
    const found = phrases('nl', "De kosten van zo'n migratie zijn dus erg hoog. Je voorkomt dat je in de houdgreep komt.");
    expect(found).toContain("kosten van zo'n migratie");
    expect(found.some((text) => /\bje\b/i.test(text))).toBe(false);
  });

  it('ends no Dutch phrase on a verb or an adverb: "gegevens mochten", "dagen gelanceerd", "daarna precies" (Alper, NRC.next)', () => {
    const found = phrases(
      'nl',
      'We kunnen dat hier ook maken als we bij de gegevens mochten. Volwaardige applicaties waar wij jaren op moeten wachten worden daar binnen enkele dagen gelanceerd. Hoe ik daarna precies moet lopen of fietsen.',
    );
    expect(found).toContain('Volwaardige applicaties');
    expect(found.some((text) => /\b(?:mochten|gelanceerd|daarna|precies)\b/.test(text))).toBe(false);
  });

  it('reads French function words and elisions out of phrases: "Le danger est", "Écrit l’agence" are none (L’Opinion)', () => {
    const found = phrases(
      'fr',
      'Pour prendre une image, le danger est de tomber. « Il n’est pas cancérogène », écrit l’agence. Celles-ci attribuent leur maladie à l’usage de l’herbicide Round up.',
    );
    expect(found).toContain('usage de l’herbicide Round up');
    // (An elided word is a function word too: no phrase ends on "n’" of "Monsanto n’a".)
    expect(phrases('fr', 'Depuis le rachat, Monsanto n’a cessé de défendre son herbicide.').some((text) => /n’$/.test(text))).toBe(false);
    expect(found.some((text) => /^(?:le|l’|écrit|à)\b/i.test(text) || /\best$/.test(text))).toBe(false);
  });

  it('reads the forms of "être" and "avoir" of every person and common adverbs out of French phrases: "sommes parfois perçus" is none (beta.gouv.fr)', () => {
    const found = phrases(
      'fr',
      'Notre mission n’est pas de transformer l’État en startup, mais c’est pourtant ainsi que nous sommes parfois perçus.',
    );
    expect(found.some((text) => /\b(?:sommes|parfois)\b/.test(text))).toBe(false);
    expect(found).toContain('mission');
  });

  it('reads prepositions made of a noun and adverbs out of phrases: no title "Través del Clout", "Sensación de inseguridad debido", "Systématique autour", "Selbst gesicherte Erkenntnisse" (Página/12, IMPLAN Torreón, FabMob, Die Tagespost)', () => {
    const pagina = phrases(
      'es',
      'Nuestra existencia virtual, presencial, androide o semi humana tiene que justificarse y eso se hace a través del Clout.',
    );
    expect(pagina.some((text) => /través/.test(text))).toBe(false);
    const implan = phrases(
      'es',
      'Lo que hace que no se disfrute, ni se viva la calle; al tener una sensación de inseguridad debido a que la circulación de los vehículos genera un ambiente poco agradable.',
    );
    expect(implan).toContain('sensación de inseguridad');
    const fabmob = phrases(
      'fr',
      "Il propose ensuite une vision prospective sur les façons dont pourrait s'incarner une politique publique française et européenne plus ambitieuse et systématique autour des communs numériques.",
    );
    expect(fabmob.some((text) => /autour/.test(text))).toBe(false);
    const tagespost = phrases('de', 'Selbst gesicherte Erkenntnisse zu SARS-CoV-2 werden mitunter falsch interpretiert.');
    expect(tagespost.some((text) => /^Selbst/.test(text))).toBe(false);
  });

  it('reads every possessive out of German phrases: no title "Meines Wissens" (Stadt Ulm)', () => {
    const ulm = phrases('de', 'Das Sharing mehrerer Screens gleichzeitig geht aber meines Wissens hier nicht.');
    expect(ulm.some((text) => /meines/i.test(text))).toBe(false);
  });

  it('is the title tagger of the languages it reads, and English keeps its model', () => {
    expect(readsLanguage('de')).toBe(true);
    expect(readsLanguage('fr')).toBe(true);
    expect(readsLanguage('en')).toBe(false);
    expect(taggerFor('en')).toBe(winkTagger);
    expect(taggerFor(null)).toBe(winkTagger);
    expect(taggerFor('es')).not.toBe(winkTagger);
  });
});
