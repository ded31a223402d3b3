import { type Pos, type Tagger, type Token, winkTagger } from './tagger.js';
import { boundedMemo } from './text.js';

/**
 * A tagger for languages the English model cannot read (German, Spanish, Italian, Portuguese,
 * Dutch, Polish, French): it knows each language's function words and little else, which is enough for
 * phrases.ts to find runs of content words to title a slide with. The English model read
 * "Je voorkomt dat je", "Así pues", "Damit sind Treibhausgas" or "Le danger est" as noun phrases.
 *
 * - A function word (article, pronoun, preposition, conjunction, auxiliary, common adverb or verb)
 *   ends a phrase; "de", "van", "des" and the like are kept as links ("Erklärung des Premiers").
 * - German writes its nouns with a capital: a capitalised word is a noun, a word in lower case
 *   may only stand before one (an adjective's place), so a phrase ends on a noun.
 * - Elsewhere every other word may be a phrase's word, as in RAKE.
 */

/** Function words, in lower case, by language tag. */
const FUNCTION_WORDS: Record<string, string> = {
  de: `der die das des dem den ein eine einer eines einem einen kein keine keiner keines keinem keinen und oder aber doch sondern denn
  weil wenn als ob dass daß damit obwohl während bevor nachdem seit bis sowie wie so auch noch nur schon sehr mehr weniger viel viele
  vielen vieler wenig ich du er sie es wir ihr mich mir dich dir sich uns euch ihn ihm ihnen man mein meine meinen meinem meiner sein
  seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer euer eure dieser diese dieses
  diesem diesen jener jene jenes welche welcher welches welchen welchem alle allen aller alles jede jeder jedes jeden jedem andere anderen
  anderer anderes anderem solche solchen solcher in im ins an am ans auf aus bei mit nach von vom zu zum zur für gegen ohne um über
  unter vor hinter neben zwischen durch trotz wegen statt innerhalb außerhalb ab per pro laut gemäß bin bist ist sind seid war waren
  warst wart gewesen sein werden wird wirst werdet wurde wurden worden geworden habe hast hat haben habt hatte hatten gehabt kann kannst
  können könnte könnten muss musst müssen musste mussten müsste soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte
  mag mögen möchte möchten nicht nichts nie niemals immer oft hier dort da dann damals jetzt nun heute gestern morgen bereits etwa
  eher fast ganz gar gerade genau sogar wohl eben ja nein zwar jedoch allerdings dabei dafür dagegen daher darauf darin darum davon
  dazu deshalb deswegen somit also insofern insbesondere allem einmal einfach wieder weiter zudem außerdem ebenfalls ebenso
  gleichzeitig hingegen trotzdem dennoch bzw usw etc gibt gab geben gegeben macht machen machte gemacht sagt sagen sagte gesagt
  geht gehen ging kommt kommen kam lässt lassen ließ steht stehen stand sieht sehen sah zeigt zeigen zeigte bleibt bleiben blieb liegt
  liegen lag heißt hieß braucht brauchen wer was wo wann warum wieso weshalb wie woher wohin worauf worum wovon wozu kaum indes
  allzu zunächst schließlich natürlich tatsächlich vielleicht bisher
  aufgrund angesichts anhand mithilfe infolge bezüglich hinsichtlich seitens zufolge entlang binnen nämlich selbst jeweils
  meines deines unseres eures`,
  fr: `le la les l c j m n s t un une des du de d au aux à a en dans par pour sur sous avec sans entre vers chez contre depuis pendant selon et ou
  mais donc or ni car que qu qui quoi dont où si comme quand lorsque puisque parce je tu il elle on nous vous ils elles me te se lui leur
  leurs mon ma mes ton ta tes son sa ses notre nos votre vos ce cet cette ces cela ceci ça celui celle ceux celles tout toute tous toutes
  autre autres même mêmes chaque plusieurs quelques aucun aucune ne pas plus moins très trop peu beaucoup bien mal aussi encore déjà
  toujours jamais ici là alors puis ensuite enfin ainsi cependant pourtant toutefois néanmoins surtout seulement est sont était étaient
  été être sera seront serait fut ont avait avaient avoir eu aura auraient peut peuvent pourrait pouvoir doit doivent devrait
  devoir fait font faire faisait dit disent dire va vont aller faut faudrait semble semblent reste restent sait savent voit voient
  montre montrent écrit explique estime affirme y jusqu lorsqu puisqu presqu via vs versus suis es sommes êtes ai as avons avez
  étais étions étiez serai seras serons serez parfois souvent forcément vraiment notamment également simplement surtout
  encontre grâce auprès afin lors parmi malgré autour aujourd'hui`,
  es: `el la los las lo un una unos unas del al de a en con por para sin sobre entre desde hasta hacia según contra durante mediante
  ante bajo tras y e o u ni pero sino aunque porque pues que como cuando donde si mientras yo tú él ella ello nosotros nosotras vosotros
  ellos ellas usted ustedes me te se nos os le les mi mis tu tus su sus nuestro nuestra nuestros nuestras este esta estos estas ese esa
  esos esas aquel aquella aquellos aquellas esto eso aquello quien quienes cual cuales cuyo cuya qué cómo cuándo dónde no sí ya muy más
  menos tan tanto tanta tantos tantas mucho mucha muchos muchas poco poca pocos pocas todo toda todos todas otro otra otros otras mismo
  misma mismos mismas cada algún alguno alguna algunos algunas ningún ninguno ninguna también tampoco además así aquí allí ahí ahora
  hoy entonces luego después antes siempre nunca todavía aún solo sólo bien mal es son era eran fue fueron ser sido siendo será serán
  sería está están estaba estaban estar estado ha han había habían haber he hemos hay puede pueden podría podrían poder debe deben
  debería deberían hace hacen hacer hecho dice dicen decir dijo va van ir tiene tienen tener tenía sea sean pues embargo sin
  embargo incluso casi tal vez quizás dentro fuera cerca lejos vía via vs versus soy eres somos sois estoy estás estamos estáis
  has hemos habéis veces realmente simplemente especialmente precisamente
  través debido acerca respecto junto alrededor actualmente demasiado demasiados demasiada demasiadas`,
  it: `il lo la i gli le l un uno una un' di del dello della dei degli delle a al allo alla ai agli alle da dal dallo dalla dai dagli
  dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con col per tra fra e ed o od ma però anche né se che
  chi cui come quando dove perché poiché mentre io tu lui lei noi voi loro mi ti si ci vi ne gli me te sé mio mia miei mie tuo tua
  tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra loro questo questa questi queste quello quella quelli quelle
  non più meno molto molta molti molte poco poca pochi poche tutto tutta tutti tutte altro altra altri altre stesso stessa ogni
  qualche alcuni alcune nessuno nessuna già ancora sempre mai qui qua lì là ora oggi allora poi dopo prima così anzi quindi dunque
  infatti inoltre tuttavia solo soltanto è sono era erano fu furono essere stato stata stati state sarà saranno sarebbe ha ho hai
  abbiamo hanno aveva avevano avere avuto può possono potrebbe potere deve devono dovrebbe dovere fa fanno fare fatto dice dicono dire
  va vanno andare c' è sia siano dell all nell sull dall quest via vs versus sei siamo siete spesso talvolta davvero soprattutto
  attraverso riguardo oltre circa`,
  pt: `o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem sobre entre desde
  até contra durante após perante e ou nem mas porém contudo que como quando onde se porque pois enquanto eu tu ele ela nós vós eles
  elas você vocês me te se nos vos lhe lhes meu minha meus minhas teu tua seu sua seus suas nosso nossa nossos nossas este esta estes
  estas esse essa esses essas aquele aquela aqueles aquelas isto isso aquilo quem qual quais cujo cuja não sim já muito muita muitos
  muitas pouco pouca poucos poucas mais menos tão tanto todo toda todos todas outro outra outros outras mesmo mesma cada algum alguma
  alguns algumas nenhum nenhuma também ainda sempre nunca aqui ali lá agora hoje então depois antes assim apenas só bem mal é são era
  eram foi foram ser sido será serão seria está estão estava estavam estar estado tem têm tinha tinham ter tido há havia haver pode
  podem poderia poder deve devem deveria dever faz fazem fazer feito diz dizem dizer vai vão ir seja sejam via vs versus sou somos
  estou estamos temos tenho vezes realmente simplesmente especialmente
  através devido acerca junto atualmente`,
  nl: `de het een der des den van in op aan bij met voor door naar uit over onder tegen tussen zonder tot sinds na om per via binnen
  buiten en of maar want dus noch dat die dit deze wie wat waar wanneer hoe waarom welke welk als omdat toen terwijl hoewel indien
  ik jij je u hij zij ze wij we jullie mij me jou hem haar ons hen hun zich mijn jouw zijn onze uw niet geen wel ook nog al alle
  alles allemaal veel meer minder weinig zeer heel erg te zo toch dan nu hier daar er erop ervan erin ermee eraan daarom daarin
  daarmee daarvan daarop daardoor hierin hiervan hiermee hierbij altijd nooit vaak soms steeds reeds alweer echter bovendien immers
  namelijk juist gewoon even ongeveer bijna is zijn was waren ben bent geweest wordt worden werd werden geworden heeft hebben had hadden
  gehad kan kunnen kon konden zal zullen zou zouden moet moeten moest moesten mag mogen wil willen wilde doet doen deed gedaan gaat
  gaan ging komt komen kwam zegt zeggen zei laat laten staat staan ziet zien krijgt krijgen iets niets iemand niemand ieder iedere
  elk elke andere ander sommige enkele heb hebt kun kunt mocht mochten wilt wilden zul zult weet weten wist denk denkt dacht
  vind vindt vond vonden maak maakt maakte maken gemaakt geef geeft gaf geven gegeven neem neemt nam nemen genomen blijft blijven
  bleef lijkt lijken leek hoeft hoeven zie zag gezien ga gegaan kom gekomen zeg gezegd gebruikt gebruiken betekent daarna precies
  helemaal eigenlijk natuurlijk misschien waarschijnlijk zeker vooral eerst vervolgens inmiddels tegenwoordig zelfs alleen samen
  opnieuw meteen`,
  pl: `w we z ze na do od o u za przez przy po pod nad przed między dla bez ku oraz i a ale lub albo czy ani że żeby aby bo ponieważ
  gdy kiedy jeśli jeżeli choć chociaż jak jako niż to ten ta te tego tej tym tych temu tą tamten tamta który która które którego
  której którym których co kto czego czym kogo ja ty on ona ono my wy oni one mnie mi mną ciebie cię tobie ci jego go jemu mu nim niego
  niej jej ją nią nas nam nami was wam wami ich im nimi się sobie siebie mój moja moje twój twoja swój swoja swoje swoich swoim nasz
  nasza nasze wasz wasza nie tak już jeszcze też także również tylko bardzo więcej mniej dużo mało wiele wszystko wszyscy wszystkie
  każdy każda każde inny inna inne innych innym sam sama samo tu tam teraz dziś dzisiaj wtedy potem zawsze nigdy często czasem jednak
  więc zatem przecież właśnie nawet prawie około jest są był była było były byli być będzie będą byłby może mogą można musi muszą
  należy trzeba ma mają miał miała mieć jak wśród oto niezwykle bardzo`,
};

/**
 * English function words, read as such in every language: texts in any of them quote English ("peer review", "open
 * access to research", a product's slogan), and a title that ends on "to" or "the" is cut in any language.
 */
const ENGLISH_FUNCTION_WORDS = `the a an and or but nor of to in on at by for from with as into onto than that which who whom whose this these
  those its their his her our your my it they we you he she is are was were be been being has have had do does did will would can could
  should may might must not no so if then when while about over under after before between through without within via per vs`;

const FUNCTION_SETS = new Map<string, ReadonlySet<string>>(
  Object.entries(FUNCTION_WORDS).map(([language, words]) => [
    language,
    new Set(`${words} ${ENGLISH_FUNCTION_WORDS}`.split(/\s+/).filter(Boolean)),
  ]),
);

/** The languages this tagger reads; English has its model (tagger.ts). */
export const readsLanguage = (language: string | null): boolean => language !== null && FUNCTION_SETS.has(language);

/** Languages whose nouns come after their article. */
const ROMANCE = new Set(['es', 'it', 'pt', 'fr']);

/** Words, numbers and marks; an elided article or preposition is a word of its own ("l’Italia", "dell’Europa", "un’altra"). */
const TOKEN = /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}·]|[-'’](?=\p{L}))*|\p{N}(?:[\p{N}]|[.,](?=\p{N}))*|[^\s\p{L}\p{N}]/gu;
const ELIDED = /^([cdlsjmnt]|qu|jusqu|lorsqu|puisqu|presqu|un|all|dell|nell|sull|dall|quest)['’](?=\p{L})/iu;

/** A German word in small letters ending as an adjective declined after an article does, or as a verb: "vorzeitigen", "baulichen", "neuem". */
const DECLINED_AFTER_ARTICLE = /^\p{Ll}+e[nm]$/u;

/** Marks that end a sentence. */
const SENTENCE_END = /^[.!?…]$/;

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const space = start > 0 && /\s/.test(text[start - 1] ?? '');
    const elided = ELIDED.exec(match[0]);
    if (elided) {
      tokens.push({ text: elided[0], pos: 'X', space });
      tokens.push({ text: match[0].slice(elided[0].length), pos: 'X', space: false });
    } else tokens.push({ text: match[0], pos: 'X', space });
  }
  return tokens;
}

/** Links inside a noun phrase ("Erklärung des Premiers", "uso de la bicicleta"): phrases.ts's "of". */
const LINKS = /^(?:des|der|de|d['’]|del|di|della|dei|degli|delle|do|da|dos|das|van)$/i;

/**
 * A word of one letter ("w", "y", "e", an initial) or a short one cut off by a stop ("vgl.", "bzw.", "sog.", "ca."):
 * a function word or an abbreviation, never a title's word.
 */
const oneLetterOrAbbreviation = (tokens: readonly Token[], i: number): boolean => {
  const word = (tokens[i] as Token).text;
  // (Cut off, not ending its sentence: the text goes on in lower case or with a number, "vgl. die", "ca. 50".)
  const cut = tokens[i + 1]?.text === '.' && tokens[i + 1]?.space === false && /^[\p{Ll}\p{N}]/u.test(tokens[i + 2]?.text ?? '');
  return [...word].length === 1 || (/^\p{Ll}{1,4}$/u.test(word) && cut);
};

function tag(tokens: Token[], functionWords: ReadonlySet<string>, language: string): void {
  tokens.forEach((token, i) => {
    const word = token.text.toLowerCase().replace(/[’']$/, '').replace(/’/g, "'");
    let pos: Pos;
    if (!/[\p{L}\p{N}]/u.test(token.text)) pos = 'PUNCT';
    else if (/^\p{N}/u.test(token.text)) pos = 'NUM';
    else if (LINKS.test(token.text)) pos = 'ADP';
    else if (functionWords.has(word) || oneLetterOrAbbreviation(tokens, i)) pos = 'DET';
    else if (language === 'de') {
      // (A capital at a sentence's start says nothing: the word is a noun only when the rest of the text says so.)
      const opening = i === 0 || SENTENCE_END.test(tokens[i - 1]?.text ?? '');
      pos = /^\p{Lu}/u.test(token.text) && !opening ? 'NOUN' : 'ADJ';
      // (Nor after a noun: an adjective stands before its noun, a verb after its subject, "… Rahmensetzung betreffen verschiedene …".)
      if (pos === 'ADJ' && tokens[i - 1]?.pos === 'NOUN') pos = 'VERB';
      // (Nor a word in small letters ending in -en or -em: a verb, or an adjective declined after an article or a preposition,
      // which opens no title: "Vorzeitigen Parlamentswahlen" of "der vorzeitigen Parlamentswahlen", "Baulichen Eingriffen".)
      else if (pos === 'ADJ' && !opening && DECLINED_AFTER_ARTICLE.test(token.text)) pos = 'VERB';
    }
    // (A sentence of a Romance language that names a thing first opens with its article: one that opens with another word
    // opens with a verb or an adverb, "Cruzar de forma segura …", "Trata de impulsar …", "Apparaître des …".)
    else if (ROMANCE.has(language) && (i === 0 || SENTENCE_END.test(tokens[i - 1]?.text ?? ''))) pos = 'VERB';
    // (A Dutch past participle of a verb in -eren: "gelanceerd", "gepubliceerd", "geïnformeerd".)
    else if (language === 'nl' && /^ge\p{L}{3,}eerd$/u.test(word)) pos = 'VERB';
    else pos = 'NOUN';
    token.pos = pos;
  });
}

/** Texts whose tagging is kept: a slide's bullets and notes are read for titles more than once. */
const TAGGED_TEXTS_KEPT = 20_000;

/** The text's sentences of tokens tagged as above; a text read again is answered from memory. */
export function functionWordTagger(language: string): Tagger {
  const functionWords = FUNCTION_SETS.get(language) ?? new Set<string>();
  return boundedMemo((text: string): Token[][] => {
    const sentences: Token[][] = [];
    let sentence: Token[] = [];
    for (const token of tokensOf(text)) {
      sentence.push(token);
      if (SENTENCE_END.test(token.text)) {
        sentences.push(sentence);
        sentence = [];
      }
    }
    if (sentence.length > 0) sentences.push(sentence);
    for (const tokens of sentences) tag(tokens, functionWords, language);
    return sentences;
  }, TAGGED_TEXTS_KEPT);
}

const taggers = new Map<string, Tagger>();
/** The tagger for slide titles in an essay's language: this one where it reads the language, else the English model. */
export function taggerFor(language: string | null): Tagger {
  if (language === null || !readsLanguage(language)) return winkTagger;
  let tagger = taggers.get(language);
  if (!tagger) {
    tagger = functionWordTagger(language);
    taggers.set(language, tagger);
  }
  return tagger;
}
