import { livesWithKnownAnswer } from '../../forms/household';
import { referralForm } from '../../forms/referral';
import { suggestRoute, tariffCategory, yesNoUnknown } from '../domain/eligibility/route';
import { MAIL_KIND } from '../domain/messages/status';
import { confirmationMail } from '../domain/referral/confirmationMail';
import { CASE_SOURCE, referralRow } from '../domain/referral/records';
import { MESSAGES, REFERRALS } from '../domain/tabs';
import type { Ports } from '../ports';
import { type HouseholdForm, intakeHousehold } from './householdIntake';
import { deliverOnce } from './outbox';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';
import { CONFIRMATION_PREFIX } from './waitingConfirmations';

/** A partner referral: the household intake, with the referral record and a confirmation to the referrer. */
export const REFERRAL_INTAKE: HouseholdForm<typeof referralForm> = {
  form: referralForm,
  recordTab: REFERRALS.name,
  details(a, rules) {
    const category = tariffCategory(a.socialTariff);
    const vt = yesNoUnknown(a.increasedAllowance);
    return {
      firstName: a.firstName,
      lastName: a.lastName,
      phone: a.phone,
      email: a.email,
      street: a.street,
      postcode: a.postcode,
      municipality: a.municipality,
      language: a.language,
      helpNeeded: a.helpNeeded,
      internetNow: a.internetNow,
      callMoment: a.callMoment,
      source: CASE_SOURCE.referral,
      socialTariff: category,
      increasedAllowance: vt,
      advice: suggestRoute(category, vt, rules),
      livesWithKnown: livesWithKnownAnswer(a.livesWithKnown),
    };
  },
  record: referralRow,
  followUp(ports, a, ctx, settings) {
    const messages = ports.tables.read(MESSAGES.name);
    return deliverOnce(ports, messages, {
      id: `${CONFIRMATION_PREFIX}${ctx.responseKey}`,
      caseRef: ctx.caseRef,
      kind: MAIL_KIND.referralConfirmation,
      mail: confirmationMail({
        to: a.referrerEmail,
        referrerName: a.referrerName,
        householdFirstName: a.firstName,
        caseRef: ctx.caseRef,
        settings,
      }),
    });
  },
};

export function processReferral(ports: Ports, sub: Submission, key: string, options?: IntakeOptions): IntakeOutcome {
  return intakeHousehold(ports, REFERRAL_INTAKE, sub, key, options);
}
