import { formatDayNl } from './calendar';

/** Everything a person reads in the outreach matrix (tab, HTML, PDF, menu, e-mail), in plain Dutch, in one place. */

export type Coverage = 'gedaan' | 'deels' | 'nog-niet' | 'gepland' | 'zonder-plan' | 'leeg';

/** The first word(s) of a matrix cell: conditional formatting colours the cell by them, so they never change. */
export const COVERAGE_LABEL: Record<Coverage, string> = {
  gedaan: 'Gedaan',
  deels: 'Deels gedaan',
  'nog-niet': 'Nog niet gedaan',
  gepland: 'Gepland',
  'zonder-plan': 'Zonder plan',
  leeg: '',
};

/** What each colour means (legend of the tab, the HTML and the PDF). */
export const COVERAGE_HELP: Record<Exclude<Coverage, 'leeg'>, string> = {
  gedaan: 'alles wat gepland was, is gedaan',
  deels: 'een deel van wat gepland was, is gedaan',
  'nog-niet': 'de datum is voorbij, maar er is nog niets gedaan',
  gepland: 'gepland, de datum komt nog (of er is nog geen datum)',
  'zonder-plan': 'niet gepland, maar de actie bracht toch gezinnen uit deze doelgroep',
};

export const MATRIX_TEXT = {
  notice: (day: number) =>
    `Dit tabblad wordt telkens opnieuw gemaakt (Digi.Taal > Outreachmatrix bijwerken). Wat u hier typt, verdwijnt. Bijgewerkt op ${formatDayNl(day)}.`,
  title: 'Outreachmatrix: welke acties, met welke partners, voor welke doelgroepen',
  documentTitle: 'Outreachmatrix Allemaal Digi.Taal',
  intro:
    'Per actie en per doelgroep: de partners, hoe vaak het gepland en gedaan is, wanneer het laatst gebeurde en wat het opbracht.',
  actionHeader: 'Actie',
  partnersHeader: 'Partners',
  plannedDoneHeader: 'Gepland / gedaan',
  lastHeader: 'Laatst gedaan',
  legendTitle: 'Wat de kleuren betekenen',
  funnelActionsTitle: 'Wat elke actie opbracht',
  funnelGroupsTitle: 'Wat elke doelgroep opbracht',
  funnelNote:
    'Een doorverwijzing telt mee voor elke actie waaraan de partner kort ervoor meedeed, en een gezin kan in meer doelgroepen zitten: tel de rijen dus niet op.',
  repetitionTitle: 'Herhaling: via hoeveel kanalen bereikten we elke doelgroep? (laatste 13 weken)',
  signalsTitle: 'Signalen: wat vraagt aandacht?',
  noSignals: 'Geen signalen. Alles wat gepland was, loopt.',
  generatedBy: 'Gemaakt met Digi.Taal, Wijkcentrum De Kring.',
  unknownChannel: 'Kanaal onbekend (aanmelding zonder gekend kanaal)',
  noAction: 'Doorverwezen zonder actie (de partner deed kort ervoor aan geen actie mee)',
  unknownGroup: 'Doelgroep onbekend',
  none: '–',
  plannedDone: (planned: number, done: number) => `${planned} / ${done}`,
  next: (day: number) => `volgende: ${formatDayNl(day)}`,
  last: (day: number) => `laatst: ${formatDayNl(day)}`,
  brought: (households: number, connected: number) =>
    households === 0 ? '' : `${households} ${households === 1 ? 'gezin' : 'gezinnen'}, ${connected} aangesloten`,
  cellCount: (planned: number, done: number) => `${done} van ${planned}`,
  vindplaats: (place: string) => `${place} (vindplaats)`,
  placesHeader: 'Plaatsen',
} as const;

export const FUNNEL_HEADERS = [
  'Bereikt',
  'Ter plaatse aangemeld',
  'Aanmeldingen',
  'Doorverwijzingen',
  'Gezinnen',
  'Contact',
  'Aangesloten (Actief)',
  'Geholpen',
  'Mediaan dagen tot aansluiting',
] as const;

export const REPETITION_HEADERS = ['Doelgroep', 'Kanalen', 'Keer bereikt', 'Welke kanalen', 'Signaal'] as const;
export const REPETITION_FLAG = (min: number) => `te weinig kanalen (minder dan ${min})`;

export const SIGNAL_TEXT = {
  groupIdle: (group: string, weeks: number, last: number | null) =>
    `Doelgroep ${group}: geen actie gedaan in de laatste ${weeks} weken (${last === null ? 'nog nooit' : `laatst op ${formatDayNl(last)}`}).`,
  actionNoPartner: (action: string) => `Actie ${action}: geen partner in de Planning.`,
  partnerNoReferral: (partner: string, where: string) =>
    `Partner ${partner} doet mee (${where}), maar verwees nog geen enkel gezin door.`,
  groupNotConnected: (group: string, referred: number) =>
    `Doelgroep ${group}: ${referred} ${referred === 1 ? 'gezin' : 'gezinnen'} doorverwezen, nog geen enkel aangesloten.`,
  groupFewChannels: (group: string, channels: number, min: number) =>
    `Doelgroep ${group}: in de laatste 13 weken via ${channels} ${channels === 1 ? 'kanaal' : 'kanalen'} bereikt (minder dan ${min}). Herhaal de boodschap via meer kanalen.`,
  unplanned: (action: string, times: number) =>
    `Actie ${action}: ${times} keer gedaan zonder planning. Zet ze in de Planning, dan tellen ze mee voor de doelgroepen.`,
  unknownAction: (name: string, times: number) =>
    `In Veldwerk of Brieven staat ${times} keer een actie die niet in Acties staat: "${name}".`,
  unknownPlanAction: (name: string) => `In de Planning staat een actie die niet in Acties staat: "${name}".`,
  unknownGroup: (where: string, name: string) =>
    `In ${where} staat de doelgroep "${name}", die niet in Doelgroepen staat. Kijk de schrijfwijze na.`,
} as const;

export const MATRIX_MENU_TEXT = {
  refreshed: (actions: number, groups: number, signals: number) =>
    `Outreachmatrix bijgewerkt: ${actions} acties, ${groups} doelgroepen, ${signals} signalen. Zie het tabblad Matrix.`,
  mailed: (to: string) => `De outreachmatrix is als pdf gemaild naar ${to}.`,
  alreadyMailed: 'De outreachmatrix van deze minuut was al gemaild.',
  busy: 'Het script is even bezig met iets anders. Probeer het over een minuut opnieuw.',
  notMailed: (result: string) => `De pdf is niet gemaild (${result}). Kijk in het tabblad Berichten.`,
  tooLarge: (mb: number) =>
    `De pdf is te groot om te mailen (${mb.toFixed(1)} MB, de grens is 25 MB). Druk het tabblad Matrix af met Bestand > Afdrukken.`,
  noEmail: 'Er staat geen e-mailadres bij "E-mail projectmedewerker" in Instellingen.',
  mailSubject: (day: number) => `Outreachmatrix ${formatDayNl(day)}`,
  mailBody:
    'In de bijlage vindt u de outreachmatrix als pdf, klaar om af te drukken of door te sturen naar de projectgroep.',
  fileName: (iso: string) => `outreachmatrix-${iso}.html`,
  mailKind: 'Outreachmatrix (pdf)',
} as const;
