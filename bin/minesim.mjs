#!/usr/bin/env node
// Entry point of the `minesim` command. It runs the compiled CLI, bundled into dist/cli/bundle/ by
// scripts/build-cli.mjs, which `npm install` runs (the package's `prepare` script builds).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/bundle/', import.meta.url);
if (!existsSync(fileURLToPath(new URL('main.js', bundle)))) {
  process.stderr.write(
    'minesim: dist/ is missing; run `npm install` (or `npm run build`) in the checkout first.\n',
  );
  process.exit(1);
}
const args = process.argv.slice(2);
if (args[0] === 'quote') {
  // A quote loads only what it needs (src/cli/quick.ts), to answer within a second.
  const { quickMain } = await import(new URL('quick.js', bundle).href);
  await quickMain(args);
} else {
  const { main } = await import(new URL('main.js', bundle).href);
  await main(args);
}
