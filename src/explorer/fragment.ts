// The explorer's state in the page's URL fragment, so a link reproduces the exact view offline:
// the scenario's YAML as edited and, when a result is pinned, the pinned scenario's. Compressed
// (gzip, base64url) to keep links short; nothing in the fragment is ever sent anywhere. A link is
// text anyone can cut short or edit: a state that cannot be read is refused with a reason
// (LinkStateError), never half-read, and its unpacked size is bounded before it is read.
/// <reference lib="dom" />
import { explorerMessages as m } from '../messages/explorer.js';
import { MAX_FILE_BYTES } from '../scenario/document.js';

export interface ExplorerState {
  yaml: string;
  pinned: string | null;
}

const VERSION = 1;
/** The most a state unpacks to: two scenarios at their size limit, in JSON, with room to spare. */
export const MAX_STATE_BYTES = 4 * MAX_FILE_BYTES;

/** A fragment `#s=...` that holds no state this explorer can read; the message says why (explorerMessages.linkUnread words it). */
export class LinkStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkStateError';
  }
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The text `bytes` unpack to; null when they are no whole gzip stream or unpack past `limit` bytes. */
async function gunzip(bytes: Uint8Array, limit: number): Promise<string | null> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw new LinkStateError(m.linkTooLarge(limit));
      }
      parts.push(value);
    }
  } catch (error) {
    if (error instanceof LinkStateError) throw error;
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      await new Blob(parts as BlobPart[]).arrayBuffer(),
    );
  } catch {
    return null;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  try {
    const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(plain, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `#s=...`: the state as a fragment. */
export async function encodeState(state: ExplorerState): Promise<string> {
  return `#s=${toBase64Url(await gzip(JSON.stringify({ v: VERSION, ...state })))}`;
}

/**
 * The state in a fragment, or null when the fragment holds none (no `#s=`). A state that cannot be
 * read (cut short, edited, of another version, without a scenario) throws a LinkStateError.
 */
export async function decodeState(hash: string): Promise<ExplorerState | null> {
  if (!hash.startsWith('#s=')) return null;
  const payload = hash.slice(3);
  const bytes = /^[A-Za-z0-9_-]+$/.test(payload) ? fromBase64Url(payload) : null;
  const text = bytes && (await gunzip(bytes, MAX_STATE_BYTES));
  let value: unknown;
  try {
    value = text === null ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value === null || typeof value !== 'object') throw new LinkStateError(m.linkCut());
  const { v, yaml, pinned } = value as Record<string, unknown>;
  if (v !== VERSION) throw new LinkStateError(m.linkVersion(String(v), VERSION));
  if (typeof yaml !== 'string' || (pinned !== undefined && pinned !== null && typeof pinned !== 'string'))
    throw new LinkStateError(m.linkCut());
  return { yaml, pinned: typeof pinned === 'string' ? pinned : null };
}
