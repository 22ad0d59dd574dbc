// A figure as an axis label or a tooltip line writes it, by vega expressions: as the tables print
// it (format.ts), in exponent form from 1e15 and under a billionth, which a d3 format alone cannot do.

/**
 * A vega expression for the number `value` (an expression, `datum.p50`) as text: exponent form from
 * `from` (1e15 unless given) to `large` significant digits (8.68527942186487e16, messages/shown.ts
 * largeFigure) and under a billionth to `tiny` (1e-21, tinyFigure), else by `middle`; no value (null) as empty
 * text.
 */
export function figureExpr(value: string, middle: string, large: number, tiny: number, from = 1e15): string {
  const exponent = (digits: number) => `replace(format(${value}, '.${digits - 1}~e'), 'e+', 'e')`;
  return (
    `!isValid(${value}) ? '' : ${value} == 0 ? '0' : abs(${value}) >= ${from} ? ${exponent(large)} : ` +
    `abs(${value}) < 1e-9 ? ${exponent(tiny)} : ${middle}`
  );
}

/**
 * An axis's labels by the d3 format `format`, a tick from `from` (1e15 unless given: a thousand
 * yotta, 1e27, for SI prefixes) or under a billionth in exponent form (1e22, 5e-22): d3's SI
 * prefixes end at Y (1000000000000000Y), and whole units (`,.0f`) read 5e-22 as 0 and a tick of
 * 0.005 or 2.5 as 0 or 3, which keep their digits.
 */
export function figureAxis(format: string, from = 1e15) {
  const middle =
    format === ',.0f' ? `datum.value % 1 != 0 ? format(datum.value, ',.12~r') : datum.label` : 'datum.label';
  return { format, labelExpr: figureExpr('datum.value', middle, 15, 15, from) };
}

/**
 * A tooltip line whose text a vega expression makes from the number in `shown` (hoverRule puts it
 * in the field `<shown>Shown`): a d3 format alone cannot switch to exponent form at 1e15.
 */
export interface ShownTooltip {
  shown: string;
  title: string;
  expr: string;
}

/** Tooltip line for a USD field; the title names the unit, as the tables' headers do. */
export function usdTooltip(field: string, title: string): ShownTooltip {
  return { shown: field, title, expr: usdExpr(field) };
}

/**
 * Tooltip line for a field in the d3 format `format` (SI prefixes, `.3~s`), in exponent form from
 * `from` (a thousand yotta: d3's prefixes end at Y) and under a billionth.
 */
export function figureTooltip(field: string, title: string, format: string, from = 1e15): ShownTooltip {
  const v = `datum['${field}']`;
  return { shown: field, title, expr: figureExpr(v, `format(${v}, '${format}')`, 3, 3, from) };
}

/**
 * The text of a whole-dollar amount as format.ts prints it: 0 as 0, under 0.5 to one significant
 * digit, from 1e15 to the 15 a double holds, else whole dollars with separators.
 */
function usdExpr(field: string): string {
  return formattedFigure(`datum['${field}']`, ',.0f');
}

/**
 * A vega expression for the number `value` (an expression) as text in the d3 format `format`, as
 * the charts' labels and tooltips write a figure: whole dollars (`,.0f`) as usdTooltip, under 0.5 to
 * one significant digit (never 0 or -0 for 0.004); SI prefixes (`.2~s`) up to Y, then exponent form;
 * any other format in exponent form from 1e15 and under a billionth.
 */
export function formattedFigure(value: string, format: string): string {
  const quoted = `'${format}'`;
  if (format === ',.0f')
    return figureExpr(
      value,
      `abs(${value}) < 0.5 ? format(${value}, '.1r') : format(${value}, ${quoted})`,
      15,
      1,
    );
  if (format.endsWith('s')) return figureExpr(value, `format(${value}, ${quoted})`, 3, 3, 1e27);
  return figureExpr(value, `format(${value}, ${quoted})`, 15, 15);
}
