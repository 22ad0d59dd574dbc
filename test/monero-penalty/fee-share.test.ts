// A share-of-subsidy fee model pays a simulated block its share of the block's reward, the emission
// rule's (model/monero-day.ts). Calibrated, the share was the window's fees over the coins its
// blocks issued, which on Monero's history fell short of the rule by the block-size penalties: a
// share of less than the rule gives more fees a block than the window paid. By hand (python over
// data/xmr-daily.csv, the rule block by block in atomic units from the chain's supply), the 90 days
// 2017-02-16 to 2017-05-16 before the CPU scenario's start:
//   fees 7,562.32505769 XMR over 64,747 blocks (0.116798 XMR a block);
//   the rule issues them 522,299.355197 XMR (8.066773 a block), they issued 519,787.962420;
//   share 7,562.32505769 / 522,299.355197 = 1.4478909 %, where it read / 519,787.962420 = 1.4548865 %
//   (0.48 % more), so at the start's 7.580492 XMR a block the view held fixed counts
//   0.014478909 x 7.580492 = 0.109757 XMR of fees, not 0.110287.
// Bitcoin's history issues the rule's subsidy on every day: its share is read as before, to the bit.
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { calibrationWindow, estimateFeeShare } from '../../src/model/market/calibrate.js';
import { feeShare } from '../../src/model/market/fees/fee-level.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';

describe('a Monero fee share is measured on the coins the emission rule gives the window’s blocks', () => {
  it('feeShare() over the 90 days to 2017-05-17 is 1.4478909 %, not 1.4548865 %', () => {
    const share = feeShare({ type: 'share-of-subsidy', calibrate: 90 }, '2017-05-17', loadHistory('monero'));
    expect(share.share).toBeCloseTo(0.014478909427, 11);
  });

  it('the CPU scenario’s view held fixed counts 0.109757 XMR of fees a block at 7.580492, not 0.110287', async () => {
    const s = await loadScenario('north-korea-2017-monero-cpu', (d: Draft) => {
      d.horizon = '30 days';
      d.claims = undefined;
    });
    const view = (await runMonteCarlo(s, { paths: 2, workers: 1, breakEvenPaths: 0 })).summary.dailyView!;
    expect(view.fees?.rewardPerBlock).toBeCloseTo(7.580492, 6);
    expect(view.fees?.feesPerBlock).toBeCloseTo(0.109757, 6);
  }, 60_000);

  it('feeShare() of Bitcoin over the 90 days to 2017-05-17 is its fees over its issuance, to the bit', () => {
    const btc = loadHistory('bitcoin');
    const w = calibrationWindow(btc, '2017-05-17', 90);
    expect(feeShare({ type: 'share-of-subsidy', calibrate: 90 }, '2017-05-17', btc).share).toBe(
      estimateFeeShare(btc.fees, btc.issuance, w),
    );
  });
});
