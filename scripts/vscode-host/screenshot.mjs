// End-to-end check in the real workbench: opens examples/acme-portal in VS Code (Chromium) with Candor loaded,
// clicks the Candor container in the activity bar, waits until the tree shows the project (its name, read from
// project.yaml), and saves docs/images/tree.png. Prints `1 passed, 0 failed` or `0 passed, 1 failed`.
//
// usage: node scripts/vscode-host/screenshot.mjs [--workspace <dir>] [--expect <tree item text>] [--out <png>]
//                                                [--timeout <s>] [--skip-build] [--keep]
// Without examples/acme-portal (or with --workspace) the picture goes to out/screenshots/ instead, so that the
// README's image is always the example's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { copyToTemp, root, runInVsCode, stamp } from './host.mjs';

const { values: opts } = parseArgs({
  options: {
    workspace: { type: 'string' },
    expect: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string', default: process.env.CANDOR_E2E_TIMEOUT ?? '90' },
    'skip-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const t0 = Date.now();
const log = (m) => console.log(`[screenshot ${stamp(t0)}] ${m}`);
function finish(ok) {
  log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exit(ok ? 0 : 1);
}

const example = path.join(root, 'examples/acme-portal');
const isExample = !opts.workspace && fs.existsSync(path.join(example, 'project.yaml'));
const source = path.resolve(opts.workspace ?? (isExample ? example : path.join(root, 'test/fixtures/workspaces/basic')));
if (!isExample && !opts.workspace) log('examples/acme-portal has no project.yaml yet: using test/fixtures/workspaces/basic');
const shot = path.resolve(opts.out ?? (isExample ? path.join(root, 'docs/images/tree.png') : path.join(root, 'out/screenshots/tree.png')));
let expect = opts.expect;
if (!expect) {
  try {
    expect = parse(fs.readFileSync(path.join(source, 'project.yaml'), 'utf8'))?.project?.name;
  } catch (e) {
    log(`cannot read the project's name from ${path.join(source, 'project.yaml')}: ${e.message}`);
  }
  if (typeof expect !== 'string' || !expect) { log('give the tree item to wait for with --expect'); finish(false); }
}

if (!opts['skip-build']) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) { log('the extension did not build'); finish(false); }
}

const workspace = copyToTemp(source);
if (!opts.keep) process.on('exit', () => fs.rmSync(path.dirname(workspace), { recursive: true, force: true })); // Ctrl-C too
const result = await runInVsCode({
  extensionPath: root,
  workspace,
  timeoutMs: Number(opts.timeout) * 1000,
  viewport: { width: 1440, height: 960 }, // room for the example's whole tree
  keep: opts.keep,
  failureShot: path.join(path.dirname(shot), `${path.basename(shot, '.png')}-failure.png`),
  log,
  ui: async (page) => {
    await page.locator('.monaco-workbench .activitybar').waitFor({ timeout: 60_000 });
    log('workbench rendered');
    // The container's activity-bar entry is labelled by its title ("Candor"); its only view's header is hidden.
    await page.locator('.activitybar [aria-label^="Candor"]').first().click();
    const sidebar = page.locator('.sidebar');
    await sidebar.getByText(expect, { exact: true }).first().waitFor({ timeout: 30_000 });
    log(`tree item "${expect}" visible`);
    await widenSidebar(page, 520);
    await openInEditor(page, 'project.yaml');
    await page.mouse.move(1250, 17); // an empty spot of the title bar, so that no hover shows in the picture
    await settle(page);
    log(`sidebar rows: ${JSON.stringify(await sidebar.locator('.monaco-list-row').allInnerTexts())}`);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    log(`saved ${path.relative(root, shot)}`);
  },
});
if (opts.keep) log(`kept workspace ${workspace}`);
finish(result.code === 0);

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

/** Opens a workspace file through Quick Open, as a user would, and waits for its tab. */
async function openInEditor(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: 10_000 });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: 10_000 });
}

/**
 * Waits, with a deadline, until the sidebar's rows stop changing and no progress bar runs, so the picture is of
 * the finished tree rather than of a refresh half-way.
 */
async function settle(page, timeoutMs = 10_000) {
  const state = () => page.evaluate(() => {
    const rows = [...document.querySelectorAll('.sidebar .monaco-list-row')].map((r) => r.textContent).join('\n');
    const busy = [...document.querySelectorAll('.monaco-progress-container.active')].some((p) => p.offsetParent !== null);
    return { rows, busy };
  });
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const { rows, busy } = await state();
    if (rows !== last || busy) { last = rows; stableSince = Date.now(); }
    else if (Date.now() - stableSince >= 500) return;
    await page.waitForTimeout(100);
  }
}
