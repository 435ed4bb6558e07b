import { SUPPORT_PLACES, SUPPORT_TOPICS } from '../../../forms/supportChoices';
import { SCAN_DROPDOWNS } from '../dashboard/tabs';
import { LETTER_KINDS } from '../letters/catalogue';
import { letterDropdowns } from '../letters/tabs';
import { ALLOCATION_KINDS, DEVICE_STATUSES, REFURBISHERS } from './devices';
import { CASE_STATUSES } from './journey';
import { ATTENDANCE, DEVICES, DIGIPUNTEN, ONWARD, SUPPORT, VINDPLAATSEN } from './tabs';

/** Topics and places of a support session (the worker may type her own topic; the list is a suggestion). */
export { SUPPORT_PLACES, SUPPORT_TOPICS };

export const ONWARD_OFFERS = ['Cursus', 'Digispreekuur', 'Repair café', 'Andere dienst'] as const;
export const ONWARD_RESULTS = ['Nog niet bekend', 'Gestart', 'Afgerond', 'Niet gestart', 'Gestopt'] as const;

export interface Dropdown {
  tab: string;
  column: string;
  values: readonly string[];
  /** false: a value outside the list is refused by the sheet; true: allowed with a warning. */
  strict: boolean;
  /** What the sheet shows next to the dropdown (default: "Kies een waarde uit de lijst."). */
  help?: string;
}

/** Every dropdown the setup puts on a column (data validation over the whole column, once). */
export const DROPDOWNS: readonly Dropdown[] = [
  { tab: 'Dossiers', column: 'Status', values: CASE_STATUSES, strict: true },
  { tab: DEVICES.name, column: 'Status', values: DEVICE_STATUSES, strict: true },
  { tab: DEVICES.name, column: 'Refurbisher', values: REFURBISHERS, strict: false },
  { tab: DEVICES.name, column: 'Toegewezen aan (soort)', values: ALLOCATION_KINDS, strict: true },
  { tab: SUPPORT.name, column: 'Onderwerp', values: SUPPORT_TOPICS, strict: false },
  { tab: SUPPORT.name, column: 'Waar', values: SUPPORT_PLACES, strict: true },
  { tab: ONWARD.name, column: 'Aanbod', values: ONWARD_OFFERS, strict: false },
  { tab: ONWARD.name, column: 'Eerste keer meegegaan', values: ['ja', 'nee'], strict: true },
  { tab: ONWARD.name, column: 'Resultaat', values: ONWARD_RESULTS, strict: true },
  { tab: ATTENDANCE.name, column: 'Aanwezig', values: ['ja', 'nee'], strict: true },
  { tab: VINDPLAATSEN.name, column: 'Nieuw sinds projectstart', values: ['ja', 'nee'], strict: true },
  { tab: DIGIPUNTEN.name, column: 'Soort', values: ['Digipunt', 'Digispot', 'Digispreekuur'], strict: true },
  { tab: DIGIPUNTEN.name, column: 'Nieuw sinds projectstart', values: ['ja', 'nee'], strict: true },
  // The quick scan (issue 12).
  ...SCAN_DROPDOWNS,
  // Letters (issue 11).
  ...letterDropdowns(LETTER_KINDS.map((k) => k.id)),
];
