import type { referralForm } from '../../../forms/referral';
import type { Row } from '../../ports';
import { resolvePlace } from '../common/postcode';
import type { AnswersOf } from '../forms/answers';
import type { CASES, HeaderOf, REFERRALS } from '../tabs';

export type ReferralAnswers = AnswersOf<typeof referralForm>;

/** Status of a case that was just referred (the first step of the internet journey). */
export const NEW_CASE_STATUS = 'Aangemeld';
export const FIRST_ACTION = 'Gezin bellen';

type CaseRow = Record<HeaderOf<typeof CASES>, Row[string]>;
type ReferralRow = Record<HeaderOf<typeof REFERRALS>, Row[string]>;

export interface ReferralContext {
  caseRef: string;
  responseKey: string;
  receivedAt: Date;
  /** Date by which the household should be called. */
  callBy: Date;
}

/** The register row of a new case. Out-of-area postcodes are flagged, not refused. */
export function caseRow(a: ReferralAnswers, ctx: ReferralContext): CaseRow {
  const place = resolvePlace(a.postcode, a.municipality);
  return {
    Dossiernummer: ctx.caseRef,
    'Aangemaakt op': ctx.receivedAt,
    Voornaam: a.firstName,
    Familienaam: a.lastName,
    Telefoon: a.phone,
    'E-mail': a.email,
    'Straat en nummer': a.street,
    Postcode: place.postcode,
    Gemeente: place.municipality,
    'In projectgebied': place.inProjectArea ? 'ja' : 'nee',
    Taal: a.language,
    Hulpvraag: a.helpNeeded.join(', '),
    'Internet nu': a.internetNow,
    'Beste moment om te bellen': a.callMoment,
    Status: NEW_CASE_STATUS,
    'Volgende actie': FIRST_ACTION,
    'Datum volgende actie': ctx.callBy,
    Notities: place.mismatchNote ?? '',
  };
}

/** The referral record: who referred, when, and the confirmation that the household was informed. */
export function referralRow(a: ReferralAnswers, ctx: ReferralContext): ReferralRow {
  return {
    'Antwoord-ID': ctx.responseKey,
    'Ontvangen op': ctx.receivedAt,
    Dossiernummer: ctx.caseRef,
    Organisatie: a.organisation,
    'Naam doorverwijzer': a.referrerName,
    'E-mail doorverwijzer': a.referrerEmail,
    'Gezin geïnformeerd': a.householdInformed ? 'ja' : 'nee',
    Opmerkingen: a.notes,
  };
}
