/**
 * Whether a sentence can stand on a slide alone. A bullet that opens with a pronoun or a
 * demonstrative standing for something said before ("It could just as easily …", "The others
 * are …"), or with a connective answering the sentence before ("But …", "Instead, …"), leans on
 * that sentence: without it on the slide, the bullet misleads or says nothing.
 */

const LEANING_START =
  /^(?:it|its|this|that|these|those|they|them|their|he|she|his|her|such|both|but|and|or|so|yet|also|however|thus|hence|therefore|then|still|instead|otherwise|meanwhile|likewise|similarly|nevertheless|nonetheless|moreover|furthermore|besides|here|there|the other|the others|the latter|the former|the same|another|as a result|in turn|for example|for instance|even so|in other words|in short|that is)\b/i;
/** "There are three reasons …", "It is clear that …", "This paper argues …": openings that refer to nothing before. */
const SELF_STANDING =
  /^(?:there (?:is|are|was|were|will be|has been|have been)|it (?:is|was|will be|would be|has been) (?:(?:a|an|no) )?(?:\w+ )?(?:that|to|not|clear|likely|unlikely|possible|important|time|hard|easy|difficult|true|worth)\b|this (?:paper|post|essay|article|report|piece|brief|note|chapter|section|commentary|analysis|study|review|blog)\b|these (?:are|include)\b)/i;

export function leansOnPrevious(sentence: string): boolean {
  const text = sentence.replace(/^[\s"“‘'(]+/, '');
  return LEANING_START.test(text) && !SELF_STANDING.test(text);
}
