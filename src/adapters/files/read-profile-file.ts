import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { ProfileError, UserError } from '../../errors.js';
import { parseProfileText } from './parse-profile-text.js';

/** A profile is a few kilobytes; anything near this size is a wrong file or an attack. */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * Reads and parses a profile file (JSON or YAML) without validating it. `shownAs` is how the file
 * is named in messages (the path as the person typed it). Files over 1 MiB are refused before
 * anything is parsed; the text must be UTF-8 (a BOM and CRLF line ends are fine).
 */
export async function readProfileFile(path: string, shownAs: string = path): Promise<unknown> {
  const bytes = await readBounded(path, shownAs);
  return parseProfileText(decodeUtf8(bytes, shownAs), shownAs);
}

async function readBounded(path: string, shownAs: string): Promise<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    // Checked before opening: opening a FIFO waits for a writer, and a device never ends.
    const before = await stat(path);
    if (before.isDirectory()) throw new UserError(`${shownAs}: is a folder, not a profile file`);
    if (!before.isFile()) throw new UserError(`${shownAs}: is not a regular file (a pipe, device or socket)`);
    if (before.size > MAX_PROFILE_BYTES) throw tooLarge(shownAs);
    // Non-blocking, in case it was swapped for a FIFO in between; checked again once open.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new UserError(`${shownAs}: is a folder, not a profile file`);
    if (!stats.isFile()) throw new UserError(`${shownAs}: is not a regular file (a pipe, device or socket)`);
    if (stats.size > MAX_PROFILE_BYTES) throw tooLarge(shownAs);
    // Room for the size stat gave and one byte more, to see the file grew since; a 1 MiB buffer
    // for every file would cost a batch of a thousand profiles a quarter of its time.
    let buffer = new Uint8Array(stats.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // It grew: more room, up to one byte past the limit.
        const bigger = new Uint8Array(Math.min(buffer.length * 2, MAX_PROFILE_BYTES + 1));
        bigger.set(buffer);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_PROFILE_BYTES) throw tooLarge(shownAs);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw readError(error, shownAs);
  } finally {
    await handle?.close();
  }
}

function tooLarge(shownAs: string): ProfileError {
  return new ProfileError(shownAs, ['is larger than 1 MiB; a profile is a few kilobytes']);
}

function readError(error: unknown, shownAs: string): Error {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UserError(`${shownAs}: no such file`);
  if (code === 'EISDIR') return new UserError(`${shownAs}: is a folder, not a profile file`);
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`${shownAs}: cannot be read (permission denied)`);
  return new UserError(`${shownAs}: cannot be read (${code ?? (error as Error).message})`);
}

function decodeUtf8(bytes: Uint8Array, shownAs: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ProfileError(shownAs, ['is UTF-16 text; save it as UTF-8']);
  }
  try {
    // fatal: a stray Latin-1 byte is an error, not a silent U+FFFD in a title.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ProfileError(shownAs, ['is not UTF-8 text; save it as UTF-8']);
  }
}
