// How the outputs name the break-even tariff: under an all-in hosting rate, which pays for the
// power (power.price is 0), the break-even is the all-in rate (engine/kernel/breakeven.ts).
// One function a message; see shown.ts.

export const breakEvenMessages = {
  /** The Break-evens table's row. */
  tableRow: (allIn: boolean) => (allIn ? 'All-in rate (USD/kWh)' : 'Tariff (USD/kWh)'),
  /**
   * The back-test table's row: the break-even tariff is one flat rate for the whole run, whatever
   * the scenario's tariff (a schedule too: engine/kernel/breakeven.ts holds it constant); an
   * all-in rate is a contract's flat rate already.
   */
  backtestRow: (allIn: boolean) =>
    allIn
      ? 'Break-even all-in rate (USD/kWh)'
      : 'Break-even tariff, one flat rate for the whole run (USD/kWh)',
  /** The back-test's break-even tariff beside a tariff that changes: the schedule's mean over its first `days` days. */
  againstSchedule: (value: string, mean: string, days: number) =>
    `${value} (against the schedule’s ${mean} mean over its first ${days} day${days === 1 ? '' : 's'})`,
  /** The terminal's line of a run of many paths. */
  headlineMany: (allIn: boolean) => (allIn ? 'break-even all-in rate p50' : 'break-even tariff p50'),
  /** The terminal's row of its median's 95 % interval. */
  headlineInterval: (allIn: boolean) =>
    allIn ? 'break-even all-in rate p50, 95 % interval' : 'break-even tariff p50, 95 % interval',
  /** The terminal's line of one outcome (a back-test, one path). */
  headlineOne: (allIn: boolean) =>
    allIn ? 'break-even all-in rate / price' : 'break-even flat tariff / price',
  /** The explorer's headline row over many paths, and of one outcome. */
  explorerMany: (allIn: boolean) => (allIn ? 'Break-even all-in rate, median' : 'Break-even tariff, median'),
  explorerOne: (allIn: boolean) => (allIn ? 'Break-even all-in rate' : 'Break-even tariff'),
  /** The Break-evens table's note, its first sentence. */
  tableWhat: (allIn: boolean) =>
    allIn
      ? 'The constant all-in hosting rate (per kWh drawn, power included), and the constant coin price, at which the net position at the horizon would be zero.'
      : 'The constant electricity tariff, and the constant coin price, at which the net position at the horizon would be zero.',
};

/**
 * Why neither break-even is searched (engine/kernel/breakeven.ts breakEvenTurns): the net position
 * at the horizon can cross zero more than once. `none` follows "none" where the figure would be;
 * `why` is the table's note.
 */
export const breakEvenTurnsMessages = {
  waterfall: {
    none: 'not searched: the waterfall raises the site’s share, so the net at the horizon can cross zero at several tariffs and coin prices',
    why:
      'No break-even: the revenue share’s waterfall raises the site’s share once the owner has recovered what it names. A dearer ' +
      'tariff slows that recovery and delays the switch to the larger share, so the net position at the horizon can rise ' +
      'with the tariff; a higher coin price brings the switch earlier, so the net can fall as the price rises. The net can ' +
      'so cross zero at several tariffs and prices, none of them the break-even, and neither is searched.',
  },
  'share-shutdown': {
    none: 'not searched: under a revenue share the shutdown rule runs days the owner’s share does not pay for, so the net at the horizon can cross zero at several tariffs and coin prices',
    why:
      'No break-even: under a revenue share the shutdown rule keeps the machines on while the whole revenue covers the ' +
      'power, so on days the owner’s share does not, the owner loses money running them. A dearer tariff that switches ' +
      'such days off can raise the net position at the horizon, and a higher coin price that switches them on can lower ' +
      'it. The net can so cross zero at several tariffs and prices, none of them the break-even, and neither is searched.',
  },
  'shutdown-held': {
    none: 'not searched: the shutdown rule decides at the day’s price and the coins held are worth the horizon’s, so the net at the horizon can cross zero at several tariffs',
    why:
      'No break-even tariff: the shutdown rule decides at the day’s price, and the coins held are worth the ' +
      'horizon’s, so on a path whose price is ever above its last day’s a dearer tariff that switches off days whose ' +
      'coins end up worth less than their power can raise the net position at the horizon. The net can so cross zero ' +
      'at several tariffs, none of them the break-even, and on such a path the tariff’s is not searched; the ' +
      'break-even coin price, held the same every day, is the coins’ value too, and is searched.',
  },
};

/**
 * The returns tables' cost of power: under an all-in hosting rate, the rate (power and hosting
 * together, which the run counts as its power bill: engine/compile/compile.ts powerTable). Net of
 * curtailment credits only where the scenario earns them (summary.scenario.curtailmentCredits);
 * a summary of an earlier build, which does not say, may hold them or not ("net of any").
 */
export const powerCostMessages = {
  row: (allIn: boolean, credits: boolean | undefined) => {
    const net =
      credits === undefined
        ? ', net of any curtailment credits'
        : credits
          ? ', net of curtailment credits'
          : '';
    return allIn
      ? `Cost of power at the all-in rate (hosting included)${net} (USD)`
      : `Cost of power${net} (USD)`;
  },
  /** A back-test's credits earned, under that row. */
  creditsRow: 'Curtailment credits earned, netted in the cost of power (USD)',
};
