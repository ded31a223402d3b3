import { type KeySet, keyPhrase } from '../essay/keyphrase.js';
import { type DeckLabels, labelsFor } from '../essay/language.js';
import { bestPhrase, phraseKey, type WeightedText } from '../essay/phrases.js';
import { paragraphWordCount } from '../essay/state.js';
import type { Tagger } from '../essay/tagger.js';
import { capitalizeFirst, matchKey, slugify, withoutSoftHyphens, wordCount } from '../essay/text.js';
import { taggerFor } from '../essay/word-tagger.js';
import type { Bullet, Essay, LineSpan, Outline, OutlineGroup, OutlineSlide, Paragraph, Section, Sentence } from '../types.js';
import { aboutPages, partLines, withoutPreviewLink } from './about.js';
import { type Budget, share, slideBudget } from './budget.js';
import { MEDIAN_BULLET_WORDS, MIN_BULLETS, type Picking, selectBullets } from './bullets.js';
import { copiedSlide, setNotesWordCount } from './notes.js';
import { planSlides, type Unit, unitOf, unitsOf } from './plan.js';
import { EssayWords } from './words.js';

export interface OutlineOptions {
  /** Talk length in minutes (deck.yaml's `minutes`, `--minutes`): it sets the slide budget. */
  minutes?: number | null;
  /** Tags text for slide titles; by default wink-nlp for English, function words for the other languages the deck speaks. */
  tagger?: Tagger;
}

/** Conclusions' headings that say only that they conclude, in the languages the deck speaks (matchKey form). */
const GENERIC_CONCLUSION =
  /^(?:(?:in )?conclusions?|concluding (?:thoughts|remarks|observations)|final (?:thoughts?|words?|remarks)|summary|fazit|schlussfolgerungen|conclusi[oó]n(?:es)?|en conclusion|conclusion[ei]|conclus(?:ão|ões)|conclusies?|wnioski|podsumowanie)$/;
/** A removed line this long or shorter could be a made title: a tag, a menu's item, a box's label. */
const CHROME_TITLE_MAX_WORDS = 6;
/** The fixed group ids; section ids are slugs of their titles and never take one of these. */
const FIXED_IDS = new Set(['title', 'context', 'overview', 'conclusion', 'about']);
/** An overview lists the parts: two at least. A part alone needs no map of the deck (a held-back review: "The Overview lists one section"). */
const OVERVIEW_MIN_SECTIONS = 2;
/** A key-point slide should have sentences enough for two bullets: no more slides than this many sentences each. */
const SENTENCES_PER_SLIDE = 2;

function span(paragraphs: ReadonlyArray<{ lines: LineSpan }>): LineSpan | null {
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  return first && last ? { start: first.lines.start, end: last.lines.end } : null;
}

/** A part of the essay that gets key-point slides: the context, a section, the conclusion, an appendix. */
interface Part {
  groupId: string;
  /** The group's title, which no slide of it repeats. */
  title: string;
  units: Unit[];
  /** The title is the author's heading over the part (not one made of its words). */
  headed?: boolean;
}

/** A planned key-point slide before its title and id. */
interface Point {
  units: Unit[];
  bullets: Bullet[];
}

class OutlineBuilder {
  private readonly words: EssayWords;
  /** The body's paragraphs, in order: context, sections, conclusion, appendix. */
  private readonly paragraphs: readonly Paragraph[];
  private readonly groupIds = new Set<string>();
  private readonly tagger: Tagger;
  /** Keys of the short lines removed as chrome: a made title is none of them. */
  private readonly chromeTitles: ReadonlySet<string>;
  /** The deck's own words (group titles), in the essay's language. */
  private readonly labels: DeckLabels;
  readonly budget: Budget;
  /** The title slide's texts, which no bullet repeats (matchKey form). */
  private readonly shown: ReadonlySet<string>;

  constructor(
    private readonly essay: Essay,
    options: OutlineOptions,
  ) {
    this.tagger = options.tagger ?? taggerFor(essay.meta.language);
    this.labels = labelsFor(essay.meta.language);
    this.chromeTitles = new Set(
      essay.removed.filter((line) => wordCount(line.text) <= CHROME_TITLE_MAX_WORDS).map((line) => phraseKey(line.text)),
    );
    const all = [
      ...essay.intro,
      ...essay.sections.flatMap((s) => s.paragraphs),
      ...(essay.conclusion?.paragraphs ?? []),
      ...essay.appendix.flatMap((s) => s.paragraphs),
    ];
    this.paragraphs = all;
    this.words = new EssayWords(all);
    this.shown = new Set([essay.meta.title, essay.meta.subtitle ?? ''].filter(Boolean).map(matchKey));
    this.budget = slideBudget(
      all.reduce((sum, paragraph) => sum + paragraphWordCount(paragraph), 0),
      options.minutes,
    );
  }

  build(): Outline {
    const { essay } = this;
    const { context, leadIn } = this.contextPart();
    const sections = essay.sections.map((section) => ({ section, id: this.groupId(section.title) }));
    const appendix = essay.appendix.map((section) => ({ section, id: this.groupId(section.title) }));
    const parts: Part[] = [
      ...(context ? [context] : []),
      ...sections.map(({ section, id }) => ({
        groupId: id,
        title: section.title,
        units: unitsOf(section.paragraphs),
        headed: section.line !== null,
      })),
      ...(essay.conclusion ? [{ groupId: 'conclusion', title: essay.conclusion.title, units: unitsOf(essay.conclusion.paragraphs) }] : []),
      ...appendix.map(({ section, id }) => ({ groupId: id, title: section.title, units: unitsOf(section.paragraphs) })),
    ];
    const about = this.aboutGroup();
    // (A conclusion's opener, shown for ten seconds, takes no key-point slide's place: counted, it cost sub-headings' slides.)
    // (Every section's divider is counted, though a part of one slide shows none: the deck ends a slide short of its budget
    // there. Giving those slides to more points was tried: 6% more bullets, with more thin ones and more questions cut off.)
    // (Nor does the source slide that closes a deck without a bio: a credit of ten seconds, like no key point's slide.)
    const bioSlides = essay.bio.length > 0 ? about.slides.length : 0;
    const fixed = 1 + (sections.length >= OVERVIEW_MIN_SECTIONS ? 1 : 0) + sections.length + appendix.length + bioSlides;
    const points = this.shareSlides(parts, this.budget.slides - fixed).map((count, i) => this.pointsOf(parts[i] as Part, count));
    // (No slide takes a group's title, its own group's or another's: "Ministère des Armées" on the context slide and as a section.)
    const { context: contextLabel, overview, conclusion, aboutAuthor, aboutAuthors, source } = this.labels;
    const groupTitles = new Set(
      [essay.meta.title, contextLabel, overview, conclusion, aboutAuthor, aboutAuthors, source, ...parts.map((part) => part.title)].map(
        phraseKey,
      ),
    );
    const slidesOf = new Map(parts.map((part, i) => [part.groupId, this.pointSlides(part, points[i] as Point[], groupTitles)]));
    // (The essay's last sentence, where it lands, stays on the conclusion's slide: see selectBullets.)
    const closing = parts
      .find((part) => part.groupId === 'conclusion')
      ?.units.at(-1)
      ?.sentences.at(-1);
    trimToMedian([...slidesOf.values()].flat(), closing);
    calmCapitalLedes([...slidesOf.values()].flat(), this.paragraphs);

    const groups: OutlineGroup[] = [this.titleGroup()];
    if (context) groups.push({ id: 'context', kind: 'context', title: this.labels.context, slides: slidesOf.get('context') ?? [] });
    const sectionGroups = sections.map(({ section, id }) => this.sectionGroup(section, id, 'section', slidesOf.get(id) ?? []));
    if (sectionGroups.length >= OVERVIEW_MIN_SECTIONS) groups.push(this.overviewGroup(sectionGroups, leadIn));
    groups.push(...sectionGroups);
    if (essay.conclusion) {
      const points = slidesOf.get('conclusion') ?? [];
      // A conclusion under a heading of the author's that names it opens with it, as a section does ("Europe’s Strategic
      // Advantage"): else the heading would stand on no slide. One headed "Conclusion", or named by the deck, opens with its points.
      if (this.namedConclusion())
        groups.push({ ...this.sectionGroup(essay.conclusion, 'conclusion', 'section', points), kind: 'conclusion' });
      else {
        const [first, ...rest] = points;
        const head = first ? [copiedSlide(first, { ...first, id: 'conclusion' })] : [];
        groups.push({ id: 'conclusion', kind: 'conclusion', title: essay.conclusion.title, slides: [...head, ...rest] });
      }
    }
    groups.push(...appendix.map(({ section, id }) => this.sectionGroup(section, id, 'appendix', slidesOf.get(id) ?? [])));
    groups.push(about);
    const { title, subtitle, authors, date, publication, language } = essay.meta;
    return { meta: { title, subtitle, authors, date, publication, language }, groups, removed: essay.removed, budget: this.budget };
  }

  /**
   * The key-point slides each part gets, from what the budget leaves after the title, overview,
   * section and about slides: in proportion to the part's words, at least one each (and one for each
   * sub-heading of the author's that has a slide's worth under it), and no more than its units, or
   * than one slide for every two of its sentences.
   */
  private shareSlides(parts: readonly Part[], available: number): number[] {
    // (Each of the author's sub-headings a slide of its own, that it may title: but not one the essay repeats under every
    // part, "What it costs", nor one over a single sentence, a slide of one bullet.)
    const runs = parts.map((part) => subheadingRuns(part.units));
    const seen = new Map<string, number>();
    for (const { subheading } of runs.flat()) {
      const key = phraseKey(subheading);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const own = (run: SubheadingRun): boolean =>
      seen.get(phraseKey(run.subheading)) === 1 && run.sentences >= SUBHEADING_SLIDE_MIN_SENTENCES;
    const min = parts.map((part, i): number => (part.units.length > 0 ? Math.max(1, (runs[i] ?? []).filter(own).length) : 0));
    const max = parts.map((part) =>
      Math.min(
        part.units.length,
        Math.max(1, Math.ceil(part.units.reduce((n, unit) => n + unit.sentences.length, 0) / SENTENCES_PER_SLIDE)),
      ),
    );
    const weights = parts.map((part) => part.units.reduce((n, unit) => n + unit.words, 0));
    return share(
      Math.max(
        available,
        min.reduce((a, b) => a + b, 0),
      ),
      weights,
      min,
      max,
    );
  }

  /**
   * A part's slides: its units cut into `count` runs, each with its bullets. A run none of
   * whose sentences makes a bullet joins its neighbour, so no slide is empty; a part with a
   * single slide shows its best sentence even when long.
   */
  private pointsOf(part: Part, count: number): Point[] {
    // (How every slide of the part picks its bullets: the essay's words, the title's for the thesis, the title slide's texts.)
    // (The conclusion's last sentence, where the essay's argument lands, weighs as a topic sentence does: presenter
    // reviews found decks that cut the closing line.)
    const landing = part.groupId === 'conclusion' ? part.units.at(-1)?.sentences.at(-1) : undefined;
    const heading = part.headed ? new Set(this.words.contentWords(part.title)) : undefined;
    const picking: Picking = { words: this.words, focus: this.focusOf(part), shown: this.shown, landing, heading };
    const points: Point[] = planSlides(part.units, count).map((units) => ({ units, bullets: selectBullets(units, picking) }));
    for (let i = 0; i < points.length && points.length > 1; ) {
      const point = points[i] as Point;
      if (point.bullets.length > 0) {
        i++;
        continue;
      }
      const next = points[i + 1];
      const into = next ?? (points[i - 1] as Point);
      into.units = next ? [...point.units, ...into.units] : [...into.units, ...point.units];
      into.bullets = selectBullets(into.units, picking);
      points.splice(i, 1);
    }
    mergeLonePoints(points, picking);
    // (A slide left with one point that no neighbour could join takes a second, longer one if its text has it.)
    for (const point of points)
      if (point.bullets.length === 1) point.bullets = selectBullets(point.units, { ...picking, longSecond: true });
    const lone = points.length === 1 ? points[0] : undefined;
    if (lone && lone.bullets.length < MIN_BULLETS)
      lone.bullets = selectBullets(lone.units, { ...picking, allowLong: true, longSecond: true });
    return points;
  }

  /**
   * The content words of the essay's title and standfirst, for the context and the conclusion, where the thesis is
   * stated and restated; none for a section, whose heading names its topic more often than its point.
   */
  private focusOf(part: Part): ReadonlySet<number> {
    const { meta } = this.essay;
    if (part.groupId !== 'context' && part.groupId !== 'conclusion') return new Set();
    return new Set(this.words.contentWords(`${meta.title} ${meta.subtitle ?? ''}`));
  }

  private groupId(title: string): string {
    const base = slugify(title) || 'section';
    let id = FIXED_IDS.has(base) ? `${base}-section` : base;
    for (let n = 2; this.groupIds.has(id); n++) id = `${base}-${n}`;
    this.groupIds.add(id);
    return id;
  }

  private titleGroup(): OutlineGroup {
    const { meta } = this.essay;
    const line = meta.lines.title;
    // The title's lines run to its date or byline, which front matter may set above it.
    const other = meta.lines.date ?? meta.lines.authors ?? line;
    return {
      id: 'title',
      kind: 'title',
      title: meta.title,
      slides: [
        {
          id: 'title',
          title: meta.title,
          layout: 'title',
          bullets: [],
          notes: '',
          source: line && other ? { start: Math.min(line, other), end: Math.max(line, other) } : null,
        },
      ],
    };
  }

  /**
   * The introduction. A closing sentence that ends in a colon ("Here are three
   * possibilities:") introduces the approaches: its notes go with the overview slide, when the deck has one.
   */
  private contextPart(): { context: Part | null; leadIn: Unit | null } {
    const intro = this.essay.intro;
    if (intro.length === 0) return { context: null, leadIn: null };
    const last = intro[intro.length - 1] as Paragraph;
    const closing = last.sentences[last.sentences.length - 1];
    const hasLeadIn =
      this.essay.sections.length >= OVERVIEW_MIN_SECTIONS &&
      closing !== undefined &&
      /:["”’]?$/.test(closing.text) &&
      last.sentences.length > 1;
    if (!hasLeadIn) return { context: { groupId: 'context', title: this.labels.context, units: unitsOf(intro) }, leadIn: null };
    const units = [...unitsOf(intro.slice(0, -1)), unitOf(last, last.sentences.slice(0, -1))];
    return { context: { groupId: 'context', title: this.labels.context, units }, leadIn: unitOf(last, [closing]) };
  }

  private overviewGroup(sections: ReadonlyArray<OutlineGroup>, leadIn: Unit | null): OutlineGroup {
    const links = sections.map((group, i) => ({ groupId: group.id, title: group.title, line: this.essay.sections[i]?.line ?? null }));
    const lines = links.map((link) => link.line).filter((line): line is number => line !== null);
    const slide: OutlineSlide = {
      id: 'overview',
      title: this.labels.overview,
      layout: 'overview',
      bullets: [],
      notes: leadIn?.text ?? '',
      source: lines.length > 0 ? { start: Math.min(...lines), end: Math.max(...lines) } : null,
      links,
    };
    return { id: 'overview', kind: 'overview', title: this.labels.overview, slides: [slide] };
  }

  /** The conclusion stands under a heading of the author's that says more than "Conclusion". */
  private namedConclusion(): boolean {
    const { conclusion } = this.essay;
    if (!conclusion || conclusion.line === null) return false;
    const key = matchKey(conclusion.title);
    return key !== matchKey(this.labels.conclusion) && !GENERIC_CONCLUSION.test(key);
  }

  /** The part's slides go under its heading, each on a section's divider or, one alone, titled with it (sectionGroup). */
  private titledByPart(part: Part): boolean {
    return part.groupId !== 'context' && (part.groupId !== 'conclusion' || this.namedConclusion());
  }

  private sectionGroup(section: Section, id: string, kind: 'section' | 'appendix', points: OutlineSlide[]): OutlineGroup {
    const opener: OutlineSlide = {
      id,
      title: section.title,
      layout: 'section',
      bullets: [],
      notes: '',
      source: section.line ? { start: section.line, end: section.line } : span(section.paragraphs),
    };
    // A part of one slide is that slide under the part's heading: a divider before it would announce one slide (presenter reviews).
    const [only, ...more] = points;
    if (only && more.length === 0 && !only.continued) {
      const source =
        opener.source && only.source
          ? { start: Math.min(opener.source.start, only.source.start), end: Math.max(opener.source.end, only.source.end) }
          : only.source;
      return { id, kind, title: section.title, slides: [copiedSlide(only, { ...only, id, title: section.title, source })] };
    }
    return { id, kind, title: section.title, slides: [opener, ...points] };
  }

  /**
   * The about group: the bio, or for an essay without one, a slide that cites it (its title, writers, publication and
   * date, from the metadata; no bullet, no notes). Every presenter review found decks ending on their conclusion with
   * nothing to say where the text came from.
   */
  private aboutGroup(): OutlineGroup {
    const { bio, meta } = this.essay;
    if (bio.length === 0) {
      const { source } = this.labels;
      const line = meta.lines.title;
      const slide: OutlineSlide = {
        id: 'about',
        title: source,
        layout: 'about',
        bullets: [],
        notes: '',
        source: line ? { start: line, end: line } : null,
      };
      return { id: 'about', kind: 'about', title: source, slides: [slide] };
    }
    const title = meta.authors.length > 1 ? this.labels.aboutAuthors : this.labels.aboutAuthor;
    // A long bio goes on continuation slides (outline/about.ts) rather than below a readable size.
    const slides = aboutPages(bio.map(withoutPreviewLink)).map((parts, i): OutlineSlide => {
      const slide: OutlineSlide = {
        id: i === 0 ? 'about' : `about-${i + 1}`,
        title,
        layout: 'about',
        bullets: parts.flatMap((part) => part.sentences.map((s) => ({ text: s.text, source: { line: s.line, sentence: s.index } }))),
        notes: parts.map((part) => unitOf(part.paragraph, part.sentences).text).join('\n\n'),
        source: span(parts.map((part) => ({ lines: partLines(part) }))),
      };
      if (i > 0) slide.continued = true;
      return slide;
    });
    return { id: 'about', kind: 'about', title, slides };
  }

  /** The part's key-point slides: a title and an id for each point, its notes the units' text. */
  private pointSlides(part: Part, points: readonly Point[], groupTitles: ReadonlySet<string>): OutlineSlide[] {
    const slides: OutlineSlide[] = [];
    const ids = new Set<string>([part.groupId]);
    // (The group's titles and the slides' so far, asked of as one set: a copy of every group's titles for each part grew
    // with the square of the parts, 0.18 s of a 10 MB essay's 3.2.)
    const taken = new Set<string>();
    const used: KeySet = { has: (key) => taken.has(key) || groupTitles.has(key) };
    let previous: { slide: OutlineSlide; last: Unit } | null = null;
    for (const point of points) {
      const first = point.units[0] as Unit;
      // A slide that starts inside the paragraph the one before ends with continues it, under its title.
      const continues = previous !== null && !first.first && previous.last.paragraph === first.paragraph;
      const title = continues && previous ? previous.slide.title : this.slideTitle(point, used);
      taken.add(phraseKey(title));
      const base = `${part.groupId}-${slugify(title) || 'point'}`;
      let id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
      ids.add(id);
      // The slide's first and last source lines: its sentences' lines, and the end of each paragraph whose last sentence it holds.
      let start = Number.POSITIVE_INFINITY;
      let end = Number.NEGATIVE_INFINITY;
      for (const unit of point.units) {
        for (const sentence of unit.sentences) {
          start = Math.min(start, sentence.line);
          end = Math.max(end, sentence.line);
        }
        const last = unit.sentences.at(-1);
        end = Math.max(end, last === unit.paragraph.sentences.at(-1) ? unit.paragraph.lines.end : (last?.line ?? 0));
      }
      // (A bullet that says what the title says, word for word, is said once: the title, a sub-heading in bold that is the
      // item's own first sentence, "Tech is enabling widespread public surveillance and threatening privacy.", states it.
      // The title shown, that is: a section's one slide shows the section's heading (sectionGroup), not the one made here.)
      const titleKey = matchKey(points.length === 1 && this.titledByPart(part) ? part.title : title);
      const others = point.bullets.length > 1 ? point.bullets.filter((bullet) => matchKey(bullet.text) !== titleKey) : point.bullets;
      const slide: OutlineSlide = {
        id,
        title,
        layout: 'points',
        bullets: others,
        notes: unitTexts(point.units, '\n\n'),
        source: { start, end },
      };
      // (The deck times a slide by its notes' words: they are the units' words, counted already.)
      setNotesWordCount(
        slide,
        point.units.reduce((words, unit) => words + unit.words, 0),
      );
      if (continues) slide.continued = true;
      slides.push(slide);
      previous = { slide, last: point.units.at(-1) as Unit };
    }
    return slides;
  }

  /**
   * The author's sub-heading when the slide starts with it; else the noun phrase of the
   * slide's own words that best names it (bullets count double), not one a group's title (its
   * own or another's) or an earlier slide of the group has taken.
   */
  private slideTitle(point: Point, used: KeySet): string {
    const first = point.units[0] as Unit;
    const subheading = first.paragraph.subheading;
    const bulletsUnder = bulletsSubheading(point);
    if (bulletsUnder !== undefined && bulletsUnder !== subheading && !used.has(phraseKey(bulletsUnder))) return bulletsUnder;
    if (subheading && first.first && !used.has(phraseKey(subheading))) return subheading;
    const starting = startingSubheading(point.units);
    if (starting && !used.has(phraseKey(starting))) return starting;
    // Phrases come from the bullets and the notes' opening; the rest of the notes only weighs
    // for them: tagging is the costly part, and a long slide's words recur in its opening.
    // The rest is counted here, with the essay's word keys (outline/words.ts), unless it may hold
    // a web address: then bestPhrase reads it.
    const rest = this.words.tally();
    // (Pushed, each with all three fields: texts of one shape in arrays of one kind, which bestPhrase's
    // optimised code, and this function's, were left again on meeting mixed. So in pointSlides.)
    const texts: WeightedText[] = [];
    // (Soft hyphens out: a page sets them inside long words, "Phäno\u00admen", and a word cut there is no word of a title.)
    for (const bullet of point.bullets) texts.push({ text: withoutSoftHyphens(bullet.text), weight: 2, countOnly: false });
    let budget = TITLE_NOTES_CHARS;
    for (const unit of point.units) {
      const cut = budget <= 0 ? 0 : unit.text.length <= budget ? unit.text.length : unit.text.lastIndexOf(' ', budget) + 1 || budget;
      budget -= cut;
      const tail = unit.text.slice(cut);
      const counted = tail.length === 0 || rest.add(tail, cut === 0 ? unit.paragraph : undefined);
      if (cut > 0) texts.push({ text: withoutSoftHyphens(unit.text.slice(0, cut)), weight: 1, countOnly: false });
      if (!counted) texts.push({ text: withoutSoftHyphens(tail), weight: 1, countOnly: true });
    }
    // (Nor a short line the page's chrome printed, a tag or a menu's item that the text also says.)
    const chromeTitles = this.chromeTitles;
    const exclude: KeySet = chromeTitles.size === 0 ? used : { has: (key) => used.has(key) || chromeTitles.has(key) };
    const context = {
      documentFrequency: (word: string) => this.words.documentFrequency(word),
      documents: this.words.documents,
      exclude,
      counted: rest.count,
    };
    const phrase = bestPhrase(texts, context, this.tagger);
    if (phrase) return phrase;
    const fallback = keyPhrase(withoutSoftHyphens(unitTexts(point.units, ' ')), { exclude });
    return fallback ? capitalizeFirst(fallback) : this.labels.keyPoints;
  }
}

/** The units' texts joined by `separator`, from an array pushed (see slideTitle). */
function unitTexts(units: readonly Unit[], separator: string): string {
  const texts: string[] = [];
  for (const unit of units) texts.push(unit.text);
  return texts.join(separator);
}

/** Characters of a slide's notes read for its title, besides its bullets. */
const TITLE_NOTES_CHARS = 1500;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? (sorted[Math.floor(middle)] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * The deck's bullets should read at a glance: while their median length is over
 * MEDIAN_BULLET_WORDS, the longest secondary point (not a slide's first) leaves a slide that has more than
 * MIN_BULLETS (the sentence stays in the notes). A sentence shown with the one before or after
 * it stays: the slide shows them together because one needs the other (it leans on it, answers
 * its question, or goes on with its quotation; see selectBullets). So does the essay's last sentence (`closing`).
 */
function trimToMedian(slides: OutlineSlide[], closing?: Sentence): void {
  const sourceKey = (bullet: Bullet): string => `${bullet.source.line}:${bullet.source.sentence}`;
  const closingKey = closing ? `${closing.line}:${closing.index}` : undefined;
  const adjacent = (a: Bullet, b: Bullet): boolean =>
    (b.source.sentence === a.source.sentence + 1 && b.source.line >= a.source.line) ||
    (a.source.sentence === b.source.sentence + 1 && a.source.line >= b.source.line);
  // (So do a line that leads into the bullet after it, "As they wrote in this blog post:", and a question, with that bullet:
  // the selection shows a question with its answer, which may open the next paragraph.)
  const leadsInto = (a: Bullet | undefined, b: Bullet | undefined): boolean => !!a && !!b && /[:?]\s*["”’)]?$/.test(a.text);
  const linked = (slide: OutlineSlide, key: string): boolean =>
    slide.bullets.some(
      (bullet, i) =>
        sourceKey(bullet) === key &&
        (slide.bullets.some((other) => adjacent(bullet, other)) ||
          leadsInto(slide.bullets[i - 1], bullet) ||
          leadsInto(bullet, slide.bullets[i + 1])),
    );
  for (;;) {
    const lengths = slides.flatMap((slide) => slide.bullets.map((bullet) => wordCount(bullet.text)));
    if (lengths.length === 0 || median(lengths) <= MEDIAN_BULLET_WORDS) return;
    let drop: { slide: OutlineSlide; key: string; words: number } | null = null;
    for (const slide of slides) {
      const keys = [...new Set(slide.bullets.map(sourceKey))];
      if (keys.length <= MIN_BULLETS) continue;
      // (Not the slide's first point, which opens its part: "When schools across sub-Saharan Africa closed in March 2020, …".)
      for (const key of keys.slice(1)) {
        if (key === closingKey || linked(slide, key)) continue;
        const words = Math.max(...slide.bullets.filter((bullet) => sourceKey(bullet) === key).map((bullet) => wordCount(bullet.text)));
        if (words > MEDIAN_BULLET_WORDS && (!drop || words > drop.words)) drop = { slide, key, words };
      }
    }
    if (!drop) return;
    const { slide, key } = drop;
    slide.bullets = slide.bullets.filter((bullet) => sourceKey(bullet) !== key);
  }
}

/** Words in capitals that open a bullet, a lower-case word after them: "SAY YOU'RE expecting …", "IN THE BUSINESS world, …". */
const CAPITAL_LEDE = /^((?:\p{Lu}[\p{Lu}'’-]*\s+){2,6})(?=\p{Ll})/u;

/**
 * A paper sets a story's first words in capitals ("SAY YOU'RE expecting to rely on a modest retirement fund."): on a
 * slide they read as shouting, and go in small letters, the first capitalised. Not a word the essay writes elsewhere in
 * capitals or with a capital and not in small letters: an initialism ("US GDP grew …") or a name ("CAMELIA TIGAU es
 * investigadora …") stays. The notes keep the text as written.
 */
function calmCapitalLedes(slides: readonly OutlineSlide[], paragraphs: readonly Paragraph[]): void {
  let written: Set<string> | null = null;
  for (const bullet of slides.flatMap((slide) => slide.bullets)) {
    const lede = CAPITAL_LEDE.exec(bullet.text)?.[1];
    if (!lede) continue;
    written ??= writtenWords(paragraphs);
    if (
      lede
        .trim()
        .split(/\s+/)
        .every((word) => commonWord(word.replace(/’/g, "'"), written as Set<string>))
    ) {
      bullet.text = capitalizeFirst(lede.toLowerCase()) + bullet.text.slice(lede.length);
    }
  }
}

/** A word the essay writes in small letters, or never otherwise: no initialism, no name. */
function commonWord(word: string, written: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return written.has(lower) || (!written.has(word) && !written.has(capitalizeFirst(lower)));
}

/** The essay's written words as written (apostrophes straight), but for each paragraph's opening words in capitals: a lede's own. */
function writtenWords(paragraphs: readonly Paragraph[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) {
    const all = paragraph.text.replace(CAPITAL_LEDE, '').match(/(?<![\p{L}'’])\p{L}[\p{L}'’-]*/gu) ?? [];
    for (const word of all) words.add(word.replace(/’/g, "'"));
  }
  return words;
}

/** Essay → Outline: the groups and slides of the deck within the slide budget, bullets with their sources, notes. */
export function buildOutline(essay: Essay, options: OutlineOptions = {}): Outline {
  return new OutlineBuilder(essay, options).build();
}

/** A merged slide's notes run at most this many words: past it the slide is too long to speak to. */
const MERGED_MAX_WORDS = 450;

/**
 * A slide left with one bullet (its other sentences too long to show) joins the neighbour it
 * shares more with, when the two together still make one slide's talk and give more bullets:
 * two points on one slide read better than one point on each.
 */
function mergeLonePoints(points: Point[], picking: Picking): void {
  const words = (point: Point): number => point.units.reduce((sum, unit) => sum + unit.words, 0);
  for (let i = 0; i < points.length && points.length > 1; ) {
    const point = points[i] as Point;
    if (point.bullets.length !== 1) {
      i++;
      continue;
    }
    const neighbours = [i - 1, i + 1].filter(
      (j) => j >= 0 && j < points.length && words(points[j] as Point) + words(point) <= MERGED_MAX_WORDS,
    );
    const options = neighbours.map((j) => {
      const units = j < i ? [...(points[j] as Point).units, ...point.units] : [...point.units, ...(points[j] as Point).units];
      return { j, units, bullets: selectBullets(units, picking) };
    });
    const best = options
      .filter((option) => option.bullets.length >= MIN_BULLETS)
      .sort((a, b) => b.bullets.length - a.bullets.length || words(points[a.j] as Point) - words(points[b.j] as Point))[0];
    if (!best) {
      i++;
      continue;
    }
    const at = Math.min(i, best.j);
    points.splice(at, 2, { units: best.units, bullets: best.bullets });
    i = at;
  }
}

/**
 * The sub-heading of a sub-part that starts inside the slide and holds all the slide's bullets: the title says what
 * they say. (A sub-part whose sentences all lean on the ones before it has no bullet of its own and joins the next one;
 * its sub-heading over the next one's bullets titled "Making it easier for developers to support the site" over "…
 * even when the users are your developer peers", Anna Shipman's "Developers are users too".)
 */
function bulletsSubheading({ units, bullets }: Point): string | undefined {
  let found: string | undefined;
  for (const bullet of bullets) {
    const unit = units.find((u) => u.sentences.some((s) => s.line === bullet.source.line && s.index === bullet.source.sentence));
    const subheading = unit?.paragraph.subheading;
    if (subheading === undefined || (found !== undefined && subheading !== found)) return undefined;
    found = subheading;
  }
  return found !== undefined && units.some((unit) => unit.first && unit.paragraph.subheading === found) ? found : undefined;
}

/**
 * The sub-heading of a sub-part that starts inside the slide, after the text before it, and holds
 * half its words or more: the author's words title the slide rather than a key phrase (Anna
 * Shipman's "Talking about your work helps clarify it", under the lead paragraph of its part).
 */
function startingSubheading(units: readonly Unit[]): string | undefined {
  let total = 0;
  for (const unit of units) total += unit.words;
  let best: string | undefined;
  let bestWords = 0;
  for (let k = 1; k < units.length; k++) {
    const unit = units[k] as Unit;
    const subheading = unit.paragraph.subheading;
    if (!subheading || !unit.first || (units[k - 1] as Unit).paragraph.subheading === subheading) continue;
    let words = 0;
    for (let j = k; j < units.length && (units[j] as Unit).paragraph.subheading === subheading; j++) words += (units[j] as Unit).words;
    if (words > bestWords) [best, bestWords] = [subheading, words];
  }
  return best !== undefined && bestWords * 2 >= total ? best : undefined;
}

/** A sub-heading and the sentences under it, up to the next. */
interface SubheadingRun {
  subheading: string;
  sentences: number;
}

/** A sub-heading gets a slide of its own when this many sentences stand under it. */
const SUBHEADING_SLIDE_MIN_SENTENCES = 2;

/** The author's sub-headings that open a paragraph of these units, with the sentences under each. */
function subheadingRuns(units: readonly Unit[]): SubheadingRun[] {
  const runs: SubheadingRun[] = [];
  units.forEach((unit, k) => {
    const subheading = unit.paragraph.subheading;
    if (!subheading) return;
    if (unit.first && units[k - 1]?.paragraph.subheading !== subheading) runs.push({ subheading, sentences: 0 });
    const run = runs.at(-1);
    if (run?.subheading === subheading) run.sentences += unit.sentences.length;
  });
  return runs;
}
