import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MARKER_TOKEN } from '../../../src/core/markers';
import { walkFiles } from '../../../src/node/files';
import { gitGrepMarkers, scanInWorkers } from '../../../src/node/markers';
import { git, makeTemp, removeTemp } from './gitRepos';

const T = MARKER_TOKEN; // never spelled out, so Candor searching this repository finds no marker here
const marker = (id: string) => `// ${T}${id}): note\n`;

/**
 * File names and ignore rules on which the git search (`git grep`) and the git-free scan (the walk and the
 * worker threads, as in Restricted Mode) must agree. Names are raw bytes, so invalid UTF-8 can be written.
 */
const NAMES: [name: string | Buffer, id: string][] = [
  ['plain.ts', 'plain'],
  ['with\nnewline.ts', 'newline'],
  ['with\r\ncrlf.ts', 'crlf'],
  ['col:on.ts', 'colon'],
  ['a:1:2.ts', 'colons'],
  ['-leading-dash.ts', 'dash'],
  ['--end-of-options.ts', 'dashdash'],
  ['sp ace.ts', 'space'],
  ['tab\there.ts', 'tab'],
  ['quote"d.ts', 'quote'],
  ['back\\slash.ts', 'backslash'],
  ['star*.ts', 'star'],
  ['ques?.ts', 'question'],
  ['[bracket].ts', 'bracket'],
  ['#hash.ts', 'hash'],
  ['!bang.ts', 'bang'],
  ['éàü.ts', 'accents'],
  ['日本.ts', 'cjk'],
  [':(glob)magic.ts', 'magic'],
  [Buffer.concat([Buffer.from('bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('.ts')]), 'invalid-utf8'],
  [Buffer.concat([Buffer.from('latin1-'), Buffer.from([0xe9]), Buffer.from('.ts')]), 'latin1'],
];

const IGNORES = {
  '.gitignore':
    '# comment\n*.log\n/build-out/\nsecret*\n!secret-ok.ts\ndocs/**/draft.md\n\\#literal.ts\ntrailing.ts   \n',
  'app.log': marker('log'),
  'sub/deep/app.log': marker('deeplog'),
  'build-out/gen.ts': marker('built'),
  'sub/build-out/kept.ts': marker('subbuilt'),
  'secret-key.ts': marker('secret'),
  'secret-ok.ts': marker('secretok'),
  'docs/a/b/draft.md': marker('draft'),
  'docs/draft.md': marker('draftroot'),
  '#literal.ts': marker('literal'),
  'trailing.ts': marker('trailing'),
  'nested/.gitignore': 'local.ts\n/only-here.ts\n',
  'nested/local.ts': marker('nestedlocal'),
  'nested/x/local.ts': marker('nesteddeep'),
  'nested/only-here.ts': marker('onlyhere'),
  'nested/x/only-here.ts': marker('notanchored'),
  'local.ts': marker('rootlocal'),
  'cr-only.ts': `const a = 1;\r// ${T}cr): note\rconst b = 2;\r// ${T}cr2): note\r`,
  'mixed-ends.ts': `a\r\nb\rc\n// ${T}mixed): note\n`,
  'nul-at-8100.ts': `${marker('nul8100')}${'x'.repeat(8100)}\0`,
  'nul-at-7900.ts': `${marker('nul7900')}${'x'.repeat(7900)}\0`,
};

describe('the git and git-free marker searches', () => {
  let repo: string;
  before(() => {
    repo = makeTemp('marker-parity');
    git(repo, ['init', '-q']);
    for (const [name, id] of NAMES) {
      const file = Buffer.concat([Buffer.from(`${repo}/`), Buffer.isBuffer(name) ? name : Buffer.from(name)]);
      fs.writeFileSync(file, marker(id));
    }
    for (const [file, text] of Object.entries(IGNORES)) {
      fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
      fs.writeFileSync(path.join(repo, file), text);
    }
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-qm', 'files']);
    // Untracked files count too (a marker counts before its first commit), ignored ones do not.
    fs.writeFileSync(path.join(repo, 'untracked.ts'), marker('untracked'));
    fs.writeFileSync(path.join(repo, 'untracked.log'), marker('untrackedlog'));
  });
  after(() => removeTemp(repo));

  it('covers at least 20 hostile file names', () => assert.ok(NAMES.length >= 20));

  it('find the same markers in the same files, on the same real tree', async () => {
    const grep = await gitGrepMarkers(repo);
    assert.ok(grep.markers, grep.reason);
    const scan = await scanInWorkers(repo, (await walkFiles(repo)).files);
    const show = (ms: { file: string; line: number; column: number; id: string }[]) =>
      ms.map((m) => `${JSON.stringify(m.file)}:${m.line}:${m.column} ${m.id}`).sort();
    assert.deepEqual(show(scan.markers), show(grep.markers));
    assert.ok(show(grep.markers).includes('"cr-only.ts":4:4 cr2'), 'lone CRs end lines, as in editors');
    assert.ok(
      show(grep.markers).includes('"nul-at-8100.ts":1:4 nul8100') &&
        !show(grep.markers).some((m) => m.includes('nul7900')),
    );
  });
});
