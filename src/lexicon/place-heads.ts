/**
 * Last words of place names that begin like a person's ("Juniper Hill", "Grace Street", "Victoria
 * Falls"): two capitalised words ending in one of these are not taken for a person because the
 * first is a given name.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'avenue',
  'bay',
  'beach',
  'boulevard',
  'bridge',
  'creek',
  'drive',
  'falls',
  'harbor',
  'harbour',
  'heights',
  'highway',
  'hill',
  'hills',
  'island',
  'lake',
  'lane',
  'mountain',
  'park',
  'point',
  'river',
  'road',
  'square',
  'station',
  'street',
  'valley',
]);
