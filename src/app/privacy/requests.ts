import { cellText } from '../../domain/common/table';
import { accessDocument } from '../../domain/privacy/accessDocument';
import type { DocumentModel } from '../../domain/privacy/document';
import { type Footprint, findFootprint, footprintCounts, parseCaseRefs } from '../../domain/privacy/footprint';
import { readPrivacySettings, retentionMonths } from '../../domain/privacy/settings';
import { AUDIT_ACTIONS } from '../../domain/privacy/tabs';
import { PRIVACY_TEXTS } from '../../domain/privacy/texts';
import { isExit } from '../../domain/register/journey';
import { readSettings } from '../../domain/settings/settings';
import { SETTINGS } from '../../domain/tabs';
import type { Ports } from '../../ports';
import { type AnonymiseResult, anonymiseCases } from './anonymiser';
import { appendAudit } from './auditTrail';
import { workbookView } from './workbookView';

/**
 * Access (inzage) and erasure (wissen) requests: one search by case reference, shown to the worker, then either
 * a document or the anonymiser. Both run under the script lock and leave a row in Audit.
 */
export const REQUEST_LOCK_MS = 30_000;

export interface RequestSearch {
  refs: string[];
  footprint: Footprint;
  /** Dutch lines: rows per tab. */
  counts: string[];
  /** Dutch hints: rows that only look alike, and responses not found. */
  hints: string[];
  /** Why nothing can be done ('' when the search found every case). */
  problem: string;
}

function hintsFor(footprint: Footprint): string[] {
  const hints: string[] = [];
  if (footprint.lookalikes.length > 0)
    hints.push(PRIVACY_TEXTS.lookalikes(footprint.lookalikes.map((l) => `${l.tab}, rij ${l.rowNumber}: ${l.reason}`)));
  if (footprint.missingResponses > 0) hints.push(PRIVACY_TEXTS.missingResponses(footprint.missingResponses));
  return hints;
}

/** The search the worker confirms (call it under the lock, or before taking it for a preview). */
export function searchPerson(ports: Ports, refsText: string): RequestSearch {
  const refs = parseCaseRefs(refsText);
  const footprint = findFootprint(workbookView(ports.tables), refs);
  const problem =
    refs.length === 0
      ? PRIVACY_TEXTS.noRefs
      : footprint.unknown.length > 0
        ? PRIVACY_TEXTS.unknownRefs(footprint.unknown)
        : '';
  return {
    refs,
    footprint,
    counts: footprintCounts(footprint).map((c) => `${c.tab}: ${c.rows} ${c.rows === 1 ? 'rij' : 'rijen'}`),
    hints: hintsFor(footprint),
    problem,
  };
}

export interface AccessExport {
  search: RequestSearch;
  document: DocumentModel | null;
}

/** The access document for the cases (nothing is written; `recordAccess` notes it in Audit once it is saved). */
export function buildAccess(ports: Ports, refsText: string, formatDate: (d: Date) => string): AccessExport {
  const search = searchPerson(ports, refsText);
  if (search.problem) return { search, document: null };
  const tables = ports.tables;
  const settings = readSettings(tables.read(SETTINGS.name));
  const document = accessDocument(search.footprint, {
    now: ports.clock.now(),
    organisation: settings.senderName,
    retentionMonths: retentionMonths(readPrivacySettings(tables.read(SETTINGS.name))),
    formatDate,
  });
  ports.audit.log('privacy.access', { cases: search.footprint.caseRefs.join(',') });
  return { search, document };
}

/** Notes in Audit that an access document was made (and where: a file name or a Doc id, never its content). */
export function recordAccess(ports: Ports, caseRefs: readonly string[], who: string, where: string): void {
  ports.lock.withLock(REQUEST_LOCK_MS, () =>
    appendAudit(ports, [{ who, action: AUDIT_ACTIONS.exported, caseRefs, note: where }]),
  );
}

/** Cases of the search that are still open (erasure waits until the worker closes them). */
export function openCases(search: RequestSearch): string[] {
  const section = search.footprint.sections.find((s) => s.kind === 'case');
  return (section?.rows ?? [])
    .filter((r) => !isExit(cellText(r.values.Status)))
    .map((r) => cellText(r.values.Dossiernummer));
}

export type ErasureOutcome =
  | { kind: 'refused'; message: string }
  | { kind: 'erased'; result: AnonymiseResult; message: string };

/** Erases (anonymises) the confirmed cases, under the lock; the search is done again inside it. */
export function eraseConfirmed(ports: Ports, refsText: string, who: string): ErasureOutcome {
  return ports.lock.withLock(REQUEST_LOCK_MS, () => {
    const search = searchPerson(ports, refsText);
    if (search.problem) return { kind: 'refused', message: search.problem };
    const open = openCases(search);
    if (open.length > 0) return { kind: 'refused', message: PRIVACY_TEXTS.eraseOpen(open) };
    const result = anonymiseCases(ports, search.footprint.caseRefs, {
      who,
      action: AUDIT_ACTIONS.erased,
      caseRefs: search.footprint.caseRefs,
      note: 'op vraag van de persoon',
    });
    return { kind: 'erased', result, message: PRIVACY_TEXTS.eraseDone(search.footprint.caseRefs, result.cells) };
  });
}
