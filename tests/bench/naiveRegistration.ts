import { registrationForm } from '../../forms/registration';
import { eligibilityRules } from '../../src/app/householdIntake';
import { addWorkdays } from '../../src/domain/common/workdays';
import { suggestRoute } from '../../src/domain/eligibility/route';
import type { RawAnswers } from '../../src/domain/forms/answers';
import { parseAnswers } from '../../src/domain/forms/schema';
import { submissionKey } from '../../src/domain/intake/submissionKey';
import { ACTIONS, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { CASE_SOURCE, type CaseContext, caseRow, LINK } from '../../src/domain/referral/records';
import { SETTING_DEFAULTS, type Settings } from '../../src/domain/settings/settings';
import { CASES, REVIEW, SETTINGS } from '../../src/domain/tabs';
import { appendByHeaders, columnOf, findRow, type NaiveServices, setting } from './naiveReferral';

/**
 * The naive baseline for a self-registration (Aanmelding), written like common Apps Script samples: row
 * look-ups with `getValue` per cell, `appendRow` per row. Same effect as the real use case (a registration
 * row and a new case), so its calls are counted by the same fakes. Not used by the script.
 */
export function naiveRegistration(services: NaiveServices, submittedAt: Date, answers: RawAnswers): string {
  const lock = services.LockService.getScriptLock();
  lock.waitLock(30_000);
  try {
    const ss = services.SpreadsheetApp.getActiveSpreadsheet();
    const key = submissionKey(registrationForm, submittedAt, answers);
    const review = ss.getSheetByName(REVIEW.name)!;
    const registrations = ss.getSheetByName(REGISTRATIONS.name)!;
    if (findRow(review, 'Antwoord-ID', key) > 0 || findRow(registrations, 'Antwoord-ID', key) > 0) return '';
    const parsed = parseAnswers(registrationForm, answers);
    if (!parsed.ok) {
      appendByHeaders(review, REVIEW.headers, { 'Antwoord-ID': key, Reden: parsed.reasons.join('\n'), Status: 'Open' });
      return '';
    }
    const a = parsed.value;
    // Which outreach action the answer "heard via" belongs to: one cell at a time.
    const actions = ss.getSheetByName(ACTIONS.name)!;
    const answerColumn = columnOf(actions, 'Antwoord in aanmelding');
    const codeColumn = columnOf(actions, 'Code');
    let actionCode = '';
    for (let r = 2; r <= actions.getLastRow(); r++) {
      if (String(actions.getRange(r, answerColumn).getValue()) === a.heardVia) {
        actionCode = String(actions.getRange(r, codeColumn).getValue());
        break;
      }
    }
    // A known household (same phone) and the next case number.
    const cases = ss.getSheetByName(CASES.name)!;
    const refColumn = columnOf(cases, 'Dossiernummer');
    const phoneColumn = columnOf(cases, 'Telefoon');
    const year = submittedAt.getFullYear();
    let highest = 0;
    let known = '';
    for (let r = 2; r <= cases.getLastRow(); r++) {
      const ref = String(cases.getRange(r, refColumn).getValue());
      if (String(cases.getRange(r, phoneColumn).getValue()) === a.phone) known = ref;
      const m = /^DT-(\d{4})-(\d+)$/.exec(ref);
      if (m && Number(m[1]) === year) highest = Math.max(highest, Number(m[2]));
    }
    const caseRef = known || `DT-${year}-${String(highest + 1).padStart(4, '0')}`;
    const settingsSheet = ss.getSheetByName(SETTINGS.name)!;
    const settings = {} as Settings;
    for (const [name, def] of Object.entries(SETTING_DEFAULTS)) {
      settings[name as keyof Settings] = setting(settingsSheet, def.key, def.value);
    }
    const ctx: CaseContext = {
      caseRef,
      responseKey: key,
      receivedAt: submittedAt,
      callBy: addWorkdays(submittedAt, Number(settings.callWithinWorkdays) || 5),
      link: known ? LINK.existing('zelfde telefoonnummer') : LINK.newCase,
    };
    appendByHeaders(registrations, REGISTRATIONS.headers, {
      'Antwoord-ID': key,
      'Ontvangen op': submittedAt,
      Dossiernummer: caseRef,
      Koppeling: ctx.link,
      'Gehoord via': a.heardVia,
      Actiecode: actionCode,
      'Ingevuld door': a.filledBy,
      Toestemming: a.consent ? 'ja' : 'nee',
    });
    if (!known) {
      const rules = eligibilityRules(settings);
      appendByHeaders(
        cases,
        CASES.headers,
        caseRow(
          {
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
          },
          ctx,
        ),
      );
    }
    return caseRef;
  } finally {
    lock.releaseLock();
  }
}
