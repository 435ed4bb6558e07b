/** Calendar facts in the script's time zone (Europe/Brussels), whatever the zone of the machine running the tests. */
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DD HH:mm" in Brussels. */
export function brussels(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "YYYY-MM-DD" in Brussels. */
export function brusselsDay(date: Date): string {
  return brussels(date).slice(0, 10);
}

/** `new Date(year, monthIndex, day, …)` as the script reads it: wall-clock time in Brussels, whatever the host zone. */
export function atBrussels(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0): Date {
  const wall = Date.UTC(year, monthIndex, day, hour, minute, second);
  const offsetAt = (ms: number) => {
    const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    const shown = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    return shown - (ms - (ms % 60000));
  };
  const first = wall - offsetAt(wall);
  return new Date(wall - offsetAt(first));
}
