// The daily CSV formats `minesim data import` reads, recognised by their header:
// - shipped: the columns of data/btc-daily.csv or data/xmr-daily.csv (and of the files minesim
//   stores in the user data folder, which add height, source and licence);
// - coinmetrics: Coin Metrics community network data (csv/btc.csv of github.com/coinmetrics/data,
//   or the API's asset-metrics fields): time, PriceUSD, BlkCnt, FeeTotNtv, and DiffMean or
//   HashRate, with IssTotNtv where present;
// - simple: date, price_usd, difficulty, blocks, fees_per_block, and height where known.
// A format only says which column holds what; the rules live in check.ts, derivations in derive.ts.

import { dataMessages as m } from '../../messages/data.js';
import {
  COINS,
  type Coin,
  coinOfIssuanceColumn,
  coinProtocol,
  DEFAULT_COIN,
} from '../../model/coins/index.js';

export type DailyField =
  | 'date'
  | 'priceUsd'
  | 'difficulty'
  | 'hashrate'
  | 'blocks'
  | 'issuance'
  | 'fees'
  | 'feesPerBlock'
  | 'height'
  | 'source'
  | 'licence';

export type FormatId = 'shipped' | 'coinmetrics' | 'simple';

export interface DailyFormat {
  id: FormatId;
  /** 0-based column of each field the file has. */
  columns: Partial<Record<DailyField, number>>;
  /** Multiplier from the file's hashrate unit to H/s (Coin Metrics gives TH/s for Bitcoin, H/s for Monero). */
  hashrateToHs: number;
}

interface ColumnSpec {
  field: DailyField;
  names: readonly string[];
  required: boolean;
}

function shippedColumns(coin: Coin): ColumnSpec[] {
  const history = coinProtocol(coin).history;
  const hashrate = history.hashrateColumn;
  return [
    { field: 'date', names: ['date'], required: true },
    { field: 'priceUsd', names: ['price_usd'], required: true },
    { field: 'difficulty', names: ['difficulty_mean'], required: true },
    // A coin whose hashrate is difficulty / block time (Monero) has its Coin Metrics column not read.
    ...(hashrate !== null ? [{ field: 'hashrate' as const, names: [hashrate.name], required: false }] : []),
    { field: 'blocks', names: ['block_count'], required: true },
    { field: 'issuance', names: [history.issuanceColumn], required: true },
    { field: 'fees', names: [history.feesColumn], required: true },
    { field: 'height', names: ['height'], required: false },
    { field: 'source', names: ['source'], required: false },
    { field: 'licence', names: ['licence'], required: false },
  ];
}

const COINMETRICS_COLUMNS: ColumnSpec[] = [
  { field: 'date', names: ['time', 'date'], required: true },
  { field: 'priceUsd', names: ['PriceUSD'], required: true },
  { field: 'difficulty', names: ['DiffMean'], required: false },
  { field: 'hashrate', names: ['HashRate'], required: false },
  { field: 'blocks', names: ['BlkCnt'], required: true },
  { field: 'issuance', names: ['IssTotNtv'], required: false },
  { field: 'fees', names: ['FeeTotNtv'], required: true },
];

const SIMPLE_COLUMNS: ColumnSpec[] = [
  { field: 'date', names: ['date'], required: true },
  { field: 'priceUsd', names: ['price_usd'], required: true },
  { field: 'difficulty', names: ['difficulty'], required: true },
  { field: 'blocks', names: ['blocks'], required: true },
  { field: 'feesPerBlock', names: ['fees_per_block'], required: true },
  { field: 'height', names: ['height'], required: false },
];

/** The columns of the shipped file of a coin, in order: the layout minesim also stores. */
export function shippedHeader(coin: Coin): string[] {
  return [...coinProtocol(coin).history.header];
}

export type Detection =
  | { ok: true; format: DailyFormat; coin: Coin }
  | { ok: false; message: string; col: number };

/**
 * Which format a header is, and for which coin: the shipped format names its coin in its
 * issuance column; the others take `coin` (the --coin option, bitcoin when not given).
 */
export function detectFormat(header: readonly string[], coinOption: Coin | undefined): Detection {
  const has = (name: string) => header.includes(name);
  let id: FormatId;
  let coin: Coin = coinOption ?? DEFAULT_COIN;
  if (has('PriceUSD')) id = 'coinmetrics';
  else if (has('difficulty_mean')) {
    id = 'shipped';
    const named = coinOfIssuanceColumn(header);
    if (named === undefined) return { ok: false, message: m.shippedWithoutCoin(), col: 1 };
    if (coinOption !== undefined && coinOption !== named)
      return {
        ok: false,
        message: m.coinMismatch(named, coinOption),
        col: header.indexOf(COINS[named].history.issuanceColumn) + 1,
      };
    coin = named;
  } else if (has('fees_per_block')) id = 'simple';
  else return { ok: false, message: m.unknownFormat(header.join(',')), col: 1 };

  const specs =
    id === 'shipped' ? shippedColumns(coin) : id === 'coinmetrics' ? COINMETRICS_COLUMNS : SIMPLE_COLUMNS;
  const columns: DailyFormat['columns'] = {};
  const missing: string[] = [];
  // A column read twice (two price_usd) leaves no way to know which the file means.
  for (const name of specs.flatMap((spec) => spec.names)) {
    const second = header.indexOf(name, header.indexOf(name) + 1);
    if (header.indexOf(name) >= 0 && second >= 0)
      return { ok: false, message: m.duplicateColumn(name, header.indexOf(name) + 1), col: second + 1 };
  }
  for (const spec of specs) {
    const index = spec.names.map((n) => header.indexOf(n)).find((i) => i >= 0);
    if (index !== undefined) columns[spec.field] = index;
    else if (spec.required) missing.push(spec.names.join(' or '));
  }
  if (id === 'coinmetrics' && columns.difficulty === undefined && columns.hashrate === undefined)
    missing.push('DiffMean or HashRate');
  if (missing.length > 0)
    return { ok: false, message: m.missingColumns(id, missing, header.join(',')), col: 1 };
  const hashrateToHs = id === 'simple' ? 1 : (coinProtocol(coin).history.hashrateColumn?.toHs ?? 1);
  return { ok: true, coin, format: { id, columns, hashrateToHs } };
}
