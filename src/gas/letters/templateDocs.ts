import type { TemplateStore } from '../../app/letters/ports';
import { LETTER_KINDS, languageName } from '../../domain/letters/catalogue';
import { shippedTemplates } from '../../domain/letters/library';
import type { BlockKind, LetterBlock, LetterTemplate } from '../../domain/letters/template';
import type { Properties } from '../../ports';

type Doc = GoogleAppsScript.Document.Document;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Folder = GoogleAppsScript.Drive.Folder;

/**
 * The letter templates as Google Docs in the project's folder. `setup` creates each one once from the repo file;
 * from then on the Doc is the template: the worker edits it in Google Docs and every merge reads it as it is.
 * Their ids live in one script property (letters.templates: { kind: { language: docId } }).
 */
export const FOLDER_PROPERTY = 'letters.folder';
export const TEMPLATES_PROPERTY = 'letters.templates';
export const FOLDER_NAME = 'Allemaal Digi.Taal – brieven';

type TemplateIndex = Record<string, Record<string, string>>;

export function readIndex(properties: Properties): TemplateIndex {
  try {
    const parsed = JSON.parse(properties.get(TEMPLATES_PROPERTY) ?? '{}') as TemplateIndex;
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The folder's property, per account: under `drive.file` a script reaches only what it made for the account
 * running it, so a colleague who makes letters gets a folder of her own instead of losing the worker's.
 */
function folderProperty(): string {
  let account = '';
  try {
    account = Session.getEffectiveUser().getEmail();
  } catch {
    account = '';
  }
  return account ? `${FOLDER_PROPERTY}.${account}` : FOLDER_PROPERTY;
}

/** The project's folder in Drive for this account (made again if it was deleted). */
export function lettersFolder(properties: Properties): Folder {
  const key = folderProperty();
  const id = properties.get(key);
  if (id) {
    try {
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return folder;
    } catch {
      // Gone: make a new one below.
    }
  }
  const folder = DriveApp.createFolder(FOLDER_NAME);
  properties.set(key, folder.getId());
  return folder;
}

function docTitle(kind: string, language: string): string {
  const title = LETTER_KINDS.find((k) => k.id === kind)?.title ?? kind;
  return `Brief – ${title} (${languageName(language)})`;
}

/** Writes a template into a new Doc: the subject as Kop 1, headings as Kop 2, list lines as a list. */
function writeTemplate(template: LetterTemplate, folder: Folder): string {
  const doc = DocumentApp.create(docTitle(template.kind, template.language));
  const body = doc.getBody();
  const first = body.getChild(0);
  for (const block of template.blocks) {
    if (block.kind === 'bullet') {
      body.appendListItem(block.text);
      continue;
    }
    const p = body.appendParagraph(block.text);
    if (block.kind === 'subject') p.setHeading(DocumentApp.ParagraphHeading.HEADING1);
    if (block.kind === 'heading') p.setHeading(DocumentApp.ParagraphHeading.HEADING2);
  }
  first.removeFromParent();
  doc.saveAndClose();
  DriveApp.getFileById(doc.getId()).moveTo(folder);
  return doc.getId();
}

function docExists(id: string): boolean {
  try {
    return !DriveApp.getFileById(id).isTrashed();
  } catch {
    return false;
  }
}

export interface TemplateSetupReport {
  created: number;
  kept: number;
  folderUrl: string;
}

/**
 * One Doc per shipped template and language that has none yet (or whose Doc was deleted). A Doc that exists is
 * never overwritten: it holds the worker's edits. A new language file in the repo becomes a new Doc.
 */
export function ensureTemplateDocs(properties: Properties): TemplateSetupReport {
  const folder = lettersFolder(properties);
  const index = readIndex(properties);
  let created = 0;
  let kept = 0;
  for (const template of shippedTemplates()) {
    const existing = index[template.kind]?.[template.language];
    if (existing && docExists(existing)) {
      kept++;
      continue;
    }
    index[template.kind] = { ...(index[template.kind] ?? {}), [template.language]: writeTemplate(template, folder) };
    properties.set(TEMPLATES_PROPERTY, JSON.stringify(index));
    created++;
  }
  return { created, kept, folderUrl: folder.getUrl() };
}

/** A template Doc as read for one execution: its blocks, and its elements for the printer to copy. */
export interface OpenTemplate {
  readonly template: LetterTemplate;
  readonly elements: ReadonlyArray<{ element: Paragraph; kind: BlockKind; text: string; list: boolean }>;
}

const SUBJECT_HEADINGS = ['HEADING1', 'TITLE'];

/** Reads the template Docs (each at most once per execution). */
export class DocsTemplateStore implements TemplateStore {
  private readonly open = new Map<string, OpenTemplate | null>();
  private index: TemplateIndex | null = null;

  constructor(private readonly properties: Properties) {}

  private ids(): TemplateIndex {
    this.index ??= readIndex(this.properties);
    return this.index;
  }

  languages(kind: string): string[] {
    return Object.keys(this.ids()[kind] ?? {}).sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));
  }

  read(kind: string, language: string): LetterTemplate | null {
    return this.openTemplate(kind, language)?.template ?? null;
  }

  openTemplate(kind: string, language: string): OpenTemplate | null {
    const key = `${kind}/${language}`;
    if (this.open.has(key)) return this.open.get(key) ?? null;
    const id = this.ids()[kind]?.[language];
    let result: OpenTemplate | null = null;
    if (id) {
      let doc: Doc | null = null;
      try {
        doc = DocumentApp.openById(id);
      } catch {
        doc = null; // deleted by hand: setup makes it again
      }
      if (doc) result = readDoc(doc, kind, language);
    }
    this.open.set(key, result);
    return result;
  }
}

function readDoc(doc: Doc, kind: string, language: string): OpenTemplate {
  const body = doc.getBody();
  const count = body.getNumChildren();
  const elements: Array<{ element: Paragraph; kind: BlockKind; text: string; list: boolean }> = [];
  const blocks: LetterBlock[] = [];
  let subject = false;
  for (let i = 0; i < count; i++) {
    const child = body.getChild(i);
    const type = String(child.getType());
    if (type !== 'PARAGRAPH' && type !== 'LIST_ITEM') continue;
    const element = child as unknown as Paragraph;
    const text = element.getText().replace(/\r/g, ' ');
    const list = type === 'LIST_ITEM';
    const heading = String(element.getHeading());
    let kindOf: BlockKind = 'paragraph';
    if (list) kindOf = 'bullet';
    else if (!subject && SUBJECT_HEADINGS.includes(heading)) {
      kindOf = 'subject';
      subject = true;
    } else if (heading !== 'NORMAL') kindOf = 'heading';
    elements.push({ element, kind: kindOf, text, list });
    if (text.trim() !== '') blocks.push({ kind: kindOf, text: text.trim() });
  }
  return { template: { kind, language, blocks }, elements };
}
