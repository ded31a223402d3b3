import { NOT_A_NAME_WORD, nameCase, PERSON_NAME, PUBLICATION_END } from '../authors.js';
import { inCapitals } from '../text.js';
import type { BlockRule } from './types.js';

/** Photo agencies and picture libraries, named in credits. */
const AGENCY =
  /\b(getty images|getty|reuters|ap photo|associated press|afp|shutterstock|flickr|creative commons|wikimedia|unsplash|alamy|epa|bridgeman images|bloomberg|nurphoto|sipa|xinhua|istock|pa images|universal images group|usatsi|usa today sports|stock\.adobe\.com|adobe stock|dreamstime|depositphotos|pexels|123rf)\b/i;
/** A caption signed by its agency in brackets: "… in 1989. (Getty Images)", "… invaded the country 2001 [File: Reuters]". */
const AGENCY_IN_BRACKETS = new RegExp(`[([](?:file(?: photo)?:\\s*)?(?:${AGENCY.source})[)\\]]\\.?$`, 'iu');
/** …or after its last sentence, glued to it at times: "… in New York.Reuters". */
const AGENCY_AFTER_SENTENCE = new RegExp(`[.!?]\\s*(?:${AGENCY.source})\\.?$`, 'iu');
/** …or after the photographer's name and a dash: "CRISTIANSTORTO - STOCK.ADOBE.COM". */
const AGENCY_AFTER_NAME = new RegExp(`^\\p{Lu}[^.!?]{1,40}\\s[-–—]\\s(?:${AGENCY.source})$`, 'iu');
/** …or alone under its picture. */
const AGENCY_ALONE = new RegExp(`^(?:${AGENCY.source})$`, 'iu');

/** A credit line naming a photographer and the publication they work for is short. */
const FOR_CREDIT_MAX_WORDS = 12;

/** "Name for Publication": a person's name, "for", and a name whose every word but the small ones is capitalised. */
function forPublication(text: string): boolean {
  const match =
    /^(.+?)\s+(?:for|FOR)\s+((?:THE\s+|The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}&.'’-]*|of|OF|and|AND|the|THE))*)$/u.exec(text);
  const [name, publication] = [match?.[1] ?? '', match?.[2] ?? ''];
  // (Set in capitals as a credit is, or naming a publication by its kind: a heading in title case,
  // "Security Enhancements for Blockchain Networks", reads the same.)
  return (
    (inCapitals(text) || PUBLICATION_END.test(publication)) &&
    PERSON_NAME.test(nameCase(name)) &&
    !NOT_A_NAME_WORD.test(name) &&
    !/^(?:a|an|the)\s|['’]s\b/i.test(name) &&
    name.split(/\s+/).length <= 3 &&
    publication.split(/\s+/).length >= 2
  );
}

/** Words that show the reader a picture: "this is what you'll see", "here's what it looks like", "pictured above". */
const SHOWING =
  /\b(?:(?:this|here)(?: is|['’]s) what (?:you(?:['’]ll| will)? see|it looks like|(?:you|we) get)|(?:seen|shown|pictured) (?:here|above|below))\b/i;
/** Such a caption is a line, not a paragraph. */
const SHOWING_CAPTION_MAX_WORDS = 20;

/** A caption pointing into its picture is a sentence or two. */
const POINTING_CAPTION_MAX_WORDS = 35;

/*
 * Three patterns of captions, each tried only on a text holding a string that every text it matches
 * holds: the credit rule asks them of every short block, and each is tried at every character of
 * one without a match (the first with a lookbehind there).
 */
const GLUED_CREDIT = /(?<=[\p{Ll}\d)])Credits?:\s*\p{Lu}/u;
const POINTING_IN_BRACKETS = /\p{Lu}[\p{L}'’.-]+ \((?:far |top |bottom |centre |center )?(?:left|right|centre|center|pictured)\)/u;
const POINTING_BETWEEN_COMMAS =
  /^\p{Lu}.{0,80}?\p{Lu}[\p{L}'’.-]+, (?:far |second from |third from )?(?:left|right|centre|center), (?:and|with|talks|speaks|shakes|walks|looks|listens)\b/u;
/** `GLUED_CREDIT.test(text)`: "… sought treatmentCredit: EPA". */
export const gluedCredit = (text: string): boolean => text.includes('Credit') && GLUED_CREDIT.test(text);
/** `POINTING_IN_BRACKETS.test(text)`: "Twitter CEO Dick Costolo (far left) and …". */
export const pointsInBrackets = (text: string): boolean => text.includes(' (') && POINTING_IN_BRACKETS.test(text);
/** `POINTING_BETWEEN_COMMAS.test(text)`: "… Mark Esper, left, and Vietnamese Defense Minister …". */
export const pointsBetweenCommas = (text: string): boolean =>
  POINTS.some((point) => text.includes(point)) && POINTING_BETWEEN_COMMAS.test(text);
const POINTS = ['left, ', 'right, ', 'centre, ', 'center, '];

/**
 * A figure's or table's label, its number, and a title after a colon, stop or dash; in the deck's languages too
 * ("Abbildung 1: Programmatische Positionen …", "Tableau 2 : …", "Gráfico 3. …", "Rysunek 1. …").
 */
export const FIGURE_LABEL =
  /^(?:figure|fig\.|table|chart|exhibit|graph|map|diagram|abbildung|abb\.|tabelle|grafik|schaubild|tableau|graphique|figura|tabla|gráfico|cuadro|tabela|quadro|tabella|grafico|figuur|tabel|grafiek|rysunek|rys\.|wykres)\s+(?:\d+|[IVX]+)(?:\.\d+)*[a-z]?\s*(?:[:.|]|\s[—–-])\s+\S/iu;

/** A picture's credit alone on its line: "Courtesy of Andrew Vaughan", "Courtesy NASA/JPL". */
/** A picture credited to its owner and the site it was taken from, its agency unnamed: "US Army Photo on flikr.com". */
const PHOTO_ON_SITE = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}photo(?:graph)?\s+(?:on|via|from)\s+[\p{L}\d-]+(?:\.[\p{L}]{2,})+$/iu;
const PHOTO_ON_SITE_MAX_WORDS = 8;
const COURTESY = /^\(?[Cc]ourtesy(?: of)?\s+\p{Lu}[^.!?]{0,60}\)?$/u;
/**
 * An artwork's credit that names the picture in a few words first, then who made it and who lent it: "Illustration motif
 * based on originial fabric design by Bronwyn Bancroft, courtesy of Boomalli Aboriginal Artists Co-operative", a page's
 * decoration credited in its footer.
 */
const ARTWORK_BY =
  /^(?:all\s+(?:the\s+)?)?(?:artwork|art|illustrations?|drawings?|paintings?|graphics?|images?|photos?|photographs?|photography|cover(?: art| image)?)\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:created|drawn|made|produced|taken|designed|painted|provided)?\s*by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\.?(?:\s+(?:[Yy]ou can|[Ss]ee|[Ff]ind|[Cc]heck out|[Vv]iew|[Ff]ollow)\b[^.!?]{0,80}[.!?]?)?$/u;
const ARTWORK_COURTESY =
  /^(?:photograph|photo|image|picture|illustration|artwork|drawing|painting|motif|graphic|cover(?: art| image)?)\b[^.!?]{0,80}\bby\s+\p{Lu}[^.!?]{0,60},?\s+courtesy of\s+\p{Lu}[^.!?]{0,80}\.?$/iu;

/**
 * An agency's credit in capitals, its parts set apart by a slash, naming an agency or a photographer's
 * code of letters and figures: "PS8/UK FDEA", "AFP/GETTY IMAGES". ("US/UK TRADE", "AI/ML" are headings.)
 */
const SLASHED_CREDIT =
  /^(?!.*\p{Ll})(?=.*(?:\b(?:AFP|AP|EPA|PA|REUTERS|GETTY|IMAGES|ALAMY|SHUTTERSTOCK|ISTOCK|BLOOMBERG|XINHUA|ANADOLU|SIPA|ZUMA|PHOTO|PHOTOS)\b|\b(?=\S*\p{Lu})(?=\S*\d)[\p{Lu}\d]+\b))\S*\p{Lu}\S*\/\S*\p{Lu}\S*(?:\s+\S+)*$/u;
const SLASHED_CREDIT_MAX_WORDS = 4;

/**
 * A picture's credit under a copyright sign, its photographer or source and its agency set apart by a slash, no year
 * and no reservation: "© ZUMA Press Wire / Imago Images", "© Matt Campbell / DPA". (A site's notice names a year.)
 */
const SIGNED_PICTURE_CREDIT =
  /^(?:©|\(c\))\s*(?!.*\b(?:19|20)\d\d\b)(?!.*\b(?:rights|copyright|reserved)\b)[^|·•©/\s][^|·•©/]{0,40}\s\/\s[^|·•©/\s][^|·•©/]{0,40}$/iu;
/** Words in lower case in a part of a credit between slashes, at most: "staff", "file", "via", "de". */
const CREDIT_PART_MAX_LOWER_WORDS = 2;

/** A picture's subject and its maker after a comma, "…, by Stratfor.": a line of its own, a name of a word to five at the end. */
const MADE_BY = /^[^.!?]+,\s+by\s+\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}.’'&-]*){0,4}\.?$/u;
const MADE_BY_MAX_WORDS = 35;
/** Words of a sentence that says something, which a picture's label does not: "The report was published in 2015, by Oxfam." */
const SAYS = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|said|says|writes|wrote|published|written|edited)\b/i;

/**
 * A caption with its picture's credit after it, no stop between: "Demut hinter Masken Foto: Adobe Stock",
 * "Protesters in Tunis Photo: Reuters/Zoubeir Souissi", "Jean Jaurès à l'Assemblée, par Jean Veber• Crédits : Getty".
 * (A sentence of the text ends before any such label.)
 */
const CREDIT_AT_END =
  /[^.!?:]\s+(?:[Pp]hoto|[Ff]oto|[Bb]ild|[Ii]mage|[Pp]icture|[Cc]r[eé]dits?(?: [Pp]hotos?)?|[Pp]hotograph)\s*:\s*\p{Lu}[\p{L}\p{N}.&'’ /-]{1,50}(?<![.!?])$/u;
/** A caption so credited is a line: a paragraph of the text that ends with such a label is not one. */
const CREDITED_CAPTION_MAX_WORDS = 20;
/** The credit set apart by a bar, as a news site sets it after a caption of any length: "… entre os Poderes| Foto: Nelson Jr./STF". */
const CREDIT_AFTER_BAR =
  /\|\s*(?:[Pp]hoto|[Ff]oto|[Bb]ild|[Ii]mage|[Ii]magem|[Ii]magen|[Cc]r[eé]dits?(?: [Pp]hotos?)?|[Pp]hotograph)\s*:\s*\p{Lu}[\p{L}\p{N}.&'’ /-]{1,50}(?<![.!?])$/u;

/**
 * The credit of the piece's featured picture as the deck's other languages write it, a sentence naming whose it is: "A
 * imagem de destaque do artigo é da autoria do site Pexels e está sob a licença CC0.", "La imagen destacada es de …",
 * "L'image à la une est de …", "Das Beitragsbild stammt von …", "L'immagine in evidenza è di …". (Not a sentence about the
 * picture: "Das Titelbild ist bewusst provokant gewählt." English's "Featured image by …" is read by `lead`.)
 */
const FEATURED_PICTURE_ELSEWHERE =
  /^(?:(?:a )?imagem (?:de destaque|em destaque|de capa)(?: d[oa] (?:artigo|texto|post))?\s+(?:é|foi)(?=\s)|(?:la )?imagen (?:destacada|de portada|de cabecera)(?: del (?:artículo|texto|post))?\s+(?:es|fue)(?=\s)|l['’]image (?:à la une|de couverture|d['’]en-tête)(?: de (?:l['’]article|ce billet))?\s+(?:est|a été)(?=\s)|(?:das )?(?:beitragsbild|titelbild|headerbild|artikelbild)\s+(?:stammt|ist|wurde)(?=\s)|l['’]immagine (?:in evidenza|di copertina)(?: dell['’]articolo)?\s+(?:è|proviene)(?=\s))\s+(?:da|de|di|do|von|par|por)\b/iu;
/** Such a credit is a sentence or two. */
const FEATURED_PICTURE_MAX_WORDS = 40;

/** WordPress's caption shortcode around its picture's caption, as a Markdown export of the post keeps it. */
const WORDPRESS_CAPTION = /^\[caption\b[^\]]*\][\s\S]*\[\/caption\]$/i;

/** A chart's title of two words or more, "Data from" and its source, and no stop but an abbreviation's ("et al."): not "Open Data from Government". */
const CHART_SOURCE = /^\p{Lu}[^\s.!?:]*\s[^.!?:]{2,80}\sData\s+from\s+\p{Lu}(?:[^.!?]|\bal\.|\b\p{Lu}\.){0,60}$/u;
/** …a line of a few words. */
const CHART_SOURCE_MAX_WORDS = 16;
/**
 * A chart's title of any length and its data's source, the source captured: "Macroideology Data from James Stimson".
 * (The rule above takes a title of two words or more alone; the body pass takes one of a word by the page's other credits.)
 */
export const CHART_TITLE_AND_SOURCE = /^\p{Lu}[^.!?:]{0,80}\sData\s+from\s+(\p{Lu}[^.!?:]{1,60})$/u;

/** A caption's link to its picture's source, last, in brackets: "… (source)", "… (image source)". */
const SOURCE_LINK_AT_END = /[^.!?]\s\((?:(?:image|photo|picture) )?(?:source|credit)\)$/i;
/** A caption's sentences, then the link to its picture's source: "… went on to have a successful career in child trafficking. (source)". */
const SOURCE_LINK_AFTER_SENTENCE = /[.!?]["”’]?\s\((?:(?:image|photo|picture) )?source\)$/i;
/** Such a caption runs to a few sentences. */
const SOURCED_CAPTION_MAX_WORDS = 60;
/** A caption that names its picture's maker and the picture's date, last, in brackets: "… created by … (August 2013)". */
const MADE_AND_DATED =
  /^[^.!?]*\b(?:created|made|designed|painted|drawn|photographed|illustrated)\s+by\s[^.!?]*\((?:\p{L}+\.?\s+)?\d{4}\)$/u;
/** Such a caption is a line, not a paragraph. */
const LINKED_CAPTION_MAX_WORDS = 35;

/** "(All) credit for this image goes to …", "Credit for the chart goes to …". */
const CREDIT_GOES_TO =
  /^(?:all\s+)?credits?\s+for\s+(?:this|the|these)\s+(?:image|photo|picture|graphic|chart|illustration|map|figure|visual|diagram)s?\s+(?:goes|go)\s+to\b/i;
/** Photo and image credits and the captions that carry them: "Photo from X's photostream on flickr", "Image: Reuters". */
/** The services that draw a page's embedded charts and maps, named under them alone or as their maker. */
export const CHART_MAKER =
  /^(?:(?:made|created|built|powered|chart|map|graphic)\s+(?:with|by|using)\s+)?(?:infogram|datawrapper|flourish|piktochart|venngage|everviz|chartblocks|plotly(?: chart studio)?|tableau public)$/i;
const CHART_MAKER_MAX_WORDS = 5;

export const credit: BlockRule = {
  name: 'credit',
  test(block, { words }) {
    // (The featured picture's credit is a note on the page, not a caption: the line over it is no picture's but the text's,
    // "Até onde estamos dispostos a ir …?" / "A imagem de destaque do artigo é da autoria do site Pexels …".)
    if (words <= FEATURED_PICTURE_MAX_WORDS && FEATURED_PICTURE_ELSEWHERE.test(block.plain.trim().replace(/^[*_]+|[*_]+$/g, '')))
      return { kind: 'chrome', reason: 'end-matter' };
    // A WordPress caption's shortcode, its picture's caption inside: "[caption id="attachment_454" …] A view of … [/caption]".
    if (WORDPRESS_CAPTION.test(block.plain.trim())) return { kind: 'chrome', reason: 'caption' };
    // An embedded chart's maker, all that is left of the chart in a copy: "Infogram", "Created with Datawrapper".
    if (words <= CHART_MAKER_MAX_WORDS && CHART_MAKER.test(block.plain.trim())) return { kind: 'chrome', reason: 'caption' };
    if (words > 45) return null;
    const text = block.plain;
    // (A picture's credit in Spanish, Portuguese, Italian or German too: "Foto: LA NACION", "Imagen: …", "Bild: …";
    // what the picture shows, under its label: "Auf dem Foto zu sehen: …", "En la foto: …", "In the photo: …";
    // "*Visual: Concept and design by the author; …*", emphasis marks before the label; a share card's picture, "Twitter card
    // image credit from Brazil, …";
    // a figure's source too: "Quelle: Financial Times, 24.3.2020", "Source : Insee", "Fuente: INE".)
    // (A figure's source, a line of its own and no sentence after it: "Source: GitHut 2.0", "Sources: CDC; KFF analysis";
    // an initial's stop ends none, "Source: … Redfin data | Image Credit: … Data: U.S. Home Sales Volume Time Series".)
    const lead =
      /^[*_\u200B]*(\(?(?:(?:twitter|social(?: media)?|og|preview|share|thumbnail)\s+(?:card\s+)?)?(photograph|photo|image|picture|illustration|graphic|visual|cover|header|top|featured|map|chart|video|foto|fotograf[ií]a|imagen|bild|aufnahme|abbildung|grafik)\s*(image|photo|credit|composite|montage|illustration)?s?\b\s*(from|by|courtesy|via|credit|adapted from|:|©|source)|(?:auf dem (?:foto|bild)(?: (?:zu sehen|sieht man))?|en la (?:foto|imagen)|sur (?:la|cette) photo|nella foto|na foto|in the (?:photo|picture))\s*:\s*\S|credits?:?\s+\p{Lu}|(?:sources?|quellen?|fuentes?|fontes?|fonti|bron(?:nen)?)\s?(?::|\s[–—]\s)\s*\S(?:(?!(?<!\b\p{Lu})[.!?]\s+\p{Lu}).){0,150}$)/iu;
    // (The page's decoration credited in its footer, with the copyright line: no picture of the text, so the line above it
    // is no caption.)
    if (ARTWORK_COURTESY.test(text.trim())) return { kind: 'chrome', reason: 'copyright' };
    // The piece's pictures credited, under the text or over it, with a pointer to more of the artist's work: "All
    // artwork was created by Stephanie Hamer. You can take a look at her other work here."
    const credited = text.trim().replace(/^[*_]+|[*_]+$/g, '');
    if (ARTWORK_BY.test(credited.charAt(0).toLowerCase() + credited.slice(1))) return { kind: 'chrome', reason: 'caption' };
    if (
      lead.test(text) ||
      COURTESY.test(text) ||
      (words <= PHOTO_ON_SITE_MAX_WORDS && PHOTO_ON_SITE.test(credited)) ||
      SIGNED_PICTURE_CREDIT.test(text.trim()) ||
      (words <= SLASHED_CREDIT_MAX_WORDS && SLASHED_CREDIT.test(text.trim())) ||
      (words <= CREDITED_CAPTION_MAX_WORDS && CREDIT_AT_END.test(text.trim())) ||
      CREDIT_AFTER_BAR.test(text.trim())
    )
      return { kind: 'chrome', reason: 'caption' };
    // A news agency's caption: "FILE PHOTO: Traders work on the floor …", "This March 28, 2017, file photo, provided by … shows …",
    // "In this photo taken …"; or ending with its credit glued to the last word, "… sought treatmentCredit: EPA",
    // or after a slash, "… November 18, 2019. REUTERS/Brendan McDermid"; or "New York State Sex Offender Registry via AP".
    if (
      /^(?:file photo|file picture|handout photo)\s*[:-]|^(?:in )?this\s+(?:(?:\p{L}+\.?\s+\d{1,2},\s+)?\d{4},?\s+)?(?:file |handout |undated )?(?:photo|picture|image|frame grab)(?:,|\s+(?:taken|provided|released|made available|obtained)\b)/iu.test(
        text,
      ) ||
      gluedCredit(text) ||
      /\b(?:REUTERS|AP|AFP|EPA|UPI)\/\p{Lu}[\p{L}.'’ -]{2,40}$/u.test(text) ||
      (words <= 12 && /\svia\s+(?:AP|AFP|Reuters|Getty Images|EPA|UPI)$/.test(text))
    )
      return { kind: 'chrome', reason: 'caption' };
    // A caption that links its picture's source at its end, or names its maker and its date: "Two images from the …
    // exhibit created by W.E.B. Du Bois (source)", "A data mural created by the … Coalition (August 2013)".
    if (words <= LINKED_CAPTION_MAX_WORDS && (SOURCE_LINK_AT_END.test(text.trim()) || MADE_AND_DATED.test(text.trim())))
      return { kind: 'chrome', reason: 'caption' };
    // (Or after the caption's own sentences, as Substack sets a caption's link: "Robert Maxwell, one of the architects of the
    // for-profit scientific publishing scheme. … (source)". No paragraph of a text ends on its link's bare word.)
    if (words <= SOURCED_CAPTION_MAX_WORDS && SOURCE_LINK_AFTER_SENTENCE.test(text.trim())) return { kind: 'chrome', reason: 'caption' };
    // A picture's credit said as a sentence: "All credit for this image goes to Bio Base Europe: https://…" (Climate Drift).
    if (words <= CREDITED_CAPTION_MAX_WORDS && CREDIT_GOES_TO.test(text.trim())) return { kind: 'chrome', reason: 'caption' };
    // The label over a picture's credit, alone: "Credit..." (The New York Times); or the link to its source, alone, "(source)".
    if (/^(?:photo |image )?credits?\s*(?:\.{3}|…|:)?$|^\((?:(?:image|photo|picture) )?(?:source|credit)\)$/i.test(text.trim()))
      return { kind: 'chrome', reason: 'caption' };
    // A caption set in capitals that points at the picture: "SIR TONY BLAIR (LEFT) BEING INTERVIEWED BY DYLAN JONES".
    if (!/\p{Ll}/u.test(text) && /\((?:LEFT|RIGHT|CENTRE|CENTER|ABOVE|BELOW|PICTURED|TOP|BOTTOM)\)|\bPICTURED\b/.test(text))
      return { kind: 'chrome', reason: 'caption' };
    // …or in any case, a short line naming who stands where, after a name: "Twitter CEO Dick Costolo (far left) and actress …",
    // "Stem cell/embryo model: on the left is a normal mouse embryo …", "From left: …".
    if (
      words <= POINTING_CAPTION_MAX_WORDS &&
      (pointsInBrackets(text) || /\bon the (?:left|right) (?:is|are)\b|^(?:from )?(?:left to right|l-r|from left)\s*[:,]/i.test(text))
    )
      return { kind: 'chrome', reason: 'caption' };
    // …or between commas, as news agencies' captions do, a sentence or two: "U.S. Defense Secretary
    // Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, …".
    if (pointsBetweenCommas(text)) return { kind: 'chrome', reason: 'caption' };
    // The button that opens a picture, "View Images", or its caption, "Show Caption": set beside the picture, so no credit of the text over it.
    if (/^(?:(?:view|see|open)\s+(?:all\s+)?(?:images?|photos?|gallery|slideshow|full image)|(?:show|hide)\s+caption)$/i.test(text.trim()))
      return { kind: 'chrome', reason: 'navigation' };
    // "… in 1952. (Public domain)", "(CC BY-SA 4.0)": a caption that ends with the picture's licence.
    if (/\((?:public domain|cc[ -](?:by|0)[\w .-]*|creative commons[\w .-]*)\)\.?$/i.test(text.trim()))
      return { kind: 'chrome', reason: 'caption' };
    // A line that shows the reader the picture, without a sentence's stop: "Visit Wired with IE10 and DNT enabled, and this is
    // what you'll see". (Not a lead-in, its colon leading into the picture from the text: "The results are shown below:".)
    if (words <= SHOWING_CAPTION_MAX_WORDS && !/[.!?:]["”’)]?$/.test(text.trim()) && SHOWING.test(text))
      return { kind: 'chrome', reason: 'caption' };
    // "A still from the 1957 TV movie …", "A screenshot of …": what only a caption says.
    if (/^(?:a|an)\s+(?:still|screenshot|screen ?grab|screen capture|frame grab)\s+(?:from|of|taken)\b/i.test(text))
      return { kind: 'chrome', reason: 'caption' };
    // The picture's own controls: "Click image to enlarge.", "Tap the chart to zoom".
    if (
      /^(?:click|tap)\s+(?:on\s+)?(?:the\s+)?(?:image|photo|picture|chart|map|graphic|figure|table)\s+(?:to|for)\s+(?:enlarge|zoom|expand|view|a larger)/i.test(
        text.trim(),
      )
    )
      return { kind: 'chrome', reason: 'caption' };
    // A figure's or table's numbered label and title: "Figure 1: Geographic Trends in Law Enforcement Actions (2018-2024), …",
    // "Table 1: Weekly Arrest Totals in the pre/post pandemic", "Fig. 3. …", "Exhibit 2 — …".
    if (FIGURE_LABEL.test(text)) return { kind: 'chrome', reason: 'caption' };
    // A chart's title with its data's source, no sentence: "Public Policy Mood Data from James Stimson", "Racial
    // Liberalism Data from Atkinson et al. (2011)".
    if (words <= CHART_SOURCE_MAX_WORDS && CHART_SOURCE.test(text.trim())) return { kind: 'chrome', reason: 'caption' };
    // A map's or chart's subject and its maker after ", by", no sentence: "The military alliances of NATO and CSTO
    // in Eastern Europe, by Stratfor.", "Relations of the supranational organizations …, by Aris Katsaris".
    if (words <= MADE_BY_MAX_WORDS && text.includes(', by ') && MADE_BY.test(text.trim()) && !SAYS.test(text))
      return { kind: 'chrome', reason: 'caption' };
    // "Caption: An image describing …", "Image description: …", "Alt text: …".
    if (/^(?:caption|image description|alt(?:ernative)? text)\s*:/i.test(text.replace(/^[*_]+/, '')))
      return { kind: 'chrome', reason: 'caption' };
    // An image's file name standing in for the image: "WEB18-Facebook-1160x768.jpg".
    if (/^[\w.~-]+\.(?:jpe?g|png|gif|webp|svg|avif|tiff?)$/i.test(text)) return { kind: 'chrome', reason: 'caption' };
    // "Neanderthals. Source: Wikimedia Commons", "… Credit: NASA".
    // (Also in other languages, its source a site's address: "Coronaviren; Aufnahme von 1975; Quelle: CDC/wikipedia.org".)
    if (
      /[.;]\s+(?:source|credit|photo|image|illustration|quelle|foto|fuente|fonte|bron)s?\s?:\s*\p{Lu}(?:[^.]|\.(?=\w)){0,60}\.?$/iu.test(
        text,
      )
    )
      return { kind: 'chrome', reason: 'caption' };
    // A caption that ends with its credit: "… in 2021. Photo: U.S. Department of Energy",
    // "… last spring. (Kendra Fox/The Harbor City Tribune)", "Heading image: The Education of Achilles by …".
    // (Not after words in title case: in a headline, "Docker Hardened Images: Security Independently
    // Validated by SRLabs", it is no credit.)
    const tail = /\b(photograph|photo|image|picture|illustration|credit)s?\s*(:|by|courtesy of)\s*(\p{Lu}[^()]*?)\)?\.?$/iu.exec(text);
    const inHeadline = tail !== null && /(?:\p{Lu}[\p{L}'’-]*\s+){2,}$/u.test(text.slice(0, tail.index));
    // (After "by", a maker's name, not a year's label: "… doesn’t show a very different picture by FY17.")
    const maker = tail?.[2]?.toLowerCase() !== 'by' || !/\d/.test(tail[3] ?? '');
    if (tail?.[3] && tail[3].split(/\s+/).length <= 8 && !inHeadline && maker) return { kind: 'chrome', reason: 'caption' };
    if (/\((photo:\s*)?\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*\p{Lu}[^()]{1,60}\)\.?$/u.test(text)) return { kind: 'chrome', reason: 'caption' };
    // "… in 1989. (AP)": a caption signed by its agency.
    if ((/\((?:AP|AFP|EPA|UPI)\)\.?$/.test(text) || AGENCY_IN_BRACKETS.test(text)) && !/^\(/.test(text))
      return { kind: 'chrome', reason: 'caption' };
    // "No, Yoenis Cespedes isn't overpaid. USATSI": the agency after the caption's last word.
    // (A page copy may glue it to the caption: "… in New York.Reuters".)
    if (AGENCY_AFTER_SENTENCE.test(text)) return { kind: 'chrome', reason: 'caption' };
    // "Getty Images", "Reuters", "(Shutterstock)": an agency named alone under its picture, in brackets or not.
    const alone = text
      .replace(/[.]$/, '')
      .trim()
      .replace(/^[([](.*)[)\]]$/, '$1');
    if (words <= 4 && AGENCY_ALONE.test(alone)) return { kind: 'chrome', reason: 'caption' };
    if (words <= 8 && AGENCY_AFTER_NAME.test(alone)) return { kind: 'chrome', reason: 'caption' };
    // "Sanjeev Verma/Hindustan Times/Getty Images": a credit line of names and agencies between slashes or bars
    // ("iStock/Getty", "Jae C. Hong/AP", "Vanessa Solis/Education Week via Canva", "Alex Wong | Getty Images").
    if (
      words <= 12 &&
      /^(?:\p{Lu}|\p{Ll}\p{Lu})[^/|]{1,50}(?:\s*[/|]\s*[^/|]{1,50}){1,3}$/u.test(text) &&
      !/[.!?]$/.test(text) &&
      // (The slashes of a date are no credit's: "EcoFlow- 2025/4/29".)
      !/\b\d{1,4}\/\d{1,2}\/\d{1,4}\b/.test(text) &&
      (AGENCY.test(text) ||
        // (Each part a name or an agency's, "AP Photo/Evan Vucci/file": "More jobs / funding mean more projects / resources",
        // a part of words in lower case, is a line of a list.)
        (text.split('/').length >= 3 &&
          text.split('/').every((part) => (part.match(/(?:^|\s)\p{Ll}/gu) ?? []).length <= CREDIT_PART_MAX_LOWER_WORDS)) ||
        /\/\s*(?:AP|AFP|EPA|UPI)$|\svia\s+\p{Lu}[\p{L}]+$/u.test(text) ||
        // A photographer's name over the agency's in capitals: "Amy K. Dragoo/AIMMEDIA"; or the publication's: "Anna Moneymaker/The New York Times".
        (PERSON_NAME.test(text.split('/')[0]?.trim() ?? '') &&
          (/\/\s*\p{Lu}{3,}$/u.test(text) || PUBLICATION_END.test(text.split('/').at(-1)?.trim() ?? ''))))
    ) {
      return { kind: 'chrome', reason: 'caption' };
    }
    if (words <= 14 && AGENCY.test(text) && /\b(photo|image|credit|courtesy|via|licensed|cc by)\b/i.test(text)) {
      return { kind: 'chrome', reason: 'caption' };
    }
    // A photographer working for the publication: "Carlos Arrojo for Quanta Magazine", "KATIE BANDURSKI FOR TASTE OF HOME"
    // (each credit of a picture's several, set apart by semicolons: "Emily Buder/Quanta Magazine; Carlos Arrojo for Quanta Magazine").
    if (words <= FOR_CREDIT_MAX_WORDS && text.split(/;\s+/).some((part) => forPublication(part.trim())))
      return { kind: 'chrome', reason: 'caption' };
    // A caption whose last sentence credits the picture: "President Alexander Lukashenko. Credits to Reuters.",
    // "The Ukrainian Maidan that deposed president Yanukovych. By Jeff J Mitchell / Getty Images file".
    if (
      /[.!?]\s+(?:[Cc]redits? to\s+\p{Lu}[\p{L}.'’&-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’&-]*|and|of|the|for)){0,8}|[Bb]y\s+\p{Lu}[^/.!?]{1,40}\/\s*(?:Getty Images|GETTY IMAGES|Reuters|REUTERS|AP|AFP|EPA)(?:\s+file)?)\.?$/u.test(
        text,
      )
    )
      return { kind: 'chrome', reason: 'caption' };
    // A caption that ends with its agency credit: "… Nick Timothy ©Universal History Archive/UIG via Getty Images".
    if (
      /(?:©|\bcredit:?)\s*\p{Lu}[^©]{0,80}$/u.test(text) &&
      !/^(?:©|\(c\)|copyright)/i.test(text) &&
      (AGENCY.test(text) || /\/\s*\p{Lu}/u.test(text))
    ) {
      return { kind: 'chrome', reason: 'caption' };
    }
    return null;
  },
};
