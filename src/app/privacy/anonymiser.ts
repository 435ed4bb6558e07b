import { anonymisationUpdates, type CellUpdate, candidateUpdates } from '../../domain/privacy/anonymise';
import { type Footprint, findFootprint } from '../../domain/privacy/footprint';
import { AUDIT } from '../../domain/privacy/tabs';
import { PRIVACY_TEXTS } from '../../domain/privacy/texts';
import { planPersonTokens, type TokenTarget, tokenKey } from '../../domain/privacy/tombstone';
import { ATTENDANCE } from '../../domain/register/tabs';
import { CASES, REVIEW } from '../../domain/tabs';
import type { Ports, Row, Tables } from '../../ports';
import { type AuditEntry, appendAudit, audited } from './auditTrail';
import { workbookView } from './workbookView';

export interface AnonymiseResult {
  footprint: Footprint;
  /** Cells made empty or marked. */
  cells: number;
  rows: number;
}

/**
 * Writes the updates; returns how many cells they touched. Updates to tabs lacking a column are trimmed.
 * `headersOf` keeps each tab's headers once read; a caller writing many times in one hold (where no tab gains a
 * column) may share one.
 */
export function applyUpdates(
  tables: Tables,
  updates: readonly CellUpdate[],
  headersOf = new Map<string, ReadonlySet<string>>(),
): number {
  let cells = 0;
  // Headers once per tab: reading a tab again after a write costs a fresh snapshot in the workbook adapter.
  for (const u of updates) {
    let headers = headersOf.get(u.tab);
    if (!headers) {
      headers = new Set(tables.read(u.tab).headers);
      headersOf.set(u.tab, headers);
    }
    // Updates for columns the tab lacks are trimmed; an update whose columns are all there is written as it is.
    const keys = Object.keys(u.values);
    let count = 0;
    for (const key of keys) if (headers.has(key)) count++;
    if (count === 0) continue;
    tables.update(u.tab, u.rowNumber, count === keys.length ? u.values : only(u.values, keys, headers));
    cells += count;
  }
  return cells;
}

function only(values: Row, keys: readonly string[], headers: ReadonlySet<string>): Row {
  const kept: Row = {};
  for (const key of keys) if (headers.has(key)) kept[key] = values[key];
  return kept;
}

/** A label for a person without a case: the moment of anonymising and a counter (never personal data). */
export function mintLabel(now: Date): (n: number) => string {
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 17);
  return (n) => `P-${stamp}-${n + 1}`;
}

/**
 * Anonymises everything the register holds on these cases (the caller holds the lock), with one pass over each
 * tab for all of them. `audit` is one Audit row for all the cases (an erasure) or a row per case (retention).
 * Order, so that an interruption at any write is finished by running it again, with nothing written twice: the
 * person's label on their other rows, then every tab but Dossiers, then the Audit rows not there yet, then the
 * case rows (their "Geanonimiseerd op" says the case is done).
 */
export function anonymiseCases(
  ports: Ports,
  caseRefs: readonly string[],
  audit: AuditEntry | ((caseRef: string) => AuditEntry),
  options: { lookalikes?: boolean } = {},
): AnonymiseResult {
  const { tables, clock } = ports;
  const view = workbookView(tables);
  const footprint = findFootprint(view, caseRefs, { lookalikes: options.lookalikes ?? true });
  const now = clock.now();
  const cases = view(CASES.name) ?? { headers: [], rows: [] };
  const attendance = view(ATTENDANCE.name);
  const targets: TokenTarget[] = footprint.sections
    .filter((s) => s.tab === CASES.name || s.tab === ATTENDANCE.name)
    .flatMap((s) => s.rows.map((r) => ({ tab: s.tab, rowNumber: r.rowNumber })));
  const plan = planPersonTokens(cases, attendance, targets, mintLabel(now));
  const updates = anonymisationUpdates(footprint, now, (tab, row) => plan.tokens.get(tokenKey(tab, row)));
  const caseUpdates = updates.filter((u) => u.tab === CASES.name);
  const otherUpdates = updates.filter((u) => u.tab !== CASES.name);

  // Each tab's headers read once for all four writes below (none of them adds a column).
  const headersOf = new Map<string, ReadonlySet<string>>();
  // plan.others are writes of the label alone.
  let cells = applyUpdates(tables, plan.others, headersOf);
  cells += applyUpdates(tables, otherUpdates, headersOf);
  // Other households' review rows that name these cases as candidates keep only the case number (the review rows
  // of these cases themselves were cleared above).
  const cleared = new Set(otherUpdates.filter((u) => u.tab === REVIEW.name).map((u) => u.rowNumber));
  const candidates = candidateUpdates(view(REVIEW.name), footprint.caseRefs, PRIVACY_TEXTS.candidateErased);
  cells += applyUpdates(
    tables,
    candidates.filter((u) => !cleared.has(u.rowNumber)),
    headersOf,
  );
  const entries =
    typeof audit === 'function'
      ? footprint.caseRefs.map((ref) => audit(ref))
      : footprint.caseRefs.length > 0
        ? [{ ...audit, caseRefs: footprint.caseRefs }]
        : [];
  const trail = tables.read(AUDIT.name);
  appendAudit(
    ports,
    entries.filter((e) => !audited(trail, e.action, e.caseRefs)),
  );
  cells += applyUpdates(tables, caseUpdates, headersOf);
  const action = entries[0]?.action ?? '';
  ports.audit.log('privacy.anonymised', { cases: footprint.caseRefs.join(','), cells, action });
  return { footprint, cells, rows: updates.length };
}
