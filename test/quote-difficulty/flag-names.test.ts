// `minesim network-fit` listed its power price as `--powerPrice` in --help and its refusal, where
// every other flag of minesim is written in kebab case (`--pool-fee`, `--unit-price`): it is now
// `--power-price` in both (yargs still reads `--powerPrice`, as every kebab flag's camel form).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from '../fixtures/node-process.js';

describe('flags named as --help shows them', () => {
  it('minesim network-fit --power-price 0 is refused naming --power-price, which --help lists', async () => {
    const refused = await runNode(['bin/minesim.mjs', 'network-fit', '--power-price', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--power-price must be 0 (excluded) to 10 (got 0)');
    const help = await runNode(['bin/minesim.mjs', 'network-fit', '--help']);
    expect(help.stdout).toContain('--power-price');
    expect(help.stdout).not.toContain('--powerPrice');
  });

  it('no message under src/messages names a flag in camel case', () => {
    const folder = join(ROOT, 'src/messages');
    const camel = readdirSync(folder).flatMap((file) =>
      [...readFileSync(join(folder, file), 'utf8').matchAll(/--[a-z]+[A-Z][A-Za-z]*/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(camel).toEqual([]);
  });
});
