// The run's view held fixed prices a Monero day at the emission rule's base reward; `minesim
// hashprice` and `minesim quote` price the same day at what its blocks issued. On 2014-05-20
// (height 47,636, 811,577.1019 XMR generated, the chain's supply):
//   the rule's base reward  (2^64 - 1 - A) >> 20 = 17,635,166.97 / 1,048,576 = 16.818206 XMR;
//   the day's blocks paid    27,634.29209773 XMR issued / 1,672 blocks = 16.527687 XMR a block,
//                            1.7 % less: before the 2016 fork a block had to claim exactly its base
//                            reward less the block-size penalty (v1 consensus), so the gap is the
//                            penalties of that week's large blocks (the rule falls 0.08 % over
//                            the day's blocks besides), which minesim's rule leaves out.
//   view hashprice   86,400 x 1e3 / 78,873,634 x 16.818206 x 2.687213631 = 49.5067 USD/kH/s/day;
//   minesim hashprice 86,400 x 1e3 / 78,873,634 x (27,634.29209773 + 0.00071411) / 1,672
//                     x 2.687213631 = 48.6515 USD/kH/s/day.
// The view said "16.82 XMR a block ...; the day's blocks paid 0.0000004271 XMR of fees", as if
// fees were all the two hashprices of the day differ by. It now says what the day's blocks paid a
// block too. On 2017-05-17 (1,311,710, 14,472,383.1192 XMR): the rule's 3,974,360.95 / 524,288 =
// 7.580492 XMR, the day's 5,673.09 / 749 = 7.574218.
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { loadHistory } from '../../src/data/history.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { historicalHashprice, isHashpriceError } from '../../src/model/hashprice.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

const calm = (start: string) => (d: Draft) => {
  d.start = start;
  d.horizon = '30 days';
  d.network = { model: { type: 'growth', rate: '0 %' } };
  d.fees = { model: { type: 'share-of-subsidy', share: '0 %' } };
  d.price = { model: { type: 'fixed' } };
  d.claims = undefined;
};

describe('the view held fixed says what a Monero day’s blocks paid beside the rule’s base reward', () => {
  it('historicalHashprice() on 2014-05-20 prices the day’s blocks: 16.527687 XMR a block, 48.6515 USD/kH/s/day', () => {
    const h = historicalHashprice(loadHistory('monero'), '2014-05-20');
    if (isHashpriceError(h)) throw new Error(h.message);
    expect(h.subsidyPerBlock).toBeCloseTo(16.527687, 6);
    expect(h.hashpriceUsd).toBeCloseTo(48.6515, 4);
  });

  it('runMonteCarlo() from 2014-05-20 holds the rule’s 16.818206 XMR (49.5067) and names the day’s 16.53', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', calm('2014-05-20'));
    const summary = (await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 })).summary;
    const view = summary.dailyView!;
    expect(view.hashpriceUsd).toBeCloseTo(49.5067, 4);
    expect(view.fees?.rewardPerBlock).toBeCloseTo(16.818206, 6);
    expect(view.fees?.dayRewardPerBlock).toBeCloseTo(16.527687, 6);
    expect(headlineTable(summary).split('\n')[1]).toContain(
      '(16.8182 XMR a block and 0 XMR of fees, the fee model’s 0 % of the subsidy; the day’s blocks paid 16.5277 XMR a block and 0.0000004271 XMR of fees)',
    );
  }, 60_000);

  it('runMonteCarlo() from 2017-05-17 holds the rule’s 7.580492 XMR and names the day’s 7.574', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', calm('2017-05-17'));
    const summary = (await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 })).summary;
    const view = summary.dailyView!;
    expect(view.fees?.rewardPerBlock).toBeCloseTo(7.580492, 6);
    expect(view.fees?.dayRewardPerBlock).toBeCloseTo(7.574218, 6);
    expect(headlineTable(summary).split('\n')[1]).toContain(
      '(7.5805 XMR a block and 0 XMR of fees, the fee model’s 0 % of the subsidy; the day’s blocks paid 7.5742 XMR a block and 0.08453 XMR of fees)',
    );
  }, 60_000);

  it('runMonteCarlo() of a Bitcoin day whose blocks paid the subsidy names only the fees (12.5 BTC)', async () => {
    const s = await loadScenario('north-korea-2017-s9', (d) => {
      d.horizon = '30 days';
      d.claims = undefined;
    });
    const summary = (await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 })).summary;
    expect(summary.dailyView?.fees?.dayRewardPerBlock).toBe(12.5);
    expect(headlineTable(summary).split('\n')[1]).toContain('; the day’s blocks paid 3.0895 BTC of fees)');
  }, 60_000);
});
