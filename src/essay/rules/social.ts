import { GET_IN_TOUCH } from '../text.js';
import type { BlockRule } from './types.js';

/** A share bar's buttons, in English and the other languages the deck speaks ("Twittern", "Teilen", "Partager", "Réagir", "Compartir"). */
const NETWORK =
  /^(facebook(?:-f)?|twitter|x|linkedin(?:-in)?|whatsapp|reddit|pinterest(?:-p)?|email|e-mail|print|copy|link|bluesky|threads|mastodon|telegram|share|tweet|follow|like|likes|restack|restacks|pocket|flipboard|tumblr|sms|messenger|vk|weibo|wechat|post|save|url|twittern|teilen|drucken|mailen|merken|partager|imprimer|envoyer|réagir|compartir|imprimir|enviar|condividi|stampa|partilhar|delen|afdrukken)$/i;

/** A button's count, alone or set against its name: "0", "12", "1.2K" ("Facebook0", "Twitter12"). */
const BUTTON_COUNT = /(?:^|(?<=\p{L}))\d+(?:[.,]\d+)?[KkMm]?$/u;
/** The comments widget a share bar may name among its buttons. */
const COMMENTS_WIDGET = /^(?:livefyre|disqus)$/i;

/** Buttons of a few words under a headline: print, send to a friend, respond. */
const BUTTON_PHRASE =
  /\b(?:printer[- ]friendly(?: version| page)?|e-?mail[- ]a[- ]friend|e-?mail (?:this|to a friend)|send to a friend|respond|comment)\b/gi;

/** One contact field: "Email: jdoe@example.com", "Twitter: @JaneDoe". */
const CONTACT = /^(?:e-?mail|twitter|x|phone|tel|mastodon|bluesky|linkedin|threads|instagram|web(?:site)?)\s*:\s*\S+$/i;

/** A call to follow the publisher elsewhere, in German, French, Spanish, Italian, Portuguese or Dutch. */
const FOLLOW_ELSEWHERE =
  /^(?:(?:besuchen|folgen) sie uns(?: auch)?(?: auf| bei| in)?|folge uns(?: auf)?|suivez-nous(?: sur)?|retrouvez-nous(?: sur)?|s[ií]guenos(?: en)?|seguici(?: su)?|siga-nos(?: no| nas| em)?|volg ons(?: op)?)(?:[\s:|·,]+(?:facebook|twitter|x|instagram|linkedin|youtube|mastodon|bluesky|threads|tiktok|xing|rss))*\s*:?$/i;

/** One share button in the other languages pages are copied in: "Udostępnij na Facebooku", "Teilen auf Twitter", "Partager sur LinkedIn". */
const FOREIGN_SHARE_BUTTON =
  /^(?:udostępnij|teilen|partager|compartir|condividi|partilhar|compartilhar|delen)(?:\s+(?:na|auf|sur|en|su|no|op|via|per|por))?\s+(?:facebook|twitter|linkedin|whatsapp|telegram|pinterest|reddit|bluesky|mastodon|threads|x|e-?mail|mail)\p{L}*$/iu;

/**
 * A share button's label in the other languages the deck speaks, the thing shared named or not: "Teilen", "Artikel
 * teilen", "Beitrag teilen", "Partager l'article", "Compartir artículo", "Condividi l'articolo", "Artikel delen",
 * "Udostępnij artykuł", "Compartilhe este artigo" (the English "Share article" is read below).
 */
const FOREIGN_SHARE_THIS =
  /^(?:(?:(?:diesen |den )?(?:artikel|beitrag|text|seite|interview|link)\s+)?teilen|jetzt teilen|partager(?:\s+(?:l['’]article|cet article|ce billet|la page|cette page|ce contenu))?|compartir(?:\s+(?:el\s+)?(?:art[ií]culo|nota|p[aá]gina|esta (?:nota|p[aá]gina)|este art[ií]culo))?|condividi(?:\s+(?:l['’]articolo|questo articolo|la pagina))?|(?:(?:dit\s+)?(?:artikel|bericht|pagina)\s+)?delen|deel (?:dit )?(?:artikel|bericht)|udostępnij(?:\s+(?:artykuł|ten artykuł|stronę))?|(?:compartilh(?:ar|e)|partilh(?:ar|e))(?:\s+(?:o |este |esta )?(?:artigo|not[ií]cia|p[aá]gina))?)$/iu;

/** A row of share buttons names a few networks, each with its "Share on". */
const SHARE_ROW_MAX_WORDS = 24;
const SHARE_ROW_MIN_BUTTONS = 3;

/** A quote boxed for sharing is a sentence or two. */
const TWEET_BOX_MAX_WORDS = 60;

/** "Write me at …@…", "E-mail us at …@…", "Contact me at …@…": an address to write to, offered. */
const CONTACT_INVITATION = /\b(?:write|e-?mail|contact|reach)\s+(?:to\s+)?(?:me|us)\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i;
/** …a few sentences at most, with the writer's other addresses: a longer paragraph that names an address is the text's. */
const CONTACT_INVITATION_MAX_WORDS = 40;

/**
 * A call to share the piece or talk about it, naming where: "Share and join the conversation: X/Twitter, Mastodon, LinkedIn and
 * Bluesky.", "Join the discussion on Mastodon and Hacker News".
 */
const SHARE_CALL =
  /^(?:share(?::|\s+(?:this|it|and join|on|via)\b)|join (?:the|our|in the) (?:conversation|discussion)\b|discuss (?:this|it)\b)/i;
/** An invitation to a group or page of the site's, on a network it names. */
const JOIN_ON_NETWORK =
  /(?:^|[.!?]\s+)join (?:us|(?:the|our) [^.!?]{0,40}?\b(?:community|group|page|server|channel))\s+on\s+(?:facebook|twitter|x|linkedin|instagram|discord|slack|reddit|mastodon|bluesky|telegram|whatsapp|threads)\b/i;
/** The networks such a call names: two of them at least. */
const NAMED_NETWORK = /\b(?:twitter|mastodon|linkedin|bluesky|facebook|threads|reddit|hacker news|instagram|youtube|tiktok)\b/gi;
const SHARE_CALL_MAX_WORDS = 20;
const SHARE_CALL_MIN_NETWORKS = 2;

/** Share and follow buttons: "Share this article", "Share: Facebook | X | Email", "Follow". */
/** A share widget's "copy the link" in the deck's other languages. */
const COPY_LINK_ELSEWHERE =
  /^(?:kopiere den (?:aktuellen )?link|link kopieren|link kopiert|copier le lien|lien copié|copiar (?:el )?enlace|enlace copiado|copia (?:il )?link|link copiato|copiar (?:o )?link|link kopiëren)$/i;

export const social: BlockRule = {
  name: 'social',
  test(block, { words }) {
    // "Share All sharing options for: <the headline>".
    if (/^share all sharing options\b/i.test(block.plain)) return { kind: 'chrome', reason: 'social' };
    // "On Twitter: Follow Wendy Koch and get more … coverage", "Follow Jane Doe on Twitter.", "Follow us on social media to …"
    if (
      words <= 25 &&
      /^(?:[Oo]n (?:[Tt]witter|X|[Bb]luesky|[Mm]astodon|[Tt]hreads|[Ll]inked[Ii]n)\s*:\s*)?[Ff]ollow\s+(?:\p{Lu}|(?:us|me) on\b)/u.test(
        block.plain,
      )
    )
      return { kind: 'chrome', reason: 'social' };
    // The writer's invitation to write in, by e-mail, with where to follow them: "I am always glad to hear from readers. Write
    // me at mail@albertmohler.com. Follow regular updates on Twitter at …".
    if (words <= CONTACT_INVITATION_MAX_WORDS && (CONTACT_INVITATION.test(block.plain) || GET_IN_TOUCH.test(block.plain.trim())))
      return { kind: 'chrome', reason: 'social' };
    // The same call in the other languages the deck speaks: "Besuchen Sie uns auch auf", "Folgen Sie uns", "Suivez-nous
    // sur", "Síguenos en", "Seguici su", "Siga-nos", "Volg ons op", alone or before the networks' names.
    if (words <= 12 && FOLLOW_ELSEWHERE.test(block.plain.trim())) return { kind: 'chrome', reason: 'social' };
    // A call to join the site's group on a network: "Love startups? Join the OnStartups community on Facebook.", "Join us on
    // Discord".
    if (words <= SHARE_CALL_MAX_WORDS && JOIN_ON_NETWORK.test(block.plain)) return { kind: 'chrome', reason: 'social' };
    if (
      words <= SHARE_CALL_MAX_WORDS &&
      SHARE_CALL.test(block.plain.trim()) &&
      new Set(block.plain.toLowerCase().match(NAMED_NETWORK)).size >= SHARE_CALL_MIN_NETWORKS
    )
      return { kind: 'chrome', reason: 'social' };
    // A quote set in a box with its share button, "… just like offline business.Click To Tweet": the text says it already.
    // (Its last letter looked at first: the regex is tried at every character of the text.)
    const trimmed = block.plain.trim();
    if (
      words <= TWEET_BOX_MAX_WORDS &&
      (trimmed.endsWith('t') || trimmed.endsWith('T')) &&
      /[.!?'"’”]\s*Click\s+to\s+Tweet$/i.test(trimmed)
    )
      return { kind: 'chrome', reason: 'pull-quote' };
    // A row of share buttons set as one line: "Share on X (Twitter) Share on Facebook Share on Pinterest …",
    // "Share this: X LinkedIn Facebook Threads Tumblr Pinterest Reddit More Loading...".
    // (Buttons printed against each other, "Share on FacebookShare on TwitterShare on Linkedin", are parted first.)
    if (words <= SHARE_ROW_MAX_WORDS && /^share\b/i.test(block.plain)) {
      const buttons = block.plain
        .replace(/(?<=\p{Ll})(?=Share\b)/gu, ' ')
        .split(/[\s|·•∙,/()]+/)
        .map((token) => token.replace(/[:.!…]+$/, ''))
        .filter((token) => token && !/^(?:on|via|this|to|more|loading)$/i.test(token));
      if (buttons.length >= SHARE_ROW_MIN_BUTTONS && buttons.every((token) => NETWORK.test(token)))
        return { kind: 'chrome', reason: 'social' };
    }
    if (words > 10) return null;
    if (FOREIGN_SHARE_BUTTON.test(block.plain.trim()) || FOREIGN_SHARE_THIS.test(block.plain.trim().replace(/[.:!]+$/, '')))
      return { kind: 'chrome', reason: 'social' };
    // WordPress.com's count of likes under a post: "One blogger likes this.", "12 bloggers like this."
    if (/^(?:one|\d+) bloggers? likes? this\.?$/i.test(block.plain.trim())) return { kind: 'chrome', reason: 'social' };
    // A writer's contacts: "• Email: jdoe@example.com | Twitter: JaneDoe".
    const contacts = block.plain.replace(/^[•·*\s]+/, '').split(/\s*[|·•]\s*/);
    if (contacts.every((field) => CONTACT.test(field))) return { kind: 'chrome', reason: 'social' };
    const text = block.plain.replace(/[.:!]+$/, '');
    if (
      /^(share|tweet)(\s+(this|it|on|via|article|story|page|post)\b.*)?$|^(follow|like) (us|me)\b|^(e-?mail|syndicate|republish) (this|the) (story|article|page|post|essay|piece)$/i.test(
        text,
      )
    ) {
      return { kind: 'chrome', reason: 'social' };
    }
    // Share widgets' labels: "Show more sharing options", "Share Close extra sharing options", "Copy Link URLCopied!";
    // in the deck's other languages, "Kopiere den aktuellen Link", "Link kopieren", "Copier le lien", "Copiar enlace";
    // and the notice after it, "Copied to clipboard", "Code embed copié dans le presse-papier", "… in die Zwischenablage kopiert".
    if (
      words <= 8 &&
      (/\b(sharing options|share (close|via|by)|(all )?share services|copy (the )?(current |page )?link|link copied|copied!?$|(?:copied|copiée?s?|copiados?|copiat[oi]|gekopieerd|kopiert) (?:to|in(?:to)?|dans|al|en|negli|para|naar|in die) (?:the |le |el |het |a )?(?:clipboard|presse-papiers?|portapapeles|appunti|área de transferência|klembord|zwischenablage)|in die zwischenablage kopiert|save to (favou?rites|(my |reading )?list))/i.test(
        block.plain,
      ) ||
        COPY_LINK_ELSEWHERE.test(block.plain.trim()))
    )
      return { kind: 'chrome', reason: 'social' };
    // (Pushed, not mapped then filtered: see markdown.ts's cleanLines.)
    // (A button of a few words counts as one: "Printer-friendly version Email-a-friend Respond", spiked.)
    // (A button may show its count, set apart or against its name: "Facebook0 Twitter0 livefyre Email Print", "Share 12";
    // then two buttons at least make the row.)
    const tokens: string[] = [];
    let counted = false;
    for (const token of text.replace(BUTTON_PHRASE, 'share').split(/[\s|·•∙,/]+/)) {
      const bare = token.replace(/[:.!]+$/, '');
      // (A count stands after its button: before the first, "128 Likes · 9 Restacks", it is a counter's line.)
      const uncounted = tokens.length > 0 || !/^\d/.test(bare) ? bare.replace(BUTTON_COUNT, '') : bare;
      if (uncounted !== bare) counted = true;
      if (uncounted) tokens.push(uncounted);
    }
    return tokens.length >= (counted ? 2 : 1) && tokens.every((token) => NETWORK.test(token) || COMMENTS_WIDGET.test(token))
      ? { kind: 'chrome', reason: 'social' }
      : null;
  },
};
