/**
 * planPersonTokens as it was on main 2248fe9, with keysOf as it was on main c3b8fb2 (before it was built on
 * eachKey): the oracles of tombstoneProperty.test.ts.
 */

import { cellText } from '../../../src/domain/common/table';
import { UnionFind } from '../../../src/domain/common/unionFind';
import { PERSON_TOKEN } from '../../../src/domain/privacy/tabs';
import { phoneKey } from '../../../src/domain/register/reach';
import type { Row, StoredRow, TableSnapshot } from '../../../src/ports';

const PRINTABLE_ASCII = /^[ -~]*$/;

function namePart(p: string): string {
  const plain = PRINTABLE_ASCII.test(p) ? p : p.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain.toLowerCase().replace(/[^a-z]/g, '');
}

function nameKey(...parts: string[]): string {
  return parts.map(namePart).join('|');
}

export function plainKeysOf(values: Row, caseColumn: string): string[] {
  const keys: string[] = [];
  const ref = cellText(values[caseColumn]);
  if (ref) keys.push(`case:${ref}`);
  const token = cellText(values[PERSON_TOKEN]);
  if (token) keys.push(`anon:${token}`);
  const phone = phoneKey(cellText(values.Telefoon));
  if (phone) keys.push(`tel:${phone}`);
  const mail = cellText(values['E-mail']).toLowerCase();
  if (mail) keys.push(`mail:${mail}`);
  const first = cellText(values.Voornaam);
  const last = cellText(values.Familienaam);
  const postcode = cellText(values.Postcode);
  if (first && last && postcode) keys.push(`naam:${nameKey(first, last)}|${postcode}`);
  const participant = cellText(values.Deelnemer);
  if (participant) keys.push(`deelnemer:${nameKey(participant)}`);
  return keys;
}

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
export function plainPlanPersonTokens(
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
      keys: plainKeysOf(row.values, 'Dossiernummer'),
      caseRef: cellText(row.values.Dossiernummer),
    });
  for (const row of attendance?.rows ?? [])
    entries.push({
      tab: 'Deelnames',
      row,
      keys: plainKeysOf(row.values, 'Dossiernummer'),
      caseRef: cellText(row.values.Dossiernummer),
    });

  const people = new UnionFind();
  for (const e of entries) people.join(e.keys);
  const find = (k: string) => people.find(k);
  const byRoot = new Map<string, typeof entries>();
  const rootOf = new Map<string, string>();
  for (const e of entries) {
    if (e.keys.length === 0) continue;
    const root = find(e.keys[0]);
    rootOf.set(id(e.tab, e.row.rowNumber), root);
    const list = byRoot.get(root) ?? [];
    list.push(e);
    byRoot.set(root, list);
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
