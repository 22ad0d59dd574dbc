import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import {
  type Control,
  type SliderControl,
  scenarioControls,
  writtenValue,
} from '../../src/explorer/controls.js';
import { setScenarioValue } from '../../src/explorer/yaml-edit.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

const FILE = 'scenarios/north-korea-2017-s9.yaml';
const TEXT = readFileSync(FILE, 'utf8');

async function controlsOf(text: string): Promise<Control[]> {
  const v = await validateScenarioText(text, FILE);
  if (!v.ok) throw new Error(v.problems.map((p) => p.message).join('\n'));
  return scenarioControls(v.scenario, v.doc.value, await loadCompileInputs(v.scenario));
}

const slider = (controls: Control[], key: string) => controls.find((c) => c.key === key) as SliderControl;

describe('scenarioControls()', () => {
  it('scenarioControls() gives the flagship a tariff slider in USD/kWh over its sweep range', async () => {
    const tariff = slider(await controlsOf(TEXT), 'power.price');
    expect(tariff).toMatchObject({ kind: 'slider', unit: 'USD/kWh', value: 0.1, min: 0.02, max: 0.2 });
  });

  it('scenarioControls() shows shares in % and keeps them within their bounds', async () => {
    const controls = await controlsOf(TEXT);
    expect(slider(controls, 'costs.poolFee')).toMatchObject({ unit: '%', scale: 100, value: 0.02 });
    expect(slider(controls, 'fleet[0].uptime').max).toBeLessThanOrEqual(1);
    expect(slider(controls, 'money.discountRate')).toMatchObject({ unit: '%', value: 0.1 });
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
});
