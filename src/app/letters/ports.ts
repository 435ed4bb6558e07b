import type { LetterTemplate } from '../../domain/letters/template';

/**
 * What the letters use case needs beyond the usual ports. In Google the templates are Google Docs the worker
 * edits and the printer builds one merged Google Doc per batch (exported to PDF); in the twin the templates are
 * the repo files and the printer writes a PDF with pdfkit.
 */
export interface TemplateStore {
  /** The current text of a letter in a language, or null when there is none. */
  read(kind: string, language: string): LetterTemplate | null;
  /** The languages this letter exists in. */
  languages(kind: string): string[];
}

export interface PrintSpec {
  readonly batchId: string;
  /** File name without extension, e.g. "Brieven BR-0003 uitnodiging 2026-11". */
  readonly title: string;
  readonly kind: string;
  /** Languages the batch prints (its letters use only these). */
  readonly languages: readonly string[];
  /** The same in every letter of the batch, per language: date, sender, signature, offers. */
  readonly constants: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Lists the same in every letter (digipunten, digispreekuren). */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** The letterhead lines (Instellingen). */
  readonly sender: readonly string[];
  /** Top-left corner of the address block on the sheet, in mm. */
  readonly address: { readonly leftMm: number; readonly topMm: number };
}

export interface PrintLetter {
  readonly language: string;
  /** The recipient's own placeholders. */
  readonly values: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** Lines for the window envelope. */
  readonly address: readonly string[];
  /** Case, organisation or donation number, printed small beside the date. */
  readonly reference: string;
}

export interface PrintedDocument {
  /** One more letter, starting on a new page. */
  add(letter: PrintLetter): void;
  /** Makes the letters added so far durable; returns what `LetterPrinter.open` needs to go on from here. */
  checkpoint(): string;
  /** Closes the document and exports it; returns the link (Google) or path (twin) of the printable PDF. */
  finish(): string;
}

export interface LetterPrinter {
  /** A new merged document (`resume` null) or the one a checkpoint left. */
  open(spec: PrintSpec, resume: string | null): PrintedDocument;
}
