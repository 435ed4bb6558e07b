import { escapeHtml } from '../../src/domain/common/html';
import type { CellValue } from '../fakes';

/**
 * The register's personal columns: every value in them is something no project-group output may contain
 * (names, addresses, phone numbers, e-mail addresses, notes, case references, referrers, participants).
 */
export const PERSONAL_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  Dossiers: ['Dossiernummer', 'Voornaam', 'Familienaam', 'Telefoon', 'E-mail', 'Straat en nummer', 'Notities'],
  Doorverwijzingen: ['Dossiernummer', 'Naam doorverwijzer', 'E-mail doorverwijzer', 'Opmerkingen'],
  Aanmeldingen: ['Dossiernummer', 'Ingevuld door'],
  Ondersteuning: ['Dossiernummer', 'Notitie', 'Door'],
  'Doorverwijzingen naar aanbod': ['Dossiernummer', 'Notitie'],
  Deelnames: ['Dossiernummer', 'Deelnemer', 'Telefoon'],
  // "Toegewezen aan" is a case number for a household (a school's name is not personal): see `personalValues`.
  Toestellen: ['Toegewezen aan', 'Schenker'],
  Drempelscan: ['Dossiernummer'],
  Veldwerk: ['Ingevuld door', 'Notities'],
};

/** Values worth looking for: text of at least 4 characters (a short value could be part of a word or a number). */
export function personalValues(tabs: Record<string, { headers: string[]; rows: CellValue[][] }>): string[] {
  const found = new Set<string>();
  for (const [tab, columns] of Object.entries(PERSONAL_COLUMNS)) {
    const t = tabs[tab];
    if (!t) continue;
    for (const column of columns) {
      const i = t.headers.indexOf(column);
      if (i < 0) continue;
      const kind = t.headers.indexOf('Toegewezen aan (soort)');
      for (const row of t.rows) {
        if (tab === 'Toestellen' && column === 'Toegewezen aan' && row[kind] !== 'Dossier') continue;
        const v = row[i];
        const text = typeof v === 'string' ? v.trim() : '';
        if (text.length >= 4) found.add(text);
      }
    }
  }
  return [...found];
}

/** Does `text` hold `value` as a whole word ("Lieve" is not in "Lievegem")? */
function holds(text: string, value: string): boolean {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + value.length] ?? ' ';
    if (!letter.test(before) && !letter.test(after)) return true;
  }
  return false;
}

/** The personal values a text contains as whole words (HTML-escaped forms too). */
export function leaks(text: string, values: readonly string[]): string[] {
  return values.filter((v) => holds(text, v) || holds(text, escapeHtml(v)));
}
