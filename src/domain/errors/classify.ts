/**
 * What an error from Apps Script means for the worker, and whether trying again helps. Pure.
 *
 * The allow-list of transient errors follows Google's documented messages (Apps Script "Troubleshooting" and
 * "Quotas" guides): a short burst ("Service invoked too many times in a short time"), a service that is briefly
 * away ("Service unavailable", "Server not available", "A server error occurred", "… timed out while accessing
 * document"). Daily quotas ("… for one day", "Service using too much computer time for one day", and the plain
 * "Service invoked too many times: …" that Google documents as the daily limit) are never retried: waiting a few
 * seconds cannot help and every try spends more. "Exceeded maximum execution time" is never retried either: the
 * execution has no time left; long jobs continue through their continuation trigger instead.
 */

export type ErrorKind = 'transient' | 'daily-quota' | 'time-limit' | 'permission' | 'protected' | 'lock' | 'other';

export interface ErrorClass {
  kind: ErrorKind;
  /** True only for the transient kinds on the allow-list. */
  retry: boolean;
  /** Dutch: what went wrong, in a few words. */
  what: string;
  /** Dutch: what the worker can do. */
  advice: string;
}

export const TRANSIENT_PATTERNS: readonly RegExp[] = [
  /service invoked too many times in a short time/i,
  /service unavailable/i,
  /server not available/i,
  /a server error occurred/i,
  /service error: spreadsheets/i,
  /timed out while accessing document/i,
];

export const DAILY_PATTERNS: readonly RegExp[] = [
  /for one day/i,
  /too much computer time/i,
  /service invoked too many times:/i,
  /quota/i,
];

const CLASSES: Record<ErrorKind, Omit<ErrorClass, 'kind' | 'retry'>> = {
  transient: {
    what: 'een dienst van Google was even niet bereikbaar',
    advice: 'Het script probeerde het al opnieuw. Probeer het over een tijdje nog eens; meestal lukt het dan.',
  },
  'daily-quota': {
    what: 'de dagelijkse limiet van Google is bereikt',
    advice: 'Wacht tot morgen. Het script werkt dan verder waar het stopte.',
  },
  'time-limit': {
    what: 'het werk duurde langer dan de 6 minuten die Google toelaat',
    advice: 'Het script gaat later verder waar het stopte. U hoeft niets te doen.',
  },
  permission: {
    what: 'het script mag iets niet (toestemming ontbreekt)',
    advice: 'Kies in het menu Digi.Taal "Alles instellen of bijwerken" en geef de toestemming die Google vraagt.',
  },
  protected: {
    what: 'een beveiligde tab (Audit of Logboek) kon niet aangepast worden',
    advice: 'Alleen de eigenaar van de projectsheet kan dit doen. Vraag het aan de eigenaar.',
  },
  lock: {
    what: 'het script was bezig met iets anders',
    advice: 'Probeer het over een minuut opnieuw.',
  },
  other: {
    what: 'een onverwachte fout',
    advice: 'Probeer het nog eens. Gebeurt het opnieuw? Stuur deze e-mail door naar wie het script beheert.',
  },
};

export function classifyError(message: string): ErrorClass {
  const kind: ErrorKind = DAILY_PATTERNS.some((p) => p.test(message))
    ? 'daily-quota'
    : TRANSIENT_PATTERNS.some((p) => p.test(message))
      ? 'transient'
      : /exceeded maximum execution time/i.test(message)
        ? 'time-limit'
        : /protected cell or object/i.test(message)
          ? 'protected'
          : /authorization is required|do not have permission|required permissions|access denied/i.test(message)
            ? 'permission'
            : /lock timeout|lock busy/i.test(message)
              ? 'lock'
              : 'other';
  return { kind, retry: kind === 'transient', ...CLASSES[kind] };
}

const EMAIL = /[^\s@<>,;"'()]+@[^\s@<>,;"'()]+\.[a-z]{2,}/gi;
const PHONE = /(?:\+|00)?\d[\d\s./-]{6,}\d/g;
const QUOTED = /(["'“”«»])(?:(?!\1).){1,200}\1/g;

/**
 * An error message safe for a log: e-mail addresses, phone-like digit runs and quoted text (where Apps Script
 * and this code put a value) are replaced, case references (DT-2026-0001) stay. One line, at most 300 characters.
 */
/**
 * The first line of a message without e-mail addresses, phone numbers or quoted text (which may hold a name).
 * `keepQuoted` for the script's own messages that quote only its own words (a tab's or a column's name).
 */
export function scrubMessage(message: string, options: { keepQuoted?: boolean } = {}): string {
  const refs: string[] = [];
  const kept = message.replace(/\b[A-Z]{2,4}-\d{4}-\d{3,5}\b/g, (ref) => {
    refs.push(ref);
    return `⟦${refs.length - 1}⟧`;
  });
  return kept
    .split(/\r?\n/)[0]
    .replace(EMAIL, '<e-mail>')
    .replace(QUOTED, (quoted) => (options.keepQuoted ? quoted : '<tekst>'))
    .replace(PHONE, '<nummer>')
    .replace(/⟦(\d+)⟧/g, (_m, i) => refs[Number(i)])
    .slice(0, 300);
}

/** The "kind" one notification stands for: the class plus the message without anything variable. */
export function errorFingerprint(message: string): string {
  const { kind } = classifyError(message);
  const shape = scrubMessage(message)
    .replace(/\b[A-Z]{2,4}-\d{4}-\d{3,5}\b/g, '#')
    .replace(/\d+/g, '#')
    .toLowerCase();
  let hash = 2166136261;
  for (let i = 0; i < shape.length; i++) {
    hash ^= shape.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return `${kind}:${(hash >>> 0).toString(36)}`;
}
