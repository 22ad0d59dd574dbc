// Messages and labels an earlier review of every message's words left open: what they must say.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ASIC_COLUMNS } from '../../src/data/hardware-csv.js';
import { cliMessages } from '../../src/messages/cli.js';
import { schemaMessages } from '../../src/messages/schema.js';
import { boundNotes, formatInputValue } from '../../src/report/charts/tornado.js';
import { parseVary } from '../../src/scenario/axes.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { axisUnit, formatAxisQuantity } from '../../src/study/vary.js';

describe('cliMessages', () => {
  it('cliMessages.initExists() names --force, the option that overwrites the file (it said only "choose another name or remove it first")', () => {
    const text = cliMessages.initExists('mine.yaml');
    expect(text).toContain('mine.yaml already exists');
    expect(text).toContain('--force');
  });
});

describe('the fees refusal for a start past the history', () => {
  it('validateScenarioText() gives the fee model to write once (it read "give `fees.model: {… 2 %}` (or …) (like `fees.model: {… 2 %}`)")', async () => {
    // 2026-03-01 is more than 31 days after the shipped Bitcoin history ends: the fee share of
    // the last window is not carried that far.
    const text = [
      'name: late',
      'start: 2026-03-01',
      'horizon: 1 year',
      'fleet:',
      '  - { model: Antminer S21, count: 1, unitPrice: 3400 USD }',
      'power: { price: 0.05 USD/kWh }',
      'price: { start: 90000 USD, model: { type: gbm, drift: 0 %, volatility: 50 % } }',
      'network: { hashrate: 1 ZH/s, model: { type: growth, rate: 50 % } }',
    ].join('\n');
    const v = await validateScenarioText(text, 'late.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const fees = v.problems.find((p) => p.path === 'fees.model.share');
    expect(fees?.message).toContain(
      "give `fees.model: { type: share-of-subsidy, share: 0.75 % }` (the share the history's last 90 days paid, to 2025-11-14; give today's) (or `fees.model: { type: per-block, amount: ... }`), or bring newer data",
    );
    expect(fees?.message.match(/share: 0.75 %/g)).toHaveLength(1);
  });
});

describe('a catalog machine outside the bounds', () => {
  const scenario = (model: string) =>
    [
      'name: tiny',
      'start: 2024-06-01',
      'horizon: 1 year',
      `fleet: [{ model: ${model}, count: 1, unitPrice: 100 USD }]`,
      'power: { price: 0.05 USD/kWh }',
      'network: { model: { type: growth, rate: 30 % } }',
      'fees: { model: { type: per-block, amount: 0.1 } }',
      'price: { start: 65000 USD, model: { type: gbm, drift: 10 %, volatility: 50 % } }',
    ].join('\n');
  const messages = async (row: string) => {
    const catalog = { file: 'own.csv', text: [ASIC_COLUMNS.join(','), row, ''].join('\n') };
    const v = await validateScenarioText(scenario('Tiny One'), 'x.yaml', [], { catalog });
    return v.ok ? [] : v.problems.map((p) => p.message);
  };

  it('validateScenarioText() shows a catalog hashrate of 7e-13 TH/s as 0.7 H/s (it read "0.7000000000000001 H/s")', async () => {
    // 7e-13 TH/s x 1e12 H/s a TH/s is 0.7000000000000001 in a double; below the least, 1 H/s.
    const [text] = await messages('Tiny One,Acme,2024-01,,0.0000000000007,100,,,,s,low');
    expect(text).toContain('a hashrate of 0.7 H/s, outside what minesim allows (1 H/s to 1 ZH/s)');
  });

  it('validateScenarioText() shows a catalog hashrate of 0.9999999 H/s with the digits that keep it below 1 H/s', async () => {
    // 9.999999e-13 TH/s is 0.9999999 H/s: 3 digits would read "1 H/s", which minesim allows.
    const [text] = await messages('Tiny One,Acme,2024-01,,0.0000000000009999999,100,,,,s,low');
    expect(text).toContain('a hashrate of 0.9999999 H/s, outside');
  });

  it('validateScenarioText() shows a catalog power of 1e20 W in a power of 10 and an infinite hashrate as Infinity H/s (not "100 EW", "Infinity ZH/s")', async () => {
    const [power] = await messages('Tiny One,Acme,2024-01,,100,100000000000000000000,,,,s,low');
    expect(power).toContain('a power of 1e20 W, outside');
    const [hashrate] = await messages(`Tiny One,Acme,2024-01,,${'9'.repeat(400)},100,,,,s,low`);
    expect(hashrate).toContain('a hashrate of Infinity H/s, outside');
  });

  it('validateScenarioText() shows a catalog power of 2 GW with its prefix', async () => {
    const [text] = await messages('Tiny One,Acme,2024-01,,100,2000000000,,,,s,low');
    expect(text).toContain('a power of 2 GW, outside what minesim allows (more than 0 W, up to 1 GW)');
  });
});

describe('a number nearer 0 than a double holds, where the field refuses 0', () => {
  const flagship = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');

  it('validateScenarioText() advises the least a count takes for `count: 1e-400` (it said "give 0 if none is meant", which count refuses)', async () => {
    // 1e-400 reads as 0; a cohort's count is a whole number from 1.
    const v = await validateScenarioText(flagship.replace('count: 10 ', 'count: 1e-400 '), 'x.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const count = v.problems.find((p) => p.path === 'fleet[0].count');
    expect(count?.message).toContain('give a figure at least 1 (got 1e-400)');
    expect(count?.message).not.toContain('give 0');
  });

  it('validateScenarioText() advises the least a quantity takes for `uptime: 1e-400` and still says "give 0" where 0 is taken', async () => {
    const uptime = await validateScenarioText(
      flagship.replace(/uptime: [^\n#]*/, 'uptime: 1e-400 '),
      'x.yaml',
    );
    expect(uptime.ok ? [] : uptime.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('give a figure at least 1 % (got 1e-400)'),
    );
    const premium = await validateScenarioText(
      flagship.replace(/importPremium: [^\n#]*/, 'importPremium: 1e-400 '),
      'x.yaml',
    );
    expect(premium.ok ? [] : premium.problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('give 0 if none is meant (got 1e-400)'),
    );
  });

  it('parseVary() and parseOverrides() advise the least a count takes for 1e-400', () => {
    const axis = parseVary('fleet[0].count=1e-400,2');
    expect(axis).toBeTypeOf('string');
    expect(axis).toContain('give a figure at least 1 (got "1e-400")');
    const set = parseOverrides(['fleet[0].count=1e-400']);
    expect(set.ok).toBe(false);
    if (!set.ok) expect(set.problems[0].message).toContain('give a figure at least 1 (got 1e-400)');
    // A field that takes 0 keeps the advice to give 0.
    expect(parseVary('fleet[0].importPremium=1e-400,0.3')).toContain('give 0 if none is meant');
  });
});

describe('rates per year in study labels', () => {
  const flagship = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');
  const axis = (key: string) => {
    const parsed = parseVary(`${key}=0.1,0.2`);
    if (typeof parsed === 'string') throw new Error(parsed);
    return parsed;
  };

  it('axisUnit() names a rate per year fraction/year (drift, volatility, failure rate, degradation, discount rate) and a share fraction', async () => {
    const v = await validateScenarioText(flagship, 'x.yaml');
    if (!v.ok) throw new Error('the flagship validates');
    for (const key of [
      'price.model.drift',
      'price.model.volatility',
      'fleet[0].failureRate',
      'fleet[0].degradation',
      'money.discountRate',
      'network.model.rate',
    ])
      expect([key, axisUnit(axis(key), v.scenario)]).toEqual([key, 'fraction/year']);
    for (const key of ['fleet[0].uptime', 'fleet[0].importPremium', 'costs.poolFee'])
      expect([key, axisUnit(axis(key), v.scenario)]).toEqual([key, 'fraction']);
  });

  it('axisUnit() names network growth a rate per year only where `per` is a year', async () => {
    // `rate: 3 %` an epoch is 3 % each 14 days, not 3 % a year.
    const epoch = flagship.replace(
      'model: { type: growth, calibrate: 1 year }',
      'model: { type: growth, rate: 3 %, per: epoch }',
    );
    const v = await validateScenarioText(epoch, 'x.yaml');
    if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
    expect(axisUnit(axis('network.model.rate'), v.scenario)).toBe('fraction');
  });

  it('formatInputValue() and formatAxisQuantity() say "a year" for a rate per year (they read "80.2 %", "0.8")', () => {
    expect(formatInputValue({ unit: 'fraction/year' }, 0.802)).toBe('80.2 % a year');
    expect(formatInputValue({ unit: 'fraction' }, 0.72)).toBe('72 %');
    expect(formatAxisQuantity(axis('price.model.drift'), 0.8)).toBe('0.8 a year');
    // Written in % (`--vary "price.model.drift=20 %..100 %:3"`): the column read "(%)".
    const percent = parseVary('price.model.drift=20 %..100 %:3');
    if (typeof percent === 'string') throw new Error(percent);
    expect(axisUnit(percent)).toBe('%/year');
    expect(formatAxisQuantity(percent, 20)).toBe('20 %/year');
    const share = parseVary('fleet[0].uptime=50 %..90 %:3');
    if (typeof share === 'string') throw new Error(share);
    expect(axisUnit(share)).toBe('%');
  });
});

describe('a sensitivity range --by moves past a bound', () => {
  it('planSensitivity() and boundNotes() say the flagship uptime of 90 % moved +20 % (108 %) is cut to 100 % (the table showed "72 % .. 100 %" without a word)', async () => {
    const text = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');
    const planned = await planSensitivity(text, 'north-korea-2017-s9.yaml', { inputs: [], by: 0.2 });
    if (!planned.ok) throw new Error(planned.problems.map((p) => p.message).join('\n'));
    const uptime = planned.plan.inputs.find((i) => i.key === 'fleet[0].uptime');
    // 0.9 x 0.8 = 0.72; 0.9 x 1.2 = 1.08, past the most an uptime takes, 1.
    expect(uptime).toMatchObject({ low: 0.72, high: 1, cuts: [{ side: 'high', wanted: 1.08 }] });
    // The pool fee, 2 % moved to 1.6 % and 2.4 %, is not cut.
    expect(planned.plan.inputs.find((i) => i.key === 'costs.poolFee')?.cuts).toBeUndefined();
    const result = {
      by: 0.2,
      rows: planned.plan.inputs.map((input) => ({ input })),
    } as unknown as SensitivityResult;
    expect(boundNotes(result)).toEqual([
      'note: fleet[0].uptime moved ±20 % would reach 108 %, past the most it takes; its high is cut to 100 %',
    ]);
  });
});

describe('minesim sweep of a scenario with its own sweep.vary', () => {
  it('main(["sweep", file]) places an axis value out of range at the file\'s sweep.vary line, as validate does (it read "--vary fleet[0].uptime=0.5..1.5:3 fleet[0].uptime: ...")', async () => {
    // fleet[0].uptime=0.5..1.5:3 sweeps 0.5, 1 and 1.5; an uptime is at most 100 %.
    const dir = mkdtempSync(join(tmpdir(), 'minesim-sweep-block-'));
    const file = join(dir, 's9.yaml');
    const text = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8').replace(
      'fleet[0].unitPrice=1000..4500:6',
      'fleet[0].uptime=0.5..1.5:3',
    );
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('fleet[0].uptime=0.5..1.5:3')) + 1;
    let stderr = '';
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await main(['sweep', file, '--paths', '10', '--out', join(dir, 'out')]);
      expect(process.exitCode).toBe(2);
    } finally {
      process.exitCode = undefined;
      err.mockRestore();
      out.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(stderr).toContain(
      `${file}:${line}:7 sweep.vary[1]: fleet[0].uptime: must be at most 100 %: a bare number here is a fraction, so 1.5 would read as 150 %: write it with its unit, \`1.5 %\` if that is meant (got 1.5)`,
    );
    expect(stderr).not.toContain('--vary fleet[0].uptime');
  });
});

describe('schemaMessages.capexTooSmall() of a cost far below a cent', () => {
  it('schemaMessages.capexTooSmall() shows 1e-200 USD as 1e-200, not as a decimal of 200 digits', () => {
    // A setup cost of 1e-200 USD on a free fleet: the decimal read "0.000…0001 USD" with 199 zeros.
    expect(schemaMessages.capexTooSmall(1e-200, '0.01 USD', 0.01)).toContain(
      'the fleet costs 1e-200 USD in all',
    );
    expect(schemaMessages.capexTooSmall(1e-7, '0.01 USD', 0.01)).toContain(
      'the fleet costs 0.0000001 USD in all',
    );
  });
});
