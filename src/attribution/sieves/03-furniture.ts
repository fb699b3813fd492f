import { isPageFurniture } from '../../paragraphs/paragraph-kinds.js';
import { NO_SPEAKER, type Sieve } from '../sieve.js';

/**
 * A quotation in page furniture: a link line ("READ MORE: ‘We will rebuild’ — mayor"), a crosshead
 * or a pull quote, which repeat or announce words and are nobody's speech where they stand.
 */
export const furniture: Sieve = {
  name: 'furniture',
  reason: 'not-speech',
  judged: 'rare',
  confidence: 0.9,
  apply: ({ paragraph }) => (isPageFurniture(paragraph.kind) ? NO_SPEAKER : null),
};
