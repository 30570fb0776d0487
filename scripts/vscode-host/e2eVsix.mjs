// End-to-end test of the package a user installs: `npm run package` makes out/candor.vsix, the real VS Code server
// installs it into a fresh extensions folder with `--install-extension` (as `code --install-extension` does), and
// the workbench, in Chromium, opens a temp copy of examples/acme-portal made a git repo with a few commits. Then,
// through the UI only (mouse, F1, typing): the Candor view shows the project, a hover on a marked line shows its
// red flag, the command palette drafts a status update (range "Last 14 days") that opens with "## Livré" (the
// example is French), prepares the internal call brief, and opens the walkthrough, whose brief button runs the
// command and ticks its step, and builds the client page (Build Client Page), whose preview opens beside the
// editor. The package test also checks that every lazily loaded bundle (dist/report.js…) is in it. Each step is
// one test; the last line is `N passed, N failed`. Screenshots go to out/screenshots/ (tests leave the tree
// clean), or with --docs to docs/images/ (tree.png, hover.png, draft.png:
// the README's; walkthrough.png and preview.png too).
//
// usage: node scripts/vscode-host/e2eVsix.mjs [--docs] [--vsix <file>] [--timeout <s>] [--keep]
//        --vsix: install that package instead of making one. CS_VERSION=4.139.1: on VS Code 1.139.1 (install.sh).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { codeServerDir, copyToTemp, root, stamp, startServer } from './host.mjs';

const { values: opts } = parseArgs({
  options: {
    docs: { type: 'boolean', default: false },
    vsix: { type: 'string' },
    timeout: { type: 'string', default: process.env.CANDOR_E2E_TIMEOUT ?? '600' }, // a bound on a hang; a pass takes 30 to 90 s
    keep: { type: 'boolean', default: false },
  },
});
const t0 = Date.now();
const log = (m) => console.log(`[e2e ${stamp(t0)}] ${m}`);
const shots = path.join(root, opts.docs ? 'docs/images' : 'out/screenshots');
const PARK = { x: 1150, y: 17 }; // where the mouse rests for pictures: the title bar, between the search box and the layout buttons
const MAX_VSIX_BYTES = 1024 * 1024;
// The budget of every UI wait, sized for a loaded 2-core machine: a wait that passes returns at once, so only a
// failure costs it, and the failure says what the page showed instead.
const WAIT_MS = 60_000;
// What the installed extension needs; anything else in the package is a .vscodeignore mistake.
const NEEDED =
  /^(extension\.vsixmanifest|\[Content_Types\]\.xml|extension\/(package\.json|package\.nls(\.[a-z-]+)?\.json|readme\.md|changelog\.md|LICENSE\.txt|dist\/[^/]+\.js|l10n\/bundle\.l10n\.[a-z-]+\.json|media\/.+|schemas\/[^/]+\.json))$/;

let passed = 0;
let failed = 0;
let page; // the workbench, once it is open: failures take a picture of it
function finish() {
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

// 1. The package.
const vsix = path.resolve(opts.vsix ?? path.join(root, 'out/candor.vsix'));
await test('npm run package makes a .vsix of a few needed files, under 1 MB', () => {
  if (!opts.vsix) {
    const made = spawnSync('npm', ['run', '-s', 'package'], { cwd: root, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`npm run package failed:\n${made.stdout}${made.stderr}`);
  }
  const size = fs.statSync(vsix).size;
  const entries = zipEntries(fs.readFileSync(vsix));
  log(`${path.relative(root, vsix)}: ${(size / 1024).toFixed(1)} KB, ${entries.length} files`);
  for (const e of entries) log(`  ${String(e.size).padStart(8)}  ${e.name}`);
  if (size > MAX_VSIX_BYTES) throw new Error(`the package is ${size} bytes`);
  const extra = entries.filter((e) => !NEEDED.test(e.name));
  if (extra.length > 0)
    throw new Error(`not needed by the installed extension: ${extra.map((e) => e.name).join(', ')}`);
  const names = new Set(entries.map((e) => e.name));
  const missing = [...referencedFiles(), ...lazyBundles()].filter((f) => !names.has(`extension/${f}`));
  if (missing.length > 0) throw new Error(`package.json refers to files the package lacks: ${missing.join(', ')}`);
});
if (failed > 0) finish();

// 2. The workspace: the example as a git repo whose last commits fall in the last 14 days.
const workspace = copyToTemp(path.join(root, 'examples/acme-portal'));
if (!opts.keep) process.on('exit', () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true })); // Ctrl-C too
makeHistory(workspace);

// 3. The server, the package installed into its fresh extensions folder, and the workbench.
let server;
let browser;
try {
  server = await startServer({ log, keep: opts.keep });
} catch (e) {
  log(`ERROR ${e.message}`);
  failed++;
  finish();
}
const stopAll = async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
};
process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
process.once('SIGTERM', () => void stopAll().then(() => process.exit(143)));
const deadline = setTimeout(
  () => {
    log(`TIMEOUT after ${opts.timeout} s`);
    failed++;
    void stopAll().then(finish);
  },
  Number(opts.timeout) * 1000,
);

try {
  await test('VS Code installs the .vsix with --install-extension', () => installVsix(server, vsix));
  if (failed === 0) {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
    page.on('pageerror', (e) => log(`pageerror: ${e.message}`));
    await page.goto(server.url(workspace));
    await page.locator('.monaco-workbench .activitybar').waitFor({ timeout: WAIT_MS });
    log('workbench rendered');
    await uiTests(page);
  }
} finally {
  clearTimeout(deadline);
  await stopAll();
}
if (opts.keep) log(`kept workspace ${workspace}`);
finish();

async function uiTests(page) {
  await test('the Candor view shows the example project', async () => {
    await page.locator('.activitybar [aria-label^="Candor"]').first().click();
    const sidebar = page.locator('.sidebar');
    await sidebar.getByText('Portail Acme', { exact: true }).first().waitFor({ timeout: WAIT_MS });
    // A red flag's row: its title and its coverage from the example's coverage/lcov.info.
    await sidebar
      .locator('.monaco-list-row', { hasText: 'Relances de paiement non testées' })
      .filter({ hasText: /\d+% covered/ })
      .first()
      .waitFor({ timeout: WAIT_MS });
    await widenSidebar(page, 520);
    await quickOpen(page, 'project.yaml');
    await page.mouse.move(PARK.x, PARK.y); // an empty spot of the title bar: no hover in the picture
    await settle(page);
    await shot(page, 'tree.png');
  });
  await test('hovering a RED-FLAG marker shows its flag, severity and mitigation', async () => {
    await quickOpen(page, 'retry.js');
    await goToLine(page, 21);
    const marker = activeEditor(page).locator('.view-line span span', { hasText: 'RED-FLAG(payment-retries)' }).first();
    await marker.hover();
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Relances de paiement non testées' });
    await hover.first().waitFor({ timeout: WAIT_MS });
    await hover
      .getByText(/Mitigation|Solution/)
      .first()
      .waitFor({ timeout: WAIT_MS });
    await shot(page, 'hover.png');
    await page.mouse.move(PARK.x, PARK.y);
    await page.keyboard.press('Escape');
  });
  await test('the palette drafts the status update in French (Last 14 days)', async () => {
    await runCommand(page, 'Draft Client Status Update');
    await pick(page, 'Last 14 days');
    await waitForEditorText(page, '## Livré');
    await waitForEditorText(page, 'codes promo');
    await page.mouse.move(PARK.x, PARK.y);
    await settle(page);
    await shot(page, 'draft.png');
  });
  await test('the palette prepares the internal call brief', async () => {
    await runCommand(page, 'Prepare for Client Call');
    await waitForEditorText(page, 'Internal — not for the client');
  });
  await test('the walkthrough shows its four steps, and its brief button runs the command and ticks the step', async () => {
    await runCommand(page, 'Welcome: Open Walkthrough');
    await pick(page, 'Get Started with Candor');
    const steps = page.locator('.gettingStartedContainer .getting-started-step');
    for (const title of [
      'Create project.yaml',
      'Mark a first red flag',
      'Draft a client status update',
      'Prepare for the client call',
    ]) {
      await steps.filter({ hasText: title }).first().waitFor({ timeout: WAIT_MS });
    }
    await shot(page, 'walkthrough.png');
    await steps.filter({ hasText: 'Prepare for the client call' }).first().click();
    // The step's page comes from %walkthrough.brief.media% in package.nls.json: VS Code resolved it to the English page.
    await waitForFrameText(page, 'Ten minutes before the call is enough.');
    await page
      .locator('.gettingStartedContainer .button-link, .gettingStartedContainer .monaco-button', {
        hasText: 'Prepare for Client Call',
      })
      .first()
      .click();
    await waitForEditorText(page, 'Internal — not for the client');
    await page
      .locator('.tabs-container .tab', { hasText: /Walkthrough|Welcome/ })
      .first()
      .click(); // 1.99 | 1.139
    // The step's completion event is onCommand:candor.prepareForClientCall.
    await steps
      .filter({ hasText: 'Prepare for the client call' })
      .locator('.complete[aria-checked="true"]')
      .first()
      .waitFor({ timeout: WAIT_MS });
  });
  await test('the palette builds the client page and opens its preview beside the editor', async () => {
    await runCommand(page, 'Build Client Page');
    // The first build loads dist/report.js and markdown-it: generous budgets for a loaded 2-core machine.
    await page
      .locator('.tabs-container .tab', { hasText: `Client Page: ${path.basename(workspace)}` })
      .first()
      .waitFor({ timeout: WAIT_MS });
    await waitForFrameText(page, 'Portail Acme : avancement'); // the page's h1, in French, inside the webview
    await waitForFrameText(page, 'En attente de votre part');
    const index = fs.readFileSync(path.join(workspace, 'site/index.html'), 'utf8');
    if (!index.includes('http-equiv="Content-Security-Policy"') || /<script/i.test(index))
      throw new Error('site/index.html lacks its CSP or has a script');
    await page.mouse.move(PARK.x, PARK.y);
    await shot(page, 'preview.png');
  });
}

/** Waits until some frame of the page (the walkthrough's Markdown media is a webview, frames within frames) shows `text`. */
async function waitForFrameText(page, text, timeoutMs = WAIT_MS) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    for (const frame of page.frames()) {
      if (
        await frame
          .getByText(text)
          .count()
          .catch(() => 0)
      )
        return;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(
    `no frame shows "${text}" within ${timeoutMs} ms; the frames: ${page
      .frames()
      .map((f) => f.url().slice(0, 80))
      .join(', ')}`,
  );
}

/** Runs one test: counts it, and on failure logs why and keeps a screenshot of the page. */
async function test(name, fn) {
  try {
    await fn();
    passed++;
    log(`ok   ${name}`);
  } catch (e) {
    failed++;
    log(`FAIL ${name}: ${e.message}`);
    if (page) {
      const file = path.join(root, 'out/screenshots', `failure-${passed + failed}.png`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file }).catch(() => {});
      log(`     screenshot: ${path.relative(root, file)}`);
    }
  }
}

function installVsix(server, file) {
  const cs = codeServerDir();
  const recorded = path.join(cs, '../../.node'); // the Node install.sh fetched for this version, as host.mjs reads it
  const node =
    process.env.VSCODE_NODE || (fs.existsSync(recorded) ? fs.readFileSync(recorded, 'utf8').trim() : process.execPath);
  const extensions = path.join(server.dir, 'extensions');
  const r = spawnSync(
    node,
    [
      path.join(cs, 'lib/vscode/out/server-main.js'),
      '--install-extension',
      file,
      '--extensions-dir',
      extensions,
      '--server-data-dir',
      path.join(server.dir, 'server-data'),
      '--user-data-dir',
      path.join(server.dir, 'user-data'),
    ],
    { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' }, timeout: 180_000 },
  );
  const out = `${r.stdout}${r.stderr}`.trim();
  log(`install: ${out.split('\n').pop()}`);
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${out}`);
  const installed = fs.readdirSync(extensions).filter((d) => d.startsWith('candor.candor-'));
  if (installed.length !== 1)
    throw new Error(
      `expected one candor.candor-* folder in the extensions folder, found: ${fs.readdirSync(extensions).join(', ')}`,
    );
}

/** A git history in `dir`: the example as it was a month ago, then a feature and a fix in the last days. */
function makeHistory(dir) {
  const day = 24 * 3600 * 1000;
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const commit = (message, daysAgo, author) => {
    const date = new Date(Date.now() - daysAgo * day).toISOString();
    Object.assign(env, {
      GIT_AUTHOR_NAME: author,
      GIT_AUTHOR_EMAIL: `${author.split(' ')[0].toLowerCase()}@example.dev`,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_NAME: author,
      GIT_COMMITTER_EMAIL: `${author.split(' ')[0].toLowerCase()}@example.dev`,
      GIT_COMMITTER_DATE: date,
    });
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };
  const append = (file, line) => fs.appendFileSync(path.join(dir, file), `${line}\n`);
  // The built-in git's blame in the status bar would put a team member's name in the pictures.
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, '.vscode/settings.json'),
    JSON.stringify({ 'git.blame.statusBarItem.enabled': false }, null, 1),
  );
  git('init', '-q', '-b', 'main');
  commit('Portail Acme : socle de la réalisation', 30, 'Paul Martin');
  append(
    'src/checkout/promo.js',
    '// Cumul des codes promo et de la remise fidélité : voir les règles du 12 novembre.',
  );
  commit('feat(checkout): les codes promo se cumulent avec la remise fidélité', 3, 'Paul Martin');
  append('src/payments/retry.js', '// Délais de relance : 1 s, 5 s, 30 s.');
  commit('fix(payments): les relances attendent le délai prévu avant de recommencer', 1, 'Paul Martin');
}

async function shot(page, name) {
  const file = path.join(shots, name);
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: file });
  log(`     saved ${path.relative(root, file)}`);
}

function activeEditor(page) {
  return page.locator('.editor-group-container.active .editor-instance').first();
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would, and waits for its text. */
async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: WAIT_MS });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: WAIT_MS });
}

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input.input').waitFor({ timeout: WAIT_MS });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** F1, the command's title, Enter: the palette as a user drives it. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
}

/** Clicks the quick pick item whose label is `label`. */
async function pick(page, label) {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: WAIT_MS });
  await row.click();
}

/** Waits until the active editor shows `text` (Monaco renders spaces as no-break spaces). */
async function waitForEditorText(page, text, timeout = WAIT_MS) {
  const shown = () =>
    document
      .querySelector('.editor-group-container.active .editor-instance .view-lines')
      ?.textContent?.replace(/\u00a0/g, ' ') ?? '';
  try {
    await page.waitForFunction(`(${shown})().includes(${JSON.stringify(text)})`, undefined, { timeout });
  } catch (e) {
    const seen = await page.evaluate(`(${shown})()`).catch(() => '(page gone)');
    throw new Error(
      `the active editor does not show "${text}" within ${timeout} ms; it shows: ${String(seen).slice(0, 300) || '(nothing)'}`,
      { cause: e },
    );
  }
}

/** Drags the sash between the side bar and the editor so that the tree's descriptions fit. */
async function widenSidebar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Waits, with a deadline, until the side bar's rows stop changing and no progress bar runs. */
async function settle(page, timeoutMs = WAIT_MS) {
  const state = () =>
    page.evaluate(() => {
      const rows = [...document.querySelectorAll('.sidebar .monaco-list-row')].map((r) => r.textContent).join('\n');
      const busy = [...document.querySelectorAll('.monaco-progress-container.active')].some(
        (p) => p.offsetParent !== null,
      );
      return { rows, busy };
    });
  const end = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < end) {
    const { rows, busy } = await state();
    if (rows !== last || busy) {
      last = rows;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 500) return;
    await page.waitForTimeout(100);
  }
}

/** The files package.json refers to (main, icon, view and walkthrough media, schemas, l10n bundles), relative. */
function referencedFiles() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // A `%key%` value (the walkthrough's media) names one file per language: its value in every package.nls*.json.
  const bundles = fs
    .readdirSync(root)
    .filter((f) => /^package\.nls(\.[a-z-]+)?\.json$/.test(f))
    .map((f) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')));
  const localized = (value) => {
    const key = typeof value === 'string' ? /^%([^%\s]+)%$/.exec(value)?.[1] : undefined;
    return key ? bundles.map((b) => b[key]) : [value];
  };
  const c = pkg.contributes ?? {};
  const files = [
    pkg.main,
    pkg.icon,
    ...Object.values(c.viewsContainers ?? {})
      .flat()
      .map((v) => v.icon),
    ...(c.walkthroughs ?? []).flatMap((w) =>
      w.steps.flatMap((s) =>
        Object.values(s.media ?? {})
          .flatMap(localized)
          .filter((m) => typeof m === 'string' && m.includes('/')),
      ),
    ),
    ...(c.yamlValidation ?? []).map((y) => y.url),
  ];
  if (pkg.l10n) {
    const dir = path.join(root, pkg.l10n);
    for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) files.push(path.join(pkg.l10n, f));
  }
  return files.filter((f) => typeof f === 'string').map((f) => path.posix.normalize(f.replaceAll('\\', '/')));
}

/**
 * The bundles the extension loads after activation (the names `loadLazy` accepts in src/vscode/lazy.ts), as
 * dist/<name>.js, and the chunks they share (dist/chunk-*.js, see scripts/build.mjs).
 */
function lazyBundles() {
  const source = fs.readFileSync(path.join(root, 'src/vscode/lazy.ts'), 'utf8');
  // Prettier wraps the signature once the union is long: any whitespace before `name`.
  const union = /loadLazy<T>\(\s*name: ([^)]*)\)/.exec(source)?.[1];
  const names = [...(union ?? '').matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]);
  if (!names.includes('report')) throw new Error("src/vscode/lazy.ts: could not read the lazy bundles' names");
  const chunks = fs.readdirSync(path.join(root, 'dist')).filter((f) => /^chunk-\w+\.js$/.test(f));
  return [...names, ...chunks.map((f) => f.replace(/\.js$/, ''))].map((n) => `dist/${n}.js`);
}

/** The names and sizes of a zip's entries, read from its central directory (no unzip needed). */
function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    entries.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLength), size });
    at += 46 + nameLength + extra;
  }
  return entries;
}
