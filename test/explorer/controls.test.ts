import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import {
  type Control,
  type SliderControl,
  scenarioControls,
  shownValue,
  typedNumber,
  typedValue,
  writtenValue,
} from '../../src/explorer/controls.js';
import { withRunSettings } from '../../src/explorer/explore-file.js';
import { NumberText, setInputValue, setScenarioValue } from '../../src/explorer/yaml-edit.js';
import { DEFAULT_NETWORK_MODEL } from '../../src/model/market/defaults.js';
import type { PathKey } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const FILE = 'scenarios/north-korea-2017-s9.yaml';
const TEXT = readFileSync(FILE, 'utf8');

async function controlsOf(text: string, file = FILE): Promise<Control[]> {
  const v = await validateScenarioText(text, file);
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
  return scenarioControls(v.scenario, v.doc.value, await loadCompileInputs(v.scenario));
}

const slider = (controls: Control[], key: string) => controls.find((c) => c.key === key) as SliderControl;

describe('scenarioControls()', () => {
  it('scenarioControls() gives the flagship a tariff slider in USD/kWh over its sweep range', async () => {
    const tariff = slider(await controlsOf(TEXT), 'power.price');
    expect(tariff).toMatchObject({ kind: 'slider', unit: 'USD/kWh', value: 0.1, min: 0.02, max: 0.2 });
  });

  it('scenarioControls() gives an all-in contract a slider of its rate in USD/kWh, in place of a 0 tariff', async () => {
    // The all-in rate pays for the power (power.price stays 0): its slider is the power's price, in
    // the all-in rate's unit (per kWh), not the per-kW fee's (USD/kW/month), 0.075 -/+ 60 %.
    const allIn = TEXT.replace(
      'price: 0.10 USD/kWh',
      'price: 0 USD/kWh\n  hosting: { basis: all-in, rate: 0.075 USD/kWh }',
    );
    const controls = await controlsOf(allIn);
    expect(slider(controls, 'power.hosting.rate')).toMatchObject({
      kind: 'slider',
      unit: 'USD/kWh',
      value: 0.075,
    });
    expect(controls.find((c) => c.key === 'power.price' && c.kind === 'slider')).toBeUndefined();
  });

  it('scenarioControls() shows shares in % and keeps them within their bounds', async () => {
    const controls = await controlsOf(TEXT);
    expect(slider(controls, 'costs.poolFee')).toMatchObject({ unit: '%', scale: 100, value: 0.02 });
    expect(slider(controls, 'fleet[0].uptime').max).toBeLessThanOrEqual(1);
    // A rate per year says so, in a unit the field reads: 10 %/year.
    expect(slider(controls, 'money.discountRate')).toMatchObject({ unit: '%/year', scale: 100, value: 0.1 });
    expect(writtenValue(slider(controls, 'money.discountRate'), 0.12)).toBe('12 %/year');
    // Network growth's rate reads `%` alone (its period is `per`): `200 %/year` would be refused.
    expect(slider(controls, 'network.model.rate')).toMatchObject({ unit: '%', scale: 100 });
  });

  it('scenarioControls() offers the calibrated model parameters, the count and the choices', async () => {
    const controls = await controlsOf(TEXT);
    expect(slider(controls, 'price.model.drift').source).toBe('calibrated');
    expect(slider(controls, 'network.model.rate').source).toBe('calibrated');
    expect(slider(controls, 'fleet[0].count')).toMatchObject({ integer: true, value: 10 });
    const treasury = controls.find((c) => c.key === 'treasury');
    expect(treasury).toMatchObject({ kind: 'choice', value: 'sell-daily' });
    expect(treasury?.kind === 'choice' && treasury.choices).toEqual(['sell-daily', 'hold', 'sell-to-cover']);
  });

  it('scenarioControls() offers every other number the scenario writes as a text field', async () => {
    const texts = (await controlsOf(TEXT)).filter((c) => c.kind === 'text').map((c) => c.key);
    expect(texts).toContain('power.pue');
    expect(texts).toContain('fleet[0].setupCost');
    expect(texts).not.toContain('power.price');
    expect(texts.some((k) => k.startsWith('monteCarlo') || k.startsWith('sweep'))).toBe(false);
  });
});

describe('writtenValue() and setScenarioValue()', () => {
  it('writtenValue() writes a share in % and a tariff with its unit', async () => {
    const controls = await controlsOf(TEXT);
    expect(writtenValue(slider(controls, 'costs.poolFee'), 0.035)).toBe('3.5 %');
    expect(writtenValue(slider(controls, 'power.price'), 0.07)).toBe('0.07 USD/kWh');
    expect(writtenValue(slider(controls, 'fleet[0].count'), 12)).toBe(12);
  });

  it('setScenarioValue() changes the value, keeps the comment after it, and the result validates', async () => {
    const edited = setScenarioValue(TEXT, ['power', 'price'], '0.07 USD/kWh');
    expect(edited).toContain('price: 0.07 USD/kWh        # no reliable tariff exists');
    const v = await validateScenarioText(edited, FILE);
    expect(v.ok && v.scenario.power.price).toBe(0.07);
    expect(edited.split('\n').length).toBe(TEXT.split('\n').length);
  });

  it('setScenarioValue() adds a model parameter the scenario leaves to its calibration', async () => {
    const edited = setScenarioValue(TEXT, ['price', 'model', 'drift'], '50 %');
    const v = await validateScenarioText(edited, FILE);
    expect(v.ok).toBe(true);
    expect((await controlsOf(edited)).find((c) => c.key === 'price.model.drift')).toMatchObject({
      value: 0.5,
    });
  });
  it('setScenarioValue() and withRunSettings() read a file with CR alone at its lines’ ends as YAML 1.2 does', async () => {
    // Read as the `yaml` package reads it, the CR-only text is one comment line: the control's
    // edit added a second `power` mapping (a YAML error) and the run's paths were not found.
    const cr = TEXT.replaceAll('\n', '\r');
    const edited = setScenarioValue(cr, ['power', 'price'], '0.07 USD/kWh');
    const v = await validateScenarioText(edited, FILE);
    expect(v.ok ? v.scenario.power.price : v.problems).toBe(0.07);
    expect(edited).toBe(setScenarioValue(TEXT, ['power', 'price'], '0.07 USD/kWh'));
    const written = parse(withRunSettings(cr, { paths: 123, seed: 2017, antithetic: false })) as {
      monteCarlo: { paths: number };
    };
    expect(written.monteCarlo.paths).toBe(123);
  });
});

describe('the values a control writes and shows', () => {
  const LOAN = 'scenarios/top-of-market-2021-11-10-loan.yaml';

  it('shownValue() shows a written 11925 USD as 11925, not rounded to 11930', async () => {
    const text = readFileSync(LOAN, 'utf8');
    const price = slider(await controlsOf(text, LOAN), 'fleet[0].unitPrice');
    expect(shownValue(price, price.value)).toBe('11925');
    expect(shownValue(slider(await controlsOf(TEXT), 'costs.poolFee'), 0.02)).toBe('2');
  });

  it('typedNumber() reads a plain decimal number only: hex, `1e`, a comma decimal and blanks are no number', () => {
    expect(
      [' 0.05', '12.34567', '-1', '+5', '.5', '1e-320', '1E3'].map((t) => typedNumber(t.trim())),
    ).toEqual([0.05, 12.34567, -1, 5, 0.5, 1e-320, 1000]);
    for (const text of ['', '0x10', '0b1', '1e', '0,05', 'abc', 'Infinity', 'NaN', '1e999', '1_000'])
      expect(typedNumber(text)).toBeNull();
  });

  it("typedValue() writes a typed 12.34567 % as typed, where the slider's 6 digits would make it 12.3457 %", async () => {
    const premium = slider(await controlsOf(TEXT), 'fleet[0].importPremium');
    expect(typedValue(premium, 12.34567)).toBe('12.34567 %');
    expect(writtenValue(premium, 12.34567 / 100)).toBe('12.3457 %');
    expect(typedValue(premium, 1e-320)).toBe('1e-320 %');
  });
});

describe('a number typed that a double does not hold', () => {
  // The box's 1e-400 was read as 0 and run as a free tariff (and a loan's rate of 1e-400 as 0 %),
  // where `minesim run --set power.price=1e-400 USD/kWh` refuses it: it is written as typed now, and
  // the schema refuses it with the command line's words.
  it('typedNumber() gives no number for 1e-400 (a double reads 0) or 1e309, but reads 0, -0 and 0e5', () => {
    for (const text of ['1e-400', '-1e-400', '0.00001e-400', '1e309', '-1e309'])
      expect(typedNumber(text)).toBeNull();
    expect(['0', '-0', '0e5', '0.000', '1e-320'].map(typedNumber)).toEqual([0, -0, 0, 0, 1e-320]);
  });

  it('written as typed, 1e-400 or 1e309 in a tariff or a count is refused as in a file, saying what to give', async () => {
    const tariff = slider(await controlsOf(TEXT), 'power.price');
    const count = slider(await controlsOf(TEXT), 'fleet[0].count');
    const cases: [PathKey[], unknown, RegExp][] = [
      [['power', 'price'], typedValue(tariff, '1e-400'), /nearer 0 than 2\.2e-308.*give 0 if none is meant/],
      [
        ['fleet', 0, 'count'],
        typedValue(count, '1e-400'),
        /nearer 0 than 2\.2e-308.*give a figure at least 1 \(got 1e-400\)/,
      ],
      [['fleet', 0, 'count'], new NumberText('1e309'), /past 1\.8e308.*give a finite figure \(got 1e309\)/],
    ];
    for (const [path, value, message] of cases) {
      const edited = setScenarioValue(TEXT, path, value);
      const v = await validateScenarioText(edited, FILE);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems.map((p) => p.message).join('\n')).toMatch(message);
    }
  });
});

describe('a number written as typed', () => {
  // A count typed 1e20 was written 100000000000000000000, and refused "(got 100000000000000000000)";
  // a difficulty typed 1e300, "(got 1e+300)": the scenario now holds the number as typed, and the
  // refusal quotes it so, as `--set` does.
  it('setScenarioValue() writes a NumberText as typed, and the refusal quotes it so', async () => {
    const count = slider(await controlsOf(TEXT), 'fleet[0].count');
    const edited = setScenarioValue(TEXT, ['fleet', 0, 'count'], typedValue(count, '1e20'));
    expect(edited).toMatch(/^ {4}count: 1e20 /m);
    const v = await validateScenarioText(edited, FILE);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems.map((p) => p.message)).toEqual(['must be at most 10,000,000 (got 1e20)']);
    const pue = setScenarioValue(TEXT, ['power', 'pue'], new NumberText('1.25'));
    expect(pue).toMatch(/^ {2}pue: 1\.25 /m);
    expect((await validateScenarioText(pue, FILE)).ok).toBe(true);
  });

  it('setInputValue() writes a NumberText into a defaulted model as the number it is', () => {
    const hedge = readFileSync('scenarios/hashprice-hedge-2024-05.yaml', 'utf8');
    const edited = setInputValue(hedge, ['network', 'model', 'drift'], new NumberText('0.5'));
    expect((parse(edited) as { network: { model: { drift: unknown } } }).network.model.drift).toBe(0.5);
  });
});

describe('words YAML reads as another kind of value', () => {
  // `null` typed into the setup cost's box was written as YAML's null, refused as "expected another
  // kind of value (got null)", which says nothing of what to give; `--set fleet[0].setupCost=null`
  // says "expected an amount of money, like 2000 USD (got "null")". Typed words are text now.
  it('setScenarioValue() writes a typed null, true or ~ as text, refused saying what to give', async () => {
    for (const word of ['null', 'true', 'False', '~', 'NULL']) {
      const edited = setScenarioValue(TEXT, ['fleet', 0, 'setupCost'], word);
      expect((parse(edited) as { fleet: { setupCost: unknown }[] }).fleet[0].setupCost).toBe(word);
      const v = await validateScenarioText(edited, FILE);
      expect(v.ok).toBe(false);
      if (!v.ok)
        expect(v.problems.map((p) => p.message)).toEqual([
          `expected an amount of money, like 2000 USD (got ${JSON.stringify(word)})`,
        ]);
    }
  });

  it('setScenarioValue() keeps a name of digits text, and still writes a word that reads back as itself plain', () => {
    expect((parse(setScenarioValue(TEXT, ['name'], '2017')) as { name: unknown }).name).toBe('2017');
    expect(setScenarioValue(TEXT, ['operation'], 'shutdown-when-unprofitable')).toMatch(
      /^operation: shutdown-when-unprofitable$/m,
    );
  });
});

describe('setInputValue()', () => {
  const HEDGE = 'scenarios/hashprice-hedge-2024-05.yaml';

  it('setInputValue() writes a network drift into a scenario that names no network model with the default model, which validates', async () => {
    const text = readFileSync(HEDGE, 'utf8');
    const drift = slider(await controlsOf(text, HEDGE), 'network.model.drift');
    expect(drift.source).toBe('calibrated');
    const bare = await validateScenarioText(setScenarioValue(text, drift.path, '13.37 %'), HEDGE);
    expect(bare.ok).toBe(false);
    const edited = setInputValue(text, drift.path, '13.37 %');
    const v = await validateScenarioText(edited, HEDGE);
    const cli = await validateScenarioText(text, HEDGE, [
      {
        text: 'network.model',
        path: ['network', 'model'],
        value: { ...DEFAULT_NETWORK_MODEL, drift: '13.37 %' },
      },
    ]);
    expect(v.ok && cli.ok).toBe(true);
    expect(v.ok && v.scenario.network).toEqual(cli.ok && cli.scenario.network);
    expect(slider(await controlsOf(edited, HEDGE), 'network.model.drift').value).toBeCloseTo(0.1337, 12);
  });

  it('setInputValue() writes a model parameter where the scenario names its model, as setScenarioValue() does', () => {
    expect(setInputValue(TEXT, ['price', 'model', 'drift'], '50 %')).toBe(
      setScenarioValue(TEXT, ['price', 'model', 'drift'], '50 %'),
    );
    // A text that is no YAML stays as it is (its problems stay listed), rather than throw.
    expect(setInputValue('a: [', ['network', 'model', 'drift'], '1 %')).toBe('a: [');
  });
});

describe('withRunSettings()', () => {
  it("withRunSettings() writes --paths, --seed and --antithetic into the YAML, and nothing when the run took the scenario's", () => {
    expect(withRunSettings(TEXT, { paths: 10_000, seed: 2017, antithetic: false })).toBe(TEXT);
    const edited = withRunSettings(TEXT, { paths: 300, seed: 'abc', antithetic: true });
    expect(parse(edited).monteCarlo).toEqual({ paths: 300, seed: 'abc', antithetic: true });
    expect(edited).toContain('paths: 300');
    const bare = 'name: x\n';
    expect(withRunSettings(bare, { paths: 10_000, seed: 1, antithetic: false })).toBe(bare);
    expect(parse(withRunSettings(bare, { paths: 10_000, seed: '1', antithetic: false })).monteCarlo).toEqual({
      seed: '1',
    });
  });
});

describe('a count slider', () => {
  it('scenarioControls() gives a fleet of one machine a count slider from 1, never from a count that rounds to 0', async () => {
    const one = setScenarioValue(TEXT, ['fleet', 0, 'count'], 1);
    expect(slider(await controlsOf(one), 'fleet[0].count')).toMatchObject({ min: 1, max: 2, value: 1 });
    expect(slider(await controlsOf(TEXT), 'fleet[0].count')).toMatchObject({ min: 4, max: 16, value: 10 });
  });
});

describe('scenarioControls() at the schema bounds', () => {
  it('scenarioControls() keeps a cohort count and the discount rate within the schema bounds', async () => {
    // A cohort of 9,000,000 one-MH/s machines (9 TH/s, inside the 2017 network) and a discount rate
    // of 900 %/year: base x (1 +/- 3 x 20 %) reached 14.4 million units and 1,440 %/year, past the
    // 10,000,000 units a cohort holds and the 1,000 %/year a discount rate takes.
    const text = TEXT.replace(
      '  - model: Antminer S9       # the mainstream SHA-256 machine of 2017: 13.5 TH/s, 1323 W (catalog, nominal bin)\n    count: 10 ',
      '  - hashrate: 1 MH/s\n    power: 1 W\n    count: 9000000 ',
    ).replace('discountRate: 10 %', 'discountRate: 900 %');
    const controls = await controlsOf(text);
    const count = slider(controls, 'fleet[0].count');
    expect(count.value).toBe(9_000_000);
    expect(count.max).toBe(10_000_000);
    const discount = slider(controls, 'money.discountRate');
    expect(discount.value).toBe(9);
    expect(discount.max).toBe(10);
  });
});
