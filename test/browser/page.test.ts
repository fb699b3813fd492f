// The browser example in a real browser: builds examples/browser, serves it on 127.0.0.1, opens it
// in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), pastes the sample
// article and checks that the page shows the same attributions analyzeArticle gives in Node.
// Outside CI the test is skipped when Chromium is not installed; in CI .ci/run installs it first.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../dist/index.js';
import { analyzeHtml } from '../../dist/html.js';
// @ts-expect-error plain JavaScript module without declarations
import { sampleArticle, sampleArticleHtml } from '../../examples/sample-article.mjs';
// @ts-expect-error plain JavaScript module without declarations
import { buildBrowserExample } from '../../scripts/build-browser.mjs';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
if (!present)
  console.warn(`browser test skipped: ${CHROMIUM} is not installed (apt-get install -y chromium)`);

const pageDir = fileURLToPath(new URL('../../examples/browser/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
};

// Serves examples/browser/ and nothing above it.
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(
      pageDir,
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname),
    );
    if (!file.startsWith(pageDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Shown {
  /** per quotation: its highlighted text (parts joined) and the speaker id on its marks */
  marks: { quote: number; text: string; speakerId: string }[];
  /** the side list: each speaker's name and the quotations listed under it */
  speakers: {
    id: string;
    name: string;
    /** what the list shows after the kind: gender, title, affiliation, "anonymous" */
    gender: string | null;
    title: string | null;
    affiliation: string | null;
    anonymous: boolean;
    quotes: { quote: number; start: number; end: number }[];
    reported: { report: number; start: number; end: number }[];
  }[];
  /** per reported clause: its underlined text and the speaker id on it */
  underlines: { report: number; text: string; speakerId: string }[];
  unattributed: number[];
}

describe.skipIf(!present)('the browser example in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let shown: Shown;
  /** In HTML mode: per quotation, its highlighted text and speaker id; the speakers' names. */
  let shownHtml: { marks: { quote: number; text: string; speakerId: string }[]; names: string[] };
  const errors: string[] = [];

  beforeAll(async () => {
    await buildBrowserExample();
    server = await serve();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.fill('#article', sampleArticle);
    await page.click('#analyze');
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    shown = await page.evaluate(() => {
      const marks = new Map<number, { quote: number; text: string; speakerId: string }>();
      for (const m of Array.from(document.querySelectorAll<HTMLElement>('#highlighted mark'))) {
        const quote = Number(m.dataset.quote);
        // a nested quotation's mark sits inside its outer one, so textContent is the whole part
        const own = m.textContent ?? '';
        const seen = marks.get(quote);
        if (seen) seen.text += `\n\n${own}`;
        else marks.set(quote, { quote, text: own, speakerId: m.dataset.speakerId ?? '' });
      }
      const items = (root: Element) =>
        Array.from(root.querySelectorAll<HTMLElement>('li[data-quote]')).map((li) => ({
          quote: Number(li.dataset.quote),
          start: Number(li.dataset.start),
          end: Number(li.dataset.end),
        }));
      const reports = (root: Element) =>
        Array.from(root.querySelectorAll<HTMLElement>('li[data-report]')).map((li) => ({
          report: Number(li.dataset.report),
          start: Number(li.dataset.start),
          end: Number(li.dataset.end),
        }));
      return {
        underlines: Array.from(
          document.querySelectorAll<HTMLElement>('#highlighted u.reported'),
        ).map((u) => ({
          report: Number(u.dataset.report),
          text: u.textContent ?? '',
          speakerId: u.dataset.speakerId ?? '',
        })),
        marks: [...marks.values()].sort((a, b) => a.quote - b.quote),
        speakers: Array.from(document.querySelectorAll<HTMLElement>('#speakers > li')).map(
          (li) => ({
            id: li.dataset.speakerId ?? '',
            name: li.dataset.speakerName ?? '',
            gender: li.querySelector(':scope > .speaker-gender')?.textContent ?? null,
            title: li.querySelector(':scope > .speaker-title')?.textContent ?? null,
            affiliation: li.querySelector(':scope > .speaker-affiliation')?.textContent ?? null,
            anonymous: li.querySelector(':scope > .speaker-anonymous') !== null,
            quotes: items(li),
            reported: reports(li),
          }),
        ),
        unattributed: items(document.querySelector('#unattributed')!).map((q) => q.quote),
      };
    });
    // the same page in HTML mode, given the sample article as a CMS would hold it
    await page.check('input[name="mode"][value="html"]');
    await page.fill('#article', sampleArticleHtml);
    await page.evaluate(() => delete document.body.dataset.state);
    await page.click('#analyze');
    await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
    shownHtml = await page.evaluate(() => {
      const marks = new Map<number, { quote: number; text: string; speakerId: string }>();
      for (const m of Array.from(document.querySelectorAll<HTMLElement>('#highlighted mark'))) {
        const quote = Number(m.dataset.quote);
        const seen = marks.get(quote);
        if (seen) seen.text += `\n\n${m.textContent ?? ''}`;
        else
          marks.set(quote, {
            quote,
            text: m.textContent ?? '',
            speakerId: m.dataset.speakerId ?? '',
          });
      }
      const names = Array.from(document.querySelectorAll<HTMLElement>('#speakers > li')).map(
        (li) => li.dataset.speakerName ?? '',
      );
      return { marks: [...marks.values()].sort((a, b) => a.quote - b.quote), names };
    });
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  const node = analyzeArticle(sampleArticle);

  it('loads and analyses without errors in the page', () => {
    expect(errors).toStrictEqual([]);
    expect(node.quotes.length).toBeGreaterThan(5);
  });

  it('highlights every quotation, in its speaker’s colour', () => {
    expect(shown.marks).toStrictEqual(
      node.quotes.map((q, quote) => ({
        quote,
        text: q.parts.map((p) => p.text).join('\n\n'),
        speakerId: q.speaker?.id ?? '',
      })),
    );
  });

  it('lists the same speakers with the same quotations as analyzeArticle in Node', () => {
    expect(shown.speakers).toStrictEqual(
      node.speakers.map((s) => ({
        id: s.id,
        name: s.name,
        gender: s.kind === 'person' || s.kind === 'role' ? s.gender : null,
        title: s.title?.text ?? null,
        affiliation: s.affiliation?.text ?? null,
        anonymous: s.anonymous,
        quotes: s.quotes.map((quote) => ({
          quote,
          start: node.quotes[quote]!.start,
          end: node.quotes[quote]!.end,
        })),
        reported: s.reported.map((report) => ({
          report,
          start: node.reported[report]!.start,
          end: node.reported[report]!.end,
        })),
      })),
    );
    expect(shown.unattributed).toStrictEqual(node.quotes.flatMap((q, i) => (q.speaker ? [] : [i])));
  });

  it('shows each speaker’s gender, title and affiliation', () => {
    // the sample article has a speaker with each: so the list is not checked against nothing
    const shownSomewhere = (field: 'gender' | 'title' | 'affiliation') =>
      shown.speakers.filter((s) => s[field] !== null && s[field] !== 'unknown').length;
    expect(shownSomewhere('gender')).toBeGreaterThan(1);
    expect(shownSomewhere('title')).toBeGreaterThan(1);
    expect(shownSomewhere('affiliation')).toBeGreaterThan(0);
    expect(shown.speakers.map((s) => [s.name, s.gender, s.title, s.affiliation])).toContainEqual([
      'spokeswoman for Blue Tide Ferries',
      'female',
      'spokeswoman',
      'Blue Tide Ferries',
    ]);
  });

  it('underlines every reported statement in its speaker’s colour', () => {
    expect(node.reported.length).toBeGreaterThan(0);
    expect(shown.underlines).toStrictEqual(
      node.reported.map((r, report) => ({ report, text: r.text, speakerId: r.speaker.id })),
    );
  });

  it('in HTML mode, shows what analyzeHtml finds in Node, highlighted in the text it read', () => {
    const fromHtml = analyzeHtml(sampleArticleHtml);
    // the page's text is the article's, its marks curled by the markup's entities
    const straight = (text: string) => text.replace(/[“”]/g, '"').replace(/’/g, "'");
    expect(straight(fromHtml.text)).toBe(straight(sampleArticle));
    expect(shownHtml.marks).toStrictEqual(
      fromHtml.quotes.map((q, quote) => ({
        quote,
        text: q.parts.map((p) => p.text).join('\n\n'),
        speakerId: q.speaker?.id ?? '',
      })),
    );
    expect(shownHtml.names).toStrictEqual(fromHtml.speakers.map((s) => s.name));
    expect(shownHtml.names).toStrictEqual(node.speakers.map((s) => s.name));
  });
});
