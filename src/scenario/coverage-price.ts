// Coverage rules of a price model's calibration windows (scenario/coverage.ts): the window a model
// calibrates on, the returns a GARCH-t fit needs, a bootstrap's dates.

import type { History } from '../data/history.js';
import { defaultModelMessages } from '../messages/calibration.js';
import { coverageMessages as m } from '../messages/coverage.js';
import {
  calibrationWindow,
  estimateDiffusion,
  estimateJumpDiffusion,
  JUMP_SIGMAS,
  logReturns,
} from '../model/market/calibrate.js';
import { garchFittable, MIN_FIT_RETURNS, MIN_ORIGIN_FIT_RETURNS } from '../model/market/garch-fit.js';
import { checkWindow } from './coverage-window.js';
import type { RuleProblem, Scenario } from './normalize.js';
import { priceExample } from './price-example.js';

type Rule = (s: Scenario, h: History, out: RuleProblem[]) => void;

/** The GARCH-t parameters a calibration fits when they are not given. */
const GARCH_FITTED = ['alpha', 'beta', 'nu', 'volatility'] as const;

export const priceWindows: Rule = (s, h, out) => {
  const p = s.price.model;
  if ((p.type === 'gbm' || p.type === 'jump-diffusion') && p.calibrate !== undefined) {
    const jumpKeys = ['jumpsPerYear', 'jumpMean', 'jumpVolatility'] as const;
    const allGiven =
      p.drift !== undefined &&
      p.volatility !== undefined &&
      (p.type === 'gbm' || jumpKeys.every((k) => p[k] !== undefined));
    const keys =
      p.type === 'gbm'
        ? '`price.model.drift` and `price.model.volatility`'
        : '`price.model.drift`, `volatility`, `jumpsPerYear`, `jumpMean` and `jumpVolatility`';
    const before = out.length;
    if (!allGiven) checkWindow(s, h, p.calibrate, p.partial, ['price', 'model', 'calibrate'], keys, out);
    // A window whose price never moves (imported days can hold one) calibrates a volatility of 0:
    // a price without a random part under a random model's name.
    if (p.type === 'gbm' && out.length === before && p.volatility === undefined) {
      const w = calibrationWindow(h, s.start, p.calibrate);
      if (estimateDiffusion(logReturns(h.priceUsd, w)).volatility === 0)
        out.push({
          path: ['price', 'model', 'calibrate'],
          message: m.flatWindow(w.firstDate, w.lastDate, 'GBM', keys),
        });
    }
    // Jumps calibrated on a window that holds none: the model would run without them, a GBM under
    // the jump-diffusion's name. A short window often holds none: Bitcoin has about 12 a year by
    // this rule (2019-2025), so 40 days hold none on about a quarter of starts.
    if (p.type === 'jump-diffusion' && out.length === before && p.jumpsPerYear === undefined) {
      const w = calibrationWindow(h, s.start, p.calibrate);
      const returns = logReturns(h.priceUsd, w);
      if (estimateJumpDiffusion(returns).jumpCount === 0)
        out.push({
          path: ['price', 'model', 'calibrate'],
          message: m.noJumps(h.dateAt(w.from), h.dateAt(w.to - 1), returns.length, JUMP_SIGMAS),
        });
    }
  }
  // A partial window for a GARCH-t fit holds at least the returns a fit takes (a year of days, fewer
  // at a start a scored mixture runs it from: garch-fit.ts), and they must vary: a window whose
  // price never moves (imported days can hold one) has no variance to fit.
  if (p.type === 'garch-t' && p.calibrate !== undefined) {
    const before = out.length;
    const least = s.scoredOrigin ? MIN_ORIGIN_FIT_RETURNS : MIN_FIT_RETURNS;
    const instead = '`price.model.alpha`, `beta`, `nu`, `volatility` and `drift`';
    checkWindow(s, h, p.calibrate, p.partial, ['price', 'model', 'calibrate'], instead, out, least + 1);
    const fitted = GARCH_FITTED.some((key) => p[key] === undefined);
    const w = calibrationWindow(h, s.start, p.calibrate);
    if (out.length === before && fitted && !garchFittable(logReturns(h.priceUsd, w), least))
      out.push({
        path: ['price', 'model', 'calibrate'],
        message: m.flatWindow(w.firstDate, w.lastDate, 'GARCH-t', instead),
      });
  }
  if (p.type === 'bootstrap') {
    if (p.from === undefined)
      checkWindow(
        s,
        h,
        p.window,
        p.partial,
        ['price', 'model', 'window'],
        // The default's keys alone would lack its type: a model with its figures given, written whole.
        s.defaultModels?.includes('price')
          ? defaultModelMessages.givenModelWritten('price', priceExample(s.coin, h))
          : 'an explicit `price.model.from` and `price.model.to` inside the history',
        out,
      );
    else
      for (const end of ['from', 'to'] as const) {
        const date = p[end];
        if (date !== undefined && h.indexOf(date) < 0)
          out.push({
            path: ['price', 'model', end],
            message: m.dateOutsideHistory(date, s.coin, h.firstDate, h.lastDate, `price.model.${end}`),
          });
      }
  }
};
