import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overrideMessages as om } from '../../src/messages/overrides.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { shown } from '../../src/messages/shown.js';
import { unitMessages as u } from '../../src/messages/units.js';
import { PRICE_MODELS } from '../../src/model/market/price/registry.js';
import { applyOverrides, type Override, parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const FLAGSHIP_FILE = 'north-korea-2017-s9.yaml';
const FLAGSHIP = readFileSync(new URL(`../../scenarios/${FLAGSHIP_FILE}`, import.meta.url), 'utf8');

function overrides(...texts: string[]): Override[] {
  const parsed = parseOverrides(texts);
  if (!parsed.ok) throw new Error(`test overrides do not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.overrides;
}

describe('parseOverrides()', () => {
  it.each([
    ['power.price=0.08 USD/kWh', ['power', 'price'], '0.08 USD/kWh'],
    ['fleet[0].count=20', ['fleet', 0, 'count'], 20],
    ['fleet.0.count=20', ['fleet', 0, 'count'], 20],
    ['network.powChanges[0].strands[1]=cpu', ['network', 'powChanges', 0, 'strands', 1], 'cpu'],
    [
      'price.model={ type: gbm, calibrate: 2 years }',
      ['price', 'model'],
      { type: 'gbm', calibrate: '2 years' },
    ],
    ['monteCarlo.antithetic=true', ['monteCarlo', 'antithetic'], true],
    ['claims=[payback > 1 year]', ['claims'], ['payback > 1 year']],
    ['name="1"', ['name'], '1'],
    ['description=a=b', ['description'], 'a=b'],
    // A YAML null (an empty value, `null`, `~`) keeps the written text.
    ['description=', ['description'], ''],
    ['description=null', ['description'], 'null'],
  ] as const)('parseOverrides() reads %s', (text, path, value) => {
    expect(parseOverrides([text])).toEqual({ ok: true, overrides: [{ text, path, value }] });
  });

  it.each([
    ['count', om.noEquals()],
    ['=5', om.noEquals()],
    ['fleet..count=1', om.badPath()],
    ['fleet[x].count=1', om.badPath()],
    ['fleet[0]count=1', om.badPath()],
    ['power price=1', om.badPath()],
    ['claims=[payback', om.badValue()],
    ['name=*alias', om.badValue()],
  ])('parseOverrides() refuses %s with a message at --set', (text, message) => {
    expect(parseOverrides([text])).toEqual({
      ok: false,
      problems: [{ file: '--set', line: 0, col: 0, path: text, message }],
      overrides: [],
    });
  });

  it('parseOverrides() reports every bad override at once', () => {
    const result = parseOverrides(['count', 'fleet[0].count=2', 'a..b=1']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['count', 'a..b=1']);
  });
});

describe('applyOverrides()', () => {
  it('applyOverrides() replaces values, creates missing mappings and lists, and leaves the input alone', () => {
    const written = { name: 'a', fleet: [{ count: 1, unitPrice: 5 }], power: 3 };
    const result = applyOverrides(
      written,
      overrides('fleet[0].count=20', 'power.price=0.1', 'network.model.type=historical', 'claims[1]=npv > 0'),
    );
    expect(result).toEqual({
      name: 'a',
      fleet: [{ count: 20, unitPrice: 5 }],
      power: { price: 0.1 },
      network: { model: { type: 'historical' } },
      claims: [undefined, 'npv > 0'],
    });
    expect(written).toEqual({ name: 'a', fleet: [{ count: 1, unitPrice: 5 }], power: 3 });
  });

  it('applyOverrides() applies overrides in order, so a later one wins', () => {
    expect(applyOverrides({}, overrides('horizon=1 year', 'horizon=2 years'))).toEqual({
      horizon: '2 years',
    });
  });
});

describe('validateScenarioText() with overrides', () => {
  it('validateScenarioText() applies a valid override to the scenario', async () => {
    const v = await validateScenarioText(
      FLAGSHIP,
      FLAGSHIP_FILE,
      overrides('fleet[0].count=20', 'power.price=0.05 USD/kWh', 'price.model={ type: fixed }'),
    );
    expect(v.ok ? [] : v.problems).toEqual([]);
    if (!v.ok) return;
    expect(v.scenario.fleet[0].count).toBe(20);
    expect(v.scenario.power.price).toBe(0.05);
    expect(v.scenario.price.model).toEqual({ type: 'fixed' });
    // The rest of the file is untouched.
    expect(v.scenario.fleet[0].unitPriceUsd).toBe(2000);
  });

  it.each([
    {
      set: 'fleet[0].count=0',
      path: 'fleet[0].count',
      message: `${m.numberAtLeast(1, true)} (got ${shown(0)})`,
    },
    {
      set: 'power.price=5 W',
      path: 'power.price',
      message: u.expected('an energy price', '0.05 USD/kWh', '5 W', 'a power'),
    },
    {
      set: 'price.model={ type: gbmm }',
      path: 'price.model.type',
      message: `${m.oneOf(
        PRICE_MODELS.map((p) => p.type),
        'gbm',
      )} (got ${shown('gbmm')})`,
    },
    { set: 'horizn=1 year', path: 'horizn', message: m.unknownKey('horizn', 'horizon') },
    {
      set: 'power=0.05',
      path: 'power',
      message: `${m.expectedType('a mapping (key: value lines)')} (got ${shown(0.05)})`,
    },
  ])(
    'validateScenarioText() attributes a bad override $set to --set, line 0',
    async ({ set, path, message }) => {
      const v = await validateScenarioText(FLAGSHIP, FLAGSHIP_FILE, overrides(set));
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.problems).toEqual([{ file: `--set ${set}`, line: 0, col: 0, path, message }]);
    },
  );

  it('validateScenarioText() keeps file positions for file problems next to override problems', async () => {
    const broken = FLAGSHIP.replace('pue: 1.1 ', 'pue: 0.5 ');
    const v = await validateScenarioText(broken, FLAGSHIP_FILE, overrides('fleet[0].count=0'));
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const line = broken.split('\n').findIndex((l) => l.includes('pue: 0.5')) + 1;
    expect(v.problems.map((p) => [p.file, p.line, p.path])).toEqual([
      [`--set fleet[0].count=0`, 0, 'fleet[0].count'],
      [FLAGSHIP_FILE, line, 'power.pue'],
    ]);
  });
});
