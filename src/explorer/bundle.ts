// The explorer's scripts and data as explore.html embeds them: gzip, then base64, unpacked by the
// page with the browser's own DecompressionStream. Compressed, the page is about a megabyte; plain,
// the bundle (mathjs for units and expressions, zod for the schema, the engine) and the coin's
// history would take it past its 2 MB budget. The scripts are packed by the build; the data files
// here, from data/ as the run reads them, once a process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dataPath } from '../data/paths.js';

/** The built bundles: dist/explorer/bundle/ beside this module once compiled, or from src/ under tests. */
function bundleFile(name: string): string {
  const here = fileURLToPath(import.meta.url);
  const dir = here.endsWith('.ts') ? '../../dist/explorer/bundle/' : './bundle/';
  return fileURLToPath(new URL(`${dir}${name}`, import.meta.url));
}

const packed = new Map<string, string>();

function pack(key: string, make: () => string): string {
  let value = packed.get(key);
  if (value === undefined) {
    value = gzipSync(make(), { level: 6 }).toString('base64');
    packed.set(key, value);
  }
  return value;
}

function readPacked(name: string): string {
  try {
    return readFileSync(bundleFile(`${name}.gz.b64`), 'utf8');
  } catch (error) {
    throw new Error(
      `the explorer's bundle ${name} is missing (${(error as Error).message}); \`npm run build\` makes it`,
    );
  }
}

/** The page's app and worker scripts, packed. */
export function packedScripts(): { app: string; worker: string } {
  return { app: readPacked('app.js'), worker: readPacked('worker.js') };
}

/** The shipped catalog's files, which every scenario's validation reads. */
const CATALOG_FILES = ['asic-models.csv', 'hardware-extra.csv', 'hardware-aliases.csv'];

/** The data files a scenario of `historyFile`'s coin reads, packed as one JSON of name -> text. */
export function packedData(historyFile: string): string {
  return pack(`data:${historyFile}`, () =>
    JSON.stringify(
      Object.fromEntries(
        [...CATALOG_FILES, historyFile].map((name) => [name, readFileSync(dataPath(name), 'utf8')]),
      ),
    ),
  );
}
