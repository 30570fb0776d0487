// End-to-end test of the package a user installs: `npm run package` makes out/candor.vsix, the real VS Code server
// installs it into a fresh extensions folder with `--install-extension` (as `code --install-extension` does), and
// the workbench, in Chromium, opens a temp copy of examples/acme-portal made a git repo with a few commits. Then,
// through the UI only (mouse, F1, typing): the Candor view shows the project, a hover on a marked line shows its
// red flag, the command palette drafts a status update (range "Last 14 days") that opens with "## Livré" (the
// example is French), prepares the internal call brief, and opens the walkthrough, whose brief button runs the
// command and ticks its step, and builds the client page (Build Client Page), whose preview opens beside the
// editor. Then the call flow of callFlow.mjs (tick, task done, decision, milestone slip, red flag from a selection,
// brief), in a fresh workbench in English, then in a simulated French interface that must show no English sentence
// of Candor's (englishCheck.mjs). The package test also checks that every lazily loaded bundle (dist/report.js…)
// is in it. Each step is one test; the last line is `N passed, N failed`. Screenshots go to out/screenshots/ (tests leave the tree
// clean), or with --docs to docs/images/ (tree.png, hover.png, draft.png and the flow's call-*.png: the README's;
// walkthrough.png and preview.png too; the French run's always go to out/screenshots/fr-*).
//
// usage: node scripts/vscode-host/e2eVsix.mjs [--docs] [--vsix <file>] [--timeout <s>] [--keep]
//        --vsix: install that package instead of making one. CS_VERSION=4.139.1: on VS Code 1.139.1 (install.sh).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCallFlow, interfaceWords } from './callFlow.mjs';
import { englishSentences, findEnglish, loadCatalogs, visibleTexts } from './englishCheck.mjs';
import { codeServerDir, copyToTemp, root, stamp, startServer } from './host.mjs';
import {
  PARK,
  WAIT_MS,
  activeEditor,
  goToLine,
  pick,
  quickOpen,
  runCommand,
  settle,
  waitForEditorText,
  waitForFrameText,
  widenSidebar,
} from './ui.mjs';

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
const MAX_VSIX_BYTES = 1024 * 1024;
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
    page = await openWorkbench(browser, workspace, { viewport: { width: 1440, height: 960 } });
    await uiTests(page);
    await page.context().close();
    const catalogs = loadCatalogs();
    for (const lang of ['en', 'fr'])
      await callFlowTests(browser, lang, catalogs).catch((e) => {
        failed++; // the workbench did not open, or a step's words are missing: counted, and the next language runs
        log(`FAIL ${lang}: the call flow stopped: ${e.stack}`);
      });
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
  // The walkthrough first: VS Code 1.99 ticks a step only for a state that turns true once the walkthrough is open.
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
  await test('the palette prepares the internal call brief', async () => {
    await runCommand(page, 'Prepare for Client Call');
    await waitForEditorText(page, 'Internal — not for the client');
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

/**
 * The call flow (callFlow.mjs) in a fresh workbench on a fresh copy of the example, in English or in French. The
 * French interface is set as a language pack sets it: `_VSCODE_NLS_LANGUAGE` before the workbench loads (VS Code's
 * own strings stay English without a pack; the extension's manifest and messages follow `vscode.env.language`),
 * and each step fails on any of Candor's English sentences in what the workbench shows; its window is tall so that
 * the brief's every line is rendered, and read. The English run is the check's control: there, each step must show
 * English sentences.
 */
async function callFlowTests(browser, lang, catalogs) {
  const folder = copyToTemp(path.join(root, 'examples/acme-portal'));
  if (!opts.keep) process.on('exit', () => fs.rmSync(path.dirname(folder), { recursive: true, force: true }));
  makeHistory(folder);
  const french = lang === 'fr';
  page = await openWorkbench(
    browser,
    folder,
    { viewport: { width: 1440, height: french ? 2400 : 960 }, ...(french ? { locale: 'fr-FR' } : {}) },
    french ? 'fr' : undefined,
  );
  const sentences = englishSentences(catalogs);
  const check = (texts) => {
    const found = findEnglish(texts, sentences);
    if (french && found.length > 0)
      throw new Error(
        `English in the French interface:\n${found.map((f) => `  ${f.where}: "${f.text}" has "${f.english}"`).join('\n')}`,
      );
    if (!french && found.length === 0)
      throw new Error(`the English-sentence check finds none in English, in: ${JSON.stringify(texts).slice(0, 300)}`);
  };
  await test(`${lang}: the Candor view shows the project in the interface's language`, async () => {
    await page.locator('.activitybar [aria-label^="Candor"]').first().click();
    const section = catalogs.tree[lang].outline.clientTasks;
    await page.locator('.sidebar').getByText(section, { exact: true }).first().waitFor({ timeout: WAIT_MS });
    await widenSidebar(page, 520);
    await settle(page);
    check(await visibleTexts(page));
  });
  await runCallFlow({
    page,
    lang,
    file: path.join(folder, 'project.yaml'),
    words: interfaceWords(lang, catalogs),
    test,
    shot: french ? (p, name) => shot(p, `fr-${name}`, path.join(root, 'out/screenshots')) : shot,
    collect: visibleTexts,
    check,
  });
  await page.context().close();
}

/** A new browser context on the workbench of `folder`; `lang` is set as a language pack sets it. */
async function openWorkbench(browser, folder, contextOptions, lang) {
  const context = await browser.newContext(contextOptions);
  if (lang) await context.addInitScript((l) => (globalThis._VSCODE_NLS_LANGUAGE = l), lang);
  const p = await context.newPage();
  p.on('pageerror', (e) => log(`pageerror: ${e.message}`));
  await p.goto(server.url(folder));
  await p.locator('.monaco-workbench .activitybar').waitFor({ timeout: WAIT_MS });
  log(`workbench rendered${lang ? ` in ${lang}` : ''}`);
  return p;
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

async function shot(page, name, dir = shots) {
  const file = path.join(dir, name);
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: file });
  log(`     saved ${path.relative(root, file)}`);
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
