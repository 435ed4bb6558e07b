/**
 * Which route to cheap internet to suggest for a household. The rules come from the Instellingen tab
 * (which categories give the social tariff, whether VT is enough for Telenet Essential), not from code:
 * tariffs and criteria change. Only the category and yes/no/unknown are kept, never the reason.
 */

export const ROUTES = {
  social: 'Sociaal internetaanbod aanvragen bij de operator',
  essential: 'Telenet Essential via De Kring',
  check: 'Eerst nagaan',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** '1', '2A', …, 'geen' or 'onbekend'. */
export type TariffCategory = string;
export type YesNoUnknown = 'ja' | 'nee' | 'onbekend';

export interface EligibilityRules {
  /** Categories that give the right to the social tariff, e.g. ["1", "2A", "2B", "2C", "3"]. */
  entitledCategories: readonly string[];
  /** Whether verhoogde tegemoetkoming is a criterion for Telenet Essential at De Kring. */
  essentialForIncreasedAllowance: boolean;
}

export interface RouteAdvice {
  route: Route;
  /** Dutch warnings for the worker (empty when nothing to watch). */
  notes: string[];
}

export const VT_ALONE_WARNING = 'Verhoogde tegemoetkoming alleen geeft geen recht op het sociaal tarief.';
export const ONE_PER_HOUSEHOLD = 'Eén sociaal tarief per gezin: vraag na of niemand in het gezin het al heeft.';

/** "2A – tegemoetkoming …" → "2A"; "Geen van deze" → "geen"; anything else → "onbekend". */
export function tariffCategory(answer: string): TariffCategory {
  const code = /^\s*(1|2A|2B|2C|3)\b/i.exec(answer);
  if (code) return code[1].toUpperCase();
  if (/^\s*geen/i.test(answer)) return 'geen';
  return 'onbekend';
}

export function yesNoUnknown(answer: string): YesNoUnknown {
  const value = answer.trim().toLowerCase();
  if (value === 'ja') return 'ja';
  if (value === 'nee') return 'nee';
  return 'onbekend';
}

/** Reads "1, 2A, 2B" (a setting) as a list of categories. */
export function parseCategories(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}

export function suggestRoute(category: TariffCategory, vt: YesNoUnknown, rules: EligibilityRules): RouteAdvice {
  const notes: string[] = [];
  if (vt === 'ja' && !rules.entitledCategories.includes(category)) notes.push(VT_ALONE_WARNING);
  if (rules.entitledCategories.includes(category)) {
    return { route: ROUTES.social, notes: [ONE_PER_HOUSEHOLD, ...notes] };
  }
  if (category === 'geen' && vt === 'ja' && rules.essentialForIncreasedAllowance) {
    return { route: ROUTES.essential, notes };
  }
  if (category === 'geen' && vt === 'nee') {
    notes.push('Geen categorie en geen VT: ga na of het gezin aan de criteria van Telenet Essential voldoet.');
  } else if (category === 'onbekend') {
    notes.push('Vraag na of iemand in het gezin een van de categorieën van het sociaal tarief heeft.');
  }
  return { route: ROUTES.check, notes };
}
