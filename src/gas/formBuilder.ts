import type { ChoiceSource, FormDefinition, Question } from '../../forms/types';
import { columnValues } from '../domain/common/table';
import type { Properties, Tables } from '../ports';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const formIdProperty = (key: string) => `form.${key}.id`;

/** The choices a question offers now: fixed ones, or a column of a tab the worker keeps (plus the fallback). */
export function currentChoices(source: ChoiceSource, tables: Tables): string[] {
  if (source.kind === 'fixed') return [...source.values];
  const fromTab = columnValues(tables.read(source.tab), source.column);
  return [...new Set([...fromTab, ...source.fallback])];
}

function addItem(form: Form, q: Question, tables: Tables): void {
  switch (q.kind) {
    case 'text': {
      const item = form.addTextItem().setTitle(q.title).setRequired(q.required);
      if (q.help) item.setHelpText(q.help);
      if (q.check === 'email') {
        item.setValidation(
          FormApp.createTextValidation().requireTextIsEmail().setHelpText('Vul één geldig e-mailadres in.').build(),
        );
      }
      return;
    }
    case 'paragraph': {
      const item = form.addParagraphTextItem().setTitle(q.title).setRequired(q.required);
      if (q.help) item.setHelpText(q.help);
      return;
    }
    case 'single': {
      const item = form.addMultipleChoiceItem().setTitle(q.title).setRequired(q.required);
      item.setChoiceValues(currentChoices(q.choices, tables));
      if (q.other) item.showOtherOption(true);
      if (q.help) item.setHelpText(q.help);
      return;
    }
    case 'list': {
      const item = form.addListItem().setTitle(q.title).setRequired(q.required);
      item.setChoiceValues(currentChoices(q.choices, tables));
      if (q.help) item.setHelpText(q.help);
      return;
    }
    case 'multi': {
      const item = form.addCheckboxItem().setTitle(q.title).setRequired(q.required);
      item.setChoiceValues(currentChoices(q.choices, tables));
      if (q.other) item.showOtherOption(true);
      if (q.help) item.setHelpText(q.help);
      return;
    }
    case 'confirm': {
      const item = form.addCheckboxItem().setTitle(q.title).setRequired(true);
      item.setChoiceValues([q.statement]);
      if (q.help) item.setHelpText(q.help);
      return;
    }
    case 'date': {
      const item = form.addDateItem().setTitle(q.title).setRequired(q.required);
      if (q.help) item.setHelpText(q.help);
      return;
    }
  }
}

function openForm(id: string | null): Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null; // deleted or no access: setup makes a new one
  }
}

/** Renames the response tab Google just created for `form` to the name in the definition. */
function nameResponseTab(spreadsheet: Spreadsheet, form: Form, def: FormDefinition): void {
  SpreadsheetApp.flush();
  const formId = form.getId();
  const linked = spreadsheet.getSheets().find((sheet) => {
    const url = sheet.getFormUrl();
    return url !== null && url.indexOf(formId) >= 0;
  });
  if (!linked || linked.getName() === def.responseTab) return;
  const taken = spreadsheet.getSheetByName(def.responseTab);
  linked.setName(taken ? `${def.responseTab} (${formId.slice(0, 6)})` : def.responseTab);
}

/** Refreshes the choices that come from a tab (e.g. the partner list) on an existing form. */
function refreshTabChoices(form: Form, def: FormDefinition, tables: Tables): void {
  const items = form.getItems();
  for (const q of def.questions) {
    if (q.kind !== 'single' && q.kind !== 'list' && q.kind !== 'multi') continue;
    if (q.choices.kind !== 'tab') continue;
    const item = items.find((i) => i.getTitle() === q.title);
    if (!item) continue;
    const values = currentChoices(q.choices, tables);
    if (q.kind === 'list') item.asListItem().setChoiceValues(values);
    else if (q.kind === 'single') item.asMultipleChoiceItem().setChoiceValues(values);
    else item.asCheckboxItem().setChoiceValues(values);
  }
}

export interface FormSetupResult {
  key: string;
  created: boolean;
  url: string;
}

/**
 * Builds the Google Form from its definition and links it to this spreadsheet, once. A later run only
 * refreshes choices that come from tabs. The form id is kept in script properties.
 */
export function ensureForm(
  def: FormDefinition,
  spreadsheet: Spreadsheet,
  tables: Tables,
  props: Properties,
): FormSetupResult {
  const existing = openForm(props.get(formIdProperty(def.key)));
  if (existing) {
    refreshTabChoices(existing, def, tables);
    return { key: def.key, created: false, url: existing.getPublishedUrl() };
  }
  const form = FormApp.create(def.title);
  form.setDescription(def.description);
  form.setConfirmationMessage(def.confirmation);
  form.setCollectEmail(false);
  form.setAllowResponseEdits(false);
  form.setShowLinkToRespondAgain(true);
  for (const q of def.questions) addItem(form, q, tables);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  nameResponseTab(spreadsheet, form, def);
  props.set(formIdProperty(def.key), form.getId());
  return { key: def.key, created: true, url: form.getPublishedUrl() };
}
