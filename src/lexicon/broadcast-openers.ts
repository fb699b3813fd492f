/** Speakers are reached through these words before a title: an interview with “Fox News Sunday”. */
export const BROADCAST_OPENERS: ReadonlySet<string> = new Set(['told', 'with']);
