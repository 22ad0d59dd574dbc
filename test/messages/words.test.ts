// The words and numbers of user-facing messages: plurals, units and the values they quote.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimMessages } from '../../src/messages/claims.js';
import { cliMessages } from '../../src/messages/cli.js';
import { dailyViewMessages } from '../../src/messages/daily-view.js';
import { dataMessages } from '../../src/messages/data.js';
import { explorerMessages } from '../../src/messages/explorer.js';
import { financeMessages } from '../../src/messages/finance.js';
import { quoteMessages } from '../../src/messages/quote.js';
import { schemaMessages } from '../../src/messages/schema.js';
import { shardMessages } from '../../src/messages/shards.js';
import { coinProtocol } from '../../src/model/coins/index.js';
import { runTable } from '../../src/report/run-table.js';
import { assumptionTable } from '../../src/scenario/assumptions.js';
import { describeScenario } from '../../src/scenario/describe.js';
import { algorithmInForceNear } from '../../src/scenario/machine-algorithm.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('message words', () => {
  it('claimMessages.beyondHorizon() says "1 day", not "1 days", for a claim of 1 day past a 1-day horizon', () => {
    // `payback > 1 day` on `horizon: 1 day`: day 1 is past the horizon's only day, day 0.
    const text = claimMessages.beyondHorizon(1, 1);
    expect(text).toContain("the claim's payback time, 1 day, counts");
    expect(text).not.toContain('1 days');
    expect(claimMessages.beyondHorizon(1.5, 1)).toContain('payback time, 1.5 days, counts');
  });
});

describe('financeMessages', () => {
  it('financeMessages.restoreAboveCovenant() shows the percentages as written (it read "57.00000000000001 %" and "28.999999999999996 %")', () => {
    // restoreTo: 57 % and marginCall.loanToValue: 29 % are held as 0.57 and 0.29; x 100 in a double
    // gives 57.00000000000001 and 28.999999999999996.
    expect(financeMessages.restoreAboveCovenant(0.57, 0.29)).toBe(
      "`restoreTo` (57 %) must not exceed the covenant's `loanToValue` (29 %)",
    );
    expect(financeMessages.restoreAboveCovenant(0.75004, 0.75003)).toContain('(75.004 %)');
  });
});

describe('dailyViewMessages', () => {
  it('dailyViewMessages.tableNote() says "1 more cohort", not "1 more cohorts", for a fleet of 7 cohorts (the table shows 6)', () => {
    const note = (more: number) => dailyViewMessages.tableNote('2017-05-17', '91', '0', null, '', more);
    expect(note(1)).toContain(' 1 more cohort in summary.json.');
    expect(note(2)).toContain(' 2 more cohorts in summary.json.');
    expect(note(0)).not.toContain('more cohort');
  });
});

describe('dataMessages', () => {
  it('dataMessages.disagrees() shows a difference just past the tolerance past it (it read "by 1 %, more than the 1 % allowed")', () => {
    // A price of 1,010.04 USD against the history's 1,000 differs by 1.004 %, past the 1 % allowed;
    // to 2 digits it read 1 %.
    const text = dataMessages.disagrees('bitcoin', 'the price', '2024-01-01', 1000, 0.01004, 0.01, 1010.04);
    expect(text).toContain('by 1.004 %, more than the 1 % allowed');
    // Well past it, 2 digits stay: 3.456 % reads 3.5 %.
    expect(
      dataMessages.disagrees('bitcoin', 'the price', '2024-01-01', 1000, 0.03456, 0.01, 1034.56),
    ).toContain('by 3.5 %, more than the 1 % allowed');
    // The difficulty's 0.1 %: 0.10002 % reads 0.10002 %, not 0.1 %.
    expect(
      dataMessages.disagrees('bitcoin', 'the difficulty', '2024-01-01', 1, 0.0010002, 0.001, 1.0010002),
    ).toContain('by 0.10002 %, more than the 0.1 % allowed');
  });
});

describe('explorerMessages', () => {
  it('explorerMessages.importedDays() counts the days in their number (it read "1 day(s)" and "1200 day(s)")', () => {
    expect(explorerMessages.importedDays(1)).toContain('This run used 1 day imported');
    expect(explorerMessages.importedDays(1200)).toContain('This run used 1,200 days imported');
  });
});

describe('counts of units and days', () => {
  it('describeScenario() and runTable() say "1 unit" and "1 day" (they read "1 units" and "1 days"), and the Run table counts 7,000 units in thousands as validate does', async () => {
    const s = await scenarioOf({
      name: 'one',
      start: '2017-05-17',
      horizon: '1 day',
      fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '2000 USD' }],
      power: { price: '0.05 USD/kWh' },
    });
    const line = describeScenario(s);
    expect(line).toContain('| 1 unit, 13.5 TH/s');
    expect(line).toContain('2017-05-17 + 1 day (1 day)');
    const table = (units: number, days: number) =>
      runTable({
        kind: 'run',
        scenario: {
          coin: 'bitcoin',
          start: '2017-05-17',
          end: '2017-05-17',
          days,
          units,
          fleetHashrateHs: 13.5e12,
          fleetPowerW: 1323,
          capexUsd: 2000,
        },
        run: { paths: 1, seed: 1 },
        headline: {},
      } as unknown as RunSummary).rows;
    expect(table(1, 1)).toContainEqual(['Period', '2017-05-17 to 2017-05-17 (1 day)']);
    expect(table(1, 1)).toContainEqual(['Fleet', '1 unit, 13.5 TH/s, 1.32 kW']);
    expect(table(7000, 1096)).toContainEqual(['Fleet', '7,000 units, 13.5 TH/s, 1.32 kW']);
  });
});

describe('the Run table of a run on imported days', () => {
  it('runTable() says a cut is at the end of the history, not of the shipped history (imported days extend it), as the terminal does', () => {
    // A run on days imported up to 2026-01-31 is cut there, past the shipped file's 2025-11-14.
    const rows = runTable({
      kind: 'backtest',
      scenario: {
        coin: 'bitcoin',
        start: '2026-01-01',
        end: '2026-01-31',
        days: 31,
        units: 1,
        fleetHashrateHs: 13.5e12,
        fleetPowerW: 1323,
        capexUsd: 2000,
        cutAt: '2026-01-31',
      },
      run: { paths: 1, seed: 0 },
      headline: {},
    } as unknown as RunSummary).rows;
    expect(rows).toContainEqual(['Horizon', 'cut at 2026-01-31, the end of the history']);
    expect(rows).toContainEqual(['Run', 'back-test on the actual daily history']);
  });
});

describe('cliMessages.hashpriceInputs()', () => {
  it('cliMessages.hashpriceInputs() shows the 2010 figures the hashprice is computed from (they read "price 0.09 USD" for 0.0646 and "fees 0.0000 BTC/block" for 0.0000011)', () => {
    // data/btc-daily.csv, 2010-08-28: price 0.0646 USD, 170 blocks, fees 0.0000011 BTC a block.
    const text = cliMessages.hashpriceInputs(0.0646, 181.5432893, 170, 50, 0.0000011 / 170, 'BTC');
    expect(text).toBe(
      'price 0.0646 USD, difficulty 181.543, 170 blocks, subsidy 50 BTC/block, fees 0.000000006471 BTC/block',
    );
    // Today's figures as before.
    expect(cliMessages.hashpriceInputs(94502.5476, 1.52e14, 144, 3.125, 0.0239, 'BTC')).toBe(
      'price 94,503 USD, difficulty 152 T, 144 blocks, subsidy 3.125 BTC/block, fees 0.0239 BTC/block',
    );
    expect(cliMessages.hashpriceInputs(1, 1, 1, 0, 0, 'BTC')).toContain(
      'subsidy 0 BTC/block, fees 0 BTC/block',
    );
  });
});

describe('schemaMessages.capexTooSmall()', () => {
  it('schemaMessages.capexTooSmall() shows the fleet\'s cost as a decimal without float noise (it read "0.0033000000000000004 USD" and "1e-7 USD")', () => {
    // 3 units at 0.001 USD with a 10 % premium: 3 x 0.0011 is 0.0033000000000000004 in a double.
    expect(schemaMessages.capexTooSmall(3 * 0.001 * 1.1, '0.01 USD', 0.01)).toContain(
      'the fleet costs 0.0033 USD in all',
    );
    expect(schemaMessages.capexTooSmall(1e-7, '0.01 USD', 0.01)).toContain(
      'the fleet costs 0.0000001 USD in all',
    );
    // Just under the bound it stays under: 0.0099999 is not shown as 0.01.
    expect(schemaMessages.capexTooSmall(0.0099999, '0.01 USD', 0.01)).toContain(
      'the fleet costs 0.0099999 USD in all',
    );
  });
});

describe('schemaMessages.negativeTariff()', () => {
  it('schemaMessages.negativeTariff() names the unit of the price it quotes, as tariffTooHigh does (it read "...(2019-01-04): -1")', () => {
    // `2 - t` from 2019-01-01: day 3 gives -1 USD/kWh.
    expect(schemaMessages.negativeTariff(3, '2019-01-04', -1)).toBe(
      'the expression gives a negative electricity price on day t = 3 (2019-01-04): -1 USD/kWh',
    );
  });
});

describe('shardMessages ranges', () => {
  it('shardMessages name one path or grid point alone (they read "paths 2 to 2" and "grid points 3 to 3")', () => {
    // A run of 3 paths in 3 shards: part 2 holds path 2 alone.
    expect(shardMessages.missingPaths(2, 3, [])).toBe('no part covers path 2');
    expect(shardMessages.missingPaths(10, 20, ['1/2'])).toContain(
      'no part covers paths 10 to 19; give part-1-of-2.json',
    );
    expect(shardMessages.wrotePart('part-2-of-3.json', 2, 3, 3)).toContain(
      'wrote part-2-of-3.json: path 2 of 3;',
    );
    expect(shardMessages.missingPoints(3, 4)).toBe('no sweep part covers grid point 3');
    expect(shardMessages.wroteSweepPart('p.json', 0, 2, 4)).toContain(': grid points 0 to 1 of 4;');
  });
});

describe('the Horizon line of a 1-day run', () => {
  it('assumptionTable() says "(1 day)" for a 1-day horizon (it read "1 day: 2017-05-17 to 2017-05-17 (1 days)")', async () => {
    const s = await scenarioOf({
      name: 'one',
      start: '2017-05-17',
      horizon: '1 day',
      fleet: [{ model: 'Antminer S9', count: 1, unitPrice: '2000 USD' }],
      power: { price: '0.05 USD/kWh' },
    });
    const horizon = assumptionTable(s, 1, [], null).find((a) => a.label === 'Horizon');
    expect(horizon?.value).toBe('1 day: 2017-05-17 to 2017-05-17 (1 day)');
  });
});

describe('the Horizon line of a run cut where the history ends', () => {
  it('assumptionTable() notes a cut at the end of the history, not of the shipped history (imported days extend it)', async () => {
    const s = await scenarioOf({
      name: 'cut',
      start: '2025-06-01',
      horizon: '1 year',
      fleet: [{ model: 'Antminer S21', count: 1, unitPrice: '3400 USD' }],
      power: { price: '0.05 USD/kWh' },
    });
    // A replay stops after 90 days: the note names where, in the words the Run table uses.
    const horizon = assumptionTable(s, 90, [], null).find((a) => a.label === 'Horizon');
    expect(horizon?.note).toBe('cut at 2025-08-29, the end of the history');
  });
});

describe('a figure too near 0 for a field that takes no 0', () => {
  const base = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
  const refusal = async (set: string) => {
    const parsed = parseOverrides([set]);
    if (!parsed.ok) throw new Error('bad test --set');
    const v = await validateScenarioText(base, 'case.yaml', parsed.overrides);
    return v.ok ? '' : v.problems[0].message;
  };

  it('validateScenarioText() tells price.start 1e-400 USD and a hashrate of 1e-400 TH/s their least, not "give 0 if none is meant", which they refuse', async () => {
    expect(await refusal('price.start=1e-400 USD')).toContain('give at least 0.000001 USD)');
    expect(await refusal('price.start=0 USD')).toContain('must be at least 0.000001 USD');
    expect(await refusal('fleet[0].hashrate=1e-400 TH/s')).toContain('give at least 1 H/s)');
    expect(await refusal('fleet[0].hashrate=1e-400 TH/s')).not.toContain('give 0');
    // A field that takes 0 keeps the advice.
    expect(await refusal('power.price=1e-400 USD/kWh')).toContain('give 0 if none is meant)');
  });
});

describe('quote of a machine rated on an algorithm not in force', () => {
  it('quoteMessages.replacedAlgorithm() sends a RandomX CPU quoted on 2019-03-01 to a --date from 2019-11-30 (it said "give a --date before then", when Monero mined CryptoNight v8, refused again)', () => {
    const monero = coinProtocol('monero');
    expect(algorithmInForceNear(monero, 'randomx', '2019-03-01')).toEqual({ from: '2019-11-30' });
    expect(algorithmInForceNear(monero, 'cryptonight', '2020-01-01')).toEqual({ until: '2019-11-30' });
    const text = quoteMessages.replacedAlgorithm(
      'AMD Ryzen 7 1700',
      'randomx',
      'Monero',
      'cryptonight-r',
      '2019-03-09',
      algorithmInForceNear(monero, 'randomx', '2019-03-09'),
    );
    expect(text).toContain('or give a --date from 2019-11-30, when Monero mines randomx');
    expect(text).not.toContain('before');
  });
});

describe('an override past the end of a list', () => {
  const base = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');
  const problems = async (...sets: string[]) => {
    const parsed = parseOverrides(sets);
    if (!parsed.ok) throw new Error('bad test --set');
    const v = await validateScenarioText(base, 'case.yaml', parsed.overrides);
    return v.ok ? [] : v.problems.map((p) => [p.file, p.path, p.message]);
  };

  it('validateScenarioText() refuses --set fleet[5].count=3 on a fleet of one at the override (it said "fleet[1]: is required" ... "fleet[4]: is required" at the file\'s fleet)', async () => {
    expect(await problems('fleet[5].count=3')).toEqual([
      [
        '--set fleet[5].count=3',
        'fleet[5]',
        'fleet has 1 entry (fleet[0]): an override sets one of them or adds fleet[1], and no later entry, which would leave the ones between missing',
      ],
    ]);
    // Adding the next cohort is read as before: its own problems, at the override.
    const next = await problems('fleet[1].count=3');
    expect(next.every(([file]) => file === '--set fleet[1].count=3')).toBe(true);
  });
});
