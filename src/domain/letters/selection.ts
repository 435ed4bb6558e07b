import { collapseSpaces, foldForMatch } from '../common/text';

/**
 * Which households (or partners, donors) get the letter, as the worker writes it in the Selectie column:
 *
 *   status: Aangemeld, Contact opgenomen; gemeente: Eeklo; zonder e-mail
 *   doelgroep: Senioren
 *   nummers: DT-2026-0001, DT-2026-0007
 *
 * Parts are separated by ";", values by ",". An empty selection means everyone the letter is for.
 */
export interface Selection {
  readonly statuses: readonly string[];
  readonly groups: readonly string[];
  readonly municipalities: readonly string[];
  /** Case references (households), donation numbers (donors) or organisation names (partners). */
  readonly numbers: readonly string[];
  readonly languages: readonly string[];
  readonly withoutEmail: boolean;
}

export type SelectionResult = { ok: true; selection: Selection } | { ok: false; reason: string };

const KEYS: Record<string, keyof Omit<Selection, 'withoutEmail'>> = {
  status: 'statuses',
  doelgroep: 'groups',
  doelgroepen: 'groups',
  gemeente: 'municipalities',
  gemeenten: 'municipalities',
  nummer: 'numbers',
  nummers: 'numbers',
  dossier: 'numbers',
  dossiers: 'numbers',
  dossiernummers: 'numbers',
  taal: 'languages',
  talen: 'languages',
};

const WITHOUT_EMAIL = ['zonder e-mail', 'zonder email', 'geen e-mail', 'geen e-mailadres', 'zonder e-mailadres'];

export function parseSelection(text: string): SelectionResult {
  const out = { statuses: [], groups: [], municipalities: [], numbers: [], languages: [] } as Record<
    keyof Omit<Selection, 'withoutEmail'>,
    string[]
  >;
  let withoutEmail = false;
  for (const rawPart of text.split(/[;\n]/)) {
    const part = collapseSpaces(rawPart);
    if (part === '') continue;
    if (WITHOUT_EMAIL.includes(part.toLowerCase())) {
      withoutEmail = true;
      continue;
    }
    const colon = part.indexOf(':');
    if (colon < 0) {
      return {
        ok: false,
        reason: `"${part}" begrijpen we niet. Schrijf bijvoorbeeld: status: Aangemeld; gemeente: Eeklo; zonder e-mail.`,
      };
    }
    const key = part.slice(0, colon).trim().toLowerCase();
    const field = KEYS[key];
    if (!field) {
      return {
        ok: false,
        reason: `"${key}" kennen we niet in Selectie. Gebruik status, doelgroep, gemeente, nummers, taal of "zonder e-mail".`,
      };
    }
    const values = part
      .slice(colon + 1)
      .split(',')
      .map((v) => collapseSpaces(v))
      .filter(Boolean);
    if (field === 'numbers') out.numbers.push(...values.flatMap((v) => v.split(/\s+/)));
    else out[field].push(...values);
  }
  return { ok: true, selection: { ...out, withoutEmail } };
}

/** Does a value (possibly several, comma-separated, as in a Doelgroep cell) match one of the wanted values? */
export function matchesAny(cell: string, wanted: readonly string[]): boolean {
  if (wanted.length === 0) return true;
  const have = cell.split(/[,;]/).map(foldForMatch).filter(Boolean);
  return wanted.some((w) => have.includes(foldForMatch(w)));
}

/** Cell values a matcher remembers its answer for (a register has few distinct statuses, groups, places). */
const MATCHER_MEMORY = 10_000;

/**
 * `matchesAny(cell, wanted)` for one list of wanted values and many cells: the wanted values are folded once and
 * the answer for a cell value is remembered, so selecting from 20,000 rows does not fold the same status again.
 */
export function matcherFor(wanted: readonly string[]): (cell: string) => boolean {
  if (wanted.length === 0) return () => true;
  const folded = wanted.map(foldForMatch);
  const answers = new Map<string, boolean>();
  return (cell) => {
    let answer = answers.get(cell);
    if (answer === undefined) {
      const have = cell.split(/[,;]/).map(foldForMatch).filter(Boolean);
      answer = folded.some((w) => have.includes(w));
      if (answers.size < MATCHER_MEMORY) answers.set(cell, answer);
    }
    return answer;
  };
}

/** The selection in words, for the Brieven row. */
export function selectionText(s: Selection): string {
  const parts: string[] = [];
  if (s.statuses.length) parts.push(`status: ${s.statuses.join(', ')}`);
  if (s.groups.length) parts.push(`doelgroep: ${s.groups.join(', ')}`);
  if (s.municipalities.length) parts.push(`gemeente: ${s.municipalities.join(', ')}`);
  if (s.numbers.length) parts.push(`nummers: ${s.numbers.join(', ')}`);
  if (s.languages.length) parts.push(`taal: ${s.languages.join(', ')}`);
  if (s.withoutEmail) parts.push('zonder e-mail');
  return parts.length ? parts.join('; ') : 'iedereen';
}
