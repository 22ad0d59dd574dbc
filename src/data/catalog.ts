// The hardware catalog: Bitcoin ASICs (data/asic-models.csv) and the Monero-era devices the
// Bitcoin table lacks (data/hardware-extra.csv), in one list with hashrate in H/s. Loaded once.

import { readFileSync } from 'node:fs';
import { dataPath } from './paths.js';
import { closestNames, looseKey } from './similar.js';

export type Confidence = 'high' | 'medium' | 'low';

export interface HardwareModel {
  model: string;
  manufacturer: string;
  /** First availability, yyyy-mm. */
  releaseMonth: string;
  /** Nominal hashrate of one unit, H/s. */
  hashrateHs: number;
  /** Nominal power of one unit at the wall, W. */
  powerW: number;
  /** Launch or first-batch price, USD; absent when no source gave one. */
  launchPriceUsd?: number;
  /** 'sha256' (Bitcoin ASIC), 'cryptonight-asic', 'cpu', ...: what a proof-of-work change can strand. */
  hardwareClass: string;
  algorithm: string;
  source: string;
  confidence: Confidence;
}

type Row = Record<string, string>;

/** Splits one CSV line, honouring double-quoted fields (the shipped files use none today). */
function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

function readRows(fileName: string): { path: string; rows: Row[] } {
  const path = dataPath(fileName);
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trimEnd());
  const header = splitCsvLine(lines[0]);
  const rows: Row[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line === '') return;
    const cells = splitCsvLine(line);
    if (cells.length !== header.length) {
      throw new Error(`${path}:${i + 2}: expected ${header.length} fields, got ${cells.length}`);
    }
    rows.push(Object.fromEntries(header.map((name, k) => [name, cells[k]])));
  });
  return { path, rows };
}

function positive(path: string, row: Row, column: string): number {
  const value = Number(row[column]);
  if (row[column] === '' || !(value > 0)) {
    throw new Error(
      `${path}: ${row.model} ${column} must be a number > 0 (got ${JSON.stringify(row[column])})`,
    );
  }
  return value;
}

function toModel(
  path: string,
  row: Row,
  hashrateHs: number,
  hardwareClass: string,
  algorithm: string,
): HardwareModel {
  const confidence = row.confidence;
  if (confidence !== 'high' && confidence !== 'medium' && confidence !== 'low') {
    throw new Error(
      `${path}: ${row.model} confidence must be high, medium or low (got ${JSON.stringify(confidence)})`,
    );
  }
  const model: HardwareModel = {
    model: row.model,
    manufacturer: row.manufacturer,
    releaseMonth: row.release_month,
    hashrateHs,
    powerW: positive(path, row, 'power_w'),
    hardwareClass,
    algorithm,
    source: row.source,
    confidence,
  };
  if (row.launch_price_usd !== '') model.launchPriceUsd = positive(path, row, 'launch_price_usd');
  return model;
}

let catalog: readonly HardwareModel[] | undefined;
let byKey: Map<string, HardwareModel> | undefined;

/** Every model in the catalog, Bitcoin ASICs first, in file order. */
export function loadCatalog(): readonly HardwareModel[] {
  if (catalog !== undefined) return catalog;
  const asics = readRows('asic-models.csv');
  const extra = readRows('hardware-extra.csv');
  const models = [
    ...asics.rows.map((row) =>
      toModel(asics.path, row, positive(asics.path, row, 'hashrate_ths') * 1e12, 'sha256', 'sha256'),
    ),
    ...extra.rows.map((row) =>
      toModel(extra.path, row, positive(extra.path, row, 'hashrate_hs'), row.hardware_class, row.algorithm),
    ),
  ];
  const keys = new Map<string, HardwareModel>();
  for (const m of models) {
    const key = looseKey(m.model);
    const clash = keys.get(key);
    if (clash !== undefined)
      throw new Error(`hardware catalog: "${m.model}" and "${clash.model}" read as the same name`);
    keys.set(key, m);
  }
  catalog = models;
  byKey = keys;
  return models;
}

/** The model named `name`, ignoring case, spaces, hyphens and underscores; undefined when unknown. */
export function findHardware(name: string): HardwareModel | undefined {
  loadCatalog();
  return byKey?.get(looseKey(name));
}

/** Catalog names nearest to an unknown `name`, best first, for "did you mean". */
export function closestHardwareNames(name: string, n = 3): string[] {
  return closestNames(
    name,
    loadCatalog().map((m) => m.model),
    n,
  );
}
