import type { Row, TableSnapshot } from '../../ports';
import { missingSettingGroupRows, readSettingGroup } from '../settings/settings';

/**
 * Settings of the letters, in the Instellingen tab like every other group: the letterhead, the signature and
 * where the address sits for the window envelopes De Kring buys (see docs/brieven.md for the measurements).
 */
export const LETTER_SETTING_DEFAULTS = {
  senderOrganisation: {
    key: 'Brief: afzender',
    value: 'Wijkcentrum De Kring – Allemaal Digi.Taal',
    help: 'Bovenaan elke brief (briefhoofd) en in {{organisatie_afzender}}.',
  },
  senderAddress: {
    key: 'Brief: adres afzender',
    value: '9900 Eeklo',
    help: 'Straat, nummer, postcode en gemeente van De Kring, voor het briefhoofd. Vul de straat aan.',
  },
  signatureRole: {
    key: 'Brief: functie onder de handtekening',
    value: 'Projectmedewerker Allemaal Digi.Taal',
    help: 'Staat onder de naam van de projectmedewerker in {{functie}}.',
  },
  appointmentPlace: {
    key: 'Brief: plaats van afspraken',
    value: 'Wijkcentrum De Kring, Eeklo',
    help: 'Voor de afspraakbrief als het dossier geen andere plaats noemt.',
  },
  addressLeftMm: {
    key: 'Brief: adres van links (mm)',
    value: '115',
    help: 'Afstand van de linkerrand van het blad tot het adres. Past bij een vensteromslag met venster rechts.',
  },
  addressTopMm: {
    key: 'Brief: adres van boven (mm)',
    value: '55',
    help: 'Afstand van de bovenrand van het blad tot de eerste adresregel.',
  },
} as const;

export type LetterSettings = Record<keyof typeof LETTER_SETTING_DEFAULTS, string>;

export function readLetterSettings(snapshot: TableSnapshot): LetterSettings {
  return readSettingGroup(LETTER_SETTING_DEFAULTS, snapshot);
}

export function missingLetterSettingRows(snapshot: TableSnapshot): Row[] {
  return missingSettingGroupRows(LETTER_SETTING_DEFAULTS, snapshot);
}
