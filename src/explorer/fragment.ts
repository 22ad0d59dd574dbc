// The explorer's state in the page's URL fragment, so a link reproduces the exact view offline:
// the scenario's YAML as edited and, when a result is pinned, the pinned scenario's. Compressed
// (gzip, base64url) to keep links short; nothing in the fragment is ever sent anywhere.
/// <reference lib="dom" />

export interface ExplorerState {
  yaml: string;
  pinned: string | null;
}

const VERSION = 1;

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gunzip(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(plain, (c) => c.charCodeAt(0));
}

/** `#s=...`: the state as a fragment. */
export async function encodeState(state: ExplorerState): Promise<string> {
  return `#s=${toBase64Url(await gzip(JSON.stringify({ v: VERSION, ...state })))}`;
}

/** The state in a fragment, or null when there is none; a fragment it cannot read is an error. */
export async function decodeState(hash: string): Promise<ExplorerState | null> {
  const match = /^#s=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!match) return null;
  const value = JSON.parse(await gunzip(fromBase64Url(match[1])));
  if (value?.v !== VERSION || typeof value.yaml !== 'string')
    throw new Error(`the link's state is not one this explorer reads (version ${value?.v})`);
  return { yaml: value.yaml, pinned: typeof value.pinned === 'string' ? value.pinned : null };
}
