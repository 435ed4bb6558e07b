import type { ChoiceSource, FormDefinition, Question } from '../../forms/types';
import { columnValues } from '../domain/common/table';
import type { Properties, Tables } from '../ports';
import { formIdFromUrl, formIdProperty } from './formIds';
import type { TabIds } from './sheetTables';

type Form = GoogleAppsScript.Forms.Form;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export { formIdProperty } from './formIds';

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

/** The tab this form sends its responses to, found by the form id in its form URL (not by name or language). */
export function linkedResponseSheet(
  spreadsheet: Spreadsheet,
  formId: string,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return spreadsheet.getSheets().find((sheet) => formIdFromUrl(sheet.getFormUrl()) === formId) ?? null;
}

/**
 * Gives the response tab Google just created for `form` (named in the spreadsheet's language, e.g.
 * "Formulierreacties 1" or "Form Responses 1") the name in the definition, and remembers its sheet id, so the
 * script finds it even after the worker renames it.
 */
function nameResponseTab(spreadsheet: Spreadsheet, form: Form, def: FormDefinition, ids: TabIds): boolean {
  SpreadsheetApp.flush();
  const linked = linkedResponseSheet(spreadsheet, form.getId());
  if (!linked) return false;
  ids.set(def.responseTab, linked.getSheetId());
  if (linked.getName() === def.responseTab) return true;
  const taken = spreadsheet.getSheetByName(def.responseTab);
  linked.setName(taken ? `${def.responseTab} (${form.getId().slice(0, 6)})` : def.responseTab);
  return true;
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
  /** Published and accepting responses: partners can fill it in. */
  open: boolean;
  /** Setup published it now (forms made by a script start unpublished). */
  publishedNow: boolean;
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
  ids: TabIds,
): FormSetupResult {
  const existing = openForm(props.get(formIdProperty(def.key)));
  if (existing) {
    refreshTabChoices(existing, def, tables);
    // Its response tab was deleted: link it again (Google writes every past answer into a new tab).
    const linked = linkedResponseSheet(spreadsheet, existing.getId());
    if (linked) ids.set(def.responseTab, linked.getSheetId());
    else {
      existing.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
      nameResponseTab(spreadsheet, existing, def, ids);
    }
    // A form the worker closed on purpose stays closed; only a form that was never published is published.
    const publishedNow = !existing.isPublished();
    if (publishedNow) existing.setPublished(true);
    const open = existing.isPublished() && existing.isAcceptingResponses();
    return { key: def.key, created: false, url: existing.getPublishedUrl(), open, publishedNow };
  }
  const form = FormApp.create(def.title);
  form.setDescription(def.description);
  form.setConfirmationMessage(def.confirmation);
  form.setCollectEmail(false);
  form.setAllowResponseEdits(false);
  form.setShowLinkToRespondAgain(true);
  for (const q of def.questions) addItem(form, q, tables);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
  props.set(formIdProperty(def.key), form.getId());
  nameResponseTab(spreadsheet, form, def, ids);
  // Since 2026 a form made by a script starts unpublished: nobody could answer it.
  form.setPublished(true);
  const open = form.isPublished() && form.isAcceptingResponses();
  return { key: def.key, created: true, url: form.getPublishedUrl(), open, publishedNow: true };
}
