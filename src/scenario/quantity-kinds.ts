// The kinds of quantity a scenario's fields take (a power, an energy price, a duration, ...): each
// kind's noun and example for messages, the canonical unit its values are held in, the mathjs unit
// that fixes its dimension, and the unit a bare number is read in. units.ts reads a written quantity
// of a kind; the schema (schema/quantity.ts) and a study's inputs (study/sensitivity-range.ts) ask
// this table what a kind is.

/** What a quantity measures; each kind has one canonical unit (QUANTITY_KINDS below). */
export type QuantityKind =
  | 'hashrate'
  | 'power'
  | 'energy-price'
  | 'money'
  | 'money-per-time'
  | 'duration'
  | 'efficiency'
  | 'fraction'
  | 'rate-per-year'
  | 'money-per-power-time';

export interface QuantityKindInfo {
  /** For messages: `expected a power, like 1323 W`. */
  noun: string;
  example: string;
  /** The canonical unit every value of this kind is converted to, as shown to people. */
  canonical: string;
  /** The same unit in mathjs syntax, also the reference for the dimension; null = dimensionless. */
  reference: string | null;
  /** How a bare number is read unless a field says otherwise; null = a unit is required. */
  bareUnit: string | null;
}

const kind = (
  noun: string,
  example: string,
  canonical: string,
  reference: string | null,
  bareUnit: string | null,
): QuantityKindInfo => ({ noun, example, canonical, reference, bareUnit });

// biome-ignore format: a table reads better aligned
export const QUANTITY_KINDS: Readonly<Record<QuantityKind, QuantityKindInfo>> = {
  //                            noun                           example            canonical    reference      bare number
  hashrate:                kind('a hashrate',                  '13.5 TH/s',       'H/s',       'hash/s',      'TH/s'),
  power:                   kind('a power',                     '1323 W',          'W',         'W',           'W'),
  'energy-price':          kind('an energy price',             '0.05 USD/kWh',    'USD/kWh',   'USD/kWh',     'USD/kWh'),
  money:                   kind('an amount of money',          '2000 USD',        'USD',       'USD',         'USD'),
  'money-per-time':        kind('an amount of money per time', '2000 USD/month',  'USD/day',   'USD/day',     'USD/month'),
  duration:                kind('a duration',                  '18 months',       'days',      'day',         'days'),
  efficiency:              kind('an efficiency',               '98 J/TH',         'J/H',       'J/hash',      'J/TH'),
  fraction:                kind('a fraction',                  '5 %',             '',          null,          ''),
  // A dimensionless value (`5 %`, `0.05`) means per year; `1 %/month` is 12 %/year read linearly,
  // which fits a rate of continuous change (a log drift, a speed of reversion, a loan's nominal
  // rate); a field whose rate compounds or scales otherwise converts it itself (schema/quantity.ts,
  // from `perPeriod`).
  'rate-per-year':         kind('a rate per year',             '5 %/year',        '/year',     'year^-1',     ''),
  'money-per-power-time':  kind('a cost per power and time',   '10 USD/kW/month', 'USD/W/day', 'USD/(W day)', 'USD/kW/month'),
};
