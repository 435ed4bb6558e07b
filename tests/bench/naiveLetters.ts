import { LETTERS } from '../../src/domain/letters/tabs';
import { CASES, SETTINGS } from '../../src/domain/tabs';
import { readRowByRow } from './naiveDigest';

export interface NaiveLetterServices {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
}

const escapeReplacement = (value: string) => value.replace(/[\\$]/g, (ch) => `\\${ch}`);

/**
 * The naive baseline for a merge, written like the common add-on pattern (Autocrat and its samples): for every
 * selected row, copy the template file, open the copy, replace each placeholder, save, export it as a PDF of its
 * own and trash the copy — one Drive file per letter. Same letters as the script (one PDF per letter instead of
 * one for the batch). Not used by the script.
 */
export function naiveLetters(services: NaiveLetterServices, group: string): number {
  const properties = services.PropertiesService.getScriptProperties();
  const index = JSON.parse(properties.getProperty('letters.templates') ?? '{}') as Record<
    string,
    Record<string, string>
  >;
  const folder = services.DriveApp.createFolder('Brieven (één bestand per brief)');
  const ss = services.SpreadsheetApp.getActiveSpreadsheet();
  const settings = readRowByRow(ss.getSheetByName(SETTINGS.name)!);
  const setting = (key: string) => String(settings.rows.find((r) => r.values.Instelling === key)?.values.Waarde ?? '');
  const cases = readRowByRow(ss.getSheetByName(CASES.name)!).rows.filter((r) => r.values.Doelgroep === group);
  const template = services.DriveApp.getFileById(index.uitnodiging.nl);
  let made = 0;
  for (const row of cases) {
    const v = row.values;
    const copy = template.makeCopy(`Brief ${v.Dossiernummer}`, folder);
    const doc = services.DocumentApp.openById(copy.getId());
    const body = doc.getBody();
    const values: Record<string, string> = {
      voornaam: String(v.Voornaam),
      medewerker: setting('Naam projectmedewerker'),
      functie: setting('Brief: functie onder de handtekening'),
      telefoon: setting('Telefoon projectmedewerker'),
      email: setting('E-mail projectmedewerker'),
      organisatie_afzender: setting('Brief: afzender'),
      sociaal_tarief: setting('Sociaal internetaanbod: prijs'),
    };
    for (const [name, value] of Object.entries(values))
      body.replaceText(`\\{\\{${name}\\}\\}`, escapeReplacement(value));
    body.insertParagraph(0, `${v.Voornaam} ${v.Familienaam}\n${v['Straat en nummer']}\n${v.Postcode} ${v.Gemeente}`);
    doc.saveAndClose();
    folder.createFile(copy.getAs('application/pdf'));
    copy.setTrashed(true);
    made++;
  }
  // The batch row, as the script writes it.
  const letters = ss.getSheetByName(LETTERS.name)!;
  letters.appendRow(['naive', group, 'uitnodiging', '', 'Post', 'Klaar', 'Nederlands', 'A07', '', new Date(), made]);
  return made;
}
