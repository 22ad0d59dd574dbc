// A Monero start on a day its difficulty was catching up with a change of hashrate: the history
// gives Monero's hashrate as its difficulty over 120 s, which on 2018-04-07 (the day after the
// fork that stranded the CryptoNight ASICs) still priced the 740 MH/s before the fork, while the
// day found 153 blocks of 720: 88,820,242,824 x 153 / 86,400 = 157.3 MH/s. A run started there
// took 740 MH/s as its network for the whole path (90 days of 100 i7-2600Ks at 0 % growth:
// 10.74 XMR, against 29.35 from the next day's 270 MH/s); the start hashrate is now read from the
// blocks found (50.52 XMR, 157.3 / 270.6 of the next day's network).
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { chainState } from '../../src/model/chain-state.js';

const xmr = loadHistory('monero');
const btc = loadHistory('bitcoin');
const noFees = () => 0;

describe('chainState() on a day the difficulty lags the hashrate', () => {
  it('chainState() reads Monero’s start hashrate on 2018-04-07 from its 153 blocks, and says why', () => {
    const s = chainState('monero', xmr, '2018-04-07', {}, noFees);
    expect(s.networkHashrateHs).toBeCloseTo((88820242824 * 153) / 86400, 0);
    expect(s.networkHashrateHs / 1e6).toBeCloseTo(157.29, 2);
    expect(s.difficulty).toBe(88820242824);
    expect(s.hashrateSource).toBe(
      'from the 153 blocks found on 2018-04-07, where its difficulty gives 740.2 MH/s and 720 blocks: the difficulty was catching up with a change of hashrate',
    );
  });

  it('chainState() keeps difficulty over 120 s on every other day: 8 days of the Monero history are read from their blocks, each a fork’s', () => {
    const read: string[] = [];
    for (let i = 0; i < xmr.days; i++) {
      const day = xmr.dateAt(i);
      const s = chainState('monero', xmr, day, {}, noFees);
      if (s.networkHashrateHs !== xmr.hashrateHs[i]) read.push(day);
    }
    // The 2016 change of block time, and the forks of 2018-04-06, 2018-10-18, 2019-03-09 and 2019-11-30.
    expect(read).toEqual([
      '2016-03-23',
      '2018-04-06',
      '2018-04-07',
      '2018-10-18',
      '2019-03-09',
      '2019-03-10',
      '2019-03-11',
      '2019-12-01',
    ]);
  });

  it('chainState() reads Bitcoin’s start hashrate as the mean of the 7 days to the start (its blocks’ already, a day’s off by about 8 % of luck)', () => {
    for (let i = 0; i < btc.days; i += 7) {
      const s = chainState('bitcoin', btc, btc.dateAt(i), {}, noFees);
      const from = Math.max(0, i - 6);
      let sum = 0;
      for (let j = from; j <= i; j++) sum += btc.hashrateHs[j];
      expect(s.networkHashrateHs).toBe(sum / (i - from + 1));
    }
    // The flagship's start, 2017-05-17: 155 blocks, 4.315 EH/s that day, 4.247 EH/s over the week.
    const flagship = chainState('bitcoin', btc, '2017-05-17', {}, noFees);
    expect(flagship.networkHashrateHs / 1e18).toBeCloseTo(4.247, 3);
    expect(flagship.hashrateSource).toBe('history, the mean of the 7 days to 2017-05-17');
  });
});
