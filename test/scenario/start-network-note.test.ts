// A given start network many orders of magnitude off the coin's history (scenario/
// start-network-check.ts): a note, printed by `validate` and by the commands that run a scenario
// and put first in the assumptions table, never a refusal. Before: a Monero scenario with its
// hashprice written per PH/s as Bitcoin's is quoted (50 USD/PH/day) ran without a word, its 100
// CPUs mining 0.00000009 XMR in a year on a network of 3.59 EH/s.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { coverageMessages as m } from '../../src/messages/coverage.js';
import { summaryScenario } from '../../src/scenario/describe.js';
import {
  START_NETWORK_FACTOR,
  START_NETWORK_GROWTH,
  startNetworkNote,
} from '../../src/scenario/start-network-check.js';
import { moneroStartText } from '../fixtures/monero-start.js';
import { FLAGSHIP, scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

describe('a given start network far off the history', () => {
  it('startNetworkNote() flags a Monero hashprice written per PH/s: 2.7e+9 times the network of the history’s last week', async () => {
    const s = await scenarioOf(moneroStartText('50 USD/PH/day'));
    const note = startNetworkNote(s)!;
    expect(note.label).toBe('network.hashprice');
    expect(note.value).toBe(
      m.startNetworkOffHistory('monero', '3.59 EH/s', '2021-06-01', 2.7e9, '1.31 GH/s', '2020-02-09'),
    );
    expect(note.note).toBe(m.startNetworkSlip('monero', 'USD/kH/s/day'));
    // The same hashprice in Monero's own unit is a network of the history's order: no note.
    const own = await scenarioOf(moneroStartText('0.5 USD/kH/day'));
    expect(startNetworkNote(own)).toBeNull();
  });

  it('startNetworkNote() writes a factor under a million in decimals: 630 times (it read "6.3e+2 times")', async () => {
    // 1 TH/s on 2010-07-20 against the 1.59 GH/s of the week to it: 629 times.
    const s = await scenarioOf({
      name: 'slip',
      coin: 'bitcoin',
      start: '2010-07-20',
      horizon: '1 year',
      fleet: [{ hashrate: '1 MH/s', power: '10 W', count: 1, unitPrice: '1 USD' }],
      power: { price: '0.05 USD/kWh' },
      network: { hashrate: '1 TH/s', model: { type: 'growth', rate: '10 %' } },
      fees: { model: { type: 'per-block', amount: 0.01 } },
      price: { model: { type: 'gbm', drift: 0, volatility: 1 } },
    });
    const note = startNetworkNote(s)!;
    expect(note.value).toContain(', 630 times the 1.59 GH/s of the history');
    expect(
      m.startNetworkOffHistory('bitcoin', '1 kH/s', '2017-05-17', 1 / 1234.5, '4.25 EH/s', '2017-05-17'),
    ).toContain(', 1/1,200 of the 4.25 EH/s');
  });

  it('summaryScenario() puts the note first in the assumptions, and `minesim validate` prints it under a valid scenario (exit 0)', async () => {
    const s = await scenarioOf(moneroStartText('50 USD/PH/day'));
    expect(summaryScenario(s, s.days, [], null).assumptions[0].label).toBe('network.hashprice');
    const dir = mkdtempSync(join(tmpdir(), 'minesim-note-'));
    const file = join(dir, 'xmr.yaml');
    writeFileSync(file, moneroStartText('50 USD/PH/day'));
    const out = execFileSync(process.execPath, ['bin/minesim.mjs', 'validate', file], { encoding: 'utf8' });
    expect(out).toContain(`${file}: note: network.hashprice: the monero network this gives is 3.59 EH/s`);
  });

  it('startNetworkNote() says nothing of the committed scenarios, nor of a start figure inside the band, which widens by a tripling a year from the history’s day', async () => {
    for (const name of [FLAGSHIP, 's21-fleet-2026', 'north-korea-2017-monero-cpu'])
      expect(startNetworkNote(await scenarioOf(scenarioDraft(name))), name).toBeNull();
    const btc = loadHistory('bitcoin');
    // 2017-05-17's week read 4.25 EH/s: a given 400 EH/s (x 94) is an extreme what-if, not a slip.
    const draft = scenarioDraft(FLAGSHIP);
    draft.network.hashrate = '400 EH/s';
    expect(startNetworkNote(await scenarioOf(draft), btc)).toBeNull();
    // 11,765 times it is past the band at the history's own day.
    draft.network.hashrate = '50 ZH/s';
    expect(startNetworkNote(await scenarioOf(draft), btc)?.label).toBe('network.hashrate');
    expect(START_NETWORK_FACTOR).toBe(200);
    expect(START_NETWORK_GROWTH).toBe(3);
  });

  it('startNetworkNote() flags a slip of one prefix, a factor of 1,000, near the history: the flagship at 4.3 PH/s or a hashprice per TH/s, and s21-fleet-2026 at 141.67 G', async () => {
    // Before: the band was 10,000 either way, so a hashrate written in PH/s for EH/s, or a
    // hashprice per TH/s for per PH/s, ran without a word on a network a thousandth of the chain's
    // (2017-05-17's week read 4.25 EH/s: 4.3 PH/s is 1/988 of it, and the flagship's 10 S9s then
    // mine 1,000 times what they did). A factor of 1,000 is no what-if on the history's own day.
    const btc = loadHistory('bitcoin');
    const draft = scenarioDraft(FLAGSHIP);
    draft.network.hashrate = '4.3 PH/s';
    const note = startNetworkNote(await scenarioOf(draft), btc)!;
    expect(note.label).toBe('network.hashrate');
    expect(note.value).toContain('1/990 of the 4.25 EH/s');
    // The day's hashprice is 910.9 USD/PH/s/day; written per TH/s it makes a network 1,000 times
    // smaller.
    const perTh = scenarioDraft(FLAGSHIP);
    perTh.network.hashprice = '910.9 USD/TH/s/day';
    expect(startNetworkNote(await scenarioOf(perTh), btc)?.label).toBe('network.hashprice');
    // 0.19 years past the history (2025-11-14 to 2026-01-22) the band is 200 x 3^0.19 = 247: a
    // difficulty written 141.67 G for 141.67 T (1/1,000) is still flagged.
    const s21 = scenarioDraft('s21-fleet-2026');
    s21.network.difficulty = '141.67 G';
    expect(startNetworkNote(await scenarioOf(s21), btc)?.label).toBe('network.difficulty');
    // What-ifs within 200 times pass: 100 times the day's week, or a hundredth of it.
    for (const hashrate of ['425 EH/s', '42.5 PH/s']) {
      const whatIf = scenarioDraft(FLAGSHIP);
      whatIf.network.hashrate = hashrate;
      expect(startNetworkNote(await scenarioOf(whatIf), btc), hashrate).toBeNull();
    }
  });

  it('startNetworkNote() flags a network far below the history’s too: a difficulty of 3e7 in 2017 (215 TH/s, 1/20,000 of the week’s)', async () => {
    const draft = scenarioDraft(FLAGSHIP);
    draft.network.difficulty = 3e7;
    const note = startNetworkNote(await scenarioOf(draft))!;
    expect(note.label).toBe('network.difficulty');
    expect(note.value).toContain('1/');
  });
});

describe('a given start network of two figures', () => {
  it('startNetworkNote() flags a difficulty or hashprice slipped beside a right hashrate: each figure is checked, not the hashrate alone', async () => {
    // Before: with network.hashrate given, the note read the network from it alone, so a difficulty
    // written 559.97 M for 559.97 G beside the day's 4.3 EH/s passed without a word, though the run
    // takes the difficulty as the start's: the held-fixed answer read a hashprice of 910,900
    // USD/PH/s/day (1,000 times the day's 910.9) and 'pays back on day 0'. The difficulty makes a
    // network of 559.97e6 x 2^32 / 600 = 4.01 PH/s, 1/1,060 of the week's 4.25 EH/s.
    const btc = loadHistory('bitcoin');
    const draft = scenarioDraft(FLAGSHIP);
    draft.network.hashrate = '4.3 EH/s';
    draft.network.difficulty = '559.97 M';
    const note = startNetworkNote(await scenarioOf(draft), btc)!;
    expect(note.label).toBe('network.difficulty');
    expect(note.value).toContain('4.01 PH/s');
    const hashprice = scenarioDraft(FLAGSHIP);
    hashprice.network.hashrate = '4.3 EH/s';
    hashprice.network.hashprice = '910.9 USD/TH/s/day';
    expect(startNetworkNote(await scenarioOf(hashprice), btc)?.label).toBe('network.hashprice');
    // The hashrate slipped beside a right difficulty is named as the hashrate.
    const hashrate = scenarioDraft(FLAGSHIP);
    hashrate.network.hashrate = '4.3 PH/s';
    hashrate.network.difficulty = '559.97 G';
    expect(startNetworkNote(await scenarioOf(hashrate), btc)?.label).toBe('network.hashrate');
    // Both right: no note.
    const right = scenarioDraft(FLAGSHIP);
    right.network.hashrate = '4.3 EH/s';
    right.network.difficulty = '559.97 G';
    expect(startNetworkNote(await scenarioOf(right), btc)).toBeNull();
  });
});
