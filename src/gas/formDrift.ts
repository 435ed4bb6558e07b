import type { FormDefinition, Question } from '../../forms/types';
import { compareForm, type LiveItem } from '../domain/forms/drift';
import { FORMS } from '../domain/forms/registry';
import type { Properties, Tables } from '../ports';
import { currentChoices } from './formBuilder';
import { formById, formIdFromUrl, formIdProperty } from './formIds';

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

/** Dutch texts of the form checks, in one place. */
export const FORM_CHECK_TEXTS = {
  notFound: 'Het formulier is niet gevonden. Kies Digi.Taal > Alles instellen of bijwerken.',
  unpublished:
    'Het formulier is niet gepubliceerd: niemand kan het invullen. Kies Digi.Taal > Alles instellen of bijwerken, ' +
    'of open het formulier in Google Forms en klik op Publiceren.',
  closed:
    'Het formulier neemt geen antwoorden aan. Wilt u weer antwoorden ontvangen? Open het formulier in Google Forms, ' +
    'ga naar Antwoorden en zet "Antwoorden accepteren" aan.',
  noResponseTab:
    'De antwoorden van dit formulier komen in geen tabblad van dit rekenblad terecht. ' +
    'Kies Digi.Taal > Alles instellen of bijwerken: dat koppelt het formulier opnieuw.',
  foreignTab: (tab: string) =>
    `Het tabblad "${tab}" krijgt antwoorden van een formulier dat het script niet kent. ` +
    'Die antwoorden worden niet verwerkt. Is het een oud formulier? Ontkoppel het in Google Forms (Antwoorden > ⋮ > Formulier ontkoppelen).',
};

/** Whether partners can answer the form, and whether its answers reach a tab of this spreadsheet. */
function reachProblems(form: GoogleAppsScript.Forms.Form, linkedFormIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!form.isPublished()) problems.push(FORM_CHECK_TEXTS.unpublished);
  else if (!form.isAcceptingResponses()) problems.push(FORM_CHECK_TEXTS.closed);
  if (!linkedFormIds.has(form.getId())) problems.push(FORM_CHECK_TEXTS.noResponseTab);
  return problems;
}

export function checkOneForm(
  def: FormDefinition,
  tables: Tables,
  props: Properties,
  linkedFormIds: ReadonlySet<string>,
): DriftReport {
  const form = openForm(props.get(formIdProperty(def.key)));
  if (!form) return { form: def.title, changes: [FORM_CHECK_TEXTS.notFound] };
  const live = form
    .getItems()
    .map(liveItem)
    .filter((item): item is LiveItem => item !== null);
  const choicesOf = (q: Question) =>
    q.kind === 'single' || q.kind === 'list' || q.kind === 'multi' ? currentChoices(q.choices, tables) : [];
  return { form: def.title, changes: [...reachProblems(form, linkedFormIds), ...compareForm(def, live, choicesOf)] };
}

/**
 * Every form of the project against its definition, whether it can be answered and where its answers land;
 * and every tab that receives answers from a form the script does not know.
 */
export function checkAllForms(tables: Tables, props: Properties): DriftReport[] {
  const linked = SpreadsheetApp.getActive()
    .getSheets()
    .map((sheet) => ({ sheet, formId: formIdFromUrl(sheet.getFormUrl()) }))
    .filter((l): l is { sheet: GoogleAppsScript.Spreadsheet.Sheet; formId: string } => l.formId !== null);
  const linkedIds = new Set(linked.map((l) => l.formId));
  const reports = FORMS.map((def) => checkOneForm(def, tables, props, linkedIds));
  const foreign = linked
    .filter((l) => !formById(l.formId, props))
    .map((l) => FORM_CHECK_TEXTS.foreignTab(l.sheet.getName()));
  if (foreign.length > 0) reports.push({ form: 'Andere formulieren', changes: foreign });
  return reports;
}

/** The report as one Dutch message for the worker. */
export function driftMessage(reports: readonly DriftReport[]): string {
  const changed = reports.filter((r) => r.changes.length > 0);
  if (changed.length === 0)
    return 'Alle formulieren zijn gepubliceerd, nemen antwoorden aan en kloppen met hun definitie.';
  const text = changed.map((r) => `${r.form}:\n- ${r.changes.join('\n- ')}`).join('\n\n');
  const choices = changed.some((r) => r.changes.some((c) => c.includes('keuze')));
  return choices
    ? `${text}\n\nKeuzes die uit een tabblad komen (Partners, Acties) zet u gelijk met Digi.Taal > Alles instellen of bijwerken.`
    : text;
}
