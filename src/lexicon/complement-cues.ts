/**
 * Reporting verbs with a particle whose object is what was said: "called for an inquiry",
 * "pointed to the cost of the wall", "pushed for a vote". Dictionary form → particle.
 */
export const COMPLEMENT_CUES: ReadonlyMap<string, string> = new Map([
  ['appeal', 'for'],
  ['argue', 'for'],
  ['call', 'for'],
  ['point', 'to'],
  ['press', 'for'],
  ['push', 'for'],
]);
