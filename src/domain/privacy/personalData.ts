import type { FormDefinition, TextCheck } from '../../../forms/types';
import { TIMESTAMP_HEADER } from '../../../forms/types';
import { REGISTRATIONS } from '../intakeTabs';
import { ATTENDANCE, DEVICES, ONWARD, SUPPORT } from '../register/tabs';
import { MESSAGES, REFERRALS } from '../tabs';
import { LETTERS_TAB } from './tabs';

/**
 * Where personal data of a household sits, tab by tab: which column links a row to a case, and which columns
 * hold names, contact details, addresses or free text. Anonymising clears exactly these; everything else (ids,
 * dates, statuses, categories, postcode and municipality) stays, so counts of past periods do not change.
 * Postcode and municipality are kept on purpose: the project reports per municipality, and a postcode alone
 * does not point at one household (docs/privacy.md).
 */

/** Columns of Dossiers cleared when a case is anonymised. */
export const CASE_PERSONAL_COLUMNS: readonly string[] = [
  'Voornaam',
  'Familienaam',
  'Telefoon',
  'E-mail',
  'Straat en nummer',
  'Notities',
  'Volgende actie',
];

export interface LinkedTab {
  readonly tab: string;
  /** The column holding the case reference. */
  readonly caseColumn: string;
  /** Columns cleared on anonymisation. */
  readonly clear: readonly string[];
  /** Only rows where this column has this value are about a case (devices: "Toegewezen aan (soort)" = Dossier). */
  readonly when?: { readonly column: string; readonly value: string };
}

/**
 * Header names that hold personal data in a tab this code does not define (the letters tab of another feature,
 * a tab a later feature adds): rows with the case in `Dossiernummer` get these cleared when present.
 */
export const GENERIC_PERSONAL_HEADERS: readonly string[] = [
  'Naam',
  'Voornaam',
  'Familienaam',
  'Adres',
  'Adresblok',
  'Straat en nummer',
  'E-mail',
  'Aan',
  'Telefoon',
  'Notitie',
  'Notities',
  'Opmerkingen',
];

/** Tabs whose rows point at a case by its reference. */
export const CASE_LINKED_TABS: readonly LinkedTab[] = [
  {
    tab: REFERRALS.name,
    caseColumn: 'Dossiernummer',
    clear: ['Naam doorverwijzer', 'E-mail doorverwijzer', 'Opmerkingen'],
  },
  { tab: REGISTRATIONS.name, caseColumn: 'Dossiernummer', clear: ['Ingevuld door'] },
  { tab: SUPPORT.name, caseColumn: 'Dossiernummer', clear: ['Notitie'] },
  { tab: ONWARD.name, caseColumn: 'Dossiernummer', clear: ['Notitie'] },
  { tab: ATTENDANCE.name, caseColumn: 'Dossiernummer', clear: ['Deelnemer', 'Telefoon'] },
  { tab: MESSAGES.name, caseColumn: 'Dossiernummer', clear: ['Aan', 'Onderwerp', 'Fout'] },
  {
    tab: DEVICES.name,
    caseColumn: 'Toegewezen aan',
    clear: [],
    when: { column: 'Toegewezen aan (soort)', value: 'Dossier' },
  },
  { tab: LETTERS_TAB, caseColumn: 'Dossiernummer', clear: GENERIC_PERSONAL_HEADERS },
];

/** Columns of a course participation without a case that hold the person. */
export const ATTENDANCE_PERSONAL_COLUMNS: readonly string[] = ['Deelnemer', 'Telefoon'];

/** Logboek: the free-text columns whose old and new values are cleared; status changes are categories and stay. */
export const LOGBOOK_CATEGORY_COLUMNS: readonly string[] = ['Status', 'Datum volgende actie'];
export const LOGBOOK_VALUE_COLUMNS: readonly string[] = ['Oud', 'Nieuw'];

/**
 * Te controleren: the copy of the raw answers, the reason (which may quote an answer) and the candidate cases
 * (other households' names and addresses, only there to help the worker decide).
 */
export const REVIEW_PERSONAL_COLUMNS: readonly string[] = ['Antwoorden', 'Reden', 'Kandidaat-dossiers'];

/** Text checks whose answers are a person's name, contact, address or free text. */
const PERSONAL_CHECKS: ReadonlySet<TextCheck> = new Set(['name', 'email', 'phone', 'street', 'plain']);

const responseColumns = new WeakMap<FormDefinition, readonly string[]>();

/** The columns of a form's raw response tab that hold personal data (question titles); worked out once per form. */
export function personalResponseColumns(form: FormDefinition): readonly string[] {
  let found = responseColumns.get(form);
  if (!found) {
    found = form.questions
      .filter((q) => (q.kind === 'text' || q.kind === 'paragraph') && PERSONAL_CHECKS.has(q.check))
      .map((q) => q.title);
    responseColumns.set(form, found);
  }
  return found;
}

/** Headers of a response tab that a person must never lose: the timestamp (it keys the response). */
export const RESPONSE_KEEP: readonly string[] = [TIMESTAMP_HEADER, 'Timestamp', 'Horodateur'];
