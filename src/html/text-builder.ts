/** Where a stretch of the extracted text lies in the HTML source: UTF-16 offsets, `end` exclusive. */
export interface HtmlRange {
  /** Offset in the HTML of the first character's source (a letter, or the `&` of an entity). */
  readonly start: number;
  /** Offset in the HTML just past the last character's source. */
  readonly end: number;
}

/** Line breaks at most between two stretches of text: a blank line, which ends a paragraph. */
const PARAGRAPH_BREAK = 2;

/** The white space HTML collapses: space, tab, line feed, form feed, carriage return. */
function isHtmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/**
 * Builds the text of a page as a browser lays it out, one piece at a time, and remembers for every
 * UTF-16 unit of it where it came from in the HTML. Runs of white space become one space; a block
 * boundary becomes a blank line and a `<br>` a line break; white space next to a break, or at the
 * start or end of the text, is dropped, as a browser drops it.
 */
export class TextBuilder {
  readonly #parts: string[] = [];
  /** Per unit of the text: its source's start and end in the HTML. */
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  /** White space read and not written yet: it is written only when more text follows. */
  #space: HtmlRange | null = null;
  /** Line breaks owed before the next text. */
  #breaks = 0;

  /**
   * Adds text the parser read.
   *
   * @param data the text, entities decoded
   * @param start where its source starts in the HTML
   * @param end where its source ends; when `end - start` differs from `data.length`, `data` is
   *   a decoded entity and each of its units is given the whole entity as its source
   */
  text(data: string, start: number, end: number): void {
    const literal = end - start === data.length;
    for (let k = 0; k < data.length; k++) {
      const from = literal ? start + k : start;
      const to = literal ? from + 1 : end;
      if (isHtmlSpace(data.charCodeAt(k))) this.#addSpace(from, to);
      else this.#put(data[k]!, from, to);
    }
  }

  /** Ends the line: a `<br>`. Two in a row end the paragraph. */
  lineBreak(): void {
    this.#breaks = Math.min(PARAGRAPH_BREAK, this.#breaks + 1);
  }

  /** Ends the paragraph: a block element opens or closes. */
  paragraphBreak(): void {
    this.#breaks = PARAGRAPH_BREAK;
  }

  /** Keeps the text before and after apart, as a table cell keeps its neighbour's text apart. */
  separate(at: number): void {
    this.#space ??= { start: at, end: at };
  }

  /** How many units of text have been written. */
  get length(): number {
    return this.#from.length;
  }

  /** The text so far. */
  toString(): string {
    return this.#parts.join('');
  }

  /**
   * Where a stretch of the text lies in the HTML.
   *
   * @param start offset of the stretch in the text
   * @param end offset just past it
   * @param htmlLength the length of the HTML, for a stretch that starts at the end of the text
   * @returns the HTML offsets from the first unit's source to the end of the last one's
   */
  range(start: number, end: number, htmlLength: number): HtmlRange {
    const at = start < this.#from.length ? this.#from[start]! : htmlLength;
    if (end <= start) return { start: at, end: at };
    return { start: at, end: this.#to[end - 1]! };
  }

  #addSpace(from: number, to: number): void {
    if (this.#space) this.#space = { start: this.#space.start, end: to };
    else this.#space = { start: from, end: to };
  }

  #put(unit: string, from: number, to: number): void {
    if (this.length > 0) {
      // A break owed takes the place of the white space around it; a line break's source is the
      // point where the next text starts (the tag that made it is not text).
      if (this.#breaks > 0) for (let k = 0; k < this.#breaks; k++) this.#push('\n', from, from);
      else if (this.#space) this.#push(' ', this.#space.start, this.#space.end);
    }
    this.#space = null;
    this.#breaks = 0;
    this.#push(unit, from, to);
  }

  #push(unit: string, from: number, to: number): void {
    this.#parts.push(unit);
    this.#from.push(from);
    this.#to.push(to);
  }
}
