/** The date `count` working days (Monday–Friday) after `from`. Public holidays are not counted out. */
export function addWorkdays(from: Date, count: number): Date {
  const date = new Date(from.getTime());
  let left = count;
  while (left > 0) {
    date.setDate(date.getDate() + 1);
    const day = date.getDay();
    if (day !== 0 && day !== 6) left--;
  }
  return date;
}
