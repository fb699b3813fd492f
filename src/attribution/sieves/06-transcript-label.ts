import { transcriptLabel } from '../quoted-names.js';
import type { Sieve } from '../sieve.js';

/** "PENCE: …": a transcript's speaker label opening the quotation or its paragraph. */
export const transcriptLabelSieve: Sieve = {
  name: 'transcript-label',
  reason: 'colon',
  judged: 'rare',
  confidence: 0.9,
  apply: ({ ctx, first, paragraphStart }) => {
    const label = transcriptLabel(ctx, first + 1) ?? transcriptLabel(ctx, paragraphStart);
    return label && { mention: label, cue: [label[1] + 1, label[1] + 1] };
  },
};
