import {
  capitalizeFirst,
  endsLikeSentence,
  matchKey,
  POINTS_ELSEWHERE,
  READING_ELSEWHERE,
  SUMMING_UP,
  TO_THE_READER,
  wordCount,
} from '../essay/text.js';
import type { Bullet, Paragraph, Sentence } from '../types.js';
import { CLAIM, CLAIM_CUE, EXAMPLE, EXAMPLE_CUE, POINTER_CUE } from './cues.js';
import { type Quotation, quotationsOf } from './quotations.js';
import { quotesPaired, removeRemovableParts, splitClauses } from './shorten.js';
import { leansOnPrevious } from './standalone.js';
import { EssayWords } from './words.js';

/** Longest bullet read comfortably from the back of a room. */
export const MAX_BULLET_WORDS = 22;
/** The deck's bullets should be this long or shorter at the median. */
export const MEDIAN_BULLET_WORDS = 14;
/** Longest bullet a slide of long sentences takes beside its one other, rather than show a single point. */
const SECOND_BULLET_MAX_WORDS = 30;
/** Longest bullet added beside another on the same slide. */
const SCAN_WORDS = 20;
/** Bullets a key-point slide holds at most, and at least when it has the sentences. */
export const MAX_BULLETS = 4;
export const MIN_BULLETS = 2;
/** A slide takes at most this many bullets from one paragraph, so each paragraph it covers speaks. */
const PER_PARAGRAPH = 2;

/** Content words a bullet carries to say something of its own; each one short costs THIN_COST. */
const INFORMATIVE_MIN_WORDS = 4;
const THIN_COST = 0.6;
/** A statement with no content word at all ("Indeed.", "And it can.") says nothing a slide can show: any other sentence goes first. */
const EMPTY_COST = 10;
/** A spoken aside opening the sentence: "Ahh, if only …", "Boy, do they ever." */
const INTERJECTION = /^(?:ah+|oh+|boy|wow|alas|well|okay|ok|hey|sure|yes|no|indeed)\b[,!.]/i;
/**
 * A sentence that steers the reader round the page rather than stating a point: a signpost ("Let’s
 * start with TFP.", "To start with, let's take a closer look at …", "We’ll look at each of these …", "In this article,
 * I'll argue …") or a pointer to what the slide does not show
 * ("See Figure 7 below.", "You can find the video above."). A pointer that goes on to say what the
 * figure shows ("The table shows that …") states its point and pays nothing.
 */
const SIGNPOST =
  /^(?:(?:(?:so|now|first|first of all|next|then|finally|to (?:start|begin)(?: with| off)?),?\s+)?(?:let['’]s|let us)\s+(?:start|begin|step back|take a (?:step back|look|closer look)|think|turn|look|dive|get (?:started|into)|break|move|go back|recap|return|now)\b|(?:we|i)(?:['’]ll| will)\s+(?:start|begin|look|turn|explore|examine|go through|walk through|come back)\b|see\s+(?:figure|fig\.|table|chart|graph|below|above)\b|in this (?:post|article|piece|essay|paper),?\s+(?:i|we)(?:['’]ll| will| want to| am going to| are going to| aim to)\s)/i;
/**
 * A sentence that sends the room to read more elsewhere: "For more on this topic, please check out our far more detailed
 * paper …", "You can read our far more detailed arguments on why …", "You can read both Apple’s submission to the EU
 * here, and … OWA’s full report.". A slide shows it only when it has nothing else.
 */
const READ_MORE = new RegExp(
  String.raw`^(?:for (?:more|further) (?:on|about|information|details|reading)\b|you can (?:read|find|learn) (?:more|our|about)\b|${READING_ELSEWHERE})`,
  'i',
);
/** Whether a sentence sends the room to read elsewhere or speaks to the page's reader (READ_MORE, TO_THE_READER). */
function speaksAside(text: string): boolean {
  const trimmed = text.trimStart();
  return READ_MORE.test(trimmed) || TO_THE_READER.test(trimmed);
}
const POINTER =
  /\b(?:below|above)[.:]?$|\b(?:figure|chart|graph|table|video|map|image|picture)\s+(?:below|above)\b(?![^.]*\bshows? that\b)/i;
const SIGNPOST_COST = 1.5;
/**
 * A sentence inside its paragraph that turns on what came before, to the point the paragraph builds to: "But …",
 * "However, …", "Thus …", "In fact, …", "That is why …". Presenter reviews: slides showed a paragraph's set-up, the
 * view it rebuts or the concession, and left out the point after it. (Those that lean, "But …", "However, …", come
 * with the sentence before them or not at all.)
 */
const TURN =
  /^(?:but|however|yet|thus|therefore|hence|instead|in fact|rather|still|nevertheless|nonetheless|ultimately|that(?:['’]s| is) why|this is why)\b/i;
const TURN_SCORE = 1.5;
/**
 * The turns of TURN that set what follows against what came before: the sentence before, shown alone, says what the
 * paragraph goes on to deny or correct (presenter review 2026-12-08a: "I said earlier NHS Choices had told me everything I
 * wanted to know." without "But it didn't tell me everything I *needed* to know."). (Not a concession, "Still, …", "That
 * said, …": the sentence before it is the point as often as not.)
 */
const AGAINST_WORDS = 'but|however|yet';
const TURNS_AGAINST = new RegExp(String.raw`^(?:${AGAINST_WORDS})\b(?!\s+(?:another|again|more|other)\b)`, 'i');
/** A TURNS_AGAINST word opening a sentence, with its comma: what shortening takes out of a bullet. */
const TURN_OPENER = new RegExp(String.raw`^(?:${AGAINST_WORDS}),?\s+`, 'i');
/**
 * What a sentence inside its paragraph that sums up what came before gains ("In short, trade barriers do not appear to be
 * asymmetrically stacked against poor countries.", "En résumé, …"): a topic sentence's place, as the author's own
 * summary of a point does. (Opening its paragraph, it has that place already.) Presenter reviews: slides showed a
 * paragraph's evidence and left its "In short, …" to the notes.
 */
const SUMMING_SCORE = 2;
/**
 * A sentence in which the author states their position: "I believe we should fund research publicly …", "We recommend
 * a font size of at least 15 pixels.", "I propose an annual AI Gains Audit …", "My argument is that …", "Nous pensons
 * que …", "Wir fordern …", "Creemos que …", "Riteniamo che …", "Wij pleiten voor …". (Not "I think": a hedge as often as
 * a stance.) Presenter reviews: the author's thesis left to the notes ("En résumé, nous pensons qu'une politique … sera
 * contre-productive …"). (What opens the clause is looked behind for: tried at every position first, it took a third
 * more of a 6.8 MB essay's time.)
 */
const STANCE =
  /(?<=^|[,;:]\s+|\b(?:and|but|so|therefore|thus|hence)\s+)(?:(?:i|we)\s+(?:(?:would|strongly|firmly|therefore|also|still|do|truly|really|now)\s+)*(?:believe|argue|contend|conclude|maintain|propose|recommend|urge|call (?:on|for))\b|(?:my|our) (?:argument|view|position|recommendation|proposal|contention|conclusion|thesis) is\b|(?:je|nous) (?:pense|pensons|crois|croyons|estime|estimons|propose|proposons|demande|demandons|recommande|recommandons)\b|(?:ich|wir) (?:glaube|glauben|fordere|fordern|empfehle|empfehlen|schlage|schlagen)\b|(?:creo|creemos|pienso|pensamos|consideramos|propongo|proponemos|recomendamos) |(?:acredito|acreditamos|defendemos|propomos|proponho|recomendamos) |(?:credo|crediamo|riteniamo|ritengo|proponiamo|propongo|raccomandiamo) |(?:ik|wij|we) (?:denk|denken|geloof|geloven|pleit|pleiten|stel|stellen)\b)/iu;
/** What stating the author's position gains (STANCE): as much as a turn to the paragraph's point. */
const STANCE_SCORE = 1.5;
/** The fewest words in which a position names what it is on: "it’s possible and necessary" names nothing. */
const STANCE_MIN_WORDS = 5;
/**
 * Whether a sentence states the author's position (STANCE) on something it names: not "As urban planners and
 * researchers, we believe it’s possible and necessary." nor "I believe the same reasoning fits …", whose position is on
 * what came before.
 */
function statesStance(text: string): boolean {
  const stance = STANCE.exec(text);
  if (!stance) return false;
  const held = text.slice(stance.index + stance[0].length).replace(/^\s*(?:that|que|dass|che|dat)\s+/iu, '');
  return wordCount(held) >= STANCE_MIN_WORDS && !leansOnPrevious(held);
}
/**
 * What opening on a word that points back ("This lets them …", "They managed to …") costs a sentence whose previous
 * sentence the slide does not show: the room cannot tell what it points to, so almost any upright sentence of the part
 * goes first. (Measured on the tuning corpus, `npm run report`: 1.5 left 91 such bullets, 3.5 leaves 78, with no more
 * thin bullets, signposts or one-bullet slides than before, give or take one.)
 */
const LEANING_COST = 3.5;
/** Signs of a program's text: generics, paths, calls, snake_case. */
const CODE_NAME = /<[^<>\s]*>|::|\w\(\)|\w_\w/;
/** A command to type, with its flags, or a line of them: "python -m minisgl --model "Qwen/Qwen3-32B" --tp 4", "--disable-radix --port 1919". */
const COMMAND_LINE = /^(?:(?:\$\s+)?[a-z][\w.-]*(?:\s+[\w./:=-]+){0,2}\s+--?|--)[a-z][\w-]*(?:\s|$)/;
/**
 * TeX math as a Markdown post writes it for MathJax or KaTeX: "$$…$$", "\\(…\\)", "\\[…\\]", or a command ("\\frac", "\\text").
 * The notes read it as written; a slide would show the source, not the formula ("Years $$= 2100 - 2050 = 50$$").
 */
const TEX_MATH = /\$\$|\\[()[\]]|\\(?:frac|text|times|mathbb|mathcal|left|right|sum|int|approx|cdot)\b/;
/** A line of a listing: a comment's mark, braces, a call closed by a semicolon, markup's tags ("// Before: String.Index iteration", "for i in 0..<bytes.count {", "<li></table>"). */
const CODE_TEXT = /^\s*(?:\/\/|\/\*)|\s\/\/\s|[{}]|[)\]]\s*;\s*$|<\/?[a-z][\w-]*>/i;
const CODE_NAME_COST = 3;

/** The sentences of one paragraph (or part of one) that a slide covers. */
export interface SentenceRun {
  sentences: readonly Sentence[];
  /** Its paragraph: a table's row is read in the notes but states no point of its own; its lines, where it stands. */
  paragraph?: Pick<Paragraph, 'kind'> & Partial<Pick<Paragraph, 'lines'>>;
}

interface Candidate {
  run: number;
  /** Position in its run. */
  index: number;
  sentence: Sentence;
  /** Its score with its bullets' lengths not weighed, as if it did not lean: never below its score (see `textScores`). */
  bound: number;
  /** The same if it leans. */
  leaning: number;
  /** Fewer than INFORMATIVE_MIN_WORDS content words: it sets up, links or reacts. */
  thin: boolean;
  /** A signpost (SIGNPOST): it steers the reader round the page. */
  signpost: boolean;
  /** Its bullets, and its exact score; worked out when first asked (see `shapeOf`). */
  shape: Shape | undefined;
  /** Its text may go on a slide: no signature, command or listing's line; read when first asked (see `fits`). */
  showable: boolean | undefined;
  /** The essay's last sentence, where its argument lands: it may run to LANDING_MAX_WORDS. */
  lands: boolean;
  /** It opens a paragraph of the part where the essay's argument lands: what it looks back on is what the deck showed. */
  looksBackOnDeck: boolean;
  /** It opens by summing up what came before (SUMMING_UP): it may run to LANDING_MAX_WORDS. */
  sumsUp: boolean;
  /** It says every content word of the author's heading over its section: it may run to LANDING_MAX_WORDS. */
  saysHeading: boolean;
  /** It is all a quotation, and the sentence before names its speaker (QUOTATION_ALONE): it leans on that sentence. */
  quotesSpeakerBefore: boolean;
  /**
   * It opens by turning against the sentence before (TURNS_AGAINST), which comes with it or not at all. (Not a turn that
   * asks, "But what's the best way to reach them?": the answer to it is the point.)
   */
  turnsAgainst: boolean;
}

/**
 * A sentence that is all a quotation: "“Everyone knows there are conflicting claims.”". After a sentence that names its
 * speaker ("“The intellectual property in this space is pretty complex …,” says Rodger Novak, … CEO of CRISPR
 * Therapeutics, …") it is theirs, and alone on a slide it reads as the author's own (presenter review 2026-12-08a).
 */
const QUOTATION_ALONE = /^["“„«][^"“”„«»]+["”»]$/;
/** Words that give what is quoted to someone. */
const NAMES_SPEAKER =
  /\b(?:says?|said|told|tells|writes?|wrote|adds?|added|explains?|explained|notes?|noted|argues?|argued|according to|asks?|asked|recalls?|recalled|insists?|insisted|warns?|warned)\b/i;

/** What a candidate puts on the slide, and its score. */
interface Shape {
  bullets: string[];
  /** Each bullet's word count. */
  lengths: number[];
  leans: boolean;
  score: number;
}

/** How many bullets a slide of `sentences` sentences gets: 2–4, fewer only when it has fewer. */
export function bulletBudget(sentences: number): number {
  if (sentences <= MIN_BULLETS) return sentences;
  return Math.min(MAX_BULLETS, Math.max(MIN_BULLETS, Math.ceil(sentences / 3)));
}

/** How strongly a sentence carries its paragraph's point, and how well it reads as a bullet. */
/** The signature under a quotation or an embedded post ("— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019"): no point of its own. */
const ATTRIBUTION = /^\s*[—―–]\s*\p{Lu}/u;

/**
 * The slide's content words by their numbers (`EssayWords.sentenceContentWords`): each one's count in
 * all the slide's sentences, valid while its `counted` is the slide's number, and the last
 * sentence (by number, over all slides) that counted it as its own. Kept between slides, so a
 * slide costs its own words, not the essay's.
 */
let slideCounts: Int32Array = new Int32Array(0);
let slideCounted: Int32Array = new Int32Array(0);
let lastSentence: Int32Array = new Int32Array(0);
let slidesCounted = 0;
let sentencesCounted = 0;

/** Makes room for content words numbered below `count`. */
function reserve(count: number): void {
  if (count <= slideCounts.length) return;
  const size = Math.max(count, slideCounts.length * 2);
  const grow = (array: Int32Array): Int32Array => {
    const grown = new Int32Array(size);
    grown.set(array);
    return grown;
  };
  slideCounts = grow(slideCounts);
  slideCounted = grow(slideCounted);
  lastSentence = grow(lastSentence);
}

/**
 * A sentence's distinct content words, and the times those words occur in the slide's other
 * sentences. (Counted in place with `lastSentence`: no map of counts per sentence.)
 */
function sharing(ownWords: ArrayLike<number>): { distinct: number; shared: number } {
  const sentence = ++sentencesCounted;
  let distinct = 0;
  let occurrences = 0;
  for (let i = 0; i < ownWords.length; i++) {
    const word = ownWords[i] as number;
    if (lastSentence[word] === sentence) continue;
    lastSentence[word] = sentence;
    distinct++;
    occurrences += slideCounts[word] as number;
  }
  // (The slide's count of each word holds the sentence's own occurrences of it.)
  return { distinct, shared: occurrences - ownWords.length };
}

/**
 * A sentence's score before its bullets' lengths are weighed (`lengthScore` weighs them), as it
 * stands on its own (`upright`) and if it leans on the sentence before (`leaning`: the same steps,
 * less what leaning costs). Each step adds to or takes from the score an amount that does not
 * depend on it, so `upright` is never below `leaning`; the lengths only take away: `upright`
 * bounds the sentence's score from above. (`cues`, of cues.ts, says which of CLAIM and EXAMPLE
 * its words may match, and whether one may hold "below" or "above": the others are not tried.)
 */
function textScores(
  text: string,
  index: number,
  runLength: number,
  { distinct, shared }: { distinct: number; shared: number },
  cues: number,
): { upright: number; leaning: number; signpost: boolean; turn: boolean; sumsUp: boolean } {
  const question = text.trim().endsWith('?');
  // The topic sentence leads; a closing sentence often states the upshot.
  let upright = index === 0 ? 2 : index === runLength - 1 ? 0.3 : 0;
  upright += Math.min(2, (cues & CLAIM_CUE ? distinctClaims(text.toLowerCase()) : 0) * 0.8);
  if (cues & EXAMPLE_CUE && EXAMPLE.test(text)) upright -= 1;
  if (text.startsWith('(')) upright -= 2;
  const sumsUp = SUMMING_UP.test(text);
  if (index > 0 && sumsUp) upright += SUMMING_SCORE;
  if (!question && statesStance(text)) upright += STANCE_SCORE;
  if (FIGURE.test(text)) upright += FIGURE_SCORE;
  if (question) upright -= 1.5;
  let leaning = upright - LEANING_COST;
  // A statement of few content words sets up, links or reacts ("Let’s say what the Yahoo sale is
  // not.", "It would be surprising if it was not."): it tells the room little on its own. (A
  // question pays its own cost above.)
  if (!question) {
    const thin = Math.max(0, INFORMATIVE_MIN_WORDS - distinct) * THIN_COST + (distinct === 0 ? EMPTY_COST : 0);
    upright -= thin;
    leaning -= thin;
  }
  if (INTERJECTION.test(text)) {
    upright -= 1;
    leaning -= 1;
  }
  if (speaksAside(text)) {
    upright -= EMPTY_COST;
    leaning -= EMPTY_COST;
  }
  // (The pointer's pattern only where "below" or "above" is written: most sentences have neither.
  // The cues say which may: the two looks through every sentence took some 20 ms of a 10 MB essay.)
  const signpost = SIGNPOST.test(text);
  if (signpost || (cues & POINTER_CUE && (text.includes('elow') || text.includes('bove')) && POINTER.test(text))) {
    upright -= SIGNPOST_COST;
    leaning -= SIGNPOST_COST;
  }
  // A name from a program's interface set as a list item ("impl PartialEq<CString> for CStr") states no point.
  if (!endsLikeSentence(text) && CODE_NAME.test(text)) {
    upright -= CODE_NAME_COST;
    leaning -= CODE_NAME_COST;
  }
  // Centrality: content words this sentence shares with the rest of the slide's text.
  const centrality = Math.min(2, shared / Math.sqrt(Math.max(1, distinct)));
  // (A turn of few words is a reaction more than a point: "In fact, defaults matter a lot!")
  const turn = index > 0 && distinct >= INFORMATIVE_MIN_WORDS && TURN.test(text);
  return { upright: upright + centrality, leaning: leaning + centrality, signpost, turn, sumsUp };
}

/**
 * A figure the sentence states: a share, a sum of money, a count in millions, a change by a factor ("20% of all
 * Americans", "$600", "1.1 billion Indians", "more than doubled"). A briefing's audience takes figures away; presenter
 * reviews found decks that kept a paragraph's anecdote and left its figures in the notes. (A year or a date alone is none.)
 */
const FIGURE =
  /\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per cent\b|pour cent\b|prozent\b|por ciento\b|por cento\b|per cento\b|procent\b)|[$€£]\s?\d|\b\d[\d,.]*\s+(?:millions?|billions?|trillions?|milliards?|milliarden|millones|mil millones|miliardi|miljoen|miljard)\b|\b(?:doubled|tripled|quadrupled|halved|verdoppelt|verdreifacht|halbiert|doublé|triplé|duplicado|triplicado)\b/iu;
/** What stating a figure gains: less than a topic sentence's place. */
const FIGURE_SCORE = 0.8;
/** What a slide's bullets are picked with, beyond its sentences. */
export interface Picking {
  /** The essay's word keys and counts. */
  words?: EssayWords;
  /** Content words of the title the part's points stand under (the essay's, for the context and the conclusion). */
  focus?: ReadonlySet<number>;
  /** Texts the title slide shows already (matchKey form): no bullet repeats them. */
  shown?: ReadonlySet<string>;
  /** The essay's last sentence, where its argument lands (on the conclusion's slides): it weighs as a topic sentence does. */
  landing?: Sentence | undefined;
  /** Content words of the author's heading over a section's points: a sentence that says them all may run longer. */
  heading?: ReadonlySet<number> | undefined;
}
/** What the essay's last sentence gains: a topic sentence's place. */
const LANDING_SCORE = 2;
/**
 * The essay's last sentence may run this long on a slide, where another bullet may not pass MAX_BULLET_WORDS: it is where
 * the argument lands, and half of the conclusions that did not show it were longer than a bullet ("And the real heart of
 * what I learned … is encapsulated by the three things I've talked about here: …"). So may a sentence of the author's own
 * summary (Sentence.summary), which states a point as they chose to say it: "If there is one substantial ideological shift
 * in American public opinion in the post-war period, it is the dramatic and near-universal increase in social liberalism
 * since the 1950s." (28 words, a TL;DR's first sentence). So may a sentence that sums up its paragraph (SUMMING_UP): "In
 * short, our law isn't written to be read by those subject to it, not to mention most of those in government who
 * administer and enforce it." (27 words).
 */
const LANDING_MAX_WORDS = 30;
/**
 * What a sentence the author set in bold gains (Sentence.stressed), or one of their own summary (Sentence.summary): a
 * topic sentence's place too, the author's own mark of a point.
 */
const STRESSED_SCORE = 2;
/** No text on screen elsewhere that a bullet could repeat. */
const NOTHING_SHOWN: ReadonlySet<string> = new Set();
/**
 * A sentence that says what the author's heading over its section says, every content word of it, may run to
 * LANDING_MAX_WORDS: it states the point the heading names, in the author's words ("A more concerning side-effect of a
 * National Identity Register would be that everyone in the UK would be forced compulsorily to inform the State of any
 * change of address." under "Changes of address"; presenter review 2026-12-08a: slides without the sentence that gives
 * their heading's point, "But the real zinger is Rule 7 which …" under "The Real Zinger"). Not a heading of one content
 * word, which a sentence says in passing. (It gains no score for it: tried, the slides took sentences that merely
 * repeat the heading's words.)
 */
const HEADING_MIN_WORDS = 2;
/** No title to say a slide's point: every sentence scores as it stands. */
const NO_FOCUS: ReadonlySet<number> = new Set();
/** Each content word of the title a sentence says adds this much, up to FOCUS_MAX: as much as a topic sentence's place, at most. */
const FOCUS_WORD = 0.6;
const FOCUS_MAX = 1.8;

/** How many different words of `wanted` the content words `own` say. */
function wordsSaid(own: ArrayLike<number>, wanted: ReadonlySet<number>): number {
  let said = 0;
  const seen: number[] = [];
  for (let i = 0; i < own.length; i++) {
    const word = own[i] as number;
    if (wanted.has(word) && !seen.includes(word)) {
      seen.push(word);
      said++;
    }
  }
  return said;
}

/** What a sentence gains by saying the words of the title its slide's part stands under (`focus`: their content words). */
function focusScore(own: ArrayLike<number>, focus: ReadonlySet<number>): number {
  return Math.min(FOCUS_MAX, wordsSaid(own, focus) * FOCUS_WORD);
}

/**
 * `new Set(lowered.match(CLAIM)).size`: the different claim words of a text, counted as they are
 * found. (A sentence holds few: no array of matches and no set for each of the essay's sentences.)
 */
export function distinctClaims(lowered: string): number {
  const seen: string[] = [];
  CLAIM.lastIndex = 0;
  for (let match = CLAIM.exec(lowered); match; match = CLAIM.exec(lowered)) {
    if (!seen.includes(match[0])) seen.push(match[0]);
  }
  return seen.length;
}

/**
 * The most a bullet's length, within MAX_BULLET_WORDS, costs it: a topic sentence's place and a little more. Unbounded,
 * a sentence of 21 words paid 4 and lost to any short one beside it: a conclusion showed "The warming impact of 1,000
 * MtCO₂ is negligible …" and not its thesis, "This analysis demonstrates that concerns about … are unfounded." (presenter
 * reviews: key claims missing, side details shown). Measured on the tuning corpus (`npm run report`), caps of 1.5, 2, 2.5
 * and 3 against none: leaning bullets 61, 63, 65, 67 against 76, thin ones 341, 352, 362, 374 against 382, with the
 * median bullet at 14 words for 1.5, 13 for the others and for none.
 */
const LENGTH_COST_MAX = 2.5;

/** A score of `textScores` with the bullets' word counts weighed: only ever lower. */
function lengthScore(value: number, lengths: readonly number[], allowed = MAX_BULLET_WORDS): number {
  let score = value;
  const longest = Math.max(...lengths);
  if (longest > allowed) score -= 5;
  if (longest < 6) score -= 1;
  // Shorter reads better from the back of the room: past 12 words each word costs a little.
  const mean = lengths.reduce((sum, n) => sum + n, 0) / Math.max(1, lengths.length);
  score -= Math.min(LENGTH_COST_MAX, Math.max(0, mean - 12) * 0.45);
  return score;
}

/** The most words a candidate's bullets may have where others may have `limit`: more for the essay's last sentence. */
const wordsAllowed = (candidate: Candidate, limit: number): number =>
  candidate.lands || candidate.sentence.summary || candidate.sumsUp || candidate.saysHeading ? Math.max(limit, LANDING_MAX_WORDS) : limit;

/** A candidate's bullets and exact score, worked out on first use: most sentences of a long slide are never looked at. */
function shapeOf(candidate: Candidate): Shape {
  if (candidate.shape) return candidate.shape;
  const bullets: string[] = [];
  const lengths: number[] = [];
  const shortened = removeRemovableParts(candidate.sentence.text);
  const words = wordCount(shortened);
  // (splitClauses leaves a sentence of MAX_BULLET_WORDS or fewer whole: its count is known.)
  if (words > MAX_BULLET_WORDS) {
    for (const text of splitClauses(shortened, MAX_BULLET_WORDS, words)) {
      // (A sentence with no clause to split off comes back whole: its count is known.)
      const clauseWords = text === shortened ? words : wordCount(text);
      if (clauseWords === 0) continue;
      bullets.push(text);
      lengths.push(clauseWords);
    }
  } else if (words > 0) {
    bullets.push(shortened);
    lengths.push(words);
  }
  const leans = candidate.quotesSpeakerBefore || leansOnPrevious(bullets[0] ?? candidate.sentence.text, candidate.looksBackOnDeck);
  const allowed = wordsAllowed(candidate, MAX_BULLET_WORDS);
  candidate.shape = { bullets, lengths, leans, score: lengthScore(leans ? candidate.leaning : candidate.bound, lengths, allowed) };
  return candidate.shape;
}

/** The order of the ranking: best score first, ties in the essay's order. */
const byRank = (a: { candidate: Candidate; score: number }, b: { candidate: Candidate; score: number }): number =>
  b.score - a.score || a.candidate.run - b.candidate.run || a.candidate.index - b.candidate.index;

/**
 * The candidates ranked by score (see `byRank`), read from the top: a candidate's exact score
 * is worked out only once its bound says it may come next. One whose score beats every bound
 * left comes before all those not yet scored, since none can score above its bound; so the
 * order is the order of sorting them all by exact score.
 */
class Ranking {
  private readonly ranked: Candidate[] = [];
  /** Scored but not yet ranked, worst first. */
  private readonly scored: Array<{ candidate: Candidate; score: number }> = [];
  private readonly byBound: Candidate[];
  private next = 0;

  constructor(candidates: Candidate[]) {
    this.byBound = candidates.sort((a, b) => b.bound - a.bound);
  }

  /** The candidate ranked `i`th (from 0), or undefined past the last. */
  at(i: number): Candidate | undefined {
    while (this.ranked.length <= i) {
      const best = this.scored.at(-1);
      const unscored = this.byBound[this.next];
      if (best && (!unscored || best.score > unscored.bound)) {
        this.ranked.push(best.candidate);
        this.scored.pop();
        continue;
      }
      if (!unscored) return undefined;
      this.next++;
      const entry = { candidate: unscored, score: shapeOf(unscored).score };
      let at = this.scored.length;
      while (at > 0 && byRank(this.scored[at - 1] as (typeof this.scored)[number], entry) < 0) at--;
      this.scored.splice(at, 0, entry);
    }
    return this.ranked[i];
  }
}

/**
 * What a candidate may be, pass by pass: a slide short of MIN_BULLETS takes, in turn, what reads
 * on its own even if long and from any paragraph (`Whole`); a question without its answer or part
 * of a quotation (`Parts`); a paragraph's opening that leans on the paragraph before (`Leaning`).
 */
enum Pass {
  Scan,
  Whole,
  Parts,
  Leaning,
}

/**
 * A line that gives the words after it to someone: a verb of saying, or a name alone, before its colon ("… wrote in this
 * blog post:", "A former congressional staffer lamented:", "Wallace-Wells:").
 */
const ATTRIBUTING =
  /(?:\b(?:says?|said|writes?|wrote|written|notes?|noted|argues?|argued|explains?|explained|puts? it|told|tells|describes?|described|echoes|echoed|lamented|laments|observes?|observed|states?|stated|recalls?|recalled|warns?|warned|adds?|added|concludes?|concluded|tweeted|posted|asks?|asked|replied|responded|according to|in (?:his|her|their) words)\b[^:]*|^(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}):\s*["“”]?$/u;
/** Lines from a paragraph's last to the next one's first when nothing stands between them but a blank line and a tag. */
const ADJACENT_PARAGRAPH_LINES = 3;
/** …and from a list's lead-in or item to its next item, an HTML list's tags between them ("<ul>", "<li>", "</li>"). */
const LIST_ADJACENT_LINES = 6;
/** A sentence that ends by leading into what follows. */
const LEAD_IN = /(?:[:,]|:\s*[-–—])\s*["”’]?$/;
/** A list's lead-in ends in a colon. */
const LIST_LEAD_IN = /:\s*[-–—]?\s*["”’]?$/;
/** A lead-in shorter than this names no list: "Those categories are:", "Here's a quick breakdown:". */
const NAMING_LEAD_IN_MIN_WORDS = 5;
/** A word inside a sentence that points back at what was said before it: "Mechanisms to help with this include:". */
const POINTS_BACK_INSIDE = /\b(?:this|these|those|such)\b/i;
/** An item that says its own point: a sentence with its stop, or its own label ("Restore market power: Place …"). */
const ITEM_STANDS = /[.!?]["”’)]*$|^[^:]{1,60}:\s+\S/;
/**
 * A sentence that points ahead to what follows it, a lead-in without a colon: "Here's some of the services and
 * software we are using …", "The steps are as follows.", "… in the following ways.", "Well, I'll tell you.", "Let me
 * explain.". Alone on a slide it promises what the slide does not show.
 */
const POINTS_AHEAD =
  /^(?:(?:so|and|now|well),?\s+)?here(?:['’]s| (?:are|is))\s+(?:some|a few|a list|a summary|an overview|how|what|why|the|my|our|\w+ (?:ways|reasons|steps|examples|things|ideas|options|questions|tips|lessons))\b|\b(?:the following(?:\s+[^\s.:]+){0,3}|as follows)\s*[.:]?$|^(?:(?:well|so|ok(?:ay)?),?\s+)?(?:(?:i|we)(?:['’]ll| will)|let me)\s+(?:tell you|explain)\b[^.!?]{0,20}[.!:]?$/i;
/**
 * A sentence that counts what it goes on to give: "There are two problems with this potential disruption.", "Washington
 * has three reasons to pressure Iran.", "DeepSeek presents at least two types of potential “backdoor” risks.". Shown
 * without what follows, it promises points the slide does not make. (Not a count that looks back, "these two issues",
 * nor a measure: "up two points".)
 */
const ANNOUNCES =
  /(?<!\b(?:these|those|the|both|to|than|by|first|last|next|other|all)\s)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|a number of|[2-9]) (?:[\p{L}-]+ ){0,2}?(?:reasons|caveats|factors|ways|things|lessons|risks|problems|questions|types|kinds|steps|issues|options|challenges|principles|goals|areas|categories|elements|pillars|priorities|recommendations|trends|scenarios|changes|parts|rules|approaches|benefits|advantages|dangers|implications|conclusions|observations|stages|phases|takeaways|tasks|objections|arguments|claims|concerns|criticisms|ideas|messages|features|proposals|measures|tools|strategies|possibilities|explanations|causes|drivers|consequences|effects|outcomes|hypotheses|paths|routes)\b(?: [^\s.!?,;:]+){0,9}\s*[.:]$/iu;
const leadsIn = (text: string): boolean => LEAD_IN.test(text) || POINTS_AHEAD.test(text) || ANNOUNCES.test(text);
/**
 * A short sentence that denies the one before it: "That was not true though.", "This is incorrect.", "I disagree.",
 * "Hardly a free market.", "C'est faux.", "Das stimmt nicht." (presenter review T: a slide showed the claim an essay
 * goes on to knock down, as the essay's own).
 */
const DENIES =
  /^(?:(?:but|and|yet|well|sadly|unfortunately),?\s+)?(?:(?:that|this|it)(?:['’]s| is| was| isn['’]t| wasn['’]t)\s+(?:simply\s+|just\s+|clearly\s+|of course\s+)?(?:not (?:true|so|the case|correct|right|accurate|how it works)|untrue|false|wrong|incorrect|nonsense|a myth|a fallacy|misleading)|not so|not really|not quite|far from it|wrong|nonsense|untrue|false|hardly|(?:i|we) (?:(?:strongly |respectfully |fundamentally )?disagree|(?:don['’]t|do not) (?:agree|buy (?:it|this|that)|think so))|the (?:opposite|reverse) is true|quite the (?:opposite|contrary)|(?:c['’]est|ceci est) faux|(?:das|dies) (?:stimmt|ist) (?:nicht|falsch)|(?:eso|esto) (?:no es (?:cierto|verdad)|es falso)|(?:isso|isto) (?:não é verdade|é falso)|non è vero|dat (?:klopt niet|is niet waar)|(?:to )?nieprawda)(?![\p{L}\p{N}])[^.!?]{0,60}[.!?]["”’)]*$/iu;
/** A question, a closing quotation mark or bracket aside: on a slide, it wants its answer beside it. */
const QUESTION = /\?[\s"”’')\]]*$/;
/** Sentences of one quotation a slide shows together at most; a longer one is for the notes. */
const MAX_QUOTATION_SENTENCES = 3;

/**
 * A slide's key points: the best sentences of the paragraphs it covers, shortened by taking
 * out only removable parts, in the essay's order. Each stands on its own: a sentence that leans
 * on the one before it comes with that sentence, or not at all; so do a question and its answer, the
 * sentences of one quotation, and a quoted paragraph with the line above it that names its speaker
 * (unless the slide is short of MIN_BULLETS without them, see `Pass`). The essay's last sentence
 * (`landing`) goes first when it stands alone. A slide that has its points takes no thin aside; nor does a slide of one point take a
 * short question or a paragraph's opening that leans on the paragraph before as its second: one point
 * is better than a second that asks or points at what the slide lacks. A sentence split into two clause
 * bullets is taken whole or not at all, so no qualifier is lost. No bullet is longer than
 * MAX_BULLET_WORDS unless `allowLong` and nothing shorter exists, or `longSecond` and the slide has a single
 * point without it (then up to SECOND_BULLET_MAX_WORDS).
 */
export function selectBullets(
  runs: ReadonlyArray<SentenceRun>,
  {
    allowLong = false,
    longSecond = false,
    words = new EssayWords([]),
    focus = NO_FOCUS,
    shown = NOTHING_SHOWN,
    landing,
    heading,
  }: Picking & { allowLong?: boolean; longSecond?: boolean } = {},
): Bullet[] {
  // (Loops, not flatMap and flat: a slide of a long part has hundreds of sentences.)
  const all: Sentence[] = [];
  for (const run of runs) for (const sentence of run.sentences) all.push(sentence);
  if (all.length === 0) return [];
  const wordsOf = new Map(all.map((sentence) => [sentence, words.sentenceContentWords(sentence)]));
  reserve(words.contentWordCount);
  const slide = ++slidesCounted;
  for (const own of wordsOf.values()) {
    for (let i = 0; i < own.length; i++) {
      const word = own[i] as number;
      if (slideCounted[word] !== slide) {
        slideCounted[word] = slide;
        slideCounts[word] = 0;
      }
      slideCounts[word] = (slideCounts[word] as number) + 1;
    }
  }
  // Candidates by run, each at its sentence's position: a sentence's neighbours are looked up, not searched for.
  // (Arrays pushed, not mapped: `map` gives arrays with holes or without, as it runs optimised or
  // not, and this function's optimised code, made for one kind, was left again and again on
  // meeting the other.)
  const byRun: Candidate[][] = [];
  const candidates: Candidate[] = [];
  runs.forEach((run, r) => {
    const inRun: Candidate[] = [];
    if (run.paragraph?.kind !== 'row') {
      run.sentences.forEach((sentence, index) => {
        const shares = sharing(wordsOf.get(sentence) ?? []);
        const scores = textScores(sentence.text, index, run.sentences.length, shares, words.sentenceCues(sentence));
        const { signpost } = scores;
        // The sentence that says what the part's title says states its point: "… designing our organisations as well
        // as products" under "Organisations designed as well as products".
        // (The essay's last sentence too, unless it says little or points elsewhere: "Thanks for reading.", "More below.")
        const lands =
          sentence === landing &&
          shares.distinct >= INFORMATIVE_MIN_WORDS &&
          !scores.signpost &&
          !POINTS_ELSEWHERE.test(sentence.text.trim());
        const onFocus =
          (focus.size > 0 ? focusScore(wordsOf.get(sentence) ?? [], focus) : 0) +
          (lands ? LANDING_SCORE : 0) +
          (sentence.stressed || sentence.summary ? STRESSED_SCORE : 0);
        // (A turn gains as it stands, not shown leaning without the sentence it turns on: the room could not tell what
        // it answers. Nor on a slide where the essay's argument lands: there its last sentence goes first.)
        const turn = scores.turn && !landing ? TURN_SCORE : 0;
        const [upright, leaning] = [scores.upright + onFocus + turn, scores.leaning + onFocus];
        // (Every field set here, the ones worked out later as undefined: a candidate keeps one shape, where
        // one given `shape` or `showable` later took a new one, and the ranking's optimised code was left.)
        const candidate: Candidate = {
          run: r,
          index,
          sentence,
          bound: upright,
          leaning,
          thin: shares.distinct < INFORMATIVE_MIN_WORDS,
          signpost,
          shape: undefined,
          showable: undefined,
          lands,
          looksBackOnDeck: landing !== undefined && index === 0,
          sumsUp: scores.sumsUp,
          saysHeading:
            heading !== undefined && heading.size >= HEADING_MIN_WORDS && wordsSaid(wordsOf.get(sentence) ?? [], heading) === heading.size,
          quotesSpeakerBefore:
            index > 0 &&
            QUOTATION_ALONE.test(sentence.text.trim()) &&
            NAMES_SPEAKER.test(run.sentences[index - 1]?.text ?? '') &&
            !NAMES_SPEAKER.test(sentence.text),
          turnsAgainst: index > 0 && TURNS_AGAINST.test(sentence.text.trim()) && !QUESTION.test(sentence.text),
        };
        inRun.push(candidate);
        candidates.push(candidate);
      });
    }
    byRun.push(inRun);
  });
  const budget = bulletBudget(all.length);
  const chosen = new Set<Candidate>();
  let bulletCount = 0;
  const chosenPerRun = new Map<number, number>();
  const choose = (c: Candidate): void => {
    chosen.add(c);
    bulletCount += shapeOf(c).bullets.length;
    chosenPerRun.set(c.run, (chosenPerRun.get(c.run) ?? 0) + 1);
  };
  // (A command to type, a listing's line or a formula's source is for the notes, read out as it stands; on a slide it would be
  // taken for a point.)
  const showable = (c: Candidate): boolean => {
    const text = c.sentence.text;
    // (Nor a sentence the title slide shows already, the standfirst the text opens with: a bullet would say it twice.)
    c.showable ??=
      !ATTRIBUTION.test(text) &&
      !COMMAND_LINE.test(text) &&
      !CODE_TEXT.test(text) &&
      !((text.includes('\\') || text.includes('$$')) && TEX_MATH.test(text)) &&
      !(shown.size > 0 && shown.has(matchKey(text)));
    return c.showable;
  };
  const fits = (c: Candidate, limit: number): boolean =>
    showable(c) && shapeOf(c).lengths.every((words) => words <= wordsAllowed(c, limit)) && shapeOf(c).lengths.some((words) => words >= 4);
  const before = (c: Candidate): Candidate | undefined => byRun[c.run]?.[c.index - 1];
  /**
   * Run `r`'s paragraph starts right under the one before: a blank line or a line of markup between them at most (`reach`
   * lines from the one's last to the other's first; a list's items may have its tags between, LIST_ADJACENT_LINES).
   */
  const rightUnder = (r: number, reach = ADJACENT_PARAGRAPH_LINES): boolean => {
    const [above, below] = [runs[r - 1]?.paragraph?.lines, runs[r]?.paragraph?.lines];
    return !!above && !!below && below.start - above.end <= reach;
  };
  const after = (c: Candidate): Candidate | undefined => byRun[c.run]?.[c.index + 1];
  const isItem = (r: number): boolean => runs[r]?.paragraph?.kind === 'item';
  const itemUnder = (r: number): boolean => rightUnder(r, LIST_ADJACENT_LINES);
  /** The first item of the list right under `c`, the last sentence of its paragraph: what a lead-in ending in a colon leads into. */
  const listUnder = (c: Candidate): Candidate | undefined =>
    c.index === (byRun[c.run]?.length ?? 0) - 1 && !isItem(c.run) && isItem(c.run + 1) && itemUnder(c.run + 1)
      ? byRun[c.run + 1]?.[0]
      : undefined;
  /**
   * The lead-in over the list run `r` is an item of: the last sentence of the paragraph right over the list, ending in a
   * colon ("We're pleased to see that the Bill will introduce a mandatory requirement for IPP entities to:"). An item
   * shown without it is a bare imperative or a name: the slide would not say whose list it is.
   */
  const listLeadOf = (r: number): Candidate | undefined => {
    let top = r;
    while (isItem(top - 1) && itemUnder(top)) top--;
    const lead = top > 0 && itemUnder(top) ? byRun[top - 1]?.at(-1) : undefined;
    return lead && !isItem(top - 1) && LIST_LEAD_IN.test(lead.sentence.text) ? lead : undefined;
  };
  const quotations: Array<Array<Quotation | undefined>> = [];
  for (const run of runs) quotations.push(quotationsOf(run.sentences));
  /** The candidates of the quotation `c` is part of, in order (`c` alone outside one); none when it cannot be shown whole. */
  const quotationOf = (c: Candidate): Candidate[] | undefined => {
    const quotation = quotations[c.run]?.[c.index];
    if (!quotation) return [c];
    if (!quotation.whole || quotation.last - quotation.first + 1 > MAX_QUOTATION_SENTENCES) return undefined;
    const members = byRun[c.run]?.slice(quotation.first, quotation.last + 1) ?? [];
    return members.length === quotation.last - quotation.first + 1 ? members : undefined;
  };
  const tryAdd = (c: Candidate, limit: number, pass: Pass): void => {
    if (chosen.has(c) || !fits(c, chosen.size === 0 ? MAX_BULLET_WORDS : limit)) return;
    // A slide that makes its points takes no aside or link to fill a place ("Boy, do they ever."); a
    // paragraph's short opening may be its topic ("Plans must be practiced.").
    // (Nor a paragraph that is a thin sentence alone, "Indeed.", "I don't buy it."; a list's item is one of a list's points.)
    const alone = (): boolean => byRun[c.run]?.length === 1 && runs[c.run]?.paragraph?.kind !== 'item';
    if (c.thin && bulletCount >= MIN_BULLETS && (c.index > 0 || alone())) return;
    // Nor, while any point may yet take its place, a signpost ("In this article, I'll argue no, and no."): only a
    // slide still short of points once its points are scanned takes one.
    if (pass === Pass.Scan && c.signpost) return;
    // (A pointer to more reading, or a word to the page's reader, only when the slide has nothing else: after every
    // pass, see below.)
    if (speaksAside(c.sentence.text)) return;
    if (pass === Pass.Scan && runs.length > 1 && (chosenPerRun.get(c.run) ?? 0) >= PER_PARAGRAPH) return;
    const quotation = pass >= Pass.Parts ? [c] : quotationOf(c);
    if (!quotation || quotation.some((member) => member !== c && !chosen.has(member) && !fits(member, limit))) return;
    const first = quotation[0] as Candidate;
    const last = quotation.at(-1) as Candidate;
    // (The answer to a question leans on it: "Perhaps something specific such as …" after "What could be offered in exchange?".)
    const asked = before(first);
    const leans = shapeOf(first).leans || (pass < Pass.Parts && asked !== undefined && QUESTION.test(asked.sentence.text));
    const needs = leans ? asked : undefined;
    // A lead-in ending in a colon ("As Energy Source and Distribution magazine writes:") says nothing without what it
    // leads into; a question ("Why is this the case?") asks the room and leaves it without the answer.
    const asks = pass < Pass.Parts && QUESTION.test(last.sentence.text);
    // A claim the next sentence denies ("… the Aadhaar database was leaking information." / "That was not true though.")
    // comes with the denial or not at all: alone on a slide, it says the opposite of the essay.
    const next = after(last);
    const denied = next !== undefined && DENIES.test(next.sentence.text.trim());
    // So does a claim the next sentence turns against ("No CRISPR drug yet exists." / "But if CRISPR turns out to be as
    // important as scientists hope, … could be worth billions."): the turn is where the paragraph's point is.
    // (Until the slide is short of points: then a claim may stand without its turn, as a question without its answer.)
    const turnedAgainst = pass < Pass.Parts && next !== undefined && next.turnsAgainst;
    const leadIn = asks || denied || turnedAgainst || leadsIn(last.sentence.text);
    const leadsInto = leadIn ? (next ?? listUnder(last)) : undefined;
    // What it leans on, or leads into, comes whole too: a quotation with all its sentences.
    // A paragraph that opens after a line giving its words to someone ("A former congressional staffer lamented:", "As they
    // wrote in this blog post:") is theirs: it comes with that line, never as the author's own point.
    // (Right under it: a picture between, "… describes in this tweet:" over a screenshot, is what the line gives.)
    const attribution = !needs && first.index === 0 && rightUnder(first.run) ? byRun[first.run - 1]?.at(-1) : undefined;
    const credited = attribution && ATTRIBUTING.test(attribution.sentence.text.trim()) ? attribution : undefined;
    const listLead = !needs && !credited && first.index === 0 && isItem(first.run) ? listLeadOf(first.run) : undefined;
    // An item that says its own point takes its lead-in only where that says whose list it is in words of its own ("The
    // idea … appears to be the product of three key beliefs:"), not a label or a signpost ("Key differences:", "Here's a
    // quick breakdown:", "Let's decode some key terms below:") nor one that points at what the slide does not show
    // ("Mechanisms to help with this include:").
    const ownLead =
      listLead &&
      (!ITEM_STANDS.test(first.sentence.text.trim()) ||
        (wordCount(listLead.sentence.text) >= NAMING_LEAD_IN_MIN_WORDS &&
          !listLead.signpost &&
          !POINTER.test(listLead.sentence.text) &&
          !POINTS_BACK_INSIDE.test(listLead.sentence.text)))
        ? listLead
        : undefined;
    // (A lead-in too long for the slide leaves its items as they stand: a list without its lead-in says more than nothing.)
    // (Nor one that leans on the sentence before it, "These included not having, and therefore needing:": it would need that too.)
    const led = ownLead && (chosen.has(ownLead) || (fits(ownLead, limit) && !shapeOf(ownLead).leans)) ? ownLead : undefined;
    // (What it leans on may lean in turn: "This meant …" on "This device wasn't practical …" on the sentence before, too
    // long for the slide. It comes only with what that leans on too, on the slide already; but as the last resort of a
    // slide with no point yet, as a leaning opening may.)
    const chained = needs !== undefined && shapeOf(needs).leans && !chosen.has(before(needs) as Candidate);
    if (chained && (pass < Pass.Leaning || bulletCount > 0)) return;
    const preceding = needs ? quotationOf(needs) : credited ? [credited] : led ? [led] : [];
    const following = leadsInto ? quotationOf(leadsInto) : leadIn ? undefined : [];
    if (!preceding || !following || [...preceding, ...following].some((member) => !chosen.has(member) && !fits(member, limit))) return;
    if (asks && following.some((member) => QUESTION.test(member.sentence.text))) return;
    // (Nor what leads into more it cannot show: "… call into question several principles …" / "In particular they challenge:".)
    if (leadIn && following.some((member) => leadsIn(member.sentence.text))) return;
    // A paragraph's first sentence that leans on the paragraph before has nothing to lean on here: it is a last
    // resort for a slide without a point, never a second point ("These statements implied …" under another point).
    if (leans && first.index === 0 && (pass < Pass.Leaning || bulletCount > 0)) return;
    // (Once a question may stand without its answer, its answer still comes with it where the slide has room for
    // it, a statement of its own up to a second point's length: "Does the UCI decision change …?" / "It's difficult …".)
    // (A question that ends its paragraph is answered by the next one's opening.)
    const answer = pass === Pass.Parts && QUESTION.test(last.sentence.text) ? (after(last) ?? byRun[last.run + 1]?.[0]) : undefined;
    const answered =
      answer &&
      !chosen.has(answer) &&
      !answer.thin &&
      !QUESTION.test(answer.sentence.text) &&
      !speaksAside(answer.sentence.text) &&
      showable(answer) &&
      shapeOf(answer).lengths.every((n) => n <= SECOND_BULLET_MAX_WORDS)
        ? [answer]
        : [];
    const adding = [...preceding, ...quotation, ...following].filter((member) => !chosen.has(member));
    let bullets = 0;
    for (const member of adding) bullets += shapeOf(member).bullets.length;
    if (bulletCount + bullets > budget) return;
    const answerBullets = answered.reduce((sum, member) => sum + shapeOf(member).bullets.length, 0);
    const withAnswer = bulletCount + bullets + answerBullets <= budget && answered.length > 0;
    // (A question whose answer the slide cannot show leaves the room asking: it waits for the last pass. Even then a
    // short one is no second point: "Which is the better option?" asks the room and tells it nothing.)
    if (answer && !chosen.has(answer) && !withAnswer) return;
    const bareQuestion = QUESTION.test(last.sentence.text) && following.length === 0 && !withAnswer;
    if (bareQuestion && c.thin && bulletCount > 0) return;
    if (withAnswer) adding.push(...answered);
    for (const member of adding) choose(member);
  };
  const ranking = new Ranking(candidates);
  // The essay's last sentence, where its argument lands, goes first on the conclusion's slide when it stands alone: the
  // other points fill the room it leaves. (Ranked with them, it lost to shorter asides in a third of the conclusions; a
  // last sentence that leans on the one before, "This is argued persuasively by …", "They just had a baby: …", is ranked.)
  for (const c of candidates) if (c.lands && !shapeOf(c).leans) tryAdd(c, SCAN_WORDS, Pass.Scan);
  // (A candidate that fits has a bullet: once the budget is spent, none can be added.)
  for (let i = 0, c = ranking.at(0); c && bulletCount < budget; c = ranking.at(++i)) tryAdd(c, SCAN_WORDS, Pass.Scan);
  // Short of two points: each further pass allows more, until the slide has them.
  for (const pass of [Pass.Whole, Pass.Parts, Pass.Leaning]) {
    for (let i = 0, c = ranking.at(0); c && bulletCount < Math.min(MIN_BULLETS, budget); c = ranking.at(++i))
      tryAdd(c, MAX_BULLET_WORDS, pass);
  }
  // A part of long sentences still makes two points, when asked (`longSecond`): the second may run longer than one
  // read at a glance, if it states a point of its own (nothing asked, pointed at or set up; no quotation cut short).
  for (let i = 0, c = ranking.at(0); longSecond && c && chosen.size > 0 && bulletCount < Math.min(MIN_BULLETS, budget); c = ranking.at(++i))
    if (c.bound >= 0 && quotesPaired(c.sentence.text) && !c.signpost && !POINTER.test(c.sentence.text))
      tryAdd(c, SECOND_BULLET_MAX_WORDS, Pass.Whole);
  // (A slide with nothing short enough takes its best sentence however long; not a lead-in, which says nothing
  // without what it leads into ("TL;DR:"), while any other sentence may stand.)
  // (Nor a list's item of a name or two, "Bristol Myers Squibb", while a sentence that says something may stand.)
  if (chosen.size === 0 && allowLong) {
    const stands = (c: Candidate): boolean => showable(c) && !leadsIn(c.sentence.text);
    let top: Candidate | undefined;
    // (Nor, while one that says something may stand, a pointer to more reading or a word to the reader: "You can read both
    // Apple’s submission … here", "Let me know if you like this format …".)
    for (let i = 0, c = ranking.at(0); c && !top; c = ranking.at(++i))
      if (stands(c) && !c.thin && !speaksAside(c.sentence.text) && shapeOf(c).lengths.some((words) => words >= 4)) top = c;
    for (let i = 0, c = ranking.at(0); c && !top; c = ranking.at(++i)) if (stands(c)) top = c;
    top ??= ranking.at(0);
    if (top) choose(top);
  }
  // A turn shown right under the claim it turns against keeps its "But": the two read as the essay's argument, where the
  // turn alone (shortened to "It didn't tell me everything I needed to know.") reads as a point of its own. (Only where
  // nothing else of it was taken out.)
  const withTurn = (c: Candidate, text: string): string => {
    const sentence = c.sentence.text.trim();
    const opener = TURN_OPENER.exec(sentence);
    const claim = before(c);
    if (!opener || !claim || !chosen.has(claim)) return text;
    return text === capitalizeFirst(sentence.slice(opener[0].length)) ? sentence : text;
  };
  return [...chosen]
    .sort((a, b) => a.run - b.run || a.index - b.index)
    .flatMap((c) =>
      shapeOf(c)
        .bullets.map((piece, i) => (i === 0 ? withTurn(c, piece) : piece))
        .map((text) => ({
          text: text.replace(NOTE_MARK_AT_END, '').replace(NOTE_MARKS_BEFORE_STOP, '').replace(NOTE_MARKS_INSIDE, ''),
          source: { line: c.sentence.line, sentence: c.sentence.index },
        })),
    );
}

/** A note's mark after a sentence's stop, which a slide does not show: "… at its bases.\"16", "… correctly.[14]". */
const NOTE_MARK_AT_END = /(?<=[.!?]["”’)]?)(?:(?:\[\d{1,3}\])+|\d{1,3})$/u;
/** Notes' marks in brackets before the sentence's stop: "… lead to disaster [1][2]." */
const NOTE_MARKS_BEFORE_STOP = / ?(?:\[\d{1,3}\])+(?=[.!?]["”’)]?$)/u;
/** …and inside it, set against a word or a stop: "… de ultraprocesados[1], por persona, por año." (Not an index, "x[1]".) */
const NOTE_MARKS_INSIDE = /(?<=\p{L}{3}|[.,;:!?"”’)])(?:\[\d{1,3}\])+(?=[\s,;:)])/gu;
