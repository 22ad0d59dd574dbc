// Monero today with no network model named: minesim advised `network.model: { type: stochastic,
// calibrate: 2857 days, partial: allowed }`, which, followed, was refused: the window 2019-02-10 to
// 2026-12-06 spans RandomX (2019-11-30), a change of hash unit; so does every window long enough to
// hold the 183 days a partial window past the history must. The advice is now the model's figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith } from '../advice/harness.js';

const scenario = readFileSync(new URL('./monero-rig-today.yaml', import.meta.url), 'utf8')
  .replace(/ {2}model: \{ type: stochastic, drift: 25 %, volatility: 30 % \}.*\n/, '')
  // A price model named, as the refusal of the default price past the history asks.
  .replace(
    '  start: 350 USD           # assumption\n',
    '  start: 350 USD\n  model: { type: gbm, drift: 0 %, volatility: 60 % }\n',
  );

describe('the default network of a Monero start today', () => {
  it('validateScenarioText() advises no window across RandomX, and its advice followed validates', async () => {
    const p = problemWith(await problemsOf(scenario), 'calibration window');
    expect(p.path).toBe('network.model');
    expect(p.message).toContain(
      'every window long enough to hold them spans RandomX on 2019-11-30 (the proof of work changed from cryptonight-r to randomx, another unit of hash), so none calibrates the network',
    );
    expect(p.message).not.toContain('2857 days');
    const advised = p.message.match(/give `(network\.model: [^`]+)` \(the monero network's/)![1];
    // Monero's own figures, from its last year before RandomX, said once; not bitcoin's 50 %.
    expect(advised).toBe('network.model: { type: stochastic, drift: -30 %, volatility: 55 % }');
    expect(p.message).toContain(
      'its last year of shipped history before RandomX (2019-11-30), a change of hash unit, 2018-11-30 to 2019-11-29',
    );
    expect(p.message.split('drift:').length - 1).toBe(1);
    const followed = scenario.replace(
      'network:\n',
      `network:\n  ${advised.replace('network.model', 'model')}\n`,
    );
    expect(await problemsOf(followed)).toEqual([]);
  });
});
