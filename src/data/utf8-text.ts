// The text of an input file's bytes (a scenario, a hardware catalog, a daily CSV), which must be
// UTF-8: where they are not, what they are instead and where the first wrong byte stands, so the
// refusal can say what to do (UTF-16 from PowerShell's `>` or Notepad's "Unicode", a single byte of
// Latin-1 or Windows-1252 such as an "é", binary data) at `file:line:col`.

export type Utf8Text =
  | { ok: true; text: string }
  | {
      ok: false;
      /** `utf16`: a UTF-16 byte-order mark, or NULs at every other byte; `binary`: a NUL elsewhere (line 0). */
      kind: 'utf16' | 'binary' | 'not-utf8';
      line: number;
      col: number;
      /** The first byte that starts no UTF-8 character (`not-utf8`). */
      byte?: number;
    };

const fatal = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Utf8Text {
  if (isUtf16(bytes)) return { ok: false, kind: 'utf16', line: 1, col: 1 };
  const nul = bytes.indexOf(0);
  // Binary data is refused as a whole file (line 0: no position), as a NUL in text is.
  if (nul >= 0) return { ok: false, kind: 'binary', line: 0, col: 0 };
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    const at = firstInvalid(bytes);
    return { ok: false, kind: 'not-utf8', ...positionOf(bytes, at), byte: bytes[at] };
  }
}

/** A UTF-16 byte-order mark, or (without one) a NUL at every other byte of a text that starts in ASCII. */
function isUtf16(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  for (const zero of [0, 1]) {
    let every = true;
    for (let i = 0; i < n && every; i += 2)
      every = bytes[i + zero] === 0 && bytes[i + 1 - zero] !== 0 && bytes[i + 1 - zero] < 0x80;
    if (every) return true;
  }
  return false;
}

/** The offset of the first byte that does not start (or continue) a well-formed UTF-8 character. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    if (length > 1) {
      // The first continuation byte's range depends on the lead (no overlong forms, no surrogates).
      const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
      for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    }
    i += length;
  }
  return i;
}

/** Line and column (in characters, as an editor counts them) of the byte at `offset`; valid before it. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    // LF, CR LF and CR alone end a line (withLineFeeds(), readCsvText()).
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  // A byte-order mark before the first line's text is no column.
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = Math.min(3, offset);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return { line, col: before.length + 1 };
}
