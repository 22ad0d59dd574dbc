// A whole-number seed past 2^53 - 1 in a file or a --set: YAML reads 9007199254740993 as
// 9007199254740992, so the refusal said "(got 9007199254740992)", a figure nobody wrote, and did not
// say that the seed could be given as text (as `--seed 9007199254740993` takes it).
import { describe, expect, it } from 'vitest';
import { documentMessages } from '../../src/messages/documents.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { runCommand } from '../hostile/in-process.js';

const base = (seed: string) =>
  [
    'name: seed-edge',
    'coin: bitcoin',
    'start: 2019-01-01',
    'horizon: 1 year',
    'fleet:',
    '  - { model: Antminer S9, count: 10, unitPrice: 500 USD }',
    'power: { price: 0.05 USD/kWh }',
    `monteCarlo: { paths: 10, seed: ${seed} }`,
  ].join('\n');

describe('a whole-number seed past 2^53 - 1', () => {
  it('is refused as written, saying to quote it', async () => {
    const v = await validateScenarioText(base('9007199254740993'), 'seed.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toHaveLength(1);
    expect(v.problems[0].path).toBe('monteCarlo.seed');
    expect(v.problems[0].message).toBe(documentMessages.seedPastSafe('9007199254740993'));
    expect(v.problems[0].message).toContain('"9007199254740993"');
    expect(v.problems[0].message).not.toContain('9007199254740992');
  });

  it('quoted, or at 2^53 - 1, it is a seed', async () => {
    expect((await validateScenarioText(base('"9007199254740993"'), 'seed.yaml')).ok).toBe(true);
    expect((await validateScenarioText(base('9007199254740991'), 'seed.yaml')).ok).toBe(true);
    expect((await validateScenarioText(base('-9007199254740991'), 'seed.yaml')).ok).toBe(true);
  });

  it('--set monteCarlo.seed=9007199254740993 is refused the same way', async () => {
    const out = await runCommand([
      'validate',
      'scenarios/north-korea-2017-s9.yaml',
      '--set',
      'monteCarlo.seed=9007199254740993',
    ]);
    expect(out.exit).toBe(2);
    expect(out.output).toContain(documentMessages.seedPastSafe('9007199254740993'));
  });
});
