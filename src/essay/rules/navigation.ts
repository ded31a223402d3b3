import { BIO_VERB, bioSubject } from '../authors.js';
import { withoutTrailing } from '../text.js';
import type { BlockRule } from './types.js';

/** An audio player's call to log in before it plays the piece, in the deck's languages. */
const LISTEN_GATE =
  /^(?:to listen to (?:this|the) (?:article|story|piece)|um (?:sich )?(?:diesen|den) (?:artikel|beitrag) (?:anzuh[öo]ren|vorlesen zu lassen)|pour [eé]couter (?:cet|l['’]) ?article|para (?:escuchar|ouvir) (?:este|esta|el|o|a) (?:art[ií]culo|artigo|mat[eé]ria|conte[uú]do)|per ascoltare (?:questo|l['’]) ?articolo)\b.*\b(?:log ?in|sign ?in|subscribe|melden sie sich|anmelden|abonnieren|connectez-vous|abonnez-vous|inicia sesi[oó]n|suscr[ií]bete|fa[çc]a login|assine|accedi|abbonati)\b/iu;
const LISTEN_GATE_MAX_WORDS = 16;

const LINK =
  /^(home|home ?page|menu|main menu|navigation|toggle navigation|open menu|open in app|close( menu)?|skip to (main )?content|back to top|top|print|print (this )?(page|article|story)|printer[- ]friendly( version| page)?|(story|article) tools|view (all )?(author |their |his |her )?(publications|posts|articles|stories)|download( the)?( full)?( pdf| report| data| dataset| brief| paper| study)?|(download|read|watch|listen|register|learn more|get it) now|learn more( here| apply (now|today))?( ?→)?|view pdf( ?\/ ?print( mode)?)?|log ?in|sign ?in|sign in|my account|donate|contact( us)?|about us|blog home|all (posts|articles|stories|news)|listen|save( for later)?|read later|bookmark|continue reading|read (the )?(full )?(article|story|post|report|research|study|paper|brief)|start writing|get the app|write|find a (?:new )?job|post a job|browse (?:all )?jobs|job board|was this (page|article) helpful\??|yes|no)$/i;

/** A site's address alone: a name, its dots and a top-level domain ("FoxNews.com", "www.cbc.ca", "CBC.CA"); not "Node.js". */
const SITE_ADDRESS =
  /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|edu|gov|int|info|news|blog|io|co|uk|ca|au|nz|ie|in|za|us|eu|de|at|ch|fr|be|nl|es|it|pt|br|mx|ar|se|no|dk|fi|pl|ru|jp|cn|kr|tw)\/?$/iu;

/** A pager's link: its label and another post's title. */
const PAGER_LINK_MAX_WORDS = 20;
/** A pager's label: "Previous", "Next post", "PREVIOUS ARTICLE" (the markup pass takes the title under it for its link). */
/** A paragraph's end that links on to the rest of another page. */
const TEASER_END = /[.!?…]["”’)]?\s+(?:More|Read [Mm]ore|Continue [Rr]eading)\s*(?:\.{3}|…|»|→|›)?$/u;

/** A first clause that says what someone is or does, as a bio opens: "Mike Shedlock / Mish is a …". */
const BIO_OPENING_CLAUSE = new RegExp(`^\\p{Lu}[^.!?]{0,60}?\\s${BIO_VERB}\\s`, 'u');

export const PAGER =
  /^(?:(?:previous|prev|next)(?:\s+(?:post|article|story|page|entry))?|(?:article|billet)\s+(?:précédent|suivant)|précédent|suivant|(?:vorheriger|nächster)\s+(?:beitrag|artikel)|(?:artículo|entrada)\s+(?:anterior|siguiente)|(?:articolo)\s+(?:precedente|successivo))\s*:?$/iu;

/** A trail of breadcrumbs is a few words a step. */
const BREADCRUMB_MAX_WORDS = 20;
/** A trail of steps set apart by arrows is short: a label or two each. */
const ARROW_TRAIL_MAX_WORDS = 8;
/** …and a trail that ends with the page's title, a headline's words more. */
const TRAIL_TO_TITLE_MAX_WORDS = 40;

/** Menus, breadcrumbs, "Return to …" links, audio/gift/print buttons, feedback prompts. */
export const navigation: BlockRule = {
  name: 'navigation',
  test(block, { words, inBody }) {
    // A teaser of another page, its first lines cut short before a link on: "… Issue 9 out now. More...",
    // "… unemployment is still ... Read More". (After a stop or the cut's ellipsis: "we want more…" is prose.
    // Not a writer's bio cut short the same way, "Molly Wood is an Ideas contributor at … Read more", "Mike Shedlock / Mish
    // is a registered investment advisor … Continue reading...": the tail pass places it.)
    if (TEASER_END.test(block.plain.trim()) && !bioSubject(block.plain) && !BIO_OPENING_CLAUSE.test(block.plain.trim()))
      return { kind: 'chrome', reason: 'navigation' };
    // (Every test below is of a block of at most TRAIL_TO_TITLE_MAX_WORDS words: a longer one is not copied or trimmed.)
    if (words > TRAIL_TO_TITLE_MAX_WORDS) return null;
    const text = withoutTrailing(block.plain, '.:!»›>').trim();
    if (words <= 8 && /^(return|back|go back|go) to\b/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    if (words <= 6 && (LINK.test(text) || PAGER.test(text))) return { kind: 'chrome', reason: 'navigation' };
    // A link to a site's or a section's home by its initials: "CDC Home", "NCID Home", "ASU Home".
    // (Or by its address alone, out of the text: "FoxNews.com" under a byline, "CBC.CA" over the menu.)
    if (!inBody && words === 1 && SITE_ADDRESS.test(block.plain.trim())) return { kind: 'chrome', reason: 'navigation' };
    if (words === 2 && /^\p{Lu}{2,6} Home$/u.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // A pager's link with its label on the same line: "Previous: Paying for the rides I took 8 years ago".
    // (WordPress themes print the label twice, the second for screen readers, which a copy keeps:
    // "Previous Previous post: Waarom we nu WEL zuinig moeten doen".)
    if (
      words <= PAGER_LINK_MAX_WORDS &&
      /^(?:(?:previous|next)\s+)?(?:previous|prev|next)(?:\s+(?:post|article|story|entry))?\s*:\s*\p{Lu}/iu.test(block.plain.trim())
    )
      return { kind: 'chrome', reason: 'navigation' };
    // A pager's link by its arrow alone: "« In Defense of Curiosity | Main", "‹ Older post". (A French
    // quotation opens with "«" too, but closes with "»" in the same paragraph.)
    if (words <= PAGER_LINK_MAX_WORDS && /^[«‹←]\s*[^«»‹›]+$/u.test(block.plain.trim())) return { kind: 'chrome', reason: 'navigation' };
    // …or both of a pager's links on one line, each with its arrow and its post's date: "← Fire safety in our homes
    // 12 January 2026 Baby bonds to tackle wealth inequality … → 26 February 2026".
    if (words <= 2 * PAGER_LINK_MAX_WORDS && /^←[^←→]+→[^←→]*$/u.test(block.plain.trim())) return { kind: 'chrome', reason: 'navigation' };
    // Account links run together: "Log out Sign in", "Sign in Subscribe", "Register Log in".
    if (words <= 8 && /^(?:(?:log ?(?:in|out)|sign ?(?:in|up|out)|register|subscribe|my account|menu|search|close)\s*)+$/i.test(text))
      return { kind: 'chrome', reason: 'navigation' };
    // A broadcaster's link to its live stream: "Watch CBSN Live", "Listen Live".
    if (words <= 5 && /^(?:watch|listen|stream)(?:\s+\S+){0,2}\s+live$/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // "Listen to this article · 7 min", "Gift this article"; "Ouça este conteúdo", "Écouter cet article", "Artikel anhören".
    if (
      words <= 8 &&
      /^(?:(listen to|gift) (this )?(article|story)\b|(?:ouça|ouvir) (?:este|esta|o|a) (?:conte[uú]do|mat[eé]ria|artigo|not[ií]cia)\b|[eé]couter (?:cet|l['’]) ?article\b|(?:artikel|beitrag) (?:anh[öo]ren|vorlesen)\b|escuchar (?:este|el) art[ií]culo\b|ascolta (?:l['’])?articolo\b)/iu.test(
        text,
      )
    )
      return { kind: 'chrome', reason: 'navigation' };
    // …and the player's gate: "To listen to this article, please log in.", "Um sich diesen Artikel anzuhören, melden Sie
    // sich bitte an.", "Pour écouter cet article, connectez-vous".
    if (words <= LISTEN_GATE_MAX_WORDS && LISTEN_GATE.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // A print issue's date: "December 25, 2023/January 1, 2024, Issue", "March/April 2019 Issue".
    if (words <= 10 && /\b\d{4},?\s+issue$/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // Breadcrumbs: "Home > Analysis > Asia", "Home / Opinion".
    if (words <= 12 && /^home\s*[>›»/|]/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // …down to the page itself, its title the last step: "You are here: Home / Blog / Oklahoma / America’s Most Underrated Food City: …".
    if (/^(?:you are here\s*:\s*)?home(?:\s[>›»/|]\s[^>›»/|]+){2,}$/i.test(text)) return { kind: 'chrome', reason: 'navigation' };
    // …and a trail of three steps or more from any first step: "BLOG > Nutrition > Meal Plans".
    // (Each step a label, capitalised: not "Revenue > costs > profits".)
    if (words <= BREADCRUMB_MAX_WORDS && /^[\p{Lu}\d][^>›»]{0,39}(?:\s[>›»]\s[\p{Lu}\d][^>›»]{0,59}){2,}$/u.test(block.plain.trim()))
      return { kind: 'chrome', reason: 'navigation' };
    // …or of two steps or more set apart by arrows, a section and its part, words only: "How To's → Digital Strategies"
    // (not "302ms → 261ms (14% faster)").
    if (words <= ARROW_TRAIL_MAX_WORDS && /^\p{Lu}[^→\d]{0,39}(?:\s→\s\p{Lu}[^→\d]{0,39})+$/u.test(block.plain.trim()))
      return { kind: 'chrome', reason: 'navigation' };
    // A link to more of something: "… (More)", "See More »", "View More Trending Stories »".
    if (words <= 16 && /(?:\((?:more|read more)\)|»|→)$/i.test(block.plain.trim())) return { kind: 'chrome', reason: 'navigation' };
    return null;
  },
};
