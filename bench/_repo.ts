// A generated repository for the git benchmarks: 5,000 commits (merges included) that touch 30,000 files,
// with fixed dates and identities, written by one `git fast-import` (seconds, not minutes) into bench/.work/
// and reused while its version marker matches. Tag `bench-last-100` marks the commit before the last 100.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The generated repository's shape, for the benchmarks that report on it. */
export const BENCH_REPO = { commits: 5000, files: 30_000, lastTag: 'bench-last-100', lastCount: 100 } as const;

const VERSION = 'candor-bench-repo v1';
const AREAS = ['checkout', 'invoices', 'payments', 'auth', 'search', 'admin', 'reports', 'mail', 'api', 'web'];
const PEOPLE = [
  'Paul Martin <paul@agency.dev>',
  'Sofía Núñez <sofia@agency.dev>',
  'Kim Lee <kim@agency.dev>',
  'Jonas Weber <jonas@agency.dev>',
  'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>',
];
const TYPES = ['feat', 'fix', 'chore', 'refactor', 'docs', 'test', 'perf', 'ci'];
const BASE_TIME = 1_777_161_600; // 2026-04-26T00:00:00Z: the last commit is on 2026-11-20
const FILES_PER_COMMIT = BENCH_REPO.files / BENCH_REPO.commits;

/** Makes (or reuses) the benchmark repository and returns its folder. */
export async function makeBenchRepo(root = path.join(__dirname, '.work', 'git-5k')): Promise<string> {
  const marker = path.join(root, '.git', 'candor-bench');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === VERSION) return root;
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  await fastImport(root, stream());
  fs.writeFileSync(marker, VERSION);
  return root;
}

function fastImport(root: string, input: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: root, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import failed (${code}): ${stderr}`)),
    );
    child.stdin.end(input);
  });
}

/** The fast-import stream: every 20th commit is a side commit merged by the next one. */
function stream(): string {
  const out: string[] = [];
  let mark = 0;
  let mainTip = 0;
  let nextFile = 0;
  let sideChanges: string[] = [];
  for (let i = 0; i < BENCH_REPO.commits; i++) {
    const changes = fileChanges(i, () => nextFile++);
    const isSide = i % 20 === 18;
    const isMerge = i % 20 === 19;
    mark++;
    out.push(
      `commit refs/heads/${isSide ? 'side' : 'main'}`,
      `mark :${mark}`,
      ...identity(i),
      data(message(i, isMerge)),
    );
    // Only a side commit names its parent: `from` makes fast-import reload a 30,000-entry tree.
    if (isSide) out.push(`from :${mainTip}`);
    // fast-import builds a merge's tree from its first parent: the side's changes are repeated in it.
    if (isMerge) out.push(`merge :${mark - 1}`, ...sideChanges);
    out.push(...changes, '');
    if (isSide) sideChanges = changes;
    else mainTip = mark;
    if (i === BENCH_REPO.commits - BENCH_REPO.lastCount - 1)
      out.push(`reset refs/tags/${BENCH_REPO.lastTag}`, `from :${mark}`, '');
  }
  out.push('done', '');
  return out.join('\n');
}

function identity(i: number): string[] {
  const who = PEOPLE[i % PEOPLE.length]!;
  const when = `${BASE_TIME + i * 3600} +0000`;
  return [`author ${who} ${when}`, `committer ${who} ${when}`];
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}`;
}

function message(i: number, isMerge: boolean): string {
  const area = AREAS[i % AREAS.length]!;
  if (isMerge)
    return `Merge pull request #${1000 + i} from agency/${area}-${i}\n\n${area}: work of week ${Math.floor(i / 40)}\n`;
  const type = TYPES[(i * 7) % TYPES.length]!;
  const body =
    i % 5 === 0
      ? `\nLonger explanation of change ${i} in ${area}.\n\nRefs: PROJ-${i}\nCo-authored-by: Kim Lee <kim@agency.dev>\n`
      : '';
  return `${type}(${area}): change ${i} to the ${area} module\n${body}`;
}

/** Six new files per commit (30,000 in all) and, after the first, two earlier files modified. */
function fileChanges(i: number, next: () => number): string[] {
  const lines: string[] = [];
  for (let f = 0; f < FILES_PER_COMMIT; f++) {
    const n = next();
    lines.push(`M 100644 inline ${filePath(n)}`, data(`// file ${n}\nexport const value${n} = ${i};\n`));
  }
  if (i > 0) {
    for (const n of [(i * 7919) % (i * FILES_PER_COMMIT), (i * 104_729) % (i * FILES_PER_COMMIT)]) {
      lines.push(`M 100644 inline ${filePath(n)}`, data(`// file ${n}\nexport const value${n} = ${i}; // changed\n`));
    }
  }
  return lines;
}

function filePath(n: number): string {
  return `src/${AREAS[n % AREAS.length]}/module${Math.floor(n / 10) % 30}/part${Math.floor(n / 300) % 10}/file${n}.ts`;
}
