/**
 * Verbs of believing, hoping and fearing among the reporting verbs: "Smith believes the plan will
 * fail" tells a state of mind, not a speech act, so it reports no speech (though "she believes
 * “…”" next to a quotation is still the quotation's cue). Dictionary forms.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe',
  'fear',
  'feel',
  'hope',
  'think',
]);
