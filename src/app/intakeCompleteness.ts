import { fieldLogForm } from '../../forms/fieldLog';
import { cellText, firstRowWhere } from '../domain/common/table';
import { SUPPORT } from '../domain/register/tabs';
import { CASES, MESSAGES } from '../domain/tabs';
import type { Tables } from '../ports';
import { THANKS_PREFIX } from './donorThanks';
import { RECORD_TABS } from './intakeRecords';
import { FIELD_LOG_SUPPORT_TEXT } from './processFieldLog';
import type { Submission } from './submission';
import { CONFIRMATION_PREFIX } from './waitingConfirmations';

const SUPPORT_QUESTION = fieldLogForm.questions.find((q) => q.id === 'supportCaseRef')?.title ?? '';

/**
 * Whether every step of a response's intake is written, judged only from what is in the tabs (Apps Script never
 * delivers a response twice, so the reconciler must finish what a crash left half done):
 * - referral: its record, the case row it names, the confirmation's row in Berichten;
 * - self-registration: its record and the case row it names;
 * - donation: its record and, when the donor gave an e-mail address, the thank-you's row in Berichten;
 * - field note: its record and, when it names a case, the support session it asked for.
 * A row in Berichten waiting for quota counts as written: the hourly and daily runs send it.
 * Returns false when the record itself is missing.
 */
export function intakeComplete(tables: Tables, sub: Submission, key: string): boolean {
  const record = firstRowWhere(tables.read(RECORD_TABS[sub.formKey]), 'Antwoord-ID', key);
  if (!record) return false;
  const hasMessage = (id: string) => Boolean(firstRowWhere(tables.read(MESSAGES.name), 'Bericht-ID', id));
  const hasCase = () =>
    Boolean(firstRowWhere(tables.read(CASES.name), 'Dossiernummer', cellText(record.values.Dossiernummer)));
  switch (sub.formKey) {
    case 'doorverwijzing':
      return hasCase() && hasMessage(`${CONFIRMATION_PREFIX}${key}`);
    case 'aanmelding':
      return hasCase();
    case 'schenking':
      return cellText(record.values['E-mail']) === '' || hasMessage(`${THANKS_PREFIX}${key}`);
    case 'veldwerk': {
      const asked = String(sub.answers[SUPPORT_QUESTION] ?? '').trim() !== '';
      return !asked || Boolean(firstRowWhere(tables.read(SUPPORT.name), 'Bron', FIELD_LOG_SUPPORT_TEXT.source(key)));
    }
    default:
      return true;
  }
}
