import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8's code cache for the CLI's own CommonJS files. Node 20 compiles every file of the CLI at every
 * start, and each function again when first called; a `briefdeck build` of the reference deck spent
 * about a sixth of its time so. V8 can save the compiled code of a script (with the functions a run
 * compiled) and take it back on the next start, checking it against the source and V8's version and
 * flags: a cache that does not match is rejected and the file is compiled as usual, so a stale or
 * foreign cache costs time, never correctness. (Node 22 does this itself: `module.enableCompileCache`.)
 *
 * `npm run compile` writes the cache once, after a build of the reference deck (`write: true`); a run
 * reads it and never writes, so an installed package's files do not change.
 */
export interface CodeCacheOptions {
  /** The folder whose `.cjs` files are cached (files elsewhere are compiled as node does). */
  codeDir: string;
  /** Where the cache files are, one per source file, named after it. */
  cacheDir: string;
  /** Collect the compiled code, for `writeCodeCache` after a run. */
  write?: boolean;
}

/** What the cache did in this process: files compiled from it, and files compiled afresh. */
export interface CodeCacheStats {
  accepted: string[];
  compiled: string[];
}

type Compile = (this: NodeModule, content: string, filename: string, ...rest: unknown[]) => unknown;

/** The parts of node's CommonJS loader that the cache stands in for, internal but stable since Node 12. */
interface ModuleInternals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: NodeModule): string;
  _cache: NodeJS.Require['cache'];
}
const internals = Module as unknown as ModuleInternals;

/**
 * A file that calls `import()` is left to node: on Node 20 a script compiled from a code cache has
 * no loader for `import()` (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and the way to give it one is
 * experimental. (A match in a string only leaves a file uncached.)
 */
const DYNAMIC_IMPORT = /\bimport\s*\(/;

const stats: CodeCacheStats = { accepted: [], compiled: [] };
const scripts = new Map<string, Script>();

/** The cache of `filename`: named after its path in the code folder. */
const cacheFile = (options: CodeCacheOptions, filename: string) =>
  join(options.cacheDir, `${relative(options.codeDir, filename).replaceAll(sep, '~')}.v8cache`);

/** Whether the file goes through the cache: a `.cjs` file of the code folder with no `import()`. */
function cached(options: CodeCacheOptions, filename: string, content: string): boolean {
  const folder = options.codeDir.endsWith(sep) ? options.codeDir : options.codeDir + sep;
  return filename.startsWith(folder) && filename.endsWith('.cjs') && !DYNAMIC_IMPORT.test(content);
}

/** Compiles the CLI's files through V8's code cache from now on in this process. */
export function installCodeCache(options: CodeCacheOptions): CodeCacheStats {
  const compile = internals.prototype._compile;
  internals.prototype._compile = function (this: NodeModule, content: string, filename: string, ...rest: unknown[]) {
    if (!cached(options, filename, content)) return compile.call(this, content, filename, ...rest);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(cacheFile(options, filename));
    } catch {
      // No cache for this file: compiled as usual.
    }
    const script = new Script(internals.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    (cachedData && !script.cachedDataRejected ? stats.accepted : stats.compiled).push(filename);
    if (options.write) scripts.set(filename, script);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const require = Object.assign((id: string) => this.require(id), {
      resolve: (request: string) => internals._resolveFilename(request, this),
      cache: internals._cache,
    });
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  return stats;
}

/**
 * Writes the cache of every file this process compiled, with what its run compiled, and of the
 * folder's other files to cache (their top level only), each to a temporary name and then renamed.
 * Returns how many it wrote.
 */
export function writeCodeCache(options: CodeCacheOptions): number {
  mkdirSync(options.cacheDir, { recursive: true });
  const files = readdirSync(options.codeDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.cjs'))
    .map((name) => join(options.codeDir, name));
  let written = 0;
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    if (!cached(options, file, content)) continue;
    const script = scripts.get(file) ?? new Script(internals.wrap(content), { filename: file });
    const target = cacheFile(options, file);
    writeFileSync(`${target}.tmp-${process.pid}`, script.createCachedData());
    renameSync(`${target}.tmp-${process.pid}`, target);
    written++;
  }
  return written;
}
