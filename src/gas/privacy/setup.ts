import { readPrivacySettings } from '../../domain/privacy/settings';
import type { SharingVerdict } from '../../domain/privacy/sharing';
import { SETTINGS } from '../../domain/tabs';
import type { Tables } from '../../ports';
import { RETENTION_HANDLER } from './handlers';
import { protectOwnerOnly } from './protection';
import { checkSharing } from './sharing';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Hour (script time zone) of the monthly retention run, on the first day of the month. */
export const RETENTION_HOUR = 3;

export interface PrivacySetupReport {
  protectedTabs: string[];
  retentionTriggerCreated: boolean;
  sharing: SharingVerdict;
}

function ensureMonthlyTrigger(): boolean {
  const exists = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === RETENTION_HANDLER);
  if (exists) return false;
  ScriptApp.newTrigger(RETENTION_HANDLER).timeBased().onMonthDay(1).atHour(RETENTION_HOUR).create();
  return true;
}

/** Setup's privacy step: owner-only Audit and Logboek, the monthly retention trigger, the sharing check. */
export function setupPrivacy(spreadsheet: Spreadsheet, tables: Tables): PrivacySetupReport {
  const settings = readPrivacySettings(tables.read(SETTINGS.name));
  return {
    protectedTabs: protectOwnerOnly(spreadsheet),
    retentionTriggerCreated: ensureMonthlyTrigger(),
    sharing: checkSharing(spreadsheet, settings.organisationDomain),
  };
}

/** What the worker reads about privacy after setup (Dutch). */
export function privacySummary(report: PrivacySetupReport): string[] {
  const lines = [
    `De tabs ${report.protectedTabs.join(' en ')} zijn beveiligd: alleen de eigenaar kan ze aanpassen. ` +
      'Elke maand wist het script de persoonsgegevens van dossiers die lang genoeg afgesloten zijn (zie Instellingen).',
  ];
  lines.push(...report.sharing.warnings);
  if (report.sharing.note) lines.push(report.sharing.note);
  return lines;
}
