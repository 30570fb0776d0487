/**
 * Builds the client's page on disk: reads the status history, builds the page model (src/core/report), renders
 * saved updates' Markdown with markdown-it (HTML in the Markdown escaped, images off: the page makes no request)
 * and writes the site folder. `printPdf` renders the built page to PDF through Chromium when it is installed.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import type * as Playwright from 'playwright-core';
import { renderSite, type MarkdownRenderer } from '../core/report/html';
import { buildClientPage, type ClientPage, type HistoryEntry, type PageInput } from '../core/report/model';
import { entryDay } from '../core/statusHistory';
// The flags Chromium is launched with (no sandbox in containers, no background traffic), shared with the test host.
import CHROMIUM_ARGS from './chromiumArgs.json';

/** The default site folder, beside project.yaml. */
export const DEFAULT_SITE_FOLDER = 'site';

const MAX_ENTRY_BYTES = 1_000_000;

/** The saved updates of a history folder (regular files named like `2026-11-26.md`); an absent folder is empty. */
export async function readHistory(folder: string): Promise<HistoryEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const entries = await Promise.all(
    names
      .filter((name) => entryDay(name) !== undefined)
      .map(async (name) => {
        const file = path.join(folder, name);
        const stat = await fs.lstat(file);
        // A link could point anywhere on the disk; a saved update is a small regular file.
        if (!stat.isFile() || stat.size > MAX_ENTRY_BYTES) return undefined;
        return { name, markdown: await fs.readFile(file, 'utf8') };
      }),
  );
  return entries.filter((e): e is HistoryEntry => e !== undefined);
}

/** markdown-it as the page uses it: HTML in the Markdown is escaped, no link is guessed, no image is loaded. */
export function markdownRenderer(): MarkdownRenderer {
  // linkify stays off: no link is guessed in a client's update.
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable(['image']);
  return (markdown, baseLevel) => {
    const tokens = md.parse(markdown, {});
    // The Markdown's heading levels, in use order, become consecutive levels from `baseLevel` (h1 → h2 → h3).
    const used = [
      ...new Set(tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)))),
    ].sort();
    for (const t of tokens) {
      if (t.type !== 'heading_open' && t.type !== 'heading_close') continue;
      t.tag = `h${Math.min(6, baseLevel + used.indexOf(Number(t.tag.slice(1))))}`;
    }
    return md.renderer.render(tokens, md.options, {});
  };
}

/** What `buildSite` needs besides project.yaml: where the history is, where the site goes (`extraNames`: .mailmap's). */
export interface SiteOptions extends Omit<PageInput, 'project' | 'history'> {
  historyFolder: string;
  outFolder: string;
}

/** Builds and writes the site; returns the page model and the files written (absolute paths). */
export async function buildSite(
  project: PageInput['project'],
  options: SiteOptions,
): Promise<{ page: ClientPage; files: string[] }> {
  const history = await readHistory(options.historyFolder);
  const page = buildClientPage({ ...options, project, history });
  const site = renderSite(page, markdownRenderer());
  const updates = path.join(options.outFolder, 'updates');
  await fs.mkdir(updates, { recursive: true });
  // Pages of updates no longer in the history go; only pages named like ours (2026-11-26.html) are touched.
  for (const stale of await fs.readdir(updates)) {
    const ours = stale.endsWith('.html') && entryDay(stale.replace(/\.html$/, '.md')) !== undefined;
    if (ours && !site.has(`updates/${stale}`)) await fs.rm(path.join(updates, stale));
  }
  const files: string[] = [];
  for (const [relative, content] of site) {
    const file = path.join(options.outFolder, relative);
    await fs.writeFile(file, content);
    files.push(file);
  }
  return { page, files };
}

/** Where Chromium is: `CHROMIUM` or Debian's path; undefined when it is not installed. */
export function chromiumPath(): string | undefined {
  const candidate = process.env.CHROMIUM || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : undefined;
}

/** The options Chromium is launched with everywhere (the PDF, the page tests, the screenshots). The browser gets
 * the environment without a preloaded libfaketime: Chromium does not start under it (the suite's shifted-clock
 * passes), and the page's dates are all computed before the browser opens it. */
export function chromiumLaunchOptions(executablePath: string): {
  executablePath: string;
  headless: true;
  args: string[];
  env: Record<string, string>;
} {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && !key.startsWith('FAKETIME')) env[key] = value;
  const preload = (env.LD_PRELOAD ?? '').split(/[\s:]+/).filter((lib) => lib !== '' && !/faketime/.test(lib));
  if (preload.length > 0) env.LD_PRELOAD = preload.join(':');
  else delete env.LD_PRELOAD;
  return { executablePath, headless: true, args: [...CHROMIUM_ARGS], env };
}

/** Prints `index` to `pdf` in headless Chromium; 'unavailable' when Chromium or playwright-core is missing. */
export async function printPdf(index: string, pdf: string): Promise<'written' | 'unavailable'> {
  const executablePath = chromiumPath();
  const playwright = loadPlaywright();
  if (!executablePath || !playwright) return 'unavailable';
  const browser = await playwright.chromium.launch(chromiumLaunchOptions(executablePath));
  try {
    const page = await browser.newPage();
    await page.goto(`file://${path.resolve(index)}`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: true,
      margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
    });
    return 'written';
  } finally {
    await browser.close();
  }
}

// A computed name: the bundler leaves playwright-core out (it is optional, and large).
function loadPlaywright(): typeof Playwright | undefined {
  const name = ['playwright', 'core'].join('-');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional, loaded only for --pdf
    return require(name) as typeof Playwright;
  } catch {
    return undefined;
  }
}
