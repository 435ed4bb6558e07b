/**
 * The "digitale drempels" quick scan as form questions: asked in the Aanmelding form (every question may be
 * skipped) and by the worker at her first call and when a case is closed (tab Drempelscan). The dashboard's
 * analysis of the answers lives in src/domain/dashboard/scan.ts.
 */
export const SCAN_YES = 'Ja';
export const SCAN_WITH_HELP = 'Met hulp';
export const SCAN_NO = 'Nee';

const HAVE = [SCAN_YES, SCAN_NO] as const;
const SKILL = [SCAN_YES, SCAN_WITH_HELP, SCAN_NO] as const;

export const SCAN_FORM_QUESTIONS = [
  {
    id: 'scanDevice',
    kind: 'single',
    title: 'Heeft u thuis een computer, laptop of tablet?',
    help: 'De volgende 8 vragen mag u overslaan. Ze helpen ons te zien wat nog moeilijk is.',
    required: false,
    choices: { kind: 'fixed', values: HAVE },
  },
  {
    id: 'scanInternet',
    kind: 'single',
    title: 'Heeft u thuis internet? (Niet alleen op uw gsm.)',
    required: false,
    choices: { kind: 'fixed', values: HAVE },
  },
  {
    id: 'scanEmail',
    kind: 'single',
    title: 'Kunt u zelf een e-mail openen en lezen?',
    required: false,
    choices: { kind: 'fixed', values: SKILL },
  },
  {
    id: 'scanLogin',
    kind: 'single',
    title: 'Kunt u inloggen met itsme of met uw identiteitskaart (eID)?',
    required: false,
    choices: { kind: 'fixed', values: SKILL },
  },
  {
    id: 'scanPay',
    kind: 'single',
    title: 'Kunt u een rekening online betalen?',
    required: false,
    choices: { kind: 'fixed', values: SKILL },
  },
  {
    id: 'scanVideo',
    kind: 'single',
    title: 'Kunt u videobellen? Bijvoorbeeld met WhatsApp.',
    required: false,
    choices: { kind: 'fixed', values: SKILL },
  },
  {
    id: 'scanApply',
    kind: 'single',
    title: 'Kunt u online iets aanvragen? Bijvoorbeeld een premie of een toeslag.',
    required: false,
    choices: { kind: 'fixed', values: SKILL },
  },
  {
    id: 'scanHelp',
    kind: 'single',
    title: 'Lukt iets niet op de computer of gsm? Weet u dan zelf waar u hulp vindt?',
    required: false,
    choices: { kind: 'fixed', values: SKILL },
  },
] as const;
