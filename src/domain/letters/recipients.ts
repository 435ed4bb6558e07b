import type { Cell, StoredRow, TableSnapshot } from '../../ports';
import { checkEmail } from '../common/email';
import { cellText } from '../common/table';
import { collapseSpaces } from '../common/text';
import { isExit } from '../register/journey';
import type { Settings } from '../settings/settings';
import { type Audience, languageCode } from './catalogue';
import { brusselsParts, letterDate, letterDay, letterTime } from './dates';
import type { Selection } from './selection';
import { matcherFor } from './selection';
import type { LetterSettings } from './settings';

/**
 * Who a letter goes to, read from the register: households (Dossiers), partners (Partners) or donors
 * (Schenkingen with their devices from Toestellen). Every field is text as typed; the renderers print it as
 * text (a formula or markup in an address is printed, never run) and the e-mail composer escapes it.
 */
export interface Recipient {
  /** Case reference, organisation name or donation number: the "Nummer" of a letter. */
  readonly key: string;
  /** Language code wanted (the Taal column); the merge falls back to Dutch when that file is missing. */
  readonly language: string;
  /** Up to five lines for the window envelope, or [] when there is no usable postal address. */
  readonly address: readonly string[];
  /** Why the address cannot be used (Dutch), when `address` is empty. */
  readonly addressProblem: string;
  /** One valid e-mail address, or ''. */
  readonly email: string;
  readonly values: Readonly<Record<string, string>>;
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** For the selection. */
  readonly status: string;
  readonly group: string;
  readonly municipality: string;
}

export interface LetterSources {
  readonly cases: TableSnapshot;
  readonly partners: TableSnapshot;
  readonly donations: TableSnapshot;
  readonly devices: TableSnapshot;
}

const text = (row: StoredRow, header: string) => collapseSpaces(cellText(row.values[header]));
const first = (row: StoredRow, ...headers: string[]) => headers.map((h) => text(row, h)).find((v) => v !== '') ?? '';

function asDate(value: Cell | undefined): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** A day as a sortable number in Brussels (20261103). */
function monthDay(date: Date): number {
  const p = brusselsParts(date);
  return p.year * 10000 + p.month * 100 + p.day;
}

function validEmail(raw: string): string {
  if (raw === '') return '';
  const check = checkEmail(raw);
  return check.ok ? check.email : '';
}

/** A Belgian postal address: a street with a house number, a postcode of four digits and a municipality. */
export function postalAddress(name: string, street: string, postcode: string, municipality: string) {
  const missing: string[] = [];
  if (name === '') missing.push('naam');
  if (!/\p{L}/u.test(street) || !/\d/.test(street)) missing.push('straat en huisnummer');
  if (!/^[1-9]\d{3}$/.test(postcode)) missing.push('postcode van vier cijfers');
  if (municipality === '') missing.push('gemeente');
  if (missing.length > 0) {
    return {
      address: [] as string[],
      problem: `Geen bruikbaar postadres: ${missing.join(', ')} ontbreekt of klopt niet.`,
    };
  }
  return { address: [name, street, `${postcode} ${municipality}`], problem: '' };
}

/** "Kerkstraat 4, 9900 Eeklo" (the donation form's pick-up address) → street, postcode, municipality. */
export function splitAddress(line: string): { street: string; postcode: string; municipality: string } {
  const match = /^(.*?)[,\s]+([1-9]\d{3})\s+(.+)$/.exec(collapseSpaces(line));
  return match
    ? { street: match[1].replace(/,$/, '').trim(), postcode: match[2], municipality: match[3].trim() }
    : { street: line, postcode: '', municipality: '' };
}

/** What a selection looks at before a whole recipient is made (cheap to read for every row of a large register). */
export interface RecipientProbe {
  readonly key: string;
  readonly status: string;
  readonly group: string;
  readonly municipality: string;
  readonly language: string;
}

/** Which rows to make recipients of; every row when absent. */
export type RecipientFilter = (probe: RecipientProbe) => boolean;

/**
 * The probe of each case row, made once per row object: rows of a snapshot never change (ports.ts), and the local
 * workbook hands out the same row objects until a row is written, so the batches of one run (each selecting from
 * the whole register, twice) read a row's five columns once instead of for every batch.
 */
const probes = new WeakMap<StoredRow, RecipientProbe>();

function householdProbe(row: StoredRow): RecipientProbe {
  let probe = probes.get(row);
  if (!probe) {
    probe = Object.freeze({
      key: text(row, 'Dossiernummer'),
      status: text(row, 'Status'),
      group: text(row, 'Doelgroep'),
      municipality: text(row, 'Gemeente'),
      language: languageCode(text(row, 'Taal')),
    });
    probes.set(row, probe);
  }
  return probe;
}

function households(
  sources: LetterSources,
  settings: LetterSettings,
  now: Date,
  wanted?: RecipientFilter,
): Recipient[] {
  return sources.cases.rows
    .filter((row) => {
      const probe = householdProbe(row);
      if (probe.key === '') return false;
      if (!wanted) return true;
      return wanted(probe);
    })
    .map((row) => {
      const firstName = text(row, 'Voornaam');
      const lastName = text(row, 'Familienaam');
      const language = languageCode(text(row, 'Taal'));
      const street = text(row, 'Straat en nummer');
      const postcode = text(row, 'Postcode');
      const municipality = text(row, 'Gemeente');
      const postal = postalAddress(collapseSpaces(`${firstName} ${lastName}`), street, postcode, municipality);
      // An appointment letter is for an appointment still to come (today or later).
      const next = asDate(row.values['Datum volgende actie']);
      const appointment = next && monthDay(next) >= monthDay(now) ? next : null;
      return {
        key: text(row, 'Dossiernummer'),
        language,
        address: postal.address,
        addressProblem: postal.problem,
        email: validEmail(text(row, 'E-mail')),
        values: {
          voornaam: firstName,
          familienaam: lastName,
          dossiernummer: text(row, 'Dossiernummer'),
          straat: street,
          postcode,
          gemeente: municipality,
          afspraak_datum: appointment ? letterDay(appointment, language) : '',
          afspraak_uur: appointment ? letterTime(appointment) : '',
          afspraak_plaats: first(row, 'Afspraak plaats') || settings.appointmentPlace,
          afspraak_wat: text(row, 'Volgende actie'),
        },
        lists: {},
        status: text(row, 'Status'),
        group: text(row, 'Doelgroep'),
        municipality,
      };
    });
}

function partners(sources: LetterSources): Recipient[] {
  return sources.partners.rows
    .filter((row) => text(row, 'Organisatie') !== '')
    .map((row) => {
      const organisation = text(row, 'Organisatie');
      const contact = text(row, 'Contactpersoon');
      const postal = postalAddress(
        contact ? `${contact}, ${organisation}` : organisation,
        first(row, 'Straat en nummer', 'Adres'),
        text(row, 'Postcode'),
        text(row, 'Gemeente'),
      );
      return {
        key: organisation,
        language: languageCode(text(row, 'Taal')),
        address: postal.address,
        addressProblem: postal.problem,
        email: validEmail(text(row, 'E-mail')),
        values: { organisatie: organisation, contactpersoon: contact || organisation, gemeente: text(row, 'Gemeente') },
        lists: {},
        status: text(row, 'Soort'),
        group: text(row, 'Soort'),
        municipality: text(row, 'Gemeente'),
      };
    });
}

/** One line per device of a donation whose data was wiped (a device without a wipe certificate is left out). */
const DEVICE_LINE: Readonly<Record<string, (kind: string, serial: string, day: string, proof: string) => string>> = {
  nl: (k, s, d, p) => `${k}${s ? ` (serienummer ${s})` : ''}: gewist${d ? ` op ${d}` : ''}, wisbewijs ${p}`,
  fr: (k, s, d, p) => `${k}${s ? ` (numéro de série ${s})` : ''} : effacé${d ? ` le ${d}` : ''}, certificat ${p}`,
  en: (k, s, d, p) => `${k}${s ? ` (serial number ${s})` : ''}: wiped${d ? ` on ${d}` : ''}, certificate ${p}`,
};

function donors(sources: LetterSources): Recipient[] {
  const devicesByDonation = new Map<string, StoredRow[]>();
  for (const device of sources.devices.rows) {
    const id = first(device, 'Schenking-ID', 'Schenkingsnummer');
    if (id === '' || text(device, 'Wisbewijs') === '') continue;
    devicesByDonation.set(id, [...(devicesByDonation.get(id) ?? []), device]);
  }
  return sources.donations.rows
    .filter((row) => first(row, 'Schenkingsnummer', 'Schenking-ID') !== '')
    .map((row) => {
      const number = first(row, 'Schenkingsnummer', 'Schenking-ID');
      const donor = text(row, 'Schenker');
      const contact = text(row, 'Contactpersoon') || donor;
      const language = languageCode(text(row, 'Taal'));
      const pickup = splitAddress(text(row, 'Adres ophalen'));
      const postal = postalAddress(
        contact === donor || donor === '' ? contact : `${contact}, ${donor}`,
        pickup.street,
        pickup.postcode,
        pickup.municipality,
      );
      const line = DEVICE_LINE[language] ?? DEVICE_LINE.en;
      const wiped = devicesByDonation.get(number) ?? [];
      return {
        key: number,
        language,
        address: postal.address,
        addressProblem: postal.problem,
        email: validEmail(text(row, 'E-mail')),
        values: {
          schenker: donor,
          contactpersoon: contact,
          schenkingsnummer: number,
          aantal_toestellen: String(wiped.length),
        },
        lists: {
          toestellen: wiped.map((d) => {
            const wipedOn = asDate(d.values['Gewist op']);
            return line(
              first(d, 'Soort toestel') || 'Toestel',
              text(d, 'Serienummer'),
              wipedOn ? letterDate(wipedOn, language) : '',
              text(d, 'Wisbewijs'),
            );
          }),
        },
        // A donation is ready for its thank-you once at least one device has its wipe certificate.
        status: wiped.length > 0 ? 'Gewist' : 'Nog niet gewist',
        group: text(row, 'Soort schenker'),
        municipality: pickup.municipality,
      };
    });
}

/**
 * Every recipient of an audience, or only those `wanted` lets through (households only: a register of thousands
 * is not turned into letters' recipients for a batch of ten; partners and donors are few and all made).
 */
export function recipientsFor(
  audience: Audience,
  sources: LetterSources,
  settings: LetterSettings,
  now: Date,
  wanted?: RecipientFilter,
): Recipient[] {
  if (audience === 'household') return households(sources, settings, now, wanted);
  if (audience === 'partner') return partners(sources);
  return donors(sources);
}

/**
 * The recipients a selection picks. Without a status filter, households with a closed case and donations
 * without any wiped device are left out (nobody sends a thank-you before the wipe, nor mail to a closed case).
 */
/** The part of a selection a probe can answer: everything but "without e-mail". */
export function probeSelected(audience: Audience, s: Selection): RecipientFilter {
  const numbers = new Set(s.numbers.map((n) => n.toUpperCase()));
  const languages = s.languages.map((l) => languageCode(l));
  const status = matcherFor(s.statuses);
  const group = matcherFor(s.groups);
  const municipality = matcherFor(s.municipalities);
  return (r) => {
    if (numbers.size > 0 && !numbers.has(r.key.toUpperCase())) return false;
    if (s.statuses.length > 0) {
      if (!status(r.status)) return false;
    } else if (audience === 'household' && isExit(r.status)) return false;
    else if (audience === 'donor' && r.status !== 'Gewist') return false;
    if (!group(r.group)) return false;
    if (!municipality(r.municipality)) return false;
    if (languages.length > 0 && !languages.includes(r.language)) return false;
    return true;
  };
}

/**
 * The recipients a selection picks. Without a status filter, households with a closed case and donations
 * without any wiped device are left out (nobody sends a thank-you before the wipe, nor mail to a closed case).
 */
export function selectRecipients(audience: Audience, all: readonly Recipient[], s: Selection): Recipient[] {
  const selected = probeSelected(audience, s);
  return all.filter((r) => selected(r) && !(s.withoutEmail && r.email !== ''));
}

/** Lines of the Digipunten tab for {{digipunten}} (digipunten, digispots) and {{digispreekuren}}. */
export function helpLists(digipunten: TableSnapshot): Record<string, string[]> {
  const line = (row: StoredRow) =>
    [
      text(row, 'Naam'),
      [text(row, 'Adres'), text(row, 'Gemeente')].filter(Boolean).join(', '),
      text(row, 'Openingsuren'),
    ]
      .filter(Boolean)
      .join(' – ');
  const rows = digipunten.rows.filter((row) => text(row, 'Naam') !== '');
  return {
    digipunten: rows.filter((row) => text(row, 'Soort').toLowerCase() !== 'digispreekuur').map(line),
    digispreekuren: rows.filter((row) => text(row, 'Soort').toLowerCase() === 'digispreekuur').map(line),
  };
}

/** The placeholders that are the same for every letter of a batch in one language. */
export function batchValues(
  settings: Settings,
  letter: LetterSettings,
  now: Date,
  language: string,
): Record<string, string> {
  return {
    datum: letterDate(now, language),
    medewerker: settings.workerName,
    functie: letter.signatureRole,
    telefoon: settings.workerPhone,
    email: settings.workerEmail,
    organisatie_afzender: letter.senderOrganisation,
    sociaal_tarief: settings.socialTariffOffer,
    essential: settings.essentialOffer,
  };
}
