import type { LANGUAGES } from '../../../forms/referral';

/**
 * The five letters of the project and the placeholders each may use. The texts themselves live in
 * `templates/brieven/<sjabloon>/<taal>.txt` (one file per language: a new language is a new file, no code).
 */

export type Audience = 'household' | 'partner' | 'donor';

export interface LetterKind {
  /** Folder name under templates/brieven and the value of the Sjabloon column. */
  readonly id: string;
  /** What the worker reads in the Sjabloon dropdown and in Google Drive. */
  readonly title: string;
  readonly audience: Audience;
  /** Outreach action this letter counts for in the matrix (A07 = direct mailing in clear language), or ''. */
  readonly actionCode: string;
  /** Placeholders the letter cannot do without. */
  readonly required: readonly string[];
  /**
   * The default Reeks (the "never twice" key) when the worker leaves it empty: once per recipient for good, or
   * once per month (an appointment letter can come again for a new appointment).
   */
  readonly series: 'once' | 'monthly';
}

export const LETTER_KINDS: readonly LetterKind[] = [
  {
    id: 'uitnodiging',
    title: 'Uitnodiging: goedkoper internet, een laptop en hulp',
    audience: 'household',
    actionCode: 'A07',
    required: ['voornaam'],
    series: 'once',
  },
  {
    id: 'afspraak',
    title: 'Bevestiging van een afspraak',
    audience: 'household',
    actionCode: '',
    required: ['voornaam', 'afspraak_datum', 'afspraak_plaats'],
    series: 'monthly',
  },
  {
    id: 'internet-werkt',
    title: 'Je internet werkt — en nu?',
    audience: 'household',
    actionCode: '',
    required: ['voornaam', 'digipunten'],
    series: 'once',
  },
  {
    id: 'partners',
    title: 'Informatie voor partners',
    audience: 'partner',
    actionCode: '',
    required: ['contactpersoon'],
    series: 'once',
  },
  {
    id: 'schenkers',
    title: 'Bedankt voor uw schenking',
    audience: 'donor',
    actionCode: '',
    required: ['contactpersoon', 'toestellen'],
    series: 'once',
  },
];

export function letterKind(id: string): LetterKind | undefined {
  const key = id.trim().toLowerCase();
  return LETTER_KINDS.find((k) => k.id === key || k.title.toLowerCase() === key);
}

/** Placeholders every letter may use: the sender, the date, the offers from Instellingen, where to get help. */
const COMMON = [
  'datum',
  'medewerker',
  'functie',
  'telefoon',
  'email',
  'organisatie_afzender',
  'sociaal_tarief',
  'essential',
  'digipunten',
  'digispreekuren',
];

export const PLACEHOLDERS: Readonly<Record<Audience, readonly string[]>> = {
  household: [
    ...COMMON,
    'voornaam',
    'familienaam',
    'dossiernummer',
    'straat',
    'postcode',
    'gemeente',
    'afspraak_datum',
    'afspraak_uur',
    'afspraak_plaats',
    'afspraak_wat',
  ],
  partner: [...COMMON, 'organisatie', 'contactpersoon', 'gemeente'],
  donor: [...COMMON, 'schenker', 'contactpersoon', 'schenkingsnummer', 'toestellen', 'aantal_toestellen'],
};

/** Placeholders that stand for a list: each must stand alone on a list line ("- {{digipunten}}"). */
export const LIST_PLACEHOLDERS: ReadonlySet<string> = new Set(['digipunten', 'digispreekuren', 'toestellen']);

/** The same for every letter of a batch (Instellingen, tabs, today): filled once per batch. */
export const BATCH_PLACEHOLDERS: ReadonlySet<string> = new Set(COMMON);

/**
 * The language files, by the language the referral form offers (column Taal). "Andere taal" and an empty
 * Taal get Dutch. The code is the file name: `fr.txt`. A language only needs its file to exist.
 */
export const LANGUAGE_CODES: Readonly<Record<(typeof LANGUAGES)[number], string>> = {
  Nederlands: 'nl',
  Frans: 'fr',
  Engels: 'en',
  Arabisch: 'ar',
  Turks: 'tr',
  Oekraïens: 'uk',
  'Andere taal': 'nl',
};

export const DEFAULT_LANGUAGE = 'nl';

/** The language name the worker reads for a code ("fr" → "Frans"). */
export function languageName(code: string): string {
  const entry = Object.entries(LANGUAGE_CODES).find(([name, c]) => c === code && name !== 'Andere taal');
  return entry ? entry[0] : code;
}

/** The file code for the value of the Taal column ('' or unknown → Dutch). */
export function languageCode(taal: string): string {
  return codeByNameOrCode().get(taal.trim().toLowerCase()) ?? DEFAULT_LANGUAGE;
}

let codes: Map<string, string> | null = null;

/**
 * Lower-case language name or code → code, read from LANGUAGE_CODES once: the first entry whose name or code it
 * is (what a search through the entries in order finds), so the Taal of 20,000 rows is not searched row by row.
 */
function codeByNameOrCode(): Map<string, string> {
  if (!codes) {
    codes = new Map();
    for (const [name, code] of Object.entries(LANGUAGE_CODES)) {
      if (!codes.has(name.toLowerCase())) codes.set(name.toLowerCase(), code);
      if (!codes.has(code)) codes.set(code, code);
    }
  }
  return codes;
}
