import type { HeaderOf, PARTNERS } from '../tabs';

type PartnerRow = Record<HeaderOf<typeof PARTNERS>, string>;

/**
 * A starting partner list for a new sheet, from the organisations the project brief names.
 * The worker completes it (contact persons, e-mail) and adds partners; the referral form's
 * organisation list is built from this tab.
 */
export const DEFAULT_PARTNERS: readonly PartnerRow[] = [
  {
    Organisatie: 'Sociaal Huis Eeklo (OCMW)',
    Soort: 'Welzijn',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Wijkcentrum De Kring',
    Soort: 'Welzijn',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Kind en Gezin',
    Soort: 'Gezin',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'SVK Meetjesland',
    Soort: 'Wonen',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Ligo Oost-Vlaanderen',
    Soort: 'Vorming',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'LDC Zonneheem',
    Soort: 'Ouderen',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Bibliotheek Eeklo',
    Soort: 'Digipunt',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'CAW Oost-Vlaanderen',
    Soort: 'Welzijn',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Thuiszorgdienst',
    Soort: 'Thuiszorg',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Basisschool (zorgcoördinator)',
    Soort: 'School',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Secundaire school (leerlingenbegeleiding)',
    Soort: 'School',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'ja',
  },
  {
    Organisatie: 'Vrijwilliger digispreekuur',
    Soort: 'Vrijwilligers',
    Gemeente: 'Eeklo',
    Contactpersoon: '',
    'E-mail': '',
    Meldingen: 'nee',
  },
];
