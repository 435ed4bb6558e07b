import { referralForm } from '../../../forms/referral';
import type { FormDefinition } from '../../../forms/types';

/** Every Google Form the project uses. `setup` builds each one; the submit handler routes by key. */
export const FORMS: readonly FormDefinition[] = [referralForm];

export function formByKey(key: string): FormDefinition | undefined {
  return FORMS.find((form) => form.key === key);
}

export function formByResponseTab(tab: string): FormDefinition | undefined {
  return FORMS.find((form) => form.responseTab === tab);
}
