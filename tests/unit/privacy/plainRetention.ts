/**
 * dueCases, dueReviewRows and findFootprint (without look-alikes) as they were on main c3b8fb2: the oracles of
 * retentionProperty.test.ts.
 */

import { cellText } from '../../../src/domain/common/table';
import { formByKey, formByResponseTab } from '../../../src/domain/forms/registry';
import { REGISTRATIONS } from '../../../src/domain/intakeTabs';
import type { Footprint, FootprintSection, SectionKind, WorkbookView } from '../../../src/domain/privacy/footprint';
import { CASE_LINKED_TABS, RESPONSE_KEEP } from '../../../src/domain/privacy/personalData';
import { ANONYMISED_AT } from '../../../src/domain/privacy/tabs';
import { CLOSED_COLUMN, isExit } from '../../../src/domain/register/journey';
import { LOGBOOK } from '../../../src/domain/register/tabs';
import { CASES, REFERRALS, REVIEW } from '../../../src/domain/tabs';
import type { Cell, StoredRow, TableSnapshot } from '../../../src/ports';

function before(value: unknown, cutoff: Date): boolean {
  return value instanceof Date && value.getTime() < cutoff.getTime();
}

function anonymised(row: StoredRow): boolean {
  return cellText(row.values[ANONYMISED_AT]) !== '';
}

export function plainDueCases(cases: TableSnapshot, cutoff: Date): string[] {
  const out: string[] = [];
  for (const row of cases.rows) {
    const ref = cellText(row.values.Dossiernummer);
    if (!ref || anonymised(row) || !isExit(cellText(row.values.Status))) continue;
    const closed =
      row.values[CLOSED_COLUMN] instanceof Date ? row.values[CLOSED_COLUMN] : row.values['Laatste statuswijziging'];
    if (before(closed, cutoff)) out.push(ref);
  }
  return out;
}

export function plainDueReviewRows(review: TableSnapshot, cases: TableSnapshot, cutoff: Date): StoredRow[] {
  const known = new Set(cases.rows.map((r) => cellText(r.values.Dossiernummer).toUpperCase()).filter(Boolean));
  return review.rows.filter((row) => {
    if (!before(row.values['Ontvangen op'], cutoff)) return false;
    if (known.has(cellText(row.values.Resultaat).toUpperCase())) return false;
    if (known.has(cellText(row.values['Koppelen aan dossier']).toUpperCase())) return false;
    return cellText(row.values.Antwoorden) !== '' || cellText(row.values.Reden) !== '';
  });
}

function sameSecond(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date && Math.abs(a.getTime() - b.getTime()) < 1000;
}

function section(sections: FootprintSection[], tab: string, kind: SectionKind, headers: readonly string[]) {
  let found = sections.find((s) => s.tab === tab && s.kind === kind);
  if (!found) {
    found = { tab, kind, headers, rows: [] };
    sections.push(found);
  }
  return found;
}

const RECORD_FORMS: ReadonlyArray<{ tab: string; form: string }> = [
  { tab: REFERRALS.name, form: 'doorverwijzing' },
  { tab: REGISTRATIONS.name, form: 'aanmelding' },
];

export function plainFindFootprint(view: WorkbookView, requested: readonly string[]): Footprint {
  const cases = view(CASES.name);
  const wanted = new Set(requested.map((r) => r.trim().toUpperCase()));
  const sections: FootprintSection[] = [];
  const caseRows = (cases?.rows ?? []).filter((row) => wanted.has(cellText(row.values.Dossiernummer).toUpperCase()));
  const found = new Set(caseRows.map((row) => cellText(row.values.Dossiernummer).toUpperCase()));
  const caseRefs = requested.filter((r) => found.has(r));
  const refs = new Set(caseRefs);
  const unknown = requested.filter((r) => !refs.has(r));
  const footprint: Footprint = { caseRefs, unknown, sections, lookalikes: [], missingResponses: 0 };
  if (!cases || caseRows.length === 0) return footprint;
  section(sections, CASES.name, 'case', cases.headers).rows.push(...caseRows);
  const isRef = (value: Cell | undefined) => refs.has(cellText(value).toUpperCase());

  for (const linked of CASE_LINKED_TABS) {
    const snapshot = view(linked.tab);
    if (!snapshot?.headers.includes(linked.caseColumn)) continue;
    const rows = snapshot.rows.filter(
      (row) =>
        isRef(row.values[linked.caseColumn]) &&
        (!linked.when || cellText(row.values[linked.when.column]) === linked.when.value),
    );
    if (rows.length > 0) section(sections, linked.tab, 'linked', snapshot.headers).rows.push(...rows);
  }

  const logbook = view(LOGBOOK.name);
  const logRows = (logbook?.rows ?? []).filter(
    (row) => cellText(row.values.Tabblad) === CASES.name && isRef(row.values.Sleutel),
  );
  if (logbook && logRows.length > 0) section(sections, LOGBOOK.name, 'logbook', logbook.headers).rows.push(...logRows);

  const responses: Array<{ tab: string; row: number; at: unknown }> = [];
  for (const record of RECORD_FORMS) {
    const snapshot = view(record.tab);
    const form = formByKey(record.form);
    if (!snapshot || !form) continue;
    for (const row of snapshot.rows) {
      if (!isRef(row.values.Dossiernummer)) continue;
      const raw = Number(cellText(row.values['Rij in antwoordtab']));
      if (raw >= 2) responses.push({ tab: form.responseTab, row: raw, at: row.values['Ontvangen op'] });
    }
  }
  const review = view(REVIEW.name);
  const reviewRows = (review?.rows ?? []).filter(
    (row) => isRef(row.values.Resultaat) || isRef(row.values['Koppelen aan dossier']),
  );
  if (review && reviewRows.length > 0)
    section(sections, REVIEW.name, 'review', review.headers).rows.push(...reviewRows);
  for (const row of reviewRows) {
    const raw = Number(cellText(row.values['Rij in antwoordtab']));
    if (raw >= 2) responses.push({ tab: cellText(row.values.Antwoordtab), row: raw, at: row.values['Ontvangen op'] });
  }
  const seen = new Set<string>();
  for (const wantedResponse of responses) {
    const key = `${wantedResponse.tab}#${wantedResponse.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const snapshot = formByResponseTab(wantedResponse.tab) ? view(wantedResponse.tab) : null;
    const guess = snapshot?.rows[wantedResponse.row - 2];
    const row =
      guess?.rowNumber === wantedResponse.row ? guess : snapshot?.rows.find((r) => r.rowNumber === wantedResponse.row);
    const stampHeader = snapshot?.headers.find((h) => RESPONSE_KEEP.includes(h)) ?? '';
    const stamp = row ? row.values[stampHeader] : undefined;
    if (!snapshot || !row || !sameSecond(stamp, wantedResponse.at)) {
      footprint.missingResponses++;
      continue;
    }
    section(sections, wantedResponse.tab, 'response', snapshot.headers).rows.push(row);
  }
  for (const s of sections) s.rows.sort((a, b) => a.rowNumber - b.rowNumber);
  return footprint;
}

const key = (action: string, refs: string, note: string) => `${action}\u0001${refs}\u0001${note}`;

/** audited (auditTrail.ts) as it was on main c3b8fb2: one set of keys for the whole trail. */
export function plainAudited(snapshot: TableSnapshot, action: string, caseRefs: readonly string[], note?: string) {
  const index = new Set<string>();
  for (const row of snapshot.rows) {
    const a = cellText(row.values.Handeling);
    const r = cellText(row.values.Dossiernummers);
    index.add(key(a, r, ''));
    index.add(key(a, r, cellText(row.values.Toelichting)));
  }
  return index.has(key(action, caseRefs.join(', '), note ?? ''));
}
