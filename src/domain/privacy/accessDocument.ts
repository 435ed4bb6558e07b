import type { Cell, StoredRow } from '../../ports';
import { cellText } from '../common/table';
import type { Block, DocumentModel } from './document';
import type { Footprint, FootprintSection } from './footprint';
import { ANONYMISED_AT, PERSON_TOKEN } from './tabs';
import { ACCESS_TEXTS } from './texts';

/**
 * The access-request document (inzage): every row of the footprint, section by section, in plain Dutch.
 * Left out: columns that are about someone else (the referrer's name and e-mail, the staff member who made a
 * change, the donor of a laptop, the volunteer who filled in a form) and the script's own bookkeeping.
 */
const NOT_ABOUT_THE_PERSON: ReadonlySet<string> = new Set([
  'Naam doorverwijzer',
  'E-mail doorverwijzer',
  'Uw naam',
  'Uw e-mailadres',
  'Ingevuld door',
  'Door',
  'Schenker',
  'Schenking-ID',
  'Rij in antwoordtab',
  'Antwoord-ID',
  'Antwoordtab',
  'Gelogde status',
  'Bericht-ID',
  'Fout',
  'Kandidaat-dossiers',
  ANONYMISED_AT,
  PERSON_TOKEN,
]);

/** The most columns a section shows as a table; wider sections show one small table per row. */
const MAX_TABLE_COLUMNS = 6;

export interface AccessOptions {
  now: Date;
  organisation: string;
  retentionMonths: number;
  /** Formats a date for a person (dd/mm/jjjj uu:mm in the script's time zone). */
  formatDate: (date: Date) => string;
}

function text(value: Cell | undefined, formatDate: (d: Date) => string): string {
  if (value instanceof Date) return formatDate(value);
  return cellText(value);
}

function shownColumns(section: FootprintSection): string[] {
  return section.headers.filter(
    (h) => h !== '' && !NOT_ABOUT_THE_PERSON.has(h) && section.rows.some((r) => cellText(r.values[h]) !== ''),
  );
}

function sectionBlocks(section: FootprintSection, options: AccessOptions, ownEmails: ReadonlySet<string>): Block[] {
  const columns = shownColumns(section);
  const value = (row: StoredRow, column: string) => {
    const shown = text(row.values[column], options.formatDate);
    // A mail to the referring partner shows to whom in general terms: the partner's address is not the person's.
    if (section.tab === 'Berichten' && column === 'Aan' && shown && !ownEmails.has(shown.toLowerCase()))
      return ACCESS_TEXTS.otherRecipient;
    return shown;
  };
  const heading =
    section.kind === 'response'
      ? `${ACCESS_TEXTS.response} (${section.tab})`
      : (ACCESS_TEXTS.sections[section.tab] ?? section.tab);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: heading }];
  if (columns.length === 0) {
    blocks.push({ kind: 'paragraph', text: ACCESS_TEXTS.empty });
    return blocks;
  }
  if (columns.length <= MAX_TABLE_COLUMNS) {
    blocks.push({ kind: 'table', columns, rows: section.rows.map((row) => columns.map((c) => value(row, c))) });
    return blocks;
  }
  section.rows.forEach((row, i) => {
    if (section.rows.length > 1) blocks.push({ kind: 'heading', level: 3, text: `${heading} ${i + 1}` });
    const rows = columns.filter((c) => value(row, c) !== '').map((c) => [c, value(row, c)]);
    blocks.push({ kind: 'table', columns: [ACCESS_TEXTS.field, ACCESS_TEXTS.value], rows });
  });
  return blocks;
}

export function accessDocument(footprint: Footprint, options: AccessOptions): DocumentModel {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ACCESS_TEXTS.title(footprint.caseRefs) },
    { kind: 'paragraph', text: ACCESS_TEXTS.intro(options.organisation, options.formatDate(options.now)) },
    { kind: 'paragraph', text: ACCESS_TEXTS.why },
    { kind: 'paragraph', text: ACCESS_TEXTS.retention(options.retentionMonths) },
    { kind: 'paragraph', text: ACCESS_TEXTS.rights },
  ];
  const ownEmails = new Set(
    footprint.sections
      .filter((s) => s.kind === 'case')
      .flatMap((s) => s.rows.map((r) => cellText(r.values['E-mail']).toLowerCase()))
      .filter(Boolean),
  );
  for (const section of footprint.sections) blocks.push(...sectionBlocks(section, options, ownEmails));
  return { title: ACCESS_TEXTS.title(footprint.caseRefs), blocks };
}
