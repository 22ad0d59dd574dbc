// The browser builds of vega, vega-lite and vega-embed, read from node_modules so report.html can
// inline them and open anywhere, offline, with nothing fetched from the network.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface VendorScripts {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

const require = createRequire(import.meta.url);

/**
 * The minified UMD build of a package. The packages' export maps hide build/, so we resolve the
 * package's main entry (which lives in build/) and read the sibling file.
 */
async function readBuild(pkg: string, file: string): Promise<string> {
  const path = join(dirname(require.resolve(pkg)), file);
  const source = await readFile(path, 'utf8');
  return inlineSafe(source);
}

/**
 * Makes a script safe to inline in <script>: `</script` or `<!--` inside it would end or confuse
 * the element, and a sourceMappingURL would make developer tools fetch a map that is not there.
 */
export function inlineSafe(source: string): string {
  return source
    .replace(/^\/\/# sourceMappingURL=.*$/gm, '')
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '<\\!--');
}

let scripts: Promise<VendorScripts> | undefined;

/** The three scripts, read once per process. */
export function readVendorScripts(): Promise<VendorScripts> {
  scripts ??= Promise.all([
    readBuild('vega', 'vega.min.js'),
    readBuild('vega-lite', 'vega-lite.min.js'),
    readBuild('vega-embed', 'vega-embed.min.js'),
  ]).then(([vega, vegaLite, vegaEmbed]) => ({ vega, vegaLite, vegaEmbed }));
  return scripts;
}
