import { YES_NO_UNKNOWN } from './eligibility';
import type { ChoiceQuestion } from './types';

/**
 * Asked on both household forms, so that a second family at an address the project already knows is not taken
 * for the same household, and one household is not split in two (docs/intake.md, "Duplicate households").
 * Optional: "Weet ik niet" or no answer means the worker decides when the address is already known.
 */
const LIVES_WITH_KNOWN_HELP =
  'Bijvoorbeeld een partner of ouders. Zo maken we geen tweede dossier voor hetzelfde gezin.';

export const livesWithKnownQuestion = {
  id: 'livesWithKnown',
  kind: 'single',
  title: 'Woont u samen met iemand die al hulp krijgt van ons?',
  help: LIVES_WITH_KNOWN_HELP,
  required: false,
  choices: { kind: 'fixed', values: YES_NO_UNKNOWN },
} as const satisfies ChoiceQuestion;

/** The same question as a partner reads it about the household they refer. */
export const referredLivesWithKnownQuestion = {
  ...livesWithKnownQuestion,
  title: 'Woont deze persoon samen met iemand die al hulp krijgt van Allemaal Digi.Taal?',
} as const satisfies ChoiceQuestion;

/** The answer as matching reads it: 'ja', 'nee', or '' (not answered, "Weet ik niet"). */
export function livesWithKnownAnswer(answer: string | undefined): 'ja' | 'nee' | '' {
  if (answer === 'Ja') return 'ja';
  if (answer === 'Nee') return 'nee';
  return '';
}
