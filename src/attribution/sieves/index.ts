import { nested } from './01-nested.js';
import { headline } from './02-headline.js';
import { furniture } from './03-furniture.js';
import { noWords } from './04-no-words.js';
import { title } from './05-title.js';
import { transcriptLabelSieve } from './06-transcript-label.js';
import { accordingTo } from './07-according-to.js';
import { accordingToAfter } from './08-according-to-after.js';
import { cueAfter } from './09-cue-after.js';
import { cueAfterWeak } from './10-cue-after-weak.js';
import { ownerOverWeakCue } from './11-owner-over-weak-cue.js';
import { reportInReport } from './12-report-in-report.js';
import { cueBeforeIntroduced } from './13-cue-before-introduced.js';
import { cueBefore } from './14-cue-before.js';
import { cueBeforeWeak } from './15-cue-before-weak.js';
import { cueAfterFull } from './16-cue-after-full.js';
import { cueAfterPartial } from './17-cue-after-partial.js';
import { list } from './18-list.js';
import { ownerOfWordsSieve } from './19-owner-of-words.js';
import { colon } from './20-colon.js';
import { dash } from './21-dash.js';
import { partialPronounSubject } from './22-partial-pronoun-subject.js';
import { partialSubjectSieve } from './23-partial-subject.js';
import { partialUnattributed } from './24-partial-unattributed.js';
import { sameParagraph } from './25-same-paragraph.js';
import { nearbyCue } from './26-nearby-cue.js';
import { previousSubject } from './27-previous-subject.js';
import { continuationColon } from './28-continuation-colon.js';
import { continuation } from './29-continuation.js';
import { continuationClause } from './30-continuation-clause.js';
import { noCue } from './31-no-cue.js';
import type { Sieve } from '../sieve.js';

/**
 * The attribution rules in the order they run: the first sieve that decides a quotation's
 * attribution stamps its name on it. A new rule is a new file here and a line in this list.
 */
export const SIEVES: readonly Sieve[] = [
  nested,
  headline,
  furniture,
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
