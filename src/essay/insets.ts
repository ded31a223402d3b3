import type { RemovalReason } from '../types.js';
import { NOT_A_NAME_WORD, PERSON_NAME } from './authors.js';
import { type Block, blockKey, blockLines } from './blocks.js';
import { contentWords } from './keyphrase.js';
import { MEDIA_LENGTH } from './rules/counter.js';
import { CHART_TITLE_AND_SOURCE, FIGURE_LABEL } from './rules/credit.js';
import {
  adjacent,
  HEADLINE_MAX_WORDS,
  inListRun,
  isBoxHeading,
  isHeadingShaped,
  isHeadlineCase,
  isLeadIn,
  isProse,
  opensList,
  SENTENCE_MIN_WORDS,
  saysMore,
  spacedParagraphs,
  words,
} from './shape.js';
import type { EssayState } from './state.js';
import { endsLikeSentence, inCapitals, matchKey, wordCount } from './text.js';

/**
 * What a page sets inside its text and a copy keeps in line with it: captions and credits, boxes
 * of links and widgets, cards for other articles. Each remover takes the body's kept blocks,
 * removes what it finds from the state and from `kept`.
 */

/** Characters: shorter than this, a line says too little to be matched with an image's description. */
const IMAGE_TEXT_MIN_CHARS = 20;

/** A caption is one sentence, shorter than a paragraph. */
const CAPTION_MAX_WORDS = 40;

/** A picture's source under its caption names it in a few words: "Berkeley Earth", "NASA Worldview". */
const SOURCE_MAX_WORDS = 4;
/** A caption paired with its source is short. */
const SOURCED_CAPTION_MAX_WORDS = 30;
/** A caption in capitals says what the picture shows, in a few words at least ("FORMER PRIME MINISTER TONY BLAIR"; not "[CNBC]"). */
const CAPTION_IN_CAPITALS_MIN_WORDS = 3;
/** A credit in capitals under its caption names the agency or paper: a word or three ("ES", "THE LONDON STANDARD"). */
const CREDIT_IN_CAPITALS_MAX_WORDS = 3;

/** Characters of an image's description compared with the line under it (a clipper may cut either). */
const IMAGE_TEXT_COMPARED = 80;

/** Block `index` says again the description of the image right above it: `![A pile of letters …](…)` / "A pile of letters …". */
/** A Markdown image alone on its line. */
const IMAGE_LINE = /^\s*!\[/;
/** A caption names where its picture comes from: "(Source: …", "Credit: …", "Photo: …", "Image via Reuters". */
const NAMES_PICTURE_SOURCE = /\b(?:source|credit|photo(?:graph)?|image|courtesy)\s*[:\-–(]|\(\s*source\b|\bvia\s+\p{Lu}/iu;

function repeatsImageText(state: EssayState, index: number): boolean {
  const above = state.blocks[index - 1];
  const alt = above?.chrome === 'markup' ? /^!\[([^\]]+)/.exec(above.text.trim())?.[1] : undefined;
  if (!alt) return false;
  const key = matchKey(alt).slice(0, IMAGE_TEXT_COMPARED);
  return key.length >= IMAGE_TEXT_MIN_CHARS && blockKey(state.blocks[index] as Block).startsWith(key);
}

/**
 * A photo's caption as a page copy keeps it, a line of its own shaped like no heading: a person
 * doing something ("Jill Binder, speaking at a WordCamp"), or an event and its year ("WordPress
 * Vancouver Speaker Training Workshop, 2015").
 */
function isCaptionShaped(text: string): boolean {
  if (wordCount(text) > SOURCED_CAPTION_MAX_WORDS) return false;
  // "A Zipline drone delivering blood or medicine.": a thing doing something, with no verb of its own.
  const scene = /^(?:A|An|The)\s+(?:[\p{L}-]+\s+){1,4}?(\p{L}+)\s+\p{Ll}+ing\s+\S.*\.$/u.exec(text);
  if (scene && !/^(?:of|for|about|in|by|to|on|with|from)$/i.test(scene[1] ?? '') && !FINITE_VERB.test(text)) return true;
  if (endsLikeSentence(text)) return false;
  // "David Rolf at my 2015 Next:Economy Summit": a person where the picture was taken.
  // (A heading is no person: "What We’ve Learned About AI at Method Architecture".)
  const at = /^(.+?)\s+(?:at|during|speaking at|speaks at|in conversation with)\s+\S/u.exec(text);
  if (at?.[1] && PERSON_NAME.test(at[1]) && !NOT_A_NAME_WORD.test(at[1])) return true;
  if (!text.includes(',')) return false;
  const [subject, rest] = [text.slice(0, text.indexOf(',')), text.slice(text.indexOf(',') + 1).trim()];
  if (/^(?:19|20)\d\d$/.test(rest) && /^\p{Lu}\D*$/u.test(subject) && wordCount(subject) >= 2) return true;
  return PERSON_NAME.test(subject) && /^\p{Ll}+ing\s+(?:at|in|on|with|to|during|before|after|outside|inside|for)\b/u.test(rest);
}

/** Words after a person's name that say who they are, as a caption does: "jurado IA", "311k de seguidores en instagram, jurado IA". */
const WHO_THEY_ARE_MAX_WORDS = 10;

/**
 * A picture's caption that names who it shows and who they are, no verb: "Emily Pellegrini, jurado IA", "Sasha Luccioni,
 * Mila". A person's name: no word of it is one the text writes in small letters, as a heading's are ("Reward Improvement,
 * Not Just Rank", "El Mapas Fest, a estudio cuando acabe").
 */
function namesWhoTheyAre(text: string, state: EssayState): boolean {
  const comma = text.indexOf(',');
  if (comma < 0 || endsLikeSentence(text)) return false;
  const [subject, rest] = [text.slice(0, comma), text.slice(comma + 1).trim()];
  return (
    PERSON_NAME.test(subject) &&
    !NOT_A_NAME_WORD.test(subject) &&
    subject.split(/\s+/).every((word) => !state.vocabulary.has(word.toLowerCase())) &&
    wordCount(rest) <= WHO_THEY_ARE_MAX_WORDS &&
    !FINITE_VERB.test(rest)
  );
}

/** A credit closes the caption set right against it above, a sentence: "… shows Jeffrey Epstein." / "… via AP". */
const closesCaption = (above: Block | undefined, credit: Block): boolean =>
  above !== undefined && adjacent(above, credit) && endsLikeSentence(above.plain);

/** A caption shaped as a heading tells a scene of this many words at least. */
const SCENE_MIN_WORDS = 5;
/** A line without a stop is a caption, not a heading, at this many words: past what sentence-case headings run to. */
const UNSTOPPED_CAPTION_MIN_WORDS = 12;

/** Words that make a clause a sentence rather than a caption's scene. */
const FINITE_VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|'s|’s|'re|’re)\b/i;

/**
 * Captions. Above a credit line the rules removed ("Air pollution is surging in Delhi." /
 * "Sanjeev Verma/Getty Images"): a lone sentence, or on a page that spaces its paragraphs, the
 * lines set right against the credit. On such a page, a short sentence with a source name right
 * under it and blank lines around both ("… this week." / "Berkeley Earth") is a chart's caption.
 */
export function removeCaptions(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const spaced = state.format === 'text' && spacedParagraphs(kept.map((entry) => entry.block));
  // (A bare credit: a caption that ends with its credit, "… isn't overpaid. USATSI", is one of its own;
  // a chart's source, "Source: GitHut 2.0", sits under the chart, not under a caption.)
  const isCredit = (i: number): boolean => {
    const role = state.role(i);
    const text = state.blocks[i]?.plain ?? '';
    // (A figure's label, "Table 1: Weekly Arrest Totals …", titles what is under it: the text above it is no caption.
    // Nor is the text above a chart's title and source, "Macroideology Data from James Stimson", which sit under the chart.)
    return (
      role?.kind === 'chrome' &&
      role.reason === 'caption' &&
      !/\p{Ll}{2}[.!?]\s+\S/u.test(text) &&
      !/^sources?:/i.test(text.trim()) &&
      !FIGURE_LABEL.test(text) &&
      !CHART_TITLE_AND_SOURCE.test(text.trim())
    );
  };
  // (Not a credit set right under a Markdown image, "![…](…)" / "*Visual: … generated by Gemini AI*": the image's, not the text's above it.)
  const underImage = (i: number): boolean => IMAGE_LINE.test(state.lines[(state.blocks[i]?.lines.start ?? 0) - 2] ?? '');
  const credits = new Set(kept.flatMap(({ index }) => (isCredit(index + 1) && !underImage(index + 1) ? [index + 1] : [])));
  const removals: number[] = [];
  // A picture's caption and credit set in capitals between paragraphs ("FORMER PRIME MINISTER TONY
  // BLAIR" / "ES"): no heading stands over a heading of a word or three in capitals.
  const oneLine = (block: Block): boolean => block.kind === 'paragraph' && block.lines.start === block.lines.end;
  kept.forEach(({ block }, k) => {
    const [before, credit, after] = [kept[k - 1]?.block, kept[k + 1]?.block, kept[k + 2]?.block];
    if (!before || !credit || !after || state.format !== 'text' || !isProse(before) || !isProse(after)) return;
    if (!oneLine(block) || !oneLine(credit) || !inCapitals(block.plain) || !inCapitals(credit.plain)) return;
    const caption = words(block) >= CAPTION_IN_CAPITALS_MIN_WORDS && words(block) <= CAPTION_MAX_WORDS;
    if (caption && words(credit) <= CREDIT_IN_CAPITALS_MAX_WORDS) removals.push(k, k + 1);
  });
  kept.forEach(({ block, index }, k) => {
    if (block.kind !== 'paragraph' || removals.includes(k)) return;
    // Under a Markdown image, the line that repeats its description is its caption.
    if (repeatsImageText(state, index)) {
      removals.push(k);
      return;
    }
    // …and so is a short line under it that names the picture's source: "Foundation stone laying ceremony of the
    // TATA-PSMC fab project (Source: The Indian Express)".
    if (
      state.blocks[index - 1]?.chrome === 'markup' &&
      IMAGE_LINE.test(state.blocks[index - 1]?.text ?? '') &&
      words(block) <= SOURCED_CAPTION_MAX_WORDS &&
      NAMES_PICTURE_SOURCE.test(block.plain)
    ) {
      removals.push(k);
      return;
    }
    const next = state.blocks[index + 1];
    if (state.format === 'text' && isCaptionShaped(block.plain)) {
      removals.push(k);
      return;
    }
    // (Set apart, blank lines around it: in a run of lines, "Blue Origin, Kent, Washington" is one of a list's items. Under
    // a quotation, "« Les forces de l’ordre … »" / "Johanna Benamrouche, Féministe …", it is a pull quote's attribution.)
    const prev = state.blocks[index - 1];
    const apart = (!prev || !adjacent(prev, block)) && (!next || !adjacent(block, next));
    const underQuote = prev !== undefined && /^[«“"„‘']/u.test(prev.plain.trim());
    if (state.format === 'text' && oneLine(block) && !block.tableRow && apart && !underQuote && namesWhoTheyAre(block.plain, state)) {
      removals.push(k);
      return;
    }
    // (Asked only where a credit stands beside the block: counting every block's sentence stops took about 20 ms of a 10 MB essay.)
    const oneSentence = (): boolean => (block.plain.match(/[.!?…](?=\s|$)/g) ?? []).length <= 1;
    // (Under its credit, set right against it and apart from the text below, a caption of a sentence at most:
    // "PS8/UK FDEA" / "Cheese was a big part of the British offering at the food show in Singapore"; one shaped as
    // a heading too when it tells a scene in sentence case, "A British exhibit at a food show in Singapore".)
    const creditAbove = state.blocks[index - 1];
    if (
      state.format === 'text' &&
      isCredit(index - 1) &&
      creditAbove !== undefined &&
      adjacent(creditAbove, block) &&
      // (Not when the credit closes a caption set right above it: "… shows Jeffrey Epstein." / "… via AP" / a heading.)
      !closesCaption(state.blocks[index - 2], creditAbove) &&
      oneSentence() &&
      words(block) <= CAPTION_MAX_WORDS &&
      (!isHeadingShaped(block) || (words(block) >= SCENE_MIN_WORDS && !isHeadlineCase(block))) &&
      (next === undefined || !adjacent(block, next))
    ) {
      removals.push(k);
      return;
    }
    // (Under its credit with a blank line between, a caption written as a sentence without its stop, as a
    // figure's caption is set: "Jamal Saidi/Reuters" / "General Michel Suleiman … is expected to be chosen as the
    // country's new president …"; too long for a heading, not in title case, where the page's paragraphs end in stops.)
    if (
      state.format === 'text' &&
      isCredit(index - 1) &&
      oneLine(block) &&
      words(block) >= UNSTOPPED_CAPTION_MIN_WORDS &&
      words(block) <= CAPTION_MAX_WORDS &&
      !endsLikeSentence(block.plain) &&
      !opensList(block) &&
      !isHeadlineCase(block) &&
      oneSentence() &&
      (next === undefined || isProse(next))
    ) {
      removals.push(k);
      return;
    }
    if (isHeadingShaped(block) || words(block) > CAPTION_MAX_WORDS) return;
    // (Over its credit, a caption that says it describes a picture, "This photo, using a thermal camera, shows …", whatever its length.)
    const describesPicture = /^(?:this|the|a|an)\s+(?:photo|photograph|image|picture|chart|map|graph|illustration)\b/i.test(block.plain);
    if (credits.has(index + 1) && (oneSentence() || describesPicture || (spaced && next !== undefined && adjacent(block, next)))) {
      removals.push(k);
      return;
    }

    const source = kept[k + 1];
    const before = state.blocks[index - 1];
    const after = source ? state.blocks[source.index + 1] : undefined;
    const pairedWithSource =
      spaced &&
      source !== undefined &&
      source.index === index + 1 &&
      adjacent(block, source.block) &&
      (before === undefined || !adjacent(before, block)) &&
      (after === undefined || !adjacent(source.block, after)) &&
      words(block) <= SOURCED_CAPTION_MAX_WORDS &&
      endsLikeSentence(block.plain) &&
      words(source.block) <= SOURCE_MAX_WORDS &&
      isHeadingShaped(source.block);
    if (pairedWithSource) {
      removals.push(k, k + 1);
      return;
    }
    // (So, on such a page, is a caption under its source's name, the two set right against each other, blank lines
    // around them: "Mashable" / "A visualization of sea level rise in Boston.", "CNN" / "Auch wenn die MFA-Inhalte …".)
    const credit = kept[k - 1];
    const creditOver =
      spaced &&
      credit !== undefined &&
      credit.index === index - 1 &&
      adjacent(credit.block, block) &&
      oneLine(credit.block) &&
      oneLine(block) &&
      (state.blocks[index - 2] === undefined || !adjacent(state.blocks[index - 2] as Block, credit.block)) &&
      (next === undefined || !adjacent(block, next)) &&
      words(block) <= SOURCED_CAPTION_MAX_WORDS &&
      endsLikeSentence(block.plain) &&
      words(credit.block) <= SOURCE_MAX_WORDS &&
      !FIRST_PERSON.test(block.plain) &&
      namesSource(credit.block.plain.trim(), state);
    if (creditOver) removals.push(k - 1, k);
  });
  for (const k of [...new Set(removals)].sort((a, b) => b - a)) {
    state.remove((kept[k] as { index: number }).index, 'caption');
    kept.splice(k, 1);
  }
}

/**
 * A caption tells what its picture shows, in no one's voice: "I’ll address the topic here, …" under "Compensation" is
 * a part's first line, "Death has followed me since childhood. …" under "RAYNE" a character's in a book's excerpt.
 */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b/;

/**
 * A line that names a picture's source: a person ("Lord Belbury"), or one word the text never writes in small
 * letters ("Mashable", "CNN"; not "Compensation", a part's heading, when the text speaks of "compensation").
 */
function namesSource(text: string, state: EssayState): boolean {
  if (PERSON_NAME.test(text) && !NOT_A_NAME_WORD.test(text)) return true;
  return /^\p{Lu}[\p{L}.&-]*$/u.test(text) && !state.vocabulary.has(text.toLowerCase());
}

/** A box's lines are short: a title, a caption of a few sentences, a button. */
const MEDIA_BOX_LINE_MAX_WORDS = 60;

/**
 * What marks a picture's or a video's box: its credit under a copyright sign, no year ("© Matt Campbell / DPA",
 * "© n-tv.de": a site's notice names a year), or the video's length ("01:48 min").
 */
function marksMedia(state: EssayState, i: number): boolean {
  const block = state.blocks[i];
  const role = state.role(i);
  if (!block || role?.kind !== 'chrome' || words(block) > PICTURE_BOX_CREDIT_MAX_WORDS) return false;
  const text = block.plain.trim();
  if (role.reason === 'counter') return MEDIA_LENGTH.test(text);
  return /^(?:©|\(c\))\s*\S/i.test(text) && !/\b(?:19|20)\d\d\b|\brights\b|\breserved\b/i.test(text);
}
/** A credit names a photographer and an agency or two. */
const PICTURE_BOX_CREDIT_MAX_WORDS = 12;
/** A box is a few lines: its title, a caption, the credit, a length, a button. */
const MEDIA_BOX_MAX_LINES = 6;

/**
 * The body's blocks that belong to a picture's or a video's box: each run of blocks set line under line that holds a
 * credit or a length (marksMedia) and at least one other line, all of them short; a paragraph stands apart by a blank line.
 */
function mediaBoxes(state: EssayState): Set<number> {
  const boxed = new Set<number>();
  const touching = (a: number, b: number): boolean => (state.blocks[b] as Block).lines.start === (state.blocks[a] as Block).lines.end + 1;
  const member = (j: number): boolean => {
    const block = state.blocks[j];
    return !!block && block.kind !== 'rule' && block.kind !== 'heading' && words(block) <= MEDIA_BOX_LINE_MAX_WORDS;
  };
  for (let i = state.bodyStart; i < state.bodyEnd; i++) {
    if (!marksMedia(state, i)) continue;
    let [first, last] = [i, i];
    while (first - 1 >= state.bodyStart && member(first - 1) && touching(first - 1, first)) first--;
    while (last + 1 < state.bodyEnd && member(last + 1) && touching(last, last + 1)) last++;
    if (last === first || last - first + 1 > MEDIA_BOX_MAX_LINES) continue;
    for (let j = first; j <= last; j++) boxed.add(j);
  }
  return boxed;
}

/**
 * A picture's or a video's box set in a page copy's text: lines set line under line, no blank line between, around a
 * bare credit or the video's length ("Diese Milliardäre sponsern Donald Trump" / "John Paulson" / "Er war … eingeladen,
 * …" / "© Matt Campbell / DPA" / "Mehr"; "Einwohner aus Dixville Notch erzählen …" / "© n-tv.de" / "01:48 min" /
 * "Ergebnisse in Dixville Notch: …"): the box's title, caption and buttons, no heading or text of the essay. (In
 * Markdown, lines set line under line are one paragraph, a table or a list.)
 */
export function removeMediaBoxes(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  if (state.format !== 'text') return;
  removeKept(state, kept, mediaBoxes(state), 'caption');
}

/** Removes the kept blocks at `indexes`, each for `reason`, from the page and from `kept`. */
function removeKept(state: EssayState, kept: Array<{ index: number }>, indexes: ReadonlySet<number>, reason: RemovalReason): void {
  if (indexes.size === 0) return;
  for (let k = kept.length - 1; k >= 0; k--) {
    const { index } = kept[k] as { index: number };
    if (!indexes.has(index)) continue;
    state.remove(index, reason);
    kept.splice(k, 1);
  }
}

/** A box is short lines: the links' titles, names and dates. */
const BOX_LINE_MAX_WORDS = 16;
/**
 * The block above block `index` (a blank line between at most) is a box's heading that a rule
 * removed as related links ("More Great WIRED Stories", "Read more from Jennifer Rubin:").
 */
function boxHeadingAbove(state: EssayState, index: number): Block | undefined {
  const above = state.blocks[index - 1];
  const role = state.role(index - 1);
  // (A box's heading may lead into its links with a colon.)
  const related =
    above !== undefined &&
    role?.kind === 'chrome' &&
    role.reason === 'related' &&
    isHeadingShaped({ ...above, plain: above.plain.replace(/:$/, '') });
  return related && (state.blocks[index] as Block).lines.start <= above.lines.end + 2 ? above : undefined;
}

/** A box's heading that names what it lists: "Latest Headlines", "More Stories", "Recent Posts". */
const NAMES_LINKS = /\b(?:headlines|stories|posts|articles|news|reads|reading|videos|links|picks|entries|updates)\b/i;

/** Short lines in a row, none a sentence, that make a widget rather than a list of points. */
const WIDGET_MIN_LINES = 6;

/** Lines set against each other under a box's heading and a blank line: this many make its links. */
const LINKED_RUN_MIN = 3;

/** Links under a box's heading: at least this many make the box. */
const BOX_LINKS_MIN = 2;

/** Short lines in a row, two of them bylines or dates, make a box of links. */
const BOX_MIN_LINES = 3;

/** The run's first two lines from `first` (after its lead-in, when it opens with one) stand line under line, no blank between. */
function setAgainstEachOther(run: ReadonlyArray<{ block: Block }>, first: number): boolean {
  const [upper, lower] = [run[first], run[first + 1]];
  return upper !== undefined && lower !== undefined && adjacent(upper.block, lower.block);
}

/**
 * Boxes set inside the text: a heading such as "Recommended" and the short lines under it, or a
 * run of short lines carrying bylines and dates (the links of a related-articles box). The text
 * resumes after them. Removes them from `kept`.
 */
export function removeBoxes(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  // (A page copy may set a box's links against each other, one block of headline lines.)
  const short = (block: Block): boolean =>
    block.kind !== 'heading' &&
    ((!isProse(block) && words(block) <= BOX_LINE_MAX_WORDS) ||
      (block.lineStarts.length > 1 && blockLines(block).every((line) => wordCount(line) <= BOX_LINE_MAX_WORDS && !endsLikeSentence(line))));
  const spaced = spacedParagraphs(kept.map((entry) => entry.block));
  // (A run of short lines stops where another box's heading stands apart, a blank line over it: its links are that box's.)
  const newBox = (at: number): boolean => {
    const heading = boxHeadingAbove(state, (kept[at] as { index: number }).index);
    return heading !== undefined && (state.lines[heading.lines.start - 2] ?? '').trim() === '';
  };
  for (let k = 0; k < kept.length; ) {
    const { block, index } = kept[k] as { block: Block; index: number };
    const headed = isBoxHeading(block);
    let end = headed ? k + 1 : k;
    while (end < kept.length && short((kept[end] as { block: Block }).block) && (end === k || !newBox(end))) end++;
    // Under a box's heading that the rules removed: its short links; on a page that spaces its
    // paragraphs, also the one-line links set right under it and against each other, whatever their punctuation.
    const removedHeading = headed ? undefined : boxHeadingAbove(state, index);
    if (removedHeading && spaced) {
      let linked = k + 1;
      while (linked < kept.length && adjacent((kept[linked - 1] as { block: Block }).block, (kept[linked] as { block: Block }).block))
        linked++;
      // (A blank line under the heading: the links are a run of lines set against each other, not a paragraph of the text.)
      if (adjacent(removedHeading, block) || linked - k >= LINKED_RUN_MIN) end = Math.max(end, linked);
    }
    // (Words a box's heading may share with a part's, over no link, the text's paragraph right under it, head that
    // paragraph: "Recent Development" / "On 27 January 2025, …"; a heading that names links heads a box still, "Latest Headlines".)
    const headsText =
      headed && end === k + 1 && !NAMES_LINKS.test(block.plain) && isProse((kept[end] as { block: Block } | undefined)?.block ?? block);
    if (headsText) {
      k++;
      continue;
    }
    const run = kept.slice(k, end);
    const dated = run.filter(({ index }) => state.hints[index]?.kind === 'meta').length;
    // A widget set in a page copy's text: many short lines in a row, none a sentence ("NASDAQ: AMZN" / "Market Cap" / "$1,404B" / …).
    // (Not a list: its items are the text's, whatever their punctuation; nor the lines under a
    // sentence of the text that ends with a colon, "… can include a combination of:", a list whose bullets the copy lost.)
    // (…or under a lead-in too short to read as prose, that the run starts with: "The loop:" / "Agent inherits massive context" / ….)
    const opened = (k > 0 && opensList((kept[k - 1] as { block: Block }).block)) || (!headed && isLeadIn(block));
    const widget =
      state.format === 'text' &&
      !opened &&
      run.length >= WIDGET_MIN_LINES &&
      run.every(({ block: line }) => line.kind === 'paragraph' && !endsLikeSentence(line.plain)) &&
      // (Nor a table, its cells set apart by tabs: "Service\tSuggested Tip Amount" / "Full Service Restaurant\t20%" / ….)
      run.filter(({ block: line }) => line.tableRow).length * 2 <= run.length &&
      // (Not a list whose items, most of them, say more: "Revenue-focused SEO strategy for blockchain companies".)
      run.filter(({ block: line }) => saysMore(line)).length * 2 <= run.length;
    if (headed || (run.length >= BOX_MIN_LINES && dated >= 2) || (removedHeading && run.length >= BOX_LINKS_MIN) || widget) {
      for (const entry of run) state.remove(entry.index, widget && !headed && !removedHeading && dated < 2 ? 'navigation' : 'related');
      kept.splice(k, run.length);
    } else if (opened && !headed && setAgainstEachOther(run, isLeadIn(block) ? 1 : 0)) {
      // (A list's items, set line under line as a copy gives a list whose bullets it lost, are its own, not a widget's,
      // from the second on: "Bruising and swelling" / "Weakness" / …, read without the lead-in over the first. The
      // list ends at a blank line or a box's heading: what follows is a run of its own.)
      const other = run.findIndex(
        (entry, i) => i > 0 && (!adjacent((run[i - 1] as { block: Block }).block, entry.block) || isBoxHeading(entry.block)),
      );
      k = other > 0 ? k + other : Math.max(end, k + 1);
    } else {
      k++;
    }
  }
}

/** A headline of another outlet's story, the outlet after it in brackets: "… Pa. election results (Washington Post)". */
const SOURCED_HEADLINE = /\s\((?:\p{Lu}[\p{L}.&'’ -]{0,40})\)$/u;
const SOURCED_HEADLINE_MAX_WORDS = 30;
/**
 * A name with its acronym in brackets, the letters of its capitalised words: "Association to Advance
 * Collegiate Schools of Business (AACSB)". An outlet in brackets is no acronym of the headline: "(NYT)".
 */
function definesAcronym(text: string): boolean {
  const [, name = '', acronym = ''] = /^(.*)\s\(([\p{Lu}&]{2,})\)$/u.exec(text) ?? [];
  const initials = (name.match(/(?<![\p{L}'’])\p{Lu}/gu) ?? []).join('');
  let at = 0;
  for (const letter of initials) if (letter === acronym[at]) at++;
  return acronym.length > 0 && at === acronym.replace(/&/g, '').length;
}

/** Such headlines in a row, this many at least, make a round-up of links. */
const ROUNDUP_MIN = 3;

/**
 * A round-up of other outlets' stories set in the text, each headline a line with its outlet in
 * brackets ("Supreme Court denies Trump allies’ bid … (Washington Post)" / "… (Politico)" / "… (NYT)"),
 * and the heading right over them ("Elsewhere!"): links, not the writer's text. Removes them from `kept`.
 */
export function removeRoundups(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const sourced = (block: Block | undefined): boolean =>
    block?.kind === 'paragraph' &&
    block.lines.start === block.lines.end &&
    words(block) <= SOURCED_HEADLINE_MAX_WORDS &&
    SOURCED_HEADLINE.test(block.plain.trim()) &&
    !definesAcronym(block.plain.trim());
  for (let k = 0; k < kept.length; k++) {
    let end = k;
    while (end < kept.length && sourced(kept[end]?.block)) end++;
    if (end - k < ROUNDUP_MIN) continue;
    const above = kept[k - 1]?.block;
    const start = above && (above.kind === 'heading' || isHeadingShaped(above)) && !isProse(above) ? k - 1 : k;
    for (const entry of kept.slice(start, end)) state.remove(entry.index, 'related');
    kept.splice(start, end - start);
    k = start - 1;
  }
}

/** A card prints its headline twice (the picture's text, the link's) within this many blocks. */
const CARD_REACH = 2;
/** A card's teaser is a sentence or two, shorter than a paragraph. */
const TEASER_MAX_WORDS = 60;

/** A block of two or three lines whose first two are the same headline. */
function cardInOneBlock(block: Block): boolean {
  // (A block of one line, most, has no second one: its lines are not cut out.)
  if (block.lineStarts.length < 2) return false;
  const lines = blockLines(block);
  const [first, second, teaser] = lines;
  return (
    lines.length <= 3 &&
    first !== undefined &&
    first === second &&
    wordCount(first) >= SENTENCE_MIN_WORDS &&
    wordCount(first) <= HEADLINE_MAX_WORDS &&
    (teaser === undefined || wordCount(teaser) <= TEASER_MAX_WORDS)
  );
}

/**
 * Cards for other articles set inside the text: the same headline twice in a row (a label such
 * as "Business" between at most), and the teaser set right under it. Removes them from `kept`.
 */
export function removeCards(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  for (let k = 0; k < kept.length; k++) {
    const { block, index } = kept[k] as { block: Block; index: number };
    // A page copy may run the card's lines together into one block: headline, headline, teaser.
    if (cardInOneBlock(block)) {
      state.remove(index, 'related');
      kept.splice(k, 1);
      k--;
      continue;
    }
    if (words(block) < SENTENCE_MIN_WORDS || words(block) > HEADLINE_MAX_WORDS || block.lines.start !== block.lines.end) continue;
    const twin = kept.slice(k + 1, k + 1 + CARD_REACH).findIndex((other) => other.block.plain === block.plain);
    if (twin < 0) continue;
    // (What stands between the two is a label at most: a paragraph of prose between them makes the line a refrain of the
    // text's, "We ignore RSS at OUr peril." after each paragraph.)
    if (kept.slice(k + 1, k + 1 + twin).some((other) => isProse(other.block))) continue;
    let end = k + 1 + twin + 1;
    const teaser = kept[end];
    const last = (kept[end - 1] as { block: Block }).block;
    if (
      teaser &&
      adjacent(last, teaser.block) &&
      teaser.block.lines.start === teaser.block.lines.end &&
      words(teaser.block) <= TEASER_MAX_WORDS
    )
      end++;
    for (const entry of kept.slice(k, end)) state.remove(entry.index, 'related');
    kept.splice(k, end - k);
    k--;
  }
}

/** A section's label over a teaser is a word or a few ("Education", "Shots - Health News"). */
const CARD_LABEL_MAX_WORDS = 4;
/** The paragraph under a heading takes up this share of its words or more; the paragraph under a card, which goes on with the text the card interrupts, hardly any. */
const TAKEN_UP_MIN_SHARE = 0.4;

/** Words are compared by their first letters, as many as this: enough to tell roots apart, few enough to pass their endings. */
const ROOT_LENGTH = 6;

/**
 * The paragraph after two short lines takes up what they say: they are a heading and its
 * sub-heading ("Storyboarding" / "The Importance of a Storyboard" / "If you're not familiar with a
 * storyboard, …"), not a card for another article, which the text around it ignores.
 */
function takenUp(lines: readonly Block[], next: Block | undefined): boolean {
  if (!next) return false;
  // (Words of one root are one: "Recommendations" / "… design goals …" / "We recommend creating an RFC that defines the goals".)
  const root = (word: string): string => word.slice(0, ROOT_LENGTH);
  const said = new Set(lines.flatMap((line) => contentWords(line.plain).map(root)));
  if (said.size === 0) return false;
  const following = new Set(contentWords(next.plain).map(root));
  let shared = 0;
  for (const word of said) if (following.has(word)) shared++;
  return shared >= TAKEN_UP_MIN_SHARE * said.size;
}

/**
 * A card for another article set between the paragraphs of a page whose paragraphs stand
 * apart: a section's label and the linked headline on the line under it ("Education" / "Is
 * this some kind of joke? A school facing shortages starts teaching standup comedy"), the two
 * lines on their own, the headline ending as no sentence does. Removes them from `kept`.
 */
export function removeLabelledTeasers(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  if (state.format !== 'text' || !spacedParagraphs(kept.map((entry) => entry.block))) return;
  for (let k = kept.length - 2; k >= 0; k--) {
    const [label, headline] = [kept[k] as { block: Block; index: number }, kept[k + 1] as { block: Block; index: number }];
    const [before, after] = [kept[k - 1]?.block, kept[k + 2]?.block];
    const card =
      label.block.lines.start === label.block.lines.end &&
      headline.block.lines.start === headline.block.lines.end &&
      adjacent(label.block, headline.block) &&
      (before === undefined || !adjacent(before, label.block)) &&
      (after === undefined || !adjacent(headline.block, after)) &&
      words(label.block) <= CARD_LABEL_MAX_WORDS &&
      // (A label is words: "Gab.ai" over a heading is a picture's credit.)
      /^[\p{L}\s&,'’-]+$/u.test(label.block.plain.trim()) &&
      words(headline.block) >= SENTENCE_MIN_WORDS &&
      words(headline.block) <= HEADLINE_MAX_WORDS &&
      !endsLikeSentence(headline.block.plain) &&
      !takenUp([label.block, headline.block], after);
    if (!card) continue;
    state.remove(label.index, 'related');
    state.remove(headline.index, 'related');
    kept.splice(k, 2);
    k--;
  }
}

/** Headlines a box lists, at least, above the line that closes it. */
const CLOSED_BOX_MIN_LINKS = 3;

/**
 * A box of links set in the text and closed by its heading's words under it: headlines on lines
 * of their own, one under another, then "More in Trump Impeachment Inquiry" (CBS News). The
 * headlines go (the rules may have known some of them already). Removes them from `kept`.
 */
export function removeClosedBoxes(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  if (state.format !== 'text') return;
  const { blocks } = state;
  const boxed = new Set<number>();
  for (let i = state.bodyStart; i < state.bodyEnd; i++) {
    if (!isBoxHeading(blocks[i] as Block)) continue;
    let first = i;
    while (first > state.bodyStart) {
      const [above, below] = [blocks[first - 1] as Block, blocks[first] as Block];
      // (One blank line may part the last headline from the closing line; the headlines are a line each, in a row.)
      const inRun = first === i ? below.lines.start - above.lines.end <= 2 : adjacent(above, below);
      if (!inRun || above.lines.start !== above.lines.end || isProse(above) || !isHeadingShaped(above, HEADLINE_MAX_WORDS)) break;
      first--;
    }
    if (i - first >= CLOSED_BOX_MIN_LINKS) for (let j = first; j < i; j++) boxed.add(j);
  }
  for (let k = kept.length - 1; k >= 0; k--) {
    const entry = kept[k] as { block: Block; index: number };
    if (!boxed.has(entry.index)) continue;
    state.remove(entry.index, 'related');
    kept.splice(k, 1);
  }
}

/** Cards in a row, at least, that make a list of other articles under the text. */
const TEASER_RUN_MIN_CARDS = 3;
/** A card's teaser is a line or two: an article's paragraph under its sub-heading says more. */
const TEASER_RUN_MAX_WORDS = 20;

/**
 * A list of other articles closing the text: cards in a row to its end, each a headline on a
 * line of its own (that ends as no sentence does) and a short teaser under it ("Opening Bell
 * 6.7.19" / "Fake beef. It's what's for dinner."). A part of the article has paragraphs of some
 * length under its headings. Removes them from `kept`.
 */
export function removeTrailingTeasers(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  if (state.format !== 'text') return;
  let end = kept.length;
  // (Under the cards, the page's footer: lines the rules know for chrome.)
  while (end > 0 && state.hints[(kept[end - 1] as { index: number }).index]?.kind === 'chrome') end--;
  let k = end;
  let cards = 0;
  while (k >= 2) {
    const [headline, teaser] = [(kept[k - 2] as { block: Block }).block, (kept[k - 1] as { block: Block }).block];
    const card =
      headline.lines.start === headline.lines.end &&
      isHeadingShaped(headline, HEADLINE_MAX_WORDS) &&
      !endsLikeSentence(headline.plain) &&
      (endsLikeSentence(teaser.plain) || !isHeadingShaped(teaser, HEADLINE_MAX_WORDS)) &&
      words(teaser) <= TEASER_RUN_MAX_WORDS;
    if (!card) break;
    cards++;
    k -= 2;
  }
  if (cards < TEASER_RUN_MIN_CARDS) return;
  for (const { index } of kept.splice(k, end - k)) state.remove(index, 'related');
}

/** The end of a link spread over lines whose target is a picture: "](https://…/FIG1.jpg)". */
const IMAGE_LINK_CLOSE = /^\]\(\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]\S*)?\)$/i;

/**
 * A card linking to another post, as a clipper saves it to Markdown: the link's text spread over
 * lines ("[" / "#### Eliminating contrails …" / "](https://…)Hannah Ritchie"), so no link is
 * parsed and the headline reads as a heading. The three go, with the teaser right under them.
 * Removes them from `kept`.
 */
export function removeLinkedCards(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  for (let k = 0; k + 1 < kept.length; k++) {
    const title = kept[k] as { block: Block; index: number };
    const close = (kept[k + 1] as { block: Block }).block;
    // (The "[" alone is already gone: a line of symbols carries no text.)
    const opened = state.blocks[title.index - 1]?.plain.trim() === '[';
    if (!opened || !close.plain.startsWith('](')) continue;
    // A picture set as a link the same way: "[" / "alternate text" / "](…/FIG1.jpg)".
    if (title.block.kind !== 'heading') {
      if (!IMAGE_LINK_CLOSE.test(close.plain)) continue;
      state.remove(title.index, 'caption');
      state.remove((kept[k + 1] as { index: number }).index, 'markup');
      kept.splice(k, 2);
      k--;
      continue;
    }
    let end = k + 2;
    const teaser = kept[end]?.block;
    if (teaser && teaser.kind === 'paragraph' && teaser.lines.start === teaser.lines.end && words(teaser) <= TEASER_MAX_WORDS) end++;
    for (const entry of kept.slice(k, end)) state.remove(entry.index, entry.block === close ? 'markup' : 'related');
    kept.splice(k, end - k);
    k--;
  }
}

/**
 * A card for another post set inside the text whose headline (and teaser) the page lists again
 * under the text, among its related posts: "Dear Optimistic Leaders: Make Paranoid Plans" /
 * "Great plans account for …". Removes them from `kept`.
 */
export function removeEchoedCards(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const tail = new Set(state.blocks.slice(state.bodyEnd).map((block) => blockKey(block)));
  const echoed = (block: Block): boolean => tail.has(blockKey(block));
  for (let k = 0; k < kept.length; k++) {
    const { block } = kept[k] as { block: Block; index: number };
    const headline =
      !endsLikeSentence(block.plain) && words(block) >= SENTENCE_MIN_WORDS && words(block) <= HEADLINE_MAX_WORDS && echoed(block);
    if (!headline) continue;
    let end = k + 1;
    const teaser = kept[end]?.block;
    if (teaser && teaser.lines.start === teaser.lines.end && words(teaser) <= TEASER_MAX_WORDS && echoed(teaser)) end++;
    for (const entry of kept.slice(k, end)) state.remove(entry.index, 'related');
    kept.splice(k, end - k);
    k--;
  }
}

/** The head of an embedded post: the poster's name and handle ("Tom Cotton @TomCottonAR"). */
const POSTER = /^\p{Lu}[^@\n]{0,50}?\s@[\w.]{2,30}$/u;
/** A poster's handle alone on its line, under their name. */
const HANDLE_ALONE = /^@[\w.]{2,30}$/;
/** The foot of an embedded post: its time and date ("1:25 PM ∙ May 25, 2021"), or its counts ("2,014Likes337Retweets"). */
const POST_FOOT_TIME = /^\d{1,2}:\d{2}\s*(?:[AP]M)?\s*[∙·•|-]\s*\p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}$/u;
/** (Its counts in any case: "2,014Likes337Retweets", "44 Retweets601 Likes".) */
const POST_FOOT_COUNTS = /^(?:[\d,.]+[KkMm]?\s*(?:likes?|retweets?|reposts?|replies|quotes?|views?|bookmarks?)\s*)+$/i;
const isPostFoot = (text: string): boolean => POST_FOOT_TIME.test(text) || POST_FOOT_COUNTS.test(text);
/** An embedded post runs a few lines from its head to its foot (a quoted post and a link card inside it). */
const POST_MAX_BLOCKS = 6;

/**
 * Posts embedded in the text (a tweet, as a page copy gives it: name and handle, the post, a
 * link card, its time, its counts): the page's widget, not the essay's sentences.
 */
export function removeEmbeddedPosts(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  const inPosts = new Set<number>();
  // (Its head may be gone already: a poster the page shows three times is a repeated label.)
  for (let index = state.bodyStart; index < state.bodyEnd; index++) {
    if (inPosts.has(index)) continue;
    const head = (state.blocks[index] as Block).plain.trim();
    // (Or the name and the handle on lines of their own: "Paul Graham" / "@paulg".)
    const nameAbove = HANDLE_ALONE.test(head) && PERSON_NAME.test((state.blocks[index - 1]?.plain ?? '').trim());
    if (!POSTER.test(head) && !nameAbove) continue;
    if (nameAbove) inPosts.add(index - 1);
    // Its foot may be a line the rules already removed (a counter, a dated line).
    let foot = -1;
    for (let j = index + 1; j < Math.min(state.blocks.length, index + 1 + POST_MAX_BLOCKS); j++) {
      if (isPostFoot((state.blocks[j] as Block).plain.trim())) foot = j;
      else if (foot >= 0) break;
    }
    for (let j = index; j <= foot; j++) inPosts.add(j);
  }
  removeKept(state, kept, inPosts, 'social');
}

/** An asterisk set after a word or its closing mark calls for a note: "watermarking tech* will …", "“Rented Evangelicals.”*". */
const NOTE_CALL = /[\p{L}\p{N}.,;:!?"”’)]\*(?=[\s.,;:!?)]|$)/u;
/** A note's first line: one asterisk, then the note ("* Side note: the way …", "*The phrase comes from …"). */
const NOTE_OPENING = /^[ \t]*\*(?!\*)[ \t]?(?=[\p{Lu}\p{N}"“‘(])/u;

/**
 * Notes the writer called with an asterisk: a paragraph opening with "*" under running text that set one after a
 * word ("Therefore, watermarking tech* will become …" / "* Side note: the way the watermarking tech works …"),
 * where it stands, under its paragraph or at the end; as many notes as calls before them. Not a list's
 * item among others ("* Richard Viguerie on Twitter" / "* ConservativeHQ on Facebook"), nor emphasis
 * (a call is the block's one asterisk).
 */
export function removeAsteriskNotes(state: EssayState, kept: Array<{ block: Block; index: number }>): void {
  let calls = 0;
  // (The block's lines as written, read only where an asterisk may stand: most blocks hold none.)
  const raw = (block: Block): string => state.lines.slice(block.lines.start - 1, block.lines.end).join('\n');
  for (let k = 0; k < kept.length; k++) {
    const { block, index } = kept[k] as { block: Block; index: number };
    if (calls > 0 && (state.lines[block.lines.start - 1] ?? '').trimStart().startsWith('*')) {
      const text = raw(block);
      // (Its asterisk the only one: "*Updated to add …*" is a line in italics.)
      const opensNote = NOTE_OPENING.test(text) && text.indexOf('*', text.indexOf('*') + 1) < 0;
      if (opensNote && !inListRun(state.blocks, index)) {
        state.remove(index, 'footnote');
        kept.splice(k, 1);
        k--;
        calls--;
        continue;
      }
    }
    if (!block.plain.includes('*')) continue;
    // (A call in running text: a table's cell, "Cost*", its row set apart by tabs, calls for the table's own note, which stays
    // with the table's data.)
    const asterisks = block.plain.split('*').length - 1;
    if (asterisks === 1 && isProse(block) && !raw(block).includes('\t') && NOTE_CALL.test(block.plain)) calls++;
  }
}
