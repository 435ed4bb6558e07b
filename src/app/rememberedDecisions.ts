import { livesWithKnownAnswer } from '../../forms/household';
import type { FormDefinition } from '../../forms/types';
import { cellText } from '../domain/common/table';
import { FORMS } from '../domain/forms/registry';
import { parseAnswers } from '../domain/forms/schema';
import {
  type HouseholdFacts,
  type HouseholdIndex,
  indexHouseholds,
  type KnownHousehold,
  phoneKey,
} from '../domain/intake/householdMatch';
import { answersFromText } from '../domain/intake/reviewAnswers';
import type { StoredRow, TableSnapshot } from '../ports';
import { REVIEW_STATUS } from './reviewQueue';

/**
 * The worker's decisions in Te controleren, remembered so she is not asked about the same household again.
 *
 * A review row she resolved herself — a case number or "nieuw" in "Koppelen aan dossier", status "Verwerkt",
 * the case in "Resultaat" — says: the household in this row's answers belongs to that case. Matching treats
 * that household as one more known household of the case (an alias), with the same rules as a register row:
 * a later response that is clearly the same household (two kinds of evidence, nothing against) goes to the
 * case she chose. The rows themselves are the memory: nothing is stored elsewhere, the twin and Google read
 * them the same way (by header name), and deleting the row forgets the decision.
 */

/** Answers by question id as the household forms give them (both forms share these ids). */
interface HouseholdAnswers {
  firstName?: unknown;
  lastName?: unknown;
  phone?: unknown;
  email?: unknown;
  street?: unknown;
  postcode?: unknown;
  livesWithKnown?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The facts matching compares, from a household form's parsed answers. */
export function factsOfAnswers(a: HouseholdAnswers): HouseholdFacts {
  return {
    firstName: text(a.firstName),
    lastName: text(a.lastName),
    phone: phoneKey(text(a.phone)),
    email: text(a.email).toLowerCase(),
    street: text(a.street),
    postcode: text(a.postcode),
    livesWithKnown: livesWithKnownAnswer(text(a.livesWithKnown)),
  };
}

/** A form that describes a household (its answers can be matched). */
export function isHouseholdForm(form: FormDefinition): boolean {
  const ids = new Set(form.questions.map((q) => q.id));
  return ['firstName', 'lastName', 'phone', 'postcode'].every((id) => ids.has(id));
}

const decisionOfRow = new WeakMap<StoredRow, KnownHousehold | null>();

/** The household the worker placed in this row, under the case she chose; null when the row is no decision. */
function decision(row: StoredRow): KnownHousehold | null {
  const cached = decisionOfRow.get(row);
  if (cached !== undefined) return cached;
  let found: KnownHousehold | null = null;
  const v = row.values;
  const caseRef = cellText(v.Resultaat).toUpperCase();
  const form = FORMS.find((f) => f.title === cellText(v.Formulier));
  if (
    cellText(v.Status).toLowerCase() === REVIEW_STATUS.done.toLowerCase() &&
    cellText(v['Koppelen aan dossier']) !== '' &&
    caseRef !== '' &&
    form &&
    isHouseholdForm(form)
  ) {
    const parsed = parseAnswers(form, answersFromText(form, cellText(v.Antwoorden)));
    if (parsed.ok) found = { ...factsOfAnswers(parsed.value as HouseholdAnswers), caseRef };
  }
  decisionOfRow.set(row, found);
  return found;
}

const indexOfSnapshot = new WeakMap<TableSnapshot, HouseholdIndex>();

/** The remembered households of a snapshot of Te controleren, indexed like the register (once per snapshot). */
export function rememberedHouseholds(review: TableSnapshot): HouseholdIndex {
  let index = indexOfSnapshot.get(review);
  if (!index) {
    const known: KnownHousehold[] = [];
    for (const row of review.rows) {
      const household = decision(row);
      if (household) known.push(household);
    }
    index = indexHouseholds(known);
    indexOfSnapshot.set(review, index);
  }
  return index;
}
