import type { BlockRule } from './types.js';

/**
 * "In your inbox" in the other languages the deck speaks: "En tu correo, todos los martes.", "dans votre boîte mail",
 * "in Ihr Postfach", "nella tua casella", "na sua caixa de entrada", "in je inbox".
 */
const INBOX_ELSEWHERE =
  'en tu (?:correo|casilla|bandeja de entrada|e-?mail)|(?:dans|sur) (?:votre|ta) (?:boîte (?:mail|e-?mail|de réception|aux lettres)|messagerie)|(?:in|direkt in) (?:ihr|dein|ihren|deinen) (?:e-?mail-)?(?:postfach|posteingang)|nella tua (?:casella(?: di posta)?|e-?mail|inbox)|na sua caixa de entrada|no seu e-?mail|in (?:je|uw) (?:inbox|mailbox)';
/** A call to subscribe in those languages, as a button says it: "Suscribite", "Abonnez-vous", "Jetzt abonnieren", "Iscriviti", "Inscreva-se", "Schrijf je in". */
const SUBSCRIBE_ELSEWHERE =
  'abonnez-vous|inscrivez-vous|(?:jetzt|kostenlos) (?:abonnieren|anmelden)|abonnieren sie|iscriviti|inscreva-se|schrijf (?:je|u) in|abonneer (?:je|u)';

const CALL = new RegExp(
  String.raw`\b(subscribe|unsubscribe|newsletters?|mailing list|sign(ing)? up|signup|register to (receive|get)|stay informed|stay (up to date|in touch|connected)|keep up to date|in your inbox|get (our|the latest) (updates|news|insights)|get our [\w\s-]{0,40}\b(?:email|e-mail|newsletter|briefing|digest)\b|i would like to be emailed|email alerts?|join our (list|community)|(type|enter) your e-?mail|your e-?mail address|(weekly|daily) digest|(?:(?:delivered|sent)(?: (?:straight|right|directly))?|straight) to your inbox|check your inbox|never miss (?:a|another) (?:single )?(?:post|article|story|issue|update)|${INBOX_ELSEWHERE}|${SUBSCRIBE_ELSEWHERE})\b`,
  'i',
);
/**
 * A form's request for the reader's e-mail address, in any language the deck speaks: "Enter your email address",
 * "Geben Sie hier Ihre Email-Adresse an", "Saisissez votre adresse e-mail", "Ingresa tu correo". Nothing but a
 * sign-up box asks it, however long its prompt runs ("Hat Ihnen dieser Artikel gefallen? Dann verpassen Sie keine
 * Artikel mehr! Geben Sie hier Ihre Email-Adresse an, um über neue Artikel informiert zu werden. …").
 */
const EMAIL_ASKED =
  /\b(?:(?:type|enter|add|submit|provide|leave) your e-?mail(?: address)?|geben sie (?:hier )?ihre e-?mail(?:-?adresse)?|(?:entrez|saisissez|indiquez|renseignez) (?:votre|ton) (?:adresse )?(?:e-?mail|courriel)|(?:introduce|ingresa|escribe|deja|introduzca|ingrese) (?:tu|su) (?:dirección de )?(?:correo|e-?mail)|inserisci (?:la tua|il tuo) (?:indirizzo )?e-?mail|(?:digite|insira|informe) (?:o )?seu (?:endereço de )?e-?mail|vul (?:je|uw) e-?mail(?:adres)? in)\b/i;
/** What makes a longer line in the body a prompt rather than a sentence about subscriptions. */
const PROMPT = new RegExp(
  String.raw`\b(thanks for reading|for free|to receive|new posts|support my work|your inbox|updates from|sign up now|featuring exclusive|consent to receive|agree to receive|by signing up|unsubscribe (at )?any ?time|${INBOX_ELSEWHERE})\b`,
  'i',
);

/**
 * A newsletter's welcome that says what each of its editions brings, as it opens every issue: "👋 Welcome to Climate Drift:
 * your cheat-sheet to climate. Each edition breaks down real solutions, …".
 */
const NEWSLETTER_WELCOME =
  /^(?:\P{L}{1,4}\s*)?welcome to\b[^.!?]{1,80}[.!:]\s.*\b(?:each|every) (?:edition|issue|week|episode|newsletter)\b/iu;

/** Mail offered to the reader's inbox, and the reader asked to join its readers. */
const INBOX_OFFER = /\b(?:in|to|into) your inbox\b/i;
const JOIN = /\b(?:join|subscribe|sign up)\b/i;

/**
 * A form's or a player's fine print, what the reader agrees to by acting: "By clicking to watch this video, you agree
 * to our privacy policy.", "By submitting this form, you agree to CleverTap's Privacy Policy", "By entering your email,
 * you agree to receive Elementor emails, …".
 */
const CONSENT =
  /^by (?:clicking|continuing|using|playing|submitting|signing (?:up|in)|subscribing|entering|providing|registering|creating|checking|tapping|joining|proceeding)\b[^.]{0,150}?\byou(?:['’]re| are)? (?:agree|consent|accept|acknowledge)(?:ing)?\b[^.]{0,200}?\b(?:privacy|terms|polic(?:y|ies)|cookies?|e-?mails?|newsletters?|data|contact|user agreement|updates)\b/i;
const CONSENT_MAX_WORDS = 60;
/**
 * A newsletter's thanks for reading it, then its appeal to share, subscribe or pay, as Substack's posts print it, once
 * or twice in the text: "Thank you for reading The Honest Sorcerer. If you value this article or any others please share
 * and consider a subscription, or perhaps buying a virtual coffee. …" (As long as a consent notice, at most.)
 */
const THANKS_APPEAL =
  /^(?:thanks|thank you) for reading\b[^.!?]{0,80}[.!]\s.*\b(?:subscri(?:be|ption)|share|support|donat(?:e|ion)|coffee|patreon|paid)\b/i;
/** A prompt's words out of the body (fewer in it), and the more a consent notice to receive mail may add. */
const PROMPT_MAX_WORDS = 30;
const CONSENT_EXTRA_WORDS = 20;

/** Newsletter and subscription prompts. In the body a prompt must be short or read like one. */
export const newsletter: BlockRule = {
  name: 'newsletter',
  test(block, context) {
    const { words } = context;
    if (words <= CONSENT_MAX_WORDS && (CONSENT.test(block.plain.trim()) || THANKS_APPEAL.test(block.plain.trim())))
      return { kind: 'chrome', reason: 'newsletter' };
    if (words <= CONSENT_MAX_WORDS && NEWSLETTER_WELCOME.test(block.plain.trim())) return { kind: 'chrome', reason: 'newsletter' };
    // (Past the longest limit below no prompt is looked for: most paragraphs are read no further, and
    // their answer, read before where they stand, is kept for the body pass: see classify.)
    if (words > PROMPT_MAX_WORDS + CONSENT_EXTRA_WORDS) return null;
    if (EMAIL_ASKED.test(block.plain)) return { kind: 'chrome', reason: 'newsletter' };
    // (A sign-up form's consent notice runs long: "By clicking on the sign up button you consent to receive …".)
    const inBody = context.inBody;
    // (So does an offer that both brings mail to the reader's inbox and asks them to join: "Get a weekly roundup in your
    // inbox instead. Every Wednesday, … writes Imagine, a short email … Join the 20,000+ readers who've subscribed so far.")
    const offer = INBOX_OFFER.test(block.plain) && JOIN.test(block.plain);
    const limit =
      (inBody ? 24 : PROMPT_MAX_WORDS) + (/\b(?:consent|agree) to receive\b/i.test(block.plain) || offer ? CONSENT_EXTRA_WORDS : 0);
    if (words > limit || !CALL.test(block.plain)) return null;
    if (inBody && words > 14 && !PROMPT.test(block.plain)) return null;
    return { kind: 'chrome', reason: 'newsletter' };
  },
};
