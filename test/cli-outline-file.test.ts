import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parseEssay } from '../src/essay/parse.js';
import { describeBrowser, type LaunchedBrowser, launchBrowser } from './helpers/browser.js';
import { runMain } from './helpers/cli.js';
import { ROOT } from './helpers/fixtures.js';
import { bodyParagraphs, occurrences } from './helpers/invariants.js';

/**
 * `outline.md`, the outline the presenter edits, through the real command: written by
 * `outline --write`, edited by hand, rebuilt by `build`, and kept in step with the essay
 * (`outline --check`, warnings naming both files' lines).
 */

const work = mkdtempSync(join(tmpdir(), 'briefdeck-outline-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const deck = join(work, 'deck');
const essayFile = join(deck, 'essay.txt');
const outlineFile = join(deck, 'outline.md');
/** Where the edit-then-rebuild test builds its deck; the browser test opens it. */
const editedDeck = join(work, 'edited');
const referenceEssay = readFileSync(join(ROOT, 'slides', 'kei-north-korea', 'essay.txt'), 'utf8');

beforeEach(() => {
  rmSync(deck, { recursive: true, force: true });
  cpSync(join(ROOT, 'slides', 'kei-north-korea'), deck, { recursive: true });
});

async function writeOutline(): Promise<string> {
  const result = await runMain(['outline', deck, '--write'], work);
  expect(result.status, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^briefdeck: wrote deck\/outline\.md: 8 groups, 12 slides\n/);
  return readFileSync(outlineFile, 'utf8');
}

/** outline.md in blocks: the front matter, then each `#` group with its `##` slides, as lines. */
interface Blocks {
  head: string[];
  groups: Array<{ id: string; lines: string[]; slides: Array<{ id: string; lines: string[] }> }>;
}

function blocks(text: string): Blocks {
  const out: Blocks = { head: [], groups: [] };
  for (const line of text.replace(/\n$/, '').split('\n')) {
    const id = /\{#([a-z0-9-]+)/.exec(line)?.[1] ?? '';
    const group = out.groups.at(-1);
    if (line.startsWith('# ')) out.groups.push({ id, lines: [line], slides: [] });
    else if (line.startsWith('## ') && group) group.slides.push({ id, lines: [line] });
    else if (group?.slides.at(-1)) group.slides.at(-1)?.lines.push(line);
    else if (group) group.lines.push(line);
    else out.head.push(line);
  }
  return out;
}

function text(of: Blocks): string {
  return `${[...of.head, ...of.groups.flatMap((g) => [...g.lines, ...g.slides.flatMap((s) => s.lines)])].join('\n')}\n`;
}

function slide(of: Blocks, id: string): { id: string; lines: string[] } {
  const found = of.groups.flatMap((g) => g.slides).find((s) => s.id === id);
  if (!found) throw new Error(`no slide ${id}`);
  return found;
}

/** The built page's slides: id, title, bullets and notes text, in deck order; and the top-level stacks' ids. */
function builtDeck(dir: string) {
  const { document } = parseHTML(readFileSync(join(dir, 'index.html'), 'utf8'));
  const slides = [...document.querySelectorAll('section[data-slide-id]')].map((section) => ({
    id: section.getAttribute('data-slide-id') ?? '',
    title: section.querySelector('h1, h2')?.textContent ?? '',
    hidden: section.getAttribute('data-visibility') === 'hidden',
    bullets: [...section.querySelectorAll('.bd-points li')].map((li) => li.textContent ?? ''),
    notes: [...section.querySelectorAll('aside.notes p')].map((p) => p.textContent ?? '').join('\n\n'),
  }));
  const groups = [...document.querySelectorAll('section.bd-group')];
  const stacks = groups.map((group) => group.getAttribute('data-group'));
  const hiddenGroups = groups
    .filter((group) => group.getAttribute('data-visibility') === 'hidden')
    .map((group) => group.getAttribute('data-group'));
  return { slides, stacks, hiddenGroups };
}

/** Every body sentence of the essay in the notes exactly once: the ones that are not. */
function notesInvariant(essayText: string, notes: string[]): string[] {
  const essay = parseEssay({ path: 'essay.txt', text: essayText });
  const all = notes.join('\n\n');
  const sentences = bodyParagraphs(essay).flatMap((p) => p.sentences.map((s) => s.text));
  expect(sentences.length).toBeGreaterThan(50);
  return sentences.filter((sentence) => occurrences(all, sentence) !== 1);
}

describe('briefdeck outline --write', () => {
  it('writes outline.md beside the essay; rebuilding from it gives the same deck as from the essay', async () => {
    await writeOutline();
    const plain = join(work, 'plain');
    rmSync(plain, { recursive: true, force: true });
    const without = await runMain(['build', join(ROOT, 'slides', 'kei-north-korea'), '--out', plain], work);
    expect(without.status, without.stderr).toBe(0);
    const built = await runMain(['build', deck, '--out', join(work, 'same')], work);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toBe('');
    expect(builtDeck(join(work, 'same'))).toEqual(builtDeck(plain));
  });

  it('replaces an outline.md it wrote, refuses an edited one without --force, and replaces it with --force', async () => {
    const first = await writeOutline();
    const again = await runMain(['outline', deck, '--write'], work);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^briefdeck: replaced deck\/outline\.md/);
    const edited = first.replace(/^## Mutual suspicions/m, '## Suspicions on both sides');
    writeFileSync(outlineFile, edited);
    const refused = await runMain(['outline', deck, '--write'], work);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('deck/outline.md: refusing to overwrite an outline.md that was edited since briefdeck wrote it');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(outlineFile, 'utf8')).toBe(edited);
    const forced = await runMain(['outline', deck, '--write', '--force'], work);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(outlineFile, 'utf8')).toBe(first);
  });

  it('outline prints the slides of outline.md, saying so; --json keeps its contract', async () => {
    const doc = (await writeOutline()).replace(
      '## Mutual suspicions {#invite-friends-mutual-suspicions}',
      '## Suspicions on both sides {#invite-friends-suspicions}',
    );
    writeFileSync(outlineFile, doc);
    const printed = await runMain(['outline', deck], work);
    expect(printed.status, printed.stderr).toBe(0);
    expect(printed.stdout).toContain(
      'slides from deck/outline.md (edited by hand; `briefdeck outline --check` compares it with the essay)',
    );
    expect(printed.stdout).toMatch(/^ {2}invite-friends-suspicions\s+Suspicions on both sides \(\d bullets\) lines \d+-\d+$/m);
    const json = await runMain(['outline', deck, '--json'], work);
    expect(json.status, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as { groups: Array<{ slides: Array<{ id: string }> }> };
    expect(Object.keys(parsed)).toEqual(['meta', 'groups', 'removed', 'budget', 'source']);
    expect(parsed.groups.flatMap((g) => g.slides.map((s) => s.id))).toContain('invite-friends-suspicions');
  });

  it('refuses --force without --write, and --write with --check', async () => {
    expect((await runMain(['outline', deck, '--force'], work)).stderr).toContain('--force goes with --write');
    expect((await runMain(['outline', deck, '--write', '--check'], work)).stderr).toContain('--write and --check cannot be used together');
    expect(existsSync(outlineFile)).toBe(false);
  });
});

describe('an edited outline.md, rebuilt', () => {
  it('keeps a reworded bullet and title, a deleted, a new, two merged slides and a moved group; deck.yaml applies on top', async () => {
    const doc = blocks(await writeOutline());
    // Reword a bullet (its source comment kept) and a slide title.
    const primary = slide(doc, 'change-the-channel-primary-objective');
    const bulletAt = primary.lines.findIndex((line) => line.startsWith('- '));
    primary.lines[bulletAt] = (primary.lines[bulletAt] ?? '').replace(/^- .*?( <!--.*)$/, '- Verification is the hard part$1');
    primary.lines[0] = '## Denuclearization stays the goal {#change-the-channel-primary-objective}';
    // Delete a slide: its paragraphs join the nearest slide of their section, with a warning.
    const channel = doc.groups.find((g) => g.id === 'change-the-channel');
    const deleted = slide(doc, 'change-the-channel-use-of-chemical-weapons');
    if (!channel) throw new Error('no change-the-channel group');
    channel.slides = channel.slides.filter((s) => s !== deleted);
    // Merge two slides: the second's bullets and source lines move into the first.
    const invite = doc.groups.find((g) => g.id === 'invite-friends');
    const into = slide(doc, 'invite-friends-open-support-of-china');
    const from = slide(doc, 'invite-friends-mutual-suspicions');
    if (!invite) throw new Error('no invite-friends group');
    const sourceOf = (s: { lines: string[] }) => s.lines.findIndex((line) => line.startsWith('<!-- source:'));
    const fromSource = /<!-- source: essay\.txt (.*) -->/.exec(from.lines[sourceOf(from)] ?? '')?.[1];
    into.lines[sourceOf(into)] = (into.lines[sourceOf(into)] ?? '').replace(' -->', `, ${fromSource} -->`);
    const fromBullets = from.lines.filter((line) => line.startsWith('- '));
    const lastBullet = into.lines.map((line) => line.startsWith('- ')).lastIndexOf(true);
    into.lines.splice(lastBullet + 1, 0, ...fromBullets);
    invite.slides = invite.slides.filter((s) => s !== from);
    // A new slide with notes of its own, in Go Public.
    const goPublic = doc.groups.find((g) => g.id === 'go-public');
    if (!goPublic) throw new Error('no go-public group');
    goPublic.slides.push({
      id: 'go-public-question',
      lines: [
        '## A question for the room {#go-public-question}',
        '',
        '- Which channel would you open first?',
        '',
        'Notes:',
        '',
        'Ask the room; take two answers.',
        '',
      ],
    });
    // Move a group: Go Public before Change the Channel.
    doc.groups = [...doc.groups.filter((g) => g.id !== 'go-public')];
    doc.groups.splice(
      doc.groups.findIndex((g) => g.id === 'change-the-channel'),
      0,
      goPublic,
    );
    writeFileSync(outlineFile, text(doc));
    writeFileSync(join(deck, 'deck.yaml'), 'theme: briefing\nhide: [about]\ntitles: { go-public: "Make a Public Offer" }\n');

    const out = editedDeck;
    const result = await runMain(['build', deck, '--out', out], work);
    expect(result.status, result.stderr).toBe(0);
    const built = builtDeck(out);
    const byId = new Map(built.slides.map((s) => [s.id, s]));
    expect(built.stacks).toEqual([
      'title',
      'context',
      'overview',
      'go-public',
      'change-the-channel',
      'invite-friends',
      'conclusion',
      'about',
    ]);
    expect(byId.get('change-the-channel-primary-objective')?.title).toBe('Denuclearization stays the goal');
    expect(byId.get('change-the-channel-primary-objective')?.bullets[0]).toBe('Verification is the hard part');
    expect(byId.has('change-the-channel-use-of-chemical-weapons')).toBe(false);
    expect(byId.has('invite-friends-mutual-suspicions')).toBe(false);
    const merged = byId.get('invite-friends-open-support-of-china');
    expect(merged?.bullets.slice(-fromBullets.length)).toEqual(fromBullets.map((line) => line.replace(/^- /, '').replace(/ <!--.*$/, '')));
    expect(byId.get('go-public-question')).toEqual(
      expect.objectContaining({
        title: 'A question for the room',
        bullets: ['Which channel would you open first?'],
        notes: 'Ask the room; take two answers.',
      }),
    );
    expect(byId.get('go-public')?.title).toBe('Make a Public Offer');
    expect(built.hiddenGroups).toEqual(['about']);
    // The deleted slide's paragraphs joined its neighbour in the section, with a warning naming both files' lines.
    expect(result.stderr).toMatch(
      /briefdeck: warning: deck\/essay\.txt:\d+(-\d+)?: the paragraph is in no slide of deck\/outline\.md; it joins the notes of slide "change-the-channel-primary-objective" \(deck\/outline\.md:\d+\)/,
    );
    expect(
      notesInvariant(
        referenceEssay,
        built.slides.map((s) => s.notes),
      ),
    ).toEqual([]);
  });

  it('stops at an outline.md that does not parse: file, line and what was expected; nothing written', async () => {
    const lines = (await writeOutline()).split('\n');
    const at = lines.findIndex((line) => line.startsWith('- ')) + 1;
    lines[at - 1] = 'a stray line';
    writeFileSync(outlineFile, lines.join('\n'));
    const out = join(work, 'never');
    const result = await runMain(['build', deck, '--out', out], work);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`deck/outline.md:${at}: unexpected text "a stray line"`);
    expect(result.stderr).toMatch(/Expected a `#` group or `##` slide heading, a bullet/);
    expect(existsSync(out)).toBe(false);
  });
});

/** The deck built from the edited outline.md above, opened in Chromium as a presenter opens it. */
describeBrowser('an edited outline.md, in the browser', () => {
  let launched: LaunchedBrowser;
  afterAll(async () => {
    await launched?.close();
  });

  it('shows the edits on the slides Reveal presents: the new slide, the reworded bullet, the moved group, the hidden about', async () => {
    expect(existsSync(join(editedDeck, 'index.html')), 'the edit-then-rebuild test runs first').toBe(true);
    launched = await launchBrowser();
    const page = await launched.browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(join(editedDeck, 'index.html')).href);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const shown = await page.evaluate(() => ({
      groups: window.Reveal.getHorizontalSlides()
        .filter((section) => section.getAttribute('data-visibility') !== 'hidden')
        .map((section) => section.getAttribute('data-group')),
      slides: window.Reveal.getSlides().map((section) => ({
        id: section.getAttribute('data-slide-id'),
        title: section.querySelector('h1, h2')?.textContent ?? '',
        bullets: [...section.querySelectorAll('.bd-points li')].map((li) => li.textContent ?? ''),
      })),
    }));
    expect(shown.groups).toEqual(['title', 'context', 'overview', 'go-public', 'change-the-channel', 'invite-friends', 'conclusion']);
    expect(shown.slides.find((slide) => slide.id === 'go-public-question')).toEqual({
      id: 'go-public-question',
      title: 'A question for the room',
      bullets: ['Which channel would you open first?'],
    });
    expect(shown.slides.find((slide) => slide.id === 'change-the-channel-primary-objective')?.bullets[0]).toBe(
      'Verification is the hard part',
    );
    // Reveal can go to the new slide and shows its speaker notes.
    await page.evaluate(() => {
      const section = document.querySelector('section[data-slide-id="go-public-question"]') as HTMLElement;
      const { h, v } = window.Reveal.getIndices(section);
      window.Reveal.slide(h, v);
    });
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().getAttribute('data-slide-id'))).toBe('go-public-question');
    expect(await page.evaluate(() => window.Reveal.getSlideNotes())).toContain('Ask the room; take two answers.');
  });
});

describe('an essay changed after outline.md was written', () => {
  const essayLines = referenceEssay.split('\n');
  /** The 1-based line of the first essay line starting with `start`. */
  const lineOf = (start: string): number => essayLines.findIndex((line) => line.startsWith(start)) + 1;

  it('is in sync right after --write, and when lines only moved', async () => {
    await writeOutline();
    const check = await runMain(['outline', deck, '--check'], work);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toBe('briefdeck: deck/outline.md is in sync with deck/essay.txt\n');
    writeFileSync(essayFile, referenceEssay.replace(/\n\n/, '\n\n\n\n'));
    const moved = await runMain(['outline', deck, '--check'], work);
    expect(moved.status, moved.stdout + moved.stderr).toBe(0);
  });

  it('names the slide of an edited paragraph (lines in both files), refreshes its notes and keeps its bullets', async () => {
    const outline = await writeOutline();
    const line = lineOf('The current negotiating framework of denuclearization');
    expect(line).toBeGreaterThan(0);
    // Lines above it shift by two as well: the paragraph is found again by its place.
    const edited = essayLines.map((text, i) => (i + 1 === line ? `${text} An added closing sentence.` : text));
    edited.splice(2, 0, 'Extra header line', '');
    writeFileSync(essayFile, edited.join('\n'));
    const source = outline.split('\n').findIndex((text) => text.includes(`essay.txt ${line} #`)) + 1;
    const check = await runMain(['outline', deck, '--check'], work);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      `deck/outline.md:${source}: slide "change-the-channel-primary-objective": the essay's paragraph at deck/essay.txt:${line} changed (now deck/essay.txt:${line + 2})`,
    );
    expect(check.stderr).toContain('the outline is out of date with the essay: 1 slide (change-the-channel-primary-objective)');
    const out = join(work, 'changed');
    const build = await runMain(['build', deck, '--out', out], work);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toContain('briefdeck: warning: deck/outline.md:');
    const primary = builtDeck(out).slides.find((s) => s.id === 'change-the-channel-primary-objective');
    expect(primary?.notes).toContain('An added closing sentence.');
    expect(primary?.bullets).toContain('A fundamental problem with denuclearization is verification.');
    expect(
      notesInvariant(
        edited.join('\n'),
        builtDeck(out).slides.map((s) => s.notes),
      ),
    ).toEqual([]);
  });

  it('names the slide whose paragraph was deleted', async () => {
    const outline = await writeOutline();
    const line = lineOf('The current negotiating framework of denuclearization');
    writeFileSync(essayFile, essayLines.filter((_, i) => i + 1 !== line && i + 1 !== line + 1).join('\n'));
    const source = outline.split('\n').findIndex((text) => text.includes(`essay.txt ${line} #`)) + 1;
    const check = await runMain(['outline', deck, '--check'], work);
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      new RegExp(
        `^deck/outline\\.md:${source}: slide "change-the-channel-primary-objective": the essay's paragraph at deck/essay\\.txt:${line} \\(#[0-9a-f]{8}\\) is no longer in the essay$`,
        'm',
      ),
    );
    const out = join(work, 'deleted');
    const build = await runMain(['build', deck, '--out', out], work);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toContain('is no longer in the essay');
    const essay = essayLines.filter((_, i) => i + 1 !== line && i + 1 !== line + 1).join('\n');
    expect(
      notesInvariant(
        essay,
        builtDeck(out).slides.map((s) => s.notes),
      ),
    ).toEqual([]);
  });

  it('puts a new paragraph in the notes of the nearest slide of its section, with a warning', async () => {
    await writeOutline();
    const line = lineOf('The current negotiating framework of denuclearization');
    const added = [...essayLines];
    added.splice(line + 1, 0, 'A new paragraph the author added. It says something else entirely.', '');
    writeFileSync(essayFile, added.join('\n'));
    const check = await runMain(['outline', deck, '--check'], work);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      `deck/essay.txt:${line + 2}: the paragraph is in no slide of deck/outline.md; it joins the notes of slide "change-the-channel-primary-objective"`,
    );
    const out = join(work, 'added');
    const build = await runMain(['build', deck, '--out', out], work);
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toContain(`briefdeck: warning: deck/essay.txt:${line + 2}: the paragraph is in no slide`);
    const primary = builtDeck(out).slides.find((s) => s.id === 'change-the-channel-primary-objective');
    expect(primary?.notes).toContain('A new paragraph the author added.');
    expect(
      notesInvariant(
        added.join('\n'),
        builtDeck(out).slides.map((s) => s.notes),
      ),
    ).toEqual([]);
  });

  it('--check without an outline.md fails and says how to write one', async () => {
    const check = await runMain(['outline', deck, '--check'], work);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('deck/outline.md: there is no outline.md to check');
    expect(check.stderr).toContain('briefdeck outline --write');
  });
});
