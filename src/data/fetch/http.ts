// The one place minesim talks to the network: a GET that gives back status and body, or says the
// machine is offline. It is a parameter of every downloader, so tests pass recorded responses and
// never touch the network. An offline machine fails fast: a host name that does not resolve fails
// at once, and a server that does not answer within HEADERS_TIMEOUT_MS counts as unreachable.

import { lookup } from 'node:dns/promises';

export interface HttpResponse {
  status: number;
  body: string;
}

export type HttpGet = (url: string) => Promise<HttpResponse>;

/** The host could not be reached at all (no network, no DNS, refused, timed out). */
export class OfflineError extends Error {
  override name = 'OfflineError';
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`cannot reach ${host} (${reason})`);
  }
}

/** Time allowed for name resolution, and for the server's first answer. */
export const LOOKUP_TIMEOUT_MS = 3_000;
export const HEADERS_TIMEOUT_MS = 5_000;
/** Time allowed for a whole body once the server answers. */
export const BODY_TIMEOUT_MS = 60_000;

// Errors with these codes mean the host is out of reach, not that it answered badly.
const UNREACHABLE =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT|UND_ERR_\w+)$/;

function reasonOf(error: unknown): string | null {
  const e = error as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError') return 'no answer in time';
  const code = e?.code ?? e?.cause?.code;
  if (typeof code === 'string' && UNREACHABLE.test(code)) return code;
  if (e?.name === 'TypeError' && String((error as Error).message) === 'fetch failed')
    return code ?? 'fetch failed';
  return null;
}

async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** GET with Node's fetch; refuses bodies over `maxBytes`. */
export function createHttpGet(maxBytes: number, tooLarge: () => Error): HttpGet {
  return async (url) => {
    const host = new URL(url).hostname;
    try {
      await withTimeout(lookup(host), LOOKUP_TIMEOUT_MS, () => new OfflineError(host, 'no answer in time'));
      const controller = new AbortController();
      const headers = setTimeout(() => controller.abort(), HEADERS_TIMEOUT_MS);
      const response = await fetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      clearTimeout(headers);
      const body = setTimeout(() => controller.abort(), BODY_TIMEOUT_MS);
      try {
        const chunks: Uint8Array[] = [];
        let size = 0;
        for await (const chunk of response.body ?? []) {
          size += chunk.byteLength;
          if (size > maxBytes) {
            controller.abort();
            throw tooLarge();
          }
          chunks.push(chunk);
        }
        return { status: response.status, body: Buffer.concat(chunks).toString('utf8') };
      } finally {
        clearTimeout(body);
      }
    } catch (error) {
      if (error instanceof OfflineError) throw error;
      const reason = reasonOf(error);
      if (reason !== null) throw new OfflineError(host, reason);
      throw error;
    }
  };
}
