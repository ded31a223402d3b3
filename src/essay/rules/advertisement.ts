import { withoutTrailing } from '../text.js';
import type { BlockRule } from './types.js';

/**
 * (And the label in the languages of the pages copied: "Anzeige", "Publicité", "Publicidad", "Pubblicità", "Reklama", "Advertentie", "Werbung"; and the link under an ad slot, "advertise on spiked", "Advertise with us".)
 * (The label and the call to read on in one line: "Advertisement - Continue Reading Below", as magazines' pages set it between paragraphs.)
 */
const MARKER =
  /^(advertisement|advertising|ad|ad policy|sponsored( content)?|promoted( content)?|paid content|((advertisement|ad)\s*[-–—:|·]?\s*)?((story|article) continues below( advertisement)?|continue reading (below|the main story))|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|advertentie|annonce|advertise (?:on|with) (?:us|[\p{L}\d.' -]{1,30}))$/iu;

/** An affiliate disclosure: "We are a participant in the Amazon Services LLC Associates Program, …", "We may earn a commission …". */
const DISCLOSURE =
  /^(?:we are a participant in the amazon services llc associates program|as an amazon associate\b|(?:we|this (?:site|page|post|article)) (?:may )?(?:earn|receive)s? (?:a )?(?:small )?(?:commission|compensation)\b|(?:(?:also|note),?\s+)?this (?:post|article|page|review|guide) (?:contains|may contain|includes|may include) (?:affiliate links|sponsored content)\b|(?:some of )?the links (?:in|on) this (?:post|article|page) are affiliate\b)/i;
/**
 * The same, the earning said after what earns it: "When you purchase through links on our site, we may
 * earn an affiliate commission.", "Every item on this page was chosen by a Veranda editor. We may earn
 * commission on some of the items you choose to buy.", "Purchases made through our links may earn us a
 * commission." A writer's "we" or "I" earning from what readers buy.
 */
const EARNING =
  /\b(?:(?:we|i)\s+(?:may|might|can|could|will|do)?\s*(?:earn|receive|get|make)s?|(?:may|might|can|could|will)\s+earn\s+(?:us|me))\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commissions?|compensation)\b/i;
const FROM_PURCHASES = /\b(?:links?|buy|purchases?|purchasing|shop)\b/i;

/**
 * The publisher asking for money or sign-ups: "Will you support Vox's explanatory journalism?", "Like Retraction
 * Watch? Consider making a tax-deductible contribution to support our growth.",
 * "Millions turn to Vox … Our mission has never been more vital …", "You're reading a free
 * article with opinions that may differ from …".
 */
const APPEAL =
  /^(?:will you (?:support|help fund|become a (?:member|supporter))\b|(?:please )?(?:support|fund) (?:our|independent|\p{Lu}[\p{L}.]*['’]s) (?:\w+ )?(?:journalism|reporting|newsroom)\b|you['’]re reading a free article\b)|\bour mission\b[^.]*\.(?:.*)\b(?:support|contribut|donat|gift|member)|\b(?:interested in|consider) supporting (?:the|our|this) (?:[\w-]+ )?(?:magazine|site|newsletter|publication|journalism|work)\b|^(?:on )?support(?:ing)? (?:[\w-]+ )?(?:journalism|reporting|newsroom)$|\bdonations?\b[^.]*\btax[- ]deductible\b|\bconsider (?:making|giving) a (?:tax[- ]deductible )?(?:contribution|donation|gift) to support (?:our|us)\b|^help (?:us )?keep \p{Lu}[\p{L}.]* (?:free|independent)\b|\bconsider (?:becoming|upgrading to) an? (?:(?:free|paid|paying|free or paid) )?(?:subscriber|member|supporter|patron)\b(?!\s+of\b)|\b(?:reader|subscriber)-supported (?:publication|newsletter|site|blog)\b|\bsupported by (?:\d+% )?(?:paid|paying) subscribers\b|\b(?:modestly priced|voluntary)(?: and voluntary)? subscription\b|^this (?:newsletter|blog|site|podcast) is a community project\b/iu;
/** Words every appeal holds one of: a cheap test before APPEAL's, which every short paragraph is asked. */
const APPEAL_WORDS = ['support', 'fund', 'member', 'free article', 'our mission', 'donation', 'keep', 'subscri', 'community project'];
/**
 * appealHint's words, looked for with startsWith and includes: the same test as
 * `/^(?:will you|please |support|fund|you|on support|help )|our mission|supporting |supported |donation|consider (?:making|giving|becoming) a|consider upgrading to|(?:voluntary|priced) subscri|community project|ſ/`
 * (plain words, no flags), without a regex scan of every short paragraph.
 */
const APPEAL_OPENINGS = ['will you', 'please ', 'support', 'fund', 'you', 'on support', 'help '];
/**
 * `lower.includes(word)`, a `part` of the word looked for first. V8 looks for a word's first letter, then
 * compares the rest there: a word opening with a common letter ("our mission", "ed by") is compared at most
 * places of a text, a part opening with a rarer one ("mission", "by") at few, and most texts lack the part.
 */
const holds = (lower: string, part: string, word: string): boolean => lower.includes(part) && lower.includes(word);
/**
 * What a text APPEAL matches holds, once lower-cased: one of the words its anchored branches open
 * with, or a word its other branches need. Most paragraphs with an APPEAL_WORDS word ("keep",
 * "support") have none of these, so APPEAL's scan is skipped. (APPEAL's /iu reads "ſ" as "s",
 * which toLowerCase keeps: a text with one is left to APPEAL.)
 */
const appealHint = (lower: string): boolean =>
  APPEAL_OPENINGS.some((word) => lower.startsWith(word)) ||
  holds(lower, 'mission', 'our mission') ||
  holds(lower, 'pport', 'supporting ') ||
  lower.includes('donation') ||
  holds(lower, 'consider', 'consider making a') ||
  holds(lower, 'consider', 'consider giving a') ||
  holds(lower, 'consider', 'consider becoming a') ||
  holds(lower, 'consider', 'consider upgrading to') ||
  holds(lower, 'pport', 'supported ') ||
  holds(lower, 'subscri', 'voluntary subscri') ||
  holds(lower, 'subscri', 'priced subscri') ||
  holds(lower, 'project', 'community project') ||
  lower.includes('ſ');
/** An organisation asking the reader for gifts: "So join us by contributing on GitHub or donating online.", "Please consider donating to support our work." */
const DONATION_APPEAL = /\b(?:please|consider|join us|support us|help us)\b[^.!?]{0,80}\b(?:donat(?:e|ing)|make a (?:gift|donation))\b/i;
/** Such an appeal is a sentence or two. */
const DONATION_APPEAL_MAX_WORDS = 40;
/** An open letter's call to sign it: "[Si vous êtes d’accord avec ce texte, il est possible de le signer ici.]", "Sign the letter here". */
const SIGN_HERE =
  /\b(?:sign (?:it|this|the (?:petition|letter|open letter)) here|add your (?:name|signature) here|(?:le|la) signer ici|signez(?:-la|-le)? (?:ici|la pétition|la lettre)|hier (?:unterschreiben|unterzeichnen)|fírmala aquí|firmar aquí)\b/i;
const SIGN_HERE_MAX_WORDS = 25;
/**
 * A call for gifts or for help in the languages the deck speaks, a line of its own: "Eine Welt ohne Sexismus? Unterstütze uns mit deiner
 * Spende!", "Wir brauchen dich!", "Faites un don", "Haz una donación", "We need you!".
 */
const DONATION_ELSEWHERE = String.raw`^(?:bitte\s+)?unterstütze uns\b|\bmit (?:deiner|eurer) spende\b|\b(?:jetzt spenden|spende jetzt)\b|\bfaites un don\b|\bsoutenez-nous\b|\bhaz una donación\b|\bdona ahora\b|\bapóyanos\b|\bfai una donazione\b|\bsostienici\b|\bfaça uma doação\b|\bapoie-nos\b|\bdoneer nu\b|\bsteun ons\b|^(?:wir brauchen (?:dich|euch|sie)|we need you|nous avons besoin de vous|te necesitamos|os necesitamos|abbiamo bisogno di te|precisamos de você|we hebben je nodig)\s*!`;
/**
 * The publisher's appeal in the other languages the deck speaks: "Hace 36 años Página|12 asumió un compromiso con el
 * periodismo, lo sostiene y cuenta con vos para renovarlo cada día.", "Asociate para contribuir", "Únete a …",
 * "Soutenez notre journalisme", "Devenez membre", "Nous sommes un média financé par des lecteurs, comme vous. Devenez
 * supporter de …", "Unterstützen Sie unabhängigen Journalismus", "Sostieni il giornalismo",
 * "Apoie o jornalismo independente". (APPEAL holds the English.)
 */
const APPEAL_ELSEWHERE = new RegExp(
  String.raw`\bcuenta con (?:vos|usted|ustedes|tu apoyo|tu aporte)\b|^(?:únete|sumate|súmate) a \p{Lu}|^(?:asociate|asóciate|hacete soci[oa]|hazte soci[oa])\b|\b(?:apoy[aá]|apoye|sosten[eé]|sostenga) (?:el|nuestro|al) periodismo\b|\b(?:soutenez|soutenir) (?:notre|le|un) journalisme\b|(?:^|[.!?]\s+)devenez (?:membre|abonné|abonnée|supporter|donateur|donatrice)\b|\bfinancée? par (?:ses|nos|des|leurs) lecteurs\b|\bunterstützen sie (?:unseren|unabhängigen|den) journalismus\b|^werden sie (?:mitglied|abonnent|unterstützer)|\bsostieni (?:il|il nostro) giornalismo\b|\bapoie o (?:nosso )?jornalismo\b|\bsteun (?:onze|de) journalistiek\b|${DONATION_ELSEWHERE}`,
  'iu',
);
const APPEAL_ELSEWHERE_MAX_WORDS = 40;
/** A writer's tip jar: "Did you like this article? You can buy me a coffee.", "Support my work on Patreon", "Fund this Blog". */
const TIP_JAR =
  /\b(?:buy me an? (?:coffee|beer|tea)|ko-?fi\b|support (?:me|my (?:work|writing|blog)) on (?:patreon|ko-?fi|substack)|become a patron\b)|^(?:fund|support) (?:this|my|our) (?:blog|work|writing|newsletter|site)$/i;
const TIP_JAR_MAX_WORDS = 25;
/** A newsletter's sponsor read: "So! Today’s edition of BITM is sponsored by DeleteMe, …", "This post is brought to you by …". */
export const SPONSOR_NOTE =
  /\b(?:this|today['’]s|this week['’]s) (?:edition|issue|post|episode|newsletter|article)(?: of [\p{L}\s]{1,30})? is (?:sponsored|brought to you|presented|supported) by\b/iu;
/**
 * What a text EARNING matches holds, once lower-cased: its /i (without u) matches ASCII letters
 * only, and lower-casing keeps them in place. Most paragraphs have neither, so EARNING's scan is skipped.
 */
const earns = (lower: string): boolean => lower.includes('commission') || lower.includes('compensation');
/**
 * What a text SPONSOR_NOTE matches holds, once lower-cased: "(sponso)red by", "(presen|suppor)ted by" or "(brought)
 * to you by", so "by" (looked for first: see `holds`). (Under /iu only "s" and "k" have other letters folding to
 * them, "ſ" and "K", and no part holds one.)
 */
const sponsorsBy = (lower: string): boolean =>
  lower.includes('by') && (lower.includes('red by') || lower.includes('ted by') || lower.includes('to you by'));
/** A newsletter's sponsor read says so in its opening characters ("So! Today’s edition of BITM is sponsored by …"), and runs to a paragraph. */
const SPONSOR_OPENING_CHARS = 80;
const SPONSOR_READ_MAX_WORDS = 160;
function opensWithSponsorNote(text: string): boolean {
  const opening = text.slice(0, SPONSOR_OPENING_CHARS);
  return sponsorsBy(opening.toLowerCase()) && SPONSOR_NOTE.test(opening);
}
/** An ad slot's notice, copied without the ad: "This advertisement has not loaded yet, but your article continues below." */
const NOT_LOADED =
  /^(?:this )?(?:advertisement|ad) (?:has not|hasn['’]t|did not|didn['’]t) loaded?\b|\b(?:article|story) continues (?:below|after (?:the|this) (?:ad|advertisement))\b/i;
const NOTICE_MAX_WORDS = 16;
/**
 * A shop's button under a product in a buying guide: "$75 AT AMAZON", "$49 at Etsy", "£12.99 from
 * John Lewis", "SHOP AT PAPERELIZA.COM".
 */
const SHOP_BUTTON = /^(?:[$£€]\s?\d[\d,.]*(?:\s*[-–]\s*[$£€]?\d[\d,.]*)?\s+(?:at|from)\s+\S.*|shop (?:now )?at \S+\.[a-z]{2,})$/i;
const SHOP_BUTTON_MAX_WORDS = 6;
/** A shop's button: a price and a shop, or "Shop at …", and no sentence ("$5 at the door." is one). */
export const isShopButton = (text: string, words: number): boolean =>
  words <= SHOP_BUTTON_MAX_WORDS && !/[.!?]$/.test(text) && SHOP_BUTTON.test(text);
/** A disclosure is a sentence or two. */
const DISCLOSURE_MAX_WORDS = 60;
/** An appeal is a short paragraph. */
const APPEAL_MAX_WORDS = 90;
/**
 * A publisher's appeal set as a lead line and the paragraph it runs on into, an ellipsis between:
 * "While we have you..." / "...we need your help. Confronting the many challenges of COVID-19 …". The
 * paragraph goes on for as long as it likes: its opening says what it is.
 */
const APPEAL_LEAD = /^(?:while (?:we|i) have you|before you go)\s*(?:\.{3}|…)$/i;
const APPEAL_RUN_ON = /^(?:\.{3}|…)\s*(?:and )?we need your (?:help|support)\b/i;

/** Advertisement markers left between paragraphs, and affiliate disclosures. */
export const advertisement: BlockRule = {
  name: 'advertisement',
  test(block, { words }) {
    if (APPEAL_RUN_ON.test(block.plain)) return { kind: 'chrome', reason: 'advertisement' };
    // (A sponsor's read runs as long as it likes: its opening says what it is.)
    if (words <= SPONSOR_READ_MAX_WORDS && opensWithSponsorNote(block.plain)) return { kind: 'chrome', reason: 'advertisement' };
    // (Every test below is of a block of at most APPEAL_MAX_WORDS words: a longer one is not copied or lower-cased.)
    if (words > APPEAL_MAX_WORDS) return null;
    if (words <= 5 && APPEAL_LEAD.test(block.plain.trim())) return { kind: 'chrome', reason: 'advertisement' };
    const text = withoutTrailing(block.plain, '.:');
    if (words <= 6 && MARKER.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    if (isShopButton(block.plain.trim(), words)) return { kind: 'chrome', reason: 'advertisement' };
    if (words <= NOTICE_MAX_WORDS && NOT_LOADED.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    const lower = text.toLowerCase();
    if (words <= DISCLOSURE_MAX_WORDS && (DISCLOSURE.test(text) || (earns(lower) && EARNING.test(text) && FROM_PURCHASES.test(text))))
      return { kind: 'chrome', reason: 'advertisement' };
    if (appealHint(lower) && APPEAL_WORDS.some((word) => lower.includes(word)) && APPEAL.test(text))
      return { kind: 'chrome', reason: 'advertisement' };
    if (words <= TIP_JAR_MAX_WORDS && TIP_JAR.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    if (words <= APPEAL_ELSEWHERE_MAX_WORDS && APPEAL_ELSEWHERE.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    if (words <= SIGN_HERE_MAX_WORDS && SIGN_HERE.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    if (words <= DONATION_APPEAL_MAX_WORDS && lower.includes('donat') && DONATION_APPEAL.test(text))
      return { kind: 'chrome', reason: 'advertisement' };
    if (sponsorsBy(lower) && SPONSOR_NOTE.test(text)) return { kind: 'chrome', reason: 'advertisement' };
    return null;
  },
};
