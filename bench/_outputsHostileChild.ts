// One output of one hostile project (test/fixtures/hostile/projects.ts) built in a fresh process
// (bench/outputsHostile.ts starts one per project and output, see bench/_hostile.ts). The project is written,
// committed once and loaded before the measured call: loading is bench/projectYaml.ts's. `candor check` is
// the exception: checking is loading, so its call reads project.yaml as the command does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { formatFlags, gatherFlags } from '../src/cli/flagReport';
import { CLI } from '../src/core/lang';
import { wordsFor } from '../src/core/i18n';
import { loadProject } from '../src/core/model/load';
import { buildOutline } from '../src/core/outline';
import { draftReminder } from '../src/core/reminder';
import { buildClientPage } from '../src/core/report/model';
import { renderSite } from '../src/core/report/html';
import { formatIssue } from '../src/core/result';
import { briefFromFolder } from '../src/node/briefData';
import { readProjectFile } from '../src/node/projectFile';
import { markdownRenderer } from '../src/node/report';
import { draftFromRepo } from '../src/node/statusDraft';
import { hostileOutputProjects } from '../test/fixtures/hostile/projects';
import { measureInChild } from './_measureInChild';
import type { OutputKind } from './outputsHostile';

const [index, kind, size] = [Number(process.argv[2]), process.argv[3] as OutputKind, Number(process.argv[4])];
const { text } = hostileOutputProjects(size)[index]!;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-outputs-'));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
fs.writeFileSync(path.join(root, 'project.yaml'), text);
const today = new Date('2026-11-26T12:00:00Z');
const loaded = loadProject(text);
if (!loaded.ok) throw new Error(`not valid: ${loaded.issues[0]?.message}`);
const { value } = loaded;
const file = value.file;
if (kind === 'status') commitOnce(root);

const outputs: Record<OutputKind, () => Promise<unknown>> = {
  reminder: async () => draftReminder({ project: file, today }).text,
  brief: async () => (await briefFromFolder(root, file, { git: false, today })).markdown,
  page: async () =>
    renderSite(buildClientPage({ project: file, history: [], today: '2026-11-26' }), markdownRenderer()),
  status: async () => draftFromRepo(root, file, { kind: 'days', value: 7 }, { today }),
  flags: async () => {
    const result = await gatherFlags(root, value, false);
    return formatFlags(result, () => 1, CLI.en, wordsFor('en').flags);
  },
  check: async () => {
    const read = await readProjectFile(path.join(root, 'project.yaml'));
    return read.issues.map((issue) => formatIssue('project.yaml', issue)).join('\n');
  },
  tree: async () => buildOutline('project', { ok: true, value, issues: [] }, '2026-11-26'),
};

void measureInChild(outputs[kind]);

/** A repository with one commit of yesterday, so that `candor status` has a week to draft. */
function commitOnce(dir: string): void {
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Paul Martin',
    GIT_AUTHOR_EMAIL: 'paul@agency.dev',
    GIT_COMMITTER_NAME: 'Paul Martin',
    GIT_COMMITTER_EMAIL: 'paul@agency.dev',
    GIT_AUTHOR_DATE: '2026-11-25T10:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-25T10:00:00Z',
  };
  fs.mkdirSync(path.join(dir, 'src/checkout'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src/checkout/cart.ts'), 'export const cart = 1;\n');
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'feat: add the cart page'],
  ])
    execFileSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd: dir, env, stdio: 'ignore' });
}
