/**
 * Europe/Brussels without Intl or the host's zone. Belgian clocks follow the EU rule: summer time (UTC+2) from the
 * last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, winter time (UTC+1) otherwise.
 */

/** 01:00 UTC on the last Sunday of a month (month 1–12). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** A UTC year and its summer time: [first ms of the year, first ms of the next, summer start, summer end]. */
type SummerOfYear = readonly [number, number, number, number];

/**
 * The summer time of the years asked for lately (a report walks thousands of dates over a few years): the rule is
 * worked out once per year instead of twice per date. A handful of entries, newest first.
 */
const summers: SummerOfYear[] = [];

function summerOf(ms: number): SummerOfYear | null {
  for (const s of summers) if (ms >= s[0] && ms < s[1]) return s;
  const year = new Date(ms).getUTCFullYear();
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  // Not a plain year (NaN, or a year Date.UTC reads as 19xx): no caching, the rule as it is.
  if (!(ms >= from && ms < to)) return null;
  const s: SummerOfYear = [from, to, lastSundayAt1Utc(year, 3), lastSundayAt1Utc(year, 10)];
  summers.unshift(s);
  if (summers.length > 8) summers.pop();
  return s;
}

/** Minutes Brussels is ahead of UTC at this instant: 60 (winter) or 120 (summer). */
export function brusselsOffsetMinutes(ms: number): number {
  const s = summerOf(ms);
  if (s) return ms >= s[2] && ms < s[3] ? 120 : 60;
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAt1Utc(year, 3) && ms < lastSundayAt1Utc(year, 10) ? 120 : 60;
}
