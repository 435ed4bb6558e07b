import type { SpreadsheetLocale } from './core';
import { formatDate } from './dates';

/**
 * What a spreadsheet's locale changes in the fakes, as Google does: the name of the first sheet and of a new
 * form's response tab, the response tab's timestamp header, and how dates read as text in form-submit events
 * (`e.values`, `e.namedValues`): en_US `11/24/2026 9:05:00`, nl_BE `24/11/2026 9:05:00`.
 */
interface LocaleWords {
  firstSheet: string;
  newSheet: (n: number) => string;
  responseTab: (n: number) => string;
  timestampHeader: string;
  emailHeader: string;
  /** `Utilities.formatDate` patterns for a timestamp and for a date answer. */
  timestampPattern: string;
  datePattern: string;
}

export const LOCALES: Record<SpreadsheetLocale, LocaleWords> = {
  nl_BE: {
    firstSheet: 'Blad1',
    newSheet: (n) => `Blad${n}`,
    responseTab: (n) => `Formulierreacties ${n}`,
    timestampHeader: 'Tijdstempel',
    emailHeader: 'E-mailadres',
    timestampPattern: 'd/MM/yyyy H:mm:ss',
    datePattern: 'd/MM/yyyy',
  },
  en_US: {
    firstSheet: 'Sheet1',
    newSheet: (n) => `Sheet${n}`,
    responseTab: (n) => `Form Responses ${n}`,
    timestampHeader: 'Timestamp',
    emailHeader: 'Email Address',
    timestampPattern: 'M/d/yyyy H:mm:ss',
    datePattern: 'M/d/yyyy',
  },
};

export function localeWords(locale: SpreadsheetLocale): LocaleWords {
  return LOCALES[locale];
}

/** A timestamp as it reads in an event of a spreadsheet in `locale` (in the spreadsheet's time zone). */
export function timestampText(ms: number, locale: SpreadsheetLocale, timeZone: string): string {
  return formatDate(ms, timeZone, LOCALES[locale].timestampPattern);
}

/** A date answer ("YYYY-MM-DD" from the form) as it reads in an event of a spreadsheet in `locale`. */
export function dateAnswerText(isoDay: string, locale: SpreadsheetLocale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return isoDay;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return formatDate(ms, 'UTC', LOCALES[locale].datePattern);
}
