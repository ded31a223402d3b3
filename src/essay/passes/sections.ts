import type { Paragraph, Section } from '../../types.js';
import { contentWords, cosine, wordVector } from '../keyphrase.js';
import { labelsFor } from '../language.js';
import { bestPhrase, phraseKey as nounKey } from '../phrases.js';
import { type BodyItem, type EssayState, type Pass, paragraphWordCount, type Sections } from '../state.js';
import { type Tagger, winkTagger } from '../tagger.js';
import { endsWithColon, POINTS_ELSEWHERE, withoutSoftHyphens, wordCount } from '../text.js';
import { taggerFor } from '../word-tagger.js';

type Heading = Extract<BodyItem, { type: 'heading' }>;

/** Headings that conclude, when they are the last of the essay's parts; a call to action closes too ("Help Us Grow This Work"). */
const CONCLUSION_HEADING =
  /^(conclusions?|concluding (thoughts|remarks|observations)|in conclusion|looking (ahead|forward)|(the|a) (way|path|road) (forward|ahead)|way forward|final (thoughts?|words?|remarks)|in closing|closing(?=\s*(?:[:—–]|$))|closing (thoughts|remarks|reflections?)|(?:some |final )?reflections?|summary|in sum|to sum up|summing up|wrapping up|wrap[- ]?up|what happens (now|next)|(the )?bottom line|next steps|what comes next|what('s| is)? next|where (do we|we) go from here|outlook|(the )?road ahead|in the future|the future|what (does|will) the future|what (does )?(this|it|that|all this|all of this) means?\b|what (we're|we are) left with|epilogue|where (that|this) leaves us|what('s| is| lies) ahead|going forward|moving forward|(key )?takeaways?|recommendations for the future|help us|join us|get involved|take action|(a )?call to (?:action|arms)|what (you|we) can do|how (you|to) (can )?help|now what|what now|(?:what are the |some |the )?(?:policy |governance |practical |wider |broader )?implications?(?: for [\w ]{1,30})?(?=\??$))\b/i;
/**
 * The same headings in the other languages the deck speaks (src/essay/language.ts): "Fazit", "Ausblick", "Epílogo",
 * "Einige Schlussfolgerungen angesichts von Corona", "Pour conclure", "Reflexiones finales", "Considerazioni finali".
 */
const CONCLUSION_HEADING_ELSEWHERE =
  /^(?:fazit|schlussfolgerung(?:en)?|(?:einige|ein paar|erste|vorläufige|abschließende) schlussfolgerungen|schlussbemerkung(?:en)?|schlusswort|schlussgedanken|zum schluss|ausblick|resümee|wie geht es weiter|conclusions?|en conclusion|pour conclure|en guise de conclusion|(?:quelques )?(?:réflexions|remarques) finales|perspectives?|et maintenant|conclusi[oó]n(?:es)?|en conclusión|para concluir|reflexiones finales|reflexi[oó]n(?:es)?|réflexions?|reflex(?:ão|ões)|riflession[ei]|reflexion(?:en)?|reflecties?|consideraciones finales|conclusion[ei]|in conclusione|per concludere|considerazioni finali|conclus(?:ão|ões)|em conclusão|considerações finais|conclusies?|tot slot|tot besluit|ten ?slotte|afsluitend|slotsom|vooruitblik|abschließend|zum abschluss|pour finir|para (?:terminar|finalizar)|por último|por fim|per finire|ep[ií]logo|épilogue|epilog|epiloog)(?=$|[\s:.,?!—–-])/i;
/** Of those, the ones that conclude wherever they stand: that say so, or that they are the last words ("Tot slot", "Zum Schluss", "Pour finir"). */
const STRONG_CONCLUSION_ELSEWHERE =
  /^(?:fazit|schlussfolgerung(?:en)?|(?:einige|ein paar|erste|vorläufige|abschließende) schlussfolgerungen|schlussbemerkung(?:en)?|schlusswort|conclusions?|en conclusion|pour conclure|conclusi[oó]n(?:es)?|en conclusión|conclusion[ei]|in conclusione|conclus(?:ão|ões)|em conclusão|conclusies?|tot slot|ten ?slotte|zum schluss|abschließend|pour finir|para (?:terminar|finalizar)|por último|por fim|per finire|(?:un )?dernier mot|le mot de la fin|(?:una )?última palabra|(?:ein )?letztes wort|(?:un['’] ?)?ultima parola|(?:uma )?última palavra|(?:een )?laatste woord|slotwoord)(?=$|[\s:.,?!—–-])/i;
/** A heading as the patterns read it: apostrophes straight, soft hyphens out ("Schluss\u00adfol\u00adge\u00adrungen"). */
const headingWords = (title: string): string => withoutSoftHyphens(title).replace(/’/g, "'");
/** A heading that names the essay's recommendations: "Recommendations", "Key recommendations from ReSA", "Our recommendations to …". */
const RECOMMENDS = /^(?:(?:key|our|main|policy|final|the)\s+)*recommendations?\b/i;

/** A last heading that asks what lies ahead looks forward, as a conclusion does: "More wet and windy conditions ahead?", "Brighter days to come?". */
const ASKS_WHAT_IS_AHEAD = /\b(?:ahead|to come|in store)\s*\?$/i;
/** Of the concluding headings, those that call the reader to act: over sub-headings, they head a set of actions. */
const CALL_TO_ACT =
  /^(what (you|we|they) can do|how (you|to) (can )?help|take action|get involved|(a )?call to (action|arms)|help us|join us|next steps|recommendations for the future)\b/i;
/** Headings that conclude wherever they stand: what follows them is the appendix. */
const STRONG_CONCLUSION =
  /^(conclusions?|concluding (thoughts|remarks|observations)|in conclusion|in closing|final (thoughts?|words?|remarks)|(a |one )?(last|final) word)\b/i;
const concludesAnywhere = (title: string): boolean =>
  STRONG_CONCLUSION.test(title) || STRONG_CONCLUSION_ELSEWHERE.test(headingWords(title));
/**
 * A heading that concludes where it stands last, its apostrophes straight or curly ("What’s next?"): the headings above,
 * and those that conclude anywhere ("Un dernier mot").
 */
const concludes = (title: string): boolean =>
  CONCLUSION_HEADING.test(headingWords(title)) ||
  CONCLUSION_HEADING_ELSEWHERE.test(headingWords(title)) ||
  ASKS_WHAT_IS_AHEAD.test(title.trim()) ||
  concludesAnywhere(title);
/** Headings that only introduce: their text is the context; so is a note's before the first part ("Warning: Graphic Novel Trope Ahead"). */
const INTRO_HEADING =
  /^(introduction|intro|background|context|overview|summary|executive summary|key (?:points|takeaways|findings)|in brief|at a glance|abstract|tl;? ?dr|(an? )?(introduction|overview|background) (to|of|on) .{1,80}|(introduction|overview|background|context|summary)(\s*(\/|&|\band\b)\s*(introduction|overview|background|context|summary))+|(warning|note|disclaimer|caveat|spoiler alert|editor['’]?s note|content warning|trigger warning)(\s*[:!—–-]\s*.{0,80})?)$/i;
/** The same in the other languages the deck speaks: "Einleitung", "Hintergrund", "Contexte", "Antecedentes", "Premessa". */
const INTRO_HEADING_ELSEWHERE =
  /^(?:einleitung|einführung|hintergrund|überblick|vorbemerkung(?:en)?|vorwort|das wichtigste in kürze|auf einen blick|contexte|aperçu|avant-propos|en bref|l['’]essentiel|introducci[oó]n|contexto|antecedentes|en resumen|introduzione|contesto|premessa|in breve|introdução|em resumo|inleiding|achtergrond|in het kort)$/i;
/** A heading that only introduces, in any of those languages, an aside in brackets after it or not ("Summary (TL;DR)"). */
export const introduces = (title: string): boolean => {
  const bare = title.replace(/\s*\([^()]*\)$/, '');
  return [title, bare].some((form) => INTRO_HEADING.test(form) || INTRO_HEADING_ELSEWHERE.test(headingWords(form)));
};
/** Headings of parts after the essay proper that are still the author's text. */
const APPENDIX_HEADING =
  /^(appendix|appendices|annex|addendum|postscript|methodology|methods|data and methods|[^:]{1,40}\s(methodology|(survey|research|data) methods)$|technical (note|appendix)|a note on (data|method|methods|sources)|\*?updates?(\s+\d{1,2})?(\s*\(.{1,30}\))?\s*[:.]?$)/i;
/** The same in the other languages the deck speaks: "Nachtrag zu den Selbsttechniken", "Anhang", "Anhänge", "Annexe", "Apéndice", "Bijlage". */
const APPENDIX_HEADING_ELSEWHERE =
  /^(?:nachtrag|nachbemerkung|anhang|anhänge|methodik|annexes?|post-scriptum|méthodologie|note méthodologique|anexos?|apéndices?|nota metodológica|appendici|appendice|allegat[oi]|nota metodologica|apêndices?|bijlagen?|naschrift|verantwoording)(?=$|[\s:.,—–-])/i;
const isAppendixHeading = (title: string): boolean => APPENDIX_HEADING.test(title) || APPENDIX_HEADING_ELSEWHERE.test(headingWords(title));
/** A closing paragraph that opens with one of these sums up. */
const CONCLUSION_CUE =
  /^(in conclusion|to conclude|in sum|in short|in summary|ultimately|in the end|overall|finally|to sum up|all (of )?(this|these)|none of (this|these)|taken together|the bottom line|whatever (happens|the outcome))\b/i;
/**
 * A closing paragraph that takes leave of the reader ("Hope you enjoyed this first “What if…?” post …", "Stay tuned!",
 * "See you next week"): a sign-off, not where the argument lands.
 */
const SIGN_OFF = /^(?:(?:I|we) )?hope you (?:enjoyed|liked|found)|^stay tuned\b|^see you (?:next|soon|then)\b|^until next time\b/i;
/** A closing paragraph that speaks of its part: "This section lays the ground for …". */
const SECTION_REFERENCE = /\bthis (?:section|chapter|part)\b/i;
/**
 * A closing paragraph that looks back over what the essay has said ("We have talked about centralized control …",
 * "As I have argued, …"): a recap, where the argument lands.
 */
const RECAP =
  /\b(?:we|I)(?:['’]ve| have) (?:talked|written|argued|seen|shown|discussed|looked at|outlined|explored|described|covered|examined|reviewed)\b/i;
/** A part's first words that draw the lesson of the whole: "If you have one take-away from this post", "To sum up", "In conclusion". */
const OPENS_WRAP_UP =
  /^(?:if (?:you|readers?) (?:have|take|remember) (?:one|a single|only one|just one) (?:take-?away|thing|lesson)|(?:the|my|our) (?:key|main|big|one) (?:take-?aways?|lesson)\b|to (?:sum|wrap|tie) (?:it |this |things )?up|to conclude|in conclusion|in summary|all in all|summing up)\b/i;
/** A closing paragraph that speaks of the piece itself ("We intend this blog post only as …") wraps it up. */
const SELF_REFERENCE = /\bthis (?:blog )?(?:post|essay|piece|paper|article|brief|commentary|note)\b/i;
/**
 * A heading that names a set of parallel parts: "Three options", "Policy recommendations",
 * "Quick design fixes", "How to …", "Politische Ideen"; or asks how it may be done, the
 * sub-headings its answers: "What Might the Tech Stack Look Like?", "Wie kann der Staat den
 * Haushalt finanzieren?". Its sub-headings are the approaches.
 */
const SET_HEADING =
  /\b(options|approaches|alternatives|recommendations|proposals|ways|steps|lessons|principles|ideas|solutions|strategies|policies|reforms|actions|measures|priorities|pillars|paths|scenarios|choices|pills|fixes|tips|moves|levers|suggestions|remedies|responses|features|characteristics|components|elements)\b|^(how to|what (to do|should be done|can be done|we (propose|recommend))|what (?:[\p{L}'’-]+\s+){1,3}(?:should|can|must|could) do)\b|^(?:how|what|wie|was)\s+(?:can|could|should|might|would|kann|können|könnte|könnten|sollte|sollten)\b[^?]*\?$|(?<!\p{L})(?:optionen|ansätze|alternativen|empfehlungen|vorschläge|wege|schritte|lehren|prinzipien|ideen|lösungen|strategien|maßnahmen|forderungen|approches|recommandations|propositions|pistes|idées|mesures|leviers|opciones|propuestas|recomendaciones|soluciones|medidas|estrategias|propostas|recomendações|soluções|ideias)(?!\p{L})/iu;
const NUMBER_WORDS = /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+\p{L}+s\b/iu;
/** A label the parts of a set share: "Option A:", "Goal 9:", "Step 2 —", "1.", "01 —", "B)". */
const LABEL = /^(?:(\p{L}+)\s+)?(?:\d{1,2}|[IVXLC]{1,6}|[A-H])(?:[.:)]|\s*[—–|-])(?:\s|$)/u;

/**
 * Strips typographic numbering ("1.", "II.", "B)", "c.", "(1)", "01 —", "4 |") from a heading; a numbering
 * written in words ("Option A:", "Step 2 —") is the author's label and stays.
 */
export function cleanHeading(title: string): string {
  return (
    title
      // A pictograph set before the words as an icon ("🚆 Transport", "🤔 Conclusion"): decoration, not a word of the title.
      .replace(/^(?:\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])*\s*)+(?=\S)/u, '')
      .replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-H]|[a-h])[.)]\s+(?=\S)/, '')
      .replace(/^\((?:\d{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-h]|[A-H])\)\s+(?=\S)/, '')
      .replace(/^\d{1,2}(?:\.\d{1,2})+\s+(?=\S)/, '')
      .replace(/^\d{1,2}\s*[—–|-]\s+(?=\S)/, '')
      // ("#1 Make visits unannounced": a list-style article's number.)
      .replace(/^#\s?\d{1,2}[.:)]?\s+(?=\S)/, '')
      // A closing colon or full stop, not an ellipsis ("… are good but...").
      .replace(/(?<!\.)[:.]$/, '')
      .trim()
  );
}

/**
 * A parent's own text that announces the sub-headings under it as a set: its last paragraph ends in a colon
 * and counts what follows ("We believe there are a number of key areas to look at, …:", "Here are three
 * lessons:", "The following steps …:").
 */
const ANNOUNCES_SET =
  /\b(?:a (?:number|few|couple|handful|series|range|set|list) of|several|various|the following|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?:[\p{L}-]+\s+){0,2}\p{L}{3,}s\b/iu;

/** Sub-headings are the approaches when their parent names a set, or its own text announces one, or they share a label. */
function isSetParent(parent: Heading, children: readonly Heading[], own: readonly BodyItem[] = []): boolean {
  // A labelled heading ("Option A: …") is a member of a set, not the set.
  // (A number alone is the outline's, "5. Policy proposals": it may head a set.)
  if (children.length < 2 || LABEL.exec(parent.title)?.[1] !== undefined) return false;
  if (SET_HEADING.test(parent.title) || NUMBER_WORDS.test(parent.title)) return true;
  const lead = own.at(-1);
  if (lead?.type === 'paragraph' && endsWithColon(lead.paragraph.text) && ANNOUNCES_SET.test(lead.paragraph.sentences.at(-1)?.text ?? ''))
    return true;
  const labels = children.map((child) => LABEL.exec(child.title));
  if (labels.every((label) => label !== null) && new Set(labels.map((label) => (label?.[1] ?? '').toLowerCase())).size === 1) return true;
  // Sub-headings that each quote what someone says ("“This will make traffic and parking worse.”", "“This will reduce the
  // number of trees.”") are a set of claims answered one by one, whatever the parent says.
  if (children.length >= QUOTED_SET_MIN && children.every((child) => QUOTED_HEADING.test(cleanHeading(child.title)))) return true;
  // Sub-headings that each tell the reader to do something ("Pause ‘innovation’", "Publish a
  // technology directive", "Run assessments") are a set of recommendations, whatever the parent says;
  // not under a numbered parent ("2. Make things open"), which is itself the member of a set.
  return (
    !LABEL.test(parent.title) && children.length >= IMPERATIVE_SET_MIN && children.every((child) => isImperative(cleanHeading(child.title)))
  );
}

/** A heading wholly in quotation marks, a stop inside or after them: a claim quoted. */
const QUOTED_HEADING = /^["“„«‘'][^"“”„«»]+["”“»’'][.!?]?$/u;
/** Quoted claims make a set when there are this many or more. */
const QUOTED_SET_MIN = 3;

/** A set of recommendations written as orders has at least this many. */
const IMPERATIVE_SET_MIN = 3;

/** The heading starts with a verb in the imperative: tagged a verb after "We must". */
function isImperative(title: string): boolean {
  const [first = ''] = title.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  const tokens = winkTagger(`We must ${first.toLowerCase()}${title.slice(first.length)}.`)[0] ?? [];
  return tokens[2]?.pos === 'VERB';
}

/** A top-level part of the body: its heading (null for the text before the first) and its items. */
interface Part {
  heading: Heading | null;
  items: BodyItem[];
}

function split(items: readonly BodyItem[], isBoundary: (heading: Heading) => boolean): Part[] {
  const parts: Part[] = [{ heading: null, items: [] }];
  for (const item of items) {
    if (item.type === 'heading' && isBoundary(item)) parts.push({ heading: item, items: [] });
    else (parts.at(-1) as Part).items.push(item);
  }
  return parts;
}

/** The paragraphs of some items, each under the nearest sub-heading above it. */
function paragraphsOf(items: readonly BodyItem[], subheading?: string): Paragraph[] {
  let current = subheading;
  const paragraphs: Paragraph[] = [];
  for (const item of items) {
    if (item.type === 'heading') {
      current = cleanHeading(item.title);
      continue;
    }
    // A paragraph's own bold lead-in is more specific than the sub-heading it sits under.
    paragraphs.push(current && !item.paragraph.subheading ? { ...item.paragraph, subheading: current } : item.paragraph);
  }
  return paragraphs;
}

/** The level whose headings carry the argument: the top one, unless one parent holds them all. */
/** A heading's number alone, no word before it: "1. ", "IV) ". */
const NUMBER_LABEL = /^(?:\d{1,2}|[IVXLC]{1,6})[.:)]\s/;
/** Numbered headings before the first of the top level, at least this many, are sections of their own. */
const ORPHAN_SECTIONS_MIN = 2;

function sectionLevel(headings: readonly Heading[]): number {
  const levels = [...new Set(headings.map((heading) => heading.level))].sort((a, b) => a - b);
  const top = levels[0] ?? 2;
  const topHeadings = headings.filter(
    (heading) => heading.level === top && !concludes(heading.title) && !introduces(cleanHeading(heading.title)),
  );
  // Numbered headings set a level deeper than the top's, two or more, before the first of the top
  // level: no parent heads them, so they are sections too ("1. Connected Fitness Technology", … "5. …",
  // then a promotion's "The MARS Recovery Pack by Escape Fitness" set larger).
  const firstTop = headings.findIndex((heading) => heading.level === top);
  const orphans = headings.slice(0, firstTop).filter((heading) => !introduces(cleanHeading(heading.title)));
  const numbered = orphans.every((heading) => NUMBER_LABEL.test(heading.title));
  if (orphans.length >= ORPHAN_SECTIONS_MIN && numbered) return Math.min(...orphans.map((heading) => heading.level));
  const next = levels[1];
  // One parent heading with the approaches under it as sub-headings: the sub-headings are the sections.
  if (topHeadings.length <= 1 && next !== undefined && headings.filter((heading) => heading.level === next).length >= 2) return next;
  return top;
}

const textOf = (paragraphs: readonly Paragraph[]): string => paragraphs.map((p) => p.text).join(' ');

/** A closing paragraph longer than this is part of its section's argument, not a wrap-up. */
const CLOSING_MAX_SENTENCES = 3;

/**
 * The last paragraph of the last section concludes the essay when it says so ("In the end, …"),
 * or when, short, it returns to the essay's subject rather than its section's: it shares a word
 * with the essay's title and none with the section's.
 */
function closesEssay(closing: Paragraph, sectionTitle: string, essayTitle: string): boolean {
  if (closing.kind === 'item' || SIGN_OFF.test(closing.text.trim())) return false;
  if (CONCLUSION_CUE.test(closing.text.trim()) || RECAP.test(closing.text)) return true;
  if (closing.sentences.length > CLOSING_MAX_SENTENCES) return false;
  if (SELF_REFERENCE.test(closing.text)) return true;
  const own = wordVector(closing.text);
  const shares = (title: string): boolean => [...wordVector(title).keys()].some((key) => own.has(key));
  return shares(essayTitle) && !shares(sectionTitle);
}

/**
 * Headed essays. The parts of the chosen level are the sections; a part whose sub-headings
 * are a set of approaches gives way to them; parts that introduce are the context; the last
 * part that concludes is the conclusion, and parts after it are the appendix.
 */
function headedSections(items: readonly BodyItem[], headings: readonly Heading[], essayTitle: string): Sections {
  const level = sectionLevel(headings);
  const parts = split(items, (heading) => heading.level <= level);
  const intro: Paragraph[] = paragraphsOf(parts[0]?.items ?? []);
  const sections: Section[] = [];
  let conclusion: Section | null = null;
  const appendix: Section[] = [];
  /** A parent's own text, waiting for the section it leads into, and the parent's heading. */
  const pending: Paragraph[] = [];
  let pendingHeading: { title: string; line: number } | null = null;
  /** Index in `sections` of the first part after a set of approaches. */
  let firstAfterSet = -1;
  for (const part of parts.slice(1)) {
    const heading = part.heading as Heading;
    const title = cleanHeading(heading.title);
    const isLast = part === parts.at(-1);
    // (A methods part with a conclusion still to come is one of the argument's parts, as a
    // research post sets them out: question, data, methods, findings, conclusion.)
    const appendixHeading =
      isAppendixHeading(title) &&
      sections.length > 0 &&
      !parts.slice(parts.indexOf(part) + 1).some((later) => concludesAnywhere(cleanHeading(later.heading?.title ?? '')));
    if (conclusion || appendix.length > 0 || appendixHeading) {
      appendix.push({ title, line: heading.line, paragraphs: paragraphsOf(part.items) });
      continue;
    }
    if (sections.length === 0 && introduces(title)) {
      intro.push(...paragraphsOf(part.items));
      continue;
    }
    const childLevel = Math.min(...part.items.flatMap((item) => (item.type === 'heading' ? [item.level] : [])));
    const children = part.items.filter((item): item is Heading => item.type === 'heading' && item.level === childLevel);
    // A last heading that calls the reader to act, over sub-headings of its own, heads a set of actions, not the
    // conclusion: "What You Can Do" over "For government staff", "For vendors", …, each its own group. (One that sums
    // up or looks ahead concludes whatever stands under it: "The road ahead" over "01 — Additionality", ….)
    const actions = children.length >= 2 && CALL_TO_ACT.test(headingWords(title));
    // (The parts after this one are read only for a conclusion's heading: each part copying them all was quadratic.)
    const isConclusion =
      !actions &&
      concludes(title) &&
      (isLast ||
        concludesAnywhere(title) ||
        parts
          .slice(parts.indexOf(part) + 1)
          .every((p) => paragraphsOf(p.items).length === 0 || isAppendixHeading(cleanHeading(p.heading?.title ?? ''))));
    if (isConclusion) {
      conclusion = { title, line: heading.line, paragraphs: paragraphsOf(part.items) };
      continue;
    }
    // A part whose only text leads into the parts after it ("Strategies for Safety" / "Any of the following
    // strategies are intended to …" / "Make new code memory safe" / …, set at one level in a page copy) is
    // their parent: its text leads into the next part, under its own heading as a sub-heading.
    if (leadsIntoNext(part.items, isLast) && sections.length > 0) {
      pending.push(...paragraphsOf(part.items, title));
      pendingHeading = { title, line: heading.line };
      continue;
    }
    // (A parent above the chosen level whose sub-headings are a set gives way to them, as one at the level does:
    // "# Features of Modern Voting" over "### Open Source", "### Zero Trust", … before the "##" parts.)
    // (The parent's own text: its items before its first sub-heading.)
    const firstChild = part.items.findIndex((item) => item.type === 'heading');
    const setParent = actions || isSetParent(heading, children, part.items.slice(0, Math.max(0, firstChild)));
    if (heading.level < level && !setParent) {
      // A parent above the chosen level: its own text leads into the section that follows.
      if (sections.length === 0) intro.push(...paragraphsOf(part.items));
      else {
        pending.push(...paragraphsOf(part.items, title));
        pendingHeading = { title, line: heading.line };
      }
      continue;
    }
    pendingHeading = null;
    if (!setParent) {
      sections.push({ title, line: heading.line, paragraphs: [...pending.splice(0), ...paragraphsOf(part.items)] });
      continue;
    }
    // The approaches under a parent: each its own section; the parent's own text leads into the first.
    const children_ = split(part.items, (item) => item.level <= childLevel);
    const lead = [...pending.splice(0), ...paragraphsOf(children_[0]?.items ?? [], title)];
    if (sections.length === 0) intro.push(...lead);
    children_.slice(1).forEach((child, k) => {
      const childHeading = child.heading as Heading;
      const paragraphs = paragraphsOf(child.items);
      sections.push({
        title: cleanHeading(childHeading.title),
        line: childHeading.line,
        paragraphs: k === 0 && sections.length > 0 ? [...lead, ...paragraphs] : paragraphs,
      });
    });
    firstAfterSet = sections.length;
  }
  // A parent's text with no section after it: a last part of its own, under its heading
  // ("# How to actually accomplish all of this" after the "##" parts), or else the section's before it.
  if (pending.length > 0 && pendingHeading && sections.length > 0)
    sections.push({ ...pendingHeading, paragraphs: pending.splice(0).map(({ subheading, ...paragraph }) => paragraph) });
  if (pending.length > 0) (sections.at(-1)?.paragraphs ?? intro).push(...pending);
  let kept = sections.filter((section) => section.paragraphs.length > 0);
  const last = kept.at(-1);
  const afterNumberedSet = !conclusion && last !== undefined && last === sections.at(-1) && afterNumbered(kept, headings);
  // (A last part that recommends is the essay's proposals, a section of their own whatever their length: "Key
  // recommendations from ReSA", "Recommendations to stakeholders".)
  const recommends = last !== undefined && RECOMMENDS.test(last.title);
  if (
    !conclusion &&
    last &&
    !recommends &&
    kept.length >= 2 &&
    ((firstAfterSet === sections.length - 1 && sections.at(-1) === last) || afterNumberedSet)
  ) {
    // A single part after a set of approaches, ending the essay, sums them up: a set under a
    // parent, or numbered parts ("1. Normalize challenges", "2. …", "3. …", then "Be the thermostat").
    conclusion = last;
    kept = kept.slice(0, -1);
  } else if (!conclusion && last && !recommends && kept.length >= 2 && OPENS_WRAP_UP.test(last.paragraphs[0]?.text.trim() ?? '')) {
    // A last part that opens by drawing the lesson concludes, whatever its heading ("Going further, other critical angles" /
    // "If you have one take-away from this post, …").
    conclusion = last;
    kept = kept.slice(0, -1);
  } else if (
    !conclusion &&
    last &&
    !recommends &&
    kept.length >= SUMMING_UP_MIN_SECTIONS &&
    // (Not the last member of a numbered or labelled set: "4. Many key parts of the coalition …"; nor of a set under
    // a parent that ends the essay: "Politische Ideen" over "Strom", …, "Bildung", "Prozessverbesserungen".)
    !LABEL.test(headings.find((heading) => heading.line === last.line)?.title ?? '') &&
    !(firstAfterSet === sections.length && last === sections.at(-1)) &&
    sumsUp(last, kept.slice(0, -1), intro)
  ) {
    conclusion = last;
    kept = kept.slice(0, -1);
  } else if (!conclusion && last && last.paragraphs.length >= 2 && kept.length >= 2) {
    const closing = last.paragraphs.at(-1) as Paragraph;
    // An essay that ends with a part of several paragraphs ends with its own closing paragraph:
    // it is where the argument lands, whatever its wording. (Not the one paragraph under a
    // sub-heading of its own: the answer to the last of a page's questions.)
    const underItsSubheading = last.paragraphs.filter((paragraph) => paragraph.subheading === closing.subheading).length;
    const aloneUnderSubheading = closing.subheading !== undefined && underItsSubheading < 2;
    const longLastPart =
      last.paragraphs.length >= CLOSING_PART_MIN_PARAGRAPHS &&
      closing.kind !== 'item' &&
      !aloneUnderSubheading &&
      !staysWithItsPart(closing, last.paragraphs.at(-2));
    if (longLastPart || closesEssay(closing, last.title, essayTitle)) {
      // (A closing quip, "Sometimes, that is where change begins.", lands the paragraph before it; a sentence that sums
      // up stands alone: "This analysis shows …".)
      const closingParagraphs = closingOf(last.paragraphs, 1, CLOSING_QUIP_MAX_WORDS);
      conclusion = { title: 'Conclusion', line: null, paragraphs: closingParagraphs };
      last.paragraphs = last.paragraphs.slice(0, -closingParagraphs.length);
    }
  }
  return { intro, sections: kept, conclusion, appendix: appendix.filter((section) => section.paragraphs.length > 0) };
}

/** A lead-in is a sentence or a few. */
const LEAD_IN_MAX_SENTENCES = 3;
/** Words that point at what comes next: "the following strategies", "below are some tips", "here are the top 15 …". */
const POINTS_AHEAD =
  /\b(?:the following|(?:are|is|listed|outlined|described) below|below (?:are|is)|here are|here['’]s (?:how|what|why))\b/i;

/**
 * A part that is only a paragraph leading into what follows: it ends with a colon, or a sentence
 * or a few that point ahead ("Any of the following strategies are intended to …"). Never the last part.
 */
function leadsIntoNext(items: readonly BodyItem[], isLast: boolean): boolean {
  if (isLast || items.length !== 1) return false;
  const [item] = items;
  if (item?.type !== 'paragraph' || item.paragraph.kind !== 'prose') return false;
  const { text, sentences } = item.paragraph;
  return endsWithColon(text) || (sentences.length <= LEAD_IN_MAX_SENTENCES && POINTS_AHEAD.test(text));
}

/** A last part can sum up an essay of this many parts or more. */
const SUMMING_UP_MIN_SECTIONS = 3;
/** A part that sums up is shorter than this share of the others' mean length… */
const SUMMING_UP_MAX_LENGTH = 0.65;
/** …and this share of its content words or more the essay has used before. */
const SUMMING_UP_MIN_RETURN = 0.4;

/**
 * A last part that sums the essay up whatever its heading ("The twilight of the technocrats",
 * "Fix the surveillance economy, not just Facebook"): shorter than the parts before it, of two
 * paragraphs or more, and mostly in words the essay has already used: it returns to the argument
 * rather than opening a new point.
 */
function sumsUp(last: Section, before: readonly Section[], intro: readonly Paragraph[]): boolean {
  if (last.line === null || last.paragraphs.length < 2 || before.length === 0) return false;
  // (The words of the paragraphs joined by spaces: no word runs across a join.)
  const length = (section: Section): number => section.paragraphs.reduce((sum, paragraph) => sum + paragraphWordCount(paragraph), 0);
  // Shorter than the share of the mean: the sum only grows, so once the part is shorter against the
  // sum so far it is against the whole, and the other parts are counted no further.
  const lastLength = length(last);
  let sum = 0;
  let shorter = false;
  for (const section of before) {
    sum += length(section);
    shorter = lastLength < SUMMING_UP_MAX_LENGTH * (sum / before.length);
    if (shorter) break;
  }
  if (!shorter) return false;
  const own = new Set(contentWords(textOf(last.paragraphs)));
  if (own.size === 0) return false;
  // Read the earlier text only until enough of the part's words have turned up.
  const needed = Math.ceil(SUMMING_UP_MIN_RETURN * own.size);
  const returning = new Set<string>();
  for (const paragraph of [...intro, ...before.flatMap((section) => section.paragraphs)]) {
    for (const word of contentWords(paragraph.text)) if (own.has(word)) returning.add(word);
    if (returning.size >= needed) return true;
  }
  return false;
}

/** Numbered headings in a row make a set: "1.", "2)", "III.", "B.". */
const NUMBERED_HEADING = /^\s*(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s/i;
/** A set is this many numbered parts or more. */
const NUMBERED_SET_MIN = 2;

/**
 * The last section is unnumbered and the sections just before it are a numbered set, whatever
 * comes before the set ("Are lessons being unlearnt?", "1. …", "2. …", "3. …", "4. …", then
 * "The best way to build good services is to start small and iterate").
 */
function afterNumbered(sections: readonly Section[], headings: readonly Heading[]): boolean {
  const numbered = (section: Section): boolean =>
    NUMBERED_HEADING.test(headings.find((heading) => heading.line === section.line)?.title ?? '');
  const before = sections.slice(0, -1);
  let run = 0;
  while (run < before.length && numbered(before[before.length - 1 - run] as Section)) run++;
  return run >= NUMBERED_SET_MIN && !numbered(sections.at(-1) as Section);
}

/** Words said by someone the writer quotes, told in the past: "…, even in the U.S. market,\" Lovely said.", "…, she added, especially …". */
const REPORTED_SPEECH =
  /[,"”’]\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:said|added|noted|explained|concluded)\b|\b(?:said|added|noted|explained)\s+\p{Lu}[\p{L}'’-]+/u;

/**
 * A long last part's closing paragraph that is still its part's, not the essay's wrap-up: one whose last
 * sentence reports what a source said (a news report ends on a last quote, not where the writer's argument
 * lands); one that speaks of "this section"; or the one a lead-in ending in a colon introduces ("Here’s how
 * it would read:"), an example.
 */
const staysWithItsPart = (closing: Paragraph, before: Paragraph | undefined): boolean =>
  REPORTED_SPEECH.test(closing.sentences.at(-1)?.text ?? '') || SECTION_REFERENCE.test(closing.text) || endsWithColon(before?.text ?? '');

/** A closing sentence of this many words or fewer is a quip, not the essay's wrap-up by itself. */
const CLOSING_QUIP_MAX_WORDS = 10;

/** Paragraphs an essay without headings keeps for its sections, besides its context and conclusion, before either takes a second paragraph. */
const TOPIC_MIN_PARAGRAPHS = 3;

/**
 * The closing paragraphs: the last, or, when it is a sentence alone of `maxWords` words or fewer, it and the paragraph
 * before, since a slide of one short sentence is too little for a conclusion ("In either case, I'm not holding my
 * breath."). The part keeps `keep` paragraphs or more; a list's item stays with its list, and a paragraph under another
 * sub-heading with its own.
 */
function closingOf(paragraphs: readonly Paragraph[], keep: number, maxWords = Number.POSITIVE_INFINITY): Paragraph[] {
  const closing = paragraphs.at(-1) as Paragraph;
  const before = paragraphs.at(-2);
  // (A closing line that sends the reader elsewhere lands nowhere, whatever its length: "For more on this topic, please
  // check out our far more detailed paper …". The paragraph before it is where the argument lands.)
  const pointsElsewhere = POINTS_ELSEWHERE.test(closing.text.trim());
  const takesBefore =
    closing.sentences.length === 1 &&
    (wordCount(closing.text) <= maxWords || pointsElsewhere) &&
    before !== undefined &&
    before.kind !== 'item' &&
    before.subheading === closing.subheading &&
    paragraphs.length - 2 >= keep;
  return takesBefore ? [before, closing] : [closing];
}

/** A last part of this many paragraphs or more: its closing paragraph is the essay's conclusion. */
const CLOSING_PART_MIN_PARAGRAPHS = 3;

/** An essay without headings is cut into a section for about this many words (calibrated on the corpus: the counts presenters chose for 26 real essays without headings)… */
const WORDS_PER_TOPIC = 400;
/** …and into two to five sections: fewer would not be parts, more would not fit a briefing. */
const MIN_TOPICS = 2;
const MAX_TOPICS = 5;

/**
 * An essay without headings: the first paragraph is the context, a closing paragraph the
 * conclusion, and the rest is cut into 2–5 sections where the vocabulary of neighbouring
 * paragraphs changes most (lexical cohesion, as in TextTiling). Each section is titled with
 * a key phrase from its own text.
 */
export function segmentByTopic(
  paragraphs: readonly Paragraph[],
  afterBreak: ReadonlySet<Paragraph> = new Set(),
  tagger: Tagger = winkTagger,
): Sections {
  if (paragraphs.length === 0) return { intro: [], sections: [], conclusion: null, appendix: [] };
  const [first, ...rest] = paragraphs as [Paragraph, ...Paragraph[]];
  let conclusion: Section | null = null;
  let middle = rest;
  const closing = rest.at(-1);
  // (A list's last item is no closing paragraph: the list stays whole.)
  if (closing && closing.kind !== 'item' && (rest.length >= 2 || CONCLUSION_CUE.test(closing.text.trim()))) {
    const closingParagraphs = closingOf(rest, TOPIC_MIN_PARAGRAPHS);
    conclusion = { title: 'Conclusion', line: null, paragraphs: closingParagraphs };
    middle = rest.slice(0, -closingParagraphs.length);
  }
  // (An opening of one sentence, a lede, is too little for the context slide: the paragraph under it goes with it.)
  const [second] = middle;
  const withSecond = first.sentences.length === 1 && second !== undefined && second.kind !== 'item' && middle.length > TOPIC_MIN_PARAGRAPHS;
  // (An opening that leads into a list keeps the list: "… exposes policymakers to several sources of uncertainty:" /
  // "How dangerous is the virus?" / …, one point.)
  let listed = 0;
  if (endsWithColon(first.text)) while (middle[listed]?.kind === 'item') listed++;
  const taken = withSecond ? 1 : listed;
  const intro = [first, ...middle.slice(0, taken)];
  middle = middle.slice(taken);
  if (middle.length === 0) return { intro, sections: [], conclusion, appendix: [] };
  const words = middle.reduce((sum, paragraph) => sum + paragraphWordCount(paragraph), 0);
  const wanted = Math.min(middle.length, Math.max(MIN_TOPICS, Math.min(MAX_TOPICS, Math.round(words / WORDS_PER_TOPIC))));
  const vectors = middle.map((paragraph) => wordVector(paragraph.text));
  const window = (from: number, to: number): Map<string, number> => {
    const merged = new Map<string, number>();
    for (const v of vectors.slice(Math.max(0, from), Math.max(0, to))) for (const [k, n] of v) merged.set(k, (merged.get(k) ?? 0) + n);
    return merged;
  };
  // (No cut inside a list, nor between its lead-in and its first item: the items are one point.)
  const inList = (at: number): boolean =>
    middle[at]?.kind === 'item' && (middle[at - 1]?.kind === 'item' || endsWithColon(middle[at - 1]?.text ?? ''));
  const gaps = middle
    .slice(1)
    .map((_, i) => ({ at: i + 1, similarity: cosine(window(i - 1, i + 1), window(i + 1, i + 3)) }))
    .filter((gap) => !inList(gap.at));
  const minSize = middle.length >= wanted * 2 ? 2 : 1;
  const cuts: number[] = [];
  // A cut at `at` leaves each part it makes `minSize` paragraphs or more.
  const fits = (at: number): boolean => {
    const bounds = [0, ...cuts, middle.length].sort((a, b) => a - b);
    return bounds.every((bound, k) => {
      const nextBound = bounds[k + 1];
      if (nextBound === undefined || !(bound < at && at < nextBound)) return true;
      return at - bound >= minSize && nextBound - at >= minSize;
    });
  };
  const byCohesion = (a: { at: number; similarity: number }, b: { at: number; similarity: number }): number =>
    a.similarity - b.similarity || a.at - b.at;
  // The author's own breaks ("* * *", "• • •", a rule) between paragraphs part the text where the author did, when they
  // make as many parts as a briefing takes (more are a page's rules between every few paragraphs); the topic's cuts
  // come after them.
  const breaks = gaps.filter((gap) => afterBreak.has(middle[gap.at] as Paragraph));
  if (breaks.length + 1 <= MAX_TOPICS) for (const gap of breaks) if (fits(gap.at)) cuts.push(gap.at);
  for (const gap of [...gaps].sort(byCohesion)) {
    if (cuts.length >= wanted - 1) break;
    if (!cuts.includes(gap.at) && fits(gap.at)) cuts.push(gap.at);
  }
  const bounds = [0, ...cuts.sort((a, b) => a - b), middle.length];
  const groups = bounds.slice(0, -1).map((start, k) => middle.slice(start, bounds[k + 1]));
  // Titles: the noun phrase that best names each part against the others (src/essay/phrases.ts).
  const frequency = new Map<string, number>();
  for (const group of groups) {
    const words = new Set((textOf(group).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((word) => nounKey(word)));
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const used = new Set<string>();
  const sections = groups.map((group, k) => {
    const texts = group.map((paragraph, i) => ({ text: paragraph.text, weight: i === 0 ? 2 : 1, countOnly: false }));
    const context = { documentFrequency: (word: string) => frequency.get(word) ?? 1, documents: groups.length, exclude: used };
    const title = bestPhrase(texts, context, tagger) ?? `Part ${k + 1}`;
    used.add(nounKey(title));
    return { title, line: null, paragraphs: group };
  });
  return { intro, sections, conclusion, appendix: [] };
}

/** A heading numbered by its place in an outline: "4.", "4.1.", "4.1.2. …". */
const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/;
/** Headings numbered to two depths or more, this many at least, make the numbering the outline. */
const OUTLINE_NUMBERED_MIN = 3;

/**
 * Where the headings number their place in an outline ("4.1.2."), the numbering says the level,
 * not the marks: authors' heading marks drift ("## 4.1.2." under "### 4.1."), their numbers do not.
 */
function levelsByNumbering(items: BodyItem[]): void {
  const numbered = items.flatMap((item) => {
    const number = item.type === 'heading' ? OUTLINE_NUMBER.exec(item.title)?.[1] : undefined;
    return item.type === 'heading' && number ? [{ item, depth: number.split('.').length }] : [];
  });
  if (numbered.filter(({ depth }) => depth >= 2).length < OUTLINE_NUMBERED_MIN) return;
  const top = numbered.filter(({ depth }) => depth === 1);
  if (top.length === 0) return;
  const base = Math.min(...top.map(({ item }) => item.level));
  for (const { item, depth } of numbered) item.level = base + depth - 1;
}

/** A heading labelled and numbered as a member of a set: "Tip #1: …", "Step 2 – …". */
const SET_MEMBER = /^(\p{L}+)\s+#?(\d{1,2})(?:[.:)]|\s*[—–|-])\s/u;

/**
 * A set's parent printed right over its first member, line under line ("Top Mental Health Tips for
 * the New Year" / "Tip #1: Recognize Your Feelings"), puts that member a level under it, and the
 * page copy the members after it at the parent's level: the members numbered on from it, with the
 * same label, join it under the parent ("Tip #2: …", "Tip #3: …"). (Bare numbers, "12. …", are a
 * listicle's, which the page's categories head: left as they are.)
 */
function membersUnderStackedParent(items: BodyItem[]): void {
  const headings = items.filter((item): item is Heading => item.type === 'heading');
  headings.forEach((first, k) => {
    const parent = headings[k - 1];
    const label = SET_MEMBER.exec(first.title);
    if (!label || first.marked || !parent || parent.level !== first.level - 1) return;
    let next = Number(label[2]) + 1;
    for (const member of headings.slice(k + 1)) {
      const own = SET_MEMBER.exec(member.title);
      const sameLabel = own?.[1]?.toLowerCase() === label[1]?.toLowerCase();
      if (!own || !sameLabel || Number(own[2]) !== next || member.marked || member.level !== parent.level) return;
      member.level = first.level;
      next++;
    }
  });
}

/**
 * A heading labelled as a part of the whole, numbered: "Part one: …", "Part 2 —", "Part III:", "Chapter 4.",
 * and in the deck's other languages ("Teil 2:", "Parte II", "Partie 3", "Kapitel 1", "Capítulo 2").
 */
const PART_LABEL =
  /^(?:part|chapter|book|teil|kapitel|parte|partie|chapitre|cap[ií]tulo|capitolo|deel|hoofdstuk)\s+(?:\d{1,2}|[IVXLC]{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eins|zwei|drei|vier|f[üu]nf|uno|dos|tres|cuatro|cinco|un|deux|trois|quatre|cinq)\b\s*(?:[.:)]|[—–|-]|$)/i;
/** Part headings needed, at least, for them to head the headings between them. */
const PARTS_MIN = 2;

/**
 * Parts labelled so ("Part one: …", "Part two: …") set at the level of the headings between them, as a
 * page copy sets every heading, head those headings: each unlabelled heading after the first part goes a
 * level under it (a conclusion's or an appendix's heading stays a part of the whole).
 */
function headingsUnderParts(items: BodyItem[]): void {
  const headings = items.filter((item): item is Heading => item.type === 'heading');
  const parts = headings.filter((heading) => PART_LABEL.test(heading.title));
  if (parts.length < PARTS_MIN) return;
  const level = (parts[0] as Heading).level;
  if (parts.some((part) => part.level !== level)) return;
  const first = headings.indexOf(parts[0] as Heading);
  const under = headings
    .slice(first + 1)
    .filter(
      (heading) =>
        heading.level === level &&
        !PART_LABEL.test(heading.title) &&
        !concludes(heading.title) &&
        !isAppendixHeading(cleanHeading(heading.title)),
    );
  for (const heading of under) heading.level = level + 1;
}

/**
 * Headings set a level deeper than the top's before the first of the top level, two or more and not numbered (numbered
 * ones are sectionLevel's), each over text of its own, where the top level holds two parts or more: no parent heads
 * them, so they are parts at the top level, their own sub-headings going up with them. A Markdown post that sets its
 * first parts "##" and its later ones "#" ("## A Dot Gov Address", …, then "# ORCID IDs", "# Evidence Act …").
 */
function orphansAtTopLevel(items: BodyItem[]): void {
  const headings = items.filter((item): item is Heading => item.type === 'heading');
  const top = Math.min(...headings.map((heading) => heading.level));
  const firstTop = headings.findIndex((heading) => heading.level === top);
  const orphans = headings.slice(0, firstTop);
  const parts = headings.filter(
    (heading) => heading.level === top && !concludes(heading.title) && !introduces(cleanHeading(heading.title)),
  );
  if (orphans.length < ORPHAN_SECTIONS_MIN || parts.length < ORPHAN_SECTIONS_MIN) return;
  if (orphans.every((heading) => NUMBER_LABEL.test(heading.title)) || orphans.some((heading) => introduces(cleanHeading(heading.title))))
    return;
  const level = Math.min(...orphans.map((heading) => heading.level));
  // (Each over a paragraph of its own: headings stacked with nothing between are a box's, not parts.)
  const texted = orphans.every((heading) => items[items.indexOf(heading) + 1]?.type === 'paragraph');
  if (!texted) return;
  for (const heading of orphans) heading.level -= level - top;
}

/** A line of marks alone: "* * *", "• • •", "⁂", "--", "~~~" (not an empty line, nor a picture's). */
const BREAK_MARKS = /^\s*[*•·⁂∗✱※§~=_—–-](?:\s*[*•·⁂∗✱※§~=_—–-])*\s*$/u;

/**
 * The paragraphs that follow one of the author's section breaks: a rule, or a line of marks alone ("* * *", "• • •", "⁂")
 * between them and the paragraph before.
 */
function paragraphsAfterBreaks(state: EssayState, paragraphs: readonly Paragraph[]): Set<Paragraph> {
  const breakLines: number[] = [];
  state.blocks.forEach((block, i) => {
    if (i >= state.bodyStart && i < state.bodyEnd && (block.kind === 'rule' || BREAK_MARKS.test(block.plain)))
      breakLines.push(block.lines.start);
  });
  const after = new Set<Paragraph>();
  let next = 0;
  for (let k = 1; k < paragraphs.length; k++) {
    const [before, paragraph] = [paragraphs[k - 1] as Paragraph, paragraphs[k] as Paragraph];
    while (next < breakLines.length && (breakLines[next] as number) <= before.lines.end) next++;
    if (next < breakLines.length && (breakLines[next] as number) < paragraph.lines.start) after.add(paragraph);
  }
  return after;
}

/** A closing part set off by the author's break is a few paragraphs: more are a part of the section's own. */
const CLOSING_AFTER_BREAK_MAX_PARAGRAPHS = 4;

/**
 * The paragraphs after the author's last break in the last section, where no heading names a conclusion, are the
 * essay's closing part: the author set them apart from the section as its end ("… the last option's text" / "* * *" /
 * "So where does this leave us? …"). Only a few, and fewer than the section keeps.
 */
function closingAfterBreak(result: Sections, afterBreak: ReadonlySet<Paragraph>): Sections {
  // (A last part taken for the conclusion though its heading does not say so, "Outstanding Questions" after a set of
  // approaches, is a section when the author's break sets its own closing apart: the closing concludes.)
  const { conclusion } = result;
  const inferred = conclusion && conclusion.line !== null && !concludes(conclusion.title) ? conclusion : null;
  const sections = inferred ? [...result.sections, inferred] : result.sections;
  const last = sections.at(-1);
  if (!last || result.appendix.length > 0 || (conclusion && conclusion.line !== null && !inferred)) return result;
  const all = [...last.paragraphs, ...(inferred ? [] : (conclusion?.paragraphs ?? []))];
  let at = -1;
  for (let k = all.length - 1; k > 0; k--) {
    if (afterBreak.has(all[k] as Paragraph)) {
      at = k;
      break;
    }
  }
  const closing = at > 0 ? all.slice(at) : [];
  // (Not a list's items: the list stays whole with its lead-in.)
  if (closing.length === 0 || closing.length > CLOSING_AFTER_BREAK_MAX_PARAGRAPHS || closing.length >= at || closing[0]?.kind === 'item')
    return result;
  return {
    ...result,
    sections: [...sections.slice(0, -1), { ...last, paragraphs: all.slice(0, at) }],
    conclusion: { title: 'Conclusion', line: null, paragraphs: closing },
  };
}

/**
 * Needs: body (items). Groups the body into the context, the sections (the approaches), the
 * conclusion and the appendix. Sets `sections`.
 */
export const sections: Pass = {
  name: 'sections',
  run(state) {
    levelsByNumbering(state.items);
    membersUnderStackedParent(state.items);
    headingsUnderParts(state.items);
    orphansAtTopLevel(state.items);
    const headings = state.items.filter((item): item is Heading => item.type === 'heading');
    const paragraphs = state.items.flatMap((item) => (item.type === 'paragraph' ? [item.paragraph] : []));
    // (The breaks are read only for an essay cut by topic: headings part the others.)
    const byTopic = (): Sections => segmentByTopic(paragraphs, paragraphsAfterBreaks(state, paragraphs), taggerFor(state.meta.language));
    if (headings.length === 0) state.sections = byTopic();
    else {
      const result = headedSections(state.items, headings, state.meta.title);
      const empty = result.sections.length === 0 && result.appendix.length === 0;
      // A page copy whose only "heading" is a stray line (a caption, a button) has no structure of its own.
      const stray = result.sections.length < 2 && !result.conclusion && headings.every((heading) => !heading.marked);
      state.sections =
        (empty && result.intro.length > 1 && !result.conclusion) || stray
          ? byTopic()
          : closingAfterBreak(result, paragraphsAfterBreaks(state, paragraphs));
    }
    // A conclusion the essay gives no heading of its own is named in the essay's language.
    const { conclusion } = state.sections;
    if (conclusion && conclusion.line === null) conclusion.title = labelsFor(state.meta.language).conclusion;
  },
};
