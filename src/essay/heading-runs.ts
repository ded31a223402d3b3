import type { Block } from './blocks.js';
import { HEADLINE_MAX_WORDS, inLabelledList, isHeadlineCase, isProse, PROSE_MIN_WORDS, words } from './shape.js';
import { endsLikeSentence, endsWithColon } from './text.js';

/**
 * Headings a page copy sets with no markup and no heading's shape, recognised by their company:
 * a page's section headings come as a set, each line standing alone before running text.
 *
 * - A numbered run ("1. Normalize challenges.", "2. Frame the problem.") numbers its lines 1, 2, …
 *   in order, however long or punctuated each is.
 * - A run of questions ("Who pays the cost of a tariff?", "Don't tariffs produce revenue?") asks
 *   two or more short questions, each a paragraph of its own.
 * - A long line that stops without a sentence's end, between paragraphs, is a heading one set
 *   on its own would not prove: a page cut mid-sentence is cut at its end, not its middle.
 * - Short statements ("The left is all right."), three or more, each alone between long
 *   paragraphs and a few paragraphs after the last, are a magazine's headings set as sentences.
 */

/** A set of headings has at least two members. */
const RUN_MIN = 2;
/** A question heading is one short question: a longer one is the text asking it. */
const QUESTION_RUN_MAX_WORDS = 16;
/** Blocks from one heading of a run to the next, at least: a heading leads more than one paragraph. */
const SECTION_MIN_BLOCKS = 2;
/** Questions each answered by one paragraph, this many in a row, are a page's questions and answers. */
const FAQ_MIN_PAIRS = 3;
/** The attribution line of an embedded post ("— Jane Doe (@jane) November 1, 2019"): the lines above it are the post. */
const EMBED_ATTRIBUTION = /^[—–-]\s*\S.*\(@\w+\)/;
/** Lines above an embed's attribution that may belong to the post. */
const EMBED_MAX_BLOCKS = 3;
/** A heading that stops without a sentence's end may run this long ("… but they are reluctant to take aggressive action"). */
const UNPUNCTUATED_HEADING_MAX_WORDS = 20;
/** Characters: a longer line wraps on a page, which a heading does not. */
const UNPUNCTUATED_HEADING_MAX_CHARS = 140;

/**
 * A line numbered "1." or lettered "a." (a letter in lower case: "A. Smith" is a name's initial); or numbered as a
 * list-style article numbers its parts, "#1 Make visits unannounced", "#2: Publish every report".
 */
const NUMBERED = /^(?:(\d{1,2}|[a-h])[.)]|#\s?(\d{1,2})[.:)]?)\s+\p{Lu}/u;
/** A labelled heading: "Part 1: Who should get the vaccine first?", "Option B — Pool the risk", "Step III." */
const LABELLED =
  /^(part|option|step|lesson|chapter|section|principle|recommendation|pillar|reason|rule|scenario)\s+(\d{1,2}|[a-h]|[ivx]{1,4})\b\s*[:.—–-]/i;
/** Numbering as a count: 1, A, I all start a run. */
function ordinal(mark: string): number {
  if (/^\d+$/.test(mark)) return Number(mark);
  if (/^[a-h]$/i.test(mark)) return mark.toLowerCase().charCodeAt(0) - 96;
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  const digits = [...mark.toLowerCase()].map((c) => values[c] ?? 0);
  return digits.reduce((sum, value, k) => sum + (value < (digits[k + 1] ?? 0) ? -value : value), 0);
}

const oneLine = (block: Block): boolean => (block.kind === 'paragraph' || block.kind === 'item') && block.lines.start === block.lines.end;

/** Stands alone before running text: the text it heads follows, and it is not one of a list's items. */
function standsAlone(blocks: readonly Block[], at: number): boolean {
  const next = blocks[at + 1];
  const previous = blocks[at - 1];
  // (Or over a list of its facts, labelled lines, "Headquarters: …" / "Company Size: …", before its text.)
  if (next && next.kind !== 'item' && !isProse(next) && inLabelledList(blocks, at + 1)) return true;
  if (!next || next.kind === 'item' || !isProse(next)) return false;
  return !(previous?.kind === 'item' && (blocks[at] as Block).kind === 'item');
}

function numberedRun(blocks: readonly Block[]): number[] {
  const runs = { numbers: [] as number[], letters: [] as number[], countdown: [] as number[] };
  /** The number a countdown under way expects next. */
  let countdownNext = 0;
  blocks.forEach((block, at) => {
    const marks = NUMBERED.exec(block.plain);
    const number = marks?.[1] ?? marks?.[2];
    if (!number || !oneLine(block) || words(block) > HEADLINE_MAX_WORDS || !standsAlone(blocks, at)) return;
    // Numbered in order from 1, or lettered from a, each a run of its own: a stray "2." quoted from a list elsewhere
    // breaks nothing. (Or counted down, as a top-ten list does: "#10: Agoda", "#9: Priceline", …)
    // (A countdown's first line that no second follows gives way to the next that may start one.)
    const run = /\d/.test(number) ? runs.numbers : runs.letters;
    const value = ordinal(number);
    if (run === runs.numbers && runs.countdown.length > 0 && value === countdownNext) {
      runs.countdown.push(at);
      countdownNext--;
    } else if (value === run.length + 1) run.push(at);
    else if (run === runs.numbers && runs.countdown.length < RUN_MIN) {
      runs.countdown = [at];
      countdownNext = value - 1;
    }
  });
  return [runs.numbers, runs.letters, runs.countdown].flatMap((run) => (run.length >= RUN_MIN ? run : []));
}

/** Lines labelled with one word and counted in order ("Part 1: …", "Part 2: …"), each alone before running text. */
function labelledRun(blocks: readonly Block[]): number[] {
  const runs = new Map<string, number[]>();
  blocks.forEach((block, at) => {
    const match = LABELLED.exec(block.plain);
    if (!match?.[1] || !match[2] || !oneLine(block) || words(block) > HEADLINE_MAX_WORDS || !standsAlone(blocks, at)) return;
    // (Not a summary of the part that opens with its label: "Part 1: Who …? Sell to the highest bidder. …")
    if (/[.!?…]\s+[\p{Lu}"“‘]/u.test(block.plain.slice(match[0].length))) return;
    const run = runs.get(match[1].toLowerCase()) ?? [];
    if (ordinal(match[2]) === run.length + 1) run.push(at);
    runs.set(match[1].toLowerCase(), run);
  });
  return [...runs.values()].flatMap((run) => (run.length >= RUN_MIN ? run : []));
}

/** One short question on a line of its own, a paragraph to itself: "Who pays the cost of a tariff?". */
const questionLine = (block: Block, maxWords: number, mark = /\?["”’)]*$/): boolean =>
  oneLine(block) &&
  block.kind === 'paragraph' &&
  // (The count before the patterns: most paragraphs are longer, and "…$" is tried at each of their characters.)
  words(block) <= maxWords &&
  mark.test(block.plain) &&
  // (Spanish opens a question with its own mark: "¿Qué hacer?".)
  /^[¿¡]?[\p{Lu}\p{N}"“‘]/u.test(block.plain) &&
  !/[.!?…]\s+[\p{Lu}"“‘]/u.test(block.plain);

function questionRun(blocks: readonly Block[]): number[] {
  const asked = askedAt(blocks);
  // A heading leads a section of paragraphs; questions a paragraph apart are the text asking them,
  // unless each is answered in turn, as a page's questions and answers are.
  const answered = answeredQuestions(blocks);
  const run = asked.filter((at, i) => {
    const close = (other: number | undefined): boolean => other !== undefined && Math.abs(other - at) <= SECTION_MIN_BLOCKS;
    return answered.has(at) || (!close(asked[i - 1]) && !close(asked[i + 1]));
  });
  return run.length >= RUN_MIN ? run : [];
}

// (The body's first block too: a page's first heading may stand right under its title, "What is Academic Tutoring?".)
const askedAt = (blocks: readonly Block[]): number[] =>
  blocks.flatMap((block, at) => (questionLine(block, QUESTION_RUN_MAX_WORDS) && standsAlone(blocks, at) ? [at] : []));

/**
 * A page's questions and answers: FAQ_MIN_PAIRS or more short questions in a row, each a line of
 * its own over the one paragraph that answers it ("Is Otter suitable for …?" / "Yes. Otter's platform …").
 * Each question's index → the index of the first question of its run.
 */
export function answeredQuestions(blocks: readonly Block[]): Map<number, number> {
  const asked = askedAt(blocks);
  const answered = new Map<number, number>();
  for (let start = 0, end = 1; end <= asked.length; end++) {
    if (end < asked.length && (asked[end] as number) - (asked[end - 1] as number) === SECTION_MIN_BLOCKS) continue;
    if (end - start >= FAQ_MIN_PAIRS) for (const at of asked.slice(start, end)) answered.set(at, asked[start] as number);
    start = end;
  }
  return answered;
}

/** An answer given in the speaker's words opens with a quotation mark: "“Well, I’m fully supportive of him …”". */
const QUOTED_ANSWER = /^["“„«‘]/u;
/** Questions answered so, this many at least, are an interview's. */
const INTERVIEW_MIN_QUESTIONS = 2;

/**
 * An interview's questions, set as lines of their own among the text (a profile's "Is Starmer a good leader?" / "“Well,
 * I’m fully supportive of him …”"): where INTERVIEW_MIN_QUESTIONS questions or more, and half of them, are each answered
 * by a paragraph in quotation marks, every question in a sentence's case on a line of its own is the text's, the
 * interviewer's side of it, no heading (so is one the writer answers: "What else do I glean from this hour with Blair?" /
 * "That he never …"). A question in title case is a page's heading ("What Is Your Favorite Book?"). Their indices.
 */
export function interviewQuestions(blocks: readonly Block[]): Set<number> {
  const asked = blocks.flatMap((block, at) => (questionLine(block, QUESTION_RUN_MAX_WORDS) && !isHeadlineCase(block) ? [at] : []));
  const answeredInQuotes = asked.filter((at) => {
    const next = blocks[at + 1];
    return next !== undefined && isProse(next) && QUOTED_ANSWER.test(next.plain.trim());
  });
  // (Half of them at least: a page's questions and answers may quote someone in an answer or two.)
  const interview = answeredInQuotes.length >= INTERVIEW_MIN_QUESTIONS && answeredInQuotes.length * 2 >= asked.length;
  return new Set(interview ? asked : []);
}

/** Running text that ends a sentence (or leads into a list): what stands around a heading. */
const sentence = (block: Block | undefined): boolean =>
  block !== undefined && block.kind !== 'heading' && isProse(block) && (endsLikeSentence(block.plain) || endsWithColon(block.plain));

function unpunctuatedLines(blocks: readonly Block[]): number[] {
  return blocks.flatMap((block, at) => {
    const previous = blocks[at - 1];
    const count = words(block);
    // (Looked for last: the blocks after every paragraph were read for it.)
    const embedded = (): boolean => blocks.slice(at + 1, at + 1 + EMBED_MAX_BLOCKS).some((after) => EMBED_ATTRIBUTION.test(after.plain));
    return oneLine(block) &&
      block.kind === 'paragraph' &&
      count >= PROSE_MIN_WORDS &&
      count <= UNPUNCTUATED_HEADING_MAX_WORDS &&
      block.plain.length <= UNPUNCTUATED_HEADING_MAX_CHARS &&
      !endsLikeSentence(block.plain) &&
      !/[,;:]\s*$/.test(block.plain) &&
      /^[\p{Lu}"“‘]/u.test(block.plain) &&
      sentence(previous) &&
      sentence(blocks[at + 1]) &&
      standsAlone(blocks, at) &&
      // (Not the first of labelled lines set against each other: "Pros: More compact than DSLRs, …" / "Cons: …".)
      !inLabelledList(blocks, at) &&
      !embedded()
      ? [at]
      : [];
  });
}

/** A heading written as a statement is one short sentence: "Humanity had a traumatic childhood.". */
const STATEMENT_MAX_WORDS = 16;
/** Fewer words are a label or an exclamation ("Not so fast."), not a statement heading. */
const STATEMENT_MIN_WORDS = 3;
/** Words of the paragraphs on either side: a statement heading stands between paragraphs of running text. */
const STATEMENT_NEIGHBOUR_MIN_WORDS = 40;
/** A set of statement headings has at least this many members: two short lines could be any writer's asides. */
const STATEMENT_RUN_MIN = 3;
/** Blocks from one statement heading to the next, at least: each leads a part of several paragraphs. */
const STATEMENT_SECTION_MIN_BLOCKS = 3;
/** A line that opens on a conjunction or a word pointing back goes on from the text above: no heading. */
const POINTS_BACK =
  /^(?:And|But|Or|Nor|Yet|So|Then|Also|Again|Here|This|That|These|Those|It|Its|They|Their|He|She|His|Her|We|I|You|Still|Instead|Indeed|Yes|No)\b/;

/**
 * Short statements set as headings ("The left is all right.", "Why the right’s gone wrong."): one
 * sentence alone on its line between two paragraphs of running text, several of them, each a few
 * paragraphs after the last. One alone is an aside; a set spaced through the text heads its parts.
 */
function statementRun(blocks: readonly Block[]): number[] {
  const run = blocks.flatMap((block, at) => {
    const count = words(block);
    const around = [blocks[at - 1], blocks[at + 1]];
    return oneLine(block) &&
      block.kind === 'paragraph' &&
      count >= STATEMENT_MIN_WORDS &&
      count <= STATEMENT_MAX_WORDS &&
      // (One clause: a comma joins a sentence's parts, "Your rooms will love you for it, and you will love them back.")
      /^\p{Lu}[^.!?…:;,]*\.$/u.test(block.plain.trim()) &&
      !POINTS_BACK.test(block.plain) &&
      around.every((other) => sentence(other) && words(other as Block) >= STATEMENT_NEIGHBOUR_MIN_WORDS) &&
      standsAlone(blocks, at)
      ? [at]
      : [];
  });
  const spaced = run.every((at, i) => i === 0 || at - (run[i - 1] as number) >= STATEMENT_SECTION_MIN_BLOCKS);
  // (Each says something of its own: one line printed again and again is the page's label, a teaser's.)
  const distinct = new Set(run.map((at) => (blocks[at] as Block).plain.trim())).size === run.length;
  return spaced && distinct && run.length >= STATEMENT_RUN_MIN ? run : [];
}

/** Indexes in `blocks` (a page copy's body, in order) of the headings set as a run. */
export function headingRuns(blocks: readonly Block[]): Set<number> {
  return new Set([
    ...numberedRun(blocks),
    ...labelledRun(blocks),
    ...questionRun(blocks),
    ...unpunctuatedLines(blocks),
    ...statementRun(blocks),
  ]);
}

/** A question heading of the set is short. */
const LONE_QUESTION_MAX_WORDS = 10;

/** An exclamation's end: "Congress doesn’t share spectrum!" (GigaOM), "Choosing a Plot Size: Start Small!". */
const EXCLAIMED = /!["”’)]*$/;
/**
 * Words of a page speaking for itself or to its reader: an exclamation with one of them is an
 * offer or an aside ("Get our FREE Starter Kit with dozens of resources today!", "I lived in
 * Southern California for 50 years!"), not a heading.
 */
const SPEAKS_TO_READER = /\b(?:I|me|my|we|us|our|you|your)\b/i;

/**
 * Short questions standing alone between paragraphs, and short exclamations that speak to no one:
 * among a set of other headings, headings too.
 */
export function askedAlone(blocks: readonly Block[]): number[] {
  const asked = (block: Block): boolean =>
    questionLine(block, LONE_QUESTION_MAX_WORDS) ||
    // (Nor one set in quotation marks: someone's words, "“It’s all going to hell!”".)
    (questionLine(block, LONE_QUESTION_MAX_WORDS, EXCLAIMED) && !SPEAKS_TO_READER.test(block.plain) && !/^["“‘']/.test(block.plain));
  return blocks.flatMap((block, at) =>
    asked(block) && sentence(blocks[at - 1]) && standsAlone(blocks, at) && !inLineRun(blocks, at) ? [at] : [],
  );
}

/**
 * A line set right under the line above it and right over the line below, no blank line either side: an item of
 * a list the page sets without marks ("Is it made of durable and maintainable materials?" / "Does it have a
 * timeless style and aesthetic?" / …), which a heading never is in a page copy (its text is set a paragraph apart).
 */
function inLineRun(blocks: readonly Block[], at: number): boolean {
  const [previous, block, next] = [blocks[at - 1], blocks[at] as Block, blocks[at + 1]];
  return (
    previous !== undefined && next !== undefined && previous.lines.end + 1 === block.lines.start && block.lines.end + 1 === next.lines.start
  );
}
