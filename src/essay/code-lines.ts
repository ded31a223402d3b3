import { type Block, blockLines } from './blocks.js';

/**
 * A listing of code in a page copy: a browser's copy keeps a post's code blocks as plain lines
 * ("library(dplyr)", "tabla$x <- tabla$x %>% as.factor", "if err != nil {"), which are no
 * sentences for a slide or the notes. Markdown marks its code itself (markdown.ts: markup); this
 * finds it where nothing marks it.
 */

/**
 * What only code writes, read with its strings emptied: an operator between operands ("<-", "%>%",
 * "==", "=>"), a call standing alone ("library(dplyr)"), a value given to a name ("x[1] = 0",
 * "max_connections = 200"; the value a figure, string, call or name with a dot, not a word: "S = Specific"
 * is a list), a line ending "{" or ";" or a bracket closing alone, a statement's keyword, an attribute ("#[no_mangle]").
 */
const CODE = [
  /[\w\])"']\s*(?:<-|%>%|\|>|:=|->|=>|\+=|-=|\*=|===|!==|==|!=)\s*\S/,
  /^[\p{L}_$][\w$.:]*\((?:[^()]|\([^()]*\))*\)\s*[;,]?\s*(?:(?:#|\/\/).*)?$/u,
  /^[\p{L}_$][\w$.]*(?:\[[^\]]*\])*\s*=\s*(?:[\d"'([{$-]|[\p{L}_][\w]*[._(])/u,
  /[;{]\s*$|^[}\])]+[;,]?\s*$/,
  /^(?:def|class|import|from\s+\S+\s+import|function|const|let|var|return|if\s*\(|for\s*\(|while\s*\(|#include|public|private|fn|pub|elif|else:|try:|except)\b/,
  /#!?\[\w[\w:(), =]*\]/,
];
/** A comment's line, its stop or not: "# Carga de paquetes", "// Find the position.". Code only among code. */
const COMMENT = /^(?:#|\/\/|--)\s*\S/;
/** Strings in a line of code, emptied before it is read: "ylab = \"Probabilidad de consumir …\"". */
const STRING = /"[^"]*"|'[^']*'|“[^”]*”/g;
/** Four words in a row, outside strings: running text, whatever signs it holds. */
const WORDS_IN_A_ROW = /(?:\p{L}+,?\s+){3}\p{L}+/u;
/** A sentence ends with its stop; code does not, unless its line ends with a statement's mark. */
const SENTENCE_END = /[.!?]["”’)]*$/;

/** A listing is this many lines or more, this many of them code by its signs (not comments). */
const LISTING_MIN_LINES = 3;
const LISTING_MIN_CODE_LINES = 2;

function lineKind(line: string): 'code' | 'comment' | null {
  if (COMMENT.test(line)) return 'comment';
  if (SENTENCE_END.test(line)) return null;
  const bare = line.replace(STRING, '""');
  return !WORDS_IN_A_ROW.test(bare) && CODE.some((sign) => sign.test(bare)) ? 'code' : null;
}

/**
 * The blocks of a plain text's code listings: runs of blocks whose every line is code or a comment,
 * LISTING_MIN_LINES lines or more, LISTING_MIN_CODE_LINES of them code; comments after the run's last
 * line of code are left (they may be the text's own headings: "# Results").
 */
export function codeListings(blocks: readonly Block[]): number[] {
  const found: number[] = [];
  let run: Array<{ index: number; code: number; lines: number }> = [];
  const close = (): void => {
    while (run.length > 0 && (run.at(-1) as { code: number }).code === 0) run.pop();
    const lines = run.reduce((sum, block) => sum + block.lines, 0);
    const code = run.reduce((sum, block) => sum + block.code, 0);
    if (lines >= LISTING_MIN_LINES && code >= LISTING_MIN_CODE_LINES) found.push(...run.map((block) => block.index));
    run = [];
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'rule') return;
    const kinds = blockLines(block).map(lineKind);
    if (kinds.some((kind) => kind === null)) close();
    else run.push({ index, code: kinds.filter((kind) => kind === 'code').length, lines: kinds.length });
  });
  close();
  return found;
}
