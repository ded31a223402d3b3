import type { BlockRule } from './types.js';

/**
 * A page's controls and widgets, set as lines of their own: "Skip to the article", "Toggle dark mode",
 * "Table of Contents", "Leave a comment", "Sharing is caring!", "Cite this Webpage", "21 Minutes to
 * Read", "Log in Cart", "Start My Free Trial", "Code Revisions 4 Stars 107 Forks 9", "Star 107 (107)".
 */
const PAGE_CONTROL = new RegExp(
  [
    String.raw`^skip to (?:the )?(?:main )?(?:content|article|navigation|main)\b`,
    // (In other languages: "Zum Inhalt springen", "Aller au contenu", "Ir al contenido", "Vai al contenuto", "Naar de inhoud".)
    '^(?:zum inhalt(?: springen)?|direkt zum inhalt|aller au contenu(?: principal)?|passer au contenu(?: principal)?|ir al contenido(?: principal)?|saltar al contenido(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|(?:ir|pular) para o conte[uú]do(?: principal)?|(?:ga )?naar (?:de )?(?:hoofd)?inhoud)$',
    // (A theme switcher's choices on one line: "Light Dark Automatic", "Light · Dark · System".)
    String.raw`^(?:light|dark|auto(?:matic)?|system)(?:\s*[·|/]?\s*(?:light|dark|auto(?:matic)?|system)){1,3}$`,
    String.raw`^toggle\b|^(?:dark|light) mode$|^(?:open|close) (?:the )?(?:menu|navigation|share (?:drawer|menu|panel|options))\b`,
    String.raw`^(?:table of )?contents$|^in this (?:article|post|guide|page)$|^on this page$|^jump to\b`,
    String.raw`^leave a (?:comment|reply)\b|^\d+ (?:comments?|replies|responses)$|^with (?:\d+|one|no) (?:comments?|responses?)$|^\d+ repl(?:y|ies) to\b|^reply(?: to this\b.*)?$`,
    String.raw`^sharing is caring\b|^(?:add|follow) us on$|^share (?:your thoughts|this|it) with (?:your )?friends\b|^share (?:this|the) (?:article|post|story|page|link|resource)\b|^social (?:media )?(?:links|icons|share|sharing)$`,
    String.raw`^(?:share )?permalink$|^cite this\b|^(?:print|email|save|share) this (?:article|page|post|story)$|^continue reading\b`,
    // A news site's buttons: "Read in app", "Give this article", "Send any friend a story", "User account menu", "Send a Tip".
    '^(?:read|open|continue|listen) in (?:the )?app$|^(?:give|gift) this (?:article|story)$|^send any friend a story$|^user account menu$|^send (?:us )?a (?:news )?tip$',
    // A link to the page in another language: "En Español", "Lee esto en Español", "Leia em Português", "阅读简体中文版".
    '^(?:(?:read|view|see|lee|leer|ver|leia|lire|lesen)(?: (?:this|esto|este|isto|ceci))?(?: (?:article|story|page|post|artículo|artigo))? )?(?:in|en|em|auf) (?:english|español|espanol|spanish|français|french|deutsch|german|português|portuguese|italiano|italian|中文|chinese|日本語|japanese|한국어|korean)$',
    '^(?:english|spanish|chinese|french|german) version$|^versión en español$|^(?:阅读简体中文版|閱讀繁體中文版)+$',
    // …or to the piece's translation, in brackets as a link's label at times: "[lien vers la traduction anglaise]", "Link to the English translation".
    String.raw`^\[?(?:(?:link to|lien vers|enlace a|link zur|link alla) (?:the |la |le |l['’]|die )?)?(?:(?:english|french|german|spanish|italian|portuguese) (?:translation|version)|traduction (?:anglaise|française|allemande|espagnole|en (?:anglais|français))|version (?:anglaise|française)|(?:englische|deutsche) (?:übersetzung|fassung)|traducción (?:al )?(?:inglés|español))\]?$`,
    // A comment form's heading in other languages: "Deixe uma resposta", "Lascia un commento", "Laisser un commentaire", "Комментарии".
    '^(?:deixe uma resposta|deixe um comentário|lascia un commento|lascia una risposta|deja un comentario|deja una respuesta|laisser un commentaire|laisser une réponse|schreibe einen kommentar|kommentar schreiben|оставить комментарий|комментарии|свежие комментарии)$',
    // …and its call for the reader's view, and a reaction widget's question: "Deixe sua opinião", "Como você se sentiu com essa
    // matéria?", "How did you feel about this article?".
    '^(?:deixe sua opinião|dê sua opinião|deja tu opinión|donnez votre avis|sagen sie ihre meinung|lascia la tua opinione|geef je mening|leave your opinion|share your opinion)$',
    '^(?:como você se sentiu com (?:essa|esta) (?:matéria|notícia)|how did (?:you feel about|this) (?:this )?(?:article|story|post)(?: make you feel)?|what did you think of this (?:article|story|post)|¿?qué te pareció (?:esta|este) (?:nota|noticia|artículo))\\??$',
    // A count of comments that is none, and the button that opens them: "No comments yet", "Nessun commento", "Afficher les commentaires".
    '^(?:no comments(?: yet)?|(?:show|view|hide|see|read) (?:all )?(?:the )?comments|nessun commento|aucun commentaire|pas de commentaires?|keine kommentare|sin comentarios|sem comentários|nenhum comentário|(?:afficher|voir|masquer) (?:les )?commentaires|kommentare (?:anzeigen|ansehen)|(?:ver|mostrar) (?:los )?comentarios)$',
    // A photo gallery's own buttons, each a line: "Caption" / "Close", "Expand", "Fullscreen".
    // ("[+] Enlarge" too, over its picture's caption: src/essay/passes/markup.ts.)
    String.raw`^(?:caption|close|expand|fullscreen|full screen|(?:\[\+\]\s*)?enlarge(?: this image)?|hide caption|show caption|toggle caption)$`,
    // Buttons named together on one line: "Download & share", "Share and print", "Print / Save".
    String.raw`^(?:download|share|print|save|email|e-mail|bookmark|cite)(?:\s*(?:&|and|\/|\||·)\s*(?:download|share|print|save|email|e-mail|bookmark|cite))+$`,
    // An alert's button: "Manage alerts for this article", "Get notifications"; "Recevoir les alertes", "Benachrichtigungen erhalten".
    '^(?:manage|get|turn on|set) (?:alerts|notifications)(?: for this (?:article|story|topic))?$',
    '^(?:recevoir|activer|gérer) (?:les )?(?:alertes|notifications)$|^(?:benachrichtigungen|alerts) (?:erhalten|aktivieren)$|^(?:recibir|activar) (?:las )?(?:alertas|notificaciones)$|^(?:receber|ativar) (?:os )?(?:alertas|notificações)$|^(?:ricevi|attiva) (?:gli )?(?:avvisi|notifiche)$',
    // The privacy link in a US site's footer: "Do Not Sell My Personal Information", "Do Not Sell or Share My Personal Information".
    '^do not sell (?:or share )?my (?:personal )?(?:info|information|data)$',
    String.raw`^\d+\s*min(?:ute)?s?(?: to)? read$|^reading time\b`,
    // The button that opens a writer's bio: "Full bio", "View author bio".
    '^(?:full|view|read|see) (?:author )?bio$',
    String.raw`^(?:log ?in|sign ?in|sign up|register|subscribe)\b.{0,20}$`,
    // …in the deck's other languages, and the paywall's word under a member's button: "Inicia sesión o Suscríbete",
    // "Comenta", "Necesitas ser suscriptor para acceder a esta funcionalidad.", "Se connecter", "Anmelden".
    String.raw`^(?:inicia(?:r)? sesión|suscríbete|suscribite|regístrate|registrate|identifícate|ingres(?:ar|á|a)|se connecter|connexion|s['’]abonner|anmelden|abonnieren|accedi|registrati|abbonati|entrar|assine)(?: (?:o|ou|oder) \S+(?: \S+)?)?$`,
    '^(?:comenta|comentar|comente|commenter|commenta|kommentieren)$',
    String.raw`^(?:necesitas ser suscriptor|debes ser suscriptor|vous devez être abonné|réservé aux abonnés|nur für abonnenten|you (?:need to|must) be a subscriber)(?=[\s.,:!]|$)`,
    // A login box's lines: "Welcome! Log into your account", "your username", "Forgot your password? Get help", "Password recovery";
    // the first field's label glued to the greeting, "Welcome! Log into your account your username".
    String.raw`^welcome!? log ?in(?:to)? your account(?: your (?:username|e-?mail))?$|^your (?:username|password|e-?mail)$|^forgot (?:your )?password\b|^don'?t (?:yet )?have an account\b`,
    String.raw`^password recovery$|^recover your password$|^a password will be e-?mailed to you\.?$`,
    // A button that has a model summarise the page: "Generate a summary of this story".
    String.raw`^generate a summary of this (?:story|article|post|page)\b|^try something different:?$`,
    // A wide table's hint: "Please scroll to the right for more info."
    String.raw`^(?:please )?scroll (?:to the )?(?:right|left|sideways|horizontally)\b`,
    // A form's buttons: "SUBMIT", "Send confirmation email".
    '^(?:submit|send(?: (?:confirmation )?e-?mail| message)?)$',
    String.raw`^(?:request (?:more )?info|(?:get|request) (?:a |your )?(?:free )?(?:project )?(?:demo|quote)|book a demo|contact (?:us|sales)|start (?:my|your) free trial|apply (?:now|today|for a course))\b`,
    // Calls to action: "Try for free", "Buy now at LG Home Appliances", "See Spice in action", "Expand all".
    String.raw`^try (?:\S+ ){0,3}(?:for )?free$|^get started (?:for free|now|today)$|^(?:buy|shop|order) now\b|^see .{1,30} in action$`,
    String.raw`^(?:start|try) (?:a |your )?free trial$|^(?:book|schedule) a (?:call|consultation|meeting)\b|^(?:collapsed?)?expand all$|^collapse all$`,
    String.raw`^(?:explore|browse) (?:article |all |more )?topics$|^view (?:your profile|all\b)|^click (?:here|for)\b`,
    // A code host's buttons and counts: "Code Revisions 4 Stars 107 Forks 9", "Star 107 (107)", "Download ZIP".
    String.raw`\b\d+ stars?\b.*\bforks?\b|\bforks? \d+\b|^(?:un)?(?:star|watch)\s+\d[\d,.]*k?(?:\s*\(\d[\d,.]*k?\))?$|^download zip$|^raw$`,
    // The file a code host shows the text from: "writeup.md", "hackermondev/writeup.md".
    String.raw`^[\w.-]+(?:\/[\w.-]+)*\.(?:md|markdown|txt|rst|adoc)$`,
    // A shop's link beside a product: "See it now: Amazon", "Check price at Walmart".
    String.raw`^(?:see it now|see it at|check (?:the )?price (?:at|on)|view (?:it )?(?:at|on))\b`,
    // A button labelled with its icon's name, the icon font not loaded: "Download chevron_right", "Read in Full chevron_right".
    String.raw`\b(?:chevron|arrow|keyboard_arrow|arrow_forward_ios|expand)_(?:right|left|up|down|forward|back|more|less)$|\b(?:open_in_new|arrow_forward|north_east|launch)$`,
  ].join('|'),
  'i',
);
/** A control's label is short. */
const PAGE_CONTROL_MAX_WORDS = 8;
/**
 * A skip link's longer wording, for readers of a screen: "Si usted es una persona con dificultades visuales, navegue el
 * sitio desde aquí", "If you are visually impaired, navigate the site from here". A sentence, so a rule of its own.
 */
const ACCESSIBILITY_LINK =
  /^(?:if you (?:are (?:visually impaired|blind)|have (?:a )?(?:visual impairment|low vision)|(?:are )?us(?:e|ing) a screen ?reader)|si usted es una persona (?:con (?:dificultades|discapacidad(?:es)?|problemas) visual(?:es)?|ciega)|si (?:vous )?êtes (?:malvoyante?|aveugle)s?)\b.{0,60}\b(?:navigate|browse|click|navegue|navegar|ingrese|haga clic|cliquez|naviguez)\b.{0,40}$/i;
const ACCESSIBILITY_LINK_MAX_WORDS = 20;
/**
 * A blog theme's lines about the post's feeds and trackbacks, as WordPress themes print them under the text:
 * "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from
 * your own site.", "Both comments and pings are currently closed.", "Follow comments here with the RSS feed.",
 * "Post a comment or leave a trackback: Trackback URL.", "Entries RSS | Comments RSS", "Bookmark to:".
 */
const FEED_LINE =
  /^(?:you can follow any responses to this entry through the rss 2\.0 feed\b.*|you can (?:skip to the end and )?leave a response,? or trackback\b.*|both comments and pings are currently closed\.?|follow comments here with the rss feed\.?|post a comment or leave a trackback\b.*|\[?trackback url\b.*|entries (?:\(?rss\)?)\s*(?:\||and)\s*comments (?:\(?rss\)?)|bookmark to\s*:?)$/i;
const FEED_LINE_MAX_WORDS = 40;
/**
 * A form's messages, printed with it: "Thank you! Your submission has been received!", "Oops!
 * Something went wrong while submitting the form.", "There was an issue with the form. Please try again.",
 * "Your comment has not been saved", "JavaScript is required to combat spammers.", and a model's summary box:
 * "Here is a fact-based summary of the story contents:"
 */
const FORM_MESSAGE =
  /^(?:thank you!? )?your submission has been received\b|^oops!? something went wrong\b|^there was an? (?:issue|error|problem) with (?:the|your) (?:form|submission)\b|^your (?:comment|message|reply) (?:has not been|was not|could not be) (?:saved|sent|posted)\b|^check your (?:e-?mail|inbox)\W+your (?:download|guide|copy|e-?book) is on (?:the|its) way\b|^help us improve (?:our|this) (?:content|article|page)\b|^here is a fact-based summary of the (?:story|article)\b|^(?:javascript is (?:required|disabled|needed)|(?:please )?enable javascript|you (?:need|must) (?:to )?enable javascript)\b/i;
const FORM_MESSAGE_MAX_WORDS = 14;
/**
 * A message the site's software printed into the page, not its writer: PHP's "Warning: Use of undefined
 * constant … in /home/…/functions.php on line 45", "Notice: Undefined index: … on line 12"; a loader's
 * "Loading…", "Artikel werden geladen... Schließen", "Chargement en cours…".
 */
const SOFTWARE_MESSAGE = new RegExp(
  [
    String.raw`^(?:php )?(?:warning|notice|deprecated|fatal error|parse error|strict standards|catchable fatal error)\s*:\s.{0,400}\bon line \d+\.?$`,
    // (A content system's placeholder for a part it lost: Liferay's "This portlet should not exist anymore".)
    '^this portlet\\b',
    // (The site's warning that the reader's browser is old, or runs no JavaScript: "Your browser is out of date", "You
    // are using an outdated browser. Please upgrade …", "Ihr Browser ist veraltet", "Votre navigateur est obsolète",
    // "Please enable JavaScript to view this page", "Please turn on your JavaScript for this page to function normally.",
    // "JavaScript ist deaktiviert".)
    String.raw`^(?:(?:your|this) (?:web )?browser (?:is (?:out of date|outdated|not supported|no longer supported)|does not support (?:javascript|this (?:site|page|website)))|you(?:['’]re| are) using an? (?:outdated|old|unsupported|out-of-date) (?:web )?browser|(?:please )?(?:upgrade|update) your (?:web )?browser|ihr (?:web)?browser (?:ist veraltet|wird nicht (?:mehr )?unterstützt)|sie (?:verwenden|nutzen) einen veralteten browser|bitte aktualisieren sie ihren browser|votre navigateur (?:est obsolète|n['’]est plus (?:à jour|pris en charge))|tu navegador (?:está desactualizado|no es compatible)|il tuo browser (?:non è aggiornato|è obsoleto)|(?:please )?(?:enable|turn on|switch on) (?:your )?javascript\b|javascript (?:is|ist|est) (?:disabled|deaktiviert|désactivé)|(?:bitte )?aktivieren sie javascript|this (?:site|page|website) requires javascript)\b.{0,200}$`,
    String.raw`^(?:\S+ )?(?:loading|(?:wird|werden) geladen|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando)\s*(?:\.{2,3}|…)?(?:\s+(?:close|schließen|fermer|cerrar|chiudi|fechar))?$`,
  ].join('|'),
  'i',
);

/**
 * The prompts of a comment thread under the text: "We want to hear from you! Share your opinions in
 * the thread below …", "Be the first to post your thoughts.", "This thread is open for discussion.",
 * "Join the conversation", the button that opens it, "Thread", its form's "Attachment(s)", "Load earlier comments...",
 * and a forum's count of hidden replies, "1 reply beneath your current threshold.".
 */
const COMMENT_PROMPT =
  /^(?:we want to hear from you\b|share your (?:thoughts|opinions?|comments?) (?:in|below)\b|be the first to (?:post|comment|reply|share)\b|this (?:thread|discussion) is (?:open|closed)\b|join the (?:conversation|discussion)$|attachment\(s\)$|(?:comment )?thread$|(?:load|view|show) (?:more|earlier|older|all|previous) (?:comments|replies)\b|\d+ (?:reply|replies|comments?) beneath your current threshold\b|(?:envi[aá]|dej[aá]|escrib[ií]) tu comentario$|para (?:poder )?comentar (?:ten[eé]s|tienes|deb[eé]s|necesit[aá]s) que (?:ingresar|iniciar sesi[oó]n|registrarte|estar registrad[oa])\b)/i;
const COMMENT_PROMPT_MAX_WORDS = 24;
/**
 * Questions put to the readers, sending them to the comments: "What do you think of Aniston’s minor
 * wardrobe snafu? Has this ever happened to you? Sound off below!", "… Let us know in the comments."
 */
const READERS_ASKED = /\?.*\b(?:sound off|let us know|tell us|weigh in)(?: in the comments?)?(?: (?:below|section))?[.!]$/i;
/**
 * A call to comment ending the paragraph, questions before it or not, in the deck's languages: "Let us know in the
 * comments below!", "What do you think? Leave a comment below.", "… Reageer dan hieronder!", "Schreiben Sie es in die
 * Kommentare.", "Dites-le en commentaire.", "Déjanos tu comentario.", "Lascia un commento.", "Deixe seu comentário.", "Deixe sua opinião".
 */
const CALL_TO_COMMENT =
  /(?:^|[.!?]\s+)(?:(?:so|then|and),?\s+)?(?:(?:let (?:us|me) know|tell us|sound off|weigh in|share your thoughts)\s+(?:in the comments?(?: (?:below|section))?|below)|(?:leave|post|drop|write) (?:us |me )?a (?:comment|reply|note) (?:below|here)|(?:comment|respond|reply) below|reageer (?:dan )?(?:hieronder|onder dit (?:artikel|bericht|blog))|laat (?:het )?(?:ons|me) weten in de (?:reacties|comments)|schreib(?:en sie|t)? (?:es |uns )?in die kommentare|kommentieren sie (?:gerne )?(?:unten|hier)|dites-le(?:-nous)? en commentaire|laissez(?:-nous)? un commentaire|d[eé]janos (?:un|tu) comentario|coment[aá] (?:abajo|aqu[ií])|lascia(?:teci)? un commento|deixe (?:seu|um|o seu|sua|a sua) (?:coment[aá]rio|opini[aã]o))[.!]*$/i;
/** Questions put to the readers, sending them to the site's forum: "… wil je hierover met anderen in gesprek? Maak dan een topic aan in ons … kanaal." */
const READERS_TO_FORUM =
  /\?.*\b(?:(?:start|open|create|post) a (?:new )?(?:topic|thread|discussion) (?:in|on)|join the (?:discussion|conversation) (?:in|on) (?:our|the)|maak (?:dan )?een (?:topic|onderwerp|draadje) aan|er[öo]ffne(?:n sie)? (?:ein|einen) (?:thema|thread|beitrag)|ouvre[sz]? (?:un|une) (?:sujet|discussion))\b/i;
/**
 * Where the site takes the readers' comments on the piece, its networks rather than the page: "Kommentare zu diesem Text
 * könnt ihr uns in unseren Netzwerken hinterlassen …", "Comments on this post can be left on our Facebook page.",
 * "Vos commentaires sur cet article sont les bienvenus sur nos réseaux".
 */
const COMMENTS_ELSEWHERE =
  /^(?:kommentare|anmerkungen|comments|vos commentaires) (?:zu (?:diesem|unserem)|on (?:this|our)|sur (?:cet|ce|notre)) (?:text|artikel|beitrag|post|article|piece|billet|texte)\b[^.!?]{0,100}\b(?:netzwerken|facebook|instagram|twitter|social media|r[ée]seaux|page)\b/i;
/** A paragraph putting its questions to the readers, then the call, is short. */
const CALL_TO_COMMENT_MAX_WORDS = 45;

/**
 * A page's controls that no other rule names: tried last, so that a share button stays the social
 * rule's and a reading time the counter's.
 */
/** A call to book, the provider named at times: "BOOK AN APPOINTMENT", "Request a therapy appointment with Chimère G. Holmes, MA, MSEd, LPC." */
const APPOINTMENT = /^(?:request|book|schedule|make) (?:a|an|your) (?:[\w-]+ )?appointment(?: (?:with|at) [^!?]{1,80})?$/i;
const APPOINTMENT_MAX_WORDS = 16;

/**
 * A form's field labels and its note on them: "First Name *", "Email Address *", "Your Name: *",
 * "Your Email: (will never be shared) *", "Phone No", "Last Name", "* indicates required", "Required
 * fields are marked *", "Your email address will not be published."
 */
const FORM_FIELD =
  /^(?:(?:first|last|full|given|family|middle|your|sur)\s*)?(?:name|e-?mail(?: address)?|phone(?: no\.?| number)?|website|zip(?: code)?|postcode|company(?: name)?)\s*:?\s*(?:\([^()]{1,40}\))?\s*\*?$|^\*?\s*indicates (?:a )?required(?: fields?)?\.?$|^required fields are marked\s*\*?$|^your e-?mail address will not be published\b/i;
const FORM_FIELD_MAX_WORDS = 14;
/**
 * A bar of buttons copied as one line: "Previous Post  Print  Email  Share", "Previous Post Next Post".
 * Every word is a button's, two buttons at least.
 */
const BUTTON = `(?:(?:previous|next|prev|older|newer) (?:post|article|story|entry)|print|e-?mail|share|tweet|save|like|comments?|reply|facebook|twitter|linkedin|pinterest|whatsapp|reddit|copy link)`;
const BUTTON_BAR = new RegExp(String.raw`^${BUTTON}(?:\s*[|·•]?\s*${BUTTON})+$`, 'i');
const BUTTON_BAR_MAX_WORDS = 12;

/**
 * The page telling its reader how to work it: "The full text of a chapter can be displayed by clicking on its title.
 * To go back to the table of contents, click on"; or a file's link with its size: "Download opinion (36 KB)".
 */
const HOW_TO_USE_THE_PAGE = /\b(?:can|may)\s+be\s+\w+\s+by\s+(?:clicking|tapping)\s|^download\b.{0,60}\(\d+(?:[.,]\d+)?\s*[kmg]b\)$/i;
const HOW_TO_USE_MAX_WORDS = 40;
/** …or in a few words: "To learn more, click here." (A longer line asks the reader to use the author's figure: "Click on this map to use …".) */
const CLICK_HERE = /^(?:to\s[^,.]{1,60},\s*)?(?:click|tap)\s+(?:on\s+)?here\b/i;
const CLICK_HERE_MAX_WORDS = 12;

export const controls: BlockRule = {
  name: 'controls',
  test(block, { words }) {
    const control =
      (words <= PAGE_CONTROL_MAX_WORDS && PAGE_CONTROL.test(block.plain.trim())) ||
      (words <= HOW_TO_USE_MAX_WORDS && HOW_TO_USE_THE_PAGE.test(block.plain.trim())) ||
      (words <= CLICK_HERE_MAX_WORDS && CLICK_HERE.test(block.plain.trim())) ||
      (words <= ACCESSIBILITY_LINK_MAX_WORDS && ACCESSIBILITY_LINK.test(block.plain.trim())) ||
      (words <= FEED_LINE_MAX_WORDS && FEED_LINE.test(block.plain.trim()));
    const message =
      (words <= FORM_MESSAGE_MAX_WORDS && FORM_MESSAGE.test(block.plain.trim())) ||
      SOFTWARE_MESSAGE.test(block.plain.trim()) ||
      (words <= APPOINTMENT_MAX_WORDS && APPOINTMENT.test(block.plain.trim()));
    // (A word alone, "Name", "Website", is a field only with its mark: it may head a table's column or a part.)
    const field = words <= FORM_FIELD_MAX_WORDS && FORM_FIELD.test(block.plain.trim()) && (words > 1 || /[:*]$/.test(block.plain.trim()));
    if (field) return { kind: 'chrome', reason: 'newsletter' };
    const plain = block.plain.trim();
    const prompt =
      (words <= COMMENT_PROMPT_MAX_WORDS && (COMMENT_PROMPT.test(plain) || READERS_ASKED.test(plain))) ||
      (words <= CALL_TO_COMMENT_MAX_WORDS &&
        (CALL_TO_COMMENT.test(plain) || READERS_TO_FORUM.test(plain) || COMMENTS_ELSEWHERE.test(plain)));
    const buttons = words <= BUTTON_BAR_MAX_WORDS && words >= 2 && BUTTON_BAR.test(block.plain.trim());
    return control || message || prompt || buttons ? { kind: 'chrome', reason: 'navigation' } : null;
  },
};
