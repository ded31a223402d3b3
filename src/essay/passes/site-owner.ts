import { copyrightHolder, onePerson, PUBLICATION_END } from '../authors.js';
import type { Block } from '../blocks.js';
import { ORGANISATION } from '../front-matter.js';
import { words } from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { hasLowerCaseWord, matchKey, wordCount } from '../text.js';
import { COMPANY_FORM, COPYRIGHT_MAX_WORDS, FOOTER_SHARE, organisationInText } from './header.js';
import { linksToTeam } from './tail.js';

/**
 * Needs: header, tail (every other way of naming the writers, and the body's ends). A page that
 * names no writer anywhere, and whose footer gives the copyright to one person (or is signed with a
 * name and an email address, "Aaron Swartz (me@aaronsw.com)"), is that person's
 * own site: "© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro" (the name to its comma). The line prints a year: a name after a bare sign is a
 * picture's credit. Not a holder the body names (an organisation writes of itself: "the latest
 * survey by Greenberg Quinlan Rosner for Democracy Corps"; a writer does not name themselves),
 * nor one that reads as an organisation's or a paper's name ("Times Newspapers Ltd", "SA LA NACION"),
 * and only where the body is written as "I", as one person's site is, or where the site's header
 * is the same name ("elias garcia" over the menu, "© 2017 Elias Garcia" at the foot).
 * With no copyright line, a header that names the site after a person ("Steph Ango / Writing About
 * Now") names the writer of a body written as "I".
 */
export const siteOwner: Pass = {
  name: 'site-owner',
  run(state) {
    const { blocks, meta } = state;
    // (Not a group's site, whose menu links to its team: "Our Team" over "© 2017 Gaussian Sheep".)
    if (meta.authors.length > 0 || linksToTeam(state)) return;
    const owner = headerName(state);
    for (let i = Math.max(state.bodyEnd, Math.ceil(blocks.length * FOOTER_SHARE)); i < blocks.length; i++) {
      const block = blocks[i] as Block;
      // (The copyright's own sentence: the site's credits may follow on its line, "© 2019 - 2020 Judah Newman, All opinions are
      // my own. Theme adopted from Minimal. Powered by Hugo".)
      const notice = block.plain.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
      // (Or the owner's name and address alone, the page's signature: "Aaron Swartz (me@aaronsw.com)".)
      const signed = SIGNATURE_WITH_ADDRESS.exec(block.plain.trim())?.[1];
      if (!signed && (wordCount(notice) > COPYRIGHT_MAX_WORDS || !/\b(?:19|20)\d\d\b/.test(notice))) continue;
      const name = signed ?? copyrightHolder(notice)?.split(',')[0]?.trim();
      if (!name || !personal(name)) continue;
      const siteNamed = owner !== null && matchKey(owner.name) === matchKey(name);
      if (namedInBody(state, name) || organisationInText(state, name) || !(siteNamed || inFirstPerson(state))) return;
      [meta.authors, meta.lines.authors] = [[name], block.lines.start];
      // (The header took the holder for the publication, with the place after the name or without: it is the writer;
      // but a site its header names after its writer is theirs by that name.)
      if (!siteNamed && meta.publication && matchKey(meta.publication).startsWith(matchKey(name)))
        [meta.publication, meta.lines.publication] = [null, undefined];
      return;
    }
    if (
      owner &&
      ownerAlone(state, owner) &&
      !namedInBody(state, owner.name) &&
      !organisationInText(state, owner.name) &&
      inFirstPerson(state)
    )
      [meta.authors, meta.lines.authors] = [[owner.name], owner.line];
  },
};

/** A person's name and an email address in brackets, and nothing else: a site's signature at its foot. */
const SIGNATURE_WITH_ADDRESS = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+\(\S+@\S+\.\p{L}{2,}\)$/u;

/** The site's name sits in the first blocks of its header, over the menu and the title. */
const HEADER_NAME_BLOCKS = 12;
/** What follows a site's name on its line: its tagline or its sections ("Steph Ango / Writing About Now", "pablo garcía-guzmán::{blog,…}"). */
const AFTER_SITE_NAME = /\s+[/|·•–—]\s+.*$|::.*$/u;

interface HeaderName {
  name: string;
  line: number;
  index: number;
  /** The page wrote it in lower case. */
  lowerCase: boolean;
}

/**
 * Without a copyright line to bear it out, the header's name must be the page's first line (a menu's "Practice
 * Areas", "Poetry Archives" come later), and be no words the essay's text writes in lower case ("Art Market"): a
 * lower-case site's name is its owner's, no menu is set so.
 */
const ownerAlone = (state: EssayState, owner: HeaderName): boolean => {
  if (owner.index !== 0) return false;
  // (The essay's own text: a reader's comment under it may write the name in lower case, "i like clay shirky".)
  const body = state.blocks.slice(state.bodyStart, state.bodyEnd).map((block) => block.text);
  return owner.lowerCase || owner.name.split(/[\s-]+/).every((word) => !hasLowerCaseWord(body, word.toLowerCase()));
};

/** A person's name that the page's header, over the title, gives as the site's name: "Konstantin Klein", "elias garcia". */
function headerName(state: EssayState): HeaderName | null {
  const end = Math.min(state.titleIndex, HEADER_NAME_BLOCKS);
  for (let i = 0; i < end; i++) {
    const block = state.blocks[i] as Block;
    const text = block.plain.replace(AFTER_SITE_NAME, '').trim();
    // (A site set in lower case names its owner in lower case: read as the name is written.)
    const lowerCase = /^[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){1,2}$/u.test(text);
    const name = lowerCase
      ? text.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
      : text;
    if (words(block) <= SITE_LINE_MAX_WORDS && personal(name)) return { name, line: block.lines.start, index: i, lowerCase };
  }
  return null;
}
/** A header line that names the site after a person is short, its tagline with it. */
const SITE_LINE_MAX_WORDS = 8;

/** A person's name as people write theirs: "Andrew Leach", "Richard H. Carmona"; not "JMIR Publications", "KADOKAWA ASCII". */
function personal(name: string): boolean {
  return (
    onePerson(name) &&
    name.split(/\s+/).every((word) => NAME_WORD.test(word)) &&
    !ORGANISATION.test(name) &&
    !PUBLICATION_END.test(name) &&
    !COMPANY_FORM.test(name)
  );
}
/** A word of a name: a capital and small letters ("O’Brien", "Sánchez-Andrade"), or an initial ("H."). */
const NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.)$/u;

/** A personal site's writer writes as "I": its body says "I" at least this often. */
const FIRST_PERSON_MIN = 3;
/** "I" in the languages the essay stage tells apart (src/essay/language.ts); English's when the language is unknown. */
const FIRST_PERSON: Record<string, RegExp> = {
  en: /\bI\b(?!\.)/g,
  de: /\b[Ii]ch\b/g,
  fr: /(?<!\p{L})(?:[Jj]e\b|[Jj]['’](?=\p{L}))/gu,
  es: /\b[Yy]o\b/g,
  it: /\b[Ii]o\b/g,
  pt: /\b[Ee]u\b/g,
  nl: /\b[Ii]k\b/g,
  pl: /\b[Jj]a\b/g,
};

function inFirstPerson(state: EssayState): boolean {
  const pronoun = FIRST_PERSON[state.meta.language ?? 'en'] ?? (FIRST_PERSON.en as RegExp);
  let count = 0;
  for (const block of state.blocks.slice(state.bodyStart, state.bodyEnd)) {
    count += block.plain.match(pronoun)?.length ?? 0;
    if (count >= FIRST_PERSON_MIN) return true;
  }
  return false;
}

function namedInBody(state: EssayState, name: string): boolean {
  const key = ` ${matchKey(name)} `;
  return state.blocks.slice(state.bodyStart, state.bodyEnd).some((block) => ` ${matchKey(block.plain)} `.includes(key));
}
