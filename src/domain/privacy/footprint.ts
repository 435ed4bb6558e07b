import type { Cell, StoredRow, TableSnapshot } from '../../ports';
import { cellText } from '../common/table';
import { foldForMatch } from '../common/text';
import { formByKey, formByResponseTab } from '../forms/registry';
import { REGISTRATIONS } from '../intakeTabs';
import { phoneKey } from '../register/reach';
import { ATTENDANCE, LOGBOOK } from '../register/tabs';
import { CASES, REFERRALS, REVIEW } from '../tabs';
import { CASE_LINKED_TABS, RESPONSE_KEEP } from './personalData';

/**
 * Everything the register holds on the household of one or more cases, found through the case reference only.
 * A row is included when it names one of the cases (its case column, the Logboek key, the review decision) or is
 * the raw form response a record row points at (checked by its timestamp, so a sorted response tab never hands
 * over another household's answers). Rows that only look alike (same phone, e-mail or name without the case
 * reference) are never included: they are listed as hints for the worker, by tab and row number, without content.
 */

/** A tab as the use case read it; `null` when the workbook has no such tab. */
export type WorkbookView = (tab: string) => TableSnapshot | null;

export type SectionKind = 'case' | 'linked' | 'logbook' | 'review' | 'response';

export interface FootprintSection {
  tab: string;
  kind: SectionKind;
  headers: readonly string[];
  rows: StoredRow[];
}

export interface Lookalike {
  tab: string;
  rowNumber: number;
  reason: string;
}

export interface Footprint {
  /** The case references as found in Dossiers (upper case), in the order asked. */
  caseRefs: string[];
  /** What was asked but is not in Dossiers. */
  unknown: string[];
  sections: FootprintSection[];
  lookalikes: Lookalike[];
  /** Record rows whose raw response could not be found at the row they name (the worker sorted the tab). */
  missingResponses: number;
}

/** "dt-2026-0001, DT-2026-0002" → ["DT-2026-0001", "DT-2026-0002"] (duplicates removed, order kept). */
export function parseCaseRefs(text: string): string[] {
  const refs = text
    .split(/[\s,;]+/)
    .map((t) => t.trim().toUpperCase())
    .filter((t) => t !== '');
  return [...new Set(refs)];
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

/** Record tabs that point at the raw response of a case: tab → form key. */
const RECORD_FORMS: ReadonlyArray<{ tab: string; form: string }> = [
  { tab: REFERRALS.name, form: 'doorverwijzing' },
  { tab: REGISTRATIONS.name, form: 'aanmelding' },
];

export function findFootprint(
  view: WorkbookView,
  requested: readonly string[],
  options: { lookalikes?: boolean } = {},
): Footprint {
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

  // Raw responses, reached through the record rows and the review decisions.
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
  // Each response tab once: its snapshot (null for a tab that is not a form's or is missing) and timestamp column.
  const responseTabs = new Map<string, { snapshot: TableSnapshot | null; stampHeader: string }>();
  for (const wantedResponse of responses) {
    const key = `${wantedResponse.tab}#${wantedResponse.row}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let responseTab = responseTabs.get(wantedResponse.tab);
    if (!responseTab) {
      const found = formByResponseTab(wantedResponse.tab) ? view(wantedResponse.tab) : null;
      responseTab = { snapshot: found, stampHeader: found?.headers.find((h) => RESPONSE_KEEP.includes(h)) ?? '' };
      responseTabs.set(wantedResponse.tab, responseTab);
    }
    const { snapshot, stampHeader } = responseTab;
    // Rows are dense from row 2, so the row is usually at its index; otherwise look for it.
    const guess = snapshot?.rows[wantedResponse.row - 2];
    const row =
      guess?.rowNumber === wantedResponse.row ? guess : snapshot?.rows.find((r) => r.rowNumber === wantedResponse.row);
    const stamp = row ? row.values[stampHeader] : undefined;
    if (!snapshot || !row || !sameSecond(stamp, wantedResponse.at)) {
      footprint.missingResponses++;
      continue;
    }
    section(sections, wantedResponse.tab, 'response', snapshot.headers).rows.push(row);
  }
  for (const s of sections) s.rows.sort((a, b) => a.rowNumber - b.rowNumber);

  if (options.lookalikes !== false) footprint.lookalikes = findLookalikes(view, caseRows, refs);
  return footprint;
}

interface Contact {
  phone: string;
  mail: string;
  name: string;
}

function contactOf(first: string, last: string, phone: string, mail: string): Contact {
  return {
    phone: phoneKey(phone),
    mail: mail.trim().toLowerCase(),
    name: first && last ? foldForMatch(`${first} ${last}`) : '',
  };
}

/** Other cases and participations that share a phone, e-mail or name with the cases but not their reference. */
function findLookalikes(view: WorkbookView, caseRows: readonly StoredRow[], refs: ReadonlySet<string>): Lookalike[] {
  const own = caseRows.map((row) =>
    contactOf(
      cellText(row.values.Voornaam),
      cellText(row.values.Familienaam),
      cellText(row.values.Telefoon),
      cellText(row.values['E-mail']),
    ),
  );
  const reasonFor = (other: Contact, swappedName = ''): string | null => {
    for (const mine of own) {
      if (mine.phone && other.phone === mine.phone) return 'zelfde telefoonnummer';
      if (mine.mail && other.mail === mine.mail) return 'zelfde e-mailadres';
      if (mine.name && (other.name === mine.name || swappedName === mine.name)) return 'zelfde naam';
    }
    return null;
  };
  const out: Lookalike[] = [];
  for (const row of view(CASES.name)?.rows ?? []) {
    if (refs.has(cellText(row.values.Dossiernummer).toUpperCase())) continue;
    const reason = reasonFor(
      contactOf(
        cellText(row.values.Voornaam),
        cellText(row.values.Familienaam),
        cellText(row.values.Telefoon),
        cellText(row.values['E-mail']),
      ),
    );
    if (reason) out.push({ tab: CASES.name, rowNumber: row.rowNumber, reason });
  }
  for (const row of view(ATTENDANCE.name)?.rows ?? []) {
    if (cellText(row.values.Dossiernummer) !== '') continue;
    const participant = foldForMatch(cellText(row.values.Deelnemer));
    const words = participant.split(' ');
    const swapped = words.length > 1 ? [...words.slice(1), words[0]].join(' ') : '';
    const reason = reasonFor({ phone: phoneKey(cellText(row.values.Telefoon)), mail: '', name: participant }, swapped);
    if (reason) out.push({ tab: ATTENDANCE.name, rowNumber: row.rowNumber, reason });
  }
  return out;
}

/** How many rows per tab, for the worker's confirmation ("Dossiers: 1, Logboek: 4, …"). */
export function footprintCounts(footprint: Footprint): Array<{ tab: string; rows: number }> {
  const counts = new Map<string, number>();
  for (const s of footprint.sections) counts.set(s.tab, (counts.get(s.tab) ?? 0) + s.rows.length);
  return [...counts].map(([tab, rows]) => ({ tab, rows }));
}
