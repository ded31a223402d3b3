import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/essay/sentences.js';
import { wordCount } from '../../src/essay/text.js';
import { bulletBudget, MAX_BULLET_WORDS, selectBullets } from '../../src/outline/bullets.js';
import { removeRemovableParts, splitClauses } from '../../src/outline/shorten.js';

describe('removeRemovableParts', () => {
  it('takes out "Further," opening a sentence, as "Furthermore," goes (KFF, a tuning essay)', () => {
    expect(
      removeRemovableParts(
        'Further, a recent KFF poll found that 55% of the public see youth mental health issues as a crisis in the U.S.',
      ),
    ).toBe('A recent KFF poll found that 55% of the public see youth mental health issues as a crisis in the U.S.');
    expect(removeRemovableParts('Further research is needed.')).toBe('Further research is needed.');
  });

  it('takes out a noun phrase that names the subject again, set off by commas before its verb; not words that say whose claim it is (tuning: Pachlatko, Works in Progress, Senser, New York)', () => {
    expect(removeRemovableParts('Wuhan, the city where the virus first spread, has a population of more than 11 million people.')).toBe(
      'Wuhan has a population of more than 11 million people.',
    );
    expect(
      removeRemovableParts(
        'Sir Frank Layfield, a distinguished planning lawyer, was appointed to lead the inquiry, which started work in 1981.',
      ),
    ).toBe('Sir Frank Layfield was appointed to lead the inquiry, which started work in 1981.');
    const attributed = 'One reason, its executives told Kahn, was the soaring cost of health insurance.';
    expect(removeRemovableParts(attributed)).toBe(attributed);
    const suggested = 'The answer, the Vox founder suggests, is “the enormous weight party polarization exerts on our politics.”';
    expect(removeRemovableParts(suggested)).toBe(suggested);
  });

  it('keeps round brackets that spell out the acronym before them; drops one that names it after its words (Mint line 72, ACM Queue, Prospect)', () => {
    expect(
      removeRemovableParts(
        '“There are 250 million PANs (permanent account numbers),” Nilekani says, but only about 40 million who file returns.',
      ),
    ).toBe('“There are 250 million PANs (permanent account numbers),” Nilekani says, but only about 40 million who file returns.');
    expect(removeRemovableParts('The FAR (Federal Acquisition Regulation) would need to be updated.')).toBe(
      'The FAR (Federal Acquisition Regulation) would need to be updated.',
    );
    expect(
      removeRemovableParts('The latest iteration of this idea is CANZUK (Canada, Australia, New Zealand, and the United Kingdom).'),
    ).toBe('The latest iteration of this idea is CANZUK (Canada, Australia, New Zealand, and the United Kingdom).');
    expect(removeRemovableParts('The Federal Acquisition Regulation (FAR) would need to be updated.')).toBe(
      'The Federal Acquisition Regulation would need to be updated.',
    );
    // (Brackets after an acronym that say something else are an aside as before.)
    expect(removeRemovableParts('The FAR (as amended in 2019) would need to be updated.')).toBe('The FAR would need to be updated.');
  });

  it('keeps round brackets that hold figures, the finding of a data brief; drops a year or a citation in them (KFF, lines 139 and 147; HBR, line 41)', () => {
    expect(
      removeRemovableParts(
        'Female adolescents were more likely than their male peers to report anxiety (31% vs. 12%) and depression (25% vs. 10%) in 2021 and 2022 (Figure 1).',
      ),
    ).toBe(
      'Female adolescents were more likely than their male peers to report anxiety (31% vs. 12%) and depression (25% vs. 10%) in 2021 and 2022.',
    );
    expect(
      removeRemovableParts('Deaths due to drug overdose among adolescents more than doubled from 2018 (253 deaths) to 2022 (723 deaths).'),
    ).toBe('Deaths due to drug overdose among adolescents more than doubled from 2018 (253 deaths) to 2022 (723 deaths).');
    expect(removeRemovableParts('Many Millennials want to see fewer emails (39%) and fewer repetitive emails from brands (32%).')).toBe(
      'Many Millennials want to see fewer emails (39%) and fewer repetitive emails from brands (32%).',
    );
    // (Written for the test: a year, a page, a citation in brackets are no finding.)
    expect(removeRemovableParts('The law passed (2019) after a long fight (Smith et al., 2020).')).toBe(
      'The law passed after a long fight.',
    );
  });

  it('opens no bullet on a comma, semicolon or colon an aside left behind (the kind a held-back review named; a sentence written for the test)', () => {
    expect(removeRemovableParts(', the letter said, we will come back.')).toBe('The letter said, we will come back.');
    expect(removeRemovableParts('; and then the rain came.')).toBe('And then the rain came.');
  });

  it('drops "but" opening a sentence in the deck’s other languages too, so the sentence stands alone (beta.gouv.fr; La Nación)', () => {
    expect(removeRemovableParts('Mais, progressivement, je me suis rendu compte que cette « novlangue » nous desservait.')).toBe(
      'Progressivement, je me suis rendu compte que cette « novlangue » nous desservait.',
    );
    expect(removeRemovableParts('Pero el problema histórico del Estado argentino no fue tanto quiénes lo desafiaron.')).toBe(
      'El problema histórico del Estado argentino no fue tanto quiénes lo desafiaron.',
    );
    // (Italian's "Ma" only with its comma: a name opens a sentence too.)
    expect(removeRemovableParts('Ma Ying-jeou served two terms as president.')).toBe('Ma Ying-jeou served two terms as president.');
  });

  it('keeps the space French sets before ":", ";", "!" and "?" (beta.gouv.fr, "Innovation publique")', () => {
    expect(
      removeRemovableParts('et pour cause : elles désignent des concepts ou des éléments de méthode que vous pratiquez au quotidien.'),
    ).toBe('Et pour cause : elles désignent des concepts ou des éléments de méthode que vous pratiquez au quotidien.');
    // (Cut at its semicolon, the first clause ends on its stop, the space French sets before the semicolon gone.)
    const sentence =
      'Si vous travaillez dans le numérique ou que vous avez côtoyé le monde des startups, ces expressions vous sont sans doute familières ; et pour cause : elles désignent des concepts que vous pratiquez au quotidien.';
    expect(splitClauses(removeRemovableParts(sentence), 22)[0]).toBe(
      'Si vous travaillez dans le numérique ou que vous avez côtoyé le monde des startups, ces expressions vous sont sans doute familières.',
    );
    // (A space an aside left before a stop still goes: "…, which …, ." never shows.)
    expect(removeRemovableParts('Et alors ? Le service , dit-il , reste le même .')).toBe('Et alors ? Le service, dit-il, reste le même.');
  });

  it('drops the picture’s or short link’s address an embedded post ends with, and keeps an address the sentence points to (Vox)', () => {
    expect(removeRemovableParts('I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq')).toBe(
      'I urge all Delhiites to use them whenever needed',
    );
    expect(removeRemovableParts('Read the thread at https://t.co/ab12CD.')).toBe('Read the thread at https://t.co/ab12CD.');
    expect(removeRemovableParts('Citizens have every right to be outraged. https://t.co/fCX2Ptc7YN')).toBe(
      'Citizens have every right to be outraged.',
    );
    expect(removeRemovableParts('The data lives at https://example.org/data.')).toBe('The data lives at https://example.org/data.');
  });

  it('keeps brackets inside a word: "and (re)uniting" (Prospect, in the real corpus)', () => {
    expect(
      removeRemovableParts(
        'Thatcher even claimed a divine warrant for extricating Britain from Europe and (re)uniting the settler empire.',
      ),
    ).toBe('Thatcher even claimed a divine warrant for extricating Britain from Europe and (re)uniting the settler empire.');
    expect(removeRemovableParts('The grid (as the regulator calls it) is old.')).toBe('The grid is old.');
  });

  it('keeps brackets that hold what the word before them wants: "it\'s all [politics/…]" (Dave Guarino, au-guarino-technology-lever)', () => {
    expect(
      removeRemovableParts("Tech isn't the point at all, and it's all [politics/culture change/some other \"same as it's been\" problem]"),
    ).toBe("Tech isn't the point at all, and it's all [politics/culture change/some other \"same as it's been\" problem]");
    expect(removeRemovableParts('The answer depends on (the state) and the year.')).toBe('The answer depends on (the state) and the year.');
    expect(removeRemovableParts('The fund (set up in 2019) pays out.')).toBe('The fund pays out.');
  });

  it('takes a list’s number or small letter off the front of a bullet, but not a capital with a stop, which may be an initial (Skynet Today)', () => {
    expect(
      removeRemovableParts('1) It’s important to distinguish between the effects of automation and the effects of new (work) tasks.'),
    ).toBe('It’s important to distinguish between the effects of automation and the effects of new tasks.');
    expect(removeRemovableParts('2. Automation increases productivity, but not always by enough to increase labor demand.')).toBe(
      'Automation increases productivity, but not always by enough to increase labor demand.',
    );
    expect(removeRemovableParts('c) Cities should hold their own elections.')).toBe('Cities should hold their own elections.');
    expect(removeRemovableParts('E. O. Wilson called it biophilia.')).toBe('E. O. Wilson called it biophilia.');
    expect(removeRemovableParts('2.5 million people moved.')).toBe('2.5 million people moved.');
  });

  it('keeps the "so" of "So far" and "So much": an adverb, not a conjunction', () => {
    expect(removeRemovableParts('So far, the program has reached 40,000 households.')).toBe(
      'So far, the program has reached 40,000 households.',
    );
    expect(removeRemovableParts('So much of the debate turns on cost.')).toBe('So much of the debate turns on cost.');
    expect(removeRemovableParts('So the council should act now.')).toBe('The council should act now.');
  });

  it('keeps a participle aside that gives the subject its name; drops one that tells more of it (Technology Review line 168)', () => {
    // The caption's "The system, called CRISPR, is being harnessed …" became "The system is being harnessed …".
    expect(removeRemovableParts('The system, called CRISPR, is being harnessed to treat human genetic disease.')).toBe(
      'The system, called CRISPR, is being harnessed to treat human genetic disease.',
    );
    expect(removeRemovableParts('The drug, known as Truvada, is taken daily.')).toBe('The drug, known as Truvada, is taken daily.');
    expect(removeRemovableParts('The report, published in May, is long.')).toBe('The report is long.');
  });

  it('drops leading connectives and parentheticals', () => {
    expect(removeRemovableParts('In the meantime, it should be possible to change the channel.')).toBe(
      'It should be possible to change the channel.',
    );
    expect(removeRemovableParts('A neutral body such as the Institute (SIPRI) might help.')).toBe(
      'A neutral body such as the Institute might help.',
    );
    expect(removeRemovableParts('(This was essentially one of the deals struck in arms control talks.)')).toBe(
      'This was essentially one of the deals struck in arms control talks.',
    );
  });

  it('takes out no aside whose closing comma is followed by "and" and a few words to another comma: the comma was one of the aside’s own (Connected by Data)', () => {
    const sentence =
      'As a group of citizens from all walks of life, engaged over the last year in exploring how the public could, and should, have a voice shaping a responsible AI future, we believe that needs to change.';
    expect(removeRemovableParts(sentence)).toBe(sentence);
    // (A name after the "and" goes on with the sentence: the comma closed the aside.)
    expect(
      removeRemovableParts(
        'Arizona, which created a state heat officer position in 2023, and California, which adopted an Extreme Heat Action Plan in 2022, are examples for other states to follow.',
      ),
    ).toBe('Arizona and California are examples for other states to follow.');
    // (Nor an "and" whose words have an aside of their own: the next of a pair.)
    expect(
      removeRemovableParts(
        'Athletic trainers, who have long used cold-water immersion, and military medics, who do the same for soldiers, have shown that these methods work.',
      ),
    ).toBe('Athletic trainers and military medics have shown that these methods work.');
    // (An aside the verb follows still goes.)
    expect(removeRemovableParts('Small cash transfers, paid to mothers and tied to attendance, have kept children in school.')).toBe(
      'Small cash transfers have kept children in school.',
    );
  });

  it('takes out ", however," without leaving a dangling comma', () => {
    expect(removeRemovableParts('It might be pragmatic, however, to admit that it might take a very long time.')).toBe(
      'It might be pragmatic to admit that it might take a very long time.',
    );
    expect(
      removeRemovableParts('Given the growing friction between China and the United States, however, attempting talks might be imprudent.'),
    ).toBe('Given the growing friction between China and the United States, attempting talks might be imprudent.');
    expect(removeRemovableParts('There are, however, other parties who might help.')).toBe('There are other parties who might help.');
  });

  it('keeps hedges and qualifiers', () => {
    for (const sentence of [
      'Perhaps something more general by way of sanctions relief.',
      'Reportedly, both negotiators felt talked over.',
      'It might have to be a long-term or even multi-generational objective.',
      'That does not necessarily mean the easing of sanctions.',
    ]) {
      expect(removeRemovableParts(sentence)).toBe(sentence);
    }
  });
  it('drops a list item’s closing semicolon, and the "and" after it (Digital Rights Watch)', () => {
    expect(removeRemovableParts('Take reasonable steps to contain, assess and mitigate harm from a notifiable data breach;')).toBe(
      'Take reasonable steps to contain, assess and mitigate harm from a notifiable data breach',
    );
    expect(removeRemovableParts('Periodically evaluate the operation and effectiveness of the ADM process; and')).toBe(
      'Periodically evaluate the operation and effectiveness of the ADM process',
    );
  });
  it('drops a list item’s closing comma, and the "and" after it (Logicly)', () => {
    expect(removeRemovableParts('Replace third party software components that are no longer maintained, and')).toBe(
      'Replace third party software components that are no longer maintained',
    );
  });
});

describe('splitClauses', () => {
  it('splits a long sentence of two clauses, keeping every word', () => {
    const sentence =
      'There is no guarantee that a new approach towards North Korea would work, but if the worst outcome is that North Korea rejects a new approach, the onus would be on them.';
    expect(splitClauses(sentence, 22)).toEqual([
      'There is no guarantee that a new approach towards North Korea would work.',
      'But if the worst outcome is that North Korea rejects a new approach, the onus would be on them.',
    ]);
  });

  it('makes no bullet of a relative clause after a semicolon: it goes, and the clause before stands (Codeando México, Implan Torreón)', () => {
    const codeando =
      'La semana pasada se llevó a cabo en la Ciudad de México la cumbre mundial de la Alianza para el Gobierno Abierto, a la cual pertenecen más de 60 países miembro; los cuales deben trabajar junto con organizaciones de la sociedad civil, de su país, en un plan de acción con un plazo de dos años donde incluyan sus compromisos prioritarios en gobierno abierto.';
    expect(splitClauses(codeando, 22)).toEqual([
      'La semana pasada se llevó a cabo en la Ciudad de México la cumbre mundial de la Alianza para el Gobierno Abierto, a la cual pertenecen más de 60 países miembro.',
    ]);
    const english =
      'The council approved a budget that funds three new bus routes across the eastern districts; which means riders in those districts will finally have a direct line downtown.';
    expect(splitClauses(english, 22)).toEqual([
      'The council approved a budget that funds three new bus routes across the eastern districts.',
    ]);
  });

  it('drops a second "that" clause that adds to the verb before the break: it has no verb to hang on alone (Noahpinion, line 52)', () => {
    expect(
      splitClauses(
        'And in that future, I think it’s possible — perhaps even likely — that the vast majority of humans will have good-paying jobs, and that many of those jobs will look pretty similar to the jobs of 2024.',
        22,
      ),
    ).toEqual([
      'And in that future, I think it’s possible — perhaps even likely — that the vast majority of humans will have good-paying jobs.',
    ]);
    // "That" standing for something opens a clause of its own (Dalton Caldwell), and one that turns on the first still
    // cuts there: it is the point (Free Law Project, lines 70–71).
    for (const own of [
      'The problem is, employees at Facebook and Twitter are watching your stock price fall, and that is causing them to freak out.',
      'I believe that public access to electronic court records is important, but that the current PACER system is not serving the public well.',
    ])
      expect(splitClauses(own, 12), own).toHaveLength(2);
  });

  it('cuts no list at the semicolons that set its items apart, its last after "; and" (CSIS, FiveThirtyEight; the widened fragment count)', () => {
    const sentence =
      'U.S. diplomacy contributed significantly to winning pivotal endorsements from WHO director general Tedros Adhanom Ghebreyesus; European Union president Ursula von der Leyen; President Joko Widodo of Indonesia, which currently holds the G20 presidency; and South African president Cyril Ramaphosa.';
    expect(splitClauses(sentence, 22)).toEqual([sentence]);
    // (Semicolons between clauses still cut: no "and" opens the last part.)
    expect(
      splitClauses(
        'The fund was launched with great fanfare by the finance ministers in April; its governing board has still not agreed on the priorities it should pursue.',
        22,
      ),
    ).toHaveLength(2);
  });

  it('cuts no list before its last item, a few words with no verb of their own, however long the items before it (KFF, line 186; the presenter review of four tuning decks)', () => {
    const sentence =
      'Other factors that may contribute to limited mental health care access among adolescents include insurance barriers, a lack of providers, and the absence of culturally competent care.';
    expect(splitClauses(sentence, 22)).toEqual([sentence]);
  });

  it('drops the "and" that joined two clauses, as one opening a sentence goes; "but" stays (Anna Shipman, line 48)', () => {
    expect(
      splitClauses(
        'Doing the hard work to make it simple means that users can do what they need to do, and this applies even when the users are your developer peers.',
        22,
      ),
    ).toEqual([
      'Doing the hard work to make it simple means that users can do what they need to do.',
      'This applies even when the users are your developer peers.',
    ]);
  });

  it('cuts no quotation: neither part’s marks would pair (Evening Standard, Nature: bullets of tuning decks)', () => {
    for (const sentence of [
      '“What this book captures about Blair is not just his mastery of the political arts, but his infectious optimism about politics itself,” says the former editor of the Standard, George Osborne.',
      '“We have a mixture of professors who are part of the civil-disobedience movement” inside Myanmar “that are doing supervision, and, of course, we are”, too, says Rhoads.',
    ])
      expect(splitClauses(sentence, 22)).toEqual([sentence]);
  });

  it('ends a first clause that states with a full stop, though the sentence asks at its end (Pachlatko, line 165)', () => {
    const sentence =
      'Nothing against precautions here, and happy about every campaign the government introduces to support the economy, but isn’t it about time we had a framework of measures that is less ambiguous, easy to communicate, and even easier to comply with?';
    expect(splitClauses(sentence, 22)).toEqual([
      'Nothing against precautions here, and happy about every campaign the government introduces to support the economy.',
      'But isn’t it about time we had a framework of measures that is less ambiguous, easy to communicate, and even easier to comply with?',
    ]);
  });

  it('does not split off a "but" whose next word shows the clause has no subject of its own (The Space Review)', () => {
    const sentence =
      'Young, in his testimony, didn’t specifically address the use of SLS versus commercial rockets, but did criticize what he called “experiments” in procurement.';
    expect(splitClauses(sentence, 12)).toEqual([sentence]);
    // (Nor one that goes on with the first clause's verb: "… isn’t constrained only by …, but also …".)
    const also =
      'The impact of real decision-making processes isn’t constrained only by the accuracy of the models, but also the purposes to which they are applied.';
    expect(splitClauses(also, 12)).toEqual([also]);
  });

  it('does not split at a "but" set inside a phrase between commas (Mitchell Palmer)', () => {
    const sentence =
      'This proposed relationship arises from two distinct, but related, arguments: Firstly, that more homogenous societies have less conflicting objectives, making such plans easier to write.';
    expect(splitClauses(sentence, 22)).toEqual([sentence]);
  });

  it('does not split a list at its ", and" (Noahpinion)', () => {
    const sentence =
      'This, in a nutshell, is how I think that the engineers, entrepreneurs, and VCs that I hang out with are thinking about the impact of AI on the labor market.';
    expect(splitClauses(sentence, 22)).toEqual([sentence]);
    const withArticle =
      'It is what the engineers, the entrepreneurs, and the investors I meet every week are saying about artificial intelligence and labor.';
    expect(splitClauses(withArticle, 12)).toEqual([withArticle]);
  });

  it('does not split a list of long items sharing one verb at its ", and the", an item opening as the one before (Stefane Fermigier)', () => {
    const sentence =
      'Creates Accountability Mechanisms: The Act requires agency CIOs to develop policies, the Federal CIO to establish a review framework, and the GAO to produce reports.';
    expect(splitClauses(sentence, 22)).toEqual([sentence]);
    // (Two clauses still part there: "…, and the ministers cited them.")
    const clauses =
      'The agencies published their reports on the state of the archives every spring, and the ministers cited them in every debate that year.';
    expect(splitClauses(clauses, 22)).toHaveLength(2);
  });

  it('does not split off a clause that ", while" or ", whereas" ties to the one before (Works in Progress)', () => {
    const sentence =
      'By 1974, nine years after the start of the program, Britain still had no operational AGRs, while costs had escalated by an average of 50 percent.';
    expect(splitClauses(sentence, 12)).toEqual([sentence]);
    expect(splitClauses(sentence.replace('while', 'whereas'), 12)).toEqual([sentence.replace('while', 'whereas')]);
  });

  it('does not split off a "but" that opens a relative clause (Anil Dash, "How do we reform tech?")', () => {
    const sentence =
      'It’s important to acknowledge another perspective, people who do believe tech has overstepped its bounds, but who think it’s too late, and that the forces behind today’s tech companies are too powerful to fight.';
    expect(splitClauses(sentence, 22)).toEqual([sentence]);
  });

  it('does not split at ", and" before an "-ing" word that goes on with the phrase before, but before one a verb follows (Anil Dash; short-school-meals)', () => {
    const sentence =
      'Respond by claiming dominating ownership and monetization control over the few original creators on your platform, and striking deals with the handful of major content owners.';
    expect(splitClauses(sentence, 12)).toEqual([sentence]);
    // (One a verb of its own follows opens a clause: "ending them now" is what "would throw away" says of.)
    const gerundSubject =
      'Free meals are not a luxury but cheap insurance against hunger getting in the way of learning, and ending them now would throw away two years of progress.';
    expect(splitClauses(gerundSubject, 22)).toEqual([
      'Free meals are not a luxury but cheap insurance against hunger getting in the way of learning.',
      'Ending them now would throw away two years of progress.',
    ]);
  });

  it('does not leave an opening clause that needs another alone (Unresolved Contradictions)', () => {
    const notOnly =
      'Not only will this provide freedom and security for some of the most vulnerable people in our communities, but it will halt the transfer of government funds to private landlords that currently happens via housing benefit.';
    expect(splitClauses(notOnly, 22)).toEqual([notOnly]);
    const whileOnPaper =
      'While on paper, schemes like MIRAS and the various guises of Help to Buy sound like a great idea; who wouldn’t want government funded interest relief or hefty equity loans?';
    expect(splitClauses(whileOnPaper, 22)).toEqual([whileOnPaper]);
    // (A clause of a few words before the comma has its main clause after it: the first part stands.)
    const whenWeLived =
      'When we lived in Hamilton, there was discussion of a light-rail line running east to west, but it was vetoed and they settled for bus lanes.';
    expect(splitClauses(whenWeLived, 22)).toEqual([
      'When we lived in Hamilton, there was discussion of a light-rail line running east to west.',
      'But it was vetoed and they settled for bus lanes.',
    ]);
  });

  it('leaves a list joined by semicolons whole', () => {
    const sentence =
      'The offer should be plausible; relatively detailed; and should offer concrete, economic inducements to North Korea rather than intangibles.';
    expect(splitClauses(sentence, 12)).toEqual([sentence]);
  });
});

describe('selectBullets', () => {
  const paragraph =
    'The current framework may be too narrow to succeed. A fundamental problem with denuclearization is verification. For example, inspectors were expelled twice. What could be offered in exchange? It could just as easily lead to accusations of cheating and bad faith.';
  const sentences = splitSentences(paragraph, [{ offset: 0, line: 7 }]);

  it('takes 2–4 bullets, in essay order, from the sentences that carry the point', () => {
    const bullets = selectBullets([{ sentences }]);
    expect(bullets.length).toBe(bulletBudget(sentences.length));
    expect(bullets.length).toBeGreaterThanOrEqual(2);
    expect(bullets[0]?.text).toBe('The current framework may be too narrow to succeed.');
    expect(bullets.map((b) => b.text)).not.toContain('What could be offered in exchange?');
    const order = bullets.map((b) => b.source.sentence);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const bullet of bullets) expect(bullet.source.line).toBe(7);
  });

  it('takes the sentence its author set in bold over the paragraph’s other sentences (Sentence.stressed; presenter review B; a paragraph written for the test)', () => {
    const text =
      "In the past, popular movements have forced major industries to confront their need for ethical reform. Today's media and policymakers don't yet seem prepared to fix the tech sector's problems. The single biggest threat to the long-term health of the tech sector is the backlash that is coming. Few companies have acknowledged the concerns of their users. Many people still use these products every day.";
    const plain = splitSentences(text, [{ offset: 0, line: 28 }]);
    const stressedLast = plain.map((sentence, i) => (i === 4 ? { ...sentence, stressed: true as const } : sentence));
    expect(selectBullets([{ sentences: plain }]).map((b) => b.source.sentence)).not.toContain(5);
    expect(selectBullets([{ sentences: stressedLast }]).map((b) => b.source.sentence)).toContain(5);
  });

  it('shows no pointer to more reading beside a point, nor as the answer to a question (Open Web Advocacy, Skynet Today)', () => {
    const question = splitSentences('Do you truly believe the web would be better off in a world where Mozilla no longer exists?', [
      { offset: 0, line: 18 },
    ]);
    const pointer = splitSentences(
      'For more on this topic, please check out our far more detailed paper on the DOJ vs Google case that we published last week.',
      [{ offset: 0, line: 20 }],
    );
    expect(selectBullets([{ sentences: question }, { sentences: pointer }]).map((b) => b.source.line)).toEqual([18]);
    // (Alone, it is what the slide has.)
    expect(selectBullets([{ sentences: pointer }], { allowLong: true }).map((b) => b.source.line)).toEqual([20]);
  });

  it('keeps bullets short enough to read from the back of the room', () => {
    for (const bullet of selectBullets([{ sentences }])) expect(bullet.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_BULLET_WORDS);
  });
});

describe('splitClauses given the text’s word count', () => {
  it('splits as it does when it counts the words itself', () => {
    const piece = fc.constantFrom(
      'the grid',
      'works well',
      '; ',
      ', but ',
      ', and the',
      ', and running',
      // (An "-ing" word parts clauses only when a verb of its own follows it, "…, and running it would …"; and each
      // part must hold six words: clauses of a few words, for enough texts that split.)
      'would',
      ', and it',
      'the grid works well',
      'the plan works',
      ' while',
      'yet',
      'A, B',
      '.',
      '?',
      '中文字',
      ' ',
      'word',
    );
    let split = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 2, max: 12 }), (pieces, maxWords) => {
        const text = pieces.join(' ');
        const clauses = splitClauses(text, maxWords);
        expect(splitClauses(text, maxWords, wordCount(text))).toEqual(clauses);
        if (clauses.length > 1) split++;
      }),
      { numRuns: 3000 },
    );
    expect(split).toBeGreaterThan(10);
  });
});

describe('splitClauses: a "but" correcting a denial', () => {
  it('keeps "not X, but Y" whole when the same word opens both: the second part shares the verb', () => {
    for (const text of [
      'The problem is not a lack of money in the budget, but a lack of political will to spend it where it matters most in the regions.',
      'Software is limited not by the amount of resources put into building it, but by how complex it can get before it breaks down.',
      "It isn't the cost of the scheme for the councils, but the time it takes to set up that worries them.",
    ])
      expect(splitClauses(text, 12)).toEqual([text]);
  });

  it('still parts two clauses after a denial ("… did not publish …, but the ministers cited …")', () => {
    expect(
      splitClauses(
        'The agencies did not publish their evaluations of the pilots last year, but the ministers cited them in every speech they gave.',
        12,
      ),
    ).toEqual([
      'The agencies did not publish their evaluations of the pilots last year.',
      'But the ministers cited them in every speech they gave.',
    ]);
  });
});
