// Driving the real workbench as a user does (mouse, F1, typing), for the end-to-end test: every wait polls for a
// condition with one budget and, when it fails, says what the page showed instead.
import fs from 'node:fs';

// The budget of every UI wait, sized for a loaded 2-core machine: a wait that passes returns at once, so only a
// failure costs it.
export const WAIT_MS = 60_000;
export const PARK = { x: 1150, y: 17 }; // where the mouse rests for pictures: the title bar, between the search box and the layout buttons

const INPUT = '.quick-input-widget input.input';
const normalize = (s) => (s ?? '').replace(/\u00a0/g, ' ');

export function activeEditor(page) {
  return page.locator('.editor-group-container.active .editor-instance').first();
}

/** Opens a workspace file through Quick Open (Ctrl+P), as a user would, and waits for its text. */
export async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator(INPUT);
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).first().waitFor({ timeout: WAIT_MS });
  await activeEditor(page).locator('.view-lines').waitFor({ timeout: WAIT_MS });
}

export async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.locator(INPUT).waitFor({ timeout: WAIT_MS });
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** F1, the command's title, Enter: the palette as a user drives it. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator(INPUT);
  await input.waitFor({ timeout: WAIT_MS });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
}

/** Clicks the quick pick item whose label is `label`. */
export async function pick(page, label) {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: WAIT_MS });
  await row.click();
}

/** Types `value` into the open input box (after waiting for its prompt `prompt`, if given) and presses Enter. */
export async function answer(page, value, prompt) {
  const widget = page.locator('.quick-input-widget:visible');
  await widget.waitFor({ timeout: WAIT_MS });
  if (prompt) await widget.getByText(prompt).first().waitFor({ timeout: WAIT_MS });
  await page.locator(INPUT).fill(value);
  await page.keyboard.press('Enter');
}

/** Waits until the quick input closes (a pick or an input box was answered). */
export async function inputClosed(page) {
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** Waits until the active editor shows `text` (Monaco renders spaces as no-break spaces). */
export async function waitForEditorText(page, text, timeout = WAIT_MS) {
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

/** The lines the active editor renders, in order (the whole text when the window is taller than it). */
export async function editorLines(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-group-container.active .editor-instance .view-lines .view-line')]
      .map((l) => ({ top: parseFloat(l.style.top), text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
}

/** The row of the Candor tree (or any side bar tree) that shows `text`. */
export function treeRow(page, text) {
  return page.locator('.sidebar .monaco-list-row', { hasText: text }).first();
}

/** Waits until the side bar's row showing `text` also shows `description` (a string or a RegExp). */
export async function waitForRow(page, text, description) {
  const row = page.locator('.sidebar .monaco-list-row', { hasText: text }).filter({ hasText: description }).first();
  try {
    await row.waitFor({ timeout: WAIT_MS });
  } catch (e) {
    const seen = await treeRow(page, text)
      .textContent({ timeout: 1000 })
      .catch(() => '(no such row)');
    throw new Error(`the row "${text}" does not show ${description} within ${WAIT_MS} ms; it shows: ${seen}`, {
      cause: e,
    });
  }
  return row;
}

/** Hovers a tree row and clicks its inline action titled `title` (the icon at the row's end). */
export async function rowAction(page, row, title) {
  await row.hover();
  const action = row.locator(`.actions .action-label[aria-label^="${title}"]`).first();
  await action.waitFor({ timeout: WAIT_MS });
  await action.click();
}

/** Right-clicks `target` (a tree row, an editor) and chooses `item` in its context menu. */
export async function contextMenu(page, target, item) {
  await target.click({ button: 'right' });
  const entry = page.locator('.monaco-menu .action-item', { hasText: item }).first();
  await entry.waitFor({ timeout: WAIT_MS });
  // Hover focuses the entry and Enter runs it: a click over a webview beside the menu can lose its mouse-up.
  await entry.hover();
  await page.locator('.monaco-menu .action-item.focused', { hasText: item }).first().waitFor({ timeout: WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-menu').first().waitFor({ state: 'hidden', timeout: WAIT_MS });
}

/** Waits for a notification toast showing `text` and returns its whole text. */
export async function notification(page, text) {
  const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
  await toast.waitFor({ timeout: WAIT_MS });
  return normalize(await toast.textContent());
}

/**
 * Waits until `file` holds other bytes than `before` and `check(bytes)` passes (a save may be seen half written),
 * then returns them; else throws `check`'s last complaint.
 */
export async function fileChanged(file, before, check = () => {}, timeoutMs = WAIT_MS) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const now = fs.readFileSync(file, 'utf8');
    try {
      if (now === before) throw new Error(`${file} was not saved with a change within ${timeoutMs} ms`);
      check(now);
      return now;
    } catch (e) {
      if (Date.now() > end) throw e;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Checks that `after` is `before` with exactly these replacements, each `[old, new]` found once: the rest of the
 * file (comments, layout, other items) byte for byte.
 */
export function expectEdits(before, after, replacements) {
  let expected = before;
  for (const [from, to] of replacements) {
    const at = expected.indexOf(from);
    if (at < 0 || expected.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in the file exactly once`);
    expected = expected.slice(0, at) + to + expected.slice(at + from.length);
  }
  if (after !== expected) throw new Error(`project.yaml is not as expected:\n${lineDiff(expected, after)}`);
}

/** The lines that differ between two texts, for failure messages. */
export function lineDiff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 20; i++)
    if (a[i] !== b[i]) out.push(`  line ${i + 1}\n    expected: ${a[i]}\n    actual:   ${b[i]}`);
  return out.join('\n');
}

/** Waits until some frame of the page (the walkthrough's Markdown media is a webview, frames within frames) shows `text`. */
export async function waitForFrameText(page, text, timeoutMs = WAIT_MS) {
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

/** Drags the sash between the side bar and the editor so that the tree's descriptions fit. */
export async function widenSidebar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Waits, with a deadline, until the side bar's rows stop changing and no progress bar runs. */
export async function settle(page, timeoutMs = WAIT_MS) {
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
