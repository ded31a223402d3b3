import {
  BIO_VERB,
  bioSubject,
  bioSubjects,
  commonWordIn,
  copyrightHolder,
  nameCase,
  namesAlone,
  OWN_SITE,
  PERSON_NAME,
  PUBLICATION_END,
  parseNameList,
  ROLE_LINE,
  writersAlone,
} from '../authors.js';
import { type Block, blockKey, hasBlockKey, makeBlock } from '../blocks.js';
import { COMMENT_ABROAD, COMMENTS_ABROAD, isCommentHeader, isThreadHeading } from '../comments.js';
import { findDate, withinMonth } from '../dates.js';
import { datedListings } from '../listings.js';
import { isThanks } from '../rules/editorial.js';
import { isTeasersLead } from '../rules/related.js';
import type { Verdict } from '../rules/types.js';
import type { Vocabulary } from '../sentences.js';
import {
  adjacent,
  isBoxHeading,
  isHeadingShaped,
  isHeadlineCase,
  isProse,
  isText,
  openedListReader,
  saysMore,
  spacedParagraphs,
  words,
} from '../shape.js';
import type { EssayState, Pass } from '../state.js';
import { endsLikeSentence, escapeRegExp, firstWords, matchKey, wordCount } from '../text.js';

/** A bio heading: "About the author", "Written by", "Contributors"; "Zu den AutorInnen", "À propos des auteurs". */
export const BIO_HEADING =
  /^(about (the )?(co-?)?(authors?|writers?|contributors?)|author bios?|the (co-?)?authors?|(co-?)?authors?|contributors?|(co-?)?authors? (from|of) .{1,80}|biograph(y|ies)|written by|meet the authors?|about me|à propos (?:de l['’](?:auteur|autrice)|des auteur(?:e|rice)?s)|(?:über|ueber|zu) (?:den|die|dem) autor(?:in|en|innen|:innen|\*innen)?|zum autor|zur autorin|sobre (?:el autor|la autora|los autores|las autoras)|sull['’]autore|sugli autori)$/iu;
/**
 * Headings of the essay's sources, in English, Spanish, Portuguese, French, German, Italian, Dutch and Polish ("Fuentes",
 * "Referências", "Bibliographie", "Quellen", "Bronnen", "Przypisy").
 */
const SOURCES_HEADINGS =
  'notes?|end ?notes|foot ?notes|references|sources|bibliography|works cited|fuentes|referencias|bibliograf[ií]a|notas|fontes|refer[êe]ncias|r[ée]f[ée]rences(?: bibliographiques)?|bibliographie|quellen|quellenverzeichnis|referenzen|einzelnachweise|literatur|literaturverzeichnis|anmerkungen|fonti|riferimenti|bronnen|noten|voetnoten|przypisy|źródła';
/** The sources' heading set with a stop, as a page sets a run-in heading: "References.", "Notes." */
const SOURCES_WITH_STOP = new RegExp(String.raw`^(${SOURCES_HEADINGS})\.$`, 'i');
/**
 * A thread of comments headed in another language the deck speaks: its count or its heading in the plural
 * ("6 commentaires", "Kommentare", "Comentarios"; the singular also names a genre: "Kommentar"), or a
 * call to write one ("Poster un commentaire", "Kommentar schreiben", "Escribe un comentario").
 */
const COMMENTS_ELSEWHERE = [
  String.raw`(?:\d+ )?(?:${COMMENTS_ABROAD})(?: \(\d+\))?|\d+ (?:${COMMENT_ABROAD})`,
  `(?:poster|ajouter|écrire|publier|rédiger) un commentaire|kommentar (?:schreiben|verfassen|hinterlassen|abgeben)|(?:escribe|escribir|publicar|añadir|agregar) un comentario|(?:scrivi|aggiungi|invia) un commento|(?:escreva|adicione|publicar|escrever) um comentário|(?:plaats|schrijf) een reactie|laat een reactie achter`,
].join('|');
/**
 * A firm's offer asked as a question over its call to get in touch, of the reader's own work: "Would you like to
 * discuss a flexible, incremental approach for your next project?". (Not a listing's offer of another firm's, set
 * in the text: "Ready to book a long-distance move with BLVD Moving?".)
 */
const OFFER_QUESTION = String.raw`(?=.*\b(?:your|us)\b)(would you like|do you want|want|ready|interested|need help|need a hand)\b[^?]{0,100}\b(discuss|talk|chat|learn more|find out more|get started|work with us|speak with|book)\b[^?]{0,80}\?`;
/** An offer's question alone, which runs longer than the other end headings (see `isEndHeading`). */
const OFFER_HEADING = new RegExp(`^${OFFER_QUESTION}$`, 'i');
/**
 * Headings of what follows an essay: notes, references, thanks, credits, citations, comments, ways to
 * get in touch. The body ends at the first of them (boxes of related links, which pages also set
 * inside the text, are the body pass's business).
 */
/** A series' note that the next part is to come, as a heading: "To be continued", "Wordt vervolgd", "Fortsetzung folgt", "À suivre". */
const TO_BE_CONTINUED =
  'to be continued|more to come|wordt vervolgd|fortsetzung folgt|[àa] suivre|continuar[áa]|continua|continuerà|ciąg dalszy nastąpi';
const END_HEADING = new RegExp(
  String.raw`^(${SOURCES_HEADINGS}|sources and notes|further reading|additional reading|(?:book|reading) recommendations|recommended (?:reading|books)|suggested reading|reading list|acknowledg(e)?ments?|(?:project |production |image |photo |picture )?credits|notes on (?:the )?(?:figures?|charts?|graphs?|graphics|maps?|tables?|visuali[sz]ations?)|thanks|(many |special |a big |huge )?thanks (to|go(es)? to) .{1,40}|thank you( to .{1,40})?|cite this( publication| article| post| page)?|how to cite( this)?|((print|suggested|full) )?citation|(rights (and|&) )?permissions?( to (copy|reprint|republish|reproduce))?|reprints?( (and|&) permissions)?|((view|show|read|load|add|post|leave|write|see) )?(all )?(\d+ )?(comments?|responses|replies)( ?\(\d+\)| ?\(\+? ?add yours\??\))?|comments are closed|(visitors?|readers?['’]?|users?|members?|community|your) (comments?|responses)( (add|post|leave|write) (a|your) (comment|reply))?|(comments?|responses|replies) \d+|(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (thoughts?|comments?|responses?|repl(y|ies)) (on|to) “…”|(leave|post|add|write) (a|your) (comment|reply)(\s*\d+ (comments?|responses|replies))?|(deixe|deja|laissez|laisser|lascia|lasciare|schreibe|hinterlasse) (uma?|una?|einen|eine) (resposta|respuesta|r[ée]ponse|risposta|comentário|comentario|commentaire|commento|kommentar|antwort)|${COMMENTS_ELSEWHERE}|(log ?in|sign ?in) or register to (post|leave|add) comments|join the (conversation|discussion)|discussion( about this (post|article|story|piece))?|disclaimer|corrections?|learn more|find out more|more information|useful links|resources|we('d| would)? (want|love|like) to hear from you|tell us what you think|have your say(\.\.\.|…)?|feedback|(get in touch|contact|connect|stay in touch)( with| us)?\b.*|${OFFER_QUESTION}|${TO_BE_CONTINUED})$`,
  'i',
);
/**
 * Of those, the words of a button that pages also set in mid-text, over an offer ("Learn more",
 * "Contact us"): they end the text only when less of its prose lies below them than above.
 */
const BUTTON_HEADING = new RegExp(
  String.raw`^(learn more|find out more|more information|(get in touch|contact|connect)( with| us)?\b.*|${OFFER_QUESTION})$`,
  'i',
);
/**
 * Any of them ends the text only when its prose below is less than this many times the text's above
 * it: a menu's "Resources" between one paragraph of introduction and a timeline of a hundred entries
 * (CSIS) is no end matter; a long list of references under a short essay still is.
 */
const END_PROSE_BELOW_MAX_RATIO = 5;
/**
 * A prompt to discuss the piece elsewhere, which pages set under it: "Talk about this edition with
 * us in Discord: …", "Discuss this post on Hacker News". It ends the text as an end heading does.
 */
const DISCUSSION_PROMPT = /^(?:talk about|discuss|comment on) this (?:edition|issue|post|article|essay|piece|episode|story)\b/i;
/** A series' note on what comes next: "Next up in this series, …", "In the next post, …", "Coming up next: …". */
const SERIES_NEXT =
  /^(?:next up\b|coming up next\b|next time\b|next week\b|in (?:the|our) next (?:post|part|instal?lment|article|issue|episode|edition)\b)/i;
/** End matter that is the essay's sources: its lines are removed as footnotes. */
const NOTES_HEADING = new RegExp(String.raw`^(${SOURCES_HEADINGS})\b`, 'i');
/** A paragraph that disclaims: "The views expressed are the author's own." */
const DISCLAIMER = /\b(views|opinions) (expressed|are)\b|\bdo(es)? not (necessarily )?(reflect|represent)\b/i;
/** A financial site's disclosure under the text: "Keith Noonan owns shares of …", "… has a disclosure policy." */
const DISCLOSURE =
  /\b(?:owns|holds) (?:shares|stock|positions?) (?:of|in)\b|\bha(?:s|ve) no positions? in\b|\bhas a disclosure policy\b|^disclosure\s*:/i;
/** The article's identifier on a line of its own, where its citation block starts: "doi: https://doi.org/10.1038/…". */
const DOI_LINE = /^(?:doi:\s*)?(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)10\.\d{4,}\/\S+$/i;
/** More lines than this in a row that are neither text nor known chrome (a footer's menus) end the text. */
const FOOTER_GAP = 4;
/** Paragraphs in a row that show the text going on below a box of links. */
const BOX_RESUME_RUN = 2;
/** Page furniture in a row after the text (tags, date, share buttons) opens a box too: cards may follow. */
const FURNITURE_RUN = 5;
/** Lines of other kinds in a row that a run of furniture may hold (its items' labels). */
const FURNITURE_LABELS_MAX = 4;
/** Without a byline, a bio stands in the last part of the page. */
const LATE_BIO = 0.6;
/** A bio names its subject within its first words. */
const BIO_NAME_REACH = 10;
/** Headings are short; a bio's or end matter's heading more so. */
const TAIL_HEADING_MAX_WORDS = 8;

const headingText = (block: Block): string =>
  block.plain
    .replace(/[:.]$/, '')
    .replace(/\s*[#¶🔗]+$/u, '')
    .trim();
/**
 * (A tail heading may end in a colon, "71 comments:", "References:"; the sources' in a stop too, "References."; a comment thread's heading
 * may quote the post's title, however long: "6 thoughts on “How to Adopt an Online Leader Success Mindset”".)
 */
const isTailHeading = (block: Block, pattern: RegExp): boolean => {
  // (A paragraph too long for a heading, with no quoted title at its end, is none: asked of every block.)
  if (block.kind !== 'heading' && words(block) > TAIL_HEADING_MAX_WORDS && !/[”"’']$/.test(block.plain)) return false;
  const plain = block.plain.replace(/:$/, '').replace(SOURCES_WITH_STOP, '$1').replace(QUOTED_TITLE_END, ' “…”');
  return isHeadingShaped({ ...block, plain }, TAIL_HEADING_MAX_WORDS) && pattern.test(headingText({ ...block, plain }));
};
/**
 * A heading that ends the text. (Not "Discussion" marked as a heading by the author's Markdown:
 * that is a part of the essay; a page's "Discussion" over its comments is a line of the page.)
 */
const isEndHeading = (block: Block): boolean =>
  (isTailHeading(block, END_HEADING) || (isHeadingShaped(block) && OFFER_HEADING.test(headingText(block)))) &&
  !(block.kind === 'heading' && /^discussion$/i.test(headingText(block)));
/** A title quoted at the end of a heading: `on “…”`, `to "…"`. */
const QUOTED_TITLE_END = /\s+[“"‘'][^“”"]+[”"’']$/u;

/** A title block's next field, its date, follows the writer's name within this many blocks ("Published" / "May 24, 2018"). */
const FIELD_DATE_REACH = 2;

/**
 * A heading "Author" over a byline's name and then the date, as a page's title block sets its
 * fields ("Author" / "Matthew Upson" / "Published" / "May 24, 2018"): the byline's label, no bio's.
 */
function labelsByline(state: EssayState, i: number): boolean {
  const hint = state.hints[i + 1];
  if (hint?.kind !== 'meta' || !hint.authors?.length) return false;
  return state.hints.slice(i + 2, i + 2 + FIELD_DATE_REACH).some((field) => field?.kind === 'meta' && !!field.date);
}

/** "About the author", or "About Patrick" naming an author. */
function isBioHeading(state: EssayState, block: Block): boolean {
  if (isTailHeading(block, BIO_HEADING)) return true;
  // (The shape first: it is asked of every block under the text, and most are paragraphs.)
  if (!isHeadingShaped(block, TAIL_HEADING_MAX_WORDS)) return false;
  const named = /^about\s+(.+)$/i.exec(headingText(block))?.[1];
  if (!named) return false;
  const key = matchKey(named);
  // (Or by the surname, the first name a short form of the byline's: "Posted by Michael Shedlock" / … / "ABOUT MIKE SHEDLOCK".)
  const surname = (name: string): string => name.split(' ').at(-1) ?? '';
  const shortForm = (name: string, author: string): boolean =>
    name.split(' ').length === author.split(' ').length && surname(name) === surname(author) && name[0] === author[0];
  return state.meta.authors.some((author) => ` ${matchKey(author)} `.includes(` ${key} `) || shortForm(key, matchKey(author)));
}

/** Block `i` can end the essay's text: a paragraph or list item that no rule calls chrome, or a heading. */
function endsText(state: EssayState, i: number): boolean {
  const block = state.blocks[i] as Block;
  if (state.isDecided(i) || state.hints[i]?.kind === 'chrome' || datedListings(state).has(i)) return false;
  return isText(block) || (block.kind === 'heading' && state.format === 'markdown');
}

/** The block names one of the authors, by a whole name or a part of one ("Patrick has been working …"). */
function namesAuthor(state: EssayState, block: Block): boolean {
  const text = ` ${blockKey(block)} `;
  return state.meta.authors.some((author) =>
    matchKey(author)
      .split(' ')
      .some((part) => part.length > 2 && text.includes(` ${part} `)),
  );
}

function knownAuthor(state: EssayState, subject: string): boolean {
  const subjectKey = matchKey(subject);
  return state.meta.authors.some((author) => {
    const key = matchKey(author);
    return key === subjectKey || key.split(' ').at(-1) === subjectKey.split(' ').at(-1);
  });
}

/** The text opens with the person's full or first name and a bio's verb. */
function startsWithNameAndVerb(text: string, name: string): boolean {
  return cached(NAME_AND_VERB, name, () => {
    const first = name.split(/\s+/)[0] ?? name;
    return new RegExp(`^(?:${escapeRegExp(name)}|${escapeRegExp(first)}),?\\s+${BIO_VERB}\\b`, 'i');
  }).test(text);
}

/** Each writer's bio patterns, made once: the tail pass asks them of every paragraph under the text. */
const NAME_AND_VERB = new Map<string, RegExp>();
const NAME_EARLY = new Map<string, RegExp>();
function cached(patterns: Map<string, RegExp>, name: string, make: () => RegExp): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = make();
    patterns.set(name, pattern);
  }
  return pattern;
}

/** The text opens by the person's introducing themselves by name: "Hi, I'm Randy! At 32, I've turned …", "My name is Randy". */
function introducesSelf(text: string, name: string): boolean {
  const first = escapeRegExp(name.split(/\s+/)[0] ?? name);
  return new RegExp(`^(?:(?:hi|hello|hey)(?:\\s+there)?[,!.]?\\s+)?(?:I['’]m|I am|my name is)\\s+${first}\\b`, 'i').test(text);
}

/** The text opens with the person's name and a bio's verb, or speaks as them: "I’m the founder of …". */
const introduces = (text: string, name: string): boolean => startsWithNameAndVerb(text, name) || FIRST_PERSON_BIO.test(text);
const FIRST_PERSON_BIO = /^I(?:['’]m|\s+am)\s+(?:a|an|the)\s/;

/** A bio naming its writer by the first name has less prose under it than this share of the text's above it. */
const FIRST_NAME_BIO_PROSE_BELOW = 0.5;

/** A byline set after the text stands this many lines over its writer's bio at most: the name, then its date. */
const BYLINE_OVER_BIO_REACH = 2;

/** A bio that names its writer by the role alone, in the deck's languages: "The author is …", "Die Autorin ist …", "L'auteur est …". */
const THE_AUTHOR_IS =
  /^(?:the (?:author|writer)s? (?:is|are|was|were|has|have)|(?:der|die) (?:autor|autorin|autoren|autorinnen|verfasser|verfasserin) (?:ist|sind|war|lehrt|leitet|arbeitet)|l['’]aut(?:eur|rice)s? (?:est|sont|a été)|(?:el|la) autora? es|(?:los|las) autor(?:es|as) son|l['’]autore è|l['’]autrice è)\b/iu;

/** Block `index`, after most of the text, is a heading-shaped line that names every writer of the byline. */
function namesAuthorsLate(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  if (!isHeadingShaped(block, 12) || state.meta.authors.length === 0) return false;
  if (index < state.bodyStart + (state.blocks.length - state.bodyStart) * LATE_BIO) return false;
  const text = ` ${blockKey(block)} `;
  return state.meta.authors.every((author) => text.includes(` ${matchKey(author)} `));
}

/**
 * The writers signing the text over the heading of a part still to come, as a letter or a report
 * signs before its appendix: "Ulrich Schwardmann, Göttinger Klimabündnis" / "Anhänge" / "## Appendix
 * 1: Rechtliche Randbedingungen". The byline's, not the start of a bio: the text goes on under it.
 */
const signsOverHeading = (state: EssayState, index: number): boolean =>
  !state.hints[index] && !state.isDecided(index) && state.blocks[index + 1]?.kind === 'heading' && namesAuthorsLate(state, index);

function isBioStart(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  if (index <= state.bodyStart || state.hints[index] || state.isDecided(index)) return false;
  // A heading after most of the text that names an author introduces their bio ("Spotlight: Mia Noonan").
  if (namesAuthorsLate(state, index) && state.blocks[index + 1]?.kind !== 'heading') return true;
  // A paragraph after most of the text that says who the author is, unnamed: "Der Autor ist Professor an der …",
  // "The author is a senior fellow at …".
  // (After most of the text by its prose, as a first-name bio: a page's footer may have more lines than the text has.)
  if (THE_AUTHOR_IS.test(block.plain.trim()) && proseBelowUnder(state, index, FIRST_NAME_BIO_PROSE_BELOW)) return true;
  // The author's name alone as a heading, over a paragraph that opens with their name and a bio's
  // verb ("Emiliano Bellini" / "Emiliano joined pv magazine in March 2017."), wherever it stands.
  const author = state.meta.authors.find((name) => hasBlockKey(block, matchKey(name)));
  const below = state.blocks[index + 1];
  if (author && isHeadingShaped(block) && below && startsWithNameAndVerb(below.plain, author)) return true;
  // (Or their role between, a line of its own, as an author box sets it: "Justin Nix" / "Associate Professor of
  // Criminology and Criminal Justice" / "My research interests include …", only the page's furniture after.)
  const underRole = state.blocks[index + 2];
  if (author && isHeadingShaped(block) && below && underRole && roleUnder(block, below) && isProse(underRole))
    return closesPage(state, index + 2);
  // Under a byline set after the text, a paragraph that opens with its writer's name or first name and a
  // bio's verb ("Written by Lisa Greene-Lewis" / "Lisa has over 20 years of experience in tax preparation. …").
  // (Or introducing themselves: "Written by Randy Thompson" / "Hi, I'm Randy! At 32, …". The byline's
  // date may stand between, a line of its own: "By Kaavya Shah" / "July 18, 2024" / "Kaavya is a …".)
  for (let j = index - 1; j > state.bodyStart && j >= index - BYLINE_OVER_BIO_REACH && state.hints[j]?.kind === 'meta'; j--) {
    const byline = state.hints[j];
    if (
      byline?.kind === 'meta' &&
      byline.authors?.some((name) => startsWithNameAndVerb(block.plain, name) || introducesSelf(block.plain, name))
    )
      return true;
  }
  // With no byline, the same closing the page: a name alone over its bio.
  if (namedOverOwnBio(state, index)) return true;
  // "Pulitzer Prize-winning journalist Michael Hiltzik writes …": an author named early, as the subject of a bio verb.
  const opening = firstWords(block.plain, BIO_NAME_REACH);
  if (
    state.meta.authors.some((author) =>
      cached(NAME_EARLY, author, () => new RegExp(`\\b${escapeRegExp(author)}(?:\\s*\\([^)]*\\))?,?\\s+${BIO_VERB}\\b`, 'i')).test(opening),
    )
  )
    return true;
  // A paragraph after most of the text that opens with the writer's first name and a bio's verb, in
  // the writer's box under the text: "Trung Tran" / "Technical/Content Writer" / "Trung is a content writer at …".
  // (After most of the text by its prose: a page's footer may have more lines than the text has.)
  // (The measure of prose last: it reads the whole page.)
  if (
    isProse(block) &&
    state.meta.authors.some((author) => startsWithNameAndVerb(block.plain, author)) &&
    proseBelowUnder(state, index, FIRST_NAME_BIO_PROSE_BELOW)
  )
    return true;
  const subject = bioSubject(block.plain);
  if (!subject) return false;
  if (knownAuthor(state, subject)) return true;
  if (state.meta.authors.length > 0) return false;
  // No name in the byline but a handle, which the bio's name starts with: "by randfish on November 7, 2010" / …
  // "Rand Fishkin is the CEO & co-founder of SEOmoz …".
  const handle = bylineHandle(state);
  if (handle && compactName(subject).startsWith(handle)) return true;
  // No byline: a "Name is a …" paragraph over a link to the writer's other pieces is their bio.
  if (AUTHOR_ARCHIVE.test(state.blocks[index + 1]?.plain.trim() ?? '')) return true;
  // No byline: a closing "Name is a … at/of …" paragraph after most of the text is a bio ("… investigador en la
  // Universidad de Lisboa", "… chercheur à …", "… Professorin an der …").
  return (
    /\b(?:at|of|for|en|de|del|chez|bei|an der|presso|di)\b|\sà\s/.test(block.plain) &&
    !WORK_BLURB.test(block.plain) &&
    closesPage(state, index)
  );
}

/** Block `below`, right under a name, is a line of the person's role: "Lecturer in Crime Science". */
const roleUnder = (name: Block, below: Block): boolean =>
  adjacent(name, below) && isHeadingShaped(below) && ROLE_LINE.test(below.plain.trim());

/**
 * With no byline, block `index` is a name alone over the paragraph that opens with it or its first name, or speaks as
 * them, only furniture after: "Maria Mathioudaki" / "Maria is a growth analyst …"; "Josh Fechter" / "I’m the founder of
 * HR.University. …". Their role may stand between, a line of its own: "Matt Ashby" / "Lecturer in Crime Science" / "I am
 * a lecturer in …". The name is the writer's.
 */
function namedOverOwnBio(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  const below = state.blocks[index + 1];
  const named = state.meta.authors.length === 0 ? namesAlone(block) : null;
  if (named?.length !== 1 || !below || !isHeadingShaped(block)) return false;
  const roleBetween = roleUnder(block, below);
  const bio = roleBetween ? index + 2 : index + 1;
  const bioText = state.blocks[bio]?.plain;
  return bioText !== undefined && introduces(bioText, named[0] as string) && closesPage(state, bio);
}

/** A name that makes something, not a person: "Playful Void is a production of Idle Cartulary. If you liked …". */
const WORK_BLURB =
  /^[^.!?]*?\b(?:is|are)\s+(?:an?\s+)?(?:production|publication|project|newsletter|podcast|series|programme|program|initiative|imprint)\s+(?:of|by|from)\b/i;

/** A handle is a few letters at least: "randfish". */
const HANDLE_MIN_CHARS = 4;

/** The handle a byline gives for the writer, a word in lower case where a name would stand: "by randfish on November 7, 2010". */
function bylineHandle(state: EssayState): string | null {
  const line = state.meta.lines.date ?? state.meta.lines.authors;
  const text = line ? (state.lines[line - 1] ?? '') : '';
  const handle = /^\s*(?:posted |written )?by\s+@?(\p{Ll}[\p{Ll}\d_.-]+)(?=\s+on\b|\s*[|,·•]|\s*$)/u.exec(text)?.[1];
  const compact = handle ? compactName(handle) : '';
  return compact.length >= HANDLE_MIN_CHARS ? compact : null;
}

/** A name's letters and figures in lower case, as a handle writes them: "Rand Fishkin" → "randfishkin". */
const compactName = (name: string): string => name.toLowerCase().replace(/[^\p{L}\d]/gu, '');

/** A paragraph that opens as a bio ("Jane Doe is a …") of the essay's writer, or of anyone when the bios are to name the writers. */
function bioOfAnAuthor(state: EssayState, text: string, authorsFromBio: boolean): boolean {
  const subject = bioSubject(text);
  return subject !== null && (authorsFromBio || knownAuthor(state, subject));
}

/** A link to a writer's other pieces: "View All Articles by This Author", "Read all articles by Rebecca MacFarlane". */
const AUTHOR_ARCHIVE =
  /^(?:(?:view|see|read|browse)\s+(?:all|more)\s+(?:of\s+)?(?:\w+\s+)?(?:articles|posts|stories|work)\s+(?:by|from)|more\s+(?:articles\s+|posts\s+|stories\s+)?(?:by|from)\s+(?:this|the)\s+(?:author|writer)|all\s+(?:posts|articles|stories)\s+by)\b/i;

/** Block `i` is a short heading right over the heading of a box of links: the site's name over its teasers. */
function boxAt(state: EssayState, i: number): boolean {
  const block = state.blocks[i] as Block;
  const next = state.blocks[i + 1];
  return isHeadingShaped(block, BOX_OWNER_MAX_WORDS) && !isProse(block) && next !== undefined && isBoxHeading(next);
}
/** A site's heading over a box of its links is a name or two: "TRC Blog", "From the Newsroom". */
const BOX_OWNER_MAX_WORDS = 4;

/**
 * Block `index` stands after most of the text, and only page furniture, other bios or a
 * disclaimer follow it (up to the end matter or a box of links: notes under an "Endnotes"
 * heading, teasers under "Related articles", are not the text going on; nor is what stands
 * under a run of the page's furniture right after the block: "Josh Fechter" / "I’m the founder
 * of …" / "TABLE OF CONTENTS" / "Previous" / … / the site's blurbs of its courses).
 */
function closesPage(state: EssayState, index: number): boolean {
  const after = state.blocks.slice(index + 1);
  const furniture = after.findIndex((_, k) => state.hints[index + 1 + k]?.kind !== 'chrome');
  const endMatter = furniture < 0 || furniture >= FURNITURE_RUN_MIN ? 0 : after.findIndex((b) => isEndHeading(b) || isBoxHeading(b));
  const rest = (endMatter < 0 ? after : after.slice(0, endMatter)).filter((_, k) => state.hints[index + 1 + k]?.kind !== 'chrome');
  const textEnds = endMatter < 0 ? state.blocks.length : index + 1 + endMatter;
  const late = index >= state.bodyStart + (textEnds - state.bodyStart) * LATE_BIO;
  return late && rest.every((b) => !isProse(b) || bioSubject(b.plain) || DISCLAIMER.test(b.plain));
}

/** Lines of the page's furniture in a row that end the page's text: a pager's "Previous" / "Next", a menu. */
const FURNITURE_RUN_MIN = 2;

/** How many blocks under the text a date line alone may stand and still be the post's (a bio, a note between). */
const DATE_BELOW_REACH = 4;
/** How many blocks under the text a line labelled as the publication's date may stand (a list of the blog's other posts between). */
const PUBLISHED_BELOW_REACH = 40;

/**
 * The one line under the text, within PUBLISHED_BELOW_REACH blocks, that labels itself as the publication's date
 * ("Published on 2021-01-18T19:55"): its index and that date; null where there is none, or two, which may be the dates of
 * the posts a box lists.
 */
function lonePublishedLine(blocks: readonly Block[], bodyEnd: number): { index: number; iso: string } | null {
  let found: { index: number; iso: string } | null = null;
  for (let i = bodyEnd; i < Math.min(blocks.length, bodyEnd + PUBLISHED_BELOW_REACH); i++) {
    const iso = publishedOn((blocks[i] as Block).plain);
    if (iso === null) continue;
    if (found) return null;
    found = { index: i, iso };
  }
  return found;
}
/** "Published on 2021-01-18T19:55", "Veröffentlicht am 3. März 2020": the label, then the date alone, a time after it at most. */
const PUBLISHED_LINE =
  /^(?:published|first published|veröffentlicht am|publié le|publicado el|pubblicato il|publicado em|gepubliceerd op)(?:\s+on)?\s*:?\s+(.+)$/i;
/** Characters a time after the date takes at most: "T19:55", " at 10:06 pm". */
const TIME_AFTER_DATE =
  /^(?:T\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?|,?\s+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?)?$/i;

/** The date of a line that labels itself as the publication's date and says nothing else, or null. */
function publishedOn(text: string): string | null {
  const value = PUBLISHED_LINE.exec(text.trim())?.[1];
  const date = value ? findDate(value) : null;
  if (!value || !date || !value.startsWith(date.match)) return null;
  return TIME_AFTER_DATE.test(value.slice(date.match.length)) ? date.iso : null;
}

/** Under a bio heading, a bio may name its subject by the first name alone: "Sharif lives in Leeds and …", "Farheen, lives in …". */
const FIRST_NAME_BIO = new RegExp(`^\\p{Lu}[\\p{L}'’-]+,?\\s+${BIO_VERB}\\b`, 'u');

/** A newsletter's lead into its roundup of other news and links: "In other energy and climate news:", "Okay, onto some links and shouts:". */
const ROUNDUP_LEAD =
  /^(?:(?:okay|ok|so|now|and),?\s+)?(?:(?:on|onto|on to)\s+(?:some|the|a few)\s+(?:links|news|other)\b.*|in other\b.{0,40}\bnews|(?:some |a few |more |other )?(?:links|reading|news)(?: and (?:shouts|notes|reading))?|elsewhere(?: this week)?|what (?:i'?m|we'?re) reading)\s*:$/i;

/** A note's number: "1.", "2)", "[3]". */
const NOTE_NUMBER = /^\s*\[?(\d{1,3})[.)\]]\s+\S/;
/** A note cites: a year and a quoted title, a page, "et al." or an address; or it is "Ibid.". */
const CITATION =
  /\b(?:1[6-9]|20)\d\d\b.*?(?:["“][^"”]{3,}["”]|\bpp?\.\s*[\dA-Z]|\bet al\b|https?:\/\/)|["“][^"”]{3,}["”].*?\b(?:1[6-9]|20)\d\d\b|\bibid\b/i;
/**
 * A sources heading run into its first entry: "References: Barrage, L., & Nordhaus, W. (2024). Policies, …"
 * (a bold label over a soft break). Not "Note: …", which opens an aside in mid-text.
 */
const RUN_IN_SOURCES = new RegExp(String.raw`^(?!note\s*:)(?:${SOURCES_HEADINGS})\s*:\s+\S`, 'i');
/** An author-year citation: "(2024)", "(2015a)". */
const AUTHOR_YEAR = /\((?:1[6-9]|20)\d\d[a-z]?\)/;

/** A paragraph that opens with a sources heading and goes on citing: the notes, run into their heading. */
function runInSources(block: Block): boolean {
  return RUN_IN_SOURCES.test(block.plain) && (AUTHOR_YEAR.test(block.plain) || CITATION.test(block.plain));
}

/** Endnotes listed under the text without a heading run this many, numbered from 1… */
const ENDNOTES_MIN = 3;
/** …and most of them cite. */
const ENDNOTES_CITING_SHARE = 0.6;
/** A note that cites by its sources' web addresses alone: "[1] https://t.me/modmilby/20635", "[9] https://www.ukrinform dot ua/…". */
const ADDRESS_NOTE = /^\s*\[?\d{1,3}[.)\]]\s+(?:https?:\/\/|www\.)\S/;

/**
 * A list of endnotes under the text with no "Notes" heading over it: numbered from 1 in order,
 * most of them citing ("1. Colin Powell speech, printed in the New York Times, Feb. 6, 2003, p. A15",
 * "4. CIA, “Unclassified Responses to Questions for the Record,” April 8, 2002, p. 10.", "18. Ibid."),
 * with less prose after them than the text above.
 */
function endnotesAt(state: EssayState, i: number): boolean {
  const { blocks } = state;
  if (NOTE_NUMBER.exec((blocks[i] as Block).plain)?.[1] !== '1') return false;
  let next = 1;
  let citing = 0;
  let j = i;
  for (; j < blocks.length; j++) {
    const block = blocks[j] as Block;
    if (block.kind === 'rule') continue;
    if (Number(NOTE_NUMBER.exec(block.plain)?.[1]) !== next) break;
    next++;
    if (CITATION.test(block.plain) || ADDRESS_NOTE.test(block.plain)) citing++;
  }
  const notes = next - 1;
  // (Notes that explain rather than cite are notes all the same when the text above marks each one: "[1] Según la
  // OPS/OMS, en México se consumen …" under "… de ultraprocesados[1], por persona".)
  const marked = notes >= MARKED_ENDNOTES_MIN && /^\s*\[/.test((blocks[i] as Block).plain) && marksAbove(textAbove(state, i), notes);
  return (
    (marked || (notes >= ENDNOTES_MIN && citing >= notes * ENDNOTES_CITING_SHARE)) &&
    proseWords(state, j, blocks.length) < proseWords(state, state.bodyStart, i)
  );
}

/** Notes in brackets whose marks the text above holds run this many at least. */
const MARKED_ENDNOTES_MIN = 2;
/** Each of notes 1 to `notes` marked in `text` by its number in brackets: "[1]", "[2]". */
function marksAbove(text: string, notes: number): boolean {
  for (let n = 1; n <= notes; n++) if (!text.includes(`[${n}]`)) return false;
  return true;
}

/** The text from the body's start to block `i`, where notes' marks are looked for. */
const textAbove = (state: EssayState, i: number): string =>
  state.blocks
    .slice(state.bodyStart, i)
    .map((block) => block.plain)
    .join('\n');

/** A note whose number lost its space to the superscript it was printed as: "1In the mid-'80s …". */
const GLUED_NOTE_NUMBER = /^(\d{1,2})(?=\p{Lu}\p{Ll})/u;

/**
 * Notes under the text whose numbers are set against their first words ("1In the mid-'80s Tony McAdam …",
 * "2Unfortunately the next recession …"), as a page copy keeps superscripts: numbered from 1 in order, and
 * each number set against a word's end or a stop in the text above, as its mark ("… his conservative views.1").
 */
function gluedNotesAt(state: EssayState, i: number): boolean {
  const { blocks } = state;
  if (GLUED_NOTE_NUMBER.exec((blocks[i] as Block).plain)?.[1] !== '1') return false;
  const text = textAbove(state, i);
  let next = 1;
  for (let j = i; j < blocks.length && Number(GLUED_NOTE_NUMBER.exec((blocks[j] as Block).plain)?.[1]) === next; j++) {
    if (!new RegExp(`[\\p{L}.,;:!?"”’)]${next}(?!\\d)`, 'u').test(text)) return false;
    next++;
  }
  return true;
}

/** A note's number standing alone on its line, as a page copy keeps a footnote's superscript over its text. */
const STANDING_NOTE_NUMBER = /^\s*\[?(\d{1,2})[.)\]]?\s*$/;
/** A note that cites a work and its pages: "Seeing Like a State, 203-204, 310". */
const NOTE_CITES = /^\p{Lu}[^.!?]{2,120},\s*(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*\.?$/u;
/** Notes set so run this many at least. */
const STANDING_NOTES_MIN = 2;

/**
 * Notes under the text whose numbers stand alone, each over its note ("1" / "A Likert-type scale is …" / "2" / "For
 * instance, see Di Tella et al. (2010) …"), as a page copy keeps a site's footnotes: numbered from 1 in order, the
 * first number set against a word's end or a stop in the text above, as its mark ("… or a Likert-type scale.1 A variant").
 */
function standingNotesAt(state: EssayState, i: number): boolean {
  const { blocks } = state;
  if (STANDING_NOTE_NUMBER.exec((blocks[i] as Block).plain)?.[1] !== '1') return false;
  const text = textAbove(state, i);
  if (!/[\p{L}.,;:!?"”’)]1(?!\d)/u.test(text)) return false;
  let next = 1;
  let j = i;
  while (
    j + 1 < blocks.length &&
    Number(STANDING_NOTE_NUMBER.exec((blocks[j] as Block).plain)?.[1]) === next &&
    // (A note may cite without a sentence: "Seeing Like a State, 203-204, 310".)
    (isProse(blocks[j + 1] as Block) || NOTE_CITES.test((blocks[j + 1] as Block).plain))
  ) {
    next++;
    j += 2;
  }
  return next - 1 >= STANDING_NOTES_MIN && proseWords(state, j, blocks.length) < proseWords(state, state.bodyStart, i);
}

/** A note's mark as Word prints it, a Roman numeral in brackets: "[i] Premier Zaev beklagte …", "[iv] …". */
const ROMAN_NOTE = /^\[([ivxl]{1,6})\]\s*\S/;
/** The marks in order, "i" to "xx". */
const ROMAN = 'i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx'.split(' ');
/** Notes marked so run this many at least. */
const ROMAN_NOTES_MIN = 2;

/**
 * Notes under the text marked "[i]", "[ii]", … in order, each mark set in the text above against its word
 * ("… sowohl in Kumanovo[ii] als auch …"), as a word processor's endnotes are copied to a page.
 */
function romanNotesAt(state: EssayState, i: number): boolean {
  const { blocks } = state;
  if (ROMAN_NOTE.exec((blocks[i] as Block).plain)?.[1] !== 'i') return false;
  const text = textAbove(state, i);
  let next = 0;
  for (let j = i; j < blocks.length && next < ROMAN.length && ROMAN_NOTE.exec((blocks[j] as Block).plain)?.[1] === ROMAN[next]; j++) {
    if (!text.includes(`[${ROMAN[next]}]`)) return false;
    next++;
  }
  return next >= ROMAN_NOTES_MIN;
}

/** Words of running text in blocks `from` to `to` (excluded): where a page's text lies, by weight. */
function proseWords(state: EssayState, from: number, to: number): number {
  return state.blocks.slice(from, to).reduce((sum, block) => sum + (isProse(block) ? words(block) : 0), 0);
}

/** Less prose stands below block `index` than `ratio` times the text's prose above it: a line there may end the text. */
const proseBelowUnder = (state: EssayState, index: number, ratio: number): boolean =>
  proseWords(state, index + 1, state.blocks.length) < proseWords(state, state.bodyStart, index) * ratio;

/** A roundup's lead after most of the text (its words): what follows is others' news, not the essay. */
function isRoundupLead(state: EssayState, index: number): boolean {
  const block = state.blocks[index] as Block;
  if (!ROUNDUP_LEAD.test(block.plain.trim())) return false;
  return proseWords(state, state.bodyStart, index) >= proseWords(state, index + 1, state.blocks.length);
}

/** A footer byline has at least this many times the prose above it as below it. */
const FOOTER_TEXT_SHARE = 2;

/**
 * A blog's footer line under the post, "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M.
 * Kuhn.": a byline with both date and author after most of the text ends it, and one with the
 * author alone when the header named none.
 */
function isPostFooter(state: EssayState, index: number): boolean {
  const hint = state.hints[index];
  // (Without a date when the header named no writer: "By Howard Gleckman, with …, in Washington".)
  if (hint?.kind !== 'meta' || !hint.authors?.length || (!hint.date && state.meta.authors.length > 0)) return false;
  // After most of the text, by its words: a footer's disclaimers and links may outnumber its paragraphs;
  // or over readers' comments signed the same way, however long the thread runs.
  // (Or right over the notes' heading, as a report signs its text: "Autorin: Uta Staschewski, Projektleiterin …" / "Anmerkungen".)
  const next = state.blocks[index + 1];
  return (
    proseWords(state, state.bodyStart, index) >= FOOTER_TEXT_SHARE * proseWords(state, index + 1, state.blocks.length) ||
    signedCommentsBelow(state, index, hint.authors) ||
    (next !== undefined && isEndHeading(next) && NOTES_HEADING.test(headingText(next)))
  );
}

/** A blog's footer under the post, as WordPress's themes word it: "This entry was posted on …", "This entry was posted in … on …". */
const ENTRY_FOOTER = /^this (?:entry|post) was posted (?:on|in)\s/i;

/**
 * The post's footer ends the text when less prose lies below it than above, or when readers' thread follows it
 * ("This entry was posted on …" / "221 Responses to “…”"): on a page of several posts, the first one's footer ends no text.
 */
function entryEnds(state: EssayState, i: number): boolean {
  if (proseBelowUnder(state, i, 1)) return true;
  for (let j = i + 1; j < Math.min(state.blocks.length, i + 1 + ENTRY_THREAD_REACH); j++)
    if (isThreadHeading((state.blocks[j] as Block).plain)) return true;
  return false;
}
/** Blocks between a post's footer and the heading of its thread. */
const ENTRY_THREAD_REACH = 3;

/** A comment's signature: its writer, its date and the time of day ("by Eric Kennedy on November 9, 2010 at 6:10 am"). */
const SIGNED_AT_TIME = /^(?:posted )?by\s+\S.{0,60}\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?/i;
/** Comments signed under their text, this many at least, open a thread… */
const SIGNED_COMMENTS_MIN = 2;
/** …each signature this many blocks at most below the one before. */
const SIGNED_COMMENT_REACH = 12;

/**
 * Under the post's footer byline, readers' comments each signed below its text in the footer's
 * form, by others, with a date ("Posted by David at December 16, 2025 11:15 AM" / comment /
 * "Posted by: John at December 18, 2025 05:48 PM" / comment / "Posted by: Groggy at …").
 */
function signedCommentsBelow(state: EssayState, index: number, writers: readonly string[]): boolean {
  const names = new Set(writers);
  let last = index;
  let signed = 0;
  for (let j = index + 1; j < state.blocks.length && j - last <= SIGNED_COMMENT_REACH && signed < SIGNED_COMMENTS_MIN; j++) {
    const hint = state.hints[j];
    if (hint?.kind !== 'meta' || !hint.date || hint.authors?.some((name) => names.has(name))) continue;
    // (Signed by a name, or by a handle the byline rule reads no name in, at a time of day: "by zdw on November 14, 2010 at 4:25 pm. Reply #".)
    if (!hint.authors?.length && !SIGNED_AT_TIME.test((state.blocks[j] as Block).plain)) continue;
    if (j - last < 2) return false;
    signed++;
    last = j;
  }
  return signed >= SIGNED_COMMENTS_MIN;
}

/** The blocks from `from` on open with BOX_RESUME_RUN paragraphs of sentences, none of them known chrome. */
function textResumes(state: EssayState, from: number): boolean {
  let run = 0;
  for (let i = from; i < state.blocks.length && run < BOX_RESUME_RUN; i++) {
    const block = state.blocks[i] as Block;
    if (block.kind === 'rule') continue;
    if (state.isDecided(i) || state.hints[i] || !isProse(block) || !endsLikeSentence(block.plain)) return false;
    run++;
  }
  return run >= BOX_RESUME_RUN;
}

/** A list's label is a word or three ("Services", "Key results"). */
const LABEL_MAX_WORDS = 3;
/** Lines of code or a table's rows in the text run this many blocks at most. */
const INSET_MAX_BLOCKS = 40;

/**
 * The first block after the run of lines from `from` that are neither text nor known chrome,
 * set line under line, when they are a listing of code or a table's rows ("let bytes =
 * ContiguousArray<UInt8>(html.utf8)"); else `from`.
 */
function afterUnknownRun(state: EssayState, from: number): number {
  let i = from;
  let inset = 0;
  while (
    i < state.blocks.length &&
    i - from < INSET_MAX_BLOCKS &&
    !state.isDecided(i) &&
    !state.hints[i] &&
    !isText(state.blocks[i] as Block) &&
    (i === from || adjacent(state.blocks[i - 1] as Block, state.blocks[i] as Block))
  ) {
    const block = state.blocks[i] as Block;
    if (block.tableRow || CODE_LINE.test(block.plain)) inset++;
    i++;
  }
  // (A footer's menus are words alone: most of an inset's lines are a table's rows or code.)
  return inset * 2 > i - from ? i : from;
}

/**
 * A listing's line numbers, copied as lines of their own ("1" / "2" / … / "9" over "import icu" /
 * "collator = icu.Collator.createInstance(…)" / …): a run of numbers counting from 1, code in the
 * lines after them.
 */
function lineNumberGutters(state: EssayState): Set<number> {
  const { blocks } = state;
  const number = (i: number): number | null => {
    const text = blocks[i]?.plain.trim() ?? '';
    return /^\d{1,4}$/.test(text) ? Number(text) : null;
  };
  const gutters = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    if (number(i) !== 1) continue;
    let end = i;
    while (number(end + 1) === (number(end) as number) + 1) end++;
    let after = end + 1;
    while (after < blocks.length && !/\S/.test(blocks[after]?.plain ?? '')) after++;
    const code = blocks.slice(after, after + GUTTER_CODE_REACH).some((block) => CODE_LINE.test(block.plain));
    if (end > i && code) for (let k = i; k <= end; k++) gutters.add(k);
    i = end;
  }
  return gutters;
}

/** Lines after a run of line numbers among which the listing's code shows. */
const GUTTER_CODE_REACH = 3;

/** A line of code: its brackets, operators or a comment's mark. */
const CODE_LINE = /[{}();=<>[\]]|^\s*(?:\/\/|#|--)\s/;

/** A listing's line in a page copy: set in by spaces, or its braces, semicolons and assignments. */
const LISTING_LINE = /^(?: {2,}|\t)\S|[{};=]/;

/** With a cut (a bio, end matter): the text ends with its last paragraph before it; tags, counters and cards between are the page's. */
function textEndBefore(state: EssayState, cut: number): number {
  let end = textEnd(state, cut);
  while (end > state.bodyStart && !endsText(state, end - 1) && !state.blocks[end - 1]?.tableRow) end--;
  return beforeTrailingHeadlines(state, end);
}

/** Other posts' headlines in a column after the text are this many or more. */
const TRAILING_HEADLINES_MIN = 2;

/**
 * In a page copy, the text ends before a column of headlines set line under line at its end, with
 * no paragraph under any of them: other posts' titles ("How Many People in the U.S. Military
 * Actually Fight Anymore?" / "Who Will Get Top Jobs in a Romney Administration?" / …). A heading
 * with nothing under it heads no part of the essay either.
 */
function beforeTrailingHeadlines(state: EssayState, end: number): number {
  if (state.format !== 'text') return end;
  let start = end;
  let headlines = 0;
  for (let i = end - 1; i > state.bodyStart; i--) {
    const block = state.blocks[i] as Block;
    if (block.kind === 'rule' || (state.isDecided(i) && state.role(i)?.kind === 'chrome')) continue;
    if (state.isDecided(i) || (state.hints[i] && state.hints[i]?.kind !== 'chrome') || !isHeadlineCase(block)) break;
    headlines++;
    start = i;
  }
  return headlines >= TRAILING_HEADLINES_MIN ? start : end;
}

/**
 * Without a cut, the text ends after its last paragraph before `limit`: not counting short
 * sentences amid page furniture, teasers under a box heading ("More Related Stories"), or what
 * follows a run of unknown lines (a footer's menus).
 */
function textEnd(state: EssayState, limit?: number): number {
  const { blocks, hints } = state;
  let bodyEnd = state.bodyStart;
  let previous: Verdict | null = null;
  // Before a cut, only a box ends the text early.
  const cutAt = limit ?? blocks.length;
  const footerGap = state.format === 'text' && limit === undefined ? FOOTER_GAP : Number.POSITIVE_INFINITY;
  let gap = 0;
  // Under a box heading after the text, the text resumes only with paragraphs in a row, set
  // apart by blank lines where the page's paragraphs are.
  let inBox = false;
  let textRun = 0;
  let furniture = 0;
  let labels = 0;
  const spaced = spacedParagraphs(state.blocks.slice(state.bodyStart));
  // Words of prose from each block to the end.
  const proseBelow = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--)
    proseBelow[i] = (proseBelow[i + 1] as number) + (isProse(blocks[i] as Block) ? words(blocks[i] as Block) : 0);
  const listed = datedListings(state);
  let last: Block | null = null;
  // Short lines under a line of the text that ends with a colon are the list it opens ("Travel
  // packages can include a combination of:" / "Tours and activities" / …), not a footer's menu.
  const listItem = openedListReader();
  const gutters = lineNumberGutters(state);
  // (…and the items under a label the page repeats, "Services" / "Tailored SEO strategies for DeFi
  // protocols and layer-1 blockchains" / …, when they say more than a menu's entries, in sentence case.)
  let labelled = false;
  for (let i = state.bodyStart; i < cutAt && gap <= footerGap; i++) {
    const block = blocks[i] as Block;
    const hint = hints[i];
    if (block.kind === 'rule') continue;
    if (state.isDecided(i)) {
      const role = state.role(i);
      // (A table of contents repeats the headings to come: the text's own, no furniture.)
      if (role?.kind === 'chrome' && role.reason !== 'markup' && role.reason !== 'contents' && !gutters.has(i)) furniture++;
      labelled = state.decisions[i]?.pass === 'repeats' && words(block) <= LABEL_MAX_WORDS;
      // (A label the page repeats may lead into its list all the same: "What You’ll Learn:" / "Overview of …" / ….)
      if (labelled) listItem(block, false, false);
      continue;
    }
    labelled &&= saysMore(block);
    if (bodyEnd > state.bodyStart && (isBoxHeading(block) || furniture >= FURNITURE_RUN)) inBox = true;
    // A short sentence that follows page furniture at the end ("A weekly newsletter on …")
    // belongs to the footer widget, not the essay.
    const amidChrome = limit === undefined && (previous?.kind === 'chrome' || previous?.kind === 'meta') && wordCount(block.plain) < 40;
    const text = isText(block) && hint?.kind !== 'chrome' && !listed.has(i);
    // Teasers are headlines; a paragraph ends like a sentence.
    const apart = !spaced || last === null || block.lines.start > last.lines.end + 1;
    textRun = text && endsLikeSentence(block.plain) && apart ? textRun + 1 : 0;
    last = block;
    if (inBox && textRun >= BOX_RESUME_RUN) inBox = false;
    if (((text && !amidChrome) || (limit !== undefined && endsText(state, i))) && !inBox) bodyEnd = i + 1;
    // (A listing's lines, "let bytes = ContiguousArray<UInt8>(html.utf8)", and a table's rows neither end the text
    // nor go on with it: a footer's menus are words alone. Asked only of a block that is no text.)
    const inset = (): boolean => block.tableRow === true || CODE_LINE.test(block.plain);
    gap = listItem(block, text, !!hint) || text || hint?.kind === 'meta' || labelled ? 0 : hint || inset() ? gap : gap + 1;
    // (Not when more of the text's prose lies below than above, nor when paragraphs of sentences
    // follow right after, as no footer has: short lines in the text, a list of findings or the
    // names of the parts to come, are no footer.)
    if (
      gap > footerGap &&
      ((proseBelow[i + 1] as number) > (proseBelow[state.bodyStart] as number) - (proseBelow[i] as number) ||
        textResumes(state, i + 1) ||
        textResumes(state, afterUnknownRun(state, i + 1)))
    )
      gap = 0;
    // (Markup left by a Markdown source, "<br />", is no furniture, nor a listing's line numbers, nor a listing's code.)
    const code = LISTING_LINE.test(state.lines[block.lines.start - 1] ?? '');
    const chrome = hint?.kind === 'chrome' && hint.reason !== 'markup' && !gutters.has(i) && !code;
    // (A label or two between, "Paper Monument" / "Our sister art magazine: … More...", neither add to the run nor
    // break it; the text's sentences, its listings and a longer run of other lines, an archive's months, do.)
    labels = chrome || hint?.kind === 'meta' ? 0 : labels + 1;
    furniture = chrome || hint?.kind === 'meta' ? furniture + 1 : text || code || labels > FURNITURE_LABELS_MAX ? 0 : furniture;
    previous = hint ?? null;
  }
  return afterTrailingTables(state, limit !== undefined && bodyEnd === state.bodyStart ? limit : bodyEnd, cutAt);
}

/** A table is rows: a line or two of cells is a layout's, not the author's data. */
const TRAILING_TABLE_MIN_ROWS = 3;

/**
 * The tables right after the text's last paragraph, each under its caption at most, are the
 * text's: a report's appendix of results ("Table 2: Full City – robustness checks …" / "Assault
 * Block Bootstrap (block=4) -7.876190 …" / …). Their rows are neither text nor furniture, so the
 * text ended before them.
 */
function afterTrailingTables(state: EssayState, end: number, limit: number): number {
  let rows = 0;
  let after = end;
  for (let i = end; i < limit; i++) {
    const block = state.blocks[i] as Block;
    if (block.kind === 'rule') continue;
    if (block.tableRow) {
      rows++;
      after = i + 1;
    } else {
      const hint = state.hints[i];
      if (!(hint?.kind === 'chrome' && hint.reason === 'caption' && state.blocks[i + 1]?.tableRow)) break;
    }
  }
  return rows >= TRAILING_TABLE_MIN_ROWS ? after : end;
}

/**
 * Notes that the byline points at ("Author: Mitchell Palmer[^1][^2]" / "[^1]: Policy Analyst, …")
 * say who the author is: they are the bio, not the essay's sources.
 */
function bylineNotes(state: EssayState): void {
  const labels = new Set<string>();
  state.blocks.forEach((block, i) => {
    if (state.role(i)?.kind !== 'meta' && state.hints[i]?.kind !== 'meta') return;
    // (The block's text has lost its note marks: they are read from its source lines.)
    const source = state.lines.slice(block.lines.start - 1, block.lines.end).join('\n');
    for (const match of source.matchAll(/\[\^([^\]\s]+)\](?!:)/g)) labels.add(match[1] as string);
  });
  if (labels.size === 0) return;
  state.blocks.forEach((block, i) => {
    const label = /^\s*\[\^([^\]\s]+)\]:/.exec(state.lines[block.lines.start - 1] ?? '')?.[1];
    if (label && labels.has(label)) state.decide(i, { kind: 'bio' });
  });
}

/** An author box's bio under the byline is a sentence or three. */
const LEADING_BIO_MAX_WORDS = 60;

/** An author box's labels over its bio are a word or two each ("Shares", "Articles", "Check website")… */
const BOX_LABEL_MAX_WORDS = 3;
/** …and a few of them. */
const BOX_LABELS_MAX = 8;

/** The block nearest above `index` that is not chrome is the byline's. */
function metaAbove(state: EssayState, index: number): boolean {
  let above = index - 1;
  while (above >= 0 && state.role(above)?.kind === 'chrome') above--;
  return above >= 0 && state.role(above)?.kind === 'meta';
}

/**
 * A bio set apart above the text, in italics: "*Chinwe Ekene Ezeigbo was a Policy and Research
 * Consultant for Open Ownership …*". Only the first paragraph, only of a named author.
 */
function leadingBio(state: EssayState): void {
  let i = state.bodyStart;
  while (i < state.blocks.length && (state.isDecided(i) || state.blocks[i]?.kind === 'rule')) i++;
  // (The box's labels and links may come first, a word or two each: "Shares" / "Taya Iv" / "208" / "Articles" / "Check website".)
  const boxStart = i;
  const label = (j: number): boolean => {
    const block = state.blocks[j] as Block;
    return state.isDecided(j) || block.kind === 'rule' || (words(block) <= BOX_LABEL_MAX_WORDS && !endsLikeSentence(block.plain));
  };
  let bioAt = i;
  while (bioAt < state.blocks.length && bioAt < boxStart + BOX_LABELS_MAX && label(bioAt)) bioAt++;
  const labelled = bioAt > boxStart && bioAt < state.blocks.length && !label(bioAt);
  if (labelled && state.blocks[bioAt]?.kind === 'paragraph') {
    const subject = bioSubject((state.blocks[bioAt] as Block).plain);
    if (
      subject &&
      knownAuthor(state, subject) &&
      words(state.blocks[bioAt] as Block) <= LEADING_BIO_MAX_WORDS &&
      metaAbove(state, boxStart)
    )
      i = bioAt;
  }
  // (The author's name alone may head the box: "Rachel Brazil" / "Rachel Brazil is a …".)
  const named = state.blocks[i];
  const alone = named ? namesAlone(named) : null;
  // (Where no byline named the writer, the box names them: one name alone, over a short bio that opens with
  // that same name, "Philipp Sarasin" / "Philipp Sarasin lehrt Geschichte der Neuzeit an der Universität Zürich. …".)
  if (named && state.meta.authors.length === 0 && alone?.length === 1) {
    const below = state.blocks[i + 1];
    if (
      below?.kind === 'paragraph' &&
      words(below) <= LEADING_BIO_MAX_WORDS &&
      matchKey(bioSubject(below.plain) ?? '') === matchKey(named.plain)
    ) {
      state.meta.authors = [named.plain.trim()];
      state.meta.lines.authors = named.lines.start;
    }
  }
  const heading = named && alone !== null && knownAuthor(state, named.plain) ? i : -1;
  if (heading >= 0) i++;
  const block = state.blocks[i];
  // Set apart in italics, or the author box right under the byline ("By Rachel Brazil" /
  // "Rachel Brazil is a freelance journalist in London, UK.").
  if (block?.kind !== 'paragraph') return;
  // (Buttons between, "Full bio", are the box's; so are its labels, when passed over above.)
  const underByline = i !== boxStart || (metaAbove(state, heading >= 0 ? heading : i) && words(block) <= LEADING_BIO_MAX_WORDS);
  if (!block.emphasised && !underByline) return;
  const subject = bioSubject(block.plain.replace(/^[*_\s]+/, ''));
  if (!subject || !knownAuthor(state, subject)) return;
  if (heading >= 0) state.decide(heading, { kind: 'meta' });
  state.decide(i, { kind: 'bio' });
  fillInitials(state, subject);
  // (Each writer's bio in turn, set apart alike: "*Jamie Duncan is a PhD student …*" / "*Wendy H. Wong is a professor …*".)
  let next = i + 1;
  for (let below = state.blocks[next]; below?.kind === 'paragraph' && below.emphasised; below = state.blocks[++next]) {
    const another = bioSubject(below.plain.replace(/^[*_\s]+/, ''));
    if (!another || !knownAuthor(state, another) || words(below) > LEADING_BIO_MAX_WORDS) break;
    state.decide(next, { kind: 'bio' });
    fillInitials(state, another);
  }
  state.bodyStart = next;
}

/** An initial of a name: "H.", "J.". */
const INITIAL = /^\p{Lu}\.$/u;
/** A name's comparison key without its initials: "J. Stephen Morrison" → "stephen morrison". */
const keyWithoutInitials = (name: string): string =>
  matchKey(
    name
      .trim()
      .split(/\s+/)
      .filter((part) => !INITIAL.test(part))
      .join(' '),
  );

/**
 * The bio's fuller form of a writer's name replaces the one read, when it only adds initials, between the first and
 * last names or before the first: front matter's slug `wendy_wong` read "Wendy Wong", the bio's "Wendy H. Wong"; the
 * slug `stephen-morrison`, the bio's "J. Stephen Morrison".
 */
function fillInitials(state: EssayState, subject: string): void {
  const parts = subject.trim().split(/\s+/);
  const bare = keyWithoutInitials(subject);
  if (parts.length < 3 || bare.split(' ').length !== 2 || !parts.slice(0, -1).some((part) => INITIAL.test(part))) return;
  state.meta.authors = state.meta.authors.map((author) => (matchKey(author) === bare ? nameCase(subject.trim()) : author));
}

/** A letter's signatories are many: a run of this many names at least, one to a line. */
const SIGNATORIES_MIN = 5;
/** A signatory's line, name and affiliation, is short. */
const SIGNATORY_MAX_CHARS = 160;
/** A signatory's affiliation after the comma is a few words: "Molly Worthen, University of North Carolina at Chapel Hill". */
const AFFILIATION_MAX_WORDS = 10;
/** A title before the name, which the name on the title slide goes without: "Ambassador Frances D. Cook, ret.". */
const HONORIFIC =
  /^(?:ambassador|dr\.?|prof\.?|professor|rev\.?|reverend|sir|dame|judge|justice|senator|sen\.|rep\.|representative|gov\.|governor|mayor|general|gen\.)\s+/i;

/** The signatory a line names, "Saladin Ambar, Rutgers University" → "Saladin Ambar"; null when the line is no name. */
function signatory(block: Block, vocabulary: Vocabulary): string | null {
  // (A paragraph of the text is longer than any name with its affiliation: asked first, of every paragraph after one.)
  if (block.kind !== 'paragraph' || block.lines.start !== block.lines.end || block.plain.length > SIGNATORY_MAX_CHARS) return null;
  const [head = '', ...rest] = block.plain.trim().split(',');
  if (wordCount(rest.join(',')) > AFFILIATION_MAX_WORDS) return null;
  const name = head.replace(HONORIFIC, '').trim();
  // (No name holds a word the text writes in lower case: "Liga Moving", "City Express Moving" are firms.)
  const names = writersAlone(makeBlock('paragraph', [{ text: name, line: block.lines.start }]), vocabulary);
  return names?.length === 1 ? (names[0] as string) : null;
}

/**
 * A run of names one to a line right under the text's last paragraph, each with an affiliation at
 * most, is an open letter's list of signatories ("Elliot Ackerman" / "Saladin Ambar, Rutgers
 * University" / … / "Fareed Zakaria"): the byline set at the end. Without a byline above, they are
 * the writers.
 */
function signatories(state: EssayState): void {
  const { blocks } = state;
  const name = (k: number): string | null => (state.isDecided(k) || !blocks[k] ? null : signatory(blocks[k] as Block, state.vocabulary));
  for (let i = state.bodyStart + 1; i < blocks.length; i++) {
    const above = blocks[i - 1] as Block;
    if (state.isDecided(i - 1) || !isProse(above) || !endsLikeSentence(above.plain)) continue;
    const run: Array<{ index: number; name: string }> = [];
    for (let j = i; j < blocks.length; j++) {
      if (blocks[j]?.kind === 'rule') continue;
      const named = name(j);
      // (One short line between names that reads as none, a name holding a common word, is the list's still: "Jennifer
      // Senior, columnist". A paragraph between names is not: names over testimonials are their givers, not signatories.)
      if (
        named === null &&
        (run.length === 0 ||
          name(j + 1) === null ||
          state.isDecided(j) ||
          blocks[j]?.lines.start !== blocks[j]?.lines.end ||
          (blocks[j] as Block).plain.length > SIGNATORY_MAX_CHARS)
      )
        break;
      run.push({ index: j, name: named ?? (blocks[j] as Block).plain.split(',')[0]?.replace(HONORIFIC, '').trim() ?? '' });
    }
    if (run.length < SIGNATORIES_MIN) continue;
    for (const { index } of run) state.decide(index, { kind: 'meta' });
    if (state.meta.authors.length === 0) {
      state.meta.authors = run.map(({ name }) => name);
      state.meta.lines.authors = blocks[i]?.lines.start ?? 0;
    }
    return;
  }
}

/** Under a thanks that ends the text, less prose than this share of the text's: a site's blurb and teasers, not more text. */
const THANKS_PROSE_BELOW_MAX_RATIO = 0.25;

/** Below a bio that introduces a guest's piece, the piece's prose: this many times the prose above the bio, or more. */
const GUEST_PIECE_PROSE_RATIO = 3;
/** Paragraphs such an introduction gives the guest, at most. */
const GUEST_BIO_MAX_PARAGRAPHS = 3;
/** How an editor hands over to a guest, the guest named in the sentence: "Today, Manuela Zoninsein, … is sharing the map …". */
const HANDS_OVER =
  /\b(?:is|are) (?:sharing|walking us through|breaking down|here to)\b|\b(?:shares|explains|walks us through|joins us|takes over)\b|\bguest (?:post|author|writer|contributor|essay)\b/i;

/**
 * A bio at block `index` that introduces a guest's piece over it, as a newsletter's editor does ("Today, Manuela
 * Zoninsein, founder and CEO of Kadeya, is sharing the map …" / … / "But first, who is Manuela?" / "Manuela Zoninsein is
 * the founder and CEO of Kadeya, …" / two more paragraphs / "Abracadabra: Unlocking the Capital Stack …"): the editor's
 * text above names the guest, one of the writers, handing over to them; far more prose lies below than above, no
 * readers' thread below, and a heading right under the bio's paragraphs, where the piece starts. Marks the bio (and a
 * question over it that asks who the guest is) and returns its last block; -1 for any other.
 */
function guestIntroduced(state: EssayState, index: number): number {
  const { blocks } = state;
  const block = blocks[index] as Block;
  const subject = bioSubject(block.plain);
  if (block.kind !== 'paragraph' || !subject || !knownAuthor(state, subject)) return -1;
  const handedOver = blocks
    .slice(state.bodyStart, index)
    .some((above) => isProse(above) && above.plain.includes(subject) && HANDS_OVER.test(above.plain));
  if (!handedOver) return -1;
  if (proseWords(state, index + 1, blocks.length) <= proseWords(state, state.bodyStart, index) * GUEST_PIECE_PROSE_RATIO) return -1;
  let last = index;
  while (last - index + 1 < GUEST_BIO_MAX_PARAGRAPHS && blocks[last + 1]?.kind === 'paragraph' && isProse(blocks[last + 1] as Block))
    last++;
  const next = blocks[last + 1];
  if (!next || !isHeadingShaped(next)) return -1;
  for (let j = last + 1; j < blocks.length; j++) if (isThreadHeading((blocks[j] as Block).plain)) return -1;
  for (let j = index; j <= last; j++) state.decide(j, { kind: 'bio' });
  const firstName = subject.split(/\s+/)[0] ?? '';
  const asks = blocks[index - 1];
  if (asks && !state.isDecided(index - 1) && asks.plain.trim().endsWith('?') && asks.plain.includes(firstName))
    state.decide(index - 1, { kind: 'bio' });
  return last;
}

/** A note set under the text's notes heading: "(1) Afrobarometer (2021): …", "2. Ibid., p. 12", "[3] …". */
const NOTE_LINE = /^\s*(?:\(\d{1,3}\)|\[\d{1,3}\]|\d{1,3}[.)])\s+\S/;
/** What comes under the notes, to be more of the text: this many times the notes' words, and this many words at least. */
const TEXT_AFTER_NOTES_RATIO = 3;
const TEXT_AFTER_NOTES_MIN_WORDS = 300;

/**
 * Notes set between two parts of the text, as a foundation's page prints an article's notes and then an interview that
 * goes with it ("Autorin: Uta Staschewski, …" / "Anmerkungen" / "(1) Afrobarometer (2021): …" / "(2) …" / "Interview
 * mit Dr. Faouzi Sboui …" / its paragraphs): the notes heading, every line under it a numbered note, then a heading over
 * far more prose than the notes. The notes are removed, and the article's byline signed above them is the byline, so
 * that neither ends the text: it goes on under the heading.
 */
function notesBeforeMoreText(state: EssayState): void {
  const { blocks, hints } = state;
  for (let i = state.bodyStart; i < blocks.length; i++) {
    const heading = blocks[i] as Block;
    if (state.isDecided(i) || !isHeadingShaped(heading) || !NOTES_HEADING.test(headingText(heading)) || !isEndHeading(heading)) continue;
    let next = i + 1;
    while (next < blocks.length && (blocks[next]?.kind === 'rule' || NOTE_LINE.test((blocks[next] as Block).plain))) next++;
    const after = blocks[next];
    if (next === i + 1 || !after || !isHeadingShaped(after) || isEndHeading(after)) continue;
    let end = next + 1;
    while (end < blocks.length && !isEndHeading(blocks[end] as Block) && !isThreadHeading((blocks[end] as Block).plain)) end++;
    const notesWords = blocks.slice(i + 1, next).reduce((sum, block) => sum + words(block), 0);
    const textWords = proseWords(state, next + 1, end);
    if (textWords < TEXT_AFTER_NOTES_MIN_WORDS || textWords < notesWords * TEXT_AFTER_NOTES_RATIO) continue;
    for (let j = i; j < next; j++) if (blocks[j]?.kind !== 'rule') state.remove(j, 'footnote');
    let above = i - 1;
    while (above > state.bodyStart && blocks[above]?.kind === 'rule') above--;
    const byline = hints[above];
    if (!state.isDecided(above) && byline?.kind === 'meta' && byline.authors?.length) {
      if (state.meta.authors.length === 0)
        [state.meta.authors, state.meta.lines.authors] = [byline.authors, (blocks[above] as Block).lines.start];
      state.decide(above, { kind: 'meta' });
    }
    return;
  }
}

/** A thread: another comment's header this close below the first. */
const COMMENT_REACH = 8;

/** Block `i` heads the first of a thread of comments under the text: it ends the text. */
function startsCommentThread(state: EssayState, i: number): boolean {
  if (!isCommentHeader((state.blocks[i] as Block).plain)) return false;
  for (let j = i + 1; j < Math.min(state.blocks.length, i + 1 + COMMENT_REACH); j++)
    if (isCommentHeader((state.blocks[j] as Block).plain)) return true;
  return false;
}

/**
 * Needs: header (bodyStart, authors). Finds where the body ends: at the author's bio, at the
 * first end-matter heading (notes, references, thanks…), else after the last running text.
 * Everything after is the bio or chrome (end matter, captions, footers). Sets `bodyEnd`.
 */
export const tail: Pass = {
  name: 'tail',
  run(state) {
    const { blocks, hints } = state;
    leadingBio(state);
    signatories(state);
    notesBeforeMoreText(state);
    let bioIndex = -1;
    let endIndex = -1;
    /** Where a list of endnotes without a heading starts. */
    let notesStart = -1;
    // End matter follows the essay: a "Tags" or "Related" line above its first paragraph is the header's.
    let sawText = false;
    /** A thanks stood above: thanks set under each part close the parts, not the text ("We'd like to thank … for leading this track."). */
    let thanked = false;
    for (let i = state.bodyStart; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      // The writer's one thanks to those who helped, little prose below it, ends the text: "Thanks to Daniel Burka and
      // Deepa Venkatraman for reading and reviewing drafts of this." / the site's blurb and its teasers.
      const thanks = endIndex < 0 && sawText && (state.role(i) ?? hints[i])?.kind === 'chrome' && isThanks(block.plain.trim());
      if (thanks && !thanked && proseBelowUnder(state, i, THANKS_PROSE_BELOW_MAX_RATIO)) {
        endIndex = i;
        continue;
      }
      thanked ||= thanks;
      if (state.isDecided(i)) {
        // (A thread's heading an earlier pass took for a box of links' line still ends the text: "Related" / "60 Comments" /
        // "By tmsruge" / "You Might Also Like" / teasers, then the readers' comments.)
        if (endIndex < 0 && sawText && isThreadHeading(block.plain) && isEndHeading(block)) endIndex = i;
        // (So do notes whose first number a rule took for a counter: "1" / "Seeing Like a State, 203-204, 310" / "2" / ….)
        else if (endIndex < 0 && sawText && state.role(i)?.kind === 'chrome' && standingNotesAt(state, i)) endIndex = notesStart = i;
        // (A personal site prints its owner's name in its header too, and the repeats pass took every copy for chrome:
        // the one over a bio closing the page still heads it.)
        else if (sawText && state.decisions[i]?.pass === 'repeats' && namedOverOwnBio(state, i)) {
          bioIndex = i;
          break;
        }
        continue;
      }
      if (i > state.bodyStart && signsOverHeading(state, i)) {
        state.decide(i, { kind: 'meta' });
        continue;
      }
      if (i > state.bodyStart && ((isBioHeading(state, block) && !labelsByline(state, i)) || isBioStart(state, i))) {
        const introduced = guestIntroduced(state, i);
        if (introduced >= 0) {
          i = introduced;
          continue;
        }
        bioIndex = i;
        break;
      }
      // (Asked once: both tests below read it, and DISCLOSURE is tried at every word of a paragraph.)
      const disclosure = endIndex < 0 && DISCLOSURE.test(block.plain);
      const endnotes =
        endIndex < 0 &&
        sawText &&
        (endnotesAt(state, i) || gluedNotesAt(state, i) || standingNotesAt(state, i) || romanNotesAt(state, i) || runInSources(block));
      if (
        endIndex < 0 &&
        sawText &&
        ((isEndHeading(block) &&
          (proseBelowUnder(state, i, BUTTON_HEADING.test(headingText(block)) ? 1 : END_PROSE_BELOW_MAX_RATIO) ||
            // (Over readers' comments signed under their text, however long the thread: "45 comments" / … / "by Eric Kennedy on
            // November 9, 2010 at 6:10 am. Reply #".)
            signedCommentsBelow(state, i, state.meta.authors))) ||
          isPostFooter(state, i) ||
          (ENTRY_FOOTER.test(block.plain.trim()) && entryEnds(state, i)) ||
          (DISCUSSION_PROMPT.test(block.plain.trim()) && proseBelowUnder(state, i, END_PROSE_BELOW_MAX_RATIO)) ||
          // (An affiliate's disclosure over a list of products is set at the top: the text runs on under it.)
          (disclosure && proseBelowUnder(state, i, END_PROSE_BELOW_MAX_RATIO)) ||
          DOI_LINE.test(block.plain.trim()) ||
          // (A heading of the site's over a box of links, "TRC Blog" / "Keep Exploring This Topic.", or the line leading into
          // teasers, "On a related note, here are some interesting articles.", with less prose below than above.)
          ((boxAt(state, i) || isTeasersLead(block.plain)) && proseBelowUnder(state, i, 1)) ||
          isRoundupLead(state, i) ||
          // (A series' note on its next part, the last line: "Next up in this series, we look at …".)
          (SERIES_NEXT.test(block.plain.trim()) && proseWords(state, i + 1, blocks.length) === 0) ||
          startsCommentThread(state, i) ||
          endnotes)
      ) {
        endIndex = i;
        if (endnotes) notesStart = i;
      }
      // (Over the text it does not end, a disclosure is still no part of it.)
      else if (disclosure) state.remove(i, 'end-matter');
      sawText ||= isProse(block);
    }
    // The bio's subject named alone on the line above it ("Duncan Bell" / "Duncan Bell is a Reader …") heads it.
    const above = bioIndex > 0 ? (blocks[bioIndex - 1] as Block) : null;
    const subject = bioIndex >= 0 ? bioSubject((blocks[bioIndex] as Block).plain) : null;
    if (above && subject && !state.isDecided(bioIndex - 1) && blockKey(above) === matchKey(subject)) bioIndex--;
    const cut = endIndex >= 0 && (bioIndex < 0 || endIndex < bioIndex) ? endIndex : bioIndex;
    const bodyEnd = cut >= 0 ? textEndBefore(state, cut) : textEnd(state);
    state.bodyEnd = bodyEnd;
    // Without a byline, the bios name the authors.
    const authorsFromBio = state.meta.authors.length === 0;
    let endMatter: 'footnote' | 'end-matter' | null = null;
    // Under a bio heading ("About Patrick"), paragraphs that name the author are the bio.
    let underBioHeading = false;
    /** The name set alone under a bio's heading ("About the Author" / "Method Architecture"): the bio's subject. */
    let namedUnderHeading: string | null = null;
    let sinceBio = -1;
    /** The bio's second line, under the name it opens with, is the writer's role. */
    let roleUnderBioName = false;
    const bioOpensWithText = bioIndex >= 0 && isProse(blocks[bioIndex] as Block);
    let afterText = 0;
    const publishedLine = lonePublishedLine(blocks, bodyEnd);
    let inComments = false;
    for (let i = bodyEnd; i < blocks.length; i++) {
      const block = blocks[i] as Block;
      const hint = hints[i];
      // (A line that says it is the publication's date, and nothing else, may stand further down, past a list of the
      // blog's other posts: "Published on 2021-01-18T19:55".)
      if (publishedLine?.index === i && !state.meta.date && !inComments) {
        [state.meta.date, state.meta.lines.date] = [publishedLine.iso, block.lines.start];
        state.decide(i, { kind: 'meta' });
        continue;
      }
      // (The bio's first line may be the name the repeats pass took for the header's: it heads the bio all the same.)
      if (block.kind === 'rule' || (state.isDecided(i) && i !== bioIndex)) continue;
      // A post that prints its date only under the text: "Story published on Oct 5, 2022."
      // (Known furniture between, a pager's links, "Previous Post" / "Don’t Miss the Tax Extension Deadline: …", counts for nothing.)
      const nearText = afterText < DATE_BELOW_REACH;
      if (hint?.kind !== 'chrome') afterText++;
      // (…or the day of a month the header gave: "AoAH Day 15: … / Dec 2025" over the text, "15th Dec 2025•backlinks•…" under it.)
      // (Not a comment's date under the readers' thread: "221 Responses to “…”" / "Tran Sendit says:" / "December 17, 2010 at 10:06 pm".)
      if (COMMENTS_COUNT.test(block.plain.trim())) inComments = true;
      // A blog's footer under the post, as WordPress's themes print it: "This entry was posted on Monday, December 6th, 2010 at
      // 12:03 pm and is filed under Uncategorized. You can follow any responses …".
      const footerDate = ENTRY_FOOTER.test(block.plain.trim()) ? findDate(block.plain) : null;
      if (footerDate && !state.meta.date && nearText) {
        [state.meta.date, state.meta.lines.date] = [footerDate.iso, block.lines.start];
        state.decide(i, { kind: 'meta' });
        continue;
      }
      if (
        hint?.kind === 'meta' &&
        hint.date &&
        !hint.authors &&
        (!state.meta.date || withinMonth(state.meta.date, hint.date)) &&
        nearText &&
        !inComments
      ) {
        [state.meta.date, state.meta.lines.date] = [hint.date, block.lines.start];
        state.decide(i, { kind: 'meta' });
        continue;
      }
      // (Past a comments heading, above, names over dates sign readers' comments: "16 Comments (+add yours?)" / "Martin Edwards" /
      // "Aug 08, 2012 @ 16:44:30".)
      // A blog's footer byline under the post: "Posted by John H. Cochrane at 11:01 PM".
      if (hint?.kind === 'meta' && hint.authors?.length && state.meta.authors.length === 0 && nearText && !inComments) {
        [state.meta.authors, state.meta.lines.authors] = [hint.authors, block.lines.start];
        if (hint.date && !state.meta.date) [state.meta.date, state.meta.lines.date] = [hint.date, block.lines.start];
        state.decide(i, { kind: 'meta' });
        continue;
      }
      if (i === notesStart) endMatter = 'footnote';
      else if (isEndHeading(block)) {
        endMatter = NOTES_HEADING.test(headingText(block)) ? 'footnote' : 'end-matter';
        underBioHeading = false;
      } else if (i === bioIndex || (i > bioIndex && isBioHeading(state, block))) {
        // (A heading naming a writer the footer's byline gave, read only now, opens the bio: "Posted by Michael Shedlock at
        // 3:49 PM" / … / "ABOUT MIKE SHEDLOCK".)
        if (bioIndex < 0) bioIndex = i;
        endMatter = null;
        underBioHeading = isBioHeading(state, block);
        namedUnderHeading = null;
        sinceBio = 0;
      }
      // (The role under the name under a bio's heading: "About the author" / "Adam Clark Estes" / "Senior editor at Gizmodo.".)
      const roleUnderName = underBioHeading && namedUnderHeading !== null && ROLE_LINE.test(block.plain.trim());
      // The bio: its first block and the next, further paragraphs naming their subject, or all under its heading.
      const inBio: boolean =
        bioIndex >= 0 &&
        i >= bioIndex &&
        !endMatter &&
        !hint &&
        (sinceBio === 0 ||
          // (Under a bio that opens with its paragraph rather than a heading, the next paragraph goes on
          // with it only about its subject: "He nurtures …", not "We’d love to connect with you …".)
          (sinceBio === 1 && (!bioOpensWithText || /^(?:he|she|they|his|her|their)\b/i.test(block.plain) || namesAuthor(state, block))) ||
          // (Under a name and the role under it, the paragraph: "Matt Ashby" / "Lecturer in Crime Science" / "I am a …".)
          (sinceBio === 2 && roleUnderBioName) ||
          // (Not a teaser's headline further down: "Sweet Tomatoes is not only back, it's growing". Nor, under a
          // byline, another person's bio: a teaser of another writer's post, "Mark Jia is an intern for …".)
          (bioOfAnAuthor(state, block.plain, authorsFromBio) && !isHeadingShaped(block)) ||
          (underBioHeading &&
            (namesAuthor(state, block) ||
              FIRST_NAME_BIO.test(block.plain) ||
              // (Or the one named under the heading, a firm's or a writer's the byline does not give: "Method Architecture is …".)
              (namedUnderHeading !== null && block.plain.startsWith(`${namedUnderHeading} `)) ||
              roleUnderName)));
      // (The role under the name the bio opens with is the bio's: "Justin Nix" / "Associate Professor of Criminology …".)
      roleUnderBioName = inBio && sinceBio === 1 && !bioOpensWithText && roleUnder(blocks[i - 1] as Block, block);
      if (sinceBio >= 0) sinceBio++;
      // (A bio line may end in the author's handle rather than a full stop: "… a senior writer for FiveThirtyEight. @perrybaconjr".)
      if (
        inBio &&
        (isProse(block) ||
          bioSubject(block.plain) !== null ||
          (underBioHeading && FIRST_NAME_BIO.test(block.plain)) ||
          roleUnderName ||
          roleUnderBioName)
      ) {
        state.decide(i, { kind: 'bio' });
        for (const subject of bioSubjects(block.plain)) {
          if (knownAuthor(state, subject)) {
            // (Under the text, only a name the front matter gave, maybe as a slug: a byline is how the writer signs,
            // "Robert Reich" over "ROBERT B. REICH is …".)
            if (state.front.authors?.value.some((name) => matchKey(name) === keyWithoutInitials(subject))) fillInitials(state, subject);
            continue;
          }
          if (!authorsFromBio) continue;
          state.meta.authors = [...state.meta.authors, subject];
          state.meta.lines.authors ??= block.lines.start;
        }
      } else if (inBio && (i === bioIndex || isHeadingShaped(block, 6))) {
        // The bio's heading ("About the author", "Spotlight: Mia Noonan", a name): its paragraphs follow.
        state.decide(i, { kind: 'meta' });
        if (underBioHeading && i !== bioIndex && !isBioHeading(state, block)) namedUnderHeading = block.plain.trim();
        const named = authorsFromBio && i === bioIndex ? namesAlone(block, state.vocabulary) : null;
        if (named && state.meta.authors.length === 0) [state.meta.authors, state.meta.lines.authors] = [named, block.lines.start];
      } else {
        state.remove(
          i,
          endMatter ??
            (hint?.kind === 'chrome'
              ? hint.reason
              : DISCLAIMER.test(block.plain) || DISCLOSURE.test(block.plain)
                ? 'end-matter'
                : 'outside-article'),
        );
      }
    }
    bylineNotes(state);
    if (state.meta.authors.length === 0) authorsInFooter(state);
    if (state.meta.authors.length === 0) authorFromCopyright(state);
    if (state.meta.authors.length === 0) blogOwner(state);
    if (state.meta.authors.length === 0) handleOwner(state);
    ownersFullName(state);
  },
};

/** A byline's handle anywhere in its line, the date's label before it at times: "Published 29/04/2018By scarufel". */
const HANDLE_IN_BYLINE = /(?:^|[\s\d])[Bb]y\s+@?(\p{Ll}[\p{Ll}\d_.-]+)(?=\s+on\b|\s*[|,·•]|\s*$)/u;
/** A person's name as a personal site's masthead prints it, in lower case at times: "steve carufel". */
const MASTHEAD_NAME = /^\p{L}[\p{L}'’-]+(?:\s+\p{L}[\p{L}'’-]+){1,2}$/u;

/**
 * A byline that gives a handle where the name would stand, on a site whose masthead prints a
 * person's name the handle is made from (the first name's initial and the surname, or the whole
 * name run together): that person wrote the post. "steve carufel" / … / "Published 29/04/2018By
 * scarufel" → "Steve Carufel".
 */
function handleOwner(state: EssayState): void {
  const line = state.meta.lines.date ?? state.meta.lines.authors;
  const handle = line ? HANDLE_IN_BYLINE.exec(state.lines[line - 1] ?? '')?.[1] : undefined;
  if (!handle || handle.length < HANDLE_MIN_CHARS) return;
  const compact = compactName(handle);
  for (const text of state.lines.slice(0, MASTHEAD_LINES)) {
    const name = text.trim();
    if (!MASTHEAD_NAME.test(name) || FIRM_WORD.test(name)) continue;
    const words = name.split(/\s+/).map(compactName);
    const initialAndSurname = `${(words[0] ?? '').charAt(0)}${words.at(-1) ?? ''}`;
    if (compact !== words.join('') && compact !== initialAndSurname) continue;
    const named = name.replace(/\p{L}+/gu, (word) => word.charAt(0).toUpperCase() + word.slice(1));
    [state.meta.authors, state.meta.lines.authors] = [[named], line];
    return;
  }
}

/** A site that says whose blog it is: "A personal blog by Ben Unsworth" (or, as OWN_SITE reads it, "Colin Watson's blog"). */
const BLOG_BY = /^(?:(?:a|the)\s+)?(?:personal\s+)?(?:blog|weblog|website|site|homepage|newsletter)\s+(?:of|by)\s+(.+?)\.?$/i;

/**
 * A page with no byline, no bio and no owner's copyright, whose header says whose blog it is: that
 * person wrote the post ("A personal blog by Ben Unsworth" / … / "LGR and getting the new council website right").
 */
function blogOwner(state: EssayState): void {
  const { blocks, hints } = state;
  for (let i = 0; i < state.bodyStart; i++) {
    const line = (blocks[i] as Block).plain.trim();
    const name = (BLOG_BY.exec(line)?.[1] ?? OWN_SITE.exec(line)?.[1])?.trim();
    if (hints[i]?.kind === 'meta' || !name || !PERSON_NAME.test(name) || parseNameList(name)?.length !== 1 || FIRM_WORD.test(name))
      continue;
    [state.meta.authors, state.meta.lines.authors] = [[name], (blocks[i] as Block).lines.start];
    return;
  }
}

/**
 * With no writer named above the text: the post's footer byline under it, past a box of comments or links, which
 * gives the post's own date ("Posted by Colin Watson on 2025-12-18 in debusine. Tags: …"). A comment's signature
 * gives another day, or the same day as a name and a time alone, no "by" ("Martin Edwards" / "Aug 08, 2012 @ 16:44:30").
 */
function authorsInFooter(state: EssayState): void {
  if (!state.meta.date) return;
  for (let i = state.bodyEnd; i < state.blocks.length; i++) {
    const hint = state.hints[i];
    if (hint?.kind === 'meta' && hint.authors?.length && hint.date === state.meta.date && BYLINE_WORD.test(state.blocks[i]?.plain ?? '')) {
      [state.meta.authors, state.meta.lines.authors] = [hint.authors, (state.blocks[i] as Block).lines.start];
      return;
    }
  }
}

/** A thread's heading that counts its comments: "16 Comments (+add yours?)", "3 Responses", "Two thoughts on “…”". */
const COMMENTS_COUNT =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|repl(?:y|ies)|thoughts?)\b/i;

/** A byline says who wrote the post: "Posted by …", "Written by …", "By …". */
const BYLINE_WORD = /\b(?:by|posted|written|published)\b/i;

/** The lines at the top of a page that hold its masthead. */
const MASTHEAD_LINES = 5;
/** A firm holds a copyright too: "Alpha Apex Group", "NewAge ADS, LLC". */
const FIRM_WORD =
  /\b(?:inc|llc|ltd|limited|group|media|press|news|company|co|corp|corporation|partners|associates|foundation|institute|university|agency|studio|studios|network|digital|solutions|services|team)\b/i;

/** A site's foot line that names it before the software it runs on: "Justin Murphy · Powered by the Academic theme for Hugo." */
const SITE_CREDIT = /^(\p{Lu}[^©|·∙•@:]{1,60}?)\s*[·∙•|–—-]\s*(?:powered by|built with|made with|proudly powered by)\b/iu;

/**
 * The person a page's copyright line (or its foot line's credit) names, when its masthead names them too: a personal site's
 * owner ("This site is © 1998-2025 Anil Madhavapeddy", "Copyright Sam Bossley 2012-2025",
 * "Copyright © 2025 Derek Seaman's Tech Blog"). A firm's name is no person's.
 */
function siteOwner(state: EssayState): { name: string; index: number } | null {
  for (let i = state.blocks.length - 1; i >= 0; i--) {
    const plain = (state.blocks[i] as Block).plain;
    const credited = SITE_CREDIT.exec(plain.trim())?.[1] ?? null;
    if (!credited && !/©|\(c\)|copyright/i.test(plain)) continue;
    const holder = credited ?? copyrightHolder(plain.replace(/^this (?:site|blog|website|page) is\s+/i, ''));
    if (!holder) continue;
    const owner = holder.replace(/[,;]$/, '').replace(/\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/, '');
    const name = OWN_SITE.exec(owner)?.[1] ?? owner;
    if (!PERSON_NAME.test(name) || parseNameList(name)?.length !== 1 || FIRM_WORD.test(name) || PUBLICATION_END.test(name)) return null;
    // (Printed in the masthead too, as a personal site prints its owner's name, menu words glued on at times,
    // "Sam Bossleythoughtsstreamsportfolio": a company's copyright names no writer of this page.)
    const letters = (text: string): string => text.replace(/[^\p{L}]+/gu, '');
    const key = letters(name).toLowerCase();
    const masthead = state.lines.slice(0, MASTHEAD_LINES).filter((line) => letters(line).toLowerCase().includes(key));
    if (masthead.length === 0) return null;
    // (A name whose words the text writes in lower case is no name, "Rose Wood"; unless the masthead writes
    // it so as the owner's handle, "toby/hede", "tobyhede@GitHub": then the lower case is the handle's.)
    if (commonWordIn(name, state.vocabulary) && !masthead.some((line) => letters(line).includes(key))) return null;
    return { name, index: i };
  }
  return null;
}

/** The owner names the writer; the copyright line read as the publication, "Sam Bossley 2012-2025", was the owner's name. */
function ownerWrote(state: EssayState, name: string): void {
  state.meta.authors = [name];
  if (state.meta.publication && matchKey(state.meta.publication).startsWith(matchKey(name))) state.meta.publication = null;
}

/** A masthead's link to the people of a group's site: "Our Team", "Staff", "Contributors". */
const TEAM_LINK = /^(?:our |the |meet the )?(?:team|staff|people|contributors|writers|authors|editors|editorial board)$/i;
/** The masthead's menu runs down this many lines at most. */
const MENU_LINES = 30;

/** The masthead's menu links to the site's team: a group's site, whose name and copyright name no one writer. */
export const linksToTeam = (state: EssayState): boolean => state.lines.slice(0, MENU_LINES).some((line) => TEAM_LINK.test(line.trim()));

/** A page with no byline and no bio: the site's owner wrote it (not a group's site's, whose menu links to its team). */
function authorFromCopyright(state: EssayState): void {
  const owner = siteOwner(state);
  if (!owner || linksToTeam(state)) return;
  ownerWrote(state, owner.name);
  state.meta.lines.authors = (state.blocks[owner.index] as Block).lines.start;
}

/**
 * A byline by a first name alone, on a site whose owner has that first name, names the owner:
 * "Posted by David at December 16, 2025 11:15 AM" over "Copyright 2025 © David Bau" is David Bau.
 */
function ownersFullName(state: EssayState): void {
  const [author] = state.meta.authors;
  if (state.meta.authors.length !== 1 || !author || /\s/.test(author.trim())) return;
  const owner = siteOwner(state);
  if (owner?.name.split(/\s+/)[0]?.toLowerCase() === author.trim().toLowerCase()) ownerWrote(state, owner.name);
}
