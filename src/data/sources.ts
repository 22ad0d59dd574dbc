// Where daily data comes from and under which licence: the labels minesim shows in `data status`
// and stores beside every imported day.

export interface DataSource {
  source: string;
  licence: string;
}

export const COIN_METRICS_LICENCE = 'CC BY-NC 4.0';

/** The shipped daily files (data/README.md). */
export const SHIPPED_SOURCE: DataSource = {
  source: 'Coin Metrics Community Network Data (coinmetrics.io), modified: column subset, derived columns',
  licence: COIN_METRICS_LICENCE,
};

/** A Coin Metrics community CSV imported by the user. */
export const COIN_METRICS_FILE_SOURCE: DataSource = {
  source: 'Coin Metrics Community Network Data (coinmetrics.io)',
  licence: COIN_METRICS_LICENCE,
};

/** Days downloaded by `minesim data fetch`. */
export const COIN_METRICS_API_SOURCE: DataSource = {
  source: 'Coin Metrics Community API v4 (community-api.coinmetrics.io)',
  licence: COIN_METRICS_LICENCE,
};

/** A file whose origin minesim cannot know: the user says it with --source and --licence. */
export function userFileSource(fileName: string): DataSource {
  return { source: `user file ${fileName}`, licence: 'not stated (give --licence)' };
}
