// Metadata sweep: the essay stage on ~170 real news and blog pages it was never tuned on one by
// one, against labels the pages carry themselves (scripts/sweep/render.mjs): the title against
// their <h1>s, og:title and <title>; the date and author against their meta tags; the body
// against the benchmark's hand-made article text (the share of its sentences of 6 words or more
// found in the body's paragraphs). Pages of publishers in the held-back corpus are skipped.
// Usage: npx tsx scripts/sweep/sweep.ts [dir, default /tmp/briefdeck-sweep] [--list]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEssay } from '../../src/essay/parse.js';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '/tmp/briefdeck-sweep';
const list = process.argv.includes('--list');
const key = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const domainOf = (url: string): string => (/https?:\/\/(?:www\.)?([^/]+)/.exec(url)?.[1] ?? '').toLowerCase();
const holdout = join(import.meta.dirname, '../../test/corpus/holdout');
const heldBack = readdirSync(holdout).map((name) =>
  domainOf(JSON.parse(readFileSync(join(holdout, name, 'source.json'), 'utf8')).url ?? ''),
);
const counts = { pages: 0, skipped: 0, failed: 0, title: 0, dated: 0, date: 0, authored: 0, author: 0, recall: 0, lowRecall: 0 };
const misses: string[] = [];
for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
  const labels = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const domain = domainOf(labels.url);
  if (heldBack.some((held) => held && (domain === held || domain.endsWith(`.${held}`)))) {
    counts.skipped++;
    continue;
  }
  counts.pages++;
  let essay: ReturnType<typeof parseEssay>;
  try {
    essay = parseEssay({ path: 'essay.txt', text: readFileSync(join(dir, file.replace(/\.json$/, '.txt')), 'utf8') });
  } catch (error) {
    counts.failed++;
    misses.push(`error ${domain}: ${(error as Error).message}`);
    continue;
  }
  const ours = key(essay.meta.title);
  const references = [...labels.h1, labels.og, labels.title].filter(Boolean).map(key);
  const titleRight = references.some(
    (ref) => ref === ours || (ours.length > 10 && (ref.startsWith(ours) || (ref.includes(ours) && ours.length >= ref.length * 0.6))),
  );
  if (titleRight) counts.title++;
  else misses.push(`title ${domain}: ${JSON.stringify(essay.meta.title)} / ${JSON.stringify(labels.h1[0] ?? labels.og)}`);
  if (/^\d{4}-\d\d-\d\d/.test(labels.date ?? '')) {
    counts.dated++;
    if (essay.meta.date && labels.date.startsWith(essay.meta.date)) counts.date++;
    else misses.push(`date ${domain}: ${essay.meta.date} / ${labels.date.slice(0, 10)}`);
  }
  if (labels.author && !/^https?:/.test(labels.author) && /\s/.test(labels.author.trim())) {
    counts.authored++;
    const theirs = key(labels.author);
    if (essay.meta.authors.some((name) => theirs.includes(key(name)) || key(name).includes(theirs))) counts.author++;
    else misses.push(`author ${domain}: ${JSON.stringify(essay.meta.authors)} / ${labels.author}`);
  }
  const paragraphs = [
    essay.intro,
    ...essay.sections.map((s) => s.paragraphs),
    essay.conclusion?.paragraphs ?? [],
    ...essay.appendix.map((s) => s.paragraphs),
  ].flat();
  const body = ` ${key(paragraphs.map((paragraph) => paragraph.text).join(' '))} `;
  const sentences = String(labels.articleBody)
    .split(/(?<=[.!?])\s+/)
    .map(key)
    .filter((sentence) => sentence.split(' ').length >= 6);
  const recall = sentences.length === 0 ? 1 : sentences.filter((sentence) => body.includes(` ${sentence} `)).length / sentences.length;
  counts.recall += recall;
  if (recall < 0.8) {
    counts.lowRecall++;
    misses.push(`body ${domain}: ${recall.toFixed(2)} of the article's sentences (${file})`);
  }
}
if (list) console.log(misses.sort().join('\n'));
const share = (n: number, of: number): string => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;
console.log(
  `${counts.pages} pages (${counts.skipped} of held-back publishers skipped, ${counts.failed} refused): title ${share(counts.title, counts.pages)}, ` +
    `date ${share(counts.date, counts.dated)}, author ${share(counts.author, counts.authored)}, ` +
    `body: mean ${(counts.recall / counts.pages).toFixed(3)} of the article's sentences, ${counts.lowRecall} pages under 0.8`,
);
