/**
 * The one cell neutraliser. A user string that a spreadsheet would not keep as typed gets a leading
 * apostrophe, which tells Sheets "this is text":
 * - it starts with = + - @ tab or CR (a formula: `=IMPORTDATA(…)`, and `+32 470…` would show #ERROR!);
 * - it starts with an apostrophe (Sheets would eat it);
 * - it looks like a number, date or time ("0470123456" would lose its zero, "12/3" would become a date).
 * Readers strip it again with `unneutralise` where a file kept it.
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);
const COERCED = /^\d[\d\s.,/:-]*$/;

export function neutralise(value: string): string {
  if (value.length === 0) return value;
  return TRIGGERS.has(value[0]) || COERCED.test(value) ? `'${value}` : value;
}

/** Undoes `neutralise` for a value that kept its apostrophe (an xlsx or CSV file, for example). */
export function unneutralise(value: string): string {
  if (value.length < 2 || value[0] !== "'") return value;
  const rest = value.slice(1);
  return TRIGGERS.has(rest[0]) || COERCED.test(rest) ? rest : value;
}
