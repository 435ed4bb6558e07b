/**
 * References look like DT-2026-0001 (a case) or SCH-2026-0001 (a donation): a prefix, the year the record was
 * opened and a running number in that year.
 */
export function nextRef(prefix: string, existing: Iterable<string>, year: number): string {
  const pattern = new RegExp(`^${prefix}-(\\d{4})-(\\d{4,})$`);
  let highest = 0;
  for (const ref of existing) {
    const match = pattern.exec(ref.trim());
    if (match && Number(match[1]) === year) highest = Math.max(highest, Number(match[2]));
  }
  return `${prefix}-${year}-${String(highest + 1).padStart(4, '0')}`;
}

export function nextCaseRef(existing: Iterable<string>, year: number): string {
  return nextRef('DT', existing, year);
}
