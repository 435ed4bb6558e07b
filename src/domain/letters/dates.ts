/**
 * Dates in letters, always in the project's time zone (Europe/Brussels) whatever the host's, in the letter's
 * language. Months are spelled out: "3 november 2026" is clearer than 03/11/2026.
 */
export const TIME_ZONE = 'Europe/Brussels';

const MONTHS: Readonly<Record<string, readonly string[]>> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

export interface BrusselsParts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAY_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function brusselsParts(date: Date): BrusselsParts {
  const parts: Record<string, string> = {};
  for (const p of formatter.formatToParts(date)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY_SHORT.indexOf(parts.weekday),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** "3 november 2026" (fr: "3 novembre 2026", en: "3 November 2026"; other languages: 03/11/2026). */
export function letterDate(date: Date, language: string): string {
  const p = brusselsParts(date);
  const months = MONTHS[language];
  if (!months) return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year}`;
  return `${p.day} ${months[p.month - 1]} ${p.year}`;
}

/** "dinsdag 3 november 2026" */
export function letterDay(date: Date, language: string): string {
  const weekdays = WEEKDAYS[language];
  const text = letterDate(date, language);
  return weekdays ? `${weekdays[brusselsParts(date).weekday]} ${text}` : text;
}

/**
 * "14:30", or '' for a date without a time: midnight in Brussels (a date cell in Google Sheets) or midnight UTC
 * (a date-only cell read from an xlsx file).
 */
export function letterTime(date: Date): string {
  const p = brusselsParts(date);
  if ((p.hour === 0 && p.minute === 0) || (date.getUTCHours() === 0 && date.getUTCMinutes() === 0)) return '';
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

/** "2026-11" of a moment in Brussels. */
export function monthKey(date: Date): string {
  const p = brusselsParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}
