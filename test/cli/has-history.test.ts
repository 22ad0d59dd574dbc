// scripts/has-history.mjs decides which scenarios get a back-test in CI (.ci/run) and in the
// committed outputs (scripts/outputs.sh): a module it imports that moves must fail here, not read
// as "no history" and leave every back-test out without a word.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const check = (file: string) =>
  spawnSync(process.execPath, ['scripts/has-history.mjs', file], { cwd: root, encoding: 'utf8' });

describe('scripts/has-history.mjs', () => {
  it('exits 0 for a scenario the shipped history covers, 10 for one it does not, 2 for a file that does not validate', () => {
    expect(check('scenarios/north-korea-2017-s9.yaml').status).toBe(0);
    expect(check('scenarios/hashprice-hedge-2024-05.yaml').status).toBe(0);
    expect(check('scenarios/s21-fleet-2026.yaml').status).toBe(10);
    expect(check('test/hostile/cases/finance/tax-without-rate.yaml').status).toBe(2);
  });
});
