// The walk-forward study's fleet (study/walk-forward.ts studyScenarioInput): ten machines of the
// start's mainstream model, but no more than half the start's network hashrate holds, so that the
// back-test, which replays the chain's own days, never pays the fleet more coins than the chain
// issued. Before: five stand-in Antminer S7s on 2013-01-01 (23.6 TH/s against the week's 23.7)
// mined more than the chain issued on 7 of their first 60 days (3,139 BTC on 2013-01-17, where
// the chain's 111 blocks issued 2,775).
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { chainDayHashrateHs, historyStartHashrate } from '../../src/model/start-hashrate.js';
import { STUDY_MODELS } from '../../src/study/study-models.js';
import {
  horizonsAt,
  STUDY_COINS,
  STUDY_FLEET_SHARE,
  studyScenarioInput,
  walkForwardStarts,
} from '../../src/study/walk-forward.js';
import { scenarioOf } from '../fixtures/scenarios.js';

describe('the study’s fleet', () => {
  it('studyScenarioInput() sizes the 2013-01-01 fleet to half the week’s 23.7 TH/s: 2 stand-in S7s, which the back-test’s days all hold', async () => {
    const history = loadHistory('bitcoin');
    const i = history.indexOf('2013-01-01');
    const week = historyStartHashrate('bitcoin', history, i).hashrateHs;
    expect(week / 1e12).toBeCloseTo(23.67, 2);
    const s = await scenarioOf(studyScenarioInput('2013-01-01', STUDY_MODELS[0], 730));
    const fleetHs = s.fleet[0].count * s.fleet[0].hashrateHs;
    expect(s.fleet[0].count).toBe(Math.floor((STUDY_FLEET_SHARE * week) / s.fleet[0].hashrateHs));
    expect(s.fleet[0].count).toBe(2);
    // Every day of the horizon the chain hashed more than the fleet (the scenario validates).
    for (let d = 0; d < 730; d++)
      expect(chainDayHashrateHs('bitcoin', history, i + d)).toBeGreaterThan(fleetHs);
  });

  it('studyScenarioInput() gives every start of either coin a fleet of 1 to its coin’s wanted units', () => {
    for (const coin of ['bitcoin', 'monero'] as const) {
      const history = loadHistory(coin);
      const starts = walkForwardStarts(STUDY_COINS[coin].firstStart, undefined, undefined, undefined, coin);
      for (const start of starts)
        for (const horizon of horizonsAt(coin, start)) {
          const input = studyScenarioInput(start, STUDY_MODELS[0], horizon, coin);
          const count = input.fleet[0].count as number;
          expect(count).toBeLessThanOrEqual(STUDY_COINS[coin].units);
          expect(count).toBeGreaterThanOrEqual(1);
        }
      expect(history.days).toBeGreaterThan(0);
    }
  });
});
