import { withoutLeading, withoutTrailing, wordCount } from '../text.js';
import type { BlockRule } from './types.js';

/**
 * Lines that speak to the reader about the site rather than the subject: feedback and contact
 * prompts ("Call us at (919) 277-0150 …"), book and report promotions, comment-moderation notices and the comment box's
 * messages ("Post limit reached. Please try again in a minute."), citation requests, player
 * controls and messages, loading placeholders, update stamps, a bare web address.
 */
const PROMO =
  /\b(?:tell us what you think|we(?:['’]re| are) interested in your feedback|(?:e-?mail|write to|contact) (?:us|me) at|my (?:twitter|x|bluesky|mastodon) (?:account|handle) is|we(?:['’]d| would) love to hear from you|my (?:upcoming|new|forthcoming) book|(?:buy|order|pre-?order) (?:the|my) book|(?:temporarily )?moderat(?:e|ing) (?:all )?comments|comment policy|we welcome (?:thoughtful |your )?comments|please be respectful of other commenters|comments are subject to (?:our|the) (?:community )?(?:guidelines|rules|terms)|los comentarios (?:publicados )?son (?:de )?(?:exclusiva )?responsabilidad de (?:sus|los) autores|your comment contains a link|post limit reached|we(?:['’]d| would) like to hear what you think|on our sister (?:site|publication|magazine|title)|please cite (?:this|the)|cite this (?:article|page|post|publication|web article)|contributed to the writing of|takes your privacy seriously|never (?:to )?(?:rent|sell) your e-?mail|(?:enter|type) your e-?mail|free (?:report|newsletter|e-?book|download)|join our (?:free )?(?:newsletter|mailing list|list)|view this (?:post|email|newsletter|story) (?:on the web|online|in (?:your|a) browser)|reader-supported publication|what did you think of (?:this|today['’]s) (?:post|article|piece|essay|issue|edition|newsletter)\b|become involved in|call us (?:at|today|now|toll[- ]free)\b[^.!?]*\d{3}[^.!?]*\d{4}|visit our (?:youtube|instagram|tiktok|facebook|pinterest) (?:channel|page|account))\b/i;
/** A podcast's prompt: "Listen here on your chosen podcast platform.", "Listen on Apple Podcasts". */
const LISTEN =
  /^listen (?:here |now )?(?:on|via|wherever) (?:your (?:chosen |favou?rite )?podcast (?:platform|app)|apple podcasts|spotify|you get your podcasts)\.?$/i;
/** (And a widget's placeholder: "Loading...", "Loading Related Articles...", "Loading Map...".) */
const PLAYER =
  /^(?:listen(?:\s+\d+(?:\.\d+)?\s*x)?|\d+(?:\.\d+)?\s*x|loading\.*|loading(?:\s+[\p{L}-]+){1,3}\s*(?:\.{2,}|…)|play|pause|audio|\d{1,2}:\d{2}(?:\s*\/\s*\d{1,2}:\d{2})?)$/iu;
/**
 * A web media player's own words, as its libraries write them (video.js; mediaelement.js, which
 * WordPress uses): its name, its screen-reader help, its dialog's edges and its error messages
 * ("Use Up/Down Arrow keys to increase or decrease volume.", "Media error: Format(s) not supported
 * or source(s) not found", "Beginning of dialog window. Escape will cancel and close the window.").
 */
const MEDIA_PLAYER =
  /^(?:(?:video|audio) player(?: is loading)?|use (?:up\/down|left\/right) arrow keys to\b.*|media error\b.*|this is a modal window|(?:beginning|end) of dialog window\b.*|no compatible source was found for this media|the media could not be loaded\b.*|your browser does not support (?:the )?(?:html5? )?(?:video|audio)\b.*|(?:time|volume) slider|mute toggle|download file:\s*https?:\/\/\S+)\.?$/i;
const MEDIA_PLAYER_MAX_WORDS = 25;
/** An offer of the piece in another form: "A typeset PDF version of this post is available here.", "Download PDF Version of the paper »", "Read the full article as a PDF". */
const PDF_OFFER =
  /^(?:(?:an?|the) )?(?:[\p{L}-]+ )?(?:pdf|printable|printer-friendly) version\b(?: of (?:this|the) \p{L}+)?(?: is available\b.*)?$|^download (?:the |a )?pdf\b.*|^read the (?:full )?(?:article|paper|report|post) as a pdf.*/iu;
const PDF_OFFER_MAX_WORDS = 16;
const STAMP =
  /^(?:(?:file|page|document|this page was)\s+)?(?:added|updated|update|edited|last (?:updated|modified|edited|reviewed)|revised|posted|published)\s*(?:on)?\s*:?\s*.{0,30}\d{4}$/i;
/** A stamp counted from the day the page was saved, which gives no date: "Published 6 hours ago". */
/** A stamp giving a time of day only: "Updated at 1:23 p.m.", "Updated 9:41 AM ET". */
const TIME_STAMP = /^(?:updated|posted|published)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+[A-Z]{2,4})?\.?$/i;
const AGE_STAMP =
  /^(?:published|posted|updated|last updated)\s+(?:about\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s*[~·•|,–—-]\s*\d+\s*min(?:ute)?s?(?:\s+read)?)?$/i;
const PREFERRED_SOURCE = /\bas a (?:preferred|reliable|trusted)(?: and trusted)? (?:news )?source\b|^add now!?$/i;
/** (Or under its label, as a page prints its own address at its foot: "URL: http://www.eia.doe.gov/oiaf/issues/wind_supply.html".) */
const URL_ONLY = /^(?:(?:url|link|address|permalink|web(?:site)?)\s*:\s*)?(?:<)?https?:\/\/\S+(?:>)?$/i;
/**
 * A help desk's lines: "If you are having technical problems with this site, please contact the EIA Webmaster at …",
 * a number with its hours, "(202) 586-8800 9AM - 5PM eastern time". (A number alone may be a contact box's field,
 * "Phone" / "609-365-7014", which the header's passes read as they are.)
 */
const HELP_DESK =
  /\b(?:(?:technical )?problems with (?:this|our|the) (?:site|website|page)|contact (?:the|our) (?:[\w-]+ )?webmaster)\b|^\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\s+\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+\w+\s+time)?$/i;
const HELP_DESK_MAX_WORDS = 30;
/**
 * A call to act on the site, alone in its paragraph, a question may lead into it: "Learn more about
 * affordable video production." (with its stop: "Learn more about the different types of tax professionals"
 * heads a part), "Click here to discover …", "Want to see how it works? Learn more here.",
 * "Book a FREE demo of …", "Start your 14-day free trial with GlossGenius today!", "Get in touch today to …";
 * in the deck's other languages, "para ler mais sobre o fim da política de checagem de fatos:", "Pour en savoir plus, …".
 */
const CALL_TO_ACTION =
  /^(?:(?:want|ready|need|looking|interested)\b[^.?!]{0,60}\?\s+)?(?:learn more(?:\s+(?:here|below|now))?[.!:]?$|learn more about\b[^:]*[.!?]$|click here\b|find out more\b|read more about\b|(?:para )?(?:ler|leia|saiba) mais sobre\b|(?:pour )?en savoir plus\b|mehr (?:dazu|erfahren) (?:über|zu|zum|zur)\b|(?:para )?(?:saber|leer) más (?:sobre|acerca)\b|lee más sobre\b|per saperne di più\b|lees meer over\b|(?:book|request|schedule) (?:a |your )?(?:free |quick )?(?:demo|consultation|call|quote|strategy call)\b|(?:start|begin) (?:your|a) (?:free|\d+-day)\b|get (?:started|in touch) (?:today|now|with us)\b|contact us (?:today|now)\b|check out (?:our|\p{Lu}\S*['’]s) (?:website|site)\b|for more information,? (?:visit|see|contact|go to|check out)\b|for a (?:detailed|full|complete|deeper) (?:overview|look|guide|dive)\b[^.]*\b(?:refer to|see|check out|read) our\b)/iu;
/** A call to action is a sentence or two; a button's few words ("Learn More", "Book a Demo") are the navigation's. */
const CALL_TO_ACTION_MIN_WORDS = 5;
const CALL_TO_ACTION_MAX_WORDS = 16;
/** "Click here to …" and what lies there, in the deck's languages ("Klicken Sie hier", "Cliquez ici", "Haga clic aquí"). */
const CLICK_HERE =
  /^(?:click here|klicken sie hier|hier klicken|cliquez ici|haga clic aquí|haz clic aquí|clique aqui|clicca qui|klik hier)\b/iu;
/** Such a paragraph is two sentences at most. */
const LINK_PARAGRAPH_MAX_WORDS = 40;

/** A sponsor's label: "Presented By Carahsoft", "Sponsored by …", "Paid content from …". */
const SPONSOR_LABEL = /^(?:presented|sponsored|brought to you|underwritten)\s+by\s+\S|^(?:paid|sponsored|partner)\s+content\b/i;
const SPONSOR_LABEL_MAX_WORDS = 8;
/** A teaser the page marks as paid for: "[SPONSORED] From Data to Dominance: …". */
const SPONSORED_TEASER = /^[[(](?:sponsored|paid(?: post| content)?|partner content|advertorial|promoted)[\])]\s/i;
/**
 * (The anchored pattern first: it fails at a text's first word, where counting the words read
 * every paragraph of the essay to its end: 80 ms of a 10 MB essay's 3.3 s CPU.)
 */
export const isSponsorLabel = (text: string): boolean => SPONSOR_LABEL.test(text.trim()) && wordCount(text) <= SPONSOR_LABEL_MAX_WORDS;

/**
 * The site's call for writers, a button's few words ("Want to write?", "Write for us", "Become a contributor", "Pitch
 * us") or its line ("Submit a guest post …", "Write an article and join a growing community of more than 173,100
 * academics …").
 */
const WRITERS_WANTED = /^(?:want to write(?: for us)?\??|write for us|become an? (?:contributor|writer|author)|pitch us)[.!]?$/i;
const WRITERS_WANTED_LINE = /^(?:(?:submit|send us) (?:a|your) guest (?:post|article)\b|write an article and join\b)/i;
const WRITERS_WANTED_MAX_WORDS = 40;

export const promo: BlockRule = {
  name: 'promo',
  test(block, { words }) {
    // (`replace(/^[*_]+|[*_]+$/g, '')`: once the opening run is off, what is left starts with neither mark, so the closing run is its own.)
    const text = withoutTrailing(withoutLeading(block.plain, '*_'), '*_').trim();
    if ((words <= 6 && PLAYER.test(text)) || LISTEN.test(text)) return { kind: 'chrome', reason: 'navigation' };
    if (words <= MEDIA_PLAYER_MAX_WORDS && MEDIA_PLAYER.test(text)) return { kind: 'chrome', reason: 'navigation' };
    if (words <= PDF_OFFER_MAX_WORDS && PDF_OFFER.test(text)) return { kind: 'chrome', reason: 'navigation' };
    if (words <= 8 && (STAMP.test(text) || AGE_STAMP.test(text) || TIME_STAMP.test(text))) return { kind: 'chrome', reason: 'end-matter' };
    if (URL_ONLY.test(text)) return { kind: 'chrome', reason: 'markup' };
    if (words <= HELP_DESK_MAX_WORDS && HELP_DESK.test(text)) return { kind: 'chrome', reason: 'end-matter' };
    // An affiliate disclosure: "DISCLOSURE: If you buy through affiliate links, I may earn a small commission."
    if (words <= 40 && /\baffiliate (?:links?|programs?|partners?)\b[^.]*\b(?:commission|earn)/i.test(text))
      return { kind: 'chrome', reason: 'advertisement' };
    if (isSponsorLabel(text) || SPONSORED_TEASER.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    // The search engine's widget that asks to make the site a source: "Add as a preferred source on Google",
    // "(Add [logo]) as a Reliable and Trusted News Source" / "Add Now!".
    if (words <= 25 && PREFERRED_SOURCE.test(text)) return { kind: 'chrome', reason: 'end-matter' };
    if (words <= 60 && PROMO.test(text)) return { kind: 'chrome', reason: 'end-matter' };
    if (WRITERS_WANTED.test(text) || (words <= WRITERS_WANTED_MAX_WORDS && WRITERS_WANTED_LINE.test(text)))
      return { kind: 'chrome', reason: 'end-matter' };
    if (words >= CALL_TO_ACTION_MIN_WORDS && words <= CALL_TO_ACTION_MAX_WORDS && CALL_TO_ACTION.test(text))
      return { kind: 'chrome', reason: 'end-matter' };
    // (A paragraph that opens by sending the reader to a link says what lies there, a sentence or two: "Click here to see
    // ISW’s interactive map of the Russian invasion of Ukraine. This map is updated daily alongside the static maps …".)
    if (words <= LINK_PARAGRAPH_MAX_WORDS && CLICK_HERE.test(text)) return { kind: 'chrome', reason: 'end-matter' };
    return null;
  },
};
