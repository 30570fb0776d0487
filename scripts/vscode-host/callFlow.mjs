// "Before a client call", through the UI of the installed package: the tech lead updates the picture from the
// tree (a checklist tick…) and prepares the call. Each step checks its result twice: in project.yaml's bytes (only
// the value it changes, the rest of the file byte for byte) and in the tree. The same steps run with the English
// and the French interface; the strings a step types or looks for come from the manifest's and the bundles'
// translations, the rows it finds from project.yaml's own (French) words.
//
// A step is { id, name, needs?, shot?, run(ctx) } (`needs`: the command it drives, until every branch has
// landed); ctx is { page, lang, file, t, title, brief, tree, observe, ran }: `file` is project.yaml's path,
// `t(english)` a VS Code message in the interface's language, `title(commandId)` a command's title, `brief` and
// `tree` the catalogs' fixed words in that language, `observe()` records what the workbench shows for the French
// interface's check (it also runs after each step), `ran` holds the ids of the steps that passed.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './host.mjs';
import {
  PARK,
  editorLines,
  WAIT_MS,
  activeEditor,
  answer,
  contextMenu,
  expectEdits,
  goToLine,
  lineDiff,
  pick,
  quickOpen,
  fileChanged,
  runCommand,
  rowAction,
  settle,
  treeRow,
  waitForEditorText,
  waitForRow,
} from './ui.mjs';

const json = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

/** The words of the interface in `lang`: VS Code messages and command titles, as the installed package has them. */
export function interfaceWords(lang, catalogs) {
  const bundle = lang === 'en' ? {} : json(`l10n/bundle.l10n.${lang}.json`);
  const nls = { ...json('package.nls.json'), ...(lang === 'en' ? {} : json(`package.nls.${lang}.json`)) };
  const commands = json('package.json').contributes.commands;
  const t = (english, ...args) => (bundle[english] ?? english).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  const title = (id) => {
    const raw = commands.find((c) => c.command === id)?.title;
    if (!raw) throw new Error(`package.json has no command ${id}`);
    return raw.replace(/^%(.+)%$/, (_, key) => nls[key]);
  };
  return { t, title, brief: catalogs.brief[lang], tree: catalogs.tree[lang] };
}

// The example's lines each step edits, as they are before it.
const OUTCOME = 'Cumulables, dans la limite de 20 % de remise';
const FLAG = 'Le panier perd les codes promo après une reconnexion';
const TICK_LINE =
  '{ id: red-flags, text: "Signaux d\'alerte revus chaque semaine, une solution avec chaque problème", done: false }';

/** The steps, in the order a tech lead takes them before a call. */
export const CALL_STEPS = [
  {
    id: 'tick',
    name: "ticks a checklist item with the tree's inline action",
    async run({ page, file, title }) {
      const before = fs.readFileSync(file, 'utf8');
      const row = treeRow(page, "Signaux d'alerte revus chaque semaine");
      await rowAction(page, row, title('candor.toggleChecklistItem'));
      await fileChanged(file, before, (after) =>
        expectEdits(before, after, [[TICK_LINE, TICK_LINE.replace('done: false', 'done: true')]]),
      );
      await waitForRow(page, 'Réalisation', /4\/6/);
      // The row's checkbox (a toggle inside the row) is ticked.
      await treeRow(page, "Signaux d'alerte revus chaque semaine")
        .locator('.monaco-custom-toggle.checked, [aria-checked="true"]')
        .first()
        .waitFor({ timeout: WAIT_MS });
    },
  },
  {
    id: 'task',
    name: "marks the client's overdue task done with the tree's inline action",
    needs: 'candor.markTaskDone',
    shot: 'call-task.png',
    async run({ page, file, title, tree }) {
      const before = fs.readFileSync(file, 'utf8');
      await showInProjectFile(page, before, 'id: cles-psp');
      const row = treeRow(page, 'Fournir les clés API de production');
      await rowAction(page, row, title('candor.markTaskDone'));
      await fileChanged(file, before, (after) =>
        expectEdits(before, after, [
          ['    due: 2026-11-20\n    status: open', '    due: 2026-11-20\n    status: done'],
        ]),
      );
      await waitForRow(page, 'Fournir les clés API de production', tree.values.task.done);
    },
  },
  {
    id: 'decision',
    name: "records a decision's outcome from the tree's context menu",
    needs: 'candor.recordDecision',
    shot: 'call-decision.png',
    async run({ page, file, title, t, observe }) {
      const before = fs.readFileSync(file, 'utf8');
      const question = 'Les codes promo sont-ils cumulables';
      await showInProjectFile(page, before, 'id: cumul-promos');
      await contextMenu(page, treeRow(page, question), title('candor.recordDecision'));
      await observe();
      await pick(page, t('Decided'));
      await answer(page, OUTCOME, t('What was decided?'));
      const day = localDay();
      await answer(page, day, t('When? (decided_on)'));
      await fileChanged(file, before, (after) =>
        expectItemEdit(before, after, '  - id: cumul-promos\n', {
          replace: [['    status: open', '    status: decided']],
          add: [`    outcome: ${OUTCOME}`, `    decided_on: ${day}`],
        }),
      );
      await page.locator('.sidebar .monaco-list-row', { hasText: question }).first().waitFor({ state: 'detached' });
    },
  },
  {
    id: 'milestone',
    name: "slips a milestone with the tree's inline action, its first date kept as baseline",
    needs: 'candor.moveMilestone',
    shot: 'call-milestone.png',
    async run({ page, file, title, observe }) {
      const before = fs.readFileSync(file, 'utf8');
      await showInProjectFile(page, before, 'id: tunnel-commande');
      await rowAction(page, treeRow(page, 'Nouveau tunnel de commande'), title('candor.moveMilestone'));
      await observe();
      await answer(page, '2026-12-16');
      const line = '{ id: tunnel-commande, title: Nouveau tunnel de commande, due: 2026-12-11, paths:';
      await fileChanged(file, before, (after) =>
        expectEdits(before, after, [[line, line.replace('due: 2026-12-11', 'due: 2026-12-16, baseline: 2026-12-11')]]),
      );
      await waitForRow(page, 'Nouveau tunnel de commande', '2026-12-16');
    },
  },
  {
    id: 'flag',
    name: "marks a red flag from an editor selection with the editor's context menu",
    needs: 'candor.markAsRedFlag',
    shot: 'call-flag.png',
    async run({ page, file, title, tree, observe }) {
      const before = fs.readFileSync(file, 'utf8');
      await quickOpen(page, 'cart.js');
      await goToLine(page, 3);
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await contextMenu(
        page,
        activeEditor(page).locator('.view-lines .view-line').nth(2),
        title('candor.markAsRedFlag'),
      );
      await answer(page, FLAG);
      await observe();
      await pick(page, tree.values.severity.high);
      // Appended to red_flags, the file's last list: every byte before it kept.
      const after = await fileChanged(file, before, (now) => {
        if (!now.startsWith(before)) throw new Error(`project.yaml changed before its end:\n${lineDiff(before, now)}`);
        for (const needed of [`title: ${FLAG}`, 'severity: high', 'src/checkout/cart.js'])
          if (!now.slice(before.length).includes(needed)) throw new Error(`the new flag lacks "${needed}"`);
      });
      const id = /id: ([a-z0-9-]+)/.exec(after.slice(before.length))?.[1];
      await waitForEditorText(page, `RED-FLAG(${id}): ${FLAG}`);
      await waitForRow(page, FLAG, tree.values.severity.high);
    },
  },
  {
    id: 'brief',
    name: 'prepares the call brief from the command palette, its agenda last',
    shot: 'call-brief.png',
    async run({ page, title, brief, observe, ran }) {
      await runCommand(page, title('candor.prepareForClientCall'));
      await waitForEditorText(page, brief.internalMark);
      await observe({ editor: true });
      if (!brief.agenda) return; // a build without the call agenda
      await page.keyboard.press('Control+End');
      await waitForEditorText(page, brief.agenda.title);
      const text = (await editorLines(page)).join('\n');
      const agenda = text.slice(text.indexOf(brief.agenda.title));
      if (!agenda.includes("Quel fournisseur d'authentification unique"))
        throw new Error(`the agenda does not ask for the open SSO decision:\n${agenda}`);
      if (ran.has('decision') && agenda.includes('Les codes promo sont-ils cumulables'))
        throw new Error(`the agenda still lists the decision just recorded:\n${agenda}`);
      await observe({ editor: true });
    },
  },
  {
    id: 'reminder',
    name: 'drafts the client reminder from the command palette: what is owed before the call, no team name',
    needs: 'candor.draftClientReminder',
    shot: 'call-reminder.png',
    async run({ page, title, observe, ran }) {
      await runCommand(page, title('candor.draftClientReminder'));
      await waitForEditorText(page, 'Envoyer un jeu de factures réelles anonymisées');
      await observe({ editor: true });
      const text = (await editorLines(page)).join('\n');
      const absent = ['Fournir les conditions générales', 'Sophie', 'Paul Martin', 'Léa Roux', 'Karim'];
      if (ran.has('task')) absent.push('Fournir les clés API');
      const found = absent.filter((s) => text.includes(s));
      if (found.length > 0) throw new Error(`the reminder shows ${found.join(', ')}:\n${text}`);
    },
  },
];

/** Opens project.yaml in the editor at the line holding `text`, so that the step's picture shows the change. */
async function showInProjectFile(page, bytes, text) {
  const line = bytes.slice(0, bytes.indexOf(text)).split('\n').length;
  await quickOpen(page, 'project.yaml');
  await goToLine(page, line);
}

/** Today as YYYY-MM-DD in local time, as VS Code's extension host sees it. */
function localDay(d = new Date()) {
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/**
 * Checks that only the block item starting with `start` changed, by these line replacements and added lines (in
 * any order within the item): every byte outside it, and its other lines, as they were.
 */
function expectItemEdit(before, after, start, { replace = [], add = [] }) {
  const at = before.indexOf(start);
  if (at < 0) throw new Error(`"${start.trim()}" is not in project.yaml`);
  const next = before.slice(at + start.length).search(/^(?: {2}- |\S)/m);
  const end = next < 0 ? before.length : at + start.length + next;
  const tail = before.slice(end);
  if (!after.startsWith(before.slice(0, at)) || !after.endsWith(tail))
    throw new Error(`project.yaml changed outside the item:\n${lineDiff(before, after)}`);
  let item = before.slice(at, end);
  for (const [from, to] of replace) item = item.replace(from, to);
  const sorted = (text) => text.split('\n').filter(Boolean).sort();
  const expected = sorted(item).concat(add).sort();
  const got = sorted(after.slice(at, after.length - tail.length));
  if (JSON.stringify(got) !== JSON.stringify(expected))
    throw new Error(
      `the item is not as expected:\n  expected: ${expected.join('\n            ')}\n  actual:   ${got.join('\n            ')}`,
    );
}

/**
 * Runs every step as one test (`test(name, fn)` counts it). `check(texts)` is the language's check of what the
 * workbench showed during the step (the French one fails on English); `shot(name)` takes the step's picture.
 */
export async function runCallFlow({ page, lang, file, words, test, shot, collect, check }) {
  const commands = new Set(json('package.json').contributes.commands.map((c) => c.command));
  const ran = new Set(); // the steps that passed, for the later ones to check their effect
  for (const step of CALL_STEPS) {
    if (step.needs && !commands.has(step.needs)) {
      console.log(`     not run (this package has no ${step.needs} yet): ${lang}: ${step.name}`);
      continue;
    }
    await test(`${lang}: ${step.name}`, async () => {
      const seen = [];
      const observe = async (opts) => seen.push(...(await collect(page, opts)));
      await step.run({ page, lang, file, observe, ran, ...words });
      await page.mouse.move(PARK.x, PARK.y);
      await settle(page);
      await observe();
      check(seen);
      ran.add(step.id);
      if (!step.shot) return;
      await runCommand(page, 'Notifications: Clear All Notifications'); // VS Code's own title: no language pack
      await page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'detached' });
      await shot(page, step.shot);
    });
  }
}
