import { donationForm } from '../../../forms/donation';
import { fieldLogForm } from '../../../forms/fieldLog';
import { referralForm } from '../../../forms/referral';
import { registrationForm } from '../../../forms/registration';
import type { FormDefinition } from '../../../forms/types';

/** Every Google Form the project uses. `setup` builds each one; the submit handler routes by key. */
export const FORMS: readonly FormDefinition[] = [referralForm, registrationForm, donationForm, fieldLogForm];

export function formByKey(key: string): FormDefinition | undefined {
  return FORMS.find((form) => form.key === key);
}

export function formByResponseTab(tab: string): FormDefinition | undefined {
  return FORMS.find((form) => form.responseTab === tab);
}
