// `--set key.path=value` overrides: applied to the scenario as written, before validation, so an
// override is checked exactly like the file. Values are read as YAML (`20`, `0.05 USD/kWh`,
// `{ type: gbm, calibrate: 2 years }`).
import { parse } from 'yaml';
import { overrideMessages as m } from './messages.js';
import type { PathKey, Problem } from './problem.js';

export interface Override {
  text: string;
  path: PathKey[];
  value: unknown;
}

export type OverrideResult = { ok: true; overrides: Override[] } | { ok: false; problems: Problem[] };

const SEGMENT = /^([A-Za-z_][\w-]*)((?:\[\d+\])*)$/;

export function parseOverrides(texts: readonly string[]): OverrideResult {
  const overrides: Override[] = [];
  const problems: Problem[] = [];
  for (const text of texts) {
    const eq = text.indexOf('=');
    const fail = (message: string) => problems.push({ file: '--set', line: 0, col: 0, path: text, message });
    if (eq <= 0) {
      fail(m.noEquals());
      continue;
    }
    const path = parsePath(text.slice(0, eq).trim());
    if (!path) {
      fail(m.badPath());
      continue;
    }
    let value: unknown;
    try {
      value = parse(text.slice(eq + 1), { maxAliasCount: 0 });
    } catch {
      fail(m.badValue());
      continue;
    }
    overrides.push({ text, path, value: value === null ? text.slice(eq + 1).trim() : value });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, overrides };
}

function parsePath(text: string): PathKey[] | null {
  const path: PathKey[] = [];
  for (const part of text.split('.')) {
    if (/^\d+$/.test(part)) {
      path.push(Number(part));
      continue;
    }
    const match = SEGMENT.exec(part);
    if (!match) return null;
    path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path.length > 0 ? path : null;
}

/** Applies overrides to a plain copy of the written scenario (creating mappings as needed). */
export function applyOverrides(value: unknown, overrides: readonly Override[]): unknown {
  const root = structuredClone(value) as Record<string | number, unknown>;
  for (const o of overrides) {
    let node = root;
    for (let i = 0; i < o.path.length - 1; i++) {
      const key = o.path[i];
      const next = node[key];
      if (next === null || typeof next !== 'object') node[key] = typeof o.path[i + 1] === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
    node[o.path[o.path.length - 1]] = o.value;
  }
  return root;
}
