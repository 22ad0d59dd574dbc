// The units scenarios commonly write, with the conversion mathjs makes of them, so that reading a
// scenario that writes only these needs no mathjs (about 0.7 s of start-up). value = number x
// scale x factor, the same expression as units.ts parseQuantity's through mathjs, with the same
// numbers: test/scenario/known-units.test.ts checks every row against mathjs to the bit.
import type { QuantityKind } from './quantity-kinds.js';

type Row = readonly [kind: QuantityKind, written: string, scale: number, factor: number];

// biome-ignore format: a table reads better one row a line
const ROWS: readonly Row[] = [
  ['hashrate', 'H/s', 1, 1],
  ['hashrate', 'kH/s', 1, 1000],
  ['hashrate', 'MH/s', 1, 1000000],
  ['hashrate', 'GH/s', 1, 1000000000],
  ['hashrate', 'TH/s', 1, 1000000000000],
  ['hashrate', 'PH/s', 1, 1000000000000000],
  ['hashrate', 'EH/s', 1, 1000000000000000000],
  ['power', 'W', 1, 1],
  ['power', 'kW', 1, 1000],
  ['power', 'MW', 1, 1000000],
  ['power', 'GW', 1, 1000000000],
  ['power', 'w', 1, 1],
  ['power', 'kw', 1, 1000],
  ['energy-price', 'USD/kWh', 1, 1],
  ['energy-price', 'USD/MWh', 1, 0.001],
  ['energy-price', 'USD/Wh', 1, 1000.0000000000001],
  ['energy-price', 'USD/kwh', 1, 1],
  ['energy-price', 'usd/kWh', 1, 1],
  ['energy-price', 'usd/kwh', 1, 1],
  ['money', 'USD', 1, 1],
  ['money', 'usd', 1, 1],
  ['money-per-time', 'USD/day', 1, 1],
  ['money-per-time', 'USD/week', 1, 0.14285714285714288],
  ['money-per-time', 'USD/month', 1, 0.03285420944558522],
  ['money-per-time', 'USD/year', 1, 0.0027378507871321013],
  ['duration', 'day', 1, 1],
  ['duration', 'days', 1, 1],
  ['duration', 'week', 1, 7],
  ['duration', 'weeks', 1, 7],
  ['duration', 'month', 1, 30.4375],
  ['duration', 'months', 1, 30.4375],
  ['duration', 'year', 1, 365.25],
  ['duration', 'years', 1, 365.25],
  ['duration', 'hours', 1, 0.041666666666666664],
  // The short forms minesim prints (`421 d`, `2 y`) and analysts write (units.ts TIME_ABBREVIATIONS).
  ['duration', 'd', 1, 1],
  ['duration', 'wk', 1, 7],
  ['duration', 'wks', 1, 7],
  ['duration', 'y', 1, 365.25],
  ['duration', 'yr', 1, 365.25],
  ['duration', 'yrs', 1, 365.25],
  ['duration', 'mo', 1, 30.4375],
  ['duration', 'mos', 1, 30.4375],
  ['efficiency', 'J/H', 1, 1],
  ['efficiency', 'J/kH', 1, 0.001],
  ['efficiency', 'J/MH', 1, 0.000001],
  ['efficiency', 'J/GH', 1, 1e-9],
  ['efficiency', 'J/TH', 1, 1e-12],
  ['efficiency', 'J/PH', 1, 1e-15],
  ['efficiency', 'J/EH', 1, 1e-18],
  ['fraction', '', 1, 1],
  ['fraction', '%', 0.01, 1],
  ['rate-per-year', '', 1, 1],
  ['rate-per-year', '%', 0.01, 1],
  ['rate-per-year', '%/year', 0.01, 1],
  ['rate-per-year', '/year', 1, 1],
  ['rate-per-year', '%/month', 0.01, 12],
  ['rate-per-year', '/month', 1, 12],
  ['rate-per-year', '%/day', 0.01, 365.25],
  ['rate-per-year', '/day', 1, 365.25],
  ['rate-per-year', '% / year', 0.01, 1],
  ['money-per-power-time', 'USD/kW/month', 1, 0.00003285420944558522],
  ['money-per-power-time', 'USD/kW/year', 1, 0.000002737850787132101],
  ['money-per-power-time', 'USD/kW/day', 1, 0.001],
  ['money-per-power-time', 'USD/W/day', 1, 1],
  ['money-per-power-time', 'USD/MW/month', 1, 3.285420944558522e-8],
  ['money-per-power-time', 'USD/MW/year', 1, 2.7378507871321007e-9],
  ['money-per-power-time', 'USD/kW/week', 1, 0.00014285714285714287],
];

export const knownUnitKey = (kind: QuantityKind, written: string) => `${kind} ${written}`;

/** [scale, factor] by knownUnitKey. */
export const KNOWN_UNITS: ReadonlyMap<string, readonly [number, number]> = new Map(
  ROWS.map(([kind, written, scale, factor]) => [knownUnitKey(kind, written), [scale, factor]]),
);
