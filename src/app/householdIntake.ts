import type { FormDefinition } from '../../forms/types';
import { cellText, firstRowWhere } from '../domain/common/table';
import { addWorkdays } from '../domain/common/workdays';
import { type EligibilityRules, parseCategories } from '../domain/eligibility/route';
import type { AnswersOf } from '../domain/forms/answers';
import { parseAnswers } from '../domain/forms/schema';
import {
  type HouseholdFacts,
  type HouseholdIndex,
  type HouseholdMatch,
  indexHouseholds,
  type KnownHousehold,
  matchIndexed,
  phoneKey,
  RegisterHousehold,
  updateIndex,
} from '../domain/intake/householdMatch';
import { candidateLine, UNCERTAIN } from '../domain/intake/matchTexts';
import { type CaseContext, caseRow, type HouseholdDetails, LINK } from '../domain/referral/records';
import { readSettings, type Settings } from '../domain/settings/settings';
import { CASES, REVIEW, SETTINGS } from '../domain/tabs';
import type { Ports, Properties, Row, StoredRow, TableSnapshot } from '../ports';
import { issueYearRefInTab } from './references';
import { rememberedHouseholds } from './rememberedDecisions';
import { inReview, type ReviewCandidate, sendToReview } from './reviewQueue';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

/**
 * The intake every household form shares (partner referral, self-registration): validate, find the
 * household in the register (a known household gets a new referral on its case, not a new case; an uncertain
 * match goes to the worker), write the form's own record, the case row, then the form's follow-up (e-mail).
 *
 * Every step checks what an earlier (interrupted) run wrote, so a re-delivery or a rerun after a crash
 * completes the missing steps and never duplicates a row or an e-mail. Call under the script lock.
 */
export interface HouseholdForm<F extends FormDefinition> {
  form: F;
  /** The tab with one row per response (Doorverwijzingen, Aanmeldingen): holds the key and the case ref. */
  recordTab: string;
  details(a: AnswersOf<F>, rules: EligibilityRules): HouseholdDetails;
  record(a: AnswersOf<F>, ctx: CaseContext): Row;
  /** After the rows are written (e.g. the confirmation mail); returns what to report as `mail`. */
  followUp?(ports: Ports, a: AnswersOf<F>, ctx: CaseContext, settings: Settings): string;
}

export function eligibilityRules(settings: Settings): EligibilityRules {
  return {
    entitledCategories: parseCategories(settings.socialTariffCategories),
    essentialForIncreasedAllowance: /^j/i.test(settings.essentialForIncreasedAllowance.trim()),
  };
}

/** The household of one case row. */
function readHousehold(row: StoredRow): RegisterHousehold {
  return new RegisterHousehold({
    caseRef: cellText(row.values.Dossiernummer),
    firstName: cellText(row.values.Voornaam),
    lastName: cellText(row.values.Familienaam),
    phone: phoneKey(cellText(row.values.Telefoon)),
    email: cellText(row.values['E-mail']),
    street: cellText(row.values['Straat en nummer']),
    postcode: cellText(row.values.Postcode),
  });
}

/** The household of one case row, read once per row object (a cached snapshot hands out the same rows). */
const householdOfRow = new WeakMap<StoredRow, KnownHousehold>();

function household(row: StoredRow): KnownHousehold {
  let known = householdOfRow.get(row);
  if (!known) {
    known = readHousehold(row);
    householdOfRow.set(row, known);
  }
  return known;
}

/** The households of the register, for matching. */
export function knownHouseholds(cases: TableSnapshot): KnownHousehold[] {
  return cases.rows.map(household).filter((h) => h.caseRef !== '');
}

/**
 * The match index of the latest snapshot of Dossiers read, and which row went where. In Apps Script an execution
 * reads Dossiers once; the twin takes in a month of responses in one process, with the worker's days writing to
 * Dossiers in between, so each response comes with a new snapshot that differs from the last one in a few rows.
 * Rows are read-only objects and a row object that did not change is handed out again (`WorkbookTables`, the
 * fakes), so the index follows the rows that are new objects instead of indexing 20,000 households again.
 */
interface LiveIndex {
  snapshot: TableSnapshot;
  /** Per row of the snapshot, its position in `index.known`, or -1 when the row has no case number. */
  positions: number[];
  index: HouseholdIndex;
}

let live: LiveIndex | undefined;

/** Above this share of changed rows, indexing again costs no more than following them. */
const FOLLOW_AT_MOST = 0.25;

function indexRegister(cases: TableSnapshot): LiveIndex {
  const positions: number[] = [];
  const known: KnownHousehold[] = [];
  for (const row of cases.rows) {
    // Read without the per-row cache: the live index itself keeps each household (and what matching prepared
    // about it) while its row only changes in other columns, and a WeakMap of 20,000 rows costs more than reading.
    const h = readHousehold(row);
    positions.push(h.caseRef === '' ? -1 : known.length);
    if (h.caseRef !== '') known.push(h);
  }
  return { snapshot: cases, positions, index: indexHouseholds(known) };
}

function sameHousehold(a: KnownHousehold, b: KnownHousehold): boolean {
  return (
    a.caseRef === b.caseRef &&
    a.firstName === b.firstName &&
    a.lastName === b.lastName &&
    a.phone === b.phone &&
    a.email === b.email &&
    a.street === b.street &&
    a.postcode === b.postcode
  );
}

/** `indexRegister(cases)`, from the live index of an earlier snapshot (null when indexing again is simpler). */
function followRegister(from: LiveIndex, cases: TableSnapshot): LiveIndex | null {
  const before = from.snapshot.rows;
  const rows = cases.rows;
  if (rows.length < before.length) return null;
  const positions = from.positions;
  const known = from.index.known.slice();
  const replaced: number[] = [];
  const limit = Math.max(16, rows.length * FOLLOW_AT_MOST);
  for (let i = 0; i < before.length; i++) {
    const row = rows[i];
    if (row === before[i]) continue;
    const position = positions[i];
    const after = readHousehold(row);
    if (position < 0 !== (after.caseRef === '')) return null;
    if (position < 0) continue;
    // Another status or note, the same household: keep it, with what matching prepared about it.
    if (sameHousehold(known[position], after)) continue;
    known[position] = after;
    replaced.push(position);
    if (replaced.length > limit) return null;
  }
  for (let i = before.length; i < rows.length; i++) {
    const h = readHousehold(rows[i]);
    positions.push(h.caseRef === '' ? -1 : known.length);
    if (h.caseRef !== '') known.push(h);
  }
  return { snapshot: cases, positions, index: updateIndex(from.index, known, replaced) };
}

/** `indexHouseholds(knownHouseholds(cases))`, following the live index when there is one. */
export function householdIndex(cases: TableSnapshot): HouseholdIndex {
  if (live?.snapshot !== cases) {
    const followed = live ? followRegister(live, cases) : null;
    // The earlier live index is stale from here on (`updateIndex` shares its maps): only `live` is used.
    live = followed ?? indexRegister(cases);
  }
  return live.index;
}

export function householdFacts(h: HouseholdDetails): HouseholdFacts {
  return {
    firstName: h.firstName,
    lastName: h.lastName,
    phone: phoneKey(h.phone),
    email: h.email.toLowerCase(),
    street: h.street,
    postcode: h.postcode,
    livesWithKnown: h.livesWithKnown ?? '',
  };
}

type Placement =
  | { kind: 'placed'; caseRef: string; link: string; isNew: boolean }
  | { kind: 'ask'; match: HouseholdMatch };

/** Where a household goes: the worker's decision first, else the match with the register. */
function place(
  details: HouseholdDetails,
  cases: TableSnapshot,
  review: TableSnapshot,
  year: number,
  linkTo: string | undefined,
  properties: Properties,
): Placement | { kind: 'refused'; reason: string } {
  const decision = (linkTo ?? '').trim();
  // A new number is issued only when a new case is certain (never reissued, even after rows are deleted).
  const fresh = () => issueYearRefInTab(properties, 'DT', year, cases, 'Dossiernummer');
  if (/^nieuw$/i.test(decision)) return { kind: 'placed', caseRef: fresh(), link: LINK.newCase, isNew: true };
  if (decision !== '') {
    const ref = decision.toUpperCase();
    if (!firstRowWhere(cases, 'Dossiernummer', ref)) {
      return { kind: 'refused', reason: `Koppelen aan dossier: "${decision}" bestaat niet in Dossiers.` };
    }
    return { kind: 'placed', caseRef: ref, link: LINK.confirmed, isNew: false };
  }
  const match = matchIndexed(householdFacts(details), householdIndex(cases), rememberedHouseholds(review));
  if (match.kind === 'same')
    return { kind: 'placed', caseRef: match.caseRef, link: LINK.existing(match.reason), isNew: false };
  if (match.kind === 'maybe') return { kind: 'ask', match };
  return { kind: 'placed', caseRef: fresh(), link: LINK.newCase, isNew: true };
}

export function intakeHousehold<F extends FormDefinition>(
  ports: Ports,
  spec: HouseholdForm<F>,
  sub: Submission,
  key: string,
  options: IntakeOptions = {},
): IntakeOutcome {
  const { tables, audit } = ports;
  if (!options.fromReview && inReview(tables, key)) return { kind: 'duplicate', key };
  const records = tables.read(spec.recordTab);
  const earlier = firstRowWhere(records, 'Antwoord-ID', key);
  const parsed = parseAnswers(spec.form, sub.answers);
  const toReview = (reasons: string[], candidates: readonly ReviewCandidate[] = []): IntakeOutcome => {
    if (!options.fromReview) sendToReview(tables, sub, key, spec.form.title, reasons, candidates);
    audit.log('intake.review', { form: spec.form.key, reasons: reasons.length, candidates: candidates.length });
    return { kind: 'review', key, reasons, candidates: candidates.map(candidateLine) };
  };
  if (!parsed.ok) {
    if (earlier) return { kind: 'duplicate', key, caseRef: cellText(earlier.values.Dossiernummer) };
    return toReview(parsed.reasons);
  }

  const cases = tables.read(CASES.name);
  const settings = readSettings(tables.read(SETTINGS.name));
  const a = parsed.value;
  const details = spec.details(a, eligibilityRules(settings));

  let placement: Placement;
  if (earlier) {
    const ref = cellText(earlier.values.Dossiernummer);
    const link = cellText(earlier.values.Koppeling) || LINK.newCase;
    placement = { kind: 'placed', caseRef: ref, link, isNew: link === LINK.newCase };
  } else {
    const review = tables.read(REVIEW.name);
    const found = place(details, cases, review, sub.submittedAt.getFullYear(), options.linkTo, ports.properties);
    if (found.kind === 'refused') return toReview([found.reason]);
    if (found.kind === 'ask') {
      return toReview([UNCERTAIN], found.match.kind === 'maybe' ? found.match.candidates : []);
    }
    placement = found;
  }

  const ctx: CaseContext = {
    caseRef: placement.caseRef,
    responseKey: key,
    receivedAt: sub.submittedAt,
    callBy: addWorkdays(sub.submittedAt, Number(settings.callWithinWorkdays) || 5),
    responseRow: sub.responseRow,
    link: placement.link,
  };
  const caseExists = Boolean(firstRowWhere(cases, 'Dossiernummer', ctx.caseRef));

  // The record first: it holds the response key, so a rerun finds the case reference it chose.
  if (!earlier) tables.append(spec.recordTab, [spec.record(a, ctx)]);
  if (placement.isNew && !caseExists) tables.append(CASES.name, [caseRow(details, ctx)]);
  if (!placement.isNew) fillUnknownEligibility(ports, cases, ctx.caseRef, details);

  const mail = spec.followUp ? spec.followUp(ports, a, ctx, settings) : 'none';
  const resumed = Boolean(earlier);
  const caseWasThere = caseExists || !placement.isNew;
  if (resumed && caseWasThere && mail !== 'sent') return { kind: 'duplicate', key, caseRef: ctx.caseRef };
  audit.log(resumed ? 'intake.resumed' : placement.isNew ? 'intake.registered' : 'intake.linked', {
    form: spec.form.key,
    caseRef: ctx.caseRef,
    mail,
  });
  return { kind: 'registered', key, caseRef: ctx.caseRef, mail, resumed, linked: !placement.isNew };
}

/** A known household referred again: what the case did not know yet about eligibility is filled in. */
function fillUnknownEligibility(ports: Ports, cases: TableSnapshot, caseRef: string, h: HouseholdDetails): void {
  const row = firstRowWhere(cases, 'Dossiernummer', caseRef);
  if (!row) return;
  const known = cellText(row.values['Sociaal tarief']);
  if (h.socialTariff === 'onbekend' || (known !== '' && known !== 'onbekend')) return;
  ports.tables.update(CASES.name, row.rowNumber, {
    'Sociaal tarief': h.socialTariff,
    'Verhoogde tegemoetkoming': h.increasedAllowance,
    'Voorgestelde route': h.advice.route,
    'Let op bij de route': h.advice.notes.join(' '),
  });
}
