// Messages about a hashprice-linked resale's base (engine/compile/resale-base.ts): a cohort whose
// first running days have fewer than a week of days to average. One function a message; see shown.ts.

export const resaleMessages = {
  /** The assumptions line's label. */
  shortBaseLabel: 'Resale base',
  /** One cohort: its name and first running day (`days` of hashprice in its base, 1 to 6). */
  shortBaseCohort: (name: string, day: number, days: number) =>
    days === 1
      ? `${name} hashes from day ${day}: its base is day ${day}’s hashprice alone`
      : `${name} hashes from day ${day}: its base is the mean of days ${day - days + 1} to ${day} (${days} days)`,
  /**
   * Why the days before the start are not read, or too few: the network the scenario gives, or the
   * history, which ends before the week to the start (`after`), begins after it (`before`), or holds
   * only `held` of its days.
   */
  shortBaseNote: (
    why:
      | { kind: 'given' }
      | { kind: 'after'; lastDate: string; days: number }
      | { kind: 'before'; firstDate: string }
      | { kind: 'held'; held: number },
  ) =>
    `a hashprice-linked resale is priced on the week's mean hashprice, its base too; ${
      why.kind === 'given'
        ? 'the history’s days before the start are not read (the scenario gives the start’s network: hashrate, difficulty or hashprice, to which they do not lead)'
        : why.kind === 'after'
          ? `the history’s days before the start are not read (the history ends ${why.lastDate}, ${why.days} day${why.days === 1 ? '' : 's'} before the start)`
          : why.kind === 'before'
            ? `the history holds no day before the start (it begins ${why.firstDate}, after it)`
            : why.held === 0
              ? 'the history holds no day before the start (it begins on it)'
              : `the history holds only ${why.held} day${why.held === 1 ? '' : 's'} before the start (it begins then)`
    }, so the base of a cohort hashing in the first 6 days has fewer days, a day's block luck and fees weighing more on its resale and a loan's collateral to the horizon`,
};
