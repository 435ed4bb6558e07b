import { REGISTRATIONS } from '../../src/domain/intakeTabs';
import { REFERRALS } from '../../src/domain/tabs';
import { type Pair, type PairOutcome, pairForm } from './householdPairs';

/**
 * Reads what the intake wrote for each pair of the labelled corpus, from the tabs as a worker sees them (rows
 * keyed by header), whichever world wrote them: the record row (Doorverwijzingen, Aanmeldingen) says "link" or
 * "new", the row in Te controleren lists the candidate cases. Rows are found by response tab and row.
 */
type Rows = ReadonlyArray<Record<string, unknown>>;

const text = (value: unknown) => String(value ?? '').trim();

/** The case numbers at the start of each line of "Kandidaat-dossiers". */
export function candidateRefs(cell: unknown): string[] {
  return text(cell)
    .split('\n')
    .map((line) => /^([A-Z]+-\d{4}-\d{4})/.exec(line.trim())?.[1] ?? '')
    .filter(Boolean);
}

export function outcomesFromRows(
  pairs: readonly Pair[],
  rows: { referrals: Rows; registrations: Rows; review: Rows },
): PairOutcome[] {
  const responseRow = new Map<Pair, number>();
  const perForm = new Map<string, number>();
  for (const pair of pairs) {
    const next = (perForm.get(pair.form) ?? 1) + 1;
    perForm.set(pair.form, next);
    responseRow.set(pair, next);
  }
  return pairs.map((pair) => {
    const form = pairForm(pair);
    const row = responseRow.get(pair);
    const records = pair.form === 'aanmelding' ? rows.registrations : rows.referrals;
    const record = records.find((r) => Number(r['Rij in antwoordtab']) === row);
    const review = rows.review.find(
      (r) => text(r.Antwoordtab) === form.responseTab && Number(r['Rij in antwoordtab']) === row,
    );
    if (record && review) throw new Error(`${pair.id}: both a record and a review row`);
    if (review) return { kind: 'review', candidates: candidateRefs(review['Kandidaat-dossiers']) };
    if (!record) throw new Error(`${pair.id}: nothing was written`);
    if (text(record.Koppeling) === 'Nieuw dossier') return { kind: 'new' };
    return { kind: 'link', caseRef: text(record.Dossiernummer) };
  });
}

export const RECORD_TABS = { referrals: REFERRALS.name, registrations: REGISTRATIONS.name } as const;
