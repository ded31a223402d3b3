import { capitalizeFirst, normalizeSpace, wordCount } from '../essay/text.js';

/**
 * Makes a bullet of a sentence by taking out only parts that can go without changing what
 * it says: parentheticals, dash asides, and connectives that tie it to the sentence before
 * ("In the meantime,", ", however,"). Hedges and qualifiers ("perhaps", "might", "not",
 * "long-term") are words of the claim and always stay.
 */

const LEADING_CONNECTIVE =
  /^(?:in the meantime|meanwhile|however|moreover|further|furthermore|additionally|in addition|also|still|indeed|of course|at the same time|in any case|in any event|that said|having said that|for its part|as such|besides|likewise|similarly|nonetheless|nevertheless|even so|in other words|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly|to be sure|on the other hand|by contrast|in contrast|in turn|after all|then again),\s+/i;
/**
 * "And", "But", "So" opening a sentence; not before an inverted verb ("So have free pads …" means "pads have too"), nor the
 * "so" of "So far", "So much". And "but" in the deck's other languages: "Mais, progressivement, je …", "Aber", "Pero",
 * "Maar"; Italian's and Portuguese's "Ma", "Mas" with their comma only (a name, "Ma Ying-jeou", opens a sentence too).
 */
const LEADING_CONJUNCTION =
  /^(?:(?:and|but|so(?!\s+(?:far|much|many|long|that|few|little)\b)|yet|or|plus),?\s+(?!(?:have|has|had|do|does|did|is|are|was|were|can|could|will|would|should|must|may|might|too)\b)|(?:mais|aber|pero|maar),?\s+|(?:ma|mas),\s+)(?=\S)/i;
const INTERJECTION = /,\s*(?:however|moreover|therefore|though|of course|in turn|in fact|indeed|after all|in any case|for its part),\s*/i;
/** Words that open an introductory clause, whose comma must survive an interjection's removal. */
const INTRODUCTORY =
  /^(?:given|if|when|whenever|although|though|while|as|because|since|after|before|despite|unlike|with|without|for|in|on|by|once|unless|whereas|apart from|beyond|through|under|during|even if|even though)\b/i;

/** Participles that open a phrase besides those in "-ed" ("set" as in "set up"). */
const PARTICIPLES = new Set([
  'paid',
  'made',
  'built',
  'known',
  'given',
  'taken',
  'held',
  'led',
  'run',
  'sold',
  'seen',
  'written',
  'drawn',
  'set',
]);
/**
 * What follows the comma that closes an aside: the sentence's verb, in lower case; not "and", "or", "but" or "nor"
 * and a few words up to another comma and the sentence going on, for then the comma was the aside's own ("…,
 * engaged in exploring how the public could, and should, have a voice"). (An aside of its own after the "and"
 * makes it the next of a pair: "Athletic trainers, who have long used …, and military medics, who do the same …,
 * have shown"; so does a name: "Arizona, which created …, and California, which adopted …, are".)
 */
const ASIDE_GOES_ON = String.raw`(?!(?:and|or|but|nor)\s+\p{Ll}[^,;:]{0,20},\s+(?!which|who|whose)\p{Ll})\p{Ll}`;
/** A non-restrictive relative clause set off by commas. */
const RELATIVE_CLAUSE = new RegExp(String.raw`,\s+(?:which|who|whose)\s+[^,;:()]{3,140},\s+(?=${ASIDE_GOES_ON})`, 'gu');
/**
 * A noun phrase set off by commas after the subject, which it names again: "The real heart of what I learned, the guiding
 * principles that help us deliver great products, is …". The verb after it says the subject goes on.
 */
const APPOSITIVE =
  /^([^,;:]{3,80}),\s+(?:the|a|an|his|her|their|its|our|my)\s[^,;:()]{3,100},\s+(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|remains|seems)\s)/u;
/** Verbs of saying, thinking and reporting: an aside that holds one tells whose words the sentence gives. */
const SAYING =
  /\b(?:say|says|said|tell|tells|told|suggests?|suggested|argues?|argued|notes?|noted|writes?|wrote|claims?|claimed|believes?|believed|thinks?|thought|reports?|reported|explains?|explained|adds?|added|insists?|insisted)\b/i;
/**
 * A participle phrase set off by commas after the subject. Not one that gives the subject its name ("The system, called
 * CRISPR, is being harnessed …", "The drug, known as Truvada, …"): without it the slide says "the system" and never what
 * the deck goes on to call it (presenter review 2026-12-08a).
 */
const PARTICIPLE_PHRASE = new RegExp(
  `^([^,;:]{3,80}),\\s+(?!(?:called|named|dubbed|nicknamed|titled|entitled|termed|labell?ed|branded|known)\\s)(?:\\p{Ll}+ed|${[...PARTICIPLES].map((word) => (word === 'set' ? 'set up' : word)).join('|')})\\s[^,;:()]{3,100},\\s+(?=${ASIDE_GOES_ON})`,
  'u',
);
const AFTER_FIRST_COMMA = /,\s+(\S+)/y;
/** A list's number or small letter opening a sentence, before a capital: "1) ", "2. ", "(b) ", "c) ". */
const LIST_MARK = /^(?:\(?\d{1,2}\)|\d{1,2}\.|\(?[a-z]\))\s+(?=[\p{Lu}“"‘])/u;
/** What such a mark starts with: most sentences start with a letter, and skip the pattern. */
const LIST_MARK_START = /^[(\d]|^[a-z]\)/;
/** An em or en dash, which sets an aside apart: one scan for either (two `includes` took twice the time). */
const DASH = /[—–]/;
/** Where `/\s+([,.;:!?])/g` has a match: a space right before a mark. */
const SPACE_BEFORE_MARK = /\s[,.;:!?]/;
/** A space before a high mark, as French sets it: "… familières ; et pour cause : elles …". */
const SPACED_HIGH_MARK = /\s[;:!?]/;

/**
 * Whether the word after the first comma may open a participle phrase: a cheap test, so the
 * phrase's pattern runs only on the few sentences that can hold one.
 */
function opensParticiple(text: string): boolean {
  AFTER_FIRST_COMMA.lastIndex = text.indexOf(',');
  const word = AFTER_FIRST_COMMA.exec(text)?.[1];
  return word !== undefined && (word.endsWith('ed') || PARTICIPLES.has(word));
}

/** Brackets set apart by spaces, and the spaces before them. */
const BRACKETS = /(?:^|\s+)(?:\([^()]*\)|\[[^\]]*\])(?=[\s,.;:!?”’"']|$)/g;
/** A word that leaves its phrase open, an article, a preposition: what follows it is no aside. */
const WANTS_OBJECT = /\b(?:all|the|a|an|of|to|for|with|by|in|on|at|from|into|than|as)$/i;
/** How far back the word before brackets is read. */
const WORD_BEFORE_REACH = 12;

/**
 * A figure with what it counts: a share ("31%", "12 per cent"), a measure ("0.5°C"), or a number and its noun ("253 deaths",
 * "2.5 million people"); not a year or a page alone ("(2019)", "(p. 34)", "(Smith et al., 2020)").
 */
const FIGURE = /\d\s*(?:%|‰|°|percent\b|per cent\b|pour cent\b|prozent\b)|\b\d[\d.,]*\s+(?!(?:pp?|and|et|und|y)\b)\p{L}{3,}/iu;
/** Round brackets that hold a figure: "(31% vs. 12%)", "(253 deaths)". */
const holdsFigures = (aside: string): boolean => aside.trimStart().startsWith('(') && FIGURE.test(aside);

/** An acronym ending the text before brackets, a plural's "s" after it: "PANs", "the WHO". */
const ACRONYM_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}{2,8})s?$/u;
/** Words an acronym leaves out of its letters: "Department of Justice" is "DOJ" or "DJ". */
const ACRONYM_SMALL_WORD = /^(?:of|and|for|the|on|in|to|de|des|du|la|le|et|der|die|das|und|für|del|y)$/i;

/**
 * Round brackets that spell out the acronym before them: "PANs (permanent account numbers)", "the DSA (Digital Services
 * Act)". Without them the room is left with the letters (presenter review T).
 */
function expandsAcronym(before: string, aside: string): boolean {
  const acronym = ACRONYM_BEFORE.exec(before.trimEnd())?.[1];
  const inner = /^\s*\((.*)\)$/.exec(aside)?.[1];
  if (!acronym || !inner) return false;
  const words = inner.split(/[\s-]+/).filter((word) => /^\p{L}/u.test(word));
  const initials = (kept: readonly string[]): string => kept.map((word) => (word[0] as string).toUpperCase()).join('');
  return initials(words) === acronym || initials(words.filter((word) => !ACRONYM_SMALL_WORD.test(word))) === acronym;
}

/** A comma, semicolon or colon a bullet would open on. */
const LEADING_MARK = /^[,;:]+\s*/;
/** A picture's or a short link's address an embedded post ends with: "… whenever needed pic.twitter.com/MYwRz9euaq". */
const SHARED_LINK_AT_END = /\s+(?:pic\.twitter\.com|(?:https?:\/\/)?(?:t\.co|bit\.ly|buff\.ly|ow\.ly|youtu\.be))\/[\w-]+(?=[.!?]?$)/;

export function removeRemovableParts(sentence: string): string {
  let text = normalizeSpace(sentence);
  // (French sets a space before ";", ":", "!" and "?": "et pour cause : elles …". A text that does keeps it there.)
  const spacedHighMarks = SPACED_HIGH_MARK.test(text);
  // (A link's address shows nothing on a slide; unless the sentence points to it: "Read the thread at https://t.co/…".)
  if (text.includes('/'))
    text = text.replace(SHARED_LINK_AT_END, (link: string, offset: number, whole: string) =>
      WANTS_OBJECT.test(whole.slice(Math.max(0, offset - WORD_BEFORE_REACH), offset)) ? link : '',
    );
  // (Each pattern below runs only on a text that holds the characters it needs: most sentences
  // have no brackets, dashes or asides, and the bullets of a long essay read every sentence.)
  // A sentence wholly in brackets reads as a sentence without them.
  const wrapped = text.startsWith('(') ? /^\((.*)\)([.!?]?)$/.exec(text) : null;
  if (wrapped?.[1] && !wrapped[1].includes(')')) text = wrapped[1] + (wrapped[2] ?? '');
  // Brackets set apart by spaces; not those inside a word ("and (re)uniting", "word(s)"), nor those
  // after a word that wants what they hold ("it's all [politics/culture change]", "depends on (the state)").
  // (Nor round brackets that hold figures, which are the finding: "anxiety (31% vs. 12%)", "(253 deaths)".)
  if (text.includes('(') || text.includes('['))
    text = text.replace(BRACKETS, (aside: string, offset: number, whole: string) =>
      WANTS_OBJECT.test(whole.slice(Math.max(0, offset - WORD_BEFORE_REACH), offset)) ||
      holdsFigures(aside) ||
      expandsAcronym(whole.slice(Math.max(0, offset - WORD_BEFORE_REACH), offset), aside)
        ? aside
        : '',
    );
  if (DASH.test(text)) {
    text = text.replace(/\s*[—–]\s*[^—–]{1,100}?\s*[—–]\s*(?=\S)/g, (aside, offset: number) => (offset > 0 ? ' ' : aside));
  }
  // A non-restrictive relative clause set off by commas is an aside: "The Provision, which lets
  // schools serve free meals to all, has found …" → "The Provision has found …".
  if (text.includes('wh')) text = text.replace(RELATIVE_CLAUSE, ' ');
  // So is a participle phrase set off the same way after the subject: "Small cash transfers,
  // paid to mothers and tied to attendance, have kept …" → "Small cash transfers have kept …".
  if (/^[^,;:]{3,},/.test(text) && opensParticiple(text)) {
    text = text.replace(PARTICIPLE_PHRASE, '$1 ');
  }
  // So is a noun phrase that names the subject again; not words that say who said it ("The answer, the Vox founder suggests,
  // is …", "One reason, its executives told Kahn, was …"): without them the claim would be the author's.
  if (/^[^,;:]{3,},/.test(text))
    text = text.replace(APPOSITIVE, (whole: string, subject: string) => (SAYING.test(whole.slice(subject.length)) ? whole : `${subject} `));
  // A list's number or letter before the sentence ("1) It’s important to …", "(b) Cities should …"):
  // the bullet is an item already. (Not "D. Management …": a capital and a stop may be a name's initial.)
  if (LIST_MARK_START.test(text)) text = text.replace(LIST_MARK, '');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(LEADING_CONNECTIVE, '').replace(LEADING_CONJUNCTION, '');
  }
  // (Both patterns below need a comma.)
  const interjection = text.includes(',') ? INTERJECTION.exec(text) : null;
  if (interjection) {
    const before = text.slice(0, interjection.index);
    const keepComma = INTRODUCTORY.test(before) && !before.includes(',');
    text = before + (keepComma ? ', ' : ' ') + text.slice(interjection.index + interjection[0].length);
  }
  if (text.includes(',')) text = text.replace(/,\s*(?:however|though|too|as well)(?=[.!?]$)/i, '');
  // (A space before a mark is rare: a test finds there is none faster than the replacement.)
  if (SPACE_BEFORE_MARK.test(text)) text = text.replace(spacedHighMarks ? /\s+([,.])/g : /\s+([,.;:!?])/g, '$1');
  text = withoutEndSemicolon(withoutEndComma(text).trim());
  // (Nor opens on a mark an aside or a quotation left behind: ", the letter said, …".)
  if (LEADING_MARK.test(text)) text = text.replace(LEADING_MARK, '');
  // (A text that opens with a capital is as capitalizeFirst leaves it: most sentences do.)
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90 ? text : capitalizeFirst(text);
}

/**
 * A list item's closing semicolon or comma, with the "and" or "or" after it ("… from a notifiable data breach;", "…;
 * and", "… that are no longer maintained, and"), joins it to the next item, which the bullet does not show.
 */
function withoutEndSemicolon(text: string): string {
  for (const end of [';', '; and', '; or', ',', ', and', ', or']) if (text.endsWith(end)) return text.slice(0, -end.length).trimEnd();
  return text;
}

/** `text.replace(/,([.!?])$/, '$1')`, read at the end: the pattern would look for a comma all through the text. */
function withoutEndComma(text: string): string {
  const end = text.length - 1;
  const last = text[end];
  return text[end - 1] === ',' && (last === '.' || last === '!' || last === '?') ? text.slice(0, end - 1) + last : text;
}

/** The sentence's double quotation marks pair up (German's „…“ too): it holds no quotation begun or ended elsewhere. */
export function quotesPaired(text: string): boolean {
  let straight = 0;
  let low = 0;
  let opening = 0;
  let closing = 0;
  for (const char of text) {
    if (char === '"') straight++;
    else if (char === '„') low++;
    else if (char === '“') opening++;
    else if (char === '”') closing++;
  }
  if (straight % 2 === 1) return false;
  return low > 0 ? (low + opening + closing) % 2 === 0 : opening === closing;
}

/**
 * Where a sentence's clauses join: a semicolon, ", but", ", yet", ", and the …". Not ", while" nor
 * ", whereas": what follows them leans on the clause before ("While costs had escalated …"). Nor a
 * "but" whose next word shows that no subject of its own follows ("…, but also the purposes …",
 * "…, but did criticize …", "…, but how long it takes …", "…, but who think it's too late"). Nor
 * ", and" before an "-ing" word that goes on with the phrase before ("Respond by claiming …, and
 * striking deals with …": cut there, the bullet "And striking deals with …" has no verb), only one
 * that a verb of its own follows ("…, and ending them now would throw away …"). Nor ", and that" where
 * "that" opens what is said, not a clause of its own: "… who think it's too late, and that the forces … are too
 * powerful" ("…, and that is why …" parts).
 */
const CLAUSE_BREAK =
  /;\s+|,\s+(?=(?:but|yet)\s(?!\S+(?:\s\S+)?,)(?!(?:also|instead|rather|not|only|even|how|why|what|whether|who|whom|whose|which|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\b))|,\s+(?=and\s+(?:the|a|an|it|this|that(?!\s+(?:the|a|an|it|this|these|those|he|she|they|we|there|his|her|its|their|our|my|your|i|you)\s)|these|those|he|she|they|we|there|\p{Ll}+ing)\s)/u;
/** A relative pronoun, in the languages the deck speaks (not German's and Dutch's, which are articles too: "die"). */
const RELATIVE_OPENING =
  /^(?:which|who|whom|whose|lo cual|los cuales|las cuales|el cual|la cual|quienes|cuy[oa]s?|lesquel(?:le)?s|lequel|laquelle|dont|i quali|le quali|il quale|la quale|os quais|as quais|o qual|a qual)(?=$|[\s,])/iu;
/** A list's last item after a semicolon: "…; and South African president Cyril Ramaphosa." */
const SEMICOLON_LIST_END = /;\s+(?:and|or)\s/;
/** Words of a list's last item at most, when nothing says it is a clause. */
const LIST_END_MAX_WORDS = 8;
/** "and the absence of culturally competent care.": a few words and no auxiliary verb, a list's last item rather than a clause. */
const listEnd = (right: string): boolean => wordCount(right) <= LIST_END_MAX_WORDS && !FINITE_AFTER_GERUND.test(right);

/** A verb that makes a clause of what follows an "-ing" word: "…, and ending them now would throw away two years …". */
const FINITE_AFTER_GERUND = /\b(?:would|will|can|could|should|must|may|might|is|are|was|were|has|have|had|does|did)\b/;

/**
 * A sentence that opens with a clause which needs another to complete it: "If …", "While …", "Not only …", in the
 * languages the deck speaks.
 */
const DEPENDENT_OPENING =
  /^(?:if|while|whilst|although|though|even though|even if|because|since|unless|whereas|when|whenever|once|until|as long as|not only|wenn|falls|obwohl|während|weil|nicht nur|si|bien que|quand|lorsque|puisque|alors que|même si|non seulement|aunque|cuando|mientras|porque|ya que|no solo|no sólo|embora|enquanto|não só|sebbene|mentre|poiché|non solo|hoewel|omdat|terwijl)\s/iu;
/** A dependent clause runs to a comma, and has a subject and a verb: four words with its opening word, at least. */
const DEPENDENT_CLAUSE_MIN_WORDS = 4;

/**
 * Whether a sentence's first part, cut at a clause break, leaves its opening clause without the one it needs: "Not only
 * will this provide freedom …" (", but it will halt …" cut away), "While on paper, schemes like … sound like a great
 * idea" (the author's "; who wouldn't want …?" cut away). Its main clause follows the comma after a clause of a few
 * words: "When we lived in Hamilton, there was …" stands.
 */
function dependentAlone(left: string): boolean {
  if (!DEPENDENT_OPENING.test(left)) return false;
  const comma = left.indexOf(',');
  return comma < 0 || wordCount(left.slice(0, comma)) < DEPENDENT_CLAUSE_MIN_WORDS;
}

/** The first word after the last comma, lower-cased: the opening of a list's item before its "and". */
const lastItemOpening = (text: string): string | undefined => /,\s*([\p{L}'’]+)[^,]*$/u.exec(text)?.[1]?.toLowerCase();

/** The word after the last negation of a clause's last stretch: "… is not a lack of money" → "a". */
const NEGATED_THEN = /(?:\bnot|n['’]t|\bnever|\bno longer)\s+([\p{L}'’]+)[^,;]*$/iu;

/**
 * Whether the "but" corrects a denial in a phrase that shares its verb, the same word opening both: "not a lack of
 * money, but a lack of political will", "isn't the cost …, but the time …", "not in Paris, but in Berlin". (A clause
 * of its own opens otherwise: "… did not publish them, but the ministers cited them".)
 */
function correctsDenial(left: string, right: string): boolean {
  const denied = NEGATED_THEN.exec(left)?.[1]?.toLowerCase();
  const corrected = /^but\s+([\p{L}'’]+)/iu.exec(right)?.[1]?.toLowerCase();
  return denied !== undefined && denied === corrected;
}

/** How a question opens: a question word, or a verb before its subject (English, German, French, Spanish). */
const ASKING_OPENING =
  /^(?:(?:and|but|so|or|yet|und|aber|mais|et|pero|y)\s+)?(?:who|whom|whose|what|when|where|why|how|which|is|are|am|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|has|have|had|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t|hasn['’]t|haven['’]t|wer|wen|wem|wessen|was|wann|wo|wie|warum|weshalb|wieso|welche[rsmn]?|ist|sind|kann|können|soll|sollen|wird|werden|hat|haben|qui|que|quoi|quand|où|comment|pourquoi|quel(?:le)?s?|est-ce|qué|quién(?:es)?|cuándo|dónde|cómo|cuál(?:es)?|por qué)(?=$|[\s,'’])/iu;

/**
 * A clause break's right side that adds a second "that" clause to the verb before it ("…, and that it had still put
 * …"): "that" and then the clause's subject, opening on an article, a pronoun or a quantifier, or on a clause of its own
 * ("and that because of …"). Not "that" standing for something ("…, and that apparently didn’t work") or pointing at a
 * noun ("…, and that response left me wondering …"): a clause of their own.
 */
const SECOND_THAT_CLAUSE =
  /^and\s+that\s+(?:the|a|an|this|these|those|such|it|its|they|their|we|our|you|your|he|his|she|her|i|there|many|most|some|all|no|few|every|each|because|if|when|while|although|even)\s/i;

/**
 * (A "but" closed by a comma a word or two on is an aside inside a phrase, not a clause:
 * "two distinct, but related, arguments".)
 *
 * A long sentence made of two independent clauses becomes two bullets, every word kept
 * ("…would work, but if …" → "…would work." / "But if …"), but for a relative clause after a semicolon, which goes.
 * Parts shorter than six words mean the semicolons were a list, not clauses: the sentence then stays whole.
 */
export function splitClauses(text: string, maxWords: number, words = wordCount(text)): string[] {
  // (`words`: the text's wordCount, when the caller has it.)
  if (words <= maxWords) return [text];
  const match = CLAUSE_BREAK.exec(text);
  if (!match) return [text];
  // (Semicolons before a last item's "and" set out a list's items, each too long for commas: "… endorsements from WHO
  // director general Tedros Adhanom Ghebreyesus; European Union president Ursula von der Leyen; …; and South African
  // president Cyril Ramaphosa." Cut there, a bullet is a name with no verb.)
  if (match[0].startsWith(';') && SEMICOLON_LIST_END.test(text)) return [text];
  const left = text
    .slice(0, match.index)
    .trimEnd()
    .replace(/[,;:]$/, '');
  const right = text.slice(match.index + match[0].length);
  // ", and the …" after "A, B" ends a list, not a clause: "the engineers, entrepreneurs, and the VCs".
  if (/^and\s/.test(right) && /,\s*\S+(?:\s+\S+){0,2}$/.test(left)) return [text];
  // So does a short one with no verb after longer items: "… include insurance barriers, a lack of providers, and the absence
  // of culturally competent care."
  if (/^and\s+(?:the|a|an)\s/.test(right) && /,\s*\S+(?:\s+\S+){0,4}$/.test(left) && listEnd(right)) return [text];
  // Nor after items that open as it does, however long: "… agency CIOs to develop policies, the Federal CIO to establish a
  // review framework, and the GAO to produce reports" is one list sharing one verb.
  if (/^and\s/.test(right) && lastItemOpening(left) === right.split(/\s+/)[1]?.toLowerCase()) return [text];
  if (wordCount(left) < 6 || wordCount(right) < 6) return [text];
  // A relative clause after the break adds to a word of the clause before and is no clause of its own: cut there, "Los
  // cuales deben …" names no one. It goes, as a removable part does; the clause before stands ("… a la cual pertenecen más
  // de 60 países miembro; los cuales deben trabajar …" → "… más de 60 países miembro.").
  // (Not a question the same words open: "…; who wouldn’t want government funded interest relief …?")
  if (RELATIVE_OPENING.test(right) && !/\?["”’)]*$/.test(right)) return [`${left}${/[.!?]$/.test(left) ? '' : '.'}`];
  // (Nor inside a quotation: cut there, neither bullet's marks would pair. "“What this book captures about Blair is not just
  // his mastery of the political arts, but his infectious optimism …,” says …")
  if (quotesPaired(text) && !quotesPaired(left)) return [text];
  if (dependentAlone(left)) return [text];
  if (/^and\s+\p{Ll}+ing\s/u.test(right) && !FINITE_AFTER_GERUND.test(right)) return [text];
  // "The problem is not a lack of money, but a lack of political will …": the "but" corrects the denial and shares
  // its verb, a phrase and no clause; cut there, the second bullet would have no verb.
  if (correctsDenial(left, right)) return [text];
  // A second "that" clause of the verb before the break is no clause of its own: cut there, the second bullet has no verb
  // to hang on ("That many of those jobs will look pretty similar to the jobs of 2024."). It adds to the point before it:
  // it goes, as a relative clause does, and the clause before stands. (One that turns, "… is important, but that the
  // current PACER system is not serving the public well.", is the point: it is cut as it was, so that it is shown.)
  if (SECOND_THAT_CLAUSE.test(right)) return [`${left}${/[.!?]$/.test(left) ? '' : '.'}`];
  const ending = /[.!?]["”’)]*$/.exec(text)?.[0]?.[0] ?? '.';
  // (The first clause of a question asks too only when it opens as a question does: "Is it A, or is it B?", but
  // "Nothing against precautions here, but isn’t it about time …?" states, then asks.)
  const asks = ending === '?' && ASKING_OPENING.test(left.replace(/^[^\p{L}]+/u, ''));
  // (The "and" that joined them goes, as it does opening a sentence: "And this applies even when …" → "This applies even
  // when …". "But" and "yet" stay: they say the second clause turns against the first.)
  const second = capitalizeFirst(right.replace(/^and\s+/, ''));
  return [`${left}${/[.!?]$/.test(left) ? '' : asks ? '?' : '.'}`, ...splitClauses(second, maxWords)];
}
