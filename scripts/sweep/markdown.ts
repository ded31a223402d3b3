// Markdown sweep: the whole pipeline to the outline on many Markdown posts of public blog
// repositories that no answer key was made for, checked for what must hold on any essay: no
// error, no raw markup on a slide, every bullet's words in order in the source where it points.
// Usage: npx tsx scripts/sweep/markdown.ts <git dir>:<path prefix> … [--limit N] [--list]
// (each git dir is a bare clone; files ending in .md or .markdown under the prefix, at HEAD; an empty prefix,
// "<git dir>:", is the whole repository).
import { execFileSync } from 'node:child_process';
import { splitLines } from '../../src/essay/blocks.js';
import { essayToOutline } from '../../src/pipeline.js';
import { fromTheEssay, markupOnSlides } from '../../test/helpers/report.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Number.POSITIVE_INFINITY;
const sources = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--limit');
if (sources.length === 0) throw new Error('usage: npx tsx scripts/sweep/markdown.ts <git dir>:<path prefix> … [--limit N] [--list]');

const counts = { posts: 0, failed: 0, withMarkup: 0, markup: 0, bullets: 0, unfaithful: 0 };
const problems: string[] = [];
for (const source of sources) {
  const [gitDir = '', prefix = ''] = source.split(':');
  const git = (...command: string[]): string =>
    execFileSync('git', ['--git-dir', gitDir, ...command], { maxBuffer: 1e9, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
  try {
    git('rev-parse', '--verify', 'HEAD');
  } catch {
    console.error(`markdown sweep: ${gitDir} is no git directory with a HEAD; give a bare clone's (e.g. <mirror>/repo), or leave it out`);
    process.exit(1);
  }
  // (An empty prefix is the whole repository: git takes "." for it, not an empty path.)
  const files = git('ls-tree', '-r', 'HEAD', '--name-only', '--', prefix || '.')
    .split('\n')
    .filter((file) => /\.(md|markdown)$/i.test(file))
    .slice(0, limit);
  for (const file of files) {
    counts.posts++;
    const text = git('show', `HEAD:${file}`);
    const name = `${gitDir.replace(/^.*\/([^/]+)\/repo$/, '$1')}:${file}`;
    try {
      const { outline } = essayToOutline({ path: file, text }, {});
      const markup = markupOnSlides(outline);
      if (markup.length > 0) counts.withMarkup++;
      counts.markup += markup.length;
      problems.push(...markup.map((m) => `${name}: markup ${m}`));
      const lines = splitLines(text);
      for (const group of outline.groups) {
        if (group.kind === 'about') continue;
        for (const bullet of group.slides.flatMap((slide) => slide.bullets)) {
          counts.bullets++;
          if (fromTheEssay(bullet, lines, true)) continue;
          counts.unfaithful++;
          problems.push(`${name}: not from the essay (line ${bullet.source.line}): ${bullet.text.slice(0, 100)}`);
        }
      }
    } catch (error) {
      counts.failed++;
      problems.push(`${name}: error ${(error as Error).message.split('\n')[0]}`);
    }
  }
}
console.log(
  `${counts.posts} posts: ${counts.failed} errors; raw markup on slides ${counts.markup} times in ${counts.withMarkup} posts; ` +
    `${counts.unfaithful} of ${counts.bullets} bullets not from the essay`,
);
if (list) for (const problem of problems) console.log(problem);
