import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildClientPage } from '../../../src/core/report/model';
import { renderSite } from '../../../src/core/report/html';
import { chromiumLaunchOptions, chromiumPath, markdownRenderer, printPdf } from '../../../src/node/report';
import { projectOf } from './reportFixtures';
import { buildExampleSite } from './siteBuilder';

const AXE = path.join(__dirname, '../../../node_modules/axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

// axe-core is injected into the page (the test bypasses the page's CSP for that alone) and run on the whole document.
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  // A string runs in the page as it is: this file is type-checked for Node, where `document` does not exist.
  const { violations, passes } = await page.evaluate<{ violations: AxeViolation[]; passes: number }>(
    "axe.run(document, { resultTypes: ['violations'] }).then((r) => ({ violations: r.violations, passes: r.passes.length }))",
  );
  // A run that checked nothing would also find nothing: contrast, headings, tables and landmarks were checked.
  assert.ok(passes > 15, `axe ran only ${passes} passing rules`);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

describe('the client page in a real Chromium', () => {
  let browser: Browser;
  let built: Awaited<ReturnType<typeof buildExampleSite>>;

  before(async () => {
    const executablePath = chromiumPath();
    assert.ok(executablePath, 'Chromium is installed (/usr/bin/chromium or CHROMIUM)');
    built = await buildExampleSite();
    browser = await chromium.launch(chromiumLaunchOptions(executablePath));
  });

  after(async () => {
    await browser?.close();
    if (built) fs.rmSync(built.dir, { recursive: true, force: true });
  });

  it('keeps the example’s index.html under 100 KB', () => {
    assert.ok(fs.statSync(built.index).size < 100_000, `${fs.statSync(built.index).size} bytes`);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`has no accessibility violation at ${viewport.width} px in ${colorScheme}, and makes no request beyond its own files`, async () => {
        const context = await browser.newContext({ viewport, colorScheme, bypassCSP: true });
        try {
          const page = await context.newPage();
          const requests: string[] = [];
          page.on('request', (r) => requests.push(r.url()));
          for (const file of [built.index, path.join(built.site, 'updates/2026-11-26.html')]) {
            await page.goto(pathToFileURL(file).href);
            assert.equal(await page.locator('h1').count(), 1);
            assert.deepEqual(await axeViolations(page), [], file);
            // Nothing wider than the screen: the page reads on a phone without scrolling sideways.
            const overflow = await page.evaluate<number>(
              'document.documentElement.scrollWidth - document.documentElement.clientWidth',
            );
            assert.ok(overflow <= 0, `${overflow} px wider than the viewport`);
          }
          assert.ok(requests.length >= 2);
          assert.deepEqual(
            requests.filter((url) => !url.startsWith('file:')),
            [],
          );
        } finally {
          await context.close();
        }
      });
    }
  }

  it('is no wider than the screen when every title is one 240-letter word', async () => {
    const word = 'Supercalifragilistic'.repeat(12);
    const project = projectOf(`version: 1
project: { name: ${word}, client: ${word}, phase: p1 }
phases: [{ id: p1, title: ${word} }]
milestones: [{ id: m1, title: ${word}, due: 2026-12-15 }]
client_tasks: [{ id: t1, title: ${word}, owner: ${word} }]
red_flags: [{ id: f1, title: ${word}, mitigation: ${word}, client_visible: true }]
`);
    const html = renderSite(buildClientPage({ project, history: [], today: '2026-11-29' }), markdownRenderer()).get(
      'index.html',
    )!;
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.setContent(html);
        // The page does not scroll sideways: long words wrap, and a table too wide scrolls inside its own region.
        const overflow = await page.evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        );
        assert.equal(overflow, 0, `${overflow} px wider than ${width} px`);
      } finally {
        await context.close();
      }
    }
  });

  it('loads nothing but its own file under its own CSP, on screen and in print', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(built.index).href);
      await page.emulateMedia({ media: 'print' });
      assert.deepEqual(requests, [pathToFileURL(built.index).href]);
    } finally {
      await context.close();
    }
  });

  it('prints to PDF', async () => {
    const pdf = path.join(built.site, 'report.pdf');
    assert.equal(await printPdf(built.index, pdf), 'written');
    const head = fs.readFileSync(pdf).subarray(0, 5).toString('latin1');
    assert.equal(head, '%PDF-');
    assert.ok(fs.statSync(pdf).size > 10_000);
  });
});
