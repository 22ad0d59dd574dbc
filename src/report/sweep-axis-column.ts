// How a sweep's table and sweep.csv name an axis's column: its key and the unit of its values.

import { axisUnit, type SweepAxis } from '../study/vary.js';

/** `power.price (USD/kWh)`: a column named by its key and the unit its values are in. */
export function axisColumn(axis: SweepAxis): string {
  const unit = axisUnit(axis);
  return unit === null ? axis.key : `${axis.key} (${unit})`;
}
