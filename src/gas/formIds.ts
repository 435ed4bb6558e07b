import type { FormDefinition } from '../../forms/types';
import { FORMS } from '../domain/forms/registry';
import type { Properties } from '../ports';

/** Script property holding the id of the Google Form made for a definition. */
export const formIdProperty = (key: string) => `form.${key}.id`;

/** The form id in a form URL: `…/forms/d/<id>/viewform` or `/edit` (not the `/forms/d/e/<published id>` form). */
export function formIdFromUrl(url: string | null): string | null {
  const match = /\/forms\/d\/(?!e\/)([\w-]+)/.exec(url ?? '');
  return match ? match[1] : null;
}

/** The project's form with this id (ids are kept in script properties by setup). */
export function formById(formId: string | null, props: Properties): FormDefinition | undefined {
  if (!formId) return undefined;
  return FORMS.find((f) => props.get(formIdProperty(f.key)) === formId);
}
