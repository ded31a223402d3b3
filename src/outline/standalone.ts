import { SUMMING_UP } from '../essay/text.js';

/**
 * Whether a sentence can stand on a slide alone. A bullet that opens with a pronoun or a
 * demonstrative standing for something said before ("It could just as easily …", "The others
 * are …", "The first is a loss of faith." after "… two types of risks."), or with a connective
 * answering the sentence before ("But …", "Instead, …"), leans on that sentence: without it on
 * the slide, the bullet misleads or says nothing.
 */

const LEANING_START =
  /^(?:it|its|this|that|these|those|they|them|their|he|she|his|her|such|both|but|and|or|so|yet|also|however|thus|hence|therefore|then|still|instead|otherwise|meanwhile|likewise|similarly|nevertheless|nonetheless|moreover|furthermore|besides|here|there|the other|the others|others|the latter|the former|the (?:first|second|third|fourth|fifth|next|last|final)(?: one)? (?:is|was|are|were)|the same|another|as a result|in turn|for example|for instance|even so|in other words|that is|not even|nor|in (?:this|that) (?:case|context|way|sense|regard|respect|light)|with (?:this|that) in mind|to (?:this|that) end|for (?:this|that) reason|that said|as such|(?:in|by) doing so|at that (?:point|time|stage)|by then|in (?:both|either|each) cases?|all (?:of )?this|in the same (?:vein|way|breath)|at the same time)\b/i;
/** "There are three reasons …", "There’s no reason to wait.", "There can be little doubt …", "It is clear that …", "This paper argues …", "These days …": openings that refer to nothing before. */
const SELF_STANDING =
  /^(?:there (?:is|are|was|were|(?:can|could|may|might|must|should|will|would) (?:also |still )?be|has been|have been)|there['’](?:s|re|ll be)\b|these days\b|it (?:is|was|will be|would be|has been) (?:(?:a|an|no) )?(?:\w+ )?(?:that|to|not|clear|likely|unlikely|possible|important|time|hard|easy|difficult|true|worth)\b|this (?:paper|post|essay|article|report|piece|brief|note|chapter|section|commentary|analysis|study|review|blog)\b|these (?:are|include)\b(?=[^.!?]*:\s*$))/i;

/**
 * The same openings in the other languages the deck speaks: demonstratives and connectives ("Dabei …", "Und das …", "Cela
 * …", "Sin embargo, …", "Isso …", "Questo …", "Daarom …"), "for this reason" and "in this case" ("Por esta razón, …",
 * "Aus diesem Grund …"), and the words for "such" ("Solche Leute …", "De telles
 * propositions …"; not Spanish "Tales", an English word too). German "Das" only before a word in lower case, a pronoun
 * ("Das ist …"); before a noun, capitalised there, it is the article ("Das Internet ist …").
 */
const LEANING_START_ELSEWHERE = new RegExp(
  String.raw`^(?:` +
    // German
    String.raw`Das(?=\s+\p{Ll})|Dies(?:e[rsmn]?)?|Andere(?=\s+\p{Ll})|Solche[rsmn]?|Aus diesem Grund|In diesem Fall|` +
    'Aber|Und|Oder|Doch|Jedoch|Dann|Daher|Deshalb|Deswegen|Darum|Dabei|Dazu|Damit|Trotzdem|Allerdings|Außerdem|Zudem|Somit|Folglich|Stattdessen|' +
    // French
    String.raw`Cela|Ceci|Ça|Ce|Cette|Ces|Pour cette raison|C['’]est pourquoi|Dans ce cas|` +
    "Celui|Celle|Ceux|Celles|Ils|Elles|D['’]autres|De tel(?:le)?s|Tel(?:le)?s|Mais|Et|Donc|Ainsi|Cependant|Pourtant|Toutefois|Néanmoins|Alors|Puis|Ensuite|De plus|En outre|Par ailleurs|" +
    // Spanish
    String.raw`Esto|Eso|Ello|Est(?:[ea]s?|os)|Es(?:[ea]s?|os)|Por (?:esta|esa) razón|Por (?:este|ese) motivo|En (?:este|ese) caso|` +
    'Otr[oa]s|Ell[oa]s|Pero|Sin embargo|Por eso|Por lo tanto|Además|Entonces|Luego|También|' +
    // Portuguese
    String.raw`Isso|Isto|Ess[ea]s?|Por (?:esta|essa) razão|Por (?:este|esse) motivo|Nesse caso|Neste caso|` +
    'Outr[oa]s|El[ae]s|Mas|No entanto|Porém|Contudo|Por isso|Portanto|Além disso|Então|' +
    // Italian
    String.raw`Quest[oaie]|Ciò|Tali|Per questo motivo|Per questa ragione|In questo caso|` +
    'Quell[oaie]|Altr[ie]|Però|Tuttavia|Quindi|Dunque|Perciò|Inoltre|Allora|' +
    // Dutch
    String.raw`Dit|Deze|Zulke|Anderen|Om (?:deze|die) reden|In dat geval|Daarom|Daarnaast|Bovendien|Maar|Echter|Toch|Dus` +
    String.raw`)(?![\p{L}\d'’-])`,
  'u',
);

/**
 * Whether `sentence` leans on the sentence before it. (`looksBackOnDeck`: it opens a paragraph of the conclusion, where
 * an opening phrase on what was said, "None of these ideas is new, …", "By following these principles, …", looks back
 * on the essay's points, which the deck showed before it.)
 */
export function leansOnPrevious(sentence: string, looksBackOnDeck = false): boolean {
  const text = sentence.replace(/^[\s"“‘'(]+/, '');
  // Words that sum up what came before ("In short, …") stand for it: what the sentence says after them may lean.
  const summed = SUMMING_UP.exec(text)?.[1];
  if (summed) return leansOnPrevious(summed, looksBackOnDeck);
  const afterOpening = DEPENDENT_ON_PRONOUN.exec(text)?.[1];
  return (
    ((LEANING_START.test(text) || LEANING_START_ELSEWHERE.test(text)) && !SELF_STANDING.test(text) && !IT_EXTRAPOSED.test(text)) ||
    (afterOpening !== undefined && !IT_EXTRAPOSED.test(afterOpening) && !IT_COMES_TO.test(afterOpening)) ||
    REFERS_BACK.test(text) ||
    REFERS_BACK_ELSEWHERE.test(text) ||
    (!looksBackOnDeck && OPENS_ON_WHAT_WAS_SAID.test(text))
  );
}

/**
 * A sentence that opens with a clause whose subject is a pronoun or a demonstrative, standing for something said before:
 * "If they don't, then …", "If these trends continue, …", "When they start to stall, …", "While this seems simple, …"
 * (held-back review L: half of an if/then shown as the author's view). The group holds what follows the opening word.
 */
const DEPENDENT_ON_PRONOUN =
  /^(?:if|when|whenever|unless|because|although|though|while|since|once|until|as long as|even if|even though|whether)\s+((?:it|they|this|that|these|those|he|she)\b.*)$/is;
/** "When it comes to …": an "it" that stands for nothing said before. */
const IT_COMES_TO = /^it\s+(?:comes?|came)\s+to\b/i;

/**
 * A demonstrative standing alone, later in the sentence, for what was said before it: "A really good example of this is
 * GOV.UK Notify.", "None of this is new.", "There are two fundamental reasons for this.", "I've never agreed to this, but
 * …". After a preposition, a question's word or "if", and before a stop or a verb it is a pronoun: "If this happens, …",
 * "… models for how this can be done.", "What this means is …"; "of this policy" names its own noun, and "like this:"
 * points at what follows, as "those who" does. (Not after "and" or "but": "Things go wrong, and that's to be expected."
 * points at its own sentence's first clause.)
 */
const REFERS_BACK =
  /\b(?:of|about|to|with|from|for|on|by|after|despite|like|beyond|against|than|into|through|behind|towards?|around|over|under|without|upon|how|what|why|whether|where|when|if)\s+(?:all\s+)?(?:this|that|these|those)(?!\s*,?\s*(?:who|whom|whose|which|that)\b)(?=\s*[.,;!?)"”’]|\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|means|meant|seems?|remains?|happens?|happened)\b)/i;
/**
 * An opening phrase, before the first comma, about what was said before: "Reacting to such concerns, the Supreme Court
 * has stated …" (tuning review T: which concerns?), "To address these vulnerabilities, three immediate steps are
 * essential.", "Despite these collective effects, …", "In such a system, …", "In each of these cases, …". (Not "such as"
 * giving examples, nor "those" who are named after it: "For those running a restaurant, …".)
 */
const OPENS_ON_WHAT_WAS_SAID =
  /^(?:[\p{L}'’-]+\s+){1,4}(?:such(?!\s+as\b)|these|those(?!\s+(?:who|whom|whose|which|that|with|in|of|at|on|for|\p{L}+ing)\b))(?:\s+[\p{L}\p{N}'’-]+){1,3},\s/iu;
/**
 * The same in the deck's other languages, with the pronouns that are never determiners: "Pour lutter contre cela, …",
 * "Nous devons convaincre nos concitoyens de cela.", "por eso", "disso", "per ciò" (not "ciò che", "what").
 */
const REFERS_BACK_ELSEWHERE =
  /(?<![\p{L}'’])(?:(?:de|contre|pour|avec|sur|par|après|malgré|sans|à) (?:cela|ceci|ça)|(?:de|con|por|para|sobre|contra|sin|tras|ante) (?:esto|eso|ello|aquello)|disso|disto|nisso|nisto|daquilo|naquilo|(?:com|por|para|sobre|contra|sem|após) (?:isso|isto|aquilo)|(?:di|per|con|su|contro|senza|dopo|a|da|in) ciò(?! (?:che|cui|di cui)\b))(?![\p{L}'’])/iu;

/**
 * An "it" that stands for the clause after it, not for anything said before: "It is an accepted fact that …", "It is
 * still too early to predict …", "It may seem odd for us to …", "It will take all of us working together to …". The word
 * after the verb (and its adverbs) must judge, as an adjective or a noun of judging does: "It needs to go both ways",
 * "It’s why …", "It would combine …" stand for something said before.
 */
const IT_EXTRAPOSED = new RegExp(
  String.raw`^it(?:['’]s| is| was| would be| will be| may be| might be| could be| can be| seems| seemed| may seem| might seem| remains| becomes| has become)` +
    String.raw`(?: (?:not|still|also|usually|quite|very|too|so|more|less|no longer|now|often|always|equally|especially|particularly|increasingly|perhaps|probably|therefore|thus|even|simply|just|already|hardly|rarely|entirely|far|much))*` +
    String.raw` (?:an? |the )?(?:(?:accepted|well-known|known|open|simple|good|bad|great|real|common)(?: |-))?` +
    String.raw`(?:clear|unclear|likely|unlikely|possible|impossible|important|crucial|essential|vital|necessary|unnecessary|hard|easy|difficult|true|false|worth|odd|strange|surprising|unsurprising|remarkable|striking|interesting|obvious|evident|apparent|paradoxical|ironic|early|late|safe|fair|unfair|wrong|right|tempting|useful|helpful|fact|time|shame|pity|mistake|question|matter|job|idea|sense)\b` +
    String.raw`|^it (?:will |would |could |might |may )?takes? [^.!?]{0,60}\bto\b`,
  'i',
);
