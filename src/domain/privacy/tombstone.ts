import type { Row, StoredRow, TableSnapshot } from '../../ports';
import { cellText } from '../common/table';
import { UnionFind } from '../common/unionFind';
import { keysOf } from '../register/reach';
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

/**
 * Labels for the rows about to be anonymised. `mint(n)` makes a fresh label for a person without a case
 * (called with 0, 1, 2, … within one plan).
 */
export function planPersonTokens(
  cases: TableSnapshot,
  attendance: TableSnapshot | null,
  targets: readonly TokenTarget[],
  mint: (n: number) => string,
): TokenPlan {
  const entries: Array<{ tab: string; row: StoredRow; keys: string[]; caseRef: string }> = [];
  for (const row of cases.rows)
    entries.push({
      tab: 'Dossiers',
      row,
      keys: keysOf(row.values, 'Dossiernummer'),
      caseRef: cellText(row.values.Dossiernummer),
    });
  for (const row of attendance?.rows ?? [])
    entries.push({
      tab: 'Deelnames',
      row,
      keys: keysOf(row.values, 'Dossiernummer'),
      caseRef: cellText(row.values.Dossiernummer),
    });

  const people = new UnionFind();
  for (const e of entries) people.join(e.keys);
  const find = (k: string) => people.find(k);
  // The person (root) of each target row, then the rows of only those people, in register order.
  const entryAt = new Map<string, Map<number, (typeof entries)[number]>>();
  for (const e of entries) {
    if (e.keys.length === 0) continue;
    let rows = entryAt.get(e.tab);
    if (!rows) {
      rows = new Map();
      entryAt.set(e.tab, rows);
    }
    rows.set(e.row.rowNumber, e);
  }
  const rootOf = new Map<string, string>();
  for (const target of targets) {
    const e = entryAt.get(target.tab)?.get(target.rowNumber);
    if (e) rootOf.set(id(target.tab, target.rowNumber), find(e.keys[0]));
  }
  const wantedRoots = new Set(rootOf.values());
  const byRoot = new Map<string, typeof entries>();
  for (const e of entries) {
    if (e.keys.length === 0) continue;
    const root = find(e.keys[0]);
    if (!wantedRoots.has(root)) continue;
    const list = byRoot.get(root);
    if (list) list.push(e);
    else byRoot.set(root, [e]);
  }

  const plan: TokenPlan = { tokens: new Map(), others: [] };
  const chosen = new Map<string, string>();
  const targetIds = new Set(targets.map((t) => id(t.tab, t.rowNumber)));
  let minted = 0;
  for (const target of targets) {
    const root = rootOf.get(id(target.tab, target.rowNumber));
    if (root === undefined) {
      plan.tokens.set(id(target.tab, target.rowNumber), mint(minted++));
      continue;
    }
    let token = chosen.get(root);
    if (!token) {
      const members = byRoot.get(root) ?? [];
      const existing = members.map((m) => cellText(m.row.values[PERSON_TOKEN])).find((t) => t !== '');
      const refs = members
        .map((m) => m.caseRef)
        .filter((r) => r !== '')
        .sort();
      token = existing ?? (refs.length > 0 ? `P-${refs[0]}` : mint(minted++));
      chosen.set(root, token);
      for (const m of members) {
        if (targetIds.has(id(m.tab, m.row.rowNumber)) || cellText(m.row.values[PERSON_TOKEN]) !== '') continue;
        plan.others.push({ tab: m.tab, rowNumber: m.row.rowNumber, values: { [PERSON_TOKEN]: token } });
      }
    }
    plan.tokens.set(id(target.tab, target.rowNumber), token);
  }
  return plan;
}

export function tokenKey(tab: string, rowNumber: number): string {
  return id(tab, rowNumber);
}
