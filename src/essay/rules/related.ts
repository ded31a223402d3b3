import { PERSON_NAME } from '../authors.js';
import type { Block } from '../blocks.js';
import { inTitleCase } from '../shape.js';
import { wordCount } from '../text.js';
import type { BlockRule } from './types.js';

/** A headline printed twice in a line runs this many words each time, at least and at most. */
const TWICE_MIN_WORDS = 5;
const TWICE_MAX_WORDS = 25;

/** A pointing mark, then a link's label or a call to follow it. */
const POINTED_LINK =
  /^(?:[»›→➜➡]|👉)\s*(?:(?:related(?: reading| articles?| posts?)?|useful resources?|learn more|read more|see also|save (?:even )?more)\s*:|(?:see|learn|read|compare|check|find|discover|explore|get)\b)/iu;
const POINTED_LINK_MAX_WORDS = 16;

/** The line is one text, then the same text again. */
function printedTwice(text: string): boolean {
  const trimmed = text.trim();
  const half = (trimmed.length - 1) / 2;
  return Number.isInteger(half) && trimmed[half] === ' ' && trimmed.slice(0, half) === trimmed.slice(half + 1);
}

/** A teaser's label, then its headline with no colon between: the headline starts with a capital. */
const GLUED_TEASER =
  /^(?:[Rr]ead [Nn]ext|[Uu]p [Nn]ext|[Ww]atch [Nn]ext|READ NEXT|UP NEXT|[Rr]elated (?:[Aa]rticles?|[Ss]tories|[Pp]osts?)|[Mm]ore [Ss]tories)\s+[\p{Lu}‘“'"\d]/u;

/** Related-article links: "Related: …", "Read more: …", "You may also like". */
/** A line leading into a box of teasers is a short sentence. */
const RELATED_LEAD_MAX_WORDS = 14;

/**
 * The sentence a blog sets over its teasers of other posts: "If you liked this post you might
 * also like:", "On a related note, here are some interesting articles.".
 */
export const isTeasersLead = (text: string): boolean =>
  /^if you (?:liked|enjoyed) this (?:post|article|piece|story),? you (?:might|may|will|could) (?:also )?(?:like|enjoy)\b|^(?:on a related note,?\s+)?here are (?:some|a few) (?:more |other |related |interesting |similar )*(?:articles|posts|reads|stories)\b/i.test(
    text,
  );

/** A teaser's label that names a site: "On HoustonChronicle.com:". */
const ON_OWN_SITE = /^(?:on|at|from)\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|co\.uk|news)\s*:\s+\S/iu;

/** A line that is all one text in square brackets. */
const BRACKETED_LINE = /^\[([^[\]]+)\]$/;
const BRACKETED_HEADLINE_MAX_WORDS = 16;

/** The label of a box of the writer's other pieces, in the languages pages are copied in. */
const AUTHORS_OTHER_PIECES =
  /^(?:(?:other|more) (?:articles|posts|stories|pieces) (?:by|from) (?:the|this) (?:author|writer)|inne (?:artykuły|teksty|wpisy) (?:autora|autorki)|weitere (?:artikel|beiträge|texte) (?:des autors|der autorin|von)|autres articles (?:de l['’]auteur|du même auteur|de l['’]autrice)|otros artículos (?:del autor|de la autora)|altri articoli (?:dell['’]autore|dell['’]autrice)|outros artigos (?:do autor|da autora)|andere artikelen van (?:de(?:ze)? )?auteur)\s*:?$/iu;

/** A related post's category under its title, as WordPress's Jetpack sets each card: 'In "Economy"'. */
export const RELATED_CATEGORY = /^in\s+["“][^"”]{1,40}["”]$/i;

/** A headline cut short: capitalised, one line, no stop inside, the ellipsis right after a letter. */
const CUT_HEADLINE = /^[\p{Lu}"“‘][^.!?]*\p{L}(?:\.{3}|…)$/u;
/** …a teaser's length at least: "But then..." is a sentence trailing off, "Avancer ensemble vers la contribution…" a title. */
const CUT_HEADLINE_MIN_WORDS = 6;

export const related: BlockRule = {
  name: 'related',
  test(block, context) {
    const { words } = context;
    // A teaser card's headline printed twice in one line, its link's text and its heading:
    // "The GOP Primary Debate Was a Tedious Mess The GOP Primary Debate Was a Tedious Mess".
    if (words >= 2 * TWICE_MIN_WORDS && words <= 2 * TWICE_MAX_WORDS && printedTwice(block.plain))
      return { kind: 'chrome', reason: 'related' };
    if (words > 25) return null;
    if (RELATED_CATEGORY.test(block.plain.trim())) return { kind: 'chrome', reason: 'related' };
    // Out of the text, another story's headline cut short mid-phrase: "Houston's economy might not be as hot as it looks —
    // and...", "A.M. Roundup: State lawmakers call JCOPE ‘unsatisfactory’ after...". (Asked of the page around the text
    // only: in it, a sentence may trail off so.)
    if (words >= CUT_HEADLINE_MIN_WORDS && block.kind === 'paragraph' && CUT_HEADLINE.test(block.plain.trim()) && !context.inBody)
      return { kind: 'chrome', reason: 'related' };
    // Another story's headline in square brackets, a link set between paragraphs: "[Our Latest Forecast: Who Will Win The 2020 Democratic Primary?]".
    // (Not an item of a list: "- [A Pattern Language]", Markdown's link to a book the text cites.)
    const headline = block.kind === 'paragraph' ? BRACKETED_LINE.exec(block.plain.trim())?.[1] : undefined;
    if (headline !== undefined && words <= BRACKETED_HEADLINE_MAX_WORDS && inTitleCase(headline))
      return { kind: 'chrome', reason: 'related' };
    // A box of the writer's other pieces, by its label: "Inne artykuły autora", "Weitere Artikel des Autors", "Other articles by the author".
    if (AUTHORS_OTHER_PIECES.test(block.plain.trim())) return { kind: 'chrome', reason: 'related' };
    // A link to an author's other pieces: "More Richard (R.J.) Eskow.", "More by Jane Doe".
    const more = /^more (?:(?:by|from) )?(.+?)\.?$/i.exec(block.plain)?.[1]?.replace(/\s*\([^)]*\)/g, '');
    if (words <= 8 && more && PERSON_NAME.test(more)) return { kind: 'chrome', reason: 'related' };
    // A pointer to another post: "See Clem’s follow-up blog on …", "Read my earlier post about …".
    if (
      /^(?:see|read)\s+(?:also\s+)?(?:my|our|the|\p{Lu}[\p{L}-]*['’]s)\s+(?:follow-?up|previous|next|earlier|later|related|other|new|latest)\s+(?:blog|post|article|piece|essay)\b/iu.test(
        block.plain,
      )
    )
      return { kind: 'chrome', reason: 'related' };
    if (words <= RELATED_LEAD_MAX_WORDS && isTeasersLead(block.plain)) return { kind: 'chrome', reason: 'related' };
    // A teaser's label set against its headline: "Read Next Blackpink Unveils ‘Born Pink’ Tour Dates, …".
    if (GLUED_TEASER.test(block.plain) && !/[.!?]["”’]?$/.test(block.plain.trim())) return { kind: 'chrome', reason: 'related' };
    // A link set apart by a pointing mark: "» Related Reading: A Guide to …", "👉 See more dental care trends from SoftSmile.".
    if (words <= POINTED_LINK_MAX_WORDS && POINTED_LINK.test(block.plain.trim())) return { kind: 'chrome', reason: 'related' };
    // (A teaser's label naming the paper's own site: "On HoustonChronicle.com: Car sales plunge nearly 17 percent in August".)
    if (words <= RELATED_LEAD_MAX_WORDS && ON_OWN_SITE.test(block.plain.trim())) return { kind: 'chrome', reason: 'related' };
    const lead =
      /^(related( articles| stories| posts| content| reading| coverage)?|read more|read next|more from|more on|more in|more(?=\s*:\s*$)|más sobre|mais sobre|plus sur|mehr (?:zu|zum|zur|über)|altro su|more (articles|stories|posts)( tagged( as)?| about| by)?(?=\s*(?:\.{3}|…|:)?$)|recommended( reading)?|you (may|might) also (like|be interested in)|popular( now)?|trending|most (read|popular|viewed)|further reading|see also|veja também|leia também|voir aussi|(?:à )?lire aussi|siehe auch|lesen sie auch|v[eé]ase también|ver también|lee también|leggi anche|vedi anche|zie ook|lees ook|bekijk ook(?: eens)?|meer (?:blog)?(?:berichten|artikelen)|principais manchetes|mais lidas|les plus lus|meistgelesen|lo más leído|also(?: read| see| watch)?(?=\s*:)|read (the )?article called(?=\s*:)|up next|editor['’]?s picks|(?:recent|latest|newest) (?:posts|articles|stories|entries)|(?:articles|billets) récents|derniers articles|(?:neueste|aktuelle|letzte) (?:beiträge|artikel)|(?:entradas|artículos|articulos) recientes|últimas entradas|articoli recenti)\b/iu;
    // (In brackets too: "[Related: Salesforce Dreamforce Keynote: AI, Integration, …]".)
    const text = block.plain.trim().replace(/^\[(.+)\]$/, '$1');
    // (A teaser's label in brackets before its headline: "[Most read] At least 21 injured in explosion at BGE offices …".)
    const bracketed = /^\[([^\]]{2,30})\]\s+\S/.exec(block.plain.trim())?.[1];
    if (bracketed && bracketed.replace(lead, '').trim() === '') return { kind: 'chrome', reason: 'related' };
    if (!lead.test(text)) return null;
    // "Related: title" or a bare label ("You may also like..."); a sentence that merely starts "More on…" stays.
    const label = text.replace(/(?:\.{3}|…)$/, '');
    const bare = /^[^:]{0,40}$/.test(label) && !/[.!?]$/.test(label);
    return bare || /^[^:]{0,30}:/.test(text) ? { kind: 'chrome', reason: 'related' } : null;
  },
};

/** The block is what this rule reads as a related box's label or link, whichever pass took it out first. */
export const isRelated = (block: Block): boolean =>
  related.test(block, { words: wordCount(block.plain), inBody: false })?.kind === 'chrome';
