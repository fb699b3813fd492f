import type { Gender } from './subject-pronouns.js';

/**
 * Honorifics and abbreviated titles written before a name, lower-cased with their full stop, with
 * the gender they tell (if any) and the role noun a later "the senator" would use.
 */
export const HONORIFICS: Readonly<
  Record<string, { readonly gender: Gender; readonly role?: string }>
> = {
  'adm.': { gender: 'unknown', role: 'admiral' },
  'amb.': { gender: 'unknown', role: 'ambassador' },
  'atty.': { gender: 'unknown', role: 'attorney' },
  'capt.': { gender: 'unknown', role: 'captain' },
  cllr: { gender: 'unknown', role: 'councillor' },
  'cllr.': { gender: 'unknown', role: 'councillor' },
  'col.': { gender: 'unknown', role: 'colonel' },
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
  miss: { gender: 'female' },
  mr: { gender: 'male' },
  'mr.': { gender: 'male' },
  mrs: { gender: 'female' },
  'mrs.': { gender: 'female' },
  ms: { gender: 'female' },
  'ms.': { gender: 'female' },
  'pres.': { gender: 'unknown', role: 'president' },
  'prof.': { gender: 'unknown', role: 'professor' },
  'rep.': { gender: 'unknown', role: 'congressman' },
  'rev.': { gender: 'unknown', role: 'reverend' },
  'sen.': { gender: 'unknown', role: 'senator' },
  'sgt.': { gender: 'unknown', role: 'sergeant' },
  sir: { gender: 'male' },
  'supt.': { gender: 'unknown', role: 'superintendent' },
};
