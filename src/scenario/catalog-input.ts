// The hardware catalog a scenario is validated against: the shipped one, extended by the user
// catalog that `--catalog FILE` names (relative to the working directory) or, without it, the
// scenario's `catalog` key (relative to the scenario file). Reading that file is this module's
// only I/O; a problem comes back positioned in the catalog file, or at the key that named it.
import { dirname, isAbsolute, join } from 'node:path';
import { extendCatalog, type HardwareCatalog, shippedCatalog } from '../data/catalog.js';
import { parseHardwareCsv } from '../data/hardware-csv.js';
import { decodeUtf8 } from '../data/utf8-text.js';
import { catalogMessages as m } from '../messages/catalog.js';
import { documentMessages } from '../messages/documents.js';
import { shown } from '../messages/shown.js';
import type { ParsedDocument } from './document.js';
import type { Problem } from './problem.js';
import { readInputFile } from './read-input.js';

/** Largest user catalog read: the shipped catalogs together are about 100 kB. */
export const MAX_CATALOG_BYTES = 4 * 1024 * 1024;

export interface CatalogOption {
  /** The catalog file, relative to the working directory, as `--catalog` gives it. */
  file: string;
  /** Its text when already read (a part file carries it to `minesim merge`). */
  text?: string;
}

/** A user catalog as read: kept so that a part file can carry it to `minesim merge`. */
export interface UserCatalogText {
  file: string;
  text: string;
}

export type CatalogChoice =
  | { ok: true; catalog: HardwareCatalog; user?: UserCatalogText }
  | { ok: false; problems: Problem[] };

/** The catalog for `doc`: `option` wins over the document's `catalog` key. */
export async function chooseCatalog(doc: ParsedDocument, option?: CatalogOption): Promise<CatalogChoice> {
  let file: string;
  let where: Omit<Problem, 'message'>;
  const key = (doc.value as { catalog?: unknown } | null)?.catalog;
  if (option) {
    file = option.file;
    where = { file: '--catalog', line: 0, col: 0, path: '' };
  } else if (typeof key === 'string' && key !== '') {
    file = isAbsolute(key) ? key : join(dirname(doc.file), key);
    where = { file: doc.file, ...doc.locate(['catalog']), path: 'catalog' };
  } else {
    // No user catalog (a `catalog` that is not a file name is the schema's to report).
    return { ok: true, catalog: shippedCatalog() };
  }
  let text = option?.text;
  if (text === undefined) {
    // Capped while reading, as a scenario is: the key may name a pipe or a device.
    const input = await readInputFile(file, { maxBytes: MAX_CATALOG_BYTES });
    if (!input.ok) {
      const reason =
        input.kind === 'too-large'
          ? m.tooLarge(MAX_CATALOG_BYTES)
          : input.kind === 'timeout'
            ? m.noInput(input.seconds)
            : input.reason;
      return { ok: false, problems: [{ ...where, message: m.unreadable(file, reason) }] };
    }
    const decoded = decodeUtf8(input.bytes);
    if (!decoded.ok)
      return {
        ok: false,
        problems: [
          {
            file,
            line: decoded.line,
            col: decoded.col,
            path: '',
            message: documentMessages.encoding(decoded.kind, decoded.byte),
          },
        ],
      };
    text = decoded.text;
  }
  const parsed = parseHardwareCsv(text);
  if (parsed.problems.length > 0)
    return {
      ok: false,
      problems: parsed.problems.map((p) => ({
        file,
        line: p.line,
        col: p.col,
        path: p.column,
        message: p.got === undefined ? p.message : `${p.message} (got ${shown(p.got)})`,
      })),
    };
  return { ok: true, catalog: extendCatalog(parsed.rows, file), user: { file, text } };
}
