/** Reading author names from bylines and bios. */
import type { Block } from './blocks.js';
import type { Vocabulary } from './sentences.js';
import { words } from './shape.js';
import { endsLikeSentence, inCapitals, wordCount } from './text.js';

const PARTICLE = '(?:de|da|del|della|di|du|dos|van|von|der|den|la|le|bin|ibn|al|el|ter|ten)';
/** (A name's word runs to twenty letters at most: "Bossleythoughtsstreamsportfoliomiscrecs" is a name glued to a menu.) */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]{0,19}|\\p{Lu}\\.)";
/** Articles that open a headline in German, Spanish, Italian, Dutch or French, and never a person's name. */
const NOT_NAME_OPENING = '(?:Die|Das|Dem|Ein|Eine|Einen|Einem|Einer|Eines|Los|Las|Il|Gli|Het|Een|Une)';
/** "Jane Doe", "J. R. Smith", "Ana de la Cruz", "Kim Jong-un", "Mary O’Neil-Smith". */
// (A generational suffix ends a name: "R. Albert Mohler, Jr.", "Martin Luther King Jr.")
// (No name opens with an article of the deck's other languages: "Die Freiheit der Planung" is a headline, its "der"
// a name's particle only in "Ursula von der Leyen". Not "Les", "Des", "La", "El": Les Paul, Des O’Connor, El Greco.)
export const PERSON_NAME = new RegExp(
  `^(?!${NOT_NAME_OPENING}\\s)${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,4}(?:,?\\s+(?:Jr|Sr)\\.?)?$`,
  'u',
);

/** A writer's name, then the kind of piece after a colon, as a paper prints it under the headline: "Richard Beeston: Analysis". */
export const NAME_AND_KIND =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}:\s*(?:analysis|comment|commentary|opinion|column|review|interview|essay|report|viewpoint|perspective|profile|feature|explainer)$/iu;

/** Words of a job title: "Senior Fellow", "Data Scientist", "Policy Lead". */
export const ROLE =
  /\b(fellow|director|professor|dean|provost|rector|chancellor|technologist|lecturer|editor|correspondent|columnist|journalist|reporter|writer|analyst|economist|scientist|researcher|engineer|designer|developer|strategist|adviser|advisor|consultant|officer|manager|lead|head|chair|chairman|chairwoman|president|founder|co-founder|ceo|cto|coo|chief|coordinator|specialist|associate|assistant|intern|student|candidate|partner|principal|secretary|ambassador|commissioner|minister|senator|representative|attorney|lawyer|doctor|physician|nurse|teacher|librarian|curator|historian|author|producer|programmer)s?\b/i;

/** Words each capitalised, two or more: "Karl Sprecher" is a name, whatever a compound in it reads as. */
const CAPITALISED_WORDS = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;
/**
 * Job titles in the deck's other languages, a German one at the end of a compound too ("Projektleiterin",
 * "Referent für Außenpolitik", "chargée de recherche", "investigadora"): after a name, a role, never a second name.
 */
const ROLE_ELSEWHERE =
  /(?:\p{L}*(?:leiter|referent|direktor|professor|mitarbeiter|geschäftsführer|vorsitzender?|redakteur|korrespondent|berater|wissenschaftler|sprecher|beauftragter?|experte|expertin)(?:in|innen|en|s)?|chercheu(?:r|se)s?|directeur|directrice|responsable|professeure?|journaliste|rédact(?:eur|rice)|conseill(?:er|ère)|chargée? (?:de|d['’])|doctorante?|économiste|investigador(?:a|es|as)?|profesor(?:a)?|periodista|coordinador(?:a)?|analista|economista|asesor(?:a)?)(?!\p{L})/iu;

/** A line that is a job title: optional qualifiers, then a role ("Senior Fellow, …", "Data Scientist, NHS England"). */
export const ROLE_LINE = new RegExp(
  `^(?!(?:the|a|an|in|on|under|over|for|from|with|to|of|at|by|as|after|before|why|how|what|when|where|who)\\b)(?:[\\p{L}&.-]+\\s+){0,3}${ROLE.source.replace(/^\\b/, '')}(?:\\s*(?:,|\\bat\\b|\\bof\\b|\\bfor\\b|\\bin\\b).*)?$`,
  'iu',
);

/** Words that name a role or an organisation, not a person; and a picture's credit ("Ryan Ray Photography", "Getty Images"). */
const NOT_A_NAME =
  /\b(photography|photos?|images|pictures|studios?|productions|staff|senior|junior|contributor|contributing|institute|university|center|centre|council|foundation|team|desk|news|press|board|department|ministry|office|program|programme|project|initiative|lab|laboratory|group|association|society|school|college|company|agency|services?|bureau|commission|committee|network|alliance|coalition|trust|fund|bank|forum|government|administration|editorial|sidebar|menu|navigation|toggle)\b/i;

/** "STEVEN DAVIDOFF SOLOMON" (a byline set in capitals) → "Steven Davidoff Solomon"; other names as written. */
export function nameCase(name: string): string {
  if (!inCapitals(name)) return name;
  return name.replace(/\p{L}+/gu, (word) => (word.length <= 1 ? word : word.charAt(0) + word.slice(1).toLowerCase()));
}

/** Degrees, credentials and suffixes after a name: "Jane Doe, PhD", "Rachael Link, MS, RD". */
const SUFFIX =
  /^(phd|ph\.d\.?|md|m\.d\.?|m\.p\.h\.?|jd|mba|mph|ms|msc|ma|bsc|ba|rd|rdn|ld|ldn|rn|bsn|msn|dnp|np|pharmd|crnp|apd|cscs|dds|dmd|dvm|cpa|cfa|esq\.?|mpa|mpp|lcsw|lmft|psyd|edd|facp|facs|cdces|jr\.?|sr\.?|ii|iii)$/i;

/**
 * "Rachael Link MS RD" → "Rachael Link": credentials after the name once its commas are gone.
 * Only those not written as a plain capitalised word, which may be a surname ("Jack Ma").
 */
function withoutCredentials(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2 && SUFFIX.test(words.at(-1) as string) && !/^\p{Lu}\p{Ll}+\.?$/u.test(words.at(-1) as string)) words.pop();
  return words.join(' ');
}

/**
 * The name of a line that is a name and its credentials after commas, an office or rank before it allowed:
 * "Vice Admiral Richard H. Carmona, M.D., M.P.H, FACS" → "Richard H. Carmona"; null for any other line.
 * (Letters after a name are a person's: no headline, menu or organisation carries them.)
 */
export function nameWithCredentials(text: string): string | null {
  const [first, ...rest] = text.trim().split(/\s*,\s*/);
  if (!first || rest.length === 0 || !rest.every((part) => SUFFIX.test(part))) return null;
  const name = withoutOffice(first);
  return wordCount(name) <= CREDITED_NAME_MAX_WORDS && PERSON_NAME.test(name) && !NOT_A_NAME.test(name) ? name : null;
}
/** A name, initials counted, before its credentials. */
const CREDITED_NAME_MAX_WORDS = 5;

/** A role after a name with no space between: "TrapaniCEO", "HiltzikBusiness Columnist". */
const GLUED_ROLE = /(\p{Ll})(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})$/u;

/**
 * "Michael HiltzikBusiness Columnist" → "Michael Hiltzik, Business Columnist": a page copy glues
 * a role to the name where the page set them on two lines.
 */
function unglueRole(text: string): string {
  return text.replace(GLUED_ROLE, (whole, last: string, role: string) => (ROLE_LINE.test(role) ? `${last}, ${role}` : whole));
}

/** A name and a role glued to it run to a few words: "Michael HiltzikBusiness Columnist". */
const NAME_AND_ROLE_MAX_CHARS = 120;

/** "Gina TrapaniCEO" → "Gina Trapani": a person's name with its role glued on, else null. */
export function nameWithGluedRole(text: string): string | null {
  // (Asked of every line of a page's upper part: a paragraph is longer than any name and role.)
  if (text.length > NAME_AND_ROLE_MAX_CHARS) return null;
  const unglued = unglueRole(text.trim());
  if (unglued === text.trim()) return null;
  const name = unglued.slice(0, unglued.indexOf(', '));
  return PERSON_NAME.test(name) && !NOT_A_NAME.test(name) ? nameCase(name) : null;
}

/** Words that open a role's name: "Executive Digital Editor", "Senior Fellow", "Managing Director". */
const ROLE_QUALIFIER =
  /^(?:senior|sr\.?|junior|executive|managing|deputy|associate|assistant|chief|contributing|staff|digital|news|features?|political|business|science|health|technology|tech|content|product|marketing|general|national|international|foreign|data|policy|research|creative|editorial|social|media|web|online|regional|visiting|adjunct|distinguished|founding|former|acting|interim|vice|head|lead|principal)$/i;

/**
 * The words of a name, two or three, before a role that follows with a space only: "Catherine
 * Boeckmann Executive Digital Editor" → "Catherine Boeckmann" ("Mary Ann Smith Senior Editor" →
 * "Mary Ann Smith": the role opens with a word of roles).
 */
function nameBeforeRole(part: string): string | null {
  const words = part.split(/\s+/);
  // (A role of two words or more: a last name may be a role's word, "Richard Dick Head".)
  for (let k = 2; k <= 3 && k < words.length - 1; k++) {
    const name = words.slice(0, k).join(' ');
    const role = words.slice(k).join(' ');
    const opensRole = ROLE_QUALIFIER.test(words[k] as string) || ROLE.test(words[k] as string);
    if (opensRole && ROLE_LINE.test(role) && !ROLE.test(name) && PERSON_NAME.test(name) && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}

/**
 * "Jane Doe, John Roe and Ann Poe" → the three names; null when a part is not a name. A
 * name may carry its role and organisation after a comma ("Ana Ruiz, Economist & Tom Lee,
 * Policy Lead"; "Jane Doe, Senior Fellow, Center for X"): the role's parts are skipped until
 * "and", "&" or ";" starts the next person.
 */
/**
 * An office, a degree or a military rank set before a name: "Public Advocate Betsy Gotbaum", "Senator Jane Doe",
 * "Dr. Jane Doe", "Prof. …", "Major Owen E. Jensen", "Lt. Col. …"; one after another too, "Prof. Dr. Marc Debus".
 */
const OFFICE_BEFORE_NAME =
  /(^|[,;&|]\s*|\band\s+)(?:(?:(?:Dr|Prof|Sen|Rep|Gov)\.|Dr|Professor|Senator|Representative|Congressman|Congresswoman|Mayor|Governor|Public Advocate|Councilmember|Councilman|Councilwoman|Ambassador|(?:(?:Lieutenant|Brigadier|Major|Rear|Vice)\s+)?(?:General|Colonel|Commander|Admiral)|Major|Captain|Lieutenant|Sergeant|(?:Lt\.?\s+)?(?:Maj|Col|Capt|Gen|Cmdr|Adm|Sgt|Lt)\.)\s+)+(?=\p{Lu}\p{Ll})/gu;

/** A name without the offices, degrees or ranks set before it: "Prof. Dr. Marc Debus" → "Marc Debus". */
export const withoutOffice = (name: string): string => name.replace(OFFICE_BEFORE_NAME, '$1').trim();

/**
 * The marks after a writer's name that point to a note on them (their role, a disclaimer): "Camerino Eleazar Márquez
 * Madrid*", "Jane Doe†", "Ana Ruiz¹". They are no part of the name.
 */
const NOTE_MARKS = /(?<=\p{L}\.?)(?:[*†‡§]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\s|[,;&|]|$)/gu;
/** Emphasis opened before a word: its closing asterisks are no note's mark ("**Jane Doe**"). */
const EMPHASIS_OPENS = /(?:^|\s)\*/;
export const withoutNoteMarks = (text: string): string =>
  text.includes('*') && EMPHASIS_OPENS.test(text) ? text : text.replace(NOTE_MARKS, '');

/** A name that ends in an initial or a generational suffix keeps its stop: "Marty S.", "Perry Bacon Jr.". */
const INITIAL_OR_SUFFIX_END = /(?:\s\p{Lu}|\s(?:Jr|Sr))$/u;

export function parseNameList(text: string): string[] | null {
  // (A courtesy title is no part of the name a title slide gives: "Mr. Mayank Upadhyay", "Ms Jane Doe"; nor, in
  // Spanish, a professional one with its stop: "Arq. Ángeles Melisa Rodríguez Salas", "Lic.", "Ing.", "Mtra."; nor
  // an office: "Public Advocate Betsy Gotbaum", "Senator …", "Dr. …".)
  const cleaned = withoutNoteMarks(unglueRole(text))
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/@[A-Za-z0-9_]+/g, ' ')
    .replace(/(^|[,;&|]\s*|\b(?:and|y)\s+)(?:(?:Mr|Mrs|Ms|Mx|Miss)\.?|(?:Arq|Lic|Ing|Mtro|Mtra|Dra|Sra|Srta)\.)\s+(?=\p{Lu})/gu, '$1')
    .replace(OFFICE_BEFORE_NAME, '$1');
  const pieces = cleaned.split(/(\s*(?:,|;|&|\band\b|\|)\s*)/i);
  const names: string[] = [];
  let inRole = false;
  // A role set after the name with a space only runs on past "and": "Catherine Boeckmann Executive
  // Digital Editor and Master Gardener" names one person.
  let roleAfterSpace = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const separator = (pieces[i - 1] ?? '').trim().toLowerCase();
    const part = (pieces[i] ?? '')
      .trim()
      .replace(/[.:]+$/, (dots, at: number, whole: string) => (INITIAL_OR_SUFFIX_END.test(whole.slice(0, at)) ? dots : ''));
    // "&" or "and" starts the next person, unless it joins the words of a role: "Director of Research
    // & Policy", "… Content & Marketing, MarketingSherpa and MECLABS Institute" (no person's name after it).
    if (separator && separator !== ',' && !roleAfterSpace)
      inRole &&= !(PERSON_NAME.test(part) && /\s/.test(part) && !NOT_A_NAME.test(part));
    if (separator === ',') roleAfterSpace = false;
    if (!part) continue;
    const spaced = nameBeforeRole(part);
    if (spaced && !inRole) {
      names.push(nameCase(spaced));
      [inRole, roleAfterSpace] = [true, true];
      continue;
    }
    if (ROLE.test(part) || (ROLE_ELSEWHERE.test(part) && !CAPITALISED_WORDS.test(part)) || NOT_A_NAME.test(part)) {
      inRole = true;
      continue;
    }
    if (inRole || SUFFIX.test(part)) continue;
    const name = withoutCredentials(part);
    if (!PERSON_NAME.test(name)) return null;
    names.push(nameCase(name));
  }
  return names.length > 0 ? names : null;
}

/**
 * The same verbs in the other languages the deck speaks, those that end in a letter of the Latin alphabet's
 * first 26 (a word boundary knows no other): "Philipp Sarasin lehrt Geschichte …", "… enseigne", "… insegna".
 */
const BIO_VERB_ELSEWHERE =
  'ist|es|est|lehrt|lehrte|leitet|leitete|arbeitet|forscht|schreibt|lebt|studierte|promovierte|unterrichtet|enseigne|dirige|travaille|vit|fue|trabaja|escribe|vive|insegna|lavora|scrive|ensina|trabalha|escreve|doceert|werkt|schrijft|leidt';
/** Verbs a bio opens its subject with: "… is a senior fellow", "… joined NHS England". */
export const BIO_VERB = `(?:is|was|serves|served|has|had|holds|held|leads|led|heads|headed|chairs|chaired|oversees|advises|edits|edited|directs|directed|teaches|taught|works|worked|writes|wrote|joined|received|earned|studied|specialises|specializes|focuses|researches|founded|co-founded|created|co-created|runs|ran|manages|managed|covers|covered|lives|(?:can|may) be (?:reached|contacted|emailed|followed)|${BIO_VERB_ELSEWHERE})`;

/**
 * …or with the name and the writer's role between commas before the verb: "ROBERT B. REICH, secretary of labor in the
 * first Clinton administration, is University Professor of …" → "ROBERT B. REICH".
 */
const ROLE_BETWEEN = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}),\\s+(?:(?:a|an|the|former)\\s+)?\\p{Ll}[^,]{2,100},\\s+${BIO_VERB}\\b`,
  'u',
);
/**
 * The name a bio opens with: "Mark Tokola is the Vice President of …" → "Mark Tokola"; a courtesy title before it is
 * not the name's, a suffix after it is: "Dr. R. Albert Mohler, Jr., serves as president of …" → "R. Albert Mohler, Jr.".
 */
const BIO_OPENING = new RegExp(
  `^(?:\\*\\*)?(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|al|bin)){1,4}(?:,\\s+(?:Jr|Sr)\\.?)?)(?:\\*\\*)?(?:\\s*\\([^()]{1,80}\\))?,?\\s+${BIO_VERB}\\b`,
  'u',
);

/**
 * Two writers' joint bio, by whole names or first names, and what they are: "Satya and Pranay are researchers with the
 * High-Tech Geopolitics programme at …". (A role must follow: "Democrats and Republicans are divided" is no bio.)
 */
const BIO_PAIR = new RegExp(
  `^(?:\\*\\*)?(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}) and (\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}),?\\s+(?:are|were)\\s+(?:[\\p{L}-]+\\s+){0,4}?${ROLE.source}`,
  'iu',
);

/** The two names of a joint bio, each a name and no common word. */
function bioPair(text: string): [string, string] | null {
  const pair = BIO_PAIR.exec(text);
  // (Case-blind for the role, "Senior Fellows"; each word of a name still has its capital.)
  const named = (name: string | undefined): name is string => !!name && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.test(name);
  if (!named(pair?.[1]) || !named(pair?.[2])) return null;
  const [, first, second] = pair as RegExpExecArray & [string, string, string];
  return NOT_A_NAME_WORD.test(first) || NOT_A_NAME_WORD.test(second) ? null : [first, second];
}

/**
 * A credit under the text that says who wrote it and what they are: "This article is written by Dr. Rashid Amjad,
 * professor & Head Graduate Institute of Development Studies …". (Not a note on where it ran first, editorial.ts.)
 */
const WRITTEN_BY_CREDIT =
  /^[Tt]his (?:article|piece|post|op-ed|column|essay|commentary|blog post) (?:is|was|has been) (?:written|authored|contributed) by (?:(?:[Dd]r|[Pp]rof(?:essor)?|[Mm]rs?|[Mm]s)\.?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)){1,3}),\s+(?:a |an |the )?\p{Ll}/u;

/** The writer a credit under the text names, as a bio's subject. */
function creditedWriter(text: string): string | null {
  const credited = WRITTEN_BY_CREDIT.exec(text)?.[1];
  return credited && !NOT_A_NAME_WORD.test(credited) ? credited : null;
}

/** The writer named by role, not by name: "Der Autor", "Die Autorin", "L'auteur", "El autor". */
const WRITER_BY_ROLE =
  /^(?:(?:der|die|el|la|los|las|l['’])\s*)?(?:autor(?:in|en|innen|es|as|a)?|verfasser(?:in)?|auteur(?:e|s)?|autrice|autore)$/iu;

export function bioSubject(text: string): string | null {
  const credited = creditedWriter(text);
  if (credited) return credited;
  const subject = BIO_OPENING.exec(text)?.[1] ?? ROLE_BETWEEN.exec(text)?.[1] ?? null;
  // (Not a sentence about a thing: "This Article has a component height of 13."; nor the writer named by role, "Die Autorin ist …".)
  if (subject && !NOT_A_NAME_WORD.test(subject) && !WRITER_BY_ROLE.test(subject)) return subject;
  return bioPair(text)?.join(' and ') ?? null;
}

/** A second bio in the same paragraph opens a sentence with a name, often with its role between commas: "Robert Kelley, an associated senior research fellow at SIPRI, worked …". */
const APPOSITIVE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s+(?:a|an|the)\s+[^,]{3,100},\s+/u;

/** Every person a bio paragraph introduces, each at the start of a sentence. */
export function bioSubjects(text: string): string[] {
  const subjects: string[] = [];
  // (The credit first, whole: its honorific's stop, "Dr. Rashid Amjad", would end a sentence below.)
  const credited = creditedWriter(text);
  if (credited && PERSON_NAME.test(credited)) subjects.push(credited);
  // (Not after an initial: "Elena L. Glassman is …".)
  for (const sentence of text.split(/(?<=[.!?])(?<!(?:^|\s)\p{Lu}\.)\s+(?=\p{Lu})/u)) {
    const pair = bioPair(sentence);
    for (const name of pair ?? []) if (!subjects.includes(name)) subjects.push(name);
    if (pair) continue;
    const subject = bioSubject(sentence) ?? bioSubject(sentence.replace(APPOSITIVE, '$1 is '));
    if (subject && PERSON_NAME.test(subject) && !subjects.includes(subject)) subjects.push(subject);
  }
  return subjects;
}

/**
 * A line of people's names and nothing else ("Richard (R.J.) Eskow", "Jane Doe and John Roe"):
 * one short line, not a sentence. A nickname or initials in brackets stay part of the name as printed.
 */
export function namesAlone(block: Block, vocabulary?: Vocabulary): string[] | null {
  // (The count first: a paragraph of running text is no names, and the credential's pattern scans it.)
  const count = words(block);
  if (block.kind !== 'paragraph' || block.lines.start !== block.lines.end || count > NAME_LIST_MAX_WORDS) return null;
  if (count > BARE_BYLINE_MAX_WORDS && !block.plain.includes(',')) return null;
  // (A credential's stop ends no sentence: "Genevieve Carlton, Ph.D.".)
  const credential = /,\s*([^,]+)$/.exec(block.plain.trim());
  const unstopped = credential?.[1] && SUFFIX.test(credential[1].trim()) ? block.plain.trim().slice(0, credential.index) : block.plain;
  if (endsLikeSentence(unstopped)) return null;
  // (A byline's label over the name, "WRITTEN BY", is none.)
  if (/^(?:written|posted|reviewed|edited|reported|photos?|words) by:?$/i.test(block.plain.trim())) return null;
  // (Nor a byline's label over a handle, which the byline rule reads as no name: "Par Lauresalmona", "By Jsmith".)
  if (/^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+\p{L}\p{Ll}+$/u.test(block.plain.trim())) return null;
  // (Nor a byline's lead set after the section's name, the writer on the next line: "Disko Von" / "Ernst Lohoff".)
  if (/\s(?:by|von|par|por|door)$/i.test(block.plain.trim())) return null;
  const names = parseNameList(block.plain);
  if (!names?.every((name) => PERSON_NAME.test(name) && !NOT_A_NAME_WORD.test(name) && !PUBLICATION_END.test(name))) return null;
  // (A longer line is a team's list, three names or more, each a name's few words: not a headline with a comma,
  // "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos".)
  if (count > BARE_BYLINE_MAX_WORDS && (names.length < NAME_LIST_MIN_NAMES || names.some((name) => wordCount(name) > NAME_MAX_WORDS)))
    return null;
  if (vocabulary && names.some((name) => commonWordsOnly(name, vocabulary) || opensWithVerb(name, vocabulary))) return null;
  const nickname = /^(\p{Lu}[\p{L}'’-]*)\s+\(([\p{Lu}.\s'’-]+|\p{Lu}\p{Ll}+)\)\s+(\p{Lu}[\p{L}'’-]*)$/u.exec(block.plain.trim());
  return nickname && names.length === 1 ? [block.plain.trim()] : names;
}

/**
 * A headline opening with a word in "-ing" the text writes as a verb, no first name: "Making Google Sans Flex";
 * or one too long for a first name, whatever the text writes: "Understanding Uniform Civil Code", "Rethinking …".
 */
const opensWithVerb = (name: string, vocabulary: Vocabulary): boolean => {
  const first = name.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  return first.length > 4 && first.endsWith('ing') && (first.length >= LONG_GERUND_MIN_LETTERS || vocabulary.has(first));
};
/** No first name ends in "-ing" at this length ("Sterling", "Channing" are shorter); a verb does: "Understanding". */
const LONG_GERUND_MIN_LETTERS = 9;

/**
 * A line of writers' names alone, for a byline: namesAlone, and no name holding a word the text
 * writes in lower case (stricter than namesAlone's test for lines that are no title).
 */
export function writersAlone(block: Block, vocabulary: Vocabulary): string[] | null {
  const names = namesAlone(block, vocabulary);
  return names && !names.some((name) => commonWordIn(name, vocabulary)) ? names : null;
}

/**
 * A label in title case ("Industry Insights", "Business Model"), no name: the text writes a word
 * of it, longer than a short first name, in lower case. (A person's name may hold a common word,
 * "Mark Hill", "Rose Wood": such a line is a name only where the text does not use the word.)
 */
export function commonWordIn(text: string, vocabulary: Vocabulary): boolean {
  return text
    .trim()
    .split(/\s+/)
    .some((word) => word.length > COMMON_WORD_MIN_LETTERS && vocabulary.has(word.toLowerCase()));
}
const COMMON_WORD_MIN_LETTERS = 3;

/**
 * A headline in title case ("Free Market Vaccines"), no name: the text writes each of its words in
 * lower case too; or, of three words or more, all but one ("Stop Nesting Database Systems", the
 * text never writing "stop"): a person's name of three words has two that are no common words.
 */
export function commonWordsOnly(text: string, vocabulary: Vocabulary): boolean {
  const all = text.trim().split(/\s+/);
  const common = all.filter((word) => vocabulary.has(word.toLowerCase())).length;
  return common === all.length || (all.length >= 3 && common >= all.length - 1);
}

/** A publication's name alone on a line ("Financial Post", "The Nation Weekly") is no byline. */
export const PUBLICATION_WORDS = [
  'post',
  'times',
  'journal',
  'magazine',
  'weekly',
  'daily',
  'tribune',
  'herald',
  'gazette',
  'review',
  'press',
  'media',
];
export const PUBLICATION_END = new RegExp(`\\s(?:${PUBLICATION_WORDS.join('|')})$`, 'i');

/**
 * Words of a clause in the other languages the deck speaks, never of a name: "DAS PATRIARCHAT ALS KULTURTECHNIK" is a
 * headline. (Not the particles names hold: "von der", "de", "da", "dos", "das", "y", "e".)
 */
const FUNCTION_WORDS_ELSEWHERE =
  'als|und|für|mit|ohne|über|wie|nicht|ist|sind|oder|pour|avec|sans|dans|est|sont|para|con|sin|es|son|per|senza|sono|voor|met|zonder';
/**
 * Words of a headline or a label, never of a name: "On Recent Controversial Events", "The Future of …",
 * "News", a letter's "Dear Mark Zuckerberg"; and of a page's controls and menus: "Text Size", "Get Started", "Smile Gallery".
 */
export const NOT_A_NAME_WORD = new RegExp(
  String.raw`(?:^|\s)(?:dear|the|a|an|if|on|in|of|for|to|with|at|from|why|how|what|when|where|who|is|are|was|our|my|your|their|this|that|these|those|recent|about|after|before|into|over|under|vs|news|updated|posted|size|share|drawer|started|guide|tips|insights|menu|search|login|gallery|shop|help|resources|blog|topics|services|programs|courses|contact|subscribe|newsletter|videos?|podcasts?|events|highlights|${FUNCTION_WORDS_ELSEWHERE})(?=\s|$)`,
  'i',
);

/** One person's whole name, no word of a label's in it: "Georg Quaas", not "Politics" or "Jane Doe and John Roe". */
export const onePerson = (text: string): boolean =>
  PERSON_NAME.test(text) && !NOT_A_NAME_WORD.test(text) && parseNameList(text)?.length === 1;

/** A byline of names alone is short: "Richard (R.J.) Eskow", "Jane Doe and John Roe"… */
const BARE_BYLINE_MAX_WORDS = 8;
/** …unless it lists them with commas, a team's: "Karolina Hird, George Barros, Grace Mappes, Madison Williams, and Frederick W. Kagan". */
const NAME_LIST_MAX_WORDS = 24;
/** Such a list names three people or more… */
const NAME_LIST_MIN_NAMES = 3;
/** …each in four words at most: "Frederick W. Kagan", "Ana de la Cruz". */
const NAME_MAX_WORDS = 4;

/** A holder named before the copyright sign, nothing but the year and the reservation after it. */
const NAME_BEFORE_SIGN =
  /^(\p{Lu}[^©|·∙•@:]{1,60}?)\s*(?:©|\([cC]\)|@(?=\s*(?:19|20)\d\d))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[.,]?\s*(?:[Aa]ll [Rr]ights [Rr]eserved\.?|ALL RIGHTS RESERVED\.?)?$/u;

/**
 * A copyright line's holder: "© 2025 Toby Hede. All rights reserved." → "Toby Hede", "Copyright 2025 © David Bau."
 * → "David Bau"; null for any other line.
 */
/** The years after the holder, a month's name at times before them: "spiked 2000-2008", "Urban Institute May 2017". */
const YEARS_AFTER_HOLDER =
  /,?\s+(?:(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?(?:\s*,\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?)*$/i;

export function copyrightHolder(text: string): string | null {
  const holder =
    // (The year may end with a stop, "Copyright 2019. Washington Examiner. All Rights Reserved."; or the holder comes
    // first, the sign and the year after it, "Daily Maverick © All rights reserved", "Nyaypurti Foundation @ 2025".)
    NAME_BEFORE_SIGN.exec(text.trim())?.[1] ??
    /^(?:(?:©|\(c\)|copyrights?)\s*)+(?:\d{4}(?:\s*[-–,]\s*\d{4})*[.,]?)?\s*(?:(?:©|\(c\))\s*)?(?:by\s+)?((?:[^.|·∙•]|(?<=\b\p{Lu})\.(?=\s))+?)(?:(?<!\b\p{Lu})\.|\s*[|·∙•]|,?\s+[-–—]?\s*all rights reserved|$)/iu
      .exec(text)?.[1]
      ?.trim()
      // (The years after the holder: "© spiked 2000-2008 All rights reserved."; the theme's or the builder's
      // credit: "© 2018 Framablog - WordPress Theme by Kadence Themes", "© by Price Roads, 2013 // Theme: ilisa by …",
      // "… | Powered by WordPress".)
      .replace(/\s+(?:[-–—]|\/\/)\s+(?:(?:\w+\s+)?theme|powered|designed|built|site|website|web design)\b.*$/i, '')
      // (Or set after it without a dash: "© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro.")
      .replace(/\s+(?:made|built|powered|designed|generated|created) (?:with|by|using|on)\s.*$/i, '')
      // (A month's name before them only after a name of two words or more: "© Theresa May 2019" is hers.)
      .replace(YEARS_AFTER_HOLDER, (years: string, month: string | undefined, offset: number, whole: string) =>
        month && wordCount(whole.slice(0, offset)) < 2 ? years.slice(0, years.indexOf(month) + month.length) : '',
      )
      // (The day of a date after the holder, cut at its stop: "©KOF ETH Zürich, 21. Jan. 2015".)
      .replace(/,\s*\d{1,2}$/, '')
      // (The holder's writers named with it: "Copyright © 1993-2020 Boston Review and its authors.")
      .replace(/\s+and (?:its|the|our|their) (?:authors|contributors|writers)$/i, '')
      // (The article of a sentence's words, in lower case, is no part of the name: "© 2022 by the Center for Strategic and
      // International Studies"; "© 2024 The Atlantic" keeps its "The".)
      .replace(/^the\s+(?=\p{Lu})/u, '');
  // (A site's address, which the stops cut: "© 2000-2024 www.pagina12.com.ar" is the site's, not "www".)
  const address = /^(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,6})\.?$/i.exec(
    text.trim(),
  )?.[1];
  if (address) return address;
  // (A link about copyright, "Copyright Policy", "Copyright Permissions", a year alone or with the reservation alone,
  // "© 2020 All Rights Reserved", names no holder.)
  const noHolder =
    !holder ||
    !/\p{L}/u.test(holder) ||
    /^(?:policy|permissions?|notice|information|info|terms|statement|all rights reserved)$/i.test(holder) ||
    // (Nor a label's other word: "Copyright and licence", over the line that names the holder.)
    /^(?:and|&)\s+(?:licen[cs]e|licensing|permissions?|disclaimers?|terms|reuse|trademarks?)$/i.test(holder) ||
    // (Nor the reservation after a year's stop: "© Copyright 2025. All Rights Reserved - Ogden Publications, Inc.")
    /^all rights reserved\b/i.test(holder) ||
    // (An academic publisher's line names the writers' role, not a name: "Copyright © 2025 held by author.")
    /^held by (?:the )?(?:owner\/)?authors?(?:\/owners?)?(?:\(s\))?$/i.test(holder) ||
    // (Nor a legal status for a name: "© 2025 Registered 501(c)(3). EIN: 27-0410642", a nonprofit's footer.)
    /^(?:a\s+)?(?:registered\s+)?(?:501\s*\(c\)\s*\(\d\)|(?:registered\s+)?charity|non-?profit(?:\s+organi[sz]ation)?)$/i.test(holder);
  return noHolder ? null : holder;
}

/** A personal site's own name, its writer's first: "Derek Seaman's Tech Blog", "Jane Doe's Notes", "Bert Hubert's writings". */
export const OWN_SITE =
  /^(.+?)['’]s\s+(?:[\p{L}-]+\s+)?(?:blog|weblog|site|website|notes|notebook|journal|newsletter|homepage|page|writings|essays)$/iu;
