import { Parser } from 'htmlparser2';
import { BLOCK_ELEMENTS, CELL_ELEMENTS, HEADING_ELEMENTS, SKIPPED_ELEMENTS } from './elements.js';
import { TextBuilder, type HtmlRange } from './text-builder.js';

/** A stretch of the HTML whose paragraphs the markup says are of one kind. */
export interface MarkedBlock {
  /** `headline`: the first `<h1>`, else the first heading in a `<header>`; `caption`: a `<figcaption>`. */
  readonly kind: 'headline' | 'caption';
  /** The element in the HTML, from its start tag to the end of its end tag. */
  readonly html: HtmlRange;
}

/** The text of a page, with what is needed to find any stretch of it in the HTML. */
export interface ExtractedText {
  /** The article's text: paragraphs separated by blank lines. */
  readonly text: string;
  /** Headline and captions as the markup marks them, in document order. */
  readonly marked: readonly MarkedBlock[];
  /**
   * Where a stretch of `text` lies in the HTML.
   * @param start offset in `text`
   * @param end offset in `text`, exclusive
   */
  range(start: number, end: number): HtmlRange;
}

/** Why an element may mark its paragraphs: a caption, an `<h1>`, or a heading in a `<header>`. */
type Mark = 'caption' | 'h1' | 'header-heading';

interface OpenElement {
  readonly name: string;
  /** Its content is not the article's: a skipped element, a hidden one, or inside one. */
  readonly skipped: boolean;
  /** Where its start tag begins, for a marked block. */
  readonly start: number;
  readonly mark: Mark | undefined;
}

interface MarkCandidate {
  readonly mark: Mark;
  readonly html: HtmlRange;
}

/** `style="display: none"` and `visibility: hidden`: content a browser does not show. */
const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

function isHidden(attributes: Readonly<Record<string, string>>): boolean {
  return (
    attributes['hidden'] !== undefined ||
    attributes['aria-hidden']?.toLowerCase() === 'true' ||
    HIDDEN_STYLE.test(attributes['style'] ?? '')
  );
}

function markOf(name: string, insideHeader: boolean): Mark | undefined {
  if (name === 'figcaption') return 'caption';
  if (name === 'h1') return 'h1';
  return insideHeader && HEADING_ELEMENTS.has(name) ? 'header-heading' : undefined;
}

/**
 * Reads the text of an HTML page or fragment as a reader sees it: block elements (`p`, `h1`–`h6`,
 * `li`, `blockquote`, `div`, …) as paragraphs, `<br>` as a line break, entities decoded, white
 * space collapsed; `script`, `style`, `nav`, `aside`, `footer`, `form`, the head and hidden
 * elements left out. No DOM is built: htmlparser2 reports tags and text as it reads them, with
 * their offsets, which is all the text and its source ranges need.
 *
 * @param html the page or fragment
 * @returns the text, the headline and captions the markup marks, and a map back into the HTML
 * @example
 * extractText('<p>&ldquo;Soon,&rdquo; said <a href="/m">Maria Lopez</a>.</p>').text;
 * // → '“Soon,” said Maria Lopez.'
 */
export function extractText(html: string): ExtractedText {
  const builder = new TextBuilder();
  const candidates: MarkCandidate[] = [];
  const open: OpenElement[] = [];
  let skipping = 0;
  let headers = 0;
  const close = (element: OpenElement, end: number): void => {
    if (element.skipped) {
      skipping--;
      return;
    }
    if (BLOCK_ELEMENTS.has(element.name)) builder.paragraphBreak();
    if (element.name === 'header') headers--;
    if (element.mark) candidates.push({ mark: element.mark, html: { start: element.start, end } });
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skipped = skipping > 0 || SKIPPED_ELEMENTS.has(name) || isHidden(attributes);
        if (skipped) skipping++;
        else if (BLOCK_ELEMENTS.has(name)) builder.paragraphBreak();
        else if (name === 'br') builder.lineBreak();
        else if (CELL_ELEMENTS.has(name)) builder.separate(parser.startIndex);
        if (!skipped && name === 'header') headers++;
        const mark = skipped ? undefined : markOf(name, headers > 0);
        open.push({ name, skipped, start: parser.startIndex, mark });
      },
      ontext(data) {
        if (skipping === 0) builder.text(data, parser.startIndex, parser.endIndex + 1);
      },
      onclosetag(name) {
        let at = open.length - 1;
        while (at >= 0 && open[at]!.name !== name) at--;
        // an end tag the parser matched to no open element closes nothing
        if (at === -1) return;
        const end = Math.min(html.length, parser.endIndex + 1);
        for (const element of open.splice(at).reverse()) close(element, end);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return {
    text: builder.toString(),
    marked: markedBlocks(candidates),
    range: (start, end) => builder.range(start, end, html.length),
  };
}

/** Every caption, and one headline: the first `<h1>`, else the first heading in a `<header>`. */
function markedBlocks(candidates: readonly MarkCandidate[]): MarkedBlock[] {
  const headline =
    candidates.find((c) => c.mark === 'h1') ?? candidates.find((c) => c.mark === 'header-heading');
  return candidates
    .filter((c) => c.mark === 'caption' || c === headline)
    .map((c): MarkedBlock => ({
      kind: c.mark === 'caption' ? 'caption' : 'headline',
      html: c.html,
    }))
    .sort((a, b) => a.html.start - b.html.start);
}
