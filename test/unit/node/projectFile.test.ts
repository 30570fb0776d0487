import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MAX_BYTES } from '../../../src/core/model/load';
import { readRegularFile } from '../../../src/node/regularFile';
import { readProjectFile } from '../../../src/node/projectFile';

const VALID = 'version: 1\nproject: { name: Acme Portal, client: Acme Corp }\n';

/** Each case makes `<dir>/project.yaml` something a reader could stumble on, and says what must be answered. */
interface SpecialFile {
  name: string;
  make: (file: string, tmp: string) => void | Promise<void>;
  says: RegExp;
}

const CASES: SpecialFile[] = [
  {
    name: 'a named pipe (FIFO)',
    make: (f) => execFileSync('mkfifo', [f]),
    says: /named pipe: only a regular file is read/,
  },
  {
    name: 'a symlink to a named pipe',
    make: (f, tmp) => (execFileSync('mkfifo', [path.join(tmp, 'pipe')]), fs.symlinkSync(path.join(tmp, 'pipe'), f)),
    says: /named pipe/,
  },
  {
    name: 'a symlink to /dev/zero',
    make: (f) => fs.symlinkSync('/dev/zero', f),
    says: /a device: only a regular file is read/,
  },
  { name: 'a symlink to /dev/null', make: (f) => fs.symlinkSync('/dev/null', f), says: /a device/ },
  { name: 'a symlink to /dev/urandom', make: (f) => fs.symlinkSync('/dev/urandom', f), says: /a device/ },
  { name: 'a folder', make: (f) => fs.mkdirSync(f), says: /a folder: only a regular file is read/ },
  { name: 'a symlink to a folder', make: (f, tmp) => fs.symlinkSync(tmp, f), says: /a folder/ },
  {
    name: 'a dangling symlink',
    make: (f, tmp) => fs.symlinkSync(path.join(tmp, 'nowhere'), f),
    says: /there is no project.yaml here/,
  },
  { name: 'a symlink loop', make: (f) => fs.symlinkSync(f, f), says: /cannot read it \(ELOOP\)/ },
  { name: 'missing', make: () => undefined, says: /there is no project.yaml here/ },
  {
    name: 'a file over the size limit',
    make: (f) => fs.writeFileSync(f, `${VALID}#${'x'.repeat(MAX_BYTES)}\n`),
    says: /files over 2.0 MB are not read/,
  },
  {
    name: 'a sparse file of 1 GB',
    make: (f) => fs.truncateSync((fs.writeFileSync(f, ''), f), 1 << 30),
    says: /1024 MB/,
  },
  {
    name: 'a Unix socket',
    // The server listens until the test ends: closing it would remove the socket file.
    make: (f) =>
      new Promise<void>((resolve) => {
        SOCKETS.push(net.createServer().listen(f, () => resolve()));
      }),
    says: /a socket/,
  },
];
const SOCKETS: net.Server[] = [];

describe('reading project.yaml from disk', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'candor-projectfile-')));
  });
  afterEach(async () => {
    await Promise.all(SOCKETS.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const { name, make, says } of CASES) {
    it(`refuses at once, with a plain message, a project.yaml that is ${name}`, async () => {
      const file = path.join(tmp, 'project.yaml');
      await make(file, tmp);
      const loaded = await readProjectFile(file);
      assert.equal(loaded.ok, false);
      assert.equal(loaded.issues.length, 1);
      assert.match(loaded.issues[0]!.message, says);
      assert.doesNotMatch(loaded.issues[0]!.message, /RangeError|Invalid string length/);
    });
  }

  it('reads a regular file, also through a symlink', async () => {
    fs.writeFileSync(path.join(tmp, 'real.yaml'), VALID);
    fs.symlinkSync(path.join(tmp, 'real.yaml'), path.join(tmp, 'project.yaml'));
    const loaded = await readProjectFile(path.join(tmp, 'project.yaml'));
    assert.ok(loaded.ok, JSON.stringify(loaded.issues));
    assert.equal(loaded.value.file.project.name, 'Acme Portal');
  });

  it('never reads more than the cap of a file, even one that grows', async () => {
    const file = path.join(tmp, 'big.txt');
    fs.writeFileSync(file, 'x'.repeat(100));
    assert.deepEqual(await readRegularFile(file, 99), { ok: false, reason: 'too-large', bytes: 100 });
    const read = await readRegularFile(file, 100);
    assert.ok(read.ok && read.text.length === 100);
  });
});
