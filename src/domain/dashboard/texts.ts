/**
 * Everything a person reads in the dashboard, the snapshots, the PDF and the project-group e-mail: plain Dutch
 * (Heerlijk Helder: short sentences, no formal words), kept in this one place.
 */

export const SECTIONS = {
  headline: 'Kerncijfers',
  sources: 'Nieuwe gezinnen: hoe ze bij ons kwamen',
  partners: 'Doorverwijzingen per partner',
  channels: 'Aanmeldingen: hoe hoorden ze van ons?',
  targetGroups: 'Doorverwijzingen per doelgroep',
  closures: 'Afgesloten dossiers per reden',
  support: 'Ondersteuning per onderwerp',
  offers: 'Doorverwijzingen naar aanbod',
  outcomes: 'Resultaat van die doorverwijzingen',
  devices: 'Uitgedeelde toestellen per bestemming',
  vindplaatsen: 'Vormingen per vindplaats',
  reach: 'Unieke personen per domein',
  outreach: 'Bekendmaking',
  scan: 'Digitale drempels',
  trend: 'Verloop per maand',
  about: 'Over dit overzicht',
} as const;

/** Labels of the headline figures, by code. */
export const KPI_LABELS: Readonly<Record<string, string>> = {
  'gezinnen-nieuw': 'Nieuwe gezinnen',
  doorverwijzingen: 'Doorverwijzingen van partners',
  aanmeldingen: 'Aanmeldingen (zelf of met een vrijwilliger)',
  contact: 'Gezinnen gecontacteerd',
  aanvragen: 'Internet aangevraagd',
  actief: 'Internet werkt (nieuwe aansluitingen)',
  'mediaan-dagen': 'Dagen van aanmelding tot internet (mediaan)',
  afgesloten: 'Dossiers afgesloten',
  heropend: 'Dossiers heropend',
  ondersteuning: 'Ondersteuningsmomenten',
  'doorverwijzingen-aanbod': 'Doorverwijzingen naar aanbod',
  'toestellen-ingezameld': 'Laptops ingezameld',
  'toestellen-klaar': 'Laptops opgeknapt en klaar',
  'toestellen-uitgedeeld': 'Toestellen uitgedeeld',
  'chromebooks-ontvangen': 'Chromebooks ontvangen',
  'chromebooks-uitgedeeld': 'Chromebooks uitgedeeld',
  'vindplaatsen-nieuw': 'Nieuwe vindplaatsen',
  vormingen: 'Vormingen met een sessie',
  sessies: 'Sessies van vormingen',
  deelnemers: 'Deelnemers aan vormingen (uniek)',
  'acties-gedaan': 'Geplande acties gedaan',
  veldwerk: 'Veldwerkmomenten',
  'veldwerk-bereikt': 'Mensen gesproken op veldwerk',
  brieven: 'Brieven verstuurd',
  'bereik-uniek': 'Unieke personen bereikt',
};

export const DOMAIN_LABELS: Readonly<Record<string, string>> = {
  Internet: 'Internet thuis',
  Toestellen: 'Een toestel gekregen',
  Ondersteuning: 'Persoonlijke ondersteuning',
  Vormingen: 'Een vorming gevolgd',
};

export const OTHER = {
  source: 'Andere weg',
  partner: 'Andere organisatie',
  channel: 'Anders of weet niet',
  topic: 'Ander onderwerp',
  offer: 'Ander aanbod',
  result: 'Nog niet bekend',
  reason: 'Andere reden',
  destination: 'Andere bestemming',
  unknownPlace: 'Vindplaats niet ingevuld',
} as const;

export const DESTINATION_LABELS: Readonly<Record<string, string>> = {
  School: 'Scholen',
  'Sociaal Huis': 'Sociaal Huis',
  Dossier: 'Gezinnen',
};

export const SCAN_TEXT = {
  started: (q: string) => `${q}: drempel bij de start`,
  answeredStart: (q: string) => `${q}: beantwoord bij de start`,
  ended: (q: string) => `${q}: drempel bij de afsluiting`,
  answeredEnd: (q: string) => `${q}: beantwoord bij de afsluiting`,
  pairs: 'Gezinnen met een scan bij de start én bij de afsluiting',
  meanStart: 'Gemiddeld aantal drempels bij de start (deze gezinnen)',
  meanEnd: 'Gemiddeld aantal drempels bij de afsluiting (deze gezinnen)',
  baseline: (percent: number, indicator: string) => `UGent 2020: ${percent} % ${indicator}.`,
  noBaseline: 'Geen vergelijkbaar cijfer in de UGent-studie.',
  intro:
    'Bij de start en bij de afsluiting stellen we acht korte vragen. Een drempel is "nee" of "met hulp". Telling van alle scans tot het einde van de periode.',
};

export const SYMBOLS = {
  small: '<5',
  hidden: 'x',
  none: '–',
  legend:
    '<5 betekent 1, 2, 3 of 4. x betekent: verborgen, zodat niemand een klein aantal kan uitrekenen. – betekent: geen cijfer.',
};

export const NOTES = {
  medianTooFew: 'Pas zichtbaar vanaf 5 gezinnen.',
  target: (target: number) => `Doel: ${target}.`,
  live: 'Dit tabblad toont de lopende maand en wordt elke ochtend opnieuw gemaakt. Vorige maanden staan in de tabbladen "Dashboard JJJJ-MM".',
  snapshot: (label: string, made: string) =>
    `Overzicht van ${label}, gemaakt op ${made}. Dit tabblad verandert niet meer.`,
  privacy: 'Alleen totalen. Geen namen, adressen, telefoonnummers, e-mailadressen, notities of dossiernummers.',
  partial: (today: string) => `Lopende maand, tot en met ${today}.`,
};

export const REPORT_TEXT = {
  title: (label: string) => `Allemaal Digi.Taal – overzicht ${label}`,
  subtitle: 'Wijkcentrum De Kring, Eeklo',
  columns: {
    what: 'Wat',
    current: 'Deze periode',
    previous: 'Vorige periode',
    total: 'Project tot nu',
    target: 'Doel',
    note: 'Uitleg',
  },
  chartTitles: {
    households: 'Nieuwe gezinnen per maand',
    connections: 'Nieuwe internetaansluitingen per maand',
    reach: 'Unieke personen bereikt per maand',
    targets: 'Doelen: project tot nu',
    scan: 'Drempels bij de start en bij de afsluiting (%)',
  },
  chartEmpty: 'Nog geen cijfers om te tonen.',
  chartNote: 'Balken met <5 of x staan er niet in.',
  percentOf: (count: number, of: number) => `${count} van ${of}`,
};

/** The e-mail to the project group: a few short sentences with the headline figures. */
export const SUMMARY_TEXT = {
  subject: (label: string) => `Allemaal Digi.Taal: overzicht ${label}`,
  previewSubject: (label: string) => `VOORBEELD – Allemaal Digi.Taal: overzicht ${label}`,
  previewNote:
    'Dit is een voorbeeld. Alleen u krijgt dit. De projectgroep krijgt het pas als u kiest voor "Versturen".',
  greeting: 'Beste leden van de projectgroep,',
  intro: (label: string) => `Hier is het overzicht van ${label}.`,
  households: (n: string, label: string) => `In ${label} kwamen ${n} nieuwe gezinnen bij ons.`,
  connections: (n: string) => `${capital(n)} gezinnen hebben nu internet thuis dankzij het project.`,
  reach: (n: string, total: string) => `We bereikten ${n} unieke personen. Sinds de start zijn dat er ${total}.`,
  reachMonth: (n: string) => `We bereikten ${n} unieke personen.`,
  devices: (n: string) => `We gaven ${n} toestellen aan scholen, het Sociaal Huis en gezinnen.`,
  chromebooks: (n: string, goal: number) => `Er zijn ${n} van de ${goal} Chromebooks uitgedeeld.`,
  vindplaatsen: (n: string, goal: number) => `Er zijn ${n} van de ${goal} nieuwe vindplaatsen.`,
  support: (n: string) => `De projectmedewerker hielp ${n} keer iemand persoonlijk.`,
  scan: (start: string, end: string) =>
    `Gezinnen met een scan bij de start en bij de afsluiting hadden gemiddeld ${start} drempels bij de start en ${end} bij de afsluiting.`,
  more: 'Alle cijfers staan in de bijlage (pdf). De grafieken staan hieronder.',
  small: 'In dit overzicht staat "<5" voor 1 tot 4. Zo blijft niemand herkenbaar.',
  closing: 'Met vriendelijke groeten,',
  words: { lessThanFive: 'minder dan 5' },
  charts: {
    households: 'Grafiek: nieuwe gezinnen per maand',
    connections: 'Grafiek: nieuwe internetaansluitingen per maand',
    reach: 'Grafiek: unieke personen bereikt per maand',
  },
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The e-mail that brings the worker a report (quarter, project year) as a PDF. */
export const REPORT_MAIL = {
  subject: (label: string, provisional: boolean) =>
    `Rapport Allemaal Digi.Taal: ${label}${provisional ? ' (voorlopig)' : ''}`,
  intro: (label: string) => `In de bijlage staat het rapport over ${label} (pdf).`,
  provisional: 'Deze periode is nog niet voorbij. De cijfers kunnen nog veranderen.',
  final: 'Dit rapport verandert niet meer. U kunt het doorsturen, bijvoorbeeld naar de financier.',
  privacy: 'Het rapport bevat alleen totalen. "<5" staat voor 1 tot 4.',
};

/** What the worker sees after a dashboard menu action or when something is missing. */
export const DASHBOARD_TOASTS = {
  refreshed: (label: string) => `Het tabblad Dashboard toont nu ${label}.`,
  preview: (to: string) => `Het voorbeeld is naar ${to} gestuurd. Kijk in uw mailbox.`,
  sent: (n: number, label: string) =>
    `Het overzicht van ${label} is naar ${n} ${n === 1 ? 'adres' : 'adressen'} van de projectgroep gestuurd.`,
  alreadySent: (label: string) => `Het overzicht van ${label} was al verstuurd. Er is niets opnieuw verstuurd.`,
  noAddresses:
    'Er staat geen e-mailadres van de projectgroep in Instellingen ("Projectgroep: e-mailadressen"). Vul het in en probeer opnieuw.',
  invalidAddresses: (list: string) => `Deze adressen in Instellingen kloppen niet en kregen niets: ${list}.`,
  notAllSent: (label: string) =>
    `Het overzicht van ${label} ging niet naar iedereen. Kijk in het tabblad Berichten. Morgen probeert het script opnieuw.`,
  report: (label: string, to: string) => `Het rapport over ${label} (pdf) is naar ${to} gestuurd.`,
  resendQuestion: (label: string) =>
    `Het overzicht van ${label} is al naar de projectgroep gestuurd. Wilt u het echt nog eens sturen?`,
  noResend: 'Goed. Er is niets verstuurd.',
  noWorkerEmail: 'Vul eerst uw e-mailadres in bij "E-mail projectmedewerker" in Instellingen.',
  scanAdded: (id: string) =>
    `Nieuwe drempelscan ${id}: vul het dossiernummer in en kies de antwoorden. Een vraag overslaan mag.`,
  busy: 'Het script is even bezig met iets anders. Probeer het over een minuut opnieuw.',
  title: 'Digi.Taal',
};

/** Message kinds in the Berichten tab. */
export const DASHBOARD_MAIL_KIND = {
  summary: 'Maandoverzicht projectgroep',
  preview: 'Voorbeeld maandoverzicht',
  report: 'Rapport (pdf) voor de projectmedewerker',
} as const;
