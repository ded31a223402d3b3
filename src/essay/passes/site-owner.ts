import { copyrightHolder, onePerson, PUBLICATION_END } from '../authors.js';
import type { Block } from '../blocks.js';
import { ORGANISATION } from '../front-matter.js';
import { words } from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { matchKey } from '../text.js';
import { COMPANY_FORM, COPYRIGHT_MAX_WORDS, FOOTER_SHARE, organisationInText } from './header.js';

/**
 * Needs: header, tail (every other way of naming the writers, and the body's ends). A page that
 * names no writer anywhere, and whose footer gives the copyright to one person, is that person's
 * own site: "© 2023 Andrew Leach, Edmonton, AB Made with Hugo Apéro" (the name to its comma). The line prints a year: a name after a bare sign is a
 * picture's credit. Not a holder the body names (an organisation writes of itself: "the latest
 * survey by Greenberg Quinlan Rosner for Democracy Corps"; a writer does not name themselves),
 * nor one that reads as an organisation's or a paper's name ("Times Newspapers Ltd", "SA LA NACION"),
 * and only where the body is written as "I", as one person's site is.
 */
export const siteOwner: Pass = {
  name: 'site-owner',
  run(state) {
    const { blocks, meta } = state;
    if (meta.authors.length > 0) return;
    for (let i = Math.max(state.bodyEnd, Math.ceil(blocks.length * FOOTER_SHARE)); i < blocks.length; i++) {
      const block = blocks[i] as Block;
      if (words(block) > COPYRIGHT_MAX_WORDS || !/\b(?:19|20)\d\d\b/.test(block.plain)) continue;
      const name = copyrightHolder(block.plain)?.split(',')[0]?.trim();
      if (!name || !personal(name)) continue;
      if (namedInBody(state, name) || organisationInText(state, name) || !inFirstPerson(state)) return;
      [meta.authors, meta.lines.authors] = [[name], block.lines.start];
      // (The header took the holder for the publication, with the place after the name or without: it is the writer.)
      if (meta.publication && matchKey(meta.publication).startsWith(matchKey(name)))
        [meta.publication, meta.lines.publication] = [null, undefined];
      return;
    }
  },
};

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

function inFirstPerson(state: EssayState): boolean {
  let count = 0;
  for (const block of state.blocks.slice(state.bodyStart, state.bodyEnd)) {
    count += block.plain.match(/\bI\b(?!\.)/g)?.length ?? 0;
    if (count >= FIRST_PERSON_MIN) return true;
  }
  return false;
}

function namedInBody(state: EssayState, name: string): boolean {
  const key = ` ${matchKey(name)} `;
  return state.blocks.slice(state.bodyStart, state.bodyEnd).some((block) => ` ${matchKey(block.plain)} `.includes(key));
}
