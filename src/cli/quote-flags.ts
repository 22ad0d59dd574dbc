// `minesim quote`'s flags read into canonical numbers. Each flag takes a bare number in its
// documented unit or one of a few written units; the general unit reader (scenario/units.ts) is
// left out on purpose, since loading mathjs alone would take most of the quote's second.

import { cliMessages } from '../messages/cli.js';
import { quoteMessages as m } from '../messages/quote.js';
import type { ContractTerms } from '../model/hosting.js';
import { NO_CONTRACT } from '../model/hosting.js';
import { DAYS_PER_MONTH } from '../scenario/contract-terms.js';
import { scaleDecimal } from '../scenario/decimal-scale.js';
import { MIN_NORMAL, outOfRange } from '../scenario/number-range.js';
import { LIMITS } from '../scenario/schema/limits.js';
import { numberFormProblem } from '../scenario/typed-number.js';
import { UsageError } from './exit.js';

/** A decimal as minesim reads every typed number (typed-number.ts), in thousands or not, then its unit. */
const NUMBER = /^\s*([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*?)\s*$/;

/** `value` as a number times the factor of its written unit (the empty unit is the bare number's). */
function read(
  flag: string,
  value: unknown,
  units: Readonly<Record<string, number>>,
  forms: string,
  least?: string,
): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const form = numberFormProblem(text);
  if (form !== undefined) throw new UsageError(cliMessages.numberForm(`--${flag}`, form));
  const match = NUMBER.exec(text);
  const unit = match ? match[2].replace(/\s+/g, '') : undefined;
  const factor = unit === undefined ? undefined : units[unit.toLowerCase()];
  // `90,000` as the quote prints a price: the figure without its separators.
  const digits = match ? match[1].replaceAll(',', '') : '';
  const number = match ? Number(digits) : Number.NaN;
  if (factor === undefined || !Number.isFinite(number)) throw new UsageError(m.badValue(flag, value, forms));
  // 1e-400 would read as 0, 1e-320 with its digits lost; so would 1e-306 USD/MWh in USD/kWh.
  // The decimal point moved for a power of ten: `95 %` is 0.95 and `35 USD/MWh` 0.035, as written bare.
  const x = scaleDecimal(digits, number, factor);
  if (outOfRange(digits, number) !== null || (number !== 0 && Math.abs(x) < MIN_NORMAL))
    throw new UsageError(m.tooSmall(flag, value, least));
  return x;
}

function inRange(flag: string, value: unknown, x: number, min: number, max: number, range: string): number {
  if (!(x >= min && x <= max)) throw new UsageError(m.outOfRange(flag, value, range));
  return x;
}

/** A share: `2%`, `2 %` or `0.02`, from `min` (0 unless given) to `max`. */
export function readShare(flag: string, value: unknown, max = 1, min = 0): number {
  const x = read(flag, value, { '': 1, '%': 0.01 }, 'a share such as `2%` or `0.02`');
  return inRange(flag, value, x, min, max, `from ${min * 100} % to ${max * 100} %`);
}

/** A price per kWh: bare USD/kWh, `USD/kWh` or `USD/MWh`. */
export function readTariff(flag: string, value: unknown): number {
  // Units are read without their case, but `mWh` is a milliwatt-hour as a scenario reads it (and
  // refuses it past 10 USD/kWh): the quote does not take it for megawatt-hours.
  if (typeof value === 'string' && /mWh\s*$/.test(value)) throw new UsageError(m.milliwattHour(flag, value));
  const x = read(
    flag,
    value,
    { '': 1, 'usd/kwh': 1, 'usd/mwh': 1e-3 },
    'USD/kWh, such as `0.06` or `60 USD/MWh`',
  );
  return inRange(flag, value, x, 0, 10, 'from 0 to 10 USD/kWh');
}

/** An amount of USD: bare or `USD`. */
export function readUsd(flag: string, value: unknown, positive = false): number {
  // A coin price takes what a scenario's `price.start` does: the held-fixed hashprice is the coins
  // a hash earns times it, which a price nearer 0 would print as 0.
  const least = positive ? LIMITS.shownMinCoinPrice : undefined;
  const x = read(flag, value, { '': 1, usd: 1 }, 'an amount of USD such as `3400`', least);
  if (positive)
    return inRange(
      flag,
      value,
      x,
      LIMITS.minCoinPriceUsd,
      1e12,
      `from ${LIMITS.shownMinCoinPrice} to 1e12 USD`,
    );
  return inRange(flag, value, x, 0, 1e12, 'from 0 to 1e12 USD');
}

/** A hashrate unit's name as the industry also writes it, without its `/s`: `USD/PH/day` for `USD/PH/s/day`. */
const perDayForm = (name: string) => name.toLowerCase().replace('/s/', '/');

/**
 * A hashprice in the coin's unit (`unitName`, e.g. USD/PH/s/day), bare or written; `perTh`
 * (USD/TH/s/day) reads per TH/s. Each is also taken without its `/s` (`USD/PH/day`), as the
 * industry writes it and as a scenario's `network.hashprice` reads it.
 */
export function readHashprice(value: unknown, unitName: string, perTh?: string): number {
  const units: Record<string, number> = { '': 1, [unitName.toLowerCase()]: 1, [perDayForm(unitName)]: 1 };
  if (perTh) {
    units[perTh.toLowerCase()] = 1000;
    units[perDayForm(perTh)] = 1000;
  }
  const x = read(
    'hashprice',
    value,
    units,
    `${unitName}, such as \`45\`${perTh ? ` or \`0.045 ${perTh}\`` : ''}`,
  );
  return inRange('hashprice', value, x, 0, 1e15, `from 0 to 1e15 ${unitName}`);
}

/**
 * A network difficulty as a block explorer prints it: bare (`150000000000000`, `1.5e14`) or with an
 * SI prefix (`150T`, `150 T`, `480 G`), from the protocol's minimum of 1 up to 1e30, as a scenario's
 * `network.difficulty` takes it.
 */
export function readDifficulty(value: unknown): number {
  const x = read(
    'difficulty',
    value,
    { '': 1, k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15, e: 1e18 },
    'a difficulty such as `150T`, `150 T` or `1.5e14`',
  );
  return inRange('difficulty', value, x, LIMITS.minDifficulty, LIMITS.maxDifficulty, 'from 1 to 1e30');
}

/** Fees a block: in coins (bare or with the ticker: `0.025 BTC`), or a share of the subsidy (`1%`). */
export function readFees(value: unknown, ticker: string): { coins: number } | { share: number } {
  const text = typeof value === 'string' ? value.trim() : String(value);
  if (/%\s*$/.test(text)) return { share: readShare('fees', value, 10) };
  const x = read(
    'fees',
    value,
    { '': 1, [ticker.toLowerCase()]: 1 },
    `fees a block in ${ticker} such as \`0.025\` or \`0.025 ${ticker}\`, or a share of the subsidy such as \`1%\``,
  );
  return { coins: inRange('fees', value, x, 0, 1e6, `from 0 to 1,000,000 ${ticker} a block`) };
}

/** A block height: a whole number from 0 to 100,000,000. */
export function readHeight(value: unknown): number {
  const x = read('height', value, { '': 1 }, 'a block height such as `940000`');
  if (!Number.isInteger(x))
    throw new UsageError(m.badValue('height', value, 'a whole block height such as `940000`'));
  return inRange('height', value, x, 0, 1e8, 'from 0 to 100,000,000');
}

/** Whether a --hosting is an all-in rate per unit of energy (`0.075 USD/kWh`, `75 USD/MWh`), as --tariff reads one. */
export function isAllInRate(text: string): boolean {
  return /[km]wh\s*$/i.test(text);
}

/**
 * `--hosting`: `10 USD/kW/month` (per kW a month, on nameplate power, or drawn power with
 * `metered`), `0.075 USD/kWh` or `75 USD/MWh` (all-in) or `30 %` (the site's revenue share).
 */
export function readHosting(value: unknown, metered: boolean): ContractTerms {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const forms =
    'a fee such as `10 USD/kW/month`, an all-in rate such as `0.075 USD/kWh`, or a revenue share such as `30%`';
  if (metered && !/\/mo(nth)?\s*$/i.test(text)) throw new UsageError(m.meteredNeedsPerKw());
  if (/%\s*$/.test(text))
    return {
      ...NO_CONTRACT,
      basis: 'revenue-share',
      siteShare: readShare('hosting', value),
      siteShareAfter: readShare('hosting', value),
    };
  if (isAllInRate(text))
    return { ...NO_CONTRACT, basis: 'all-in', meteredUsdPerKwDay: 24 * readTariff('hosting', value) };
  const perMonth = read('hosting', value, { 'usd/kw/month': 1, 'usd/kw/mo': 1 }, forms);
  // As a scenario reads the fee (USD/W/day, scenario/units.ts), then per kW (contract-terms.ts), so
  // that the quote charges what a scenario writing the same fee charges, to the bit.
  const perDay =
    (inRange('hosting', value, perMonth, 0, 10_000, 'from 0 to 10,000 USD/kW/month') /
      (DAYS_PER_MONTH * 1000)) *
    1000;
  return metered
    ? { ...NO_CONTRACT, basis: 'per-kw', meteredUsdPerKwDay: perDay }
    : { ...NO_CONTRACT, basis: 'per-kw', nameplateUsdPerKwDay: perDay };
}
