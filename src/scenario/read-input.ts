// Reads an input file (a scenario) with its size capped while reading, never after: a regular
// file's size is checked before it is opened and the read stops at the cap; a pipe, a FIFO or a
// device (`/dev/zero`, `<(cat s.yaml)`, `/dev/stdin`) is read without blocking a thread, stops
// at the cap, and gives up after a time limit when nothing (or not all) arrives, so a FIFO nobody
// writes to cannot hang minesim.
import { constants, open as openFd, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { promisify } from 'node:util';
import { documentMessages } from '../messages/documents.js';

/** How long a pipe or device may take to deliver a whole scenario. */
export const READ_TIMEOUT_MS = 10_000;
/** How often a device with nothing to read yet is asked again. */
const POLL_MS = 20;
const CHUNK_BYTES = 64 * 1024;

export type ReadInput =
  | { ok: true; bytes: Uint8Array }
  /** `size`: the file's size when known, else the bytes read before stopping (more than `limit`). */
  | { ok: false; kind: 'too-large'; size: number; known: boolean }
  | { ok: false; kind: 'timeout'; seconds: number }
  | { ok: false; kind: 'unreadable'; reason: string };

export interface ReadOptions {
  maxBytes: number;
  timeoutMs?: number;
}

const openRaw = promisify(openFd);

export async function readInputFile(file: string, options: ReadOptions): Promise<ReadInput> {
  // Node reads "" as no such file; a script's unset variable gives it, and the name says nothing.
  if (file === '') return { ok: false, kind: 'unreadable', reason: documentMessages.emptyName() };
  let info: Stats;
  try {
    info = await stat(file);
  } catch (error) {
    return unreadable(error);
  }
  if (info.isDirectory()) return { ok: false, kind: 'unreadable', reason: 'it is a folder, not a file' };
  const timeoutMs = options.timeoutMs ?? READ_TIMEOUT_MS;
  try {
    if (info.isFile()) {
      if (info.size > options.maxBytes) return { ok: false, kind: 'too-large', size: info.size, known: true };
      return await readCapped(file, 0, options.maxBytes, Number.POSITIVE_INFINITY);
    }
    if (info.isFIFO()) return await readPipe(file, options.maxBytes, timeoutMs);
    return await readCapped(file, constants.O_NONBLOCK, options.maxBytes, timeoutMs);
  } catch (error) {
    return unreadable(error);
  }
}

function unreadable(error: unknown): ReadInput {
  const e = error as NodeJS.ErrnoException;
  const reason =
    e.code === 'ENOENT'
      ? 'no such file'
      : e.code === 'EACCES'
        ? 'permission denied'
        : e.code === 'ENXIO'
          ? 'it is a socket or a device with nothing behind it'
          : String(e.message ?? error);
  return { ok: false, kind: 'unreadable', reason };
}

/** Reads a regular file or a device chunk by chunk, stopping past `maxBytes` or at the deadline. */
async function readCapped(
  file: string,
  flags: number,
  maxBytes: number,
  timeoutMs: number,
): Promise<ReadInput> {
  const handle = await open(file, constants.O_RDONLY | flags);
  const deadline = Date.now() + timeoutMs;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      let read: number;
      try {
        ({ bytesRead: read } = await handle.read(buffer, 0, CHUNK_BYTES, null));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        if (Date.now() >= deadline) return { ok: false, kind: 'timeout', seconds: timeoutMs / 1000 };
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        continue;
      }
      if (read === 0) return { ok: true, bytes: Buffer.concat(chunks, total) };
      chunks.push(buffer.subarray(0, read));
      total += read;
      if (total > maxBytes) return { ok: false, kind: 'too-large', size: total, known: false };
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads a FIFO through the event loop: opened without blocking (a FIFO's open waits for a writer
 * otherwise), then read as a socket, so waiting for a writer holds no thread.
 */
async function readPipe(file: string, maxBytes: number, timeoutMs: number): Promise<ReadInput> {
  const fd = await openRaw(file, constants.O_RDONLY | constants.O_NONBLOCK);
  const pipe = new Socket({ fd, readable: true, writable: false });
  return new Promise<ReadInput>((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (result: ReadInput) => {
      clearTimeout(timer);
      pipe.removeAllListeners();
      pipe.on('error', () => {});
      pipe.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, kind: 'timeout', seconds: timeoutMs / 1000 }),
      timeoutMs,
    );
    pipe.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      if (total > maxBytes) finish({ ok: false, kind: 'too-large', size: total, known: false });
    });
    pipe.on('end', () => finish({ ok: true, bytes: Buffer.concat(chunks, total) }));
    pipe.on('error', (error) => finish(unreadable(error)));
  });
}
