// Reading one user file safely: no git, no workspace walk, so that the extension's start-up and the workers can
// use it without carrying the git gateway.
import { constants, promises as fs, type Stats } from 'node:fs';

/** Why a file was not read: missing, not a regular file (and what it is instead), over the cap, or an I/O error. */
export type FileRefusal =
  | { reason: 'missing' }
  | { reason: 'not-a-file'; kind: FileKind }
  | { reason: 'too-large'; bytes: number }
  | { reason: 'unreadable'; code: string };

/** What a path names when it is not a regular file. */
export type FileKind = 'directory' | 'fifo' | 'socket' | 'device' | 'other';

/** A regular file's text, or why it was not read. */
export type FileRead = { ok: true; text: string; bytes: number } | ({ ok: false } & FileRefusal);

// O_NONBLOCK: should the path become a FIFO between the stat and the open, opening it still returns at once.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a UTF-8 text file of at most `maxBytes`, refusing at once anything that is not a regular file (a FIFO,
 * a device such as /dev/zero, a socket, a directory), also through a symlink. The size is checked before
 * reading and the read stops at `maxBytes + 1`, so a file that grows meanwhile never costs more than the cap.
 * Never throws on I/O errors: they come back as a refusal with their code.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<FileRead> {
  let handle: fs.FileHandle | undefined;
  try {
    const before = await fs.stat(file);
    if (!before.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(before) };
    if (before.size > maxBytes) return { ok: false, reason: 'too-large', bytes: before.size };
    handle = await fs.open(file, READ_FLAGS);
    const opened = await handle.stat();
    if (!opened.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(opened) };
    const data = await readAtMost(handle, Math.min(opened.size, maxBytes) + 1, maxBytes + 1);
    if (data.length > maxBytes) return { ok: false, reason: 'too-large', bytes: Math.max(data.length, opened.size) };
    return { ok: true, text: data.toString('utf8'), bytes: data.length };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    return { ok: false, reason: 'unreadable', code };
  } finally {
    await handle?.close();
  }
}

/** Reads from the start until the end of the file or `limit` bytes; `expected` sizes the first buffer. */
async function readAtMost(handle: fs.FileHandle, expected: number, limit: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(expected, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      // The file grew since its stat: keep reading, up to the limit.
      if (length >= limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

function kindOf(stat: Stats): FileKind {
  if (stat.isDirectory()) return 'directory';
  if (stat.isFIFO()) return 'fifo';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'other';
}
