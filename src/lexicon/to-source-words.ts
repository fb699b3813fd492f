/** Words before "to" and a source: speaking to “CBS This Morning”, according to “The Long Flood”. */
export const TO_SOURCE: ReadonlySet<string> = new Set([
  'according',
  'speaking',
  'spoke',
  'talked',
  'talking',
]);
