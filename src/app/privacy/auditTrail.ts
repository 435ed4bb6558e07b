import { cellText } from '../../domain/common/table';
import { AUDIT } from '../../domain/privacy/tabs';
import type { Clock, Row, StoredRow, TableSnapshot, Tables } from '../../ports';

/**
 * The Audit tab: who exported, merged, sent, anonymised or erased what, and when. The script only ever appends
 * to it (setup protects it so only the owner can change it by hand). Other features record their own actions
 * with `appendAudit` (letter merges, batch sends).
 */
export interface AuditEntry {
  /** The person (e-mail) or "script (…)" for a trigger. */
  who: string;
  /** One of AUDIT_ACTIONS. */
  action: string;
  caseRefs: readonly string[];
  count?: number;
  /** Short, never a name or contact detail. */
  note?: string;
}

function toRow(entry: AuditEntry, at: Date): Row {
  return {
    Tijdstip: at,
    Door: entry.who,
    Handeling: entry.action,
    Dossiernummers: entry.caseRefs.join(', '),
    Aantal: entry.count ?? entry.caseRefs.length,
    Toelichting: entry.note ?? '',
  };
}

export function appendAudit(ports: { tables: Tables; clock: Clock }, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return;
  const at = ports.clock.now();
  ports.tables.append(
    AUDIT.name,
    entries.map((e) => toRow(e, at)),
  );
}

/**
 * A trail's rows by the text before the first separator of their keys (the action, unless the action holds the
 * separator itself), with the keys of a group worked out when it is first asked about: asking about an action the
 * trail never had costs no key at all, and one about a rare action (the run's summary) none of the others'.
 */
interface ActionGroup {
  rows: StoredRow[];
  keys: Set<string> | null;
}
const seen = new WeakMap<TableSnapshot, Map<string, ActionGroup>>();
const SEPARATOR = '\u0001';
const key = (action: string, refs: string, note: string) => `${action}${SEPARATOR}${refs}${SEPARATOR}${note}`;
const head = (action: string) => {
  const at = action.indexOf(SEPARATOR);
  return at < 0 ? action : action.slice(0, at);
};

/** Is there already a row for this action on exactly these cases (and this note, when given)? */
export function audited(snapshot: TableSnapshot, action: string, caseRefs: readonly string[], note?: string): boolean {
  let index = seen.get(snapshot);
  if (!index) {
    const groups = new Map<string, ActionGroup>();
    for (const row of snapshot.rows) {
      const group = head(cellText(row.values.Handeling));
      const found = groups.get(group);
      if (found) found.rows.push(row);
      else groups.set(group, { rows: [row], keys: null });
    }
    index = groups;
    seen.set(snapshot, index);
  }
  const group = index.get(head(action));
  if (!group) return false;
  if (!group.keys) {
    const keys = new Set<string>();
    for (const row of group.rows) {
      const a = cellText(row.values.Handeling);
      const r = cellText(row.values.Dossiernummers);
      keys.add(key(a, r, ''));
      keys.add(key(a, r, cellText(row.values.Toelichting)));
    }
    group.keys = keys;
  }
  return group.keys.has(key(action, caseRefs.join(', '), note ?? ''));
}
