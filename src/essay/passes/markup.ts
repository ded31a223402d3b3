import { namesAlone, writersAlone } from '../authors.js';
import { type Block, makeBlock } from '../blocks.js';
import { codeListings } from '../code-lines.js';
import { alphabeticalRuns } from '../listings.js';
import { AUTHOR_LABEL_ELSEWHERE, labelledField } from '../rules/byline.js';
import { PAGER } from '../rules/navigation.js';
import { isSponsorLabel } from '../rules/promo.js';
import { classify } from '../rules.js';
import { HEADLINE_MAX_WORDS, isHeadingShaped, isHeadlineCase, isProse, words } from '../shape.js';
import type { Pass } from '../state.js';
import { endsWithColon } from '../text.js';

/** A teaser card's button: "Read Now", "Download Now", "Watch now ›". */
const CARD_BUTTON =
  /^(?:(?:read|download|watch|register|view|shop)\s+(?:now|more)|learn more|read the (?:report|story|article|paper|guide))\s*[›»→>]?$/i;

/**
 * Needs: nothing. Decides the blocks that are chrome by their Markdown syntax alone (images,
 * template tags, tag-only HTML, footnote texts), a caption under its picture's "[+] Enlarge" and a
 * video's title under "Watch Now:", and records what the block rules say of every other block out
 * of context: later passes weigh those hints by where the block stands.
 */
export const markup: Pass = {
  name: 'markup',
  run(state) {
    // (A page copy's code listing is markup as Markdown's code blocks are: nothing marks it but its lines.)
    const code = new Set(state.format === 'text' ? codeListings(state.blocks) : []);
    state.blocks.forEach((block, i) => {
      if (block.chrome) state.remove(i, block.chrome);
      else if (code.has(i)) state.remove(i, 'markup');
      else state.hints[i] = classify(block, false);
    });
    // A field's label on one line and its value on the next ("Author of the article:" / "Barbara
    // Shecter"): read as the one-line field they make.
    const firstProse = state.blocks.findIndex((block) => isProse(block));
    state.blocks.forEach((block, i) => {
      const value = state.blocks[i + 1];
      // (A page that spaces its lines sets a blank line between them: "Written by" / "" / "Edzel Tabing".)
      if (!value || block.chrome || value.chrome || value.lines.start > block.lines.end + 2) return;
      const field = labelledField(block.plain, value.plain);
      // (Asked first: most lines label nothing, and reading the next line for names took about 30 ms of a 10 MB essay.)
      if (!field) return;
      // (In the deck's other languages, a label is read over the text only, where a byline stands, "Por" / "Catalina
      // Demidchuk" / "— November 05, 2015" / the title: under it, "Geschrieben von" / a name heads the writer's box.)
      if (AUTHOR_LABEL_ELSEWHERE.test(block.plain.trim()) && i > firstProse) return;
      // (A label without its colon is read only over a name alone: "Author" / "Recent Posts" is a sidebar. Over a
      // list of names, "By" is left to the bylines pass. Under "By", "Author" or "Written by", one name is taken even
      // if the text writes a word of it in lower case: in the writer's e-mail address, "@noshin.sharmily07[at]gmail.com",
      // or a citation's key, "@online{amerkhanian2024,".)
      const bare = !endsWithColon(block.plain);
      const writerLabel = /^(?:by|authors?|written by)$/i.test(block.plain.trim()) || AUTHOR_LABEL_ELSEWHERE.test(block.plain.trim());
      const after = state.blocks[i + 2];
      const list = after !== undefined && after.lines.start <= value.lines.end + 2 && namesAlone(after) !== null;
      const named = writerLabel ? namesAlone(value) !== null && !list : writersAlone(value, state.vocabulary) !== null;
      if (bare && !named) return;
      const verdict = classify(makeBlock('paragraph', [{ text: field, line: value.lines.start }]), false);
      if (verdict?.kind !== 'meta') return;
      state.hints[i] = { kind: 'meta' };
      state.hints[i + 1] = verdict;
    });
    // A pager's label and the title it links, on the next line ("Previous" / "What are HR Services?" / "Next" / …).
    state.blocks.forEach((block, i) => {
      const title = state.blocks[i + 1];
      if (!title || state.hints[i + 1] || title.chrome || !PAGER.test(block.plain.trim()) || title.lines.start > block.lines.end + 2)
        return;
      if (isHeadingShaped(title, HEADLINE_MAX_WORDS) || (isHeadlineCase(title) && !isProse(title)) || /\?$/.test(title.plain.trim()))
        state.hints[i + 1] = { kind: 'chrome', reason: 'related' };
    });
    // A teaser card: a headline right over its button or its sponsor's label ("4 steps to successful data
    // governance programs for government" / "Presented By Carahsoft" / "Download Now"; "Health Tech" / "Read Now"),
    // or a video's, over its length ("Electoral College picks Trump amid protests" / "01:46").
    state.blocks.forEach((block, i) => {
      const below = state.blocks[i + 1];
      if (
        !below ||
        state.hints[i] ||
        block.chrome ||
        below.lines.start > block.lines.end + 1 ||
        !isHeadingShaped(block, HEADLINE_MAX_WORDS)
      )
        return;
      if (CARD_BUTTON.test(below.plain.trim()) || isSponsorLabel(below.plain) || VIDEO_LENGTH.test(below.plain.trim()))
        state.hints[i] = { kind: 'chrome', reason: 'related' };
    });
    // The line right under a media element's button: a picture's caption, its credit glued on, under "[+] Enlarge"
    // ("Cliff Welch/Icon SMI Maurkice Pouncey denies …"); a video's title under "Watch Now:" ("Lilly Singh Takes A Lie
    // Detector Test"). Decided here, not hinted: set inside the text, where only unmistakable chrome goes, they are unmistakable.
    state.blocks.forEach((block, i) => {
      const below = state.blocks[i + 1];
      if (!below || below.lines.start > block.lines.end + 1) return;
      const button = block.plain.trim();
      if (ENLARGE.test(button) && words(below) <= CAPTION_MAX_WORDS) state.remove(i + 1, 'caption');
      else if (WATCH_LABEL.test(button) && isHeadingShaped(below, HEADLINE_MAX_WORDS)) state.remove(i + 1, 'related');
    });
    // A font-size control: its label and its choices, a line each ("Text Size" / "Normal" / "Large" / "Extra Large",
    // "TEXT SIZE" / "Small" / "Medium" / "Large", "Font Size" / "50%" / "75%" / "100%"). Decided here: it may stand
    // inside the text, under the last paragraph.
    state.blocks.forEach((block, i) => {
      if (!TEXT_SIZE_LABEL.test(block.plain.trim())) return;
      let last = i;
      for (let j = i + 1; j <= i + TEXT_SIZE_MAX_CHOICES; j++) {
        const choice = state.blocks[j];
        if (!choice || choice.lines.start > (state.blocks[j - 1] as Block).lines.end + 1 || !TEXT_SIZE_CHOICE.test(choice.plain.trim()))
          break;
        last = j;
      }
      if (last - i < TEXT_SIZE_MIN_CHOICES) return;
      for (let j = i; j <= last; j++) state.remove(j, 'navigation');
    });
    for (const i of alphabeticalRuns(state)) if (state.hints[i]?.kind !== 'meta') state.hints[i] = { kind: 'chrome', reason: 'navigation' };
  },
};

/** A font-size control's label. */
const TEXT_SIZE_LABEL = /^(?:text|font) ?size:?$/i;
/** One of its choices: a size's word or a share of the usual size. */
const TEXT_SIZE_CHOICE = /^(?:(?:extra |x-)?(?:small|large)|smaller|larger|normal|medium|default|\d{2,3}\s?%)$/i;
/** A control offers two choices at least (a lone "Large" under the label may be the text's own), five at most here. */
const TEXT_SIZE_MIN_CHOICES = 2;
const TEXT_SIZE_MAX_CHOICES = 5;

/** A video player's label over its title: "Watch Now:", "Watch:", "Video:". */
const WATCH_LABEL = /^(?:watch(?: now| the video)?|video|now playing|up next)\s*:$/i;

/** A video's length on a line of its own: "01:46", "1:02:15". */
const VIDEO_LENGTH = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** A picture's button: "[+] Enlarge", "Enlarge this image". */
const ENLARGE = /^(?:\[\+\]\s*)?enlarge(?: this (?:image|photo|picture))?$/i;
/** A caption is a sentence or two. */
const CAPTION_MAX_WORDS = 45;
