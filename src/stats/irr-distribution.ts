import { IRR_CEILING, IRR_FLOOR } from '../model/finance/irr.js';
import { censoredDistribution } from './quantiles.js';

/** An IRR's distribution: values at a bound of the range searched are censored there. */
export const irrDistribution = (values: Float64Array, antithetic: boolean, scratch: Float64Array) =>
  censoredDistribution(values, IRR_FLOOR, IRR_CEILING, antithetic, scratch);
