import type { BlockRule } from './types.js';

/**
 * Notes about the piece rather than its argument: where it appeared first, what it reproduces,
 * the series or the paper's section it belongs to ("This column is part of CBC's Opinion section."), an editor's note
 * or correction, thanks to those who helped. They are end matter
 * wherever they stand.
 */
const NOTE =
  /^(?:(?:correction|clarification)s?\s*:|the (?:article|post|piece|essay|story) is part of (?:a|an|our|the)(?: [\w-]+)? series\b|this (?:article|post|piece|essay|story) (?:first |originally )?appeared (?:first |originally )?in (?:issue|the|our)\b|editor['’]?s note\b|the following (?:is|was) (?:an? )?(?:(?:edited |abridged )?(?:excerpt|extract|transcript|version)|adapted)\b|(?:a version of )?this(?: (?:article|post|piece|essay|story|commentary|case study|op-ed|blog post|text|opinion piece|column))?\s+(?:is a reproduction|is reproduced|was (?:first|originally) (?:published|posted)|(?:first|originally) (?:appeared|ran|was published)|appeared (?:first|originally)|is adapted|was adapted|is an (?:edited|abridged|updated) version|is (?:the long form|a longer version)|is part of (?:a|our|the) series|is part of ["“„«][^"”“»]{2,80}["”“»]|is part of (?:\S+\s+){0,3}(?:opinion|commentary|op-ed|analysis|comment|ideas|perspectives?) section|is cross-?posted|is based on (?:a|an|my|the|his|her|their|our)(?: [\w'’-]+){0,3} (?:piece|article|column|op-ed|talk|speech|paper|lecture|presentation|keynote|essay|transcript|testimony|post))|(?:originally|first) (?:published|appeared|posted) (?:in|on|at|by)\b|cross-?posted (?:from|on|by|to|at|with)\b|reprinted (?:with permission )?from\b)/i;
/**
 * The same note in the other languages the essay stage reads (src/essay/language.ts): "In der Serie „Circular
 * Economy …“ werden … Die Serie … wird … erscheinen." (the series' own name, and where it comes out: not a
 * sentence about a television series), "Dieser Beitrag ist Teil der Reihe …", "Cet article fait partie de la
 * série …", "Este artículo forma parte de la serie …".
 */
const SERIES_NOTE_ELSEWHERE =
  /^(?:in der (?:serie|reihe)\s+[„"“«»](?=.*\b(?:erschein|erschien|entsteht|veröffentlich))|(?:dieser|der) (?:beitrag|artikel|text) (?:ist teil|erscheint im rahmen) (?:der|unserer|einer) (?:serie|reihe)\b|(?:cet|l['’]) ?article (?:fait partie|s['’]inscrit dans le cadre) d[e']\s?(?:la|notre|une) série\b|(?:este|el) (?:artículo|texto) (?:forma|es) parte de (?:la|nuestra|una) serie\b|(?:questo|l['’]) ?articolo fa parte (?:della|di una|della nostra) serie\b|(?:este|o) (?:artigo|texto) (?:faz parte|integra) (?:da|de uma|da nossa) série\b)/i;
/**
 * Where the piece first ran, in the other languages: "Dieser Artikel wurde erstmals am 25. März 2020 in der Rubrik …
 * veröffentlicht.", "Hinweis: Der Artikel erschien zuerst im …", "Zuerst erschienen in …", "Cet article a d'abord été publié dans …", "Texte publié dans la note …", "Publicado originalmente en …".
 */
const FIRST_RUN_ELSEWHERE =
  /^(?:(?:hinweis:\s*)?(?:dieser|der) (?:artikel|beitrag|text|essay|kommentar) erschien (?:zuerst|erstmals|ursprünglich)\b|(?:dieser|der) (?:artikel|beitrag|text|essay|kommentar) (?:wurde|ist|erschien)\b(?=.{0,80}\b(?:erstmals|zuerst|ursprünglich)\b)(?=.{0,200}\b(?:erschienen|veröffentlicht|publiziert|erschien)\b)|(?:zuerst|erstmals|ursprünglich) (?:erschienen|veröffentlicht|publiziert) (?:in|bei|auf|am|im)\b|(?:cet article|ce texte|cette tribune|ce billet) a (?:d['’]abord|initialement|originellement|originalement|été initialement) (?:été )?publiée?\b|(?:initialement|originellement|d['’]abord) publiée? (?:dans|sur|par|le)\b|(?:texte|article|tribune|billet|chronique) (?:initialement |originellement |d['’]abord )?(?:publiée?|parue?) (?:dans|sur|par)\b|(?:este|el) (?:artículo|texto) (?:fue|se) publicó? (?:originalmente|inicialmente|por primera vez)\b|publicado (?:originalmente|inicialmente|por primera vez) (?:en|el|por|em|no|na)\b|(?:este|o) (?:artigo|texto) foi publicado (?:originalmente|inicialmente|pela primeira vez)\b|(?:questo|l['’]) ?articolo è stato pubblicato (?:originariamente|originalmente|per la prima volta)\b|pubblicato (?:originariamente|originalmente) (?:su|in|da)\b|(?:dit artikel|deze tekst) verscheen (?:eerder|oorspronkelijk)\b|(?:eerder|oorspronkelijk) verschenen (?:in|op|bij)\b)/i;
/**
 * A note on the post's place in a series, leading into the list of its parts: "This is the third in a series of
 * posts about PACER:", "This post is part 2 of a series on …". Its list is the series' links (src/essay/passes/body.ts).
 */
export const SERIES_PLACE =
  /^this (?:post |article |piece |essay )?is (?:the )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|next|latest|\d+(?:st|nd|rd|th)|part \d+|part (?:one|two|three|four|five))\b[^.:]{0,20}\b(?:in|of) (?:a|an|our|the|my|this) (?:[\w-]+ ){0,3}series(?: (?:of (?:blog )?(?:posts|articles|pieces|essays|columns|notes|reports)|on|about)\b|\s*[:.]?$)/i;
/** …and a note naming the series further on, in the first sentence: "…, part of our ongoing series on …". */
export const OUR_SERIES = /^[^.]{0,80}\bour (?:new |ongoing |special )?(?:series|package|look back)\b/i;
/**
 * The text's first 84 characters hold OUR_SERIES's "our " (looked for with the same /i): a look at them
 * first, as the regex backtracks over them in every short text.
 */
export const mayNameSeries = (text: string): boolean => /our /i.test(text.slice(0, 84));

/**
 * The publisher's disclaimer that the views are the writer's: "The views expressed by the authors of this blog are
 * their own and do not necessarily reflect the views of APNIC.", "Note: The views expressed on Mises.org are not
 * necessarily those of the Mises Institute.", "Any opinions expressed do not reflect the views of Dictionary.com."
 */
const VIEWS_DISCLAIMER =
  /^(?:(?:note|disclaimer)\s*:\s*)?(?:the\s+|any\s+|all\s+)?(?:views|opinions)(?:\s+and\s+(?:views|opinions))?\s+expressed\b.{0,200}?\b(?:necessarily|solely|strictly|their own|those of the authors?|do(?:es)? not (?:reflect|represent))\b/i;
/**
 * The same said of the writer by name, or by the writer: "Disclaimer: The views of Lt Col Matisek are his own, and not
 * those of the U.S. Air Force …", "The opinions below, as always, are mine alone, and do not represent my employer".
 */
const VIEWS_OWN =
  /^(?:(?:note|disclaimer)\s*:\s*)?(?:the\s+|all\s+|any\s+|my\s+)?(?:views|opinions)\b[^.]{0,100}?\bare\s+(?:(?:solely|entirely|strictly)\s+)?(?:mine|(?:my|his|her|their|the authors?['’]s?)\s+own)(?:\s+alone)?\b/i;

/**
 * When and how the piece was revised: "This post was last updated July 2021.", "This article has been
 * reviewed for accuracy.", "This interview has been edited for length and clarity.", "This blog has
 * been formatted to remove Latin Abbreviations."
 */
export const REVISED =
  /^this (?:post|article|page|story|piece|guide|review|essay|blog(?: post)?|interview|conversation|transcript) (?:was|has been|is) (?:last |most recently |originally |lightly )?(?:updated|revised|reviewed|edited|condensed|abridged|formatted|fact[- ]checked)\b/i;
/** Who wrote it and where it first ran: "This blog is written by Matthew Upson, … and was originally posted on the Software Sustainability website." */
const WRITTEN_AND_FIRST_RUN =
  /^this (?:blog(?: post)?|post|article|piece|essay) (?:is|was) written by\b[^.]*\b(?:originally|first) (?:posted|published|appeared)\b/i;

/** Who paid for the work: "This work was supported in part by the Well Being Trust. KFF maintains full editorial control …". */
const FUNDING =
  /^this (?:work|research|analysis|report|project|brief|paper|piece) (?:was|is) (?:supported|funded|made possible|sponsored)\b/i;

/**
 * A writer's funding disclosed, as academic sites print it by the text: "Colin Manning has received funding from NERC
 * …", "… does not work for, consult, own shares in or receive funding from any company …", "Newcastle University
 * provides funding as a member of The Conversation UK." (A name opens it: a project in the text may receive funding.)
 */
const FUNDING_DISCLOSED =
  /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:has received|have received|receives?) (?:research )?funding from\b|\bdo(?:es)? not work for, consult, own shares in or receive funding from\b|^\p{Lu}[^.]{0,80}\bprovides? funding as (?:a )?(?:founding )?(?:member|partner)s? of\b/u;

/**
 * The site's note that the piece comes from a partner's brand: "Capital ist eine Partnermarke des stern, beide gehören zu
 * RTL News. Sie können diesen Inhalt sehen, weil wir ausgewählte Stücke von Capital …", "… is a partner brand of …".
 */
const PARTNER_BRAND =
  /^\p{Lu}[\p{L}.'’ -]{0,40}\s(?:ist eine partnermarke|ist ein partnerportal|is (?:a|our) partner (?:brand|site|publication)|est une marque partenaire)\b/iu;

/** Where the piece is to run: "The below letter will be appearing in the Letters section of the magazine’s October issue." */
const FORTHCOMING =
  /^(?:the|this) (?:below |following |above )?(?:letter|article|essay|piece|post|story|interview|op-ed) will (?:be appearing|appear|run|be published) in\b/i;
/** A note under a list of signatories or speakers: "Institutions are listed for identification purposes only." */
const IDENTIFICATION_ONLY =
  /^(?:institutions|affiliations|organi[sz]ations|titles)(?: and \w+)? (?:are|is) (?:listed|given|included) for identification(?: purposes)? only\b/i;

/**
 * Thanks to the people who helped: "We'd like to thank Alex Gaynor and Paul Kehrer for leading this track.",
 * "Thank you to Steve Klabnik … and to Michael Chernicoff … for …" (ACM Queue), "Huge thanks to …",
 * "With thanks to …".
 */
const THANKS =
  /^(?:(?:we|i)(?:['’]d| would)?\s+(?:also\s+)?(?:like|want|wish)\s+to\s+thank|(?:we|i)\s+(?:also\s+)?thank|(?:with\s+)?(?:(?:a\s+)?(?:special|many|our|my|big|huge|heartfelt|sincere|warm)\s+)?(?:thanks|thank[- ]you)\s+(?:go(?:es)?\s+)?(?:also\s+)?to|(?:we|i)(?:['’]re|['’]m| are| am)\s+(?:very\s+)?(?:grateful|indebted|thankful)\s+to)\b/iu;
/**
 * The same thanks in the deck's other languages, by their verbs ("gostaria de agradecer", "quisiera agradecer", "nous
 * remercions", "wir danken", "vorrei ringraziare", "met dank aan"; not "gracias a", "grazie a", "graças a", which also mean
 * "owing to": "Gracias a esta reforma, …").
 */
const THANKS_ELSEWHERE =
  /^(?:(?:eu |nós )?(?:gostaria(?:mos)? de |queria(?:mos)? |quero |queremos )agradecer|agrade(?:ço|cemos)|(?:me |nos )?(?:gustaría|quisiera|quisiéramos|quiero|queremos) agradecer|agradezco|(?:je|nous) (?:tiens|tenons) à remercier|(?:je|nous) (?:remercie|remercions)|(?:un grand )?merci à|(?:ich|wir) (?:möchten?|wollen|will) (?:mich |uns )?(?:\S+ )?bedanken|(?:ich|wir) danken|vielen dank an|(?:mein|unser) dank gilt|(?:vorrei|vorremmo|voglio|vogliamo) ringraziare|ringrazi(?:o|amo)|(?:we|wij|ik) (?:willen|wil) (?:graag )?\S+ bedanken|(?:we|wij|ik) (?:danken|bedank(?:en)?)|met dank aan)(?![\p{L}])/iu;
/** A thanks may come last, so said: "Finally, …", "Para finalizar, …", "Enfin, …", "Zum Schluss …". */
const FINALLY =
  /^(?:finally|lastly|last but not least|para finalizar|para terminar|por (?:fim|último)|finalmente|enfin|pour finir|zum schluss|schließlich|abschließend|infine|per finire|tot slot|ten ?slotte),?\s+/iu;
/** …or in a postscript: "PPS Thanks to John Naughton for suggesting a few tweaks …", "P.S. Thanks to …". */
const POSTSCRIPT_MARK = /^P\.?\s?(?:P\.?\s?)?S\b\.?[:,—–-]?\s+/u;
/** …and thanks to a name or two, capitalised, then "for" (case kept: "Thanks so much for reading" thanks no one). */
const THANKS_NAMED =
  /^[Tt]hanks,?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,?\s+and\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?,?\s+for\b/u;
/** A thank-you is a sentence of its own; a paragraph that goes on is the text. */
const THANKS_MAX_WORDS = 45;

/**
 * A newsroom's credit under the story, naming who reported, wrote or edited besides the writer:
 * "(Reporting by Will Dunham; Editing by Tom Brown)", "Additional reporting by Joseph Hudak",
 * "Keith Bradsher contributed reporting from Hong Kong.", "Fox News’ Jessica Napoli contributed to this report."
 */
const CONTRIBUTED = /^[^.!?]* contributed (?:additional reporting|reporting|to this (?:report|story|article))\b[^.!?]*[.!?]?\)?$/u;
/** "Reporting by …; Editing by …": names, places and these words only ("Reporting by Reuters showed …" is a sentence). */
const CREDITED_BY = /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting)(?: and (?:writing|editing))? [Bb]y:? \p{Lu}/u;
const CREDIT_WORDS = new Set(['additional', 'reporting', 'writing', 'editing', 'and', 'by', 'in', 'from', 'with']);
/** (CONTRIBUTED's words looked for first: its regex scans the first sentence back from its end.) */
const isNewsroomCredit = (text: string): boolean =>
  (text.includes('contributed ') && CONTRIBUTED.test(text)) ||
  (CREDITED_BY.test(text) && (text.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu) ?? []).every((word) => CREDIT_WORDS.has(word)));
const NEWSROOM_CREDIT_MAX_WORDS = 60;

/** The label of a page's review stamp, its date on the line under it: "Content current as of:", "Page last reviewed:". */
const STAMP_LABEL =
  /^(?:content current as of|(?:this )?page (?:was )?last (?:reviewed|updated|modified)(?: on)?|last (?:reviewed|updated|modified)(?: on)?)\s*:?$/i;

/**
 * A line naming who checked the piece, and only that: "Reviewed by Justin C. Meserole, Trial
 * Attorney at Morgan & Morgan, on December 9, 2024", "Medically reviewed by …". The reviewer is
 * none of the writers, and the line is no text. (A line that also says who wrote it is a byline.)
 */
const REVIEWER_LINE =
  /^(?:(?:[Mm]edically|[Ll]egally|[Cc]linically|[Ee]xpert)[- ])?(?:[Rr]eviewed|[Ff]act[- ][Cc]hecked|[Ee]dited)\s+[Bb]y:?\s+\p{Lu}[^|•·—–]*$/u;
const REVIEWER_LINE_MAX_WORDS = 25;
/** The same in the other languages the deck speaks, the editor named or given by a handle: "Édité par kriefbarbara", "Bearbeitet von …", "Editado por …". */
const REVIEWER_LINE_ELSEWHERE =
  /^(?:édité|edité|relu|corrigé|bearbeitet|redigiert|lektoriert|editado|revisado|editato|rivisto|bewerkt|geredigeerd)\s+(?:par|von|por|da|door)\s+\S+(?:\s+\S+){0,3}$/iu;
/** The stamp alone, its checker's name elsewhere or nowhere: "Fact Checked", "Fact-checked for accuracy", "Fact Checked By". */
const REVIEW_STAMP = /^(?:(?:medically|legally|clinically|expert)[- ])?(?:reviewed|fact[- ]checked)(?:\s+(?:by:?|for accuracy))?$/i;

/**
 * A postscript after the text, a note about the blog or a last aside: "PS : je vais arrêter pendant quelque temps de publier
 * …", "P.S. The crux of the idea here is inspired by …", "PS: Follow the discussion on Hacker News".
 */
const POSTSCRIPT = /^(?:P\.?\s?S\.?|P\.-S\.|Post-?scriptum)\s*[:.,–—-]/u;

/** Where the press may ask, a press release's last line: "For media inquiries, contact …", "Media contact: …", "Voor pers en media, …". */
const PRESS_CONTACT =
  /^(?:for (?:press|media)(?: (?:and|or|&) (?:press|media))? (?:inquiries|enquiries|queries|contacts?)\b|(?:press|media) (?:contacts?|inquiries|enquiries)\s*:|voor (?:de )?pers(?: en media)?\b|contacts? presse\b|pressekontakt\b|contactos? (?:de|con) (?:prensa|medios)\b|contatti (?:stampa|per la stampa)\b)/i;
/** A press contact note is a line or two: the paragraph that opens so and runs on is the text's. */
const PRESS_CONTACT_MAX_WORDS = 30;

export const editorial: BlockRule = {
  name: 'editorial',
  test(block, { words }) {
    if (words > 80) return null;
    const text = block.plain.replace(/^[*_(\s]+/, '');
    if (
      NOTE.test(text) ||
      SERIES_NOTE_ELSEWHERE.test(text) ||
      FIRST_RUN_ELSEWHERE.test(text) ||
      SERIES_PLACE.test(text) ||
      FORTHCOMING.test(text) ||
      IDENTIFICATION_ONLY.test(text) ||
      (mayNameSeries(text) && OUR_SERIES.test(text)) ||
      FUNDING.test(text) ||
      FUNDING_DISCLOSED.test(text) ||
      PARTNER_BRAND.test(text) ||
      VIEWS_DISCLAIMER.test(text) ||
      VIEWS_OWN.test(text) ||
      REVISED.test(text) ||
      WRITTEN_AND_FIRST_RUN.test(text) ||
      STAMP_LABEL.test(text.trim()) ||
      REVIEW_STAMP.test(text.trim()) ||
      POSTSCRIPT.test(text)
    )
      return { kind: 'chrome', reason: 'end-matter' };
    if (words <= PRESS_CONTACT_MAX_WORDS && PRESS_CONTACT.test(text.trim())) return { kind: 'chrome', reason: 'end-matter' };
    if (words <= NEWSROOM_CREDIT_MAX_WORDS && isNewsroomCredit(text.replace(/^[-–—\s]+/, '').trim()))
      return { kind: 'chrome', reason: 'end-matter' };
    if (
      words <= REVIEWER_LINE_MAX_WORDS &&
      (REVIEWER_LINE.test(text.trim()) || REVIEWER_LINE_ELSEWHERE.test(text.trim())) &&
      !/\b(?:written|posted|reported)\s+by\b/i.test(text)
    )
      return { kind: 'chrome', reason: 'end-matter' };
    // A thanks of one sentence: no stop before a capital. (Asked last: it scans the whole text.)
    return words <= THANKS_MAX_WORDS && isThanks(text) ? { kind: 'chrome', reason: 'end-matter' } : null;
  },
};

/** A thanks to the people who helped, one sentence: "Thanks to Daniel Burka and Deepa Venkatraman for reading and reviewing drafts of this." */
export const isThanks = (text: string): boolean => {
  const thanks = text.replace(POSTSCRIPT_MARK, '').replace(FINALLY, '');
  return (THANKS.test(thanks) || THANKS_ELSEWHERE.test(thanks) || THANKS_NAMED.test(thanks)) && !/[.!?]\s+\p{Lu}/u.test(text);
};
