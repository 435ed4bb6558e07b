import type { FormDefinition, Question } from '../../forms/types';
import { compareForm, type LiveItem } from '../domain/forms/drift';
import { FORMS } from '../domain/forms/registry';
import type { Properties, Tables } from '../ports';
import { currentChoices, formIdProperty } from './formBuilder';

type Item = GoogleAppsScript.Forms.Item;

/** One live form item as the drift check sees it; null for items that ask nothing (titles, page breaks). */
function liveItem(item: Item): LiveItem | null {
  const type = item.getType();
  const T = FormApp.ItemType;
  const title = item.getTitle();
  switch (type) {
    case T.TEXT:
      return { title, kind: 'text', required: item.asTextItem().isRequired() };
    case T.PARAGRAPH_TEXT:
      return { title, kind: 'paragraph', required: item.asParagraphTextItem().isRequired() };
    case T.DATE:
      return { title, kind: 'date', required: item.asDateItem().isRequired() };
    case T.MULTIPLE_CHOICE: {
      const q = item.asMultipleChoiceItem();
      const choices = q.getChoices().map((c) => c.getValue());
      return { title, kind: 'single', required: q.isRequired(), choices, other: q.hasOtherOption() };
    }
    case T.LIST: {
      const q = item.asListItem();
      return { title, kind: 'list', required: q.isRequired(), choices: q.getChoices().map((c) => c.getValue()) };
    }
    case T.CHECKBOX: {
      const q = item.asCheckboxItem();
      const choices = q.getChoices().map((c) => c.getValue());
      return { title, kind: 'multi', required: q.isRequired(), choices, other: q.hasOtherOption() };
    }
    case T.SECTION_HEADER:
    case T.PAGE_BREAK:
    case T.IMAGE:
    case T.VIDEO:
      return null;
    default:
      return { title, kind: 'other', required: false };
  }
}

export interface DriftReport {
  form: string;
  /** Dutch sentences; empty when the live form matches its definition. */
  changes: string[];
}

function openForm(id: string | null): GoogleAppsScript.Forms.Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

export function checkOneForm(def: FormDefinition, tables: Tables, props: Properties): DriftReport {
  const form = openForm(props.get(formIdProperty(def.key)));
  if (!form) {
    return {
      form: def.title,
      changes: ['Het formulier is niet gevonden. Kies Digi.Taal > Alles instellen of bijwerken.'],
    };
  }
  const live = form
    .getItems()
    .map(liveItem)
    .filter((item): item is LiveItem => item !== null);
  const choicesOf = (q: Question) =>
    q.kind === 'single' || q.kind === 'list' || q.kind === 'multi' ? currentChoices(q.choices, tables) : [];
  return { form: def.title, changes: compareForm(def, live, choicesOf) };
}

/** Every form of the project against its definition. */
export function checkAllForms(tables: Tables, props: Properties): DriftReport[] {
  return FORMS.map((def) => checkOneForm(def, tables, props));
}

/** The report as one Dutch message for the worker. */
export function driftMessage(reports: readonly DriftReport[]): string {
  const changed = reports.filter((r) => r.changes.length > 0);
  if (changed.length === 0) return 'Alle formulieren kloppen met hun definitie.';
  const text = changed.map((r) => `${r.form}:\n- ${r.changes.join('\n- ')}`).join('\n\n');
  const choices = changed.some((r) => r.changes.some((c) => c.includes('keuze')));
  return choices
    ? `${text}\n\nKeuzes die uit een tabblad komen (Partners, Acties) zet u gelijk met Digi.Taal > Alles instellen of bijwerken.`
    : text;
}
