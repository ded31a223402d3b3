import type { Paragraph } from '../../types.js';
import type { Pass } from '../state.js';
import { endsLikeSentence, withoutSoftHyphens, wordCount } from '../text.js';
import { cleanHeading } from './sections.js';

/**
 * A heading over the author's own summary of the text: "TL;DR", "Summary (TL;DR)", "Key takeaways", "In brief",
 * "Das Wichtigste in Kürze", "En bref", "En resumen", "In het kort".
 */
const SUMMARY_HEADING =
  /^(?:summary|executive summary|key (?:points|takeaways|findings)|(?:main |the )?takeaways|in (?:brief|short)|at a glance|tl;? ?dr|(?:the )?bottom line|(?:the )?short version|das wichtigste in kürze|auf einen blick|kurz gesagt|en bref|l['’]essentiel|en resumen|en síntesis|in breve|in sintesi|em resumo|in het kort|kort gezegd)$/i;
/**
 * A paragraph's last sentence announcing that summary, its colon before it: "… but here is the TLDR:", "In short:",
 * "The key takeaways are:", "Here's the short version:", the summary's name a few words before the colon at most. (Not
 * "In a (mostly positive) summary of the current state of AI for coding, Andrej Karpathy writes:", a quotation's lead-in,
 * nor "Here are some of the key findings from the study:", a study's findings the text cites.)
 */
const SUMMARY_LEAD_IN =
  /(?:\btl;? ?dr\b|\bsummary\b|\bin (?:short|brief|a nutshell)\b|\bbottom line\b|\bshort version\b|\b(?:key|main) (?:points|takeaways)\b|\btakeaways\b|\bto sum (?:it )?up\b)(?:[\s,]+[\p{L}'’]+){0,4}\s*:\s*$/iu;

/**
 * A summary is short: a part under "Summary" that runs on (a page's whole introduction, ten paragraphs under the
 * heading) is no summary of points to mark, nor is the text that goes on after an announced one.
 */
const SUMMARY_MAX_WORDS = 300;

/** Whether `title`, as written or without an aside in brackets ("Summary (TL;DR)"), heads the author's summary. */
export const headsSummary = (title: string): boolean =>
  [title, title.replace(/\s*\([^()]*\)$/, '')].some((form) => SUMMARY_HEADING.test(withoutSoftHyphens(form).replace(/[:.]$/, '')));

/** Marks the sentences of the author's summary (Sentence.summary). */
function mark(paragraph: Paragraph): void {
  for (const sentence of paragraph.sentences) if (endsLikeSentence(sentence.text)) sentence.summary = true;
}

/**
 * Needs: body (the body's items). The author's own summary of the text says its points as they chose them: the
 * paragraphs after a line that announces one ("The rest of this post presents the key data …, but here is the TLDR:",
 * "Key takeaways include:"), the first and those after it up to the next heading while they stay a summary's length;
 * else the paragraphs under a heading that says so ("TL;DR", "Key takeaways"), down to the next heading of its level or
 * above (not the text's end), if they are a summary's length. (An announced summary under such a heading is the
 * summary: the rest of the part sets it up.) Page copies set a list's items as paragraphs a line each, so the
 * paragraphs are read as items are.
 * Their sentences are marked (Sentence.summary): the slides take them over the set-up around them, as they take
 * sentences set in bold (presenter reviews: authors' summaries removed or shredded, set-up shown over the claim).
 */
export const summaries: Pass = {
  name: 'summaries',
  run(state) {
    const announced = new Set<Paragraph>();
    /** Words of the announced summary so far; null when none is being read. */
    let read: number | null = null;
    for (const item of state.items) {
      if (item.type === 'heading') {
        read = null;
        continue;
      }
      const { paragraph } = item;
      const words = wordCount(paragraph.text);
      if (read !== null && (read === 0 || read + words <= SUMMARY_MAX_WORDS)) {
        announced.add(paragraph);
        read += words;
      } else read = null;
      // (Read only where a colon ends the paragraph: the pattern, which must look for its words anywhere, read every
      // paragraph's last sentence through, 0.17 s of a 6.8 MB essay's 10 s in a CPU profile.)
      const last = paragraph.sentences.at(-1)?.text.trimEnd() ?? '';
      if (last.endsWith(':') && SUMMARY_LEAD_IN.test(last)) read = 0;
    }
    let part: Paragraph[] | null = null;
    let level = 0;
    const close = (last: boolean): void => {
      const words = part?.reduce((sum, paragraph) => sum + wordCount(paragraph.text), 0) ?? 0;
      if (part && !last && words <= SUMMARY_MAX_WORDS && !part.some((paragraph) => announced.has(paragraph))) part.forEach(mark);
      part = null;
    };
    for (const item of state.items) {
      if (item.type === 'paragraph') part?.push(item.paragraph);
      else if (!part || item.level <= level) {
        close(false);
        if (headsSummary(cleanHeading(item.title))) [part, level] = [[], item.level];
      }
    }
    // (A summary the text ends on is its conclusion: the slides take its last sentence, where the argument lands, as
    // they take any conclusion's; marking all its sentences would weigh them all as that one.)
    close(true);
    announced.forEach(mark);
  },
};
