/** Case references look like DT-2026-0001: the year the case was opened and a running number in that year. */
const PATTERN = /^DT-(\d{4})-(\d{4,})$/;

export function nextCaseRef(existing: Iterable<string>, year: number): string {
  let highest = 0;
  for (const ref of existing) {
    const match = PATTERN.exec(ref.trim());
    if (match && Number(match[1]) === year) highest = Math.max(highest, Number(match[2]));
  }
  return `DT-${year}-${String(highest + 1).padStart(4, '0')}`;
}
