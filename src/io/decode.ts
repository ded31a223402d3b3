import { BriefdeckError } from '../errors.js';
import { CP1252 } from '../essay/text.js';

/**
 * An essay file's bytes → text. UTF-8 (with or without a byte-order mark) as it should be;
 * UTF-16 when a byte-order mark says so; Windows-1252 (which includes Latin-1's letters) when
 * the bytes are not UTF-8 but read as that code page's text. Anything else is refused with the
 * line of the first byte that is not UTF-8: no U+FFFD ever reaches a slide.
 */

export interface Decoded {
  text: string;
  /** The encoding read, when it was not UTF-8. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

function windows1252(bytes: Uint8Array): string | null {
  let text = '';
  for (const byte of bytes) {
    // Control bytes other than tab and line ends: not text in any code page.
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) return null;
    if (byte < 0x80 || byte >= 0xa0) text += String.fromCharCode(byte);
    else {
      const char = CP1252[byte - 0x80];
      if (!char) return null;
      text += char;
    }
  }
  return text;
}

/** 1-based line of byte offset `at`. */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i] as number;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

export function decodeEssay(bytes: Uint8Array, path: string): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a Windows or Latin-1 file reads as Windows-1252, unless it uses bytes that code page leaves undefined.
    const text = windows1252(bytes);
    if (text !== null) return { text, encoding: 'windows-1252' };
    const at = firstInvalidUtf8(bytes);
    throw new BriefdeckError('the essay is not UTF-8 text, nor Windows-1252', {
      file: path,
      line: lineOf(bytes, Math.max(0, at)),
      hint: 'Save the essay as UTF-8 text (in most editors: Save As… → Encoding: UTF-8).',
    });
  }
}
