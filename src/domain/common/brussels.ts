/**
 * Europe/Brussels without Intl or the host's zone. Belgian clocks follow the EU rule: summer time (UTC+2) from the
 * last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, winter time (UTC+1) otherwise.
 */

/** 01:00 UTC on the last Sunday of a month (month 1–12). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * The UTC year of the last instant asked for and its summer time, so a run over thousands of dates of the same year
 * does not work the rule out again for each (an instant outside [from, to) works it out anew).
 */
let year = { from: 0, to: -1, summerFrom: 0, summerTo: 0 };

/** Minutes Brussels is ahead of UTC at this instant: 60 (winter) or 120 (summer). */
export function brusselsOffsetMinutes(ms: number): number {
  if (!(ms >= year.from && ms < year.to)) {
    const y = new Date(ms).getUTCFullYear();
    year = {
      from: Date.UTC(y, 0, 1),
      to: Date.UTC(y + 1, 0, 1),
      summerFrom: lastSundayAt1Utc(y, 3),
      summerTo: lastSundayAt1Utc(y, 10),
    };
  }
  return ms >= year.summerFrom && ms < year.summerTo ? 120 : 60;
}
