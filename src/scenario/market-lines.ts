// The assumptions table's market lines that the market models' own lines leave out (assumptions.ts
// puts them after those): the default market models that ran, a given start difficulty, a
// price-coupled network's volatility.

import { defaultModelMessages } from '../messages/calibration.js';
import { shownDifficulty } from '../messages/shown.js';
import type { EarlyPrice, MarketFamily } from '../model/market/defaults.js';
import type { InputLine, RunFacts } from './input-line.js';
import type { Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';

const perYear = (x: number) => `${formatQuantity(x, 'fraction')} a year`;

/** Which default market models ran, and why the bootstrap where the price mixture could not. */
function defaultModelsLine(families: readonly MarketFamily[], early: EarlyPrice | undefined): InputLine {
  return {
    label: 'Default market models',
    value: `${families.join(' and ')}: ${defaultModelMessages.value(families, early)}`,
    note: defaultModelMessages.note(early),
    keys: ['defaultModels'],
  };
}

/**
 * Market inputs that the market models' own lines leave out. A back-test (`run` null) replays the
 * actual market and runs no model, so it states no default model either.
 */ export function marketLines(s: Scenario, run: RunFacts): InputLine[] {
  const lines: InputLine[] = [];
  if (s.defaultModels !== undefined && run !== null)
    lines.push(defaultModelsLine(s.defaultModels, s.earlyPrice));
  if (s.network.difficulty !== undefined)
    lines.push({
      label: 'Start difficulty',
      value: shownDifficulty(s.network.difficulty),
      note: 'given',
      keys: ['network.difficulty'],
    });
  const m = s.network.model;
  if (m.type === 'price-coupled')
    lines.push({
      label: 'Network volatility',
      value: perYear(m.volatility),
      note: 'of the daily hashrate shocks around the price-coupled level',
      keys: ['network.model.volatility'],
    });
  return lines;
}
