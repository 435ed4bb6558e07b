import { knownHouseholds } from '../../src/app/householdIntake';
import { factsOfAnswers } from '../../src/app/rememberedDecisions';
import { parseAnswers } from '../../src/domain/forms/schema';
import { type HouseholdMatch, indexHouseholds, matchIndexed } from '../../src/domain/intake/householdMatch';
import type { TableSnapshot } from '../../src/ports';
import { type Pair, type PairOutcome, pairAnswers, pairForm, registerRows } from './householdPairs';

/** The register of the labelled corpus as a snapshot of Dossiers. */
export function registerSnapshot(): TableSnapshot {
  const rows = registerRows();
  return { headers: Object.keys(rows[0]), rows: rows.map((values, i) => ({ rowNumber: i + 2, values })) };
}

export function outcomeOfMatch(match: HouseholdMatch): PairOutcome {
  if (match.kind === 'same') return { kind: 'link', caseRef: match.caseRef };
  if (match.kind === 'maybe') return { kind: 'review', candidates: match.candidates.map((c) => c.caseRef) };
  return { kind: 'new' };
}

/** Each pair through the pure function, as the intake calls it: the form's parsing, then matching. */
export function pureOutcomes(pairs: readonly Pair[]): Array<PairOutcome & { match: HouseholdMatch }> {
  const index = indexHouseholds(knownHouseholds(registerSnapshot()));
  return pairs.map((pair) => {
    const parsed = parseAnswers(pairForm(pair), pairAnswers(pair));
    if (!parsed.ok) throw new Error(`${pair.id}: ${parsed.reasons.join(' ')}`);
    const match = matchIndexed(factsOfAnswers(parsed.value), index);
    return { ...outcomeOfMatch(match), match };
  });
}
