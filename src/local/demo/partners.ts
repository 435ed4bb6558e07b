import { DEFAULT_PARTNERS } from '../../domain/partners/defaultPartners';
import type { HeaderOf, PARTNERS } from '../../domain/tabs';

/**
 * The 60 partner organisations of the demo year, in the six municipalities of the project area
 * (Aalter, Assenede, Eeklo, Kaprijke, Lievegem, Sint-Laureins). The names are the kinds of organisation the
 * project works with (schools, Sociaal Huis/OCMW, home care, Kind en Gezin, SVK, CAW, Ligo, LDC, libraries,
 * leisure clubs, …); contact persons are invented and every e-mail domain ends in `.example`.
 * The first twelve are the starting list `setup` writes (DEFAULT_PARTNERS), so the demo completes that list.
 */

/** The kind of organisation, as in the Soort column of Partners (e.g. Welzijn, Onderwijs, Zorg). */
export type PartnerKind = string;

export interface DemoPartner {
  readonly organisation: string;
  readonly kind: PartnerKind;
  readonly municipality: string;
  readonly contact: string;
  readonly email: string;
  /** How many households this partner refers in a year, relative to the others. */
  readonly weight: number;
}

type PartnerRow = Record<HeaderOf<typeof PARTNERS>, string>;

/** [organisation, kind, municipality, weight] */
const EXTRA: ReadonlyArray<readonly [string, PartnerKind, string, number]> = [
  ['Sociaal Huis Aalter', 'Welzijn', 'Aalter', 4],
  ['OCMW Assenede', 'Welzijn', 'Assenede', 3],
  ['Sociaal Huis Kaprijke', 'Welzijn', 'Kaprijke', 2],
  ['Sociaal Huis Lievegem', 'Welzijn', 'Lievegem', 3],
  ['OCMW Sint-Laureins', 'Welzijn', 'Sint-Laureins', 2],
  ['CAW Oost-Vlaanderen, onthaal Eeklo', 'Welzijn', 'Eeklo', 3],
  ['Huis van het Kind Meetjesland', 'Gezin', 'Eeklo', 4],
  ['Kind en Gezin, consultatiebureau Aalter', 'Gezin', 'Aalter', 2],
  ['Opvoedingswinkel Meetjesland', 'Gezin', 'Eeklo', 1],
  ['Basisschool De Bron Eeklo', 'Onderwijs', 'Eeklo', 3],
  ['Stedelijke Basisschool Oostveld', 'Onderwijs', 'Eeklo', 3],
  ['Sint-Vincentiusschool Eeklo', 'Onderwijs', 'Eeklo', 2],
  ['Gemeentelijke Basisschool Lembeke', 'Onderwijs', 'Kaprijke', 1],
  ['Vrije Basisschool Waarschoot', 'Onderwijs', 'Lievegem', 1],
  ['Basisschool Assenede', 'Onderwijs', 'Assenede', 1],
  ['Atheneum Eeklo', 'Onderwijs', 'Eeklo', 3],
  ['Sint-Jozefsinstituut Eeklo', 'Onderwijs', 'Eeklo', 2],
  ['Technisch Instituut Aalter', 'Onderwijs', 'Aalter', 1],
  ['CLB Meetjesland', 'Onderwijs', 'Eeklo', 2],
  ['CVO Leerdorp Eeklo (NT2)', 'Vorming', 'Eeklo', 3],
  ['Ligo Oost-Vlaanderen, Actief Met Taal', 'Vorming', 'Eeklo', 2],
  ['Familiehulp Eeklo', 'Zorg', 'Eeklo', 3],
  ['i-mens thuiszorg Meetjesland', 'Zorg', 'Eeklo', 3],
  ['Thuiszorg Solidariteit voor het Gezin', 'Zorg', 'Lievegem', 2],
  ['Wit-Gele Kruis Eeklo', 'Zorg', 'Eeklo', 2],
  ['Wijkgezondheidscentrum Eeklo', 'Zorg', 'Eeklo', 2],
  ['Huisartsenpraktijk Raverschoot', 'Zorg', 'Eeklo', 1],
  ['MBV Meetjesland (woonbegeleiding)', 'Wonen', 'Eeklo', 2],
  ['Woonpunt Meetjesland', 'Wonen', 'Eeklo', 2],
  ['Sociale huisvestingsmaatschappij Eeklo', 'Wonen', 'Eeklo', 2],
  ['LDC De Vlaschaard Aalter', 'Ouderen', 'Aalter', 2],
  ['LDC Ter Leie Lievegem', 'Ouderen', 'Lievegem', 1],
  ['Dienstencentrum Assenede', 'Ouderen', 'Assenede', 1],
  ['Seniorenraad Eeklo', 'Ouderen', 'Eeklo', 1],
  ['Bibliotheek Aalter', 'Bibliotheek', 'Aalter', 1],
  ['Bibliotheek Lievegem', 'Bibliotheek', 'Lievegem', 1],
  ['Bibliotheek Sint-Laureins', 'Bibliotheek', 'Sint-Laureins', 1],
  ['Bibliotheek Kaprijke', 'Bibliotheek', 'Kaprijke', 1],
  ['Sociale kruidenier Eeklo', 'Welzijn', 'Eeklo', 3],
  ['Voedselbank Meetjesland', 'Welzijn', 'Eeklo', 2],
  ['Vluchtelingenwerk Meetjesland', 'Welzijn', 'Eeklo', 2],
  ['Welzijnsschakel Eeklo', 'Vrijwilligers', 'Eeklo', 2],
  ['Jeugdhuis De Plek', 'Vrije tijd', 'Eeklo', 1],
  ['Buurtwerk Sint-Jozef (Zorgzame Buurt)', 'Welzijn', 'Eeklo', 2],
  ['Repair Café Eeklo', 'Vrijwilligers', 'Eeklo', 1],
  ['VDAB Eeklo', 'Werk', 'Eeklo', 2],
  ['Wijk-werken Meetjesland', 'Werk', 'Eeklo', 1],
  ['Sportdienst Eeklo (vrijetijdsverenigingen)', 'Vrije tijd', 'Eeklo', 1],
];

const CONTACTS = [
  'Sofie Van de Velde',
  'Nathalie De Smet',
  'Kristof Claeys',
  'Els Goethals',
  'Hilde Vermeulen',
  'Bram De Vos',
  'Katrien Martens',
  'Wim Maes',
  'Lotte Verstraete',
  'Ingrid Van Damme',
  'Tom De Meyer',
  'Griet Standaert',
  'Jeroen Verhaeghe',
  'Nele De Wilde',
  'Sarah Van Hecke',
];

/** Lower-case ASCII letters and digits joined by hyphens: for e-mail domains. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function contactFor(index: number, organisation: string): { contact: string; email: string } {
  const contact = CONTACTS[(index * 7) % CONTACTS.length];
  const local = slug(contact).replace(/-/g, '.');
  return { contact, email: `${local}@${slug(organisation)}.example` };
}

/** The defaults weigh more: the Sociaal Huis Eeklo and De Kring itself refer the most. */
const DEFAULT_WEIGHTS: Record<string, number> = {
  'Sociaal Huis Eeklo (OCMW)': 8,
  'Wijkcentrum De Kring': 6,
  'Kind en Gezin': 3,
  'SVK Meetjesland': 3,
  'Ligo Oost-Vlaanderen': 2,
  'LDC Zonneheem': 3,
  'Bibliotheek Eeklo': 2,
  'CAW Oost-Vlaanderen': 3,
  Thuiszorgdienst: 3,
  'Basisschool (zorgcoördinator)': 3,
  'Secundaire school (leerlingenbegeleiding)': 2,
  'Vrijwilliger digispreekuur': 3,
};

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  ...DEFAULT_PARTNERS.map((p, index) => ({
    organisation: p.Organisatie,
    kind: p.Soort,
    municipality: p.Gemeente,
    weight: DEFAULT_WEIGHTS[p.Organisatie] ?? 1,
    ...contactFor(index, p.Organisatie),
  })),
  ...EXTRA.map(([organisation, kind, municipality, weight], index) => ({
    organisation,
    kind,
    municipality,
    weight,
    ...contactFor(index + DEFAULT_PARTNERS.length, organisation),
  })),
];

/** A partner as a row of the Partners tab. */
export function partnerRow(partner: DemoPartner): PartnerRow {
  return {
    Organisatie: partner.organisation,
    Soort: partner.kind,
    Gemeente: partner.municipality,
    Contactpersoon: partner.contact,
    'E-mail': partner.email,
    Meldingen: 'ja',
  };
}
