import type { ReportSieve } from '../sieve.js';
import { accordingTo } from './01-according-to.js';
import { cueAfterClause } from './02-cue-after-clause.js';
import { thatClause } from './03-that-clause.js';
import { bareClause } from './04-bare-clause.js';
import { objectInfinitive } from './05-object-infinitive.js';
import { commitment } from './06-commitment.js';
import { callFor } from './07-call-for.js';
import { speechNoun } from './08-speech-noun.js';
import { question } from './09-question.js';
import { naming } from './10-naming.js';
import { spokenObject } from './11-spoken-object.js';

/**
 * The rules of reported speech in the order they run at each cue; the first that reads a report
 * decides it. A cue after its clause is read before one before a clause, so that in "The road
 * will reopen, police said" "said" reports what came before it.
 */
export const REPORT_SIEVES: readonly ReportSieve[] = [
  accordingTo,
  cueAfterClause,
  thatClause,
  bareClause,
  objectInfinitive,
  commitment,
  callFor,
  speechNoun,
  question,
  naming,
  spokenObject,
];
