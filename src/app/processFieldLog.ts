import { fieldLogForm } from '../../forms/fieldLog';
import { dayToDate } from '../domain/common/day';
import { firstRowWhere, rowsWhere } from '../domain/common/table';
import { parseAnswers } from '../domain/forms/schema';
import { ACTIONS, FIELD_LOG } from '../domain/intakeTabs';
import { SUPPORT } from '../domain/register/tabs';
import { CASES } from '../domain/tabs';
import type { Ports, TableSnapshot, Tables } from '../ports';
import { actionCodeFor } from './processRegistration';
import { intakeRecord, type RecordForm } from './recordIntake';
import { addSupportSession } from './register/support';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

const CASE_REF = /^DT-\d{4}-\d{4,}$/;

/** The Dutch reasons a field note's support part is refused (checked before anything is written). */
export const FIELD_LOG_SUPPORT_TEXT = {
  badRef: (ref: string) => `"${ref}" is geen dossiernummer. Schrijf het zo: DT-2026-0012.`,
  unknownRef: (ref: string) => `Dossiernummer ${ref} staat niet in Dossiers.`,
  source: (key: string) => `Veldwerk ${key}`,
};

function supportRef(raw: string): string {
  return raw.trim().toUpperCase();
}

function fieldLogIntake(actions: TableSnapshot, tables: Tables): RecordForm<typeof fieldLogForm> {
  return {
    form: fieldLogForm,
    tab: FIELD_LOG.name,
    crossCheck: (a) => {
      if (a.supportCaseRef === '') return [];
      const ref = supportRef(a.supportCaseRef);
      if (!CASE_REF.test(ref)) return [FIELD_LOG_SUPPORT_TEXT.badRef(a.supportCaseRef)];
      return firstRowWhere(tables.read(CASES.name), 'Dossiernummer', ref)
        ? []
        : [FIELD_LOG_SUPPORT_TEXT.unknownRef(ref)];
    },
    row: (a, ctx) => ({
      'Antwoord-ID': ctx.key,
      'Ontvangen op': ctx.receivedAt,
      Datum: dayToDate(a.date),
      Actie: a.action,
      Actiecode: actionCodeFor(actions, a.action, 'Actie'),
      Plaats: a.place,
      'Ingevuld door': a.loggedBy,
      'Bereikte mensen': Number(a.peopleReached),
      Folders: a.leaflets === '' ? '' : Number(a.leaflets),
      'Aanmeldingen ter plaatse': a.registrationsOnSpot === '' ? '' : Number(a.registrationsOnSpot),
      Notities: a.notes,
      'Rij in antwoordtab': ctx.responseRow ?? '',
    }),
  };
}

/**
 * When the note says the worker helped one household, the help also becomes a support session (Ondersteuning),
 * once: the session carries the response key in its Bron column, so a re-delivery or a rerun after a crash
 * finds it.
 */
function recordSupport(ports: Ports, sub: Submission, key: string): void {
  const parsed = parseAnswers(fieldLogForm, sub.answers);
  if (!parsed.ok || parsed.value.supportCaseRef === '') return;
  // Only a note that was recorded (not one waiting in Te controleren) counts as help given.
  if (!firstRowWhere(ports.tables.read(FIELD_LOG.name), 'Antwoord-ID', key)) return;
  const source = FIELD_LOG_SUPPORT_TEXT.source(key);
  if (rowsWhere(ports.tables.read(SUPPORT.name), 'Bron', source).length > 0) return;
  const a = parsed.value;
  addSupportSession(ports, {
    caseRef: supportRef(a.supportCaseRef),
    topic: a.supportTopic,
    where: a.supportPlace,
    minutes: a.supportMinutes === '' ? undefined : Number(a.supportMinutes),
    who: a.loggedBy,
    source,
    date: dayToDate(a.date),
    note: a.place,
  });
}

/** A field note: one row in Veldwerk, attributed to its outreach action; help to one household also in Ondersteuning. */
export function processFieldLog(ports: Ports, sub: Submission, key: string, options?: IntakeOptions): IntakeOutcome {
  const outcome = intakeRecord(ports, fieldLogIntake(ports.tables.read(ACTIONS.name), ports.tables), sub, key, options);
  if (outcome.kind === 'recorded' || outcome.kind === 'duplicate') recordSupport(ports, sub, key);
  return outcome;
}
