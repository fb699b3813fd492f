// The browser example's script: runs analyzeArticle on the pasted article (or analyzeHtml on pasted
// HTML), then shows the text with every quotation highlighted in its speaker's colour, every
// reported statement underlined in it, and, beside it, the speakers (kind, gender, title,
// affiliation) with their quotations and reported statements. The library is used exactly as in
// Node; `npm run build:browser` bundles it, wink-nlp and the model into dist/main.js. All text reaches the page as text nodes, never as
// HTML: pasted HTML is read by the library, never rendered.
import { analyzeArticle } from 'quote-attribution';
import { analyzeHtml } from 'quote-attribution/html';
import { sampleArticle, sampleArticleHtml } from '../sample-article.mjs';

const input = document.querySelector('#article');
const status = document.querySelector('#status');
const result = document.querySelector('.result');
const highlighted = document.querySelector('#highlighted');
const speakerList = document.querySelector('#speakers');
const unattributedList = document.querySelector('#unattributed');

// Golden-angle hues keep neighbouring speakers' colours far apart however many there are.
const colourOf = (speakerIndex) => `hsl(${Math.round((speakerIndex * 137.508) % 360)} 80% 80%)`;

function element(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'colour') el.style.setProperty('--speaker-colour', value);
    else el.setAttribute(name, String(value));
  }
  el.append(...children); // strings become text nodes: the article is never parsed as HTML
  return el;
}

// Every paragraph-part of every quotation as a mark, every reported clause as an underline, nested:
// a quotation inside another one, or inside a reported clause, sits inside its element. Spans are
// disjoint or nested (one that runs past its parent is cut at the parent's end), so one pass with
// a stack renders them.
function renderText(text, quotes, reported, colours) {
  const segments = [
    ...reported.map((r, index) => ({ start: r.start, end: r.end, index, report: r })),
    ...quotes.flatMap((q, index) =>
      q.parts.map((part) => ({ start: part.start, end: part.end, index, quote: q })),
    ),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const root = element('div');
  const stack = [{ el: root, end: text.length }];
  let at = 0;
  const closeUpTo = (offset) => {
    while (stack.length > 1 && stack[stack.length - 1].end <= offset) {
      const { el, end } = stack.pop();
      el.append(text.slice(at, end));
      at = end;
    }
  };
  for (const s of segments) {
    closeUpTo(s.start);
    const parent = stack[stack.length - 1];
    parent.el.append(text.slice(at, s.start));
    at = s.start;
    const mark = s.report ? reportElement(s.report, s.index, colours) : quoteElement(s, colours);
    parent.el.append(mark);
    stack.push({ el: mark, end: Math.min(s.end, parent.end) });
  }
  closeUpTo(text.length);
  root.append(text.slice(at));
  return root;
}

function quoteElement(s, colours) {
  const speakerId = s.quote.speaker?.id ?? '';
  return element('mark', {
    'data-quote': s.index,
    'data-speaker-id': speakerId,
    title: s.quote.speaker
      ? `${s.quote.speaker.name} (${s.quote.reason})`
      : `not attributed (${s.quote.reason})`,
    ...(speakerId ? { colour: colours.get(speakerId) } : {}),
  });
}

function reportElement(r, index, colours) {
  return element('u', {
    class: 'reported',
    'data-report': index,
    'data-speaker-id': r.speaker.id,
    title: `${r.speaker.name} (reported, ${r.rule})`,
    colour: colours.get(r.speaker.id),
  });
}

function reportItem(r, index, colour) {
  return element(
    'li',
    { 'data-report': index, 'data-start': r.start, 'data-end': r.end, colour },
    r.text,
  );
}

function quoteItem(q, index, colour) {
  // a quotation over several paragraphs is listed as its words, without the marks between them
  const words = q.parts.map((part) => part.text).join(' ');
  return element(
    'li',
    {
      'data-quote': index,
      'data-start': q.start,
      'data-end': q.end,
      ...(colour ? { colour } : {}),
    },
    `“${words}”`,
  );
}

/**
 * Who a speaker is, after their kind: their gender (for people), the title and affiliation the
 * article gives them, and whether it names them, each a text node in an element of its own.
 */
function speakerProfile(s) {
  const parts = [];
  if (s.kind === 'person' || s.kind === 'role')
    parts.push(element('span', { class: 'speaker-gender', 'data-gender': s.gender }, s.gender));
  if (s.title) parts.push(element('span', { class: 'speaker-title' }, s.title.text));
  if (s.affiliation)
    parts.push(element('span', { class: 'speaker-affiliation' }, s.affiliation.text));
  if (s.anonymous) parts.push(element('span', { class: 'speaker-anonymous' }, 'anonymous'));
  return parts.flatMap((part) => [' · ', part]);
}

/** The input's mode: `text`, or `html` for a page whose text analyzeHtml reads. */
const mode = () => document.querySelector('input[name="mode"]:checked').value;

function show(value) {
  const t0 = performance.now();
  // in HTML mode the spans index the text read from the HTML, which analyzeHtml returns
  const { quotes, reported, speakers, text } =
    mode() === 'html' ? analyzeHtml(value) : { ...analyzeArticle(value), text: value };
  const ms = performance.now() - t0;
  const colours = new Map(speakers.map((s, i) => [s.id, colourOf(i)]));

  highlighted.replaceChildren(renderText(text, quotes, reported, colours));
  speakerList.replaceChildren(
    ...speakers.map((s) =>
      element(
        'li',
        { 'data-speaker-id': s.id, 'data-speaker-name': s.name, colour: colours.get(s.id) },
        element('span', { class: 'swatch', 'aria-hidden': 'true' }),
        element('strong', {}, s.name),
        ' ',
        element('span', { class: 'speaker-kind' }, s.kind),
        ...speakerProfile(s),
        element(
          'ol',
          { class: 'quotes' },
          ...s.quotes.map((i) => quoteItem(quotes[i], i, colours.get(s.id))),
        ),
        element(
          'ol',
          { class: 'reported' },
          ...s.reported.map((i) => reportItem(reported[i], i, colours.get(s.id))),
        ),
      ),
    ),
  );
  unattributedList.replaceChildren(
    ...quotes.flatMap((q, i) => (q.speaker ? [] : [quoteItem(q, i, undefined)])),
  );
  result.hidden = false;
  status.textContent = `${quotes.length} quotations, ${reported.length} reported statements, ${speakers.length} speakers, in ${Math.round(ms)} ms`;
  document.body.dataset.state = 'done';
}

document.querySelector('#analyze').addEventListener('click', () => {
  document.body.dataset.state = 'working';
  status.textContent = 'Reading…';
  // let the status paint before the first call loads the model
  setTimeout(() => {
    try {
      show(input.value);
    } catch (error) {
      status.textContent = `Could not read the article: ${error.message}`;
      document.body.dataset.state = 'error';
    }
  }, 0);
});
document.querySelector('#sample').addEventListener('click', () => {
  input.value = mode() === 'html' ? sampleArticleHtml : sampleArticle;
});
