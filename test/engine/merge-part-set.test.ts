// `minesim merge` of parts whose --set overrides no longer read (edited, resealed, or written by
// hand): the merge validates the scenario the parts carry with the overrides they carry, so a
// problem in one is the parts', not the command line's (merge takes no --set). It was printed as
// `--set power.price=0.05 USD/kWhx power.price: expected an energy price, ...`, naming no file.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../src/scenario/problem.js';
import { merge, partFiles, retouch, sealedPart } from '../fixtures/parts.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-part-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let shards: string[];
beforeAll(async () => {
  const source = scenarioText('north-korea-2017-s9')
    .replace('horizon: 5 years', 'horizon: 1 year')
    .replace('payback > 1 year', 'payback > 11 months')
    .replace('payback > 2 years', 'payback > 6 months');
  shards = [await sealedPart(source, 40, { k: 0, n: 2 }), await sealedPart(source, 40, { k: 1, n: 2 })];
}, 60_000);

const withSets = (sets: string[]) => shards.map((s) => retouch(s, 'scenario.sets', () => sets, true));

describe('minesim merge names the part whose --set does not read', () => {
  it.each([
    ['a value that is no energy price', 'power.price=0.05 USD/kWhx', 'power.price: expected an energy price'],
    ['an override without =', 'power.price', 'power.price: expected key.path=value'],
  ])('refuses %s, naming the first part and the --set it carries', async (_, set, says) => {
    const files = partFiles(dir, withSets([set]));
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const lines = (error as InputError).problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${files[0]} (part 0/2), --set ${set.includes('=') ? set : ''}`);
    expect(lines[0]).toContain(says);
    expect(readdirSync(dir)).not.toContain('never');
  });
});
