// Every table of src/lexicon/, whoever adds it (every array or object literal a file exports as a
// constant, and every string of marks a set is made of; files of code and packed data have none):
// written sorted, each entry once, and the word classes that must not share a word kept apart.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../../src/lexicon/articles.js';
import { CONDITIONS } from '../../src/lexicon/conditions.js';
import { DESCRIPTION_OPENERS } from '../../src/lexicon/description-openers.js';
import { DOCUMENT_NOUNS } from '../../src/lexicon/document-nouns.js';
import { NON_NAME_LEADS } from '../../src/lexicon/non-name-leads.js';
import { NOT_IN_PHRASE_QUANTITIES } from '../../src/lexicon/not-in-phrase-quantities.js';
import { NOT_LEADING_QUANTITIES } from '../../src/lexicon/not-leading-quantities.js';
import { ORGANIZATION_NOUNS } from '../../src/lexicon/organization-nouns.js';
import { PLACES } from '../../src/lexicon/places.js';
import { POSSESSIVE_PRONOUNS } from '../../src/lexicon/possessive-pronouns.js';
import { MARK_CLOSERS } from '../../src/lexicon/quote-mark-closers.js';
import { MARK_FAMILIES } from '../../src/lexicon/quote-mark-families.js';
import { QUANTITIES } from '../../src/lexicon/quantities.js';
import { RELATIVE_PRONOUNS } from '../../src/lexicon/relative-pronouns.js';
import { ROLE_NOUNS } from '../../src/lexicon/role-nouns.js';
import { SENTENCE_ADVERBS } from '../../src/lexicon/sentence-adverbs.js';
import { SIMULTANEOUS_CONJUNCTIONS } from '../../src/lexicon/simultaneous-conjunctions.js';
import { SUBORDINATORS } from '../../src/lexicon/subordinators.js';
import { TIME_CONJUNCTIONS } from '../../src/lexicon/time-conjunctions.js';
import { TITLE_OPENERS } from '../../src/lexicon/title-openers.js';
import { WORKS } from '../../src/lexicon/works.js';

const dir = new URL('../../src/lexicon/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/** The entries of each exported table as written: the strings of an array, the keys of an object. */
function tablesIn(file: string): Array<[name: string, entries: string[]]> {
  const source = ts.createSourceFile(
    file,
    readFileSync(new URL(file, dir), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const tables: Array<[string, string[]]> = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let init = declaration.initializer;
      // new Set([...]), new Map([...]), [...] as const, { ... } satisfies …
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)))
        init = init.expression;
      if (init && ts.isNewExpression(init)) init = init.arguments?.[0];
      const entries = init && entriesOf(init);
      if (entries) tables.push([declaration.name.getText(), entries]);
    }
  }
  return tables;
}

function entriesOf(node: ts.Expression): string[] | null {
  // new Set('«»‹›'): a set of marks, one a character
  if (ts.isStringLiteral(node)) return [...node.text];
  if (ts.isArrayLiteralExpression(node))
    return node.elements.flatMap((e) =>
      ts.isStringLiteral(e)
        ? [e.text]
        : // a Map's [key, value] pairs
          ts.isArrayLiteralExpression(e) && e.elements[0] && ts.isStringLiteral(e.elements[0])
          ? [e.elements[0].text]
          : [],
    );
  if (ts.isObjectLiteralExpression(node))
    return node.properties.flatMap((p) =>
      p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? [p.name.text] : [],
    );
  return null;
}

const tables = files.flatMap((f) =>
  tablesIn(f).map(([name, entries]) => [f, name, entries] as const),
);

describe('lexicon tables', () => {
  it.each(tables)('%s %s is sorted, each entry once', (_, __, entries) => {
    expect(entries.length).toBeGreaterThan(0);
    expect(entries).toStrictEqual([...new Set(entries)].sort());
  });
});

const keys = (table: ReadonlySet<string> | Readonly<Record<string, unknown>>): string[] =>
  table instanceof Set ? [...table] : Object.keys(table);

describe('word classes', () => {
  it.each([
    ['subordinators', SUBORDINATORS, 'relative pronouns', RELATIVE_PRONOUNS],
    ['subordinators', SUBORDINATORS, 'sentence adverbs', SENTENCE_ADVERBS],
    ['articles', ARTICLES, 'quantities', QUANTITIES],
    ['works', WORKS, 'title openers', TITLE_OPENERS],
    ['role nouns', ROLE_NOUNS, 'organisation nouns', ORGANIZATION_NOUNS],
    ['places', PLACES, 'organisation nouns', ORGANIZATION_NOUNS],
    ['words opening no name', NON_NAME_LEADS, 'articles', ARTICLES],
    ['words opening no name', NON_NAME_LEADS, 'quantities', QUANTITIES],
  ] as const)('%s and %s share no word', (_, a, __, b) => {
    const other = new Set(keys(b));
    expect(keys(a).filter((w) => other.has(w))).toStrictEqual([]);
  });

  it.each([
    ['time conjunctions', TIME_CONJUNCTIONS, 'subordinators', SUBORDINATORS],
    [
      'simultaneous conjunctions',
      SIMULTANEOUS_CONJUNCTIONS,
      'time conjunctions',
      TIME_CONJUNCTIONS,
    ],
    ['document nouns', DOCUMENT_NOUNS, 'organisation nouns', ORGANIZATION_NOUNS],
    ['quantities kept leading a name', NOT_LEADING_QUANTITIES, 'quantities', QUANTITIES],
    ['quantities opening no phrase', NOT_IN_PHRASE_QUANTITIES, 'quantities', QUANTITIES],
    ['articles', ARTICLES, 'description openers', DESCRIPTION_OPENERS],
    ['conditions', CONDITIONS, 'subordinators', SUBORDINATORS],
    [
      'description openers',
      DESCRIPTION_OPENERS,
      'articles and possessives',
      new Set([...ARTICLES, ...Object.keys(POSSESSIVE_PRONOUNS)]),
    ],
  ] as const)('every one of the %s is among the %s', (_, a, __, b) => {
    expect(keys(a).filter((w) => !b.has(w))).toStrictEqual([]);
  });

  it('no quotation mark is in two families, and every mark that opens or closes is in one', () => {
    const marks = [...MARK_FAMILIES.keys()].flatMap((family) => [...family]);
    expect(marks).toStrictEqual([...new Set(marks)]);
    const quoting = [...MARK_CLOSERS].flatMap(([open, closers]) => [open, ...closers]);
    expect(quoting.filter((m) => !marks.includes(m))).toStrictEqual([]);
  });

  it.each([...MARK_CLOSERS])('%s has each closer once', (_, closers) => {
    expect([...closers]).toStrictEqual([...new Set(closers)]);
  });
});
