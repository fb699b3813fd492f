// createAnalyzer({ nlp }) with the caller's own wink instance. wink-eng-lite-web-model breaks on a
// second winkNLP(model) in one process, so this file makes exactly one instance and never calls the
// default analyzer (vitest runs each test file in its own process, so other files do not count).
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { describe, expect, it, vi } from 'vitest';
import { createAnalyzer } from '../../src/index.js';

const nlp = winkNLP(model);
// the host application's own pattern, learned before the library is used
nlp.learnCustomEntities([{ name: 'boat', patterns: ['ferry'] }]);
const learn = vi.spyOn(nlp, 'learnCustomEntities');
const readDoc = vi.spyOn(nlp, 'readDoc');
const { analyzeArticle, attributeQuotes, detectQuotes } = createAnalyzer({ nlp });

const ARTICLE =
  'The council met on Tuesday night.\n\n“We will rebuild the pier,” said Mayor Susan Castell.\n\n“Soon,” she added.';

describe('createAnalyzer({ nlp }): an injected wink instance', () => {
  it('attributes with the injected instance', () => {
    readDoc.mockClear();
    const { quotes } = analyzeArticle(ARTICLE);
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.mention?.text])).toStrictEqual([
      ['We will rebuild the pier,', 'Susan Castell', 'Mayor Susan Castell'],
      ['Soon,', 'Susan Castell', 'she'],
    ]);
    expect(readDoc).toHaveBeenCalled();
  });

  it('attributeQuotes(text, quotes) works on the same instance', () => {
    expect(attributeQuotes(ARTICLE, detectQuotes(ARTICLE)).map((q) => q.speaker?.id)).toStrictEqual(
      ['s1', 's1'],
    );
  });

  it('never calls learnCustomEntities, so the host’s patterns still work', () => {
    analyzeArticle(ARTICLE);
    expect(learn).not.toHaveBeenCalled();
    expect(nlp.readDoc('The ferry left late.').customEntities().out()).toStrictEqual(['ferry']);
  });

  it('reads no document when there is no quotation and reported speech is left out', () => {
    readDoc.mockClear();
    expect(analyzeArticle('No quotation here.', { reported: false }).quotes).toStrictEqual([]);
    expect(readDoc).not.toHaveBeenCalled();
  });

  it('reads the document of an article with no quotation for its reported speech', () => {
    readDoc.mockClear();
    const { reported } = analyzeArticle('Harold Finch said the wall would hold.');
    expect(reported.map((r) => r.text)).toStrictEqual(['the wall would hold']);
    expect(readDoc).toHaveBeenCalledTimes(1);
  });
});
