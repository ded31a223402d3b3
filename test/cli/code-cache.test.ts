import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/fixtures.js';

/**
 * src/cli/code-cache.ts, compiled (lib/cli/code-cache.cjs), in processes of its own: it changes
 * how this process's node compiles CommonJS, which a test worker must not.
 */

const work = mkdtempSync(join(tmpdir(), 'briefdeck-code-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  value: string;
  accepted: string[];
  compiled: string[];
}

/** Requires `code/a.cjs` under the code cache in a new node (its `import()`s too); writes the cache afterwards when `write`. */
function run(dir: string, write: boolean): Run {
  const script = `(async () => {
    const { installCodeCache, writeCodeCache } = require(${JSON.stringify(join(ROOT, 'lib', 'cli', 'code-cache.cjs'))});
    const options = { codeDir: ${JSON.stringify(join(dir, 'code'))}, cacheDir: ${JSON.stringify(join(dir, 'cache'))}, write: ${write} };
    const stats = installCodeCache(options);
    const a = require(${JSON.stringify(join(dir, 'code', 'a.cjs'))});
    const value = \`\${a.value()} \${await a.imported()}\`;
    if (${write}) writeCodeCache(options);
    const name = (file) => require('node:path').relative(${JSON.stringify(dir)}, file);
    process.stdout.write(JSON.stringify({ value, accepted: stats.accepted.map(name), compiled: stats.compiled.map(name) }));
  })();`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Run;
}

/** A code folder: a.cjs requires b.cjs, a file outside the folder, and one that imports. */
function codeFolder(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'code', 'parts'), { recursive: true });
  mkdirSync(join(dir, 'other'));
  writeFileSync(
    join(dir, 'code', 'a.cjs'),
    "const b = require('./parts/b.cjs'); const c = require('../other/c.cjs');\nexports.value = () => [b.word(), c.word(), __filename.endsWith('a.cjs')].join(' ');\n" +
      "exports.imported = () => require('./parts/e.cjs').imported();\n",
  );
  writeFileSync(join(dir, 'code', 'parts', 'b.cjs'), "exports.word = () => ['cached', 'code'].join('-');\n");
  // A file with import(), which the cache leaves to node.
  writeFileSync(
    join(dir, 'code', 'parts', 'e.cjs'),
    "exports.imported = async () => [typeof (await import('node:os')).tmpdir, (await import('./d.mjs')).word].join(' ');\n",
  );
  writeFileSync(join(dir, 'code', 'parts', 'd.mjs'), "export const word = 'module';\n");
  writeFileSync(join(dir, 'other', 'c.cjs'), "exports.word = () => 'elsewhere';\n");
  return dir;
}

describe('the code cache', () => {
  it('gives a second run each file of the code folder from the cache the first wrote, running the same', () => {
    const dir = codeFolder('twice');
    const first = run(dir, true);
    expect(first).toEqual({
      value: 'cached-code elsewhere true function module',
      accepted: [],
      compiled: ['code/a.cjs', 'code/parts/b.cjs'],
    });
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['a.cjs.v8cache', 'parts~b.cjs.v8cache']);
    const second = run(dir, false);
    expect(second).toEqual({
      value: 'cached-code elsewhere true function module',
      accepted: ['code/a.cjs', 'code/parts/b.cjs'],
      compiled: [],
    });
  });

  it('compiles a file whose cache no longer matches it, as node would, and runs the file as it is now', () => {
    const dir = codeFolder('changed');
    run(dir, true);
    writeFileSync(join(dir, 'code', 'parts', 'b.cjs'), "exports.word = () => 'changed';\n");
    expect(run(dir, false)).toEqual({
      value: 'changed elsewhere true function module',
      accepted: ['code/a.cjs'],
      compiled: ['code/parts/b.cjs'],
    });
  });

  it('runs without a cache folder at all', () => {
    const dir = codeFolder('none');
    expect(run(dir, false)).toEqual({
      value: 'cached-code elsewhere true function module',
      accepted: [],
      compiled: ['code/a.cjs', 'code/parts/b.cjs'],
    });
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });

  it("serves the CLI's own files from the cache `npm run compile` wrote", () => {
    const result = runCli(['outline'], ROOT, { BRIEFDECK_TRACE: '1' });
    expect(result.status, result.stderr).toBe(0);
    const [, cached, compiled] = /trace code-cache (\d+) cached, (\d+) compiled/.exec(result.stderr) ?? [];
    expect(Number(compiled)).toBe(0);
    expect(Number(cached)).toBeGreaterThanOrEqual(5);
  });
});
