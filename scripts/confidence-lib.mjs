// How often each attribution rule is right on gold data outside the repository (../shared/eval),
// counted the way the shared scorer counts: a returned quotation is in gold when at least half of
// it lies in a gold quoted segment, and its speaker is right when its mention overlaps the gold
// source mention or its speaker's name shares a name word with the gold source. A rule that gives
// no speaker is right when the gold names no source for the quotation (or does not have it). A
// reported statement is judged as the scorer's `--speech all` matches it (judgeReports). Shared by scripts/confidence.mjs and test/attribution/confidence.test.ts.
import { readFileSync } from 'node:fs';

// the scorer's reading of gold: quoted words between double marks inside each gold span, two
// apostrophes in a row ('' as some archives write “ and ”) standing for a straight double mark
const OPEN = new Set(['“', '„', '«', '"']);
const CLOSE = new Set(['”', '»', '"', '“']);
function segments(text, start, end) {
  const out = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    let c = text[i];
    const twin = c === "'" && text[i + 1] === "'";
    if (twin) c = '"';
    if (open < 0) {
      if (OPEN.has(c)) open = i + (twin ? 2 : 1);
    } else if (c === '\n' || (CLOSE.has(c) && c !== '“')) {
      if (i > open) out.push([open, i]);
      open = -1;
    } else if (c === '“') {
      if (i > open) out.push([open, i]);
      open = i + 1;
    }
    if (twin) i++;
  }
  if (open >= 0 && end > open) out.push([open, end]);
  return out.map(([s, e]) => trim(text, s, e)).filter(([s, e]) => e - s >= 2);
}
function trim(text, s, e) {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}
const STOP = new Set(
  (
    'the a an of and for to in on at by with from his her their its our your my said says say told he she they it we i you him ' +
    'them us me who whom this that these those one two another other former then mr mrs ms miss dr sen rep gov president ' +
    'secretary minister prime chief gen col lt sgt rev prof judge justice st jr sr mayor candidate nominee'
  ).split(' '),
);
const nameWords = (s) =>
  (s ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
// where the gold names the speaker in full, the returned name must share a word with it
function speakerRight(q, g) {
  const named = nameWords(q.speaker.name);
  if (g.speakerCanonical) {
    const gold = new Set([...nameWords(g.speakerCanonical), ...nameWords(g.speaker)]);
    return named.some((w) => gold.has(w));
  }
  if (
    q.mention &&
    g.speakerStart != null &&
    overlap(q.mention.start, q.mention.end, g.speakerStart, g.speakerEnd) > 0
  )
    return true;
  const gold = new Set(nameWords(g.speaker));
  return [...named, ...nameWords(q.mention?.text)].some((w) => gold.has(w));
}
const hasSource = (g) =>
  g.speakerStart != null || Boolean(g.speakerCanonical) || Boolean(g.speaker);

/** The gold quoted segments of an article, each with the attributions it lies in. */
function goldSegments(doc) {
  const bySpan = new Map();
  const polnear = doc.quotes.some((q) => 'group' in q);
  for (const q of doc.quotes) {
    // outside PolNeAR, a direct item in single marks is one segment
    const single =
      !polnear && q.type === 'direct' && /^[‘']/.test(q.text ?? '') && /[’']$/.test(q.text ?? '');
    const spans = single
      ? [trim(doc.text, q.start + 1, q.end - 1)]
      : segments(doc.text, q.start, q.end);
    for (const [s, e] of spans) {
      const g = bySpan.get(`${s}:${e}`) ?? { s, e, qs: [] };
      g.qs.push(q);
      bySpan.set(`${s}:${e}`, g);
    }
  }
  return [...bySpan.values()].map((g) => ({ ...g, qs: g.qs.filter(hasSource) }));
}

/**
 * Reads a gold file and judges every quotation and every reported statement analyzeArticle
 * returns, in one pass over the articles.
 *
 * @param analyzeArticle the library's function (built or from source)
 * @param data path of a .jsonl gold file
 * @returns { quotes, reports }: one judgement per judged quotation and per judged report,
 *   each { rule, reason, confidence, attributed, right }
 */
export function judge(analyzeArticle, data) {
  const quotes = [];
  const reports = [];
  for (const line of readFileSync(data, 'utf8').split('\n')) {
    if (!line) continue;
    const doc = JSON.parse(line);
    const result = analyzeArticle(doc.text);
    judgeQuotes(doc, result, quotes);
    judgeReports(doc, result, reports);
  }
  return { quotes, reports };
}

// A returned quotation is right when it lies in a gold segment with the gold's speaker; one with
// no speaker is right when the gold gives it no source.
function judgeQuotes(doc, result, out) {
  const gold = goldSegments(doc);
  for (const q of result.quotes) {
    let best = null;
    let most = 0;
    for (const g of gold) {
      const o = overlap(q.start, q.end, g.s, g.e);
      if (o > most) [best, most] = [g, o];
    }
    const inGold = best !== null && most * 2 >= Math.max(1, q.end - q.start);
    const { rule, reason, confidence } = q;
    if (!q.speaker) {
      out.push({ rule, reason, confidence, attributed: false, right: !(inGold && best.qs.length) });
      continue;
    }
    if (inGold && best.qs.length === 0) continue; // gold has no source: not scored
    const right = inGold && best.qs.some((g) => speakerRight(q, g));
    out.push({ rule, reason, confidence, attributed: true, right });
  }
}

/**
 * Precision by rule: the share of each rule's quotations judged right.
 *
 * @returns Map rule → { all, right, precision }, most used rule first
 */
export function precisionByRule(judgements) {
  const byRule = new Map();
  for (const j of judgements) {
    const r = byRule.get(j.rule) ?? { all: 0, right: 0, precision: 0 };
    r.all++;
    if (j.right) r.right++;
    r.precision = r.right / r.all;
    byRule.set(j.rule, r);
  }
  return new Map([...byRule].sort((a, b) => b[1].all - a[1].all));
}

// --speech all: the scorer's verbs of speaking and writing (dictionary forms); PolNeAR's indirect
// attributions count only with one of them as their cue
const SPEECH_VERBS = new Set(
  (
    'say tell add note argue announce claim state explain warn insist suggest write tweet post ' +
    'report call declare ask reply respond answer acknowledge admit concede deny confirm promise pledge vow urge propose ' +
    'predict allege accuse criticize criticise describe testify recall repeat stress emphasize emphasise maintain contend ' +
    'assert complain comment mention remark reiterate point conclude charge demand boast brag joke quip counter retort ' +
    'blast slam praise dismiss reject decry denounce condemn defend thank blame pitch tout characterize label dub ' +
    'reveal disclose inform advise caution lament recount describe estimate speculate question challenge threaten ' +
    'agree disagree vow swear order instruct direct request plead beg invite offer announce unveil release issue ' +
    'cite quote paraphrase according per'
  ).split(' '),
);
const AUX = new Set(
  'has have had is are was were be been being also will would could should may might can did does do not never just already again still further later once repeatedly publicly privately'.split(
    ' ',
  ),
);
const IRREGULAR = {
  said: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  swore: 'swear',
  sworn: 'swear',
  gave: 'give',
  made: 'make',
};
function lemmaGuess(w) {
  const forms = [
    w,
    w.replace(/ies$/, 'y'),
    w.replace(/ied$/, 'y'),
    w.replace(/(?:es|s)$/, ''),
    w.replace(/s$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/d$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
    w.replace(/(.)\1(?:ed|ing)$/, '$1'),
  ];
  return IRREGULAR[w] ?? forms.find((f) => SPEECH_VERBS.has(f)) ?? w;
}
function isSpeechCue(cue) {
  const words = String(cue ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !AUX.has(w));
  return words.length > 0 && SPEECH_VERBS.has(lemmaGuess(words[0]));
}

/** The share of a gold item's characters an item must cover to match it (the scorer's 0.3). */
const MATCH_SHARE = 0.3;

// A returned report is matched the way the scorer's `--speech all` matches at 0.3: each gold
// attribution of speech, in text order, takes the unmatched returned item (an attributed report,
// or an attributed quotation outside every report) covering the largest share of it above 0.3. A
// matched report is right when its speaker is the gold's; an unmatched one is wrong, unless it
// lies on an attribution the scorer leaves out (a belief, a perception, one with no source),
// where it is not judged.
function judgeReports(doc, result, out) {
  const polnear = doc.quotes.some((q) => 'group' in q);
  const counted = (q) => hasSource(q) && (!polnear || q.type !== 'indirect' || isSpeechCue(q.cue));
  const gold = doc.quotes.filter(counted).sort((a, b) => a.start - b.start);
  const neutral = doc.quotes.filter((q) => !counted(q));
  const clauses = (result.reported ?? []).filter((r) => r.speaker);
  const items = [
    ...clauses.map((p) => ({ s: p.start, e: p.end, p, report: true })),
    ...result.quotes
      .filter((p) => p.speaker)
      .map((p) => ({ s: p.open?.start ?? p.start, e: p.close?.end ?? p.end, p, report: false }))
      .filter((x) => !clauses.some((c) => c.start <= x.s && x.e <= c.end)),
  ].sort((a, b) => a.s - b.s);
  const free = new Set(items);
  const judge = (x, right) => {
    const { rule, reason, confidence } = x.p;
    if (x.report) out.push({ rule, reason, confidence, attributed: true, right });
  };
  for (const g of gold) {
    let best = null;
    let most = 0;
    for (const x of free) {
      const share = overlap(g.start, g.end, x.s, x.e) / Math.max(1, g.end - g.start);
      if (share > MATCH_SHARE && share > most) [best, most] = [x, share];
    }
    if (!best) continue;
    free.delete(best);
    judge(best, speakerRight(best.p, g));
  }
  for (const x of free) {
    const onNeutral = neutral.some(
      (q) =>
        overlap(q.start, q.end, x.s, x.e) / Math.max(1, Math.min(q.end - q.start, x.e - x.s)) >
        MATCH_SHARE,
    );
    if (!onNeutral) judge(x, false);
  }
}
