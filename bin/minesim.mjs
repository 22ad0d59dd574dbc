#!/usr/bin/env node
// Entry point of the `minesim` command. It runs the compiled CLI from dist/, which
// `npm install` builds (the package's `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'minesim: dist/ is missing; run `npm install` (or `npm run build`) in the checkout first.\n',
  );
  process.exit(1);
}
const args = process.argv.slice(2);
if (args[0] === 'quote') {
  // A quote loads only what it needs (dist/cli/quick.js), to answer within a second.
  const { quickMain } = await import(new URL('../dist/cli/quick.js', import.meta.url).href);
  await quickMain(args);
} else {
  const { main } = await import(entry.href);
  await main(args);
}
