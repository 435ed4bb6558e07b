import { type Core, GasObject } from './core';
import { fakeId } from './form-app';
import type { Shape } from './types';
import { FakeBlob } from './utilities';

/**
 * DriveApp as the letters use it: folders, files, blobs, trash — under the `drive.file` scope. With that scope
 * (the one the manifest asks for) a script only reaches the files it created itself; a file the user made by
 * hand is "not found" for it, as Google answers. See docs/fakes.md.
 */

export const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';
export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';

/** A saved Google Doc: what DocumentApp.openById loads and getAs exports. */
export interface SavedParagraph {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  heading: string;
  attributes: Record<string, unknown>;
  parts: Array<{ type: 'TEXT'; text: string } | { type: 'PAGE_BREAK' }>;
}

/** A table: rows of cells, each cell a list of paragraphs (and tables). */
export interface SavedTable {
  type: 'TABLE';
  attributes: Record<string, unknown>;
  rows: SavedElement[][][];
}

export type SavedElement = SavedParagraph | SavedTable;

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Folder id; 'root' for My Drive. */
  parent: string;
  trashed: boolean;
  /** Made by this script (reachable under drive.file), or by the user by hand. */
  byScript: boolean;
  content?: Buffer;
  /** Saved content of a Google Doc. */
  doc?: SavedElement[];
  createdAt: number;
}

/** Shared state of the Drive fake (DocumentApp creates its Docs here too). */
export class DriveState {
  readonly items = new Map<string, DriveItem>();

  constructor(private readonly core: Core) {}

  add(item: Omit<DriveItem, 'id' | 'createdAt' | 'trashed'> & { id?: string }): DriveItem {
    const n = this.core.next('drive-item');
    const full: DriveItem = {
      trashed: false,
      createdAt: this.core.now(),
      ...item,
      id: item.id ?? fakeId(`drive-${n}`),
    };
    this.items.set(full.id, full);
    return full;
  }

  /** The item the script may reach (drive.file), or the Apps Script "not found" error. */
  reachable(id: unknown): DriveItem {
    const item = typeof id === 'string' ? this.items.get(id) : undefined;
    if (!item?.byScript) throw this.core.error(NOT_FOUND);
    return item;
  }

  url(item: DriveItem): string {
    if (item.mimeType === DOCUMENT_MIME) return `https://docs.google.com/document/d/${item.id}/edit`;
    if (item.mimeType === FOLDER_MIME) return `https://drive.google.com/drive/folders/${item.id}`;
    return `https://drive.google.com/file/d/${item.id}/view`;
  }
}

function checkName(core: Core, name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw core.error('Invalid argument: name');
  return name;
}

export class FakeDriveApp
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Drive.DriveApp,
      'getFileById' | 'getFolderById' | 'createFolder' | 'createFile' | 'getRootFolder'
    >
{
  constructor(
    core: Core,
    private readonly state: DriveState,
  ) {
    super(core, 'DriveApp', 'DriveApp');
  }

  getFileById(id: string): FakeFile {
    const item = this.state.reachable(id);
    if (item.mimeType === FOLDER_MIME) throw this.core.error(NOT_FOUND);
    return new FakeFile(this.core, this.state, item);
  }

  getFolderById(id: string): FakeFolder {
    const item = this.state.reachable(id);
    if (item.mimeType !== FOLDER_MIME) throw this.core.error(NOT_FOUND);
    return new FakeFolder(this.core, this.state, item);
  }

  getRootFolder(): FakeFolder {
    return new FakeFolder(this.core, this.state, {
      id: 'root',
      name: 'Mijn Drive',
      mimeType: FOLDER_MIME,
      parent: '',
      trashed: false,
      byScript: true,
      createdAt: 0,
    });
  }

  createFolder(name: string): FakeFolder {
    const item = this.state.add({
      name: checkName(this.core, name),
      mimeType: FOLDER_MIME,
      parent: 'root',
      byScript: true,
    });
    return new FakeFolder(this.core, this.state, item);
  }

  /** `createFile(blob)`; the (name, content, mimeType) form is not used by the script. */
  createFile(blob: unknown): FakeFile {
    return createFileIn(this.core, this.state, 'root', blob);
  }
}

function createFileIn(core: Core, state: DriveState, parent: string, blob: unknown): FakeFile {
  const b = core.unwrap(blob);
  if (!(b instanceof FakeBlob)) throw core.error('Invalid argument: blob');
  const name = b.getName();
  if (!name) throw core.error('Blob object must have non-null name for this operation.');
  const item = state.add({
    name,
    mimeType: b.getContentType() ?? 'application/octet-stream',
    parent,
    byScript: true,
    content: Buffer.from(b.getBytes().map((x) => x & 255)),
  });
  return new FakeFile(core, state, item);
}

export class FakeFolder
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Drive.Folder,
      'getId' | 'getName' | 'getUrl' | 'createFile' | 'isTrashed' | 'setTrashed' | 'createFolder'
    >
{
  constructor(
    core: Core,
    private readonly state: DriveState,
    readonly item: DriveItem,
  ) {
    super(core, 'DriveApp', 'Folder');
  }

  getId(): string {
    return this.item.id;
  }

  getName(): string {
    return this.item.name;
  }

  getUrl(): string {
    return this.state.url(this.item);
  }

  isTrashed(): boolean {
    return this.item.trashed;
  }

  setTrashed(trashed: boolean): this {
    this.item.trashed = Boolean(trashed);
    return this;
  }

  createFolder(name: string): FakeFolder {
    if (this.item.trashed) throw this.core.error('Cannot add items to a folder in the trash.');
    const item = this.state.add({
      name: checkName(this.core, name),
      mimeType: FOLDER_MIME,
      parent: this.item.id,
      byScript: true,
    });
    return new FakeFolder(this.core, this.state, item);
  }

  createFile(blob: unknown): FakeFile {
    if (this.item.trashed) throw this.core.error('Cannot add items to a folder in the trash.');
    return createFileIn(this.core, this.state, this.item.id, blob);
  }
}

export class FakeFile
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Drive.File,
      | 'getId'
      | 'getName'
      | 'setName'
      | 'getUrl'
      | 'getMimeType'
      | 'moveTo'
      | 'makeCopy'
      | 'isTrashed'
      | 'setTrashed'
      | 'getAs'
      | 'getBlob'
    >
{
  constructor(
    core: Core,
    private readonly state: DriveState,
    readonly item: DriveItem,
  ) {
    super(core, 'DriveApp', 'File');
  }

  getId(): string {
    return this.item.id;
  }

  getName(): string {
    return this.item.name;
  }

  setName(name: string): this {
    this.item.name = checkName(this.core, name);
    return this;
  }

  getUrl(): string {
    return this.state.url(this.item);
  }

  getMimeType(): string {
    return this.item.mimeType;
  }

  isTrashed(): boolean {
    return this.item.trashed;
  }

  setTrashed(trashed: boolean): this {
    this.item.trashed = Boolean(trashed);
    return this;
  }

  moveTo(destination: unknown): this {
    const folder = this.core.own(destination, FakeFolder, 'destination');
    if (folder.item.trashed) throw this.core.error('Cannot move an item into a folder in the trash.');
    this.item.parent = folder.item.id;
    return this;
  }

  /** `makeCopy(name, destination)`: a Google Doc is copied as it was last saved. */
  makeCopy(name?: string, destination?: unknown): FakeFile {
    const folder = destination === undefined ? null : this.core.own(destination, FakeFolder, 'destination');
    const copy = this.state.add({
      name: name === undefined ? `Kopie van ${this.item.name}` : checkName(this.core, name),
      mimeType: this.item.mimeType,
      parent: folder ? folder.item.id : this.item.parent,
      byScript: true,
      content: this.item.content ? Buffer.from(this.item.content) : undefined,
      doc: this.item.doc ? structuredClone(this.item.doc) : undefined,
    });
    return new FakeFile(this.core, this.state, copy);
  }

  getBlob(): FakeBlob {
    if (this.item.mimeType === DOCUMENT_MIME) return this.getAs('application/pdf');
    return new FakeBlob(this.core, Buffer.from(this.item.content ?? []), this.item.mimeType, this.item.name);
  }

  getAs(contentType: string): FakeBlob {
    return exportAs(this.core, this.item, contentType);
  }
}

/**
 * A Google Doc exported as PDF, as it was last SAVED (edits not yet saved with saveAndClose are not in it).
 * The fake's PDF is a stand-in: a PDF header and the text of each page (pages end at page breaks) as JSON,
 * read back by `exportedPages`. The twin's PDFs are real and read with pdfjs in the tests.
 */
export function exportAs(core: Core, item: DriveItem, contentType: string): FakeBlob {
  if (item.mimeType !== DOCUMENT_MIME) {
    if (contentType === item.mimeType)
      return new FakeBlob(core, Buffer.from(item.content ?? []), contentType, item.name);
    throw core.error(`Converting from ${item.mimeType} to ${contentType} is not supported.`);
  }
  if (contentType !== 'application/pdf') {
    throw core.error(`Converting from ${DOCUMENT_MIME} to ${contentType} is not supported.`);
  }
  const pages: string[][] = [[]];
  const walk = (elements: readonly SavedElement[]) => {
    for (const p of elements) {
      if (p.type === 'TABLE') {
        for (const row of p.rows) for (const cell of row) walk(cell);
        continue;
      }
      let line = '';
      let text = false;
      for (const part of p.parts) {
        if (part.type === 'TEXT') {
          line += part.text;
          text = true;
        } else {
          if (text) pages[pages.length - 1].push(line);
          line = '';
          text = false;
          pages.push([]);
        }
      }
      if (text || p.parts.length === 0) pages[pages.length - 1].push(line);
    }
  };
  walk(item.doc ?? []);
  const body = `%PDF-1.7\n%fake-export\n${JSON.stringify(pages.map((lines) => lines.join('\n')))}`;
  return new FakeBlob(core, Buffer.from(body, 'utf8'), 'application/pdf', `${item.name}.pdf`);
}

/** The page texts of a PDF the fake exported. */
export function exportedPages(content: Buffer): string[] {
  const text = content.toString('utf8');
  if (!text.startsWith('%PDF-1.7\n%fake-export\n')) throw new Error('not a PDF exported by the fake');
  return JSON.parse(text.slice('%PDF-1.7\n%fake-export\n'.length)) as string[];
}
