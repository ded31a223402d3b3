import {
  commonWordIn,
  commonWordsOnly,
  NOT_A_NAME_WORD,
  nameCase,
  namesAlone,
  nameWithCredentials,
  nameWithGluedRole,
  PERSON_NAME,
  PUBLICATION_END,
  parseNameList,
  ROLE_LINE,
  writersAlone,
} from '../authors.js';
import { type Block, blockLines, makeBlock } from '../blocks.js';
import { isBylineLabel } from '../rules/byline.js';
import { classify } from '../rules.js';
import type { Vocabulary } from '../sentences.js';
import { HEADLINE_MAX_WORDS, isProse, words } from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { endsLikeSentence, wordCount } from '../text.js';
import { BIO_HEADING } from './tail.js';
import { mainTextStart } from './title.js';

/**
 * Bylines sit in the first half of a page, counted in words: a name alone further down is a caption or a signature.
 * (In words, not lines: fifty lines of menus over the headline hold fewer words than its first paragraph.)
 */
const BYLINE_ZONE = 0.5;

/** The index of the first block past the byline zone: where the blocks before it hold half the page's words. */
function bylineZoneEnd(blocks: readonly Block[]): number {
  const total = blocks.reduce((sum, block) => sum + words(block), 0);
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    seen += words(blocks[i] as Block);
    if (seen > total * BYLINE_ZONE) return i + 1;
  }
  return blocks.length;
}
/** A line that is a person's job title and place, "Data Scientist, NHS England": short, no sentence. */
const isRoleLine = (block: Block): boolean =>
  words(block) <= ROLE_MAX_WORDS &&
  ROLE_LINE.test(block.plain) &&
  !/[.!?]$/.test(block.plain) &&
  // ("Auto Racing" / "Columnists": a menu's sections; a person's role is singular.)
  !/^\p{L}+s$/u.test(block.plain.trim());
/** A byline's name line is a name and nothing more. */
const NAME_MAX_WORDS = 4;
/**
 * A name, a comma, then one to three capitalised words, the writer's outlet: "Victor Tangermann, Futurism". (Not a
 * state's code, "NEW YORK, NY".)
 */
const NAME_COMMA_OUTLET = /^([^,]+),\s+(?!\p{Lu}{2}$)(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2})$/u;
/** NAME_COMMA_OUTLET's outlet: three words at most. */
const OUTLET_MAX_WORDS = 3;
/** A role line under a name: "Senior Fellow, Economic Studies". */
const ROLE_MAX_WORDS = 12;

const adjacent = (a: Block | undefined, b: Block | undefined): boolean =>
  !!a && !!b && (a.lines.end + 1 === b.lines.start || b.lines.end + 1 === a.lines.start);

/** Dates in a row that make an archive list. */
const ARCHIVE_MIN_DATES = 3;
/** A line that is a date and nothing else: "July 2022", "January 19, 2017". */
const BARE_DATE = /^(?:\p{L}+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\p{L}+\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d$/u;

/**
 * An archive list ("July 2022", "June 2022", "May 2022"): dates standing alone on lines that
 * follow each other are navigation, not a byline's date.
 */
function archives(state: EssayState): void {
  const { blocks, hints } = state;
  const bare = (i: number): boolean => {
    const hint = hints[i];
    return hint?.kind === 'meta' && !!hint.date && !hint.authors && BARE_DATE.test(blocks[i]?.plain ?? '');
  };
  // Three or more in a row: a byline's date and an issue's month ("January 19, 2017" / "February 2017") make two.
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (end < blocks.length && bare(end) && (end === start || adjacent(blocks[end - 1], blocks[end]))) end++;
    if (end - start >= ARCHIVE_MIN_DATES) {
      for (let i = start; i < end; i++) {
        state.remove(i, 'navigation');
        hints[i] = { kind: 'chrome', reason: 'navigation' };
      }
    }
    start = Math.max(start, end - 1);
  }
}

/** The buttons a byline carries beside the writer's name: "Follow", "Share", "View Profile", "Full bio", "More by this author". */
const WRITER_BUTTON =
  /^(?:follow|share|view (?:full )?profile|(?:author )?profile|(?:view |full )?bio|more (?:by|from) (?:this )?(?:author|writer))$/i;

/**
 * Needs: markup (hints). Sites that print the author's name on a line of its own: a name next
 * to a date or a "Follow" button ("Lena Marsh" / "Mar 3, 2024"), or names each followed by their
 * role ("Mia Noonan" / "Data Scientist, NHS England"). Those lines become byline hints.
 */
export const bylines: Pass = {
  name: 'bylines',
  run(state) {
    const { blocks, hints } = state;
    archives(state);
    // Names under a bare "By", one byline: each name's index → the byline's authors (the hint of the first name).
    const byLabel = new Map<number, string[]>();
    /** Block `i` stands right above or under a date that names no one. */
    const besideDate = (i: number): boolean =>
      [i - 1, i + 1].some((j) => {
        const hint = hints[j];
        return adjacent(blocks[j], blocks[i]) && hint?.kind === 'meta' && !!hint.date && !hint.authors?.length;
      });
    const zoneEnd = bylineZoneEnd(blocks);
    blocks.forEach((block, i) => {
      if (hints[i] || state.isDecided(i) || block.kind === 'heading') return;
      // The writer's role on the line under their byline, "By Rodney Smolla" / "Dean, University of Richmond School of
      // Law": the byline's, no headline's.
      const writerAbove = hints[i - 1];
      if (writerAbove?.kind === 'meta' && writerAbove.authors?.length && adjacent(blocks[i - 1], block) && isRoleLine(block)) {
        hints[i] = { kind: 'meta' };
        return;
      }
      // Names each with its role and place after a comma, on one line beside the date: "Jagdish Bhagwati,
      // Professor, Columbia University, …; and Arvind Panagariya, Professor of Economics …" / "Published: June 2002".
      // (Anywhere on the page: roles and a date beside them make a byline, however long the menus above.)
      const roled = besideDate(i) ? namesWithRoles(block) : null;
      if (roled) {
        hints[i] = { kind: 'meta', authors: roled };
        return;
      }
      if (i >= zoneEnd) return;
      // Names alone on a line beside the date, several of them: "Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn
      // Patra" / "Nov 25th, 2025".
      const several = besideDate(i) ? namesListed(block, state.vocabulary) : null;
      if (several) {
        hints[i] = { kind: 'meta', authors: several };
        return;
      }
      const glued = nameWithGluedRole(block.plain);
      if (glued) {
        hints[i] = { kind: 'meta', authors: [glued] };
        return;
      }
      // A name with its credentials on a line of its own, its office and department on the lines under it (a speech's
      // header): "Vice Admiral Richard H. Carmona, M.D., M.P.H, FACS" / "United States Surgeon General" / "U.S. Department …".
      const [nameLine, ...under] = blockLines(block);
      const credited = nameLine ? nameWithCredentials(nameLine) : null;
      // (Not under a label, which the lines below read: "Reviewed by" / "Colin Smith, CPA" names a reviewer.)
      const labelled = /\bby:?$/i.test(blocks[i - 1]?.plain.trim() ?? '');
      if (credited && !labelled && under.every((line) => wordCount(line) <= ROLE_MAX_WORDS && !endsLikeSentence(line))) {
        hints[i] = { kind: 'meta', authors: [nameCase(credited)] };
        return;
      }
      // Under "By" alone, a line of its own: the writers, one name a line ("By" / "Joanna Okedara"),
      // their credentials after a comma ("Genevieve Carlton, Ph.D.").
      const above = blocks[i - 1];
      const spaced = !!above && block.lines.start <= above.lines.end + 2;
      const listed = spaced ? byLabel.get(i - 1) : undefined;
      const byLine = spaced && /^by:?$/i.test(above?.plain.trim() ?? '');
      const byline = byLine ? [] : listed;
      const writers = byline ? writersAlone(block, state.vocabulary) : null;
      if (byline && writers) {
        byline.push(...writers);
        if (byLine) hints[i - 1] = { kind: 'meta' };
        hints[i] = byLine ? { kind: 'meta', authors: byline } : { kind: 'meta' };
        byLabel.set(i, byline);
        return;
      }
      // ("VICTOR TANGERMANN, FUTURISM" over the date: the name, its outlet after a comma.)
      // (Longer than a name and an outlet: a paragraph, asked no more.)
      if (words(block) > NAME_MAX_WORDS + OUTLET_MAX_WORDS) return;
      const outletAfter = NAME_COMMA_OUTLET.exec(block.plain.trim());
      const named = outletAfter?.[1] ?? block.plain;
      // (A byline's label in capitals, "WRITTEN BY", is no name; nor a headline's or a letter's words, "Dear Mark Zuckerberg".)
      if (
        wordCount(named) > NAME_MAX_WORDS ||
        !PERSON_NAME.test(named) ||
        NOT_A_NAME_WORD.test(block.plain) ||
        PUBLICATION_END.test(named.trim()) ||
        isBylineLabel(block.plain)
      )
        return;
      if (commonWordsOnly(named, state.vocabulary)) return;
      if (commonWordIn(named, state.vocabulary)) return;
      const byDate = [i - 1, i + 1].some((j) => {
        const hint = hints[j];
        const near = adjacent(blocks[j], block);
        // (Not beside a byline that names its writers already: "Dive Deeper" / "By Mamokete Modiba, …".)
        // (Or beside the buttons a byline carries: "Follow", "Share", the link to the writer's profile, "View Profile".)
        return near && ((hint?.kind === 'meta' && !hint.authors?.length) || WRITER_BUTTON.test(blocks[j]?.plain.trim() ?? ''));
      });
      const role = blocks[i + 1];
      const byRole = adjacent(block, role) && !!role && isRoleLine(role);
      if (!byDate && (!byRole || outletAfter)) return;
      const name = nameCase(named.trim());
      // Names with their roles one after another ("Mia Noonan" / "Principal Data Scientist" /
      // "Harriet Sands" / …) are one byline: the names gather on the first.
      const previous = hints[i - 2];
      if (byRole && previous?.kind === 'meta' && previous.authors && adjacent(blocks[i - 1], block)) {
        previous.authors.push(name);
        hints[i] = { kind: 'meta' };
      } else {
        hints[i] = { kind: 'meta', authors: [name] };
      }
      if (byRole) hints[i + 1] = { kind: 'meta' };
    });
    linkBoxes(state);
    linkListsInOneBlock(state);
    authorCards(state);
  },
};

/** A line of writers' names alone: a few of them. */
const LISTED_NAMES_MAX_WORDS = 20;
/** A writer's name is two words at least (one is a handle or a site's) and four at most. */
const LISTED_NAME_WORDS = [2, 4] as const;

/**
 * Two or more people's names and nothing else, "A, B & C", "A and B"; null for any other line. (Not a headline's
 * words in capitals, each of which the text writes in lower case too: "Electrical Safety Tips and Best Practices".)
 */
function namesListed(block: Block, vocabulary: Vocabulary): string[] | null {
  if (words(block) > LISTED_NAMES_MAX_WORDS || endsLikeSentence(block.plain)) return null;
  const names = parseNameList(block.plain);
  const [fewest, most] = LISTED_NAME_WORDS;
  const person = (name: string): boolean =>
    PERSON_NAME.test(name) && wordCount(name) >= fewest && wordCount(name) <= most && !commonWordsOnly(name, vocabulary);
  return names && names.length >= 2 && names.every(person) ? names : null;
}

/** A line of names with their roles runs long: each name's title, place and posts. */
const ROLED_NAMES_MAX_WORDS = 60;

/**
 * The writers of a line that names each with a role after a comma ("Ana Ruiz, Economist & Tom Lee,
 * Policy Lead"), or null: it opens with a name whose role follows, and states nothing (no stop ends it).
 */
function namesWithRoles(block: Block): string[] | null {
  const text = block.plain.trim();
  const comma = text.indexOf(',');
  if (comma < 0 || words(block) > ROLED_NAMES_MAX_WORDS || /[.!?]["”’)]*$/.test(text)) return null;
  const first = text.slice(0, comma);
  if (wordCount(first) > NAME_MAX_WORDS || !PERSON_NAME.test(first) || !ROLE_LINE.test(text.slice(comma + 1).trim())) return null;
  const names = parseNameList(text);
  return names?.length && names.every((name) => PERSON_NAME.test(name)) ? names.map(nameCase) : null;
}

/**
 * The same box set as one block, its lines run together with no blank line between: headline, then
 * byline with its date, again and again ("Phil Gramm Doesn't Know Squat About His Own Budget Process" /
 * "by Stan Collender | August 09, 2012" / …). Every other line a byline, two at least.
 */
function linkListsInOneBlock(state: EssayState): void {
  state.blocks.forEach((block, i) => {
    const count = block.lines.end - block.lines.start + 1;
    if (state.isDecided(i) || block.kind !== 'paragraph' || count < 2 * BOX_MIN_BYLINES || count % 2 !== 0) return;
    const lines = state.lines.slice(block.lines.start - 1, block.lines.end);
    // (A cheap look first: each second line names someone.)
    if (!lines.every((line, k) => k % 2 === 0 || /^\s*by\s/i.test(line))) return;
    const bylines = lines.filter((_, k) => k % 2 === 1);
    const headlines = lines.filter((_, k) => k % 2 === 0);
    const dated = bylines.every((line) => {
      const verdict = classify(makeBlock('paragraph', [{ text: line, line: 1 }]), false);
      return verdict?.kind === 'meta' && !!verdict.date;
    });
    if (dated && headlines.every((line) => wordCount(line) <= HEADLINE_MAX_WORDS)) {
      state.remove(i, 'related');
      state.hints[i] = { kind: 'chrome', reason: 'related' };
    }
  });
}

/** Cards of other posts in a row, each a headline over its writer's name: three or more make a list of related posts. */
const CARDS_MIN = 3;
/** Blocks from one card's name to the next card's headline: its teaser between at most, and a blank or a label. */
const CARD_GAP = 3;

/**
 * A list of other posts set as cards, each a headline, its writer's name alone and a teaser
 * ("Kurt Volker throws Rudy Giuliani under the bus" / "Kaylee McGhee" / "Kurt Volker, a former
 * special envoy …"), with no dates to tell them: the whole run is related posts.
 */
function authorCards(state: EssayState): void {
  const { blocks } = state;
  const heads: number[] = [];
  blocks.forEach((block, i) => {
    const above = blocks[i - 1];
    if (!above || state.isDecided(i) || !adjacent(above, block) || namesAlone(block) === null) return;
    // (Headlines end as they like: "What made Joker so popular?", "Surprise! Report claiming …". A bio's heading over the
    // writer's name heads no card: "About the Author" / "Method Architecture" / the bio.)
    if (
      words(above) >= 3 &&
      words(above) <= HEADLINE_MAX_WORDS &&
      namesAlone(above) === null &&
      !BIO_HEADING.test(above.plain.trim().replace(/:$/, ''))
    )
      heads.push(i);
  });
  const main = mainTextStart(state);
  let start = 0;
  for (let k = 1; k <= heads.length; k++) {
    if (k < heads.length && (heads[k] as number) - (heads[k - 1] as number) <= CARD_GAP + 1) continue;
    // (After the article's text starts: cards above it may hold the title, and the header reads them.)
    if (k - start >= CARDS_MIN && (heads[start] as number) > main) {
      const first = (heads[start] as number) - 1;
      // (The last card's date and teaser too.)
      const last = Math.min(blocks.length - 1, (heads[k - 1] as number) + CARD_GAP - 1);
      for (let i = first; i <= last; i++) {
        state.remove(i, 'related');
        state.hints[i] = { kind: 'chrome', reason: 'related' };
      }
    }
    start = k;
  }
}

/** A box of links to other articles: short lines in a row, each article's author and date among them. */
const BOX_MIN_BYLINES = 2;
/** …or headlines each followed by their date ("Why Verizon Can’t Quit Yahoo DEC 20"). */
const BOX_MIN_DATED_LINKS = 3;
const DATED_LINK = /\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?$/i;

/**
 * A run of short lines holding several authors and several dates is a box of links to other
 * articles ("Mark Byrnes" / "Jul 17, 2014" / "The Twists and Turns …" / "Linda Poon" / …), not the
 * essay's byline, which names its authors once with one date.
 */
function linkBoxes(state: EssayState): void {
  const { blocks, hints } = state;
  const line = (i: number): boolean => {
    const block = blocks[i];
    return !!block && !state.isDecided(i) && block.kind !== 'heading' && words(block) <= 16;
  };
  // (A headline that asks or exclaims reads as a sentence; inside a box, over its byline, it is a headline
  // still: "Will The U.S. Drought Trigger Another Global Food Crisis?" / "By Brad Plumer | August 09, 2012".
  // Right under the card before, its byline or date: the article's own title over its byline opens no box.)
  const overByline = (i: number): boolean => {
    const [above, below] = [hints[i - 1], hints[i + 1]];
    const underCard = line(i - 1) && above?.kind === 'meta' && (!!above.date || !!above.authors?.length);
    // (A byline that names a staff, "by OurFuture.org Staff | August 09, 2012", names no author but dates its card.)
    return underCard && below?.kind === 'meta' && (!!below.authors?.length || !!below.date) && adjacent(blocks[i], blocks[i + 1]);
  };
  const short = (i: number): boolean => line(i) && (!isProse(blocks[i] as Block) || overByline(i));
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    while (end < blocks.length && short(end)) end++;
    // (No run here: most blocks of a text are none, and a box needs two bylines or three dates.)
    if (end === start) continue;
    const run = Array.from({ length: end - start }, (_, k) => start + k);
    // (The article's own headline and byline right under the box, its text under them: the one line of the run that
    // names a writer, last, over prose. "CAS Past President David Flynn Passes Away" / "12/04/2025" / "Candidate
    // Experience: Consulting Firm vs. Insurance Carrier" / "03/01/2017 by Agatha Caleo, …" / "A common question …".)
    const next = blocks[end];
    const named = run.filter((i) => !!(hints[i]?.kind === 'meta' && hints[i]?.authors?.length));
    if (named.length === 1 && named[0] === end - 1 && run.length > 2 && next && isProse(next) && adjacent(blocks[end - 2], blocks[end - 1]))
      run.splice(-2);
    // (Distinct writers: a byline may name its writer twice, with the role and without, over "Published …" and "Updated …".)
    const authors = new Set(
      run.flatMap((i) => {
        const hint = hints[i];
        return hint?.kind === 'meta' && hint.authors ? [hint.authors.join(', ')] : [];
      }),
    ).size;
    const dates = run.filter((i) => {
      const hint = hints[i];
      return (hint?.kind === 'meta' && !!hint.date) || DATED_LINK.test(blocks[i]?.plain ?? '');
    }).length;
    if ((authors >= BOX_MIN_BYLINES && dates >= BOX_MIN_BYLINES) || dates >= BOX_MIN_DATED_LINKS) {
      for (const i of run) {
        state.remove(i, 'related');
        hints[i] = { kind: 'chrome', reason: 'related' };
      }
    }
    start = Math.max(start, end);
  }
}
