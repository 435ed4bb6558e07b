/**
 * References look like DT-2026-0001 (a case) or SCH-2026-0001 (a donation): a prefix, the year the record was
 * opened and a running number in that year; or OS-0001 (a support session): a prefix and a running number.
 * Issuing a new one (never twice) is `src/app/references.ts`; these are the pure parts.
 */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The highest running number among `existing` references of this prefix (and year, when given). */
export function highestRef(prefix: string, existing: Iterable<string>, year?: number): number {
  if (year === undefined) return highestSeq(`${prefix}-`, existing);
  const pattern = refPattern(prefix, year);
  let highest = 0;
  for (const ref of existing) highest = Math.max(highest, refNumber(pattern, ref));
  return highest;
}

/** The pattern of one series' references (with the year, when given); the running number is group 1. */
export function refPattern(prefix: string, year?: number): RegExp {
  return new RegExp(
    year === undefined ? `^${escapeRegExp(prefix)}-(\\d+)$` : `^${escapeRegExp(prefix)}-${year}-(\\d{4,})$`,
  );
}

/** The running number of `ref` in the series of `pattern` (`refPattern`), or 0 when it is not one of them. */
export function refNumber(pattern: RegExp, ref: string): number {
  const match = pattern.exec(String(ref).trim());
  return match ? Number(match[1]) : 0;
}

/**
 * `^PREFIX-(\d+)$` without a regular expression: a series such as DS-0001 is scanned whole before every new
 * number (the quick scans of a month, one by one), so this stays a plain walk over the characters.
 */
function highestSeq(head: string, existing: Iterable<string>): number {
  let highest = 0;
  for (const ref of existing) {
    const text = String(ref).trim();
    if (text.length <= head.length || !text.startsWith(head)) continue;
    let digits = true;
    for (let i = head.length; i < text.length && digits; i++) {
      const c = text.charCodeAt(i);
      digits = c >= 48 && c <= 57;
    }
    if (digits) highest = Math.max(highest, Number(text.slice(head.length)));
  }
  return highest;
}

export function formatRef(prefix: string, n: number, year?: number): string {
  const number = String(n).padStart(4, '0');
  return year === undefined ? `${prefix}-${number}` : `${prefix}-${year}-${number}`;
}

/** The next reference after those in `existing` (rows only; see `src/app/references.ts` for issuing one). */
export function nextRef(prefix: string, existing: Iterable<string>, year: number): string {
  return formatRef(prefix, highestRef(prefix, existing, year) + 1, year);
}

export function nextCaseRef(existing: Iterable<string>, year: number): string {
  return nextRef('DT', existing, year);
}
