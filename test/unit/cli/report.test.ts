import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { report } from '../../../src/cli/report';
import { EXAMPLE, EXAMPLE_HISTORY } from '../report/reportFixtures';
import { removeTempDirs, runCommand, tempDir } from './harness';

function exampleCopy(): string {
  const dir = tempDir();
  fs.copyFileSync(path.join(EXAMPLE, 'project.yaml'), path.join(dir, 'project.yaml'));
  fs.mkdirSync(path.join(dir, 'status'));
  for (const entry of EXAMPLE_HISTORY) fs.writeFileSync(path.join(dir, 'status', entry.name), entry.markdown);
  return dir;
}

describe('candor report', () => {
  after(removeTempDirs);

  it('writes the site beside project.yaml by default, in the project’s language, and says the page is public once uploaded', async () => {
    const dir = exampleCopy();
    const run = await runCommand(report, [dir]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /client page written \(3 pages\)/);
    assert.match(run.stderr, /public to whoever has its address/);
    assert.match(fs.readFileSync(path.join(dir, 'site/index.html'), 'utf8'), /<html lang="fr">/);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'site/updates')).sort(), ['2026-11-19.html', '2026-11-26.html']);
  });

  it('writes into --out in --lang, speaks the terminal’s language, and drops pages of updates no longer saved', async () => {
    const dir = exampleCopy();
    const out = path.join(dir, 'public');
    assert.equal((await runCommand(report, [dir, '--out', out])).code, 0);
    fs.rmSync(path.join(dir, 'status/2026-11-19.md'));
    fs.writeFileSync(path.join(out, 'updates/notes.html'), 'mine');
    const run = await runCommand(report, [dir, '--out', out, '--lang', 'de'], { env: { LANG: 'fr_FR.UTF-8' } });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /page client écrite \(2 pages\)/);
    assert.match(
      fs.readFileSync(path.join(out, 'index.html'), 'utf8'),
      /<html lang="de">[\s\S]*<h2 id="h-milestones">Meilensteine<\/h2>/,
    );
    assert.deepEqual(
      fs.readdirSync(path.join(out, 'updates')).sort(),
      ['2026-11-26.html', 'notes.html'],
      'a file of its own name is left alone',
    );
  });

  it('says so instead of failing when --pdf finds no Chromium', async () => {
    const dir = exampleCopy();
    const run = await runCommand(report, [dir, '--pdf'], { env: { CHROMIUM: path.join(dir, 'no-chromium-here') } });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /no PDF: Chromium \(with playwright-core\) is not installed here/);
    assert.ok(!fs.existsSync(path.join(dir, 'site/report.pdf')));
    assert.ok(fs.existsSync(path.join(dir, 'site/index.html')));
  });

  it('refuses an unknown language and an invalid project.yaml with the usual exit codes', async () => {
    const dir = exampleCopy();
    const bad = await runCommand(report, [dir, '--lang', 'it']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /usage: candor report/);
    fs.writeFileSync(path.join(dir, 'project.yaml'), 'version: 2\n');
    const invalid = await runCommand(report, [dir]);
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /project\.yaml:1:\d+/);
    assert.ok(!fs.existsSync(path.join(dir, 'site')));
  });
});
