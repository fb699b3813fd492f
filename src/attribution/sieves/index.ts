import { nested } from './01-nested.js';
import { headline } from './02-headline.js';
import { noWords } from './03-no-words.js';
import { title } from './04-title.js';
import { transcriptLabelSieve } from './05-transcript-label.js';
import { accordingTo } from './06-according-to.js';
import { accordingToAfter } from './07-according-to-after.js';
import { cueAfter } from './08-cue-after.js';
import { cueAfterWeak } from './09-cue-after-weak.js';
import { ownerOverWeakCue } from './10-owner-over-weak-cue.js';
import { reportInReport } from './11-report-in-report.js';
import { cueBeforeIntroduced } from './12-cue-before-introduced.js';
import { cueBefore } from './13-cue-before.js';
import { cueBeforeWeak } from './14-cue-before-weak.js';
import { cueAfterFull } from './15-cue-after-full.js';
import { cueAfterPartial } from './16-cue-after-partial.js';
import { list } from './17-list.js';
import { ownerOfWordsSieve } from './18-owner-of-words.js';
import { colon } from './19-colon.js';
import { dash } from './20-dash.js';
import { partialPronounSubject } from './21-partial-pronoun-subject.js';
import { partialSubjectSieve } from './22-partial-subject.js';
import { partialUnattributed } from './23-partial-unattributed.js';
import { sameParagraph } from './24-same-paragraph.js';
import { nearbyCue } from './25-nearby-cue.js';
import { previousSubject } from './26-previous-subject.js';
import { continuationColon } from './27-continuation-colon.js';
import { continuation } from './28-continuation.js';
import { continuationClause } from './29-continuation-clause.js';
import { noCue } from './30-no-cue.js';
import type { Sieve } from '../sieve.js';

/**
 * The attribution rules in the order they run: the first sieve that decides a quotation's
 * attribution stamps its name on it. A new rule is a new file here and a line in this list.
 */
export const SIEVES: readonly Sieve[] = [
  nested,
  headline,
  noWords,
  title,
  transcriptLabelSieve,
  accordingTo,
  accordingToAfter,
  cueAfter,
  cueAfterWeak,
  ownerOverWeakCue,
  reportInReport,
  cueBeforeIntroduced,
  cueBefore,
  cueBeforeWeak,
  cueAfterFull,
  cueAfterPartial,
  list,
  ownerOfWordsSieve,
  colon,
  dash,
  partialPronounSubject,
  partialSubjectSieve,
  partialUnattributed,
  sameParagraph,
  nearbyCue,
  previousSubject,
  continuationColon,
  continuation,
  continuationClause,
  noCue,
];
