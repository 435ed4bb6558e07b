import { fieldLogForm } from '../../forms/fieldLog';
import { dayToDate } from '../domain/common/day';
import { ACTIONS, FIELD_LOG } from '../domain/intakeTabs';
import type { Ports, TableSnapshot } from '../ports';
import { actionCodeFor } from './processRegistration';
import { intakeRecord, type RecordForm } from './recordIntake';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

function fieldLogIntake(actions: TableSnapshot): RecordForm<typeof fieldLogForm> {
  return {
    form: fieldLogForm,
    tab: FIELD_LOG.name,
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

/** A field note: one row in Veldwerk, attributed to its outreach action. */
export function processFieldLog(ports: Ports, sub: Submission, key: string, options?: IntakeOptions): IntakeOutcome {
  return intakeRecord(ports, fieldLogIntake(ports.tables.read(ACTIONS.name)), sub, key, options);
}
