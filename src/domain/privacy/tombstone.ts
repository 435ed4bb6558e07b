import type { Row, StoredRow, TableSnapshot } from '../../ports';
import { cellText } from '../common/table';
import { IndexUnionFind } from '../common/unionFind';
import { eachKey, KEY_KINDS } from '../register/reach';
import { PERSON_TOKEN } from './tabs';

/**
 * Keeping the unique-people count (Bereik) without keeping who. Bereik joins rows that share a case reference,
 * phone, e-mail or name into one person. Before the anonymiser removes a person's phone and name, every row
 * of that person (the same join, over Dossiers and Deelnames) gets the same random label in "Anonieme persoon";
 * Bereik joins on that label too, so the person still counts exactly once. The label is made from the case
 * reference (already in the row) or from the moment of anonymising, never from a name, phone or address, so it
 * tells nobody who the person was. Chosen over a salted hash of the phone: a hash of a Belgian phone number can be
 * reversed by trying all numbers as soon as the salt leaks, a label cannot (docs/privacy.md).
 */

export interface TokenTarget {
  tab: string;
  rowNumber: number;
}

export interface TokenPlan {
  /** The label of each target row ("tab#row"). */
  tokens: Map<string, string>;
  /** Rows of the same people that are not anonymised now but get the label too (so the join survives). */
  others: Array<{ tab: string; rowNumber: number; values: Row }>;
}

const id = (tab: string, row: number) => `${tab}#${row}`;

const CASES_TAB = 'Dossiers';
const ATTENDANCE_TAB = 'Deelnames';

/**
 * Labels for the rows about to be anonymised. `mint(n)` makes a fresh label for a person without a case
 * (called with 0, 1, 2, … within one plan).
 *
 * The rows of Dossiers then Deelnames are numbered 0..n-1 (register order) and joined directly: a row joins the
 * first row that had one of its keys, found in a map per kind of key (the same groups as joining the keys of
 * `keysOf`, without a string per key). Row numbers are distinct within a tab, as in every snapshot.
 * tests/unit/privacy/tombstoneProperty.test.ts holds the plan equal to the plain one (plainTombstone.ts).
 */
export function planPersonTokens(
  cases: TableSnapshot,
  attendance: TableSnapshot | null,
  targets: readonly TokenTarget[],
  mint: (n: number) => string,
): TokenPlan {
  const caseRows = cases.rows;
  const attendanceRows = attendance?.rows ?? [];
  const caseCount = caseRows.length;
  const count = caseCount + attendanceRows.length;
  const rowAt = (i: number): StoredRow => (i < caseCount ? caseRows[i] : attendanceRows[i - caseCount]);
  const tabAt = (i: number): string => (i < caseCount ? CASES_TAB : ATTENDANCE_TAB);

  const people = new IndexUnionFind(count);
  /** Rows with at least one key (a row without any is nobody's: its target gets a fresh label). */
  const keyed = new Uint8Array(count);
  const firstWith = KEY_KINDS.map(() => new Map<string, number>());
  let current = 0;
  const visit = (kind: number, value: string) => {
    keyed[current] = 1;
    const seen = firstWith[kind];
    const first = seen.get(value);
    if (first === undefined) seen.set(value, current);
    else people.join(first, current);
  };
  for (current = 0; current < count; current++) eachKey(rowAt(current).values, 'Dossiernummer', visit);

  // The row of each target (-1: not a row with keys), and which rows are targets. Rows usually sit at their
  // index (dense from sheet row 2); otherwise they are looked up by number.
  const byNumber = new Map<string, Map<number, number>>();
  const positionOf = (tab: string, rowNumber: number): number => {
    if (tab !== CASES_TAB && tab !== ATTENDANCE_TAB) return -1;
    const [rows, offset] = tab === CASES_TAB ? [caseRows, 0] : [attendanceRows, caseCount];
    const guess = rowNumber - 2;
    if (rows[guess]?.rowNumber === rowNumber) return keyed[offset + guess] ? offset + guess : -1;
    let numbers = byNumber.get(tab);
    if (!numbers) {
      numbers = new Map();
      for (let i = 0; i < rows.length; i++) numbers.set(rows[i].rowNumber, offset + i);
      byNumber.set(tab, numbers);
    }
    const i = numbers.get(rowNumber);
    return i !== undefined && keyed[i] ? i : -1;
  };
  const targetRow = targets.map((t) => positionOf(t.tab, t.rowNumber));
  const isTarget = new Uint8Array(count);
  const wanted = new Uint8Array(count);
  for (const i of targetRow) {
    if (i < 0) continue;
    isTarget[i] = 1;
    wanted[people.find(i)] = 1;
  }
  // The rows of only those people, in register order.
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    if (!keyed[i]) continue;
    const root = people.find(i);
    if (!wanted[root]) continue;
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }

  const plan: TokenPlan = { tokens: new Map(), others: [] };
  const chosen = new Map<number, string>();
  let minted = 0;
  targets.forEach((target, t) => {
    const key = id(target.tab, target.rowNumber);
    const i = targetRow[t];
    if (i < 0) {
      plan.tokens.set(key, mint(minted++));
      return;
    }
    const root = people.find(i);
    let token = chosen.get(root);
    if (!token) {
      const members = byRoot.get(root) ?? [];
      let existing: string | undefined;
      let firstRef: string | undefined;
      for (const m of members) {
        const values = rowAt(m).values;
        if (existing === undefined) {
          const label = cellText(values[PERSON_TOKEN]);
          if (label !== '') existing = label;
        }
        const ref = cellText(values.Dossiernummer);
        if (ref !== '' && (firstRef === undefined || ref < firstRef)) firstRef = ref;
      }
      token = existing ?? (firstRef !== undefined ? `P-${firstRef}` : mint(minted++));
      chosen.set(root, token);
      for (const m of members) {
        const row = rowAt(m);
        if (isTarget[m] || cellText(row.values[PERSON_TOKEN]) !== '') continue;
        plan.others.push({ tab: tabAt(m), rowNumber: row.rowNumber, values: { [PERSON_TOKEN]: token } });
      }
    }
    plan.tokens.set(key, token);
  });
  return plan;
}

export function tokenKey(tab: string, rowNumber: number): string {
  return id(tab, rowNumber);
}
