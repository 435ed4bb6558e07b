import { registrationForm } from '../../forms/registration';
import { processSubmission } from '../../src/app/processSubmission';
import { addOnwardReferral, addSupportSession } from '../../src/app/register/support';
import { cellText } from '../../src/domain/common/table';
import { LETTERS_TAB } from '../../src/domain/privacy/tabs';
import { countUniquePeople, personRecords } from '../../src/domain/register/reach';
import { ATTENDANCE, DEVICES, SUPPORT } from '../../src/domain/register/tabs';
import { CASES } from '../../src/domain/tabs';
import type { Cell, Tables } from '../../src/ports';
import { registrationAnswers } from './formAnswers';
import { memoryWorld } from './memoryPorts';
import { referralAnswers } from './referralAnswers';
import { WORKER, workerEdit } from './registerWorld';

/**
 * A small register with everything privacy must handle, on a fake clock (SimulatedClock):
 * - A (DT-2024-0001) Fatima El Amrani: referred, journey, a next action with her name, support, onward referral,
 *   a course (with the case number) and a course row without it but with her phone, a letter; closed 2024-03-04.
 * - B (DT-2024-0002) Jan Peeters in Aalter: open; a near-namesake of D; a letter.
 * - C (DT-2024-0003) Mehmet Yılmaz: self-registered with a volunteer; closed 2024-03-06.
 * - D (DT-2024-0004) Jan Peters, same street and number as A (the partner says he does not live with anyone the
 *   project helps, so he is a household of his own): open.
 * - a self-registration without consent (review row, never a case), received 2024-01-20.
 */
export const PEOPLE = {
  A: {
    first: 'Fatima',
    last: 'El Amrani',
    phone: '0470 11 11 11',
    email: 'fatima.elamrani@voorbeeld.be',
    street: 'Zuidmoerstraat 136',
  },
  B: {
    first: 'Jan',
    last: 'Peeters',
    phone: '0470 22 22 22',
    email: 'jan.peeters@voorbeeld.be',
    street: 'Stationsstraat 5',
  },
  C: { first: 'Mehmet', last: 'Yılmaz', phone: '0486 33 33 33', email: '', street: 'Kerkstraat 9' },
  D: { first: 'Jan', last: 'Peters', phone: '0470 44 44 44', email: '', street: 'Zuidmoerstraat 136' },
  R: { first: 'Olena', last: 'Kovalenko', phone: '0488 55 55 55', email: '', street: 'Molenstraat 3' },
} as const;

/** Texts that must disappear with a person (names, contact, address, notes), per person. */
export function personalTexts(who: keyof typeof PEOPLE): string[] {
  const p = PEOPLE[who];
  const extra: Record<string, string[]> = {
    A: ['Bel Fatima terug', 'Laptop van Fatima hersteld', 'Fatima ging mee naar de bib', 'Fatima spreekt ook Frans'],
    C: ['Vrijwilliger Karel'],
    R: [],
    B: ['Jan belt zelf'],
    D: [],
  };
  return [p.first === 'Jan' ? '' : p.first, p.last, p.phone, p.email, p.street, ...(extra[who] ?? [])].filter(Boolean);
}

const at = (iso: string) => new Date(iso);

export function privacyWorld() {
  const world = memoryWorld(at('2024-01-10T09:00:00Z'));
  const { ports, clock, tables } = world;
  // Raw response rows as Google writes them, so the records can point at them.
  deliver(
    tables,
    'Antwoorden Doorverwijzing',
    [
      referralAnswers({
        firstName: 'Fatima',
        lastName: 'El Amrani',
        phone: PEOPLE.A.phone,
        email: PEOPLE.A.email,
        street: PEOPLE.A.street,
        notes: 'Fatima spreekt ook Frans',
      }),
      referralAnswers({
        firstName: 'Jan',
        lastName: 'Peeters',
        phone: PEOPLE.B.phone,
        email: PEOPLE.B.email,
        street: PEOPLE.B.street,
        postcode: '9880',
        municipality: 'Aalter',
      }),
      referralAnswers({
        firstName: 'Jan',
        lastName: 'Peters',
        phone: PEOPLE.D.phone,
        street: PEOPLE.D.street,
        livesWithKnown: 'Nee',
      }),
    ],
    ['2024-01-10T09:00:00Z', '2024-01-11T09:00:00Z', '2024-01-13T09:00:00Z'],
  );
  const subs = [
    {
      who: 'A' as const,
      when: '2024-01-10T09:00:00Z',
      row: 2,
      postcode: '9900',
      municipality: 'Eeklo',
      notes: 'Fatima spreekt ook Frans',
    },
    { who: 'B' as const, when: '2024-01-11T09:00:00Z', row: 3, postcode: '9880', municipality: 'Aalter', notes: '' },
  ];
  for (const s of subs) {
    clock.set(at(s.when));
    const p = PEOPLE[s.who];
    processSubmission(ports, {
      formKey: 'doorverwijzing',
      submittedAt: at(s.when),
      answers: referralAnswers({
        firstName: p.first,
        lastName: p.last,
        phone: p.phone,
        email: p.email,
        street: p.street,
        postcode: s.postcode,
        municipality: s.municipality,
        notes: s.notes,
      }),
      responseTab: 'Antwoorden Doorverwijzing',
      responseRow: s.row,
    });
  }
  // C registers herself with a volunteer; R registers without consent (review).
  deliver(
    tables,
    registrationForm.responseTab,
    [
      registrationAnswers({
        firstName: 'Mehmet',
        lastName: 'Yılmaz',
        phone: PEOPLE.C.phone,
        street: PEOPLE.C.street,
        filledBy: 'Vrijwilliger Karel',
      }),
      registrationAnswers({
        firstName: 'Olena',
        lastName: 'Kovalenko',
        phone: PEOPLE.R.phone,
        street: PEOPLE.R.street,
        consent: '',
      }),
    ],
    ['2024-01-12T09:00:00Z', '2024-01-20T09:00:00Z'],
  );
  clock.set(at('2024-01-12T09:00:00Z'));
  processSubmission(ports, {
    formKey: 'aanmelding',
    submittedAt: at('2024-01-12T09:00:00Z'),
    answers: registrationAnswers({
      firstName: 'Mehmet',
      lastName: 'Yılmaz',
      phone: PEOPLE.C.phone,
      street: PEOPLE.C.street,
      filledBy: 'Vrijwilliger Karel',
    }),
    responseTab: registrationForm.responseTab,
    responseRow: 2,
  });
  clock.set(at('2024-01-13T09:00:00Z'));
  processSubmission(ports, {
    formKey: 'doorverwijzing',
    submittedAt: at('2024-01-13T09:00:00Z'),
    answers: referralAnswers({
      firstName: 'Jan',
      lastName: 'Peters',
      phone: PEOPLE.D.phone,
      street: PEOPLE.D.street,
      livesWithKnown: 'Nee',
    }),
    responseTab: 'Antwoorden Doorverwijzing',
    responseRow: 4,
  });
  clock.set(at('2024-01-20T09:00:00Z'));
  processSubmission(ports, {
    formKey: 'aanmelding',
    submittedAt: at('2024-01-20T09:00:00Z'),
    answers: registrationAnswers({
      firstName: 'Olena',
      lastName: 'Kovalenko',
      phone: PEOPLE.R.phone,
      street: PEOPLE.R.street,
      consent: '',
    }),
    responseTab: registrationForm.responseTab,
    responseRow: 3,
  });

  const row = (ref: string) => rowOf(tables, ref);
  // A's journey, a next action with her name, support, onward, courses; closed.
  clock.set(at('2024-01-15T10:00:00Z'));
  workerEdit(ports, CASES.name, row('DT-2024-0001'), 'Status', 'Contact opgenomen');
  workerEdit(ports, CASES.name, row('DT-2024-0001'), 'Volgende actie', 'Bel Fatima terug');
  addSupportSession(ports, {
    caseRef: 'DT-2024-0001',
    topic: 'Laptop',
    where: 'Digipunt',
    minutes: 30,
    who: WORKER,
    source: 'test',
    note: 'Laptop van Fatima hersteld',
  });
  addOnwardReferral(ports, {
    caseRef: 'DT-2024-0001',
    offer: 'Digispreekuur',
    organisation: 'Bibliotheek Eeklo',
    threshold: 'Schrik',
    wentAlong: 'ja',
  });
  const onward = tables.read('Doorverwijzingen naar aanbod').rows.at(-1)!;
  tables.update('Doorverwijzingen naar aanbod', onward.rowNumber, { Notitie: 'Fatima ging mee naar de bib' });
  tables.append(ATTENDANCE.name, [
    {
      'Vorming-ID': 'V-01',
      Sessie: 1,
      Datum: at('2024-02-01T14:00:00Z'),
      Dossiernummer: 'DT-2024-0001',
      Deelnemer: 'Fatima El Amrani',
      Telefoon: PEOPLE.A.phone,
      Aanwezig: 'ja',
    },
    {
      'Vorming-ID': 'V-01',
      Sessie: 2,
      Datum: at('2024-02-08T14:00:00Z'),
      Dossiernummer: '',
      Deelnemer: 'Fatima El Amrani',
      Telefoon: PEOPLE.A.phone,
      Aanwezig: 'ja',
    },
    {
      'Vorming-ID': 'V-01',
      Sessie: 2,
      Datum: at('2024-02-08T14:00:00Z'),
      Dossiernummer: '',
      Deelnemer: 'Karim Benali',
      Telefoon: '0489 66 66 66',
      Aanwezig: 'ja',
    },
  ]);
  tables.append(DEVICES.name, [
    {
      'Toestel-ID': 'S-1-1',
      Status: 'Uitgedeeld',
      'Toegewezen aan (soort)': 'Dossier',
      'Toegewezen aan': 'DT-2024-0001',
      'Uitgedeeld op': at('2024-02-10T10:00:00Z'),
      Schenker: 'Bakkerij Vandamme bv',
    },
  ]);
  clock.set(at('2024-03-04T10:00:00Z'));
  workerEdit(ports, CASES.name, row('DT-2024-0001'), 'Status', 'Afgesloten: geen interesse meer');
  // B: open, with a next action.
  workerEdit(ports, CASES.name, row('DT-2024-0002'), 'Status', 'Contact opgenomen');
  workerEdit(ports, CASES.name, row('DT-2024-0002'), 'Volgende actie', 'Jan belt zelf');
  addSupportSession(ports, {
    caseRef: 'DT-2024-0002',
    topic: 'E-mail',
    where: 'Thuis',
    minutes: 20,
    who: WORKER,
    source: 'test',
    note: 'Jan belt zelf',
  });
  // C: closed.
  clock.set(at('2024-03-06T10:00:00Z'));
  workerEdit(ports, CASES.name, row('DT-2024-0003'), 'Status', 'Contact opgenomen');
  workerEdit(ports, CASES.name, row('DT-2024-0003'), 'Status', 'Afgesloten: elders geholpen');
  // Letters batch tab of the letters feature, when it exists.
  tables.ensureTab({ name: LETTERS_TAB, headers: ['Batch', 'Dossiernummer', 'Naam', 'Adres', 'Verstuurd op'] });
  tables.append(LETTERS_TAB, [
    {
      Batch: 'B-1',
      Dossiernummer: 'DT-2024-0001',
      Naam: 'Fatima El Amrani',
      Adres: `${PEOPLE.A.street}, 9900 Eeklo`,
      'Verstuurd op': at('2024-02-01T09:00:00Z'),
    },
    {
      Batch: 'B-1',
      Dossiernummer: 'DT-2024-0002',
      Naam: 'Jan Peeters',
      Adres: `${PEOPLE.B.street}, 9880 Aalter`,
      'Verstuurd op': at('2024-02-01T09:00:00Z'),
    },
  ]);
  world.mailer.sent.length = 0;
  return world;
}

function deliver(
  tables: Tables,
  tab: string,
  answers: ReadonlyArray<Readonly<Record<string, unknown>>>,
  stamps: readonly string[],
) {
  const headers = ['Tijdstempel', ...Object.keys(answers[0])];
  tables.ensureTab({ name: tab, headers });
  tables.append(
    tab,
    answers.map((a, i) => ({
      Tijdstempel: at(stamps[i]),
      ...Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v ?? '')])),
    })),
  );
}

export function rowOf(tables: Tables, ref: string): number {
  const found = tables.read(CASES.name).rows.find((r) => cellText(r.values.Dossiernummer) === ref);
  if (!found) throw new Error(`no case ${ref}`);
  return found.rowNumber;
}

/** Every cell of every tab, as text. */
export function allText(tables: Tables & { tabNames(): string[] }): string {
  const parts: string[] = [];
  for (const tab of tables.tabNames()) {
    const snap = tables.read(tab);
    for (const r of snap.rows) for (const v of Object.values(r.values)) parts.push(cellText(v as Cell));
  }
  return parts.join('\n');
}

/**
 * Counts a report of past periods could make: cases per status, municipality, language, category and month;
 * mails per kind and status; log entries per column and new status; support per topic and month; courses per
 * session; referrals per organisation; registrations per channel; review rows per form; raw responses per tab;
 * devices per destination kind; unique people per domain.
 */
export function pastCounts(tables: Tables & { tabNames(): string[] }): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (key: string) => {
    out[key] = (out[key] ?? 0) + 1;
  };
  const month = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 7) : '');
  for (const r of tables.read(CASES.name).rows) {
    const v = r.values;
    add(
      `case|${cellText(v.Status)}|${cellText(v.Gemeente)}|${cellText(v.Postcode)}|${cellText(v.Taal)}|${cellText(v['Sociaal tarief'])}|${month(v['Aangemaakt op'])}|${month(v['Afgesloten op'])}|${month(v['Contact opgenomen op'])}`,
    );
  }
  for (const r of tables.read('Berichten').rows)
    add(`mail|${cellText(r.values.Soort)}|${cellText(r.values.Status)}|${cellText(r.values.Dossiernummer)}`);
  for (const r of tables.read('Logboek').rows) {
    const kolom = cellText(r.values.Kolom);
    add(`log|${kolom}|${kolom === 'Status' ? cellText(r.values.Nieuw) : ''}|${month(r.values.Tijdstip)}`);
  }
  for (const r of tables.read(SUPPORT.name).rows)
    add(`support|${cellText(r.values.Onderwerp)}|${cellText(r.values.Waar)}|${month(r.values.Datum)}`);
  for (const r of tables.read(ATTENDANCE.name).rows)
    add(`course|${cellText(r.values['Vorming-ID'])}|${cellText(r.values.Sessie)}|${cellText(r.values.Aanwezig)}`);
  for (const r of tables.read('Doorverwijzingen').rows)
    add(`referral|${cellText(r.values.Organisatie)}|${month(r.values['Ontvangen op'])}`);
  for (const r of tables.read('Aanmeldingen').rows) add(`registration|${cellText(r.values['Gehoord via'])}`);
  for (const r of tables.read('Te controleren').rows)
    add(`review|${cellText(r.values.Formulier)}|${cellText(r.values.Status)}`);
  for (const r of tables.read(DEVICES.name).rows)
    add(`device|${cellText(r.values['Toegewezen aan (soort)'])}|${cellText(r.values.Status)}`);
  for (const tab of tables.tabNames().filter((t) => t.startsWith('Antwoorden')))
    out[`responses|${tab}`] = tables.read(tab).rows.length;
  const reach = countUniquePeople(
    personRecords({
      cases: tables.read(CASES.name).rows,
      devices: tables.read(DEVICES.name).rows,
      support: tables.read(SUPPORT.name).rows,
      attendance: tables.read(ATTENDANCE.name).rows,
      since: null,
    }),
  );
  for (const [k, n] of Object.entries(reach)) out[`reach|${k}`] = n;
  return out;
}
