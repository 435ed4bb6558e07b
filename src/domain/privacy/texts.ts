/**
 * Everything a person reads about privacy requests, retention and audit: plain Dutch (Heerlijk Helder),
 * one place. Code and comments stay English.
 */
export const PRIVACY_TEXTS = {
  title: 'Digi.Taal',
  askRefs:
    'Voor welk dossier? Typ het dossiernummer, bijvoorbeeld DT-2026-0001. ' +
    'Heeft de persoon meer dossiers? Typ ze allemaal, met een komma ertussen.',
  /** A candidate case in Te controleren whose personal data were erased: only its number is left. */
  candidateErased: 'gegevens gewist',
  noRefs: 'U typte geen dossiernummer. Er is niets gebeurd.',
  unknownRefs: (refs: readonly string[]) =>
    `Deze dossiernummers staan niet in Dossiers: ${refs.join(', ')}. Kijk het nummer na en probeer opnieuw.`,
  lookalikes: (lines: readonly string[]) =>
    'Let op: deze rijen lijken op dezelfde persoon, maar hebben niet hetzelfde dossiernummer. ' +
    'Ze zitten er niet bij. Hoort een rij bij dezelfde persoon? Zet dan het dossiernummer in die rij, of typ ' +
    `het andere dossiernummer erbij.\n${lines.join('\n')}`,
  missingResponses: (n: number) =>
    `${n} antwoord(en) op een formulier vond het script niet meer op de rij waar ze stonden (de tab is misschien ` +
    'gesorteerd). Zoek ze zelf in de tab Antwoorden.',
  accessDone: (url: string) =>
    `Het overzicht is klaar. Lees het na voor u het aan de persoon geeft:\n${url}\n\n` +
    'In de tab Audit staat dat u dit overzicht maakte.',
  erasePreview: (refs: readonly string[], counts: readonly string[]) =>
    `U vraagt om de gegevens van ${refs.join(', ')} te wissen.\n\nDit wordt gewist:\n${counts.join('\n')}\n\n` +
    'Namen, adres, telefoon, e-mail en notities verdwijnen overal. Nummers, datums en keuzes blijven, zodat ' +
    'de tellingen kloppen. Dit kan niet ongedaan gemaakt worden.\n\nWilt u dit wissen?',
  eraseOpen: (refs: readonly string[]) =>
    `Dit dossier is nog niet afgesloten: ${refs.join(', ')}. Zet eerst de status op "Afgesloten: …" ` +
    '(bijvoorbeeld "Afgesloten: geen interesse meer") en kies dan opnieuw Wissen.',
  eraseCancelled: 'U koos Nee. Er is niets gewist.',
  eraseDone: (refs: readonly string[], cells: number) =>
    `Gewist: ${refs.join(', ')} (${cells} cellen leeg gemaakt). De persoon telt nog één keer mee in Bereik, ` +
    'zonder naam. In de tab Audit staat wie dit deed en wanneer.',
  retentionDone: (cases: number, others: number) =>
    `Bewaartermijn toegepast: ${cases} afgesloten dossiers en ${others} andere rijen geanonimiseerd.`,
  retentionBusy: 'Nog niet klaar: het script gaat over een minuut verder.',
  busy: 'Het script is even bezig met iets anders. Probeer het over een minuut opnieuw.',
  notOwner:
    'Alleen de eigenaar van de projectsheet mag dit doen: de tabs Audit en Logboek zijn beveiligd. ' +
    'Vraag het aan de eigenaar.',
  missingColumn: (column: string, tab: string) =>
    `De kolom "${column}" ontbreekt in het tabblad ${tab}. Kies in het menu Digi.Taal "Alles instellen of bijwerken".`,
} as const;

/** The access document (inzage): what the person reads. */
export const ACCESS_TEXTS = {
  title: (refs: readonly string[]) => `Uw gegevens bij Allemaal Digi.Taal – ${refs.join(', ')}`,
  intro: (organisation: string, made: string) =>
    `Dit is een overzicht van alle gegevens die ${organisation} over u bewaart in het project Allemaal ` +
    `Digi.Taal. U vroeg dit overzicht. Het werd gemaakt op ${made}.`,
  why:
    'We bewaren deze gegevens om u te helpen met internet thuis, een laptop en digitale vaardigheden. ' +
    'Een partner die u naar ons doorverwees, gaf sommige gegevens aan ons door.',
  rights:
    'Klopt er iets niet? Zeg het ons, dan passen we het aan. U mag ook vragen om uw gegevens te wissen. ' +
    'Bent u niet tevreden over hoe we met uw gegevens omgaan? Dan kunt u klagen bij de ' +
    'Gegevensbeschermingsautoriteit (www.gegevensbeschermingsautoriteit.be).',
  retention: (months: number) =>
    `Als uw dossier is afgesloten, wissen we uw naam, adres, telefoon, e-mail en notities na ${months} maanden.`,
  empty: 'Hierover bewaren we niets.',
  sections: {
    Dossiers: 'Uw dossier',
    Doorverwijzingen: 'Doorverwijzing door een partner',
    Aanmeldingen: 'Uw aanmelding',
    Ondersteuning: 'Hulp die u kreeg',
    'Doorverwijzingen naar aanbod': 'Waar we u naartoe verwezen',
    Deelnames: 'Cursussen',
    Toestellen: 'Toestellen die u kreeg',
    Berichten: 'E-mails over uw dossier',
    Brieven: 'Brieven',
    Logboek: 'Wat er veranderde in uw dossier',
    'Te controleren': 'Formulieren die we nakeken',
  } as Record<string, string>,
  response: 'Antwoorden op het formulier',
  otherRecipient: 'de organisatie die u doorverwees',
  field: 'Gegeven',
  value: 'Waarde',
} as const;

/** The e-mail to the worker when a trigger or menu action fails (once per kind of error per day). */
export const ERROR_TEXTS = {
  subject: (what: string) => `Digi.Taal: er ging iets mis (${what})`,
  body: (fn: string, when: string, kind: string, advice: string, message: string) =>
    `Beste projectmedewerker,\n\nHet script van de projectsheet kon "${fn}" niet afwerken op ${when}.\n\n` +
    `Wat er misging: ${kind}.\n${advice}\n\nTechnische melding (zonder namen): ${message}\n\n` +
    'U krijgt deze e-mail één keer per dag voor dezelfde fout. Er gaat niets verloren: wat al in de ' +
    'projectsheet staat, blijft staan, en het script werkt het af bij de volgende keer.\n\nDigi.Taal',
} as const;
