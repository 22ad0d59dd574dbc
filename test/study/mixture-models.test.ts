// The study's mixtures weighted by score: each first start is the first day on which the
// mixture's scenario validates (every model calibrated as of the earliest scored start).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import type { Coin } from '../../src/model/coins/index.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { MIXTURE_MODELS, runsAt, STUDY_MODELS } from '../../src/study/study-models.js';
import { studyScenarioInput } from '../../src/study/walk-forward.js';

async function valid(model: (typeof MIXTURE_MODELS)[number], coin: Coin, start: string): Promise<boolean> {
  const input = studyScenarioInput(start, model, 365, coin);
  return (await validateScenarioText(JSON.stringify(input), 'study.yaml')).ok;
}

describe('the study’s mixtures', () => {
  it('STUDY_MODELS holds both mixtures weighted by score, each written as is at every start', () => {
    const ids = STUDY_MODELS.map((m) => m.id);
    for (const m of MIXTURE_MODELS) expect(ids).toContain(m.id);
    const input = studyScenarioInput('2018-06-01', MIXTURE_MODELS[0], 365);
    expect(input.price?.model).toEqual(MIXTURE_MODELS[0].price);
    expect(input.network?.model).toEqual(MIXTURE_MODELS[0].network);
  });

  for (const model of MIXTURE_MODELS)
    for (const coin of ['bitcoin', 'monero'] as const)
      it(`studyScenarioInput() of ${model.id} validates on its first ${coin} start and not the day before`, async () => {
        const first = model.firstStart?.[coin] as string;
        expect(runsAt(model, coin, first)).toBe(true);
        expect(await valid(model, coin, first)).toBe(true);
        const before = addDays(first, -1);
        expect(runsAt(model, coin, before)).toBe(false);
        expect(await valid(model, coin, before)).toBe(false);
      });
});
