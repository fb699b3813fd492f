// Same article, same result, whatever the process read before. wink-nlp keeps every word it has
// read in a store its tokenizer consults first, so an article read after another that produced
// "Castell's" as one token ("… was Castell's.") would keep "Castell's" whole where a fresh instance
// splits it. Every article here was written for this test.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/index.js';
import { winkTokenizer } from '../../src/nlp/wink.js';

const tokenize = winkTokenizer();
const tokensOf = (text: string) => tokenize(text).map((t) => [t.value, t.pos, t.start]);

// [what is read first, what is read after it]: the first makes wink learn a chunk, whole, that
// the second holds in a place where it is split
const PRIMED = [
  ["The decision was Castell's.", "Castell's plan failed, the mayor's aide said."],
  ['The idea was Varga’s.', 'Varga’s team said it would appeal.'],
  ['It was Kerr’s, and nobody else’s.', 'Kerr’s firm denied it.'],
] as const;

describe('tokens do not depend on what was read before', () => {
  // (read before any priming sentence: the first reading of each in this process)
  const fresh = PRIMED.map(([, later]) => tokensOf(later));
  it.each(PRIMED.map((pair, k) => [...pair, k] as const))(
    'after %j, %j is tokenized as it was first',
    (first, later, k) => {
      tokensOf(first);
      expect(tokensOf(later)).toStrictEqual(fresh[k]);
    },
  );
});

const ARTICLES = [
  '“We will rebuild the pier,” Okafor’s deputy said on Tuesday.\n\n“Soon,” she added.',
  "Councillor Dana Castell's motion passed on Tuesday.\n\n“We will rebuild the pier,” Castell's deputy, Ilse Varga, said.\n\n“Soon,” she added.",
  'The ferry operator said it would cut sailings.\n\n“Fuel costs doubled,” said Tom Okonkwo-Baptiste, its chief executive. “We had no choice.”',
  "Residents of Marrowick's east end met on Monday.\n\n“The wall is too low,” said Priya Nair, 61. Nair's neighbours agreed.\n\nThe council's engineer, Ruth Alder, disagreed: “It holds.”",
  '“Nobody told us,” said the Rev. Amos Keller.\n\nKeller’s congregation, he said, “deserves better.”',
];
const UNRELATED = [
  'The plan was Okafor’s.',
  "The scheme was Alder's. It cost $4.5bn. Nobody asked Nair's.",
  "Varga's. Keller's. Okonkwo-Baptiste's. Castell's. Marrowick's.",
  'A storm closed the port (Marrowick) for two days, officials said.',
];

describe('analyzeArticle does not depend on what was read before', () => {
  it('gives each article the same result in order, reversed, and after unrelated articles', () => {
    const inOrder = ARTICLES.map((a) => analyzeArticle(a));
    const reversed = [...ARTICLES]
      .reverse()
      .map((a) => analyzeArticle(a))
      .reverse();
    for (const a of UNRELATED) analyzeArticle(a);
    const after = ARTICLES.map((a) => analyzeArticle(a));
    expect(reversed).toStrictEqual(inOrder);
    expect(after).toStrictEqual(inOrder);
  });
});
