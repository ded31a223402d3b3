import type { BlockRule } from './types.js';

/**
 * Notes about the piece rather than its argument: where it appeared first, what it reproduces,
 * the series it belongs to, an editor's note. They are end matter wherever they stand.
 */
const NOTE =
  /^(?:this (?:article|post|piece|essay|story) (?:first |originally )?appeared (?:first |originally )?in (?:issue|the|our)\b|editor['’]?s note\b|(?:a version of )?this(?: (?:article|post|piece|essay|story|commentary|case study|op-ed|blog post|text))?\s+(?:is a reproduction|is reproduced|was (?:first|originally) (?:published|posted)|(?:first|originally) (?:appeared|ran|was published)|appeared (?:first|originally)|is adapted|was adapted|is an (?:edited|abridged|updated) version|is (?:the long form|a longer version)|is part of (?:a|our|the) series|is cross-?posted)|(?:originally|first) (?:published|appeared|posted) (?:in|on|at|by)\b|cross-?posted from\b|reprinted (?:with permission )?from\b|[^.]{0,80}\bour (?:new |ongoing |special )?(?:series|package|look back)\b)/i;

export const editorial: BlockRule = {
  name: 'editorial',
  test(block, { words }) {
    if (words > 80) return null;
    return NOTE.test(block.plain.replace(/^[*_(\s]+/, '')) ? { kind: 'chrome', reason: 'end-matter' } : null;
  },
};
