import type { RemovalReason } from '../../types.js';
import { words } from '../shape.js';
import type { Pass } from '../state.js';
import { endsLikeSentence } from '../text.js';

/** Why a line was the page's own furniture around the article, not markup or the writer's own matter. */
const FURNITURE: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
  'navigation',
  'search',
  'newsletter',
  'social',
  'related',
  'advertisement',
  'cookies',
  'counter',
  'copyright',
  'outside-article',
  'caption',
  'end-matter',
]);
/** A line of furniture is short: a longer one is the text's. */
const FURNITURE_MAX_WORDS = 25;

/**
 * Needs: body (every block decided, the body's items). A short line that does not end like a sentence, kept as text
 * though the lines right above and right below it were both removed as the page's furniture, is furniture too: an
 * events list's line between two that were read as such ("StellenboschX: … — Cape Town, Western Cape"), a blog's
 * blurb between a caption and its menu ("Experimental History opposes the tiger and supports ice cream, in that
 * order"), a community blog's notice between a share row and a caption.
 */
export const furniture: Pass = {
  name: 'furniture',
  run(state) {
    const { blocks } = state;
    const furnitureReason = (index: number): RemovalReason | null => {
      const role = state.role(index);
      return role?.kind === 'chrome' && FURNITURE.has(role.reason) ? role.reason : null;
    };
    const removed = new Set<number>();
    blocks.forEach((block, index) => {
      if (state.role(index)?.kind !== 'text' || block.lines.start !== block.lines.end) return;
      if (words(block) > FURNITURE_MAX_WORDS || endsLikeSentence(block.plain)) return;
      const above = furnitureReason(index - 1);
      const below = furnitureReason(index + 1);
      if (!above || !below) return;
      state.remove(index, below);
      removed.add(block.lines.start);
    });
    if (removed.size > 0) state.items = state.items.filter((item) => item.type !== 'paragraph' || !removed.has(item.paragraph.lines.start));
  },
};
