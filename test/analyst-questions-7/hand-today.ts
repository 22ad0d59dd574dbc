// The present-day scenario the questions of this folder share, at the analyst's own figures for
// 2026-12-07 (388 days past the shipped history): 100 Antminer S21s (200 TH/s, 3,500 W) at 3,400 USD
// plus the 21.6 % US tariff on machines from Indonesia, Malaysia or Thailand (DOMAIN.md), a 2 % pool
// fee, block 978,000, difficulty 150 T with the hashrate that finds 144 blocks a day at it
// (150e12 x 2^32 / 600 s = 1,073.741824 EH/s), held flat, BTC at 110,000 USD held flat, 0.02 BTC
// of fees a block. Everything is then known by hand: the fleet finds 20 PH/s over that hashrate of
// each day's 144 blocks, the halving at block 1,050,000 comes on day 500 (2028-04-20) exactly, and
// a machine's day is 200e12 x 86,400 / (150e12 x 2^32) blocks x (subsidy + 0.02) x 0.98 x 110,000.
import type { Scratch } from '../analyst-questions-2/hand.js';

export const START = '2026-12-07';
export const DAYS = 731; // 2 years
export const UNITS = 100;
export const UNIT_PRICE = 3400;
export const CAPEX = UNITS * UNIT_PRICE * 1.216;
export const KW = 3.5;
export const HALVING_DAY = (1_050_000 - 978_000) / 144;
const PRICE = 110_000;
const BLOCKS_A_DAY_PER_MACHINE = (200e12 * 86_400) / (150e12 * 2 ** 32);

/** A machine's coins on day `d`, after the 2 % pool fee. */
export const machineCoins = (d: number) =>
  BLOCKS_A_DAY_PER_MACHINE * ((d < HALVING_DAY ? 3.125 : 1.5625) + 0.02) * 0.98;
/** A machine's revenue on day `d`, USD. */
export const machineRevenue = (d: number) => machineCoins(d) * PRICE;
/** The fleet's profit on day `d` at `tariff` USD/kWh, before capex. */
export const fleetProfit = (d: number, tariff: number) => UNITS * (machineRevenue(d) - KW * 24 * tariff);

/** The scenario at `tariff` USD/kWh, with `more` YAML appended, written in the test file's `scratch`. */
export function todayFile(scratch: Scratch, name: string, tariff: number, more = ''): string {
  return scratch.scenarioFile(
    name,
    `name: ${name}
start: ${START}
horizon: 2 years
fleet:
  - { name: s21, model: Antminer S21, count: ${UNITS}, unitPrice: ${UNIT_PRICE} USD, importPremium: 21.6 % }
power: { price: ${tariff} USD/kWh }
costs: { poolFee: 2 % }
network:
  height: 978000
  difficulty: 150 T
  hashrate: 1073.741824 EH/s
  model: { type: growth, rate: 0 % }
price: { start: ${PRICE} USD, model: { type: fixed } }
fees: { model: { type: per-block, amount: 0.02 } }
monteCarlo: { paths: 1 }
${more}`,
  );
}

/** The fleet's resale at the horizon: 80 % of the unit price at the hashprice then over the start's. */
export const salvage = (unitPrice = UNIT_PRICE) =>
  UNITS * 0.8 * unitPrice * ((1.5625 + 0.02) / (3.125 + 0.02));
