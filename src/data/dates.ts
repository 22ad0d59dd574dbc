// Calendar days as ISO strings (yyyy-mm-dd), always in UTC: the Coin Metrics series count a day
// as 00:00-24:00 UTC, and a scenario's start date means the same day everywhere. Every date
// calculation in minesim goes through these helpers so no module meets a local time zone.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (UTC) of an ISO date, or NaN when the text is not a real calendar day. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match === null) return Number.NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2017-02-30 over to March; a real day survives the round trip.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return Number.NaN;
  }
  return ms / MS_PER_DAY;
}

/** True when the text is an existing calendar day written yyyy-mm-dd. */
export function isIsoDate(date: string): boolean {
  return !Number.isNaN(dayNumber(date));
}

/** Day number -> yyyy-mm-dd (UTC); a year past 9999 in ISO 8601's expanded form, +010000-01-01. */
export function formatDay(day: number): string {
  const iso = new Date(day * MS_PER_DAY).toISOString();
  return iso.slice(0, iso.indexOf('T'));
}

/** Day number of 9999-12-31, the last day with a four-digit year. */
export const LAST_FOUR_DIGIT_DAY = 2_932_896;

/** Day number of an ISO date; throws a RangeError that prints the bad value. */
export function parseIsoDate(date: string): number {
  const day = dayNumber(date);
  if (Number.isNaN(day))
    throw new RangeError(`not a calendar date in yyyy-mm-dd form (got ${JSON.stringify(date)})`);
  return day;
}

/** The ISO date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return formatDay(parseIsoDate(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return parseIsoDate(to) - parseIsoDate(from);
}
