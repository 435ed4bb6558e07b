import { OWNER_ONLY_TABS } from '../../domain/privacy/tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const PROTECTION_DESCRIPTION = 'Digi.Taal: alleen de eigenaar (het script schrijft hier als eigenaar)';

/**
 * Protects the Audit and Logboek tabs so only the owner (and whoever runs setup, whom Google never removes) can
 * change them: the sheet's protection, its editors reduced to those two, no domain-wide editing, and a real block
 * rather than a warning. Idempotent: an existing protection of the sheet is reused.
 */
export function protectOwnerOnly(spreadsheet: Spreadsheet): string[] {
  const done: string[] = [];
  for (const name of OWNER_ONLY_TABS) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) continue;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    // Protected by someone else (the owner, for the account that runs the automatic processing): left as it is.
    if (existing && !existing.canEdit()) {
      done.push(name);
      continue;
    }
    const protection = existing ?? sheet.protect().setDescription(PROTECTION_DESCRIPTION);
    if (protection.isWarningOnly()) protection.setWarningOnly(false);
    // Google's own sample: make sure the current user stays an editor, then remove everyone else.
    protection.addEditor(Session.getEffectiveUser());
    const others = protection.getEditors().map((u) => u.getEmail());
    if (others.length > 0) protection.removeEditors(others);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
    done.push(name);
  }
  return done;
}

/** Can the person running the script change the protected tabs? (Not: only the owner may run privacy actions.) */
export function canEditProtected(spreadsheet: Spreadsheet): boolean {
  for (const name of OWNER_ONLY_TABS) {
    const sheet = spreadsheet.getSheetByName(name);
    const protection = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (protection && !protection.canEdit()) return false;
  }
  return true;
}
