import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import {
  DEFAULT_MODEL_LABEL,
  DEFAULT_NETWORK_MODEL,
  DEFAULT_PRICE_MODEL,
  DEFAULT_STUDY_MODEL,
  defaultedFamilies,
} from '../../src/model/market/defaults.js';
import { inputLines } from '../../src/scenario/assumptions.js';
import { STUDY_MODELS } from '../../src/study/study-models.js';
import { FLAGSHIP, scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

describe('default market models', () => {
  it("DEFAULT_STUDY_MODEL names a tested model of the study, with the defaults' types and label", () => {
    const model = STUDY_MODELS.find((m) => m.id === DEFAULT_STUDY_MODEL);
    expect(model).toBeDefined();
    expect(model!.label).toBe(DEFAULT_MODEL_LABEL);
    expect(model!.price.type).toBe(DEFAULT_PRICE_MODEL.type);
    expect(model!.network.type).toBe(DEFAULT_NETWORK_MODEL.type);
    expect({ ...model!.network, partial: 'allowed' }).toEqual({ ...DEFAULT_NETWORK_MODEL });
  });

  it('defaultedFamilies() lists the families whose model the written scenario leaves out', () => {
    expect(defaultedFamilies({})).toEqual(['price', 'network']);
    expect(defaultedFamilies({ price: { start: '1 USD' }, network: { model: { type: 'growth' } } })).toEqual([
      'price',
    ]);
    expect(defaultedFamilies({ price: { model: { type: 'fixed' } }, network: { model: {} } })).toEqual([]);
  });

  it('a scenario naming no price or network model runs the defaults, and its assumptions say so', async () => {
    const draft = scenarioDraft(FLAGSHIP);
    delete draft.price;
    delete draft.network;
    const s = await scenarioOf(draft);
    expect(s.price.model.type).toBe(DEFAULT_PRICE_MODEL.type);
    expect(s.network.model.type).toBe(DEFAULT_NETWORK_MODEL.type);
    expect(s.defaultModels).toEqual(['price', 'network']);
    const inputs = await loadCompileInputs(s);
    const market = compileMarket(s, compilePlan(s, inputs), inputs);
    // Never a fixed price: the default forecast moves.
    expect(market.price.type).not.toBe('fixed');
    const { market: lines } = inputLines(s, s.days, null);
    expect(lines.find((l) => l.label === 'Default market models')?.value).toContain(DEFAULT_MODEL_LABEL);
  });

  it('a scenario that names its models keeps them, with no default line', async () => {
    const s = await scenarioOf(scenarioDraft(FLAGSHIP));
    expect(s.defaultModels).toBeUndefined();
  });
});
