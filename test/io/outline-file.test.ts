import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BriefdeckError } from '../../src/errors.js';
import { outlineFilePath, readOutlineFile, writeOutlineFile } from '../../src/io/outline-file.js';
import { locateDeck } from '../../src/io/source.js';
import { printOutlineFile } from '../../src/outline-file/format.js';
import { essayToOutline } from '../../src/pipeline.js';
import { REFERENCE_ESSAY } from '../helpers/fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-io-outline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const dir = join(work, 'deck');
const path = join(dir, 'outline.md');
const { essay, outline } = essayToOutline({ path: REFERENCE_ESSAY, text: readFileSync(REFERENCE_ESSAY, 'utf8') });
const text = printOutlineFile(outline, essay, 'essay.txt');

beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
});

function caught(run: () => unknown): BriefdeckError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefdeckError) return error;
    throw error;
  }
  throw new Error('expected a BriefdeckError');
}

describe('outline.md on disk', () => {
  it('lives in the deck folder, or beside a loose essay; reading a missing one gives null', () => {
    writeFileSync(join(dir, 'speech.txt'), readFileSync(REFERENCE_ESSAY));
    expect(outlineFilePath(locateDeck(dir))).toBe(path);
    expect(outlineFilePath(locateDeck(join(dir, 'speech.txt')))).toBe(path);
    expect(readOutlineFile(path)).toBeNull();
  });

  it('is never taken for the essay in a deck folder', () => {
    writeFileSync(join(dir, 'speech.txt'), readFileSync(REFERENCE_ESSAY));
    writeFileSync(path, text);
    expect(locateDeck(dir).essayPath).toBe(join(dir, 'speech.txt'));
  });

  it('is written atomically, replaced while unedited, and kept when edited unless forced', () => {
    expect(writeOutlineFile(path, text)).toBe('created');
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(writeOutlineFile(path, text)).toBe('replaced');
    const edited = text.replace('## Overview {#overview .overview}', '## Our options {#overview .overview}');
    writeFileSync(path, edited);
    const error = caught(() => writeOutlineFile(path, text));
    expect(error.file).toBe(path);
    expect(error.message).toBe('refusing to overwrite an outline.md that was edited since briefdeck wrote it');
    expect(error.hint).toMatch(/--force/);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(writeOutlineFile(path, text, { force: true })).toBe('replaced');
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['outline.md']);
  });

  it('keeps an existing file that does not parse, unless forced', () => {
    writeFileSync(path, 'my own notes\n');
    expect(caught(() => writeOutlineFile(path, text)).message).toMatch(/refusing to overwrite/);
    expect(readFileSync(path, 'utf8')).toBe('my own notes\n');
  });

  it('writes nothing when the text would not parse back', () => {
    const error = caught(() => writeOutlineFile(path, text.replace(/^title: .*\n/m, '')));
    expect([error.file, error.line, error.message]).toEqual([path, 1, 'the front matter has no title']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a file that does not parse with its path and line', () => {
    writeFileSync(path, text.replace('## Overview {#overview .overview}', '### Overview'));
    const line = text.split('\n').indexOf('## Overview {#overview .overview}') + 1;
    const error = caught(() => readOutlineFile(path));
    expect(error.format()).toBe(`${path}:${line}: a level-3 heading\n  Expected \`#\` for a group or \`##\` for a slide.`);
  });
});
