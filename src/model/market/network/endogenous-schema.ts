// How a scenario writes the endogenous network (endogenous.ts): the power price of the marginal
// fleet, the frontier's efficiency and its yearly gain, and the response (delivery lag, entry rate,
// entry and shutdown margins, shutdown, volatility), each fitted on the history before the start
// unless given. The record carries it as its branch of the network model's schema.
import { z } from 'zod';
import { LIMITS } from '../../../scenario/schema/limits.js';
import { quantity } from '../../../scenario/schema/quantity.js';
import { calibrate, partial, volatility } from '../schema-parts.js';

const ratio = (description: string) => z.number().gt(0).max(1e6).optional().meta({ description });

export const endogenousSchema = z.strictObject({
  type: z.literal('endogenous').meta({
    description:
      "Hashrate driven by miners' economics: machines are ordered while hashprice beats the power cost of the newest hardware and arrive after a delivery lag; machines switch off when the margin falls and come back when it recovers. Fitted on the history before the start.",
  }),
  powerPrice: quantity('energy-price', {
    description:
      'Power price of the marginal fleet, e.g. `0.05 USD/kWh`: the cost `entryMargin` and `shutdownMargin` are ratios to. Fitted margins take up any power price (every margin shifts alike), so with both fitted it changes nothing.',
    above: 0,
    max: LIMITS.tariffUsdPerKwh,
    shownMin: '0 USD/kWh',
    shownMax: LIMITS.shownTariff,
  }).prefault('0.05 USD/kWh'),
  efficiency: quantity('efficiency', {
    description: 'Energy per hash of the best hardware at the start, e.g. `17.5 J/TH`; default: the catalog.',
    above: 0,
    max: 1e6,
    shownMin: '0 J/H',
    shownMax: '1e6 J/H',
  }).optional(),
  efficiencyGain: quantity('rate-per-year', {
    description:
      'Yearly fall in the energy per hash of the best hardware; default: the catalog. A fall per month compounds.',
    perYear: 'share',
    min: 0,
    max: 0.9,
    shownMin: '0 %',
    shownMax: '90 %',
  }).optional(),
  lag: quantity('duration', {
    description: 'Delivery lag of new machines; default: fitted.',
    min: 1,
    max: 365,
    shownMin: '1 day',
    shownMax: '365 days',
  }).optional(),
  entryRate: quantity('rate-per-year', {
    description:
      'Growth of installed hashrate a year per unit of log margin above the entry margin; default: fitted.',
    min: 0,
    max: 100,
    shownMin: '0 %',
    shownMax: '10,000 %',
  }).optional(),
  entryMargin: ratio(
    "Hashprice over the frontier's power cost at which ordering stops, e.g. `3`; default: fitted.",
  ),
  shutdownMargin: ratio(
    "Hashprice over the frontier's power cost below which machines switch off; default: fitted.",
  ),
  shutdown: z.number().min(0).max(1).optional().meta({
    description:
      'Log share of the fleet switched off per unit of log margin below the shutdown margin; default: fitted.',
  }),
  volatility: volatility().optional(),
  calibrate: calibrate(
    'the parameters not given (default `2 years`; a fit needs at least a year of it (52 weeks), with a year of history before them, unless `lag`, `entryRate`, `entryMargin`, `shutdownMargin`, `shutdown` and `volatility` are all given; a mixture weighted by score fits it on as few as 12 weeks at the earlier starts it scores it from)',
  ),
  partial: partial(),
});
