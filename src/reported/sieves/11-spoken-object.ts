import { subjectOf } from '../../grammar/subjects.js';
import { inflections } from '../../grammar/cue-forms.js';
import { CAPITALISED } from '../../lexicon/capitalised.js';
import { SPOKEN_OBJECT_VERBS } from '../../lexicon/spoken-object-verbs.js';
import { commaEnd, objectAt, verbCue } from '../clause-bounds.js';
import type { ReportSieve } from '../sieve.js';

/** Every written form of those verbs, read before the (slower) lemma. */
const FORMS: ReadonlySet<string> = new Set([...SPOKEN_OBJECT_VERBS].flatMap(inflections));

/**
 * "Dana Reyes criticized the plan", "he denied the allegations", "the mayor announced her
 * resignation on Monday": a verb of speaking whose object is what was said. The clause is the
 * object and what follows it in the clause ("accused the council of hiding the cost").
 */
export const spokenObject: ReportSieve = {
  name: 'spoken-object',
  reason: 'cue-before',
  confidence: 0.73,
  apply(site) {
    const { rc, ctx, tokens, at, first: start, last } = site;
    const { quoteOf } = ctx;
    const verb = tokens[at]!;
    if (quoteOf[at]! >= 0 || !FORMS.has(verb.lower) || !SPOKEN_OBJECT_VERBS.has(verb.lemma))
      return null;
    // "758 pledged delegates", "the proposed wall": a participle describing a noun; "Mayor
    // Denies Report": a headline's capitals, whose grammar the tagger does not read
    if (
      /^(?:DET|NUM|ADJ)$/.test(tokens[at - 1]?.pos ?? '') ||
      (at > start && CAPITALISED.test(verb.value))
    )
      return null;
    const cue = site.cue ?? verbCue(tokens, at, at);
    if (!cue || cue.accordingTo || cue.agent) return null;
    let from = cue.range[1] + 1;
    // "has repeatedly criticized", "denied outright": adverbs between verb and object
    while (from < last && tokens[from]!.pos === 'ADV' && quoteOf[from]! < 0) from++;
    const first = tokens[from];
    if (!first || from > last || quoteOf[from]! >= 0) return null;
    const object = objectAt(tokens, from, last);
    // ("Defending 289, India …": a number defended is a score, not words)
    if (!object || first.pos === 'NUM') return null;
    const mention = cue === site.cue ? site.subject : subjectOf(ctx, cue);
    // (", recalled James Cunningham": a speaker after the cue is no object's)
    if (!mention || mention[0] > at) return null;
    return { clause: [from, commaEnd(rc, from, last)], cue: cue.range, mention };
  },
};
