/**
 * A date from a read of the twin's workbook: reading works as usual, changing it throws (take a copy with
 * `new Date(d.getTime())`). The workbook's cells hold such dates themselves, so a row read again (after a write
 * to another of its cells) hands out the same date objects instead of new copies.
 */
export class ReadonlyDate extends Date {}
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!name.startsWith('set')) continue;
  Object.defineProperty(ReadonlyDate.prototype, name, {
    value() {
      throw new TypeError('Een datum uit een gelezen tabblad kan niet veranderd worden. Maak eerst een kopie.');
    },
  });
}

/** `date` itself when it is read-only already, else a read-only copy. */
export function readonlyDate(date: Date): Date {
  return date instanceof ReadonlyDate ? date : new ReadonlyDate(date.getTime());
}
