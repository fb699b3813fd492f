import type { Gender } from './subject-pronouns.js';

/**
 * Honorifics and abbreviated titles written before a name, lower-cased with their full stop (or
 * without, as British and Australian papers write them: Mr Byrne, Cllr Hayes, Cr Hayes), with the
 * gender they tell (if any) and the role noun a later "the senator" would use. A capitalised
 * abbreviation here never ends a sentence ("Cst. Jane Doe"; see nlp/wink.ts).
 */
export const HONORIFICS: Readonly<
  Record<string, { readonly gender: Gender; readonly role?: string }>
> = {
  'adm.': { gender: 'unknown', role: 'admiral' },
  'ald.': { gender: 'unknown', role: 'alderman' },
  'amb.': { gender: 'unknown', role: 'ambassador' },
  'atty.': { gender: 'unknown', role: 'attorney' },
  'capt.': { gender: 'unknown', role: 'captain' },
  cllr: { gender: 'unknown', role: 'councillor' },
  'cllr.': { gender: 'unknown', role: 'councillor' },
  'cmdr.': { gender: 'unknown', role: 'commander' },
  'col.': { gender: 'unknown', role: 'colonel' },
  'const.': { gender: 'unknown', role: 'constable' },
  'coun.': { gender: 'unknown', role: 'councillor' },
  'cpl.': { gender: 'unknown', role: 'corporal' },
  cr: { gender: 'unknown', role: 'councillor' },
  'cst.': { gender: 'unknown', role: 'constable' },
  dame: { gender: 'female' },
  'det.': { gender: 'unknown', role: 'detective' },
  'dr.': { gender: 'unknown', role: 'doctor' },
  'gen.': { gender: 'unknown', role: 'general' },
  'gov.': { gender: 'unknown', role: 'governor' },
  'hon.': { gender: 'unknown' },
  'insp.': { gender: 'unknown', role: 'inspector' },
  lady: { gender: 'female' },
  lord: { gender: 'male' },
  'lt.': { gender: 'unknown', role: 'lieutenant' },
  'maj.': { gender: 'unknown', role: 'major' },
  miss: { gender: 'female' },
  mr: { gender: 'male' },
  'mr.': { gender: 'male' },
  mrs: { gender: 'female' },
  'mrs.': { gender: 'female' },
  ms: { gender: 'female' },
  'ms.': { gender: 'female' },
  'pres.': { gender: 'unknown', role: 'president' },
  'prof.': { gender: 'unknown', role: 'professor' },
  'pte.': { gender: 'unknown', role: 'private' },
  'rep.': { gender: 'unknown', role: 'congressman' },
  'rev.': { gender: 'unknown', role: 'reverend' },
  'sen.': { gender: 'unknown', role: 'senator' },
  'sgt.': { gender: 'unknown', role: 'sergeant' },
  sir: { gender: 'male' },
  'supt.': { gender: 'unknown', role: 'superintendent' },
};
