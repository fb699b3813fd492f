// What each HTML element means for the text of an article, as tables of tag names (lower case,
// sorted). Elements named in none of them are inline: their text runs on with the text around them.

/**
 * Elements that start and end a paragraph of their own: the blocks of a page's flow content. A
 * `div` is among them because pages hold paragraphs in bare `div`s as often as in `p`s.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'caption', // a table's caption
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/**
 * Elements whose content is not the article: code, styles, site navigation and furniture, forms,
 * embedded objects, and the document's head (its `<title>` repeats the headline with the site's
 * name).
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'aside', // related links, pull quotes that repeat the body's words, advertisements
  'button',
  'canvas',
  'footer',
  'form',
  'head',
  'iframe',
  'math',
  'nav',
  'noscript', // the fallback for a script the page runs; a browser with scripts shows none of it
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

/** Table cells: a cell's text is kept apart from its neighbour's by a space. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Headings: inside a `<header>`, the first one is the article's headline when there is no `<h1>`. */
export const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
