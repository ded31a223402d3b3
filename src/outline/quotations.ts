/**
 * Quotations that run across sentences of a paragraph. A sentence of such a quotation shown
 * alone is half a quotation: its marks do not pair up and its speaker is often in another
 * sentence ("Technology investor Nick Hanauer said “Technology is the solution to human
 * problems." … "… problems.”"). A slide shows all of the quotation's sentences or none.
 */

/** The sentences, by position in their paragraph, of one quotation that crosses sentences. */
export interface Quotation {
  first: number;
  last: number;
  /** Opened and closed within the paragraph; otherwise part of it lies in another paragraph. */
  whole: boolean;
}

const DOUBLE_QUOTATION_MARK = /["“”„]/;

/**
 * For each sentence of a paragraph, the quotation crossing sentences that it belongs to, if any.
 * Double quotation marks only: a single one is as often an apostrophe. A straight mark opens
 * outside a quotation and closes inside one; a low mark opens one that “ or ” closes, as German
 * („…“) and Polish („…”) write them.
 */
export function quotationsOf(sentences: ReadonlyArray<{ text: string }>): Array<Quotation | undefined> {
  const found: Array<Quotation | undefined> = new Array(sentences.length).fill(undefined);
  const mark = (quotation: Quotation): void => {
    for (let i = quotation.first; i <= quotation.last; i++) found[i] = quotation;
  };
  let inside = false;
  /** The quotation open was opened with a low mark: “ closes it. */
  let low = false;
  let openedAt = -1;
  /** The last sentence holding a quotation mark, before the one read. */
  let lastMarked = -1;
  for (let i = 0; i < sentences.length; i++) {
    const text = (sentences[i] as { text: string }).text;
    // (Most sentences hold no double quotation mark: they leave the state as it was. One scan for
    // any of the three, a third of the time of three indexOf.)
    if (!DOUBLE_QUOTATION_MARK.test(text)) continue;
    const startedInside = inside;
    let closedUnopened = false;
    for (const char of text) {
      if (char === '„' || (char === '“' && !low) || (char === '"' && !inside)) {
        inside = true;
        low = char === '„';
      } else if (char === '”' || char === '"' || char === '“') {
        // A closing mark with no opening one before it in the paragraph: the quotation began in an earlier paragraph.
        if (!inside && openedAt < 0) closedUnopened = true;
        inside = false;
        low = false;
      }
    }
    if (closedUnopened) mark({ first: lastMarked + 1, last: i, whole: false });
    else if (startedInside && !inside) mark({ first: openedAt, last: i, whole: true });
    if (!startedInside && inside) openedAt = i;
    if (!inside) openedAt = -1;
    lastMarked = i;
  }
  // Still open at the paragraph's end: the quotation goes on in the next paragraph.
  if (inside && openedAt >= 0) mark({ first: openedAt, last: sentences.length - 1, whole: false });
  return found;
}
