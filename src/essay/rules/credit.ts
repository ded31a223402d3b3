import type { BlockRule } from './types.js';

/** Photo and image credits: "Photo from X's photostream on flickr", "Image: Reuters". */
export const credit: BlockRule = {
  name: 'credit',
  test(block, { words }) {
    if (words > 30) return null;
    const text = block.plain;
    const lead =
      /^(\(?(photo|image|picture|illustration|graphic|cover|header|top|featured|map|chart)\s*(image|photo|credit)?s?\b\s*(from|by|courtesy|via|credit|:|©|source))/i;
    const agency = /\b(getty images|reuters|ap photo|afp|shutterstock|flickr|creative commons|wikimedia|unsplash|alamy|epa)\b/i;
    if (lead.test(text)) return { kind: 'credit' };
    if (words <= 14 && agency.test(text) && /\b(photo|image|credit|courtesy|via|licensed|cc by)\b/i.test(text)) {
      return { kind: 'credit' };
    }
    return null;
  },
};
