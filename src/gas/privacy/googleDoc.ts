import type { DocumentModel } from '../../domain/privacy/document';

/**
 * Where a document model becomes a file the worker opens. Kept as a thin interface so the access request does
 * not depend on how the letters feature (issue 11) wraps DocumentApp and DriveApp; `googleDocSink` is the Apps
 * Script implementation (scope: documents; the Doc is created in the worker's own Drive, shared with nobody).
 */
export interface SavedDocument {
  id: string;
  url: string;
}

export interface DocSink {
  write(doc: DocumentModel): SavedDocument;
}

export function googleDocSink(): DocSink {
  return {
    write(model) {
      const doc = DocumentApp.create(model.title);
      const body = doc.getBody();
      const headings: Record<1 | 2 | 3, GoogleAppsScript.Document.ParagraphHeading> = {
        1: DocumentApp.ParagraphHeading.HEADING1,
        2: DocumentApp.ParagraphHeading.HEADING2,
        3: DocumentApp.ParagraphHeading.HEADING3,
      };
      for (const block of model.blocks) {
        if (block.kind === 'heading') body.appendParagraph(block.text).setHeading(headings[block.level]);
        else if (block.kind === 'paragraph') body.appendParagraph(block.text);
        // The column names are the table's first row (plain: the heading above says what the table holds).
        else body.appendTable([[...block.columns], ...block.rows.map((r) => [...r])]);
      }
      doc.saveAndClose();
      return { id: doc.getId(), url: doc.getUrl() };
    },
  };
}
