import { livesWithKnownAnswer } from '../../forms/household';
import { HEARD_VIA_UNKNOWN } from '../../forms/outreach';
import { registrationForm } from '../../forms/registration';
import { cellText } from '../domain/common/table';
import { suggestRoute } from '../domain/eligibility/route';
import type { AnswersOf } from '../domain/forms/answers';
import { ACTIONS, REGISTRATIONS } from '../domain/intakeTabs';
import { CASE_SOURCE, type CaseContext } from '../domain/referral/records';
import type { Ports, Row, TableSnapshot } from '../ports';
import { recordRegistrationScan } from './dashboard/scans';
import { type HouseholdForm, intakeHousehold } from './householdIntake';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

type RegistrationAnswers = AnswersOf<typeof registrationForm>;

/** The action code whose "Antwoord in aanmelding" is this answer ('' for "weet ik niet" or an own answer). */
export function actionCodeFor(actions: TableSnapshot, answer: string, column = 'Antwoord in aanmelding'): string {
  const wanted = answer.trim();
  if (wanted === '' || wanted === HEARD_VIA_UNKNOWN) return '';
  const row = actions.rows.find((r) => cellText(r.values[column]) === wanted);
  return row ? cellText(row.values.Code) : '';
}

function registrationIntake(actions: TableSnapshot): HouseholdForm<typeof registrationForm> {
  return {
    form: registrationForm,
    recordTab: REGISTRATIONS.name,
    details(a, rules) {
      return {
        firstName: a.firstName,
        lastName: a.lastName,
        phone: a.phone,
        email: '',
        street: a.street,
        postcode: a.postcode,
        municipality: '',
        language: a.language,
        helpNeeded: a.helpNeeded,
        internetNow: '',
        callMoment: '',
        source: CASE_SOURCE.registration,
        socialTariff: 'onbekend',
        increasedAllowance: 'onbekend',
        advice: suggestRoute('onbekend', 'onbekend', rules),
        livesWithKnown: livesWithKnownAnswer(a.livesWithKnown),
      };
    },
    record(a: RegistrationAnswers, ctx: CaseContext): Row {
      return {
        'Antwoord-ID': ctx.responseKey,
        'Ontvangen op': ctx.receivedAt,
        Dossiernummer: ctx.caseRef,
        Koppeling: ctx.link,
        'Gehoord via': a.heardVia,
        Actiecode: actionCodeFor(actions, a.heardVia),
        'Ingevuld door': a.filledBy,
        Toestemming: a.consent ? 'ja' : 'nee',
        'Rij in antwoordtab': ctx.responseRow ?? '',
      };
    },
    // The quick scan the household answered (issue 12), as its start scan; 'none': no e-mail is sent.
    followUp(ports, a, ctx) {
      recordRegistrationScan(ports, a, ctx);
      return 'none';
    },
  };
}

/** A self-registration: the household intake, attributed to the outreach action the household names. */
export function processRegistration(
  ports: Ports,
  sub: Submission,
  key: string,
  options?: IntakeOptions,
): IntakeOutcome {
  return intakeHousehold(ports, registrationIntake(ports.tables.read(ACTIONS.name)), sub, key, options);
}
