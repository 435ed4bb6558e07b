import type { referralForm } from '../../../forms/referral';
import type { Row } from '../../ports';
import { resolvePlace } from '../common/postcode';
import type { RouteAdvice } from '../eligibility/route';
import type { AnswersOf } from '../forms/answers';
import type { CASE_LETTER_HEADERS } from '../letters/tabs';
import type { PRIVACY_HEADERS } from '../privacy/tabs';
import type { CASE_JOURNEY_HEADERS, CASES, HeaderOf, REFERRALS } from '../tabs';

export type ReferralAnswers = AnswersOf<typeof referralForm>;

/** Status of a case that was just referred (the first step of the internet journey). */
export const NEW_CASE_STATUS = 'Aangemeld';
export const FIRST_ACTION = 'Gezin bellen';

/** Where a case came from (column "Bron" of Dossiers). */
export const CASE_SOURCE = { referral: 'Doorverwijzing', registration: 'Aanmelding' } as const;

/** How a referral or registration was linked to its case (column "Koppeling"). */
export const LINK = {
  newCase: 'Nieuw dossier',
  existing: (reason: string) => `Bestaand dossier (${reason})`,
  confirmed: 'Bestaand dossier (bevestigd door de medewerker)',
} as const;

/**
 * A new case fills every column of Dossiers except those later work keeps (the journey, the letters' target
 * group, the anonymiser's columns).
 */
type CaseRow = Record<
  Exclude<
    HeaderOf<typeof CASES>,
    (typeof CASE_JOURNEY_HEADERS)[number] | (typeof CASE_LETTER_HEADERS)[number] | (typeof PRIVACY_HEADERS)[number]
  >,
  Row[string]
>;
type ReferralRow = Record<HeaderOf<typeof REFERRALS>, Row[string]>;

/** What a new case row needs, whichever form the household came through. */
export interface HouseholdDetails {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  street: string;
  postcode: string;
  municipality: string;
  language: string;
  helpNeeded: readonly string[];
  internetNow: string;
  callMoment: string;
  source: string;
  /** '1', '2A', …, 'geen', 'onbekend'. */
  socialTariff: string;
  increasedAllowance: string;
  advice: RouteAdvice;
  /** "Woont u samen met iemand die al hulp krijgt van ons?": 'ja', 'nee', '' (for household matching only). */
  livesWithKnown?: 'ja' | 'nee' | '';
}

export interface CaseContext {
  caseRef: string;
  responseKey: string;
  receivedAt: Date;
  /** Date by which the household should be called. */
  callBy: Date;
  /** 1-based row of the raw response, when known. */
  responseRow?: number;
  /** Koppeling: new case, or linked to an existing one and why. */
  link: string;
}

/** Kept for the foundation's name: the context of a referral is a case context. */
export type ReferralContext = CaseContext;

/** The register row of a new case. Out-of-area postcodes are flagged, not refused. */
export function caseRow(h: HouseholdDetails, ctx: CaseContext): CaseRow {
  const place = resolvePlace(h.postcode, h.municipality);
  return {
    Dossiernummer: ctx.caseRef,
    'Aangemaakt op': ctx.receivedAt,
    Voornaam: h.firstName,
    Familienaam: h.lastName,
    Telefoon: h.phone,
    'E-mail': h.email,
    'Straat en nummer': h.street,
    Postcode: place.postcode,
    Gemeente: place.municipality,
    'In projectgebied': place.inProjectArea ? 'ja' : 'nee',
    Taal: h.language,
    Hulpvraag: h.helpNeeded.join(', '),
    'Internet nu': h.internetNow,
    'Beste moment om te bellen': h.callMoment,
    Status: NEW_CASE_STATUS,
    'Volgende actie': FIRST_ACTION,
    'Datum volgende actie': ctx.callBy,
    Notities: place.mismatchNote ?? '',
    Bron: h.source,
    'Sociaal tarief': h.socialTariff,
    'Verhoogde tegemoetkoming': h.increasedAllowance,
    'Voorgestelde route': h.advice.route,
    'Let op bij de route': h.advice.notes.join(' '),
  };
}

/** The referral record: who referred, when, and the confirmation that the household was informed. */
export function referralRow(a: ReferralAnswers, ctx: CaseContext): ReferralRow {
  return {
    'Antwoord-ID': ctx.responseKey,
    'Ontvangen op': ctx.receivedAt,
    Dossiernummer: ctx.caseRef,
    Organisatie: a.organisation,
    'Naam doorverwijzer': a.referrerName,
    'E-mail doorverwijzer': a.referrerEmail,
    'Gezin geïnformeerd': a.householdInformed ? 'ja' : 'nee',
    Opmerkingen: a.notes,
    Koppeling: ctx.link,
    'Rij in antwoordtab': ctx.responseRow ?? '',
  };
}
