/**
 * The 14 outreach actions of the project brief (the job posting's list, with "Eikenblad, flyer and
 * newsletters" split into the municipal magazine and the flyer/newsletters), as the demo year runs them:
 * which partners take part, which target groups they reach, in which months, and how many households each
 * brings in relative to the others. The `Acties` tab and the outreach matrix are built from data shaped like
 * this; `DemoYearHousehold.actionCode` says which action brought a household in.
 */

export const TARGET_GROUPS = [
  'Gezinnen met schoolgaande kinderen',
  'Alleenstaande ouders',
  'Senioren',
  'Nieuwkomers en anderstaligen',
  'Mensen met een leefloon of schulden',
  'Mensen met een beperking',
  'Werkzoekenden',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export interface DemoAction {
  /** Short stable code, e.g. `A01`. */
  readonly code: string;
  /** What the worker calls it (Dutch). */
  readonly name: string;
  /** The channel in the outreach matrix. */
  readonly channel: string;
  readonly targetGroups: readonly TargetGroup[];
  /** Partner organisations (names as in DEMO_PARTNERS) that carry or host it. */
  readonly partners: readonly string[];
  /** Months (0 = January) in which it runs. */
  readonly months: readonly number[];
  /** Households it brings in, relative to the other actions. */
  readonly weight: number;
  /** People who see or hear it once (for the matrix's "bereik"), per month it runs. */
  readonly reachPerMonth: number;
}

const ALL_YEAR = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SCHOOL_YEAR = [0, 1, 2, 3, 4, 5, 8, 9, 10, 11];

export const DEMO_ACTIONS: readonly DemoAction[] = [
  {
    code: 'A01',
    name: 'Artikel in het Eikenblad',
    channel: 'Stadsmagazine',
    targetGroups: ['Senioren', 'Gezinnen met schoolgaande kinderen', 'Mensen met een leefloon of schulden'],
    partners: ['Wijkcentrum De Kring'],
    months: [1, 8],
    weight: 3,
    reachPerMonth: 9000,
  },
  {
    code: 'A02',
    name: 'Flyer en nieuwsbrieven van partners',
    channel: 'Drukwerk en nieuwsbrieven',
    targetGroups: ['Senioren', 'Alleenstaande ouders', 'Mensen met een leefloon of schulden'],
    partners: ['Sociaal Huis Eeklo (OCMW)', 'Bibliotheek Eeklo', 'LDC Zonneheem', 'Huis van het Kind Meetjesland'],
    months: ALL_YEAR,
    weight: 4,
    reachPerMonth: 400,
  },
  {
    code: 'A03',
    name: 'Facebookbericht, gedeeld door partners',
    channel: 'Sociale media',
    targetGroups: ['Alleenstaande ouders', 'Gezinnen met schoolgaande kinderen', 'Werkzoekenden'],
    partners: ['Wijkcentrum De Kring', 'Huis van het Kind Meetjesland', 'Jeugdhuis De Plek'],
    months: [0, 2, 4, 8, 10],
    weight: 3,
    reachPerMonth: 2500,
  },
  {
    code: 'A04',
    name: 'Webinar voor professionals over de digitale kloof',
    channel: 'Webinar',
    targetGroups: ['Mensen met een leefloon of schulden', 'Nieuwkomers en anderstaligen'],
    partners: ['Sociaal Huis Eeklo (OCMW)', 'CAW Oost-Vlaanderen', 'CLB Meetjesland'],
    months: [9],
    weight: 4,
    reachPerMonth: 60,
  },
  {
    code: 'A05',
    name: 'Vrijwilligers van de digispreekuren verwijzen door',
    channel: 'Digispreekuur',
    targetGroups: ['Senioren', 'Nieuwkomers en anderstaligen'],
    partners: ['Vrijwilliger digispreekuur', 'Bibliotheek Eeklo', 'Welzijnsschakel Eeklo'],
    months: ALL_YEAR,
    weight: 6,
    reachPerMonth: 80,
  },
  {
    code: 'A06',
    name: 'Langs op teamvergaderingen van stads- en OCMW-diensten',
    channel: 'Teamvergadering',
    targetGroups: ['Mensen met een leefloon of schulden', 'Alleenstaande ouders'],
    partners: ['Sociaal Huis Eeklo (OCMW)', 'Sociaal Huis Aalter', 'OCMW Assenede', 'Sociaal Huis Lievegem'],
    months: [0, 1, 2, 8, 9],
    weight: 9,
    reachPerMonth: 45,
  },
  {
    code: 'A07',
    name: 'Direct mailing in heldere taal',
    channel: 'Brief',
    targetGroups: ['Mensen met een leefloon of schulden', 'Senioren', 'Alleenstaande ouders'],
    partners: ['Sociaal Huis Eeklo (OCMW)', 'Woonpunt Meetjesland'],
    months: [2, 9],
    weight: 7,
    reachPerMonth: 1200,
  },
  {
    code: 'A08',
    name: 'Onthaalmedewerkers en zorgcoördinatoren informeren',
    channel: 'Onthaal',
    targetGroups: ['Gezinnen met schoolgaande kinderen', 'Mensen met een leefloon of schulden'],
    partners: [
      'Basisschool (zorgcoördinator)',
      'Secundaire school (leerlingenbegeleiding)',
      'CAW Oost-Vlaanderen, onthaal Eeklo',
      'Sociale kruidenier Eeklo',
    ],
    months: SCHOOL_YEAR,
    weight: 10,
    reachPerMonth: 30,
  },
  {
    code: 'A09',
    name: 'Op overleggen: scholen, Huis van het Kind, perinataal netwerk, zorgzame buurten',
    channel: 'Overleg',
    targetGroups: ['Gezinnen met schoolgaande kinderen', 'Alleenstaande ouders'],
    partners: ['Huis van het Kind Meetjesland', 'Atheneum Eeklo', 'Kind en Gezin', 'CLB Meetjesland'],
    months: SCHOOL_YEAR,
    weight: 7,
    reachPerMonth: 40,
  },
  {
    code: 'A10',
    name: 'Buurtacties (zorgzame buurt Sint-Jozef, buurtbabbels)',
    channel: 'Buurtactie',
    targetGroups: ['Senioren', 'Nieuwkomers en anderstaligen'],
    partners: ['Buurtwerk Sint-Jozef (Zorgzame Buurt)', 'LDC Zonneheem'],
    months: [3, 4, 5, 8],
    weight: 5,
    reachPerMonth: 120,
  },
  {
    code: 'A11',
    name: 'Huisbezoekers maken het aanbod bekend (thuiszorg, SVK, MBV, Kind en Gezin)',
    channel: 'Huisbezoek',
    targetGroups: ['Senioren', 'Mensen met een beperking', 'Alleenstaande ouders'],
    partners: [
      'Thuiszorgdienst',
      'Familiehulp Eeklo',
      'i-mens thuiszorg Meetjesland',
      'SVK Meetjesland',
      'MBV Meetjesland (woonbegeleiding)',
      'Kind en Gezin',
    ],
    months: ALL_YEAR,
    weight: 12,
    reachPerMonth: 70,
  },
  {
    code: 'A12',
    name: 'Langs op activiteiten van de doelgroep (Ligo, Actief Met Taal, De Plek)',
    channel: 'Activiteit doelgroep',
    targetGroups: ['Nieuwkomers en anderstaligen', 'Werkzoekenden'],
    partners: [
      'Ligo Oost-Vlaanderen',
      'CVO Leerdorp Eeklo (NT2)',
      'Jeugdhuis De Plek',
      'Vluchtelingenwerk Meetjesland',
    ],
    months: SCHOOL_YEAR,
    weight: 8,
    reachPerMonth: 50,
  },
  {
    code: 'A13',
    name: 'Infostand (Zonneheem, Pretbazaar, schoolpoort, sociale kruidenier)',
    channel: 'Infostand',
    targetGroups: ['Gezinnen met schoolgaande kinderen', 'Senioren', 'Mensen met een leefloon of schulden'],
    partners: ['LDC Zonneheem', 'Sociale kruidenier Eeklo', 'Stedelijke Basisschool Oostveld'],
    months: [4, 5, 8, 11],
    weight: 6,
    reachPerMonth: 150,
  },
  {
    code: 'A14',
    name: 'Via de Eeklose vrijetijdsverenigingen',
    channel: 'Vrijetijdsvereniging',
    targetGroups: ['Senioren', 'Gezinnen met schoolgaande kinderen'],
    partners: ['Sportdienst Eeklo (vrijetijdsverenigingen)', 'Seniorenraad Eeklo'],
    months: [3, 4, 9, 10],
    weight: 3,
    reachPerMonth: 200,
  },
];
