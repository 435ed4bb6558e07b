/**
 * The internet journey of a household: steps in order, exits with a reason (findhelp-style closed-loop
 * outcomes), milestone date columns and the rule for an impossible jump. Pure: no Apps Script, no Node.
 */

export const JOURNEY_STEPS = [
  'Aangemeld',
  'Contact opgenomen',
  'Geïnformeerd',
  'Aanvraag ingediend',
  'Betaling geregeld',
  'Opvolging provider',
  'Installatie gepland',
  'Actief',
  'Nazorg',
] as const;

export type JourneyStep = (typeof JOURNEY_STEPS)[number];

/** Steps a household may skip (no payment help needed, no follow-up, a 4G modem needs no installation). */
export const OPTIONAL_STEPS: ReadonlySet<string> = new Set([
  'Betaling geregeld',
  'Opvolging provider',
  'Installatie gepland',
]);

/** Ways a journey ends. "Geholpen" is the successful end and only makes sense once the internet is active. */
export const EXITS = [
  'Afgesloten: geholpen',
  'Afgesloten: niet bereikbaar',
  'Afgesloten: niet in aanmerking',
  'Afgesloten: geen interesse meer',
  'Afgesloten: elders geholpen',
  'Afgesloten: geen plaats of capaciteit',
  'Afgesloten: verhuisd of buiten projectgebied',
  'Afgesloten: andere reden',
] as const;

export const HELPED_EXIT = 'Afgesloten: geholpen';

/** Every value the Status dropdown offers. */
export const CASE_STATUSES: readonly string[] = [...JOURNEY_STEPS, ...EXITS];

/** The date column stamped when a case first reaches a step (Aangemeld is "Aangemaakt op"). */
export const MILESTONE_COLUMN: Readonly<Record<string, string>> = {
  'Contact opgenomen': 'Contact opgenomen op',
  Geïnformeerd: 'Geïnformeerd op',
  'Aanvraag ingediend': 'Aanvraag ingediend op',
  'Betaling geregeld': 'Betaling geregeld op',
  'Opvolging provider': 'Opvolging provider op',
  'Installatie gepland': 'Installatie gepland op',
  Actief: 'Actief op',
  Nazorg: 'Nazorg op',
};
export const CLOSED_COLUMN = 'Afgesloten op';

const EXIT_SET: ReadonlySet<string> = new Set(EXITS);

export function isExit(status: string): boolean {
  return EXIT_SET.has(status);
}

export function stepIndex(status: string): number {
  return (JOURNEY_STEPS as readonly string[]).indexOf(status);
}

export function isKnownStatus(status: string): boolean {
  return CASE_STATUSES.includes(status);
}

/** What the worker reads when a change looks wrong. Plain Dutch, one place. */
export const JOURNEY_NOTES = {
  empty: 'De status is leeg gemaakt. Kies een status uit de lijst.',
  unknown: (value: string) => `"${value}" staat niet in de lijst met statussen. Kies een status uit de lijst.`,
  skipped: (from: string, to: string, missing: readonly string[]) =>
    `Van "${from}" naar "${to}" slaat ${missing.length === 1 ? 'een stap' : 'stappen'} over: ${missing.join(', ')}. Klopt dit? Zet dan eerst die ${missing.length === 1 ? 'stap' : 'stappen'}, of zet de status terug.`,
  backwards: (from: string, to: string) =>
    `De status ging terug van "${from}" naar "${to}". Klopt dit? De datums van de latere stappen blijven staan.`,
  helpedTooEarly: (from: string) =>
    `"${HELPED_EXIT}" kan pas als het internet actief is. Het dossier stond op "${from}". Kies een andere reden of zet eerst "Actief".`,
} as const;

export type TransitionKind = 'none' | 'forward' | 'correction' | 'exit' | 'reopen' | 'odd';

export interface Transition {
  kind: TransitionKind;
  /** A visible note for the worker when the change looks impossible; the change itself is kept. */
  note: string | null;
  /** The milestone column to stamp now (only if it is still empty). */
  milestone: string | null;
}

/** Mandatory steps between `from` and `to` (exclusive) that a forward jump leaves out. */
function skippedSteps(from: number, to: number): string[] {
  return JOURNEY_STEPS.slice(from + 1, to).filter((step) => !OPTIONAL_STEPS.has(step));
}

/**
 * Judges a status change. The change is never refused here: the worker's sheet is the truth, and an odd
 * change gets a note in Dutch instead of a silent revert. An empty old status counts as "Aangemeld".
 */
export function judgeTransition(oldStatus: string, newStatus: string): Transition {
  const from = oldStatus.trim() || JOURNEY_STEPS[0];
  const to = newStatus.trim();
  if (to === oldStatus.trim()) return { kind: 'none', note: null, milestone: null };
  if (to === '') return { kind: 'odd', note: JOURNEY_NOTES.empty, milestone: null };
  if (!isKnownStatus(to)) return { kind: 'odd', note: JOURNEY_NOTES.unknown(to), milestone: null };

  const milestone = isExit(to) ? CLOSED_COLUMN : (MILESTONE_COLUMN[to] ?? null);
  if (isExit(to)) {
    const activeOrLater = stepIndex(from) >= stepIndex('Actief') || from === HELPED_EXIT;
    if (to === HELPED_EXIT && !activeOrLater && !isExit(from))
      return { kind: 'odd', note: JOURNEY_NOTES.helpedTooEarly(from), milestone };
    return { kind: 'exit', note: null, milestone };
  }
  if (isExit(from) || !isKnownStatus(from)) return { kind: 'reopen', note: null, milestone };

  const a = stepIndex(from);
  const b = stepIndex(to);
  if (b > a) {
    const missing = skippedSteps(a, b);
    if (missing.length > 0) return { kind: 'odd', note: JOURNEY_NOTES.skipped(from, to, missing), milestone };
    return { kind: 'forward', note: null, milestone };
  }
  if (a - b === 1) return { kind: 'correction', note: null, milestone: null };
  return { kind: 'odd', note: JOURNEY_NOTES.backwards(from, to), milestone: null };
}

/** The next step on the journey after `status` (skipping nothing), or null at the end or after an exit. */
export function nextStep(status: string): JourneyStep | null {
  const i = stepIndex(status);
  return i >= 0 && i < JOURNEY_STEPS.length - 1 ? JOURNEY_STEPS[i + 1] : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to `to` (local dates), for "days from referral to active". */
export function daysBetween(from: Date, to: Date): number {
  const a = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const b = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((b - a) / DAY_MS);
}
