// Page copies for the metadata sweep (scripts/sweep/sweep.ts): each HTML page of a clone of
// scrapinghub/article-extraction-benchmark, each article of tiptopjaw/web-content-extraction-benchmark,
// or each fixture page of postlight/parser's custom extractors,
// as `document.body.innerText` in headless Chromium (opened from disk, no network, no scripts:
// what select-all + copy gives), with the page's own labels: <h1>s, og:title, <title>, author and
// publication-time meta tags, the visible <h2>–<h4>s; and the benchmark's labels (article text; for tiptopjaw, made by a model,
// also title, author and date; for postlight/parser, its tests' title, author and date, and no article text).
// Usage: node scripts/sweep/render.mjs <benchmark git dir> [out dir, default /tmp/briefdeck-sweep]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const [gitDir, out = '/tmp/briefdeck-sweep'] = process.argv.slice(2);
if (!gitDir) throw new Error('usage: node scripts/sweep/render.mjs <benchmark git dir> [out dir]');
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 1e9 });
mkdirSync(out, { recursive: true });
const tree = git('ls-tree', '-r', 'HEAD', '--name-only').toString().split('\n');
/** A string literal's value, as a test writes it ('…', "…" or `…`). */
const literal = (source) => {
  const match = /^\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`([^`]*)`)/s.exec(source);
  if (!match) return null;
  const raw = match[1] ?? match[2] ?? match[3] ?? '';
  return raw.replace(/\\(.)/g, '$1');
};

/**
 * postlight/parser's custom extractors: each test (src/extractors/custom/<site>/index.test.js)
 * reads a fixture page and says its title, author and date, as the site's extractor must give them.
 * The first test case of each site; no article text (its content test checks a few words).
 */
function parserPages() {
  return tree
    .filter((f) => /^src\/extractors\/custom\/[^/]+\/index\.test\.js$/.test(f))
    .flatMap((testFile) => {
      const test = git('show', `HEAD:${testFile}`).toString();
      const url = literal(/\burl\s*=\s*([\s\S]{0,400})/.exec(test)?.[1] ?? '');
      const fixture = /readFileSync\(\s*['"`]\.\/(fixtures\/[^'"`]+\.html)['"`]/.exec(test)?.[1];
      if (!url || !fixture || !tree.includes(fixture)) return [];
      const field = (name) => {
        const at = new RegExp(`assert\\.equal\\(\\s*${name}\\s*,`).exec(test);
        return at ? literal(test.slice(at.index + at[0].length)) : null;
      };
      const site = testFile.split('/')[3];
      return [
        {
          id: `pl-${site}`,
          file: fixture,
          gzipped: false,
          truth: { url, articleBody: null, truth: { title: field('title'), author: field('author'), date: field('date_published') } },
        },
      ];
    });
}

/** Each page's id, HTML (gzipped or not) and the benchmark's labels, in any of the benchmarks' layouts. */
function benchmarkPages() {
  if (tree.some((f) => f.startsWith('src/extractors/custom/'))) return parserPages();
  if (tree.includes('ground-truth.json')) {
    const truth = JSON.parse(git('show', 'HEAD:ground-truth.json').toString());
    return tree
      .filter((f) => /^html\/.*\.html\.gz$/.test(f))
      .map((file) => {
        const id = file.slice('html/'.length, -'.html.gz'.length);
        return { id, file, truth: { url: truth[id]?.url ?? '', articleBody: truth[id]?.articleBody ?? '' } };
      });
  }
  // tiptopjaw: benchmark/ground-truth/NNNN.json beside release/html/NNNN.html.gz; articles only.
  return tree
    .filter((f) => /^benchmark\/ground-truth\/\d+\.json$/.test(f))
    .map((label) => JSON.parse(git('show', `HEAD:${label}`).toString()))
    .filter((label) => label._internal?.page_type?.primary === 'article')
    .map((label) => ({
      id: `tt-${label.file_id}`,
      file: `release/html/${label.file_id}.html.gz`,
      truth: {
        url: label.url,
        articleBody: label.ground_truth.main_content ?? '',
        truth: {
          title: label.ground_truth.title ?? null,
          author: label.ground_truth.author ?? null,
          date: label.ground_truth.publish_date ?? null,
        },
      },
    }));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
for (const { id, file, gzipped, truth } of benchmarkPages()) {
  if (existsSync(join(out, `${id}.json`))) continue;
  const htmlPath = join(out, `${id}.html`);
  const html = git('show', `HEAD:${file}`);
  writeFileSync(htmlPath, gzipped === false ? html : gunzipSync(html));
  const url = pathToFileURL(htmlPath).href;
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load', timeout: 20000 });
  const labels = await page.evaluate(() => {
    const meta = (selector) => document.querySelector(selector)?.getAttribute('content') ?? null;
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: a page copy is the rendered text, as a reader copies it.
      text: document.body.innerText,
      title: document.title,
      og: meta('meta[property="og:title"]'),
      author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
      date: meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]'),
      // biome-ignore lint/performance/useDomNodeTextContent: the headline as rendered.
      h1: [...document.querySelectorAll('h1')].map((h) => h.innerText.trim()).filter(Boolean),
      // The page's lower headings as shown (a hidden one's innerText would be its textContent).
      headings: [...document.querySelectorAll('h2, h3, h4')]
        .filter((h) => h.checkVisibility())
        // biome-ignore lint/performance/useDomNodeTextContent: the heading as rendered.
        .map((h) => ({ level: Number(h.tagName.slice(1)), text: h.innerText.trim() }))
        .filter((h) => h.text),
    };
  });
  await page.unroute('**/*');
  const { text, ...rest } = labels;
  writeFileSync(join(out, `${id}.txt`), text.endsWith('\n') ? text : `${text}\n`);
  writeFileSync(join(out, `${id}.json`), JSON.stringify({ ...truth, ...rest }, null, 1));
}
await browser.close();
