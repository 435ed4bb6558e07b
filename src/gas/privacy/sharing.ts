import { judgeSharing, type LinkAccess, type SharingVerdict } from '../../domain/privacy/sharing';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Who can open the projectsheet. The people it is shared with come from `Spreadsheet.getEditors()` and
 * `getViewers()`, which the spreadsheet scope already allows. Link sharing ("anyone with the link") is only
 * readable through Drive (`File.getSharingAccess()`, documented under the drive and drive.readonly scopes). The
 * script does not ask for access to the worker's whole Drive for this: it tries with the per-file scope it has,
 * and when Google refuses, setup says so and tells the worker how to check by hand (docs/privacy.md).
 */
export function linkAccess(spreadsheetId: string): LinkAccess {
  try {
    if (typeof DriveApp === 'undefined') return 'unknown';
    const access = String(DriveApp.getFileById(spreadsheetId).getSharingAccess());
    if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK') return 'anyone';
    if (access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') return 'domain';
    return 'private';
  } catch {
    return 'unknown';
  }
}

export function checkSharing(spreadsheet: Spreadsheet, configuredDomain: string): SharingVerdict {
  const people = [...spreadsheet.getEditors(), ...spreadsheet.getViewers()].map((u) => u.getEmail());
  let owner = '';
  try {
    owner = spreadsheet.getOwner()?.getEmail() ?? '';
  } catch {
    owner = '';
  }
  if (!owner) owner = Session.getEffectiveUser().getEmail();
  return judgeSharing({ owner, domain: configuredDomain, people, link: linkAccess(spreadsheet.getId()) });
}
