// Model names that are not the catalog's own, and user catalogs (`catalog:` in the scenario or
// `--catalog`), validated in-process. Files the tests write go to a temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ASIC_COLUMNS, EXTRA_COLUMNS } from '../../src/data/hardware-csv.js';
import { catalogMessages as c } from '../../src/messages/catalog.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { shown } from '../../src/messages/shown.js';
import { summaryScenario } from '../../src/scenario/describe.js';
import { hardwareNotes } from '../../src/scenario/hardware-notes.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { type Validation, validateScenarioFile, validateScenarioText } from '../../src/scenario/validate.js';
import { planBatch } from '../../src/study/batch.js';

// biome-ignore lint/suspicious/noExplicitAny: cases edit free-form YAML data
type Draft = Record<string, any>;

/** A small valid Bitcoin scenario whose market needs no history, with the given fleet models. */
function scenarioText(models: string[], extra: Draft = {}): string {
  return stringify({
    name: extra.name ?? 'catalog-case',
    start: '2024-06-01',
    horizon: '1 year',
    ...extra,
    fleet: models.map((model) => ({ model, count: 2, unitPrice: '3000 USD' })),
    power: { price: '0.05 USD/kWh' },
    network: { model: { type: 'growth', rate: '30 %' } },
    fees: { model: { type: 'per-block', amount: 0.1 } },
    price: { start: '65000 USD', model: { type: 'gbm', drift: '10 %', volatility: '50 %' } },
  });
}

const asicCsv = (...rows: string[]) => [ASIC_COLUMNS.join(','), ...rows, ''].join('\n');
const extraCsv = (...rows: string[]) => [EXTRA_COLUMNS.join(','), ...rows, ''].join('\n');

function valid(v: Validation): Scenario {
  if (!v.ok) throw new Error(v.problems.map(formatProblem).join('\n'));
  return v.scenario;
}

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-catalog-'));
  mkdirSync(path('sub'));
  writeFileSync(
    path('sub/machines.csv'),
    asicCsv(
      'Acme Miner X1,Acme,2025-06,,250,3000,12.0,,,own bench test,medium',
      'Antminer S21,Bitmain,2023-09,,210,3450,16.4,,,re-binned units we bought,high',
    ),
  );
  writeFileSync(path('cpus.csv'), extraCsv('Homebrew CPU,Us,2025-01,15000,120,,cpu,randomx,own bench,low'));
  writeFileSync(path('a.csv'), asicCsv('Alpha One,Acme,2025-01,,100,2000,20.0,,,a,low'));
  writeFileSync(path('b.csv'), asicCsv('Beta Two,Acme,2025-01,,100,2000,20.0,,,b,low'));
  writeFileSync(
    path('bad.csv'),
    asicCsv('Fine,Acme,2025-01,,100,2000,,,,src,low', 'Broken,Acme,2025-1,,0,2000,,,,src,certain'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model names that are not the catalog name', () => {
  it('validateScenarioText() reads "S19j Pro", "S21" and "M60S" as catalog machines, records it and says so', async () => {
    const s = valid(
      await validateScenarioText(scenarioText(['S19j Pro', 'S21', 'M60S', 'Antminer S9']), 'x.yaml'),
    );
    expect(s.fleet.map((f) => f.model)).toEqual([
      'Antminer S19j Pro (100T)',
      'Antminer S21',
      'Whatsminer M60S',
      'Antminer S9',
    ]);
    expect(s.fleet[0]).toMatchObject({ name: 'Antminer S19j Pro (100T)', hashrateHs: 100e12, powerW: 3050 });
    expect(s.fleet[0].modelReadAs?.written).toBe('S19j Pro');
    expect(s.fleet[3].modelReadAs).toBeUndefined();
    // The catalog's lines lead the run's assumptions table.
    const lines = summaryScenario(s, s.days, [], null).assumptions.slice(0, 3);
    expect(lines.map((a) => `${a.label}: ${a.value}`)).toEqual([
      'fleet[0].model: "S19j Pro" read as "Antminer S19j Pro (100T)"',
      'fleet[1].model: "S21" read as "Antminer S21"',
      'fleet[2].model: "M60S" read as "Whatsminer M60S"',
    ]);
    expect(lines[1].note).toBe(c.shortened([c.withoutBrand('Antminer')]));
  });

  it('validateScenarioText() says when a catalog machine came out after its purchase (an S21 of 2023-09 bought 2019-01-01)', async () => {
    // The S21 (200 TH/s at 17.5 J/TH) came out in 2023-09; bought on a 2019-01-01 start it earns
    // 5.6 times an S9 a watt (98 / 17.5 J/TH), and nothing said that no one could buy it then.
    const s = valid(
      await validateScenarioText(scenarioText(['S21', 'Antminer S9'], { start: '2019-01-01' }), 'x.yaml'),
    );
    expect(s.fleet.map((f) => f.modelReleased)).toEqual(['2023-09', undefined]);
    expect(hardwareNotes(s)).toContainEqual({
      label: 'fleet[0].model',
      value: c.releasedAfterPurchase('Antminer S21', '2023-09', '2019-01-01'),
      note: c.releasedAfterPurchaseNote(),
    });
    expect(hardwareNotes(s).filter((n) => n.label === 'fleet[1].model')).toEqual([]);
    // Bought in its release month or later: nothing to say.
    const later = valid(await validateScenarioText(scenarioText(['S21'], { start: '2023-09-01' }), 'x.yaml'));
    expect(later.fleet[0].modelReleased).toBeUndefined();
  });

  it('validateScenarioText() says when a Monero cohort of a given hashrate runs across RandomX (2019-11-30), which changes what a hash is', async () => {
    // 100 CPUs at 660 H/s (an i9-9900K on CryptoNight-R) from 2019-06-01 for a year: after
    // 2019-11-30 the same CPU does 5,770 RandomX hashes a second, and the back-test replays a
    // network counted in RandomX hashes, so the cohort mined at a ninth of its rate there (or, given
    // its RandomX rate, nine times its rate before), and nothing said so. A cohort retired on the
    // change, or one starting on it, is not noted.
    const text = (start: string, retire?: string) =>
      stringify({
        name: 'xmr-cpu',
        coin: 'monero',
        start,
        horizon: '1 year',
        fleet: [{ hashrate: '660 H/s', power: '150 W', count: 100, unitPrice: '500 USD', retire }],
        power: { price: '0.05 USD/kWh' },
        network: { model: { type: 'growth', rate: '30 %' } },
        fees: { model: { type: 'per-block', amount: 0.01 } },
        price: { start: '90 USD', model: { type: 'gbm', drift: '10 %', volatility: '50 %' } },
      });
    const across = valid(await validateScenarioText(text('2019-06-01'), 'x.yaml'));
    expect(hardwareNotes(across)).toContainEqual({
      label: 'fleet[0]',
      value: c.oneRateAcrossAlgorithm(660, 'Monero', 'RandomX', '2019-11-30', 'cryptonight-r', 'randomx'),
      note: c.oneRateAcrossAlgorithmNote(),
    });
    const before = valid(await validateScenarioText(text('2019-06-01', '2019-11-30'), 'x.yaml'));
    expect(hardwareNotes(before)).toEqual([]);
    const after = valid(await validateScenarioText(text('2019-11-30'), 'x.yaml'));
    expect(hardwareNotes(after)).toEqual([]);
  });

  it('validateScenarioText() says when a cohort draws far less power a hash than the catalog’s best machine of its class (a hashrate in GH/s read as TH/s)', async () => {
    // hashrate: 13500 (meant as GH/s; a bare number is TH/s) at 1323 W is 0.098 J/TH, 97 times
    // the Antminer S23 Hydro's 9.5 J/TH, the catalog's best: it earned a thousand times an S9
    // and nothing said so. 13.5 TH/s at 1323 W (98 J/TH) is not noted.
    const text = (hashrate: string) =>
      stringify({
        name: 'units',
        start: '2024-06-01',
        horizon: '1 year',
        fleet: [{ hashrate, power: 1323, count: 2, unitPrice: '3000 USD' }],
        power: { price: '0.05 USD/kWh' },
        network: { model: { type: 'growth', rate: '30 %' } },
        fees: { model: { type: 'per-block', amount: 0.1 } },
        price: { start: '65000 USD', model: { type: 'gbm', drift: '10 %', volatility: '50 %' } },
      });
    const s = valid(await validateScenarioText(text('13500'), 'x.yaml'));
    expect(s.fleet[0].beyondCatalog).toEqual({ model: 'Antminer S23 Hydro', times: 9.5 / (1323 / 13500) });
    expect(hardwareNotes(s)).toEqual([
      {
        label: 'fleet[0]',
        value: c.beyondCatalog('sha256', 9.5 / (1323 / 13500), 'Antminer S23 Hydro'),
        note: c.beyondCatalogNote(),
      },
    ]);
    const plain = valid(await validateScenarioText(text('13.5 TH/s'), 'x.yaml'));
    expect(plain.fleet[0].beyondCatalog).toBeUndefined();
    expect(hardwareNotes(plain)).toEqual([]);
  });

  it('validateScenarioText() refuses a name that fits several machines and names them', async () => {
    writeFileSync(
      path('bins.csv'),
      asicCsv(
        'Antminer S21 (195T),Bitmain,2024-01,,195,3500,,,,t,low',
        'Antminer S21 (188T),Bitmain,2024-01,,188,3500,,,,t,low',
      ),
    );
    const text = scenarioText(['S21'], { catalog: 'bins.csv' });
    const v = await validateScenarioText(text, path('x.yaml'));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toEqual([
      {
        file: path('x.yaml'),
        line: 6,
        col: 12,
        path: 'fleet[0].model',
        message: `${c.ambiguousModel(['Antminer S21', 'Antminer S21 (195T)', 'Antminer S21 (188T)'])} (got ${shown('S21')})`,
      },
    ]);
  });

  it('validateScenarioText() keeps the "did you mean" suggestions for an unknown model', async () => {
    const v = await validateScenarioText(scenarioText(['Antminer S99']), 'x.yaml');
    expect(v.ok ? [] : v.problems.map((p) => p.message)).toEqual([
      `${m.unknownModel(['Antminer S9', 'Antminer S9j', 'Antminer S19'])} (got ${shown('Antminer S99')})`,
    ]);
  });
});

describe('user catalogs', () => {
  it('validateScenarioFile() adds and replaces machines from the catalog the scenario names, relative to it', async () => {
    writeFileSync(
      path('sub/s.yaml'),
      scenarioText(['Acme Miner X1', 'S21', 'Antminer S9'], { catalog: 'machines.csv' }),
    );
    const v = await validateScenarioFile(path('sub/s.yaml'));
    const s = valid(v);
    const file = path('sub/machines.csv');
    expect(s.fleet.map((f) => [f.model, f.hashrateHs, f.powerW])).toEqual([
      ['Acme Miner X1', 250e12, 3000],
      ['Antminer S21', 210e12, 3450],
      ['Antminer S9', 13.5e12, 1323],
    ]);
    expect(s.fleet[0].modelFrom).toEqual({ file, line: 2, replaces: false });
    expect(s.fleet[1].modelFrom).toEqual({ file, line: 3, replaces: true });
    expect(s.fleet[2].modelFrom).toBeUndefined();
    expect(s.userCatalog).toEqual({ file, machines: 2, replaced: ['Antminer S21'] });
    expect(v.ok && v.userCatalog?.file).toBe(file);
    expect(hardwareNotes(s)).toEqual([
      { label: c.catalogLabel(), value: c.catalogValue(file, 2), note: c.catalogOverrides(['Antminer S21']) },
      { label: 'fleet[0].model', value: c.fromUserCatalog('Acme Miner X1', `${file}:2`, false) },
      {
        label: 'fleet[0].model',
        value: c.releasedAfterPurchase('Acme Miner X1', '2025-06', '2024-06-01'),
        note: c.releasedAfterPurchaseNote(),
      },
      {
        label: 'fleet[1].model',
        value: c.readAs('S21', 'Antminer S21'),
        note: c.shortened([c.withoutBrand('Antminer')]),
      },
      { label: 'fleet[1].model', value: c.fromUserCatalog('Antminer S21', `${file}:3`, true) },
    ]);
    // The run's assumptions table says the same.
    const table = summaryScenario(s, s.days, [{ label: 'Market', value: 'x' }], null).assumptions;
    expect(table.slice(0, hardwareNotes(s).length)).toEqual(hardwareNotes(s));
    expect(table).toContainEqual({ label: 'Market', value: 'x' });
  });

  it('validateScenarioText() takes a --catalog file (either layout) in place of the scenario key', async () => {
    const text = scenarioText(['Homebrew CPU'], {
      coin: 'monero',
      // After RandomX, on which the catalog rates the machine.
      start: '2019-12-15',
      catalog: 'nowhere.csv',
    });
    const s = valid(
      await validateScenarioText(text, path('x.yaml'), [], { catalog: { file: path('cpus.csv') } }),
    );
    expect(s.fleet[0]).toMatchObject({ model: 'Homebrew CPU', hashrateHs: 15000, hardwareClass: 'cpu' });
  });

  it('validateScenarioText() uses a catalog text handed over (as merge does) without reading the disk', async () => {
    const text = scenarioText(['Gone Miner']);
    const catalog = {
      file: path('deleted.csv'),
      text: asicCsv('Gone Miner,Acme,2025-01,,100,2000,,,,s,low'),
    };
    expect(valid(await validateScenarioText(text, 'x.yaml', [], { catalog })).fleet[0].model).toBe(
      'Gone Miner',
    );
  });

  it('validateScenarioText() reports every problem of a bad catalog, positioned in the catalog file', async () => {
    const v = await validateScenarioText(scenarioText(['Fine'], { catalog: 'bad.csv' }), path('x.yaml'));
    expect(v.ok ? [] : v.problems.map(formatProblem)).toEqual([
      `${path('bad.csv')}:3:13 release_month: ${c.notMonth()} (got "2025-1")`,
      `${path('bad.csv')}:3:21 hashrate_ths: ${c.notPositive('200')} (got "0")`,
      `${path('bad.csv')}:3:35 confidence: ${c.notConfidence()} (got "certain")`,
    ]);
  });

  it('validateScenarioText() refuses a user catalog whose hardware_class is a typo (cryptonight-asci), positioned, naming the nearest class', async () => {
    // Before, `cryptonight-asci` counted as a class of the catalog's own, so Monero's v7 fork
    // (2018-04-06), which strands `cryptonight-asic`, let this X3 hash on past it.
    const text = scenarioText(['My X3'], { coin: 'monero', start: '2018-03-20', catalog: 'typo.csv' });
    writeFileSync(
      path('typo.csv'),
      extraCsv('My X3,Bitmain,2018-03,220000,550,,cryptonight-asci,cryptonight,own,low'),
    );
    const v = await validateScenarioText(text, path('x.yaml'));
    const known = ['sha256', 'cryptonight-asic', 'cpu', 'gpu'];
    expect(v.ok ? [] : v.problems.map(formatProblem)).toEqual([
      `${path('typo.csv')}:2:35 hardware_class: ${c.unknownClass(known, 'cryptonight-asic')} (got "cryptonight-asci")`,
    ]);
  });

  it('validateScenarioText() puts an unreadable catalog at the key that names it, or at --catalog', async () => {
    const text = scenarioText(['Antminer S9'], { catalog: 'missing.csv' });
    const v = await validateScenarioText(text, path('x.yaml'));
    expect(v.ok ? [] : v.problems).toEqual([
      {
        file: path('x.yaml'),
        line: 4,
        col: 10,
        path: 'catalog',
        message: c.unreadable(path('missing.csv'), 'no such file'),
      },
    ]);
    const w = await validateScenarioText(scenarioText(['Antminer S9']), 'x.yaml', [], {
      catalog: { file: 'no.csv' },
    });
    expect(w.ok ? [] : w.problems).toEqual([
      { file: '--catalog', line: 0, col: 0, path: '', message: c.unreadable('no.csv', 'no such file') },
    ]);
  });

  it('two scenarios with different user catalogs, validated in one process, do not see each other’s machines', async () => {
    writeFileSync(path('a.yaml'), scenarioText(['Alpha One'], { name: 'a', catalog: 'a.csv' }));
    writeFileSync(path('b.yaml'), scenarioText(['Alpha One', 'Beta Two'], { name: 'b', catalog: 'b.csv' }));
    writeFileSync(path('plain.yaml'), scenarioText(['Alpha One'], { name: 'plain' }));
    const folders = { run: (n: string) => n, backtest: (n: string) => `${n}-backtest` };
    const items = await planBatch(
      [path('a.yaml'), path('b.yaml'), path('plain.yaml'), path('a.yaml')],
      folders,
    );
    expect(items[0].ok).toBe(true);
    const problems = (i: number) => {
      const item = items[i];
      return item.ok ? [] : item.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(problems(1)).toEqual([`fleet[0].model: ${m.unknownModel([])} (got "Alpha One")`]);
    expect(problems(2)).toEqual([`fleet[0].model: ${m.unknownModel([])} (got "Alpha One")`]);
    // The shipped catalog is untouched by either.
    expect((await validateScenarioText(scenarioText(['Beta Two']), 'x.yaml')).ok).toBe(false);
  });
});
