import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEssay } from '../../src/io/decode.js';
import { locateDeck, MAX_ESSAY_BYTES, readEssay } from '../../src/io/source.js';
import { errorOf } from '../helpers/errors.js';

const work = mkdtempSync(join(tmpdir(), 'briefdeck-input-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
};
const read = (path: string) => readEssay(locateDeck(path));

describe('reading an essay file', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(read(file('plain.txt', 'Café “quoted”\n')).text).toBe('Café “quoted”\n');
    expect(read(file('bom.txt', Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Hi\n')]))).text).toBe('Hi\n');
  });

  it('decodes UTF-16 that announces itself with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Policy “brief”\n', 'utf16le')]);
    expect(read(file('le.txt', le)).text).toBe('Policy “brief”\n');
    const be = Buffer.from(Buffer.from('Policy\n', 'utf16le')).swap16();
    expect(read(file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).text).toBe('Policy\n');
  });

  it('reads a Windows-1252 (or Latin-1) file as such, never with U+FFFD', () => {
    const bytes = Buffer.from([...Buffer.from('caf'), 0xe9, 0x20, 0x93, ...Buffer.from('quoted'), 0x94, 0x20, 0x96, 0x0a]);
    const { text, encoding } = decodeEssay(bytes, 'x.txt');
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('café “quoted” –\n');
    expect(text).not.toContain('\uFFFD');
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252, naming the line', () => {
    const path = file('bad.txt', Buffer.from([...Buffer.from('Title\n\nline three\nbad '), 0x81, 0x0a]));
    const error = errorOf(() => read(path));
    expect(error.message).toBe('the essay is not UTF-8 text, nor Windows-1252');
    expect([error.file, error.line]).toEqual([path, 4]);
    expect(error.hint).toMatch(/Save the essay as UTF-8/);
  });

  it('refuses a binary file, an HTML page, a pipe, a device and a file too large, saying what to do', () => {
    expect(errorOf(() => read(file('bin.txt', Buffer.from([0x41, 0x0a, 0x00, 0x01])))).message).toBe('the essay is not a text file');
    expect(errorOf(() => read(file('page.html', '<!doctype html><p>Hello</p>'))).message).toBe('the essay is an HTML page, not its text');
    expect(errorOf(() => read(file('page.txt', '<html lang="en"><p>Hello</p></html>'))).message).toBe(
      'the essay is an HTML page, not its text',
    );
    const fifo = join(work, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    expect(errorOf(() => locateDeck(fifo)).message).toBe('not a file or a folder (a device, a pipe or a socket)');
    expect(errorOf(() => locateDeck('/dev/zero')).message).toBe('not a file or a folder (a device, a pipe or a socket)');
    const big = file('big.txt', '');
    truncateSync(big, MAX_ESSAY_BYTES + 1);
    const error = errorOf(() => read(big));
    expect(error.message).toMatch(/^the essay is 10\.0 MB, more than the 10 MB briefdeck reads$/);
    expect(error.hint).toMatch(/split the file/);
  });
});
