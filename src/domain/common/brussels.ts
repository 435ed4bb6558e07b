/**
 * Europe/Brussels without Intl or the host's zone. Belgian clocks follow the EU rule: summer time (UTC+2) from the
 * last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, winter time (UTC+1) otherwise.
 */

/** 01:00 UTC on the last Sunday of a month (month 1–12). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Minutes Brussels is ahead of UTC at this instant: 60 (winter) or 120 (summer). */
export function brusselsOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt1Utc(year, 3) && ms < lastSundayAt1Utc(year, 10) ? 120 : 60;
}
