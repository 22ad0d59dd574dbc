// The hardware catalog: Bitcoin ASICs (data/asic-models.csv) and the devices the Bitcoin table
// lacks (data/hardware-extra.csv) in one list with hashrate in H/s, the aliases of
// data/hardware-aliases.csv, and optionally a user's catalog that adds or replaces machines.
// A catalog is an immutable value: a user catalog makes a new one and never changes the shipped
// one, so scenarios validated in the same process cannot see each other's machines.

import { readFileSync } from 'node:fs';
import { readCsvText } from './csv.js';
import { type CatalogLayout, type CatalogRow, parseHardwareCsv } from './hardware-csv.js';
import type { HardwareModel } from './hardware-model.js';
import { createNameIndex, type HardwareAlias, type HardwareLookup } from './hardware-names.js';
import { dataPath } from './paths.js';
import { closestNames, looseKey } from './similar.js';

export type { Confidence, HardwareModel } from './hardware-model.js';
export type { HardwareLookup } from './hardware-names.js';

export interface UserCatalogInfo {
  /** The file as the user named it (relative to the scenario or the working directory). */
  file: string;
  machines: number;
  /** Shipped machines the user catalog replaces, by their shipped names. */
  replaced: string[];
}

export interface HardwareCatalog {
  /** Every machine: the shipped ones in file order (replaced ones in place), then the user's additions. */
  readonly models: readonly HardwareModel[];
  /** Set when a user catalog extends the shipped one. */
  readonly user?: UserCatalogInfo;
  lookup(name: string): HardwareLookup;
}

function createCatalog(
  models: readonly HardwareModel[],
  aliases: readonly HardwareAlias[],
  user?: UserCatalogInfo,
): { catalog: HardwareCatalog; conflicts: string[] } {
  const index = createNameIndex(models, aliases);
  return { catalog: { models, user, lookup: (name) => index.lookup(name) }, conflicts: index.conflicts };
}

/** A shipped data file's machines; a problem in a shipped file is a bug, so it throws. */
function shippedRows(fileName: string, layout: CatalogLayout): CatalogRow[] {
  const path = dataPath(fileName);
  const parsed = parseHardwareCsv(readFileSync(path, 'utf8'));
  const problems = parsed.problems.map((p) => `${path}:${p.line}:${p.col} ${p.column}: ${p.message}`);
  if (parsed.layout !== layout) problems.push(`${path}: expected the ${layout} columns`);
  if (problems.length > 0) throw new Error(`hardware catalog:\n${problems.join('\n')}`);
  return parsed.rows;
}

function shippedAliases(): HardwareAlias[] {
  const path = dataPath('hardware-aliases.csv');
  const { header, rows } = readCsvText(readFileSync(path, 'utf8'));
  if (header?.cells.map((c) => c.text).join(',') !== 'alias,model,reason')
    throw new Error(`${path}: expected the columns alias,model,reason`);
  return rows.map((row) => {
    const [alias, model, reason] = row.cells.map((c) => c.text.trim());
    if (row.cells.length !== 3 || !alias || !model || !reason)
      throw new Error(`${path}:${row.line}: expected alias, model and reason, none empty`);
    return { alias, model, reason };
  });
}

let shipped: { catalog: HardwareCatalog; aliases: HardwareAlias[] } | undefined;

/** The shipped catalog, read once (it never changes while minesim runs). */
export function shippedCatalog(): HardwareCatalog {
  if (shipped) return shipped.catalog;
  const models = [
    ...shippedRows('asic-models.csv', 'asic-models'),
    ...shippedRows('hardware-extra.csv', 'hardware-extra'),
  ].map((row) => row.model);
  const keys = new Map<string, HardwareModel>();
  for (const m of models) {
    const clash = keys.get(looseKey(m.model));
    if (clash !== undefined)
      throw new Error(`hardware catalog: "${m.model}" and "${clash.model}" read as the same name`);
    keys.set(looseKey(m.model), m);
  }
  const aliases = shippedAliases();
  const { catalog, conflicts } = createCatalog(models, aliases);
  if (conflicts.length > 0) throw new Error(`data/hardware-aliases.csv:\n${conflicts.join('\n')}`);
  shipped = { catalog, aliases };
  return catalog;
}

/**
 * The shipped catalog with a user's machines (already checked, names unique within the file): a
 * machine whose name matches a shipped one loosely replaces it in place; the others are added.
 */
export function extendCatalog(rows: readonly CatalogRow[], file: string): HardwareCatalog {
  const base = shippedCatalog();
  const models = [...base.models];
  const position = new Map(models.map((m, i) => [looseKey(m.model), i]));
  const replaced: string[] = [];
  for (const row of rows) {
    const at = position.get(looseKey(row.model.model));
    const replaces = at !== undefined;
    const model = { ...row.model, origin: { file, line: row.line, replaces } };
    if (replaces) {
      replaced.push(models[at].model);
      models[at] = model;
    } else models.push(model);
  }
  // Aliases keep their meaning; a user machine named like an alias form wins, as an own name does.
  return createCatalog(models, shipped?.aliases ?? [], { file, machines: rows.length, replaced }).catalog;
}

/** Every shipped model, Bitcoin ASICs first, in file order. */
export function loadCatalog(): readonly HardwareModel[] {
  return shippedCatalog().models;
}

/** The shipped model a name stands for (see hardware-names.ts); undefined when unknown or ambiguous. */
export function findHardware(name: string): HardwareModel | undefined {
  const found = shippedCatalog().lookup(name);
  return found.kind === 'found' ? found.model : undefined;
}

/** Shipped catalog names nearest to an unknown `name`, best first, for "did you mean". */
export function closestHardwareNames(name: string, n = 3): string[] {
  return closestNames(
    name,
    loadCatalog().map((m) => m.model),
    n,
  );
}
