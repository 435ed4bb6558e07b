import { registrationForm } from '../../forms/registration';
import { brusselsMidnight } from '../../src/domain/dashboard/calendar';
import type { CellValue, GasWorld } from '../fakes';
import { letters } from '../support/dashboardWorld';
import { registrationAnswers } from '../support/formAnswers';
import { leaks, personalValues } from '../support/personalValues';
import { loadBundle, tabRows } from './harness';

/**
 * The built bundle in a vm with the Apps Script fakes: the monthly trigger makes last month's snapshot and
 * sends the project-group summary once (Charts-service PNGs inline, the PDF attached), the Dashboard tab gets
 * embedded charts, the menu's preview goes to the worker only, a resend needs a yes, and nothing personal
 * reaches any of it.
 */

const at = (y: number, m: number, d: number, h = 10) => new Date(brusselsMidnight(y, m, d).getTime() + h * 3_600_000);

function appendRows(world: GasWorld, tab: string, rows: Record<string, unknown>[]): void {
  const sheet = world.sheet(tab);
  const headers = world.sheetValues(tab)[0].map(String);
  let row = sheet.getLastRow();
  for (const values of rows) {
    row++;
    for (const [key, value] of Object.entries(values)) {
      const column = headers.indexOf(key) + 1;
      if (column < 1) throw new Error(`no column ${key} in ${tab}`);
      sheet.grid.edit(row, column).value = value as CellValue;
    }
  }
}

function setSetting(world: GasWorld, key: string, value: string): void {
  const values = world.sheetValues('Instellingen');
  const row = values.findIndex((r) => r[0] === key) + 1;
  if (row < 1) throw new Error(`no setting ${key}`);
  world.sheet('Instellingen').grid.edit(row, 2).value = value;
}

const PARTNERS = ['Sociaal Huis Eeklo (OCMW)', 'CAW Oost-Vlaanderen', 'Kind en Gezin Eeklo'];
const TOPICS = ['Toestel', 'App', 'itsme'];

/** October 2026: 30 households with journeys, referrals, support, devices and scans; names that must never leak. */
function seedOctober(world: GasWorld): void {
  const cases: Record<string, unknown>[] = [];
  const referrals: Record<string, unknown>[] = [];
  const support: Record<string, unknown>[] = [];
  const scans: Record<string, unknown>[] = [];
  for (let i = 1; i <= 30; i++) {
    const ref = `DT-2026-${String(i).padStart(4, '0')}`;
    const created = at(2026, 10, 1 + (i % 20));
    const day = (d: number) => new Date(created.getTime() + d * 86_400_000);
    cases.push({
      Dossiernummer: ref,
      'Aangemaakt op': created,
      Voornaam: `Zoraïde${letters(i)}`,
      Familienaam: `Vandermeulebroecke${letters(i)}`,
      Telefoon: `0470 99 88 ${String(i).padStart(2, '0')}`,
      'E-mail': `gezin${i}@privé.example`,
      'Straat en nummer': `Geheimstraat ${i}`,
      Postcode: '9900',
      Notities: `Vertrouwelijke notitie ${i}`,
      Bron: i % 4 === 0 ? 'Aanmelding' : 'Doorverwijzing',
      Status: i <= 20 ? 'Actief' : 'Contact opgenomen',
      'Contact opgenomen op': day(1),
      'Actief op': i <= 20 ? day(6) : '',
      'Aanvraag ingediend op': i <= 22 ? day(3) : '',
    });
    referrals.push({
      'Antwoord-ID': `r${i}`,
      'Ontvangen op': created,
      Dossiernummer: ref,
      Organisatie: PARTNERS[i % 3],
      'Naam doorverwijzer': `Doorverwijzer Quirinus${i}`,
      'E-mail doorverwijzer': `quirinus${i}@partner.example`,
    });
    support.push({
      'Sessie-ID': `OS-${i}`,
      Datum: day(2),
      Dossiernummer: ref,
      Onderwerp: TOPICS[i % 3],
      Notitie: `Hielp met brief van Zoraïde${letters(i)}`,
    });
    scans.push({
      'Scan-ID': `DS-${i}`,
      Datum: day(1),
      Dossiernummer: ref,
      Moment: 'Begin',
      'Internet thuis': i % 2 ? 'Nee' : 'Ja',
      'E-mail openen': 'Met hulp',
    });
  }
  appendRows(world, 'Dossiers', cases);
  appendRows(world, 'Doorverwijzingen', referrals);
  appendRows(world, 'Ondersteuning', support);
  appendRows(world, 'Drempelscan', scans);
}

function boot() {
  const { world } = loadBundle({ now: at(2026, 10, 5, 9), mailQuota: 100 });
  world.run('setup');
  setSetting(world, 'Start project', '2026-01-01');
  setSetting(world, 'Projectgroep: e-mailadressen', 'voorzitter@projectgroep.example, schepen@stad.example');
  setSetting(world, 'E-mail projectmedewerker', 'medewerker@dekring.example');
  seedOctober(world);
  world.sentMails.length = 0;
  return world;
}

/** Runs the time-driven triggers due at `moment`. */
function triggersAt(world: GasWorld, moment: Date): void {
  world.setNow(moment);
  world.runClockTriggers();
}

function allTabsText(world: GasWorld, names: readonly string[]): string {
  return names.map((n) => JSON.stringify(world.sheetValues(n))).join('\n');
}

describe('bundle: monthly dashboard and project-group summary', () => {
  it('setup installs one daily dashboard trigger at 6:00 and the menu has Voorbeeld bekijken and Versturen', () => {
    const world = boot();
    world.run('setup');
    const daily = world.triggers.filter((t) => t.handler === 'dashboardDaily');
    expect(daily).toHaveLength(1);
    world.run('onOpen');
    const captions = world.menus[0].items.map((i) => i.caption);
    expect(captions).toEqual(
      expect.arrayContaining([
        'Maandoverzicht: Voorbeeld bekijken',
        'Maandoverzicht: Versturen naar de projectgroep',
        'Dashboard bijwerken',
      ]),
    );
  });

  it('on the first working day the trigger makes the snapshot and sends the summary once; charts, PDF, no personal data', () => {
    const world = boot();
    // 30 October: the Dashboard tab shows October so far; nothing is sent (not the first working day of a month).
    triggersAt(world, at(2026, 10, 30, 6));
    expect(world.sentMails.filter((m) => m.subject.includes('overzicht'))).toHaveLength(0);
    expect(world.sheetNames()).toContain('Dashboard');
    // Monday 2 November 2026 is the first working day (1 November is a Sunday and All Saints).
    triggersAt(world, at(2026, 11, 2, 6));
    const summaries = world.sentMails.filter((m) => m.subject.includes('oktober 2026'));
    expect(summaries.map((m) => m.to).sort()).toEqual(['schepen@stad.example', 'voorzitter@projectgroep.example']);
    const mail = summaries[0];
    expect(mail.subject).toBe('Allemaal Digi.Taal: overzicht oktober 2026');
    expect(mail.body).toContain('In oktober 2026 kwamen 30 nieuwe gezinnen bij ons.');
    // The PDF is Google's conversion of the report's HTML page; the charts come from the Charts service.
    const pdf = mail.attachments?.[0];
    expect(pdf?.name).toBe('overzicht-2026-10.pdf');
    expect(pdf?.contentType).toBe('application/pdf');
    // The fake's PDF holds the page's visible text (the bytes travel: getBytes, then a new blob); its charts are
    // embedded as data: URIs, the only images the stand-in shows (docs/fakes.md).
    const pdfText = pdf?.data.toString('utf8') ?? '';
    expect(pdfText.startsWith('%PDF-1.4\n% fake conversion of text/html\n')).toBe(true);
    expect(pdfText).toContain('Allemaal Digi.Taal – overzicht oktober 2026');
    expect(pdfText).toContain('[image image/png]');
    expect(pdfText).not.toContain('image not loaded');
    const images = Object.entries(mail.inlineImages ?? {});
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const [cid, blob] of images) {
      expect(mail.htmlBody).toContain(`cid:${cid}`);
      expect(blob.data.subarray(0, 4).toString('latin1')).toBe('\u0089PNG');
    }
    expect(world.builtCharts.length).toBeGreaterThanOrEqual(3);
    // The snapshot tab and the record of what was published.
    expect(world.sheetNames()).toEqual(expect.arrayContaining(['Dashboard 2026-10', 'Dashboardcijfers']));
    const berichten = tabRows(world, 'Berichten').filter((r) =>
      String(r['Bericht-ID']).startsWith('maandoverzicht-2026-10'),
    );
    expect(berichten.map((r) => r.Status)).toEqual(['Verstuurd', 'Verstuurd']);
    // Embedded charts beside the Dashboard's table and the snapshot's.
    expect(world.sheet('Dashboard').charts).toHaveLength(3);
    expect(world.sheet('Dashboard 2026-10').charts).toHaveLength(3);
    // Nothing personal anywhere: e-mails, the PDF's page, the charts' data, the report tabs.
    const tabs: Record<string, { headers: string[]; rows: CellValue[][] }> = {};
    for (const name of world.sheetNames()) {
      const [headers = [], ...rows] = world.sheetValues(name);
      tabs[name] = { headers: headers.map(String), rows };
    }
    const personal = personalValues(tabs);
    expect(personal.length).toBeGreaterThan(150);
    const outputs = [
      ...summaries.flatMap((m) => [m.subject, m.body, m.htmlBody ?? '']),
      pdfText,
      JSON.stringify(world.builtCharts.map((c) => [c.title, c.table.rows])),
      allTabsText(world, ['Dashboard', 'Dashboard 2026-10', 'Dashboardcijfers']),
    ].join('\n');
    expect(leaks(outputs, personal)).toEqual([]);

    // The next days: nothing is sent again.
    triggersAt(world, at(2026, 11, 3, 6));
    triggersAt(world, at(2026, 11, 4, 6));
    expect(world.sentMails.filter((m) => m.subject.includes('oktober 2026'))).toHaveLength(2);
    // Every lock was released after its writes were flushed.
    expect(world.unflushedLockReleases).toEqual([]);
  });

  it('the snapshot never changes: later edits to October change the Dashboard, not "Dashboard 2026-10"', () => {
    const world = boot();
    triggersAt(world, at(2026, 11, 2, 6));
    const snapshot = world.sheetValues('Dashboard 2026-10');
    const ledger = world.sheetValues('Dashboardcijfers');
    // The worker back-dates five more households into October, then the days go on.
    appendRows(
      world,
      'Dossiers',
      [31, 32, 33, 34, 35].map((i) => ({
        Dossiernummer: `DT-2026-00${i}`,
        'Aangemaakt op': at(2026, 10, 12),
        Bron: 'Aanmelding',
      })),
    );
    triggersAt(world, at(2026, 11, 3, 6));
    world.run('refreshDashboardFromMenu');
    world.answerAlerts('NO');
    world.run('sendMonthlySummary');
    expect(world.sheetValues('Dashboard 2026-10')).toEqual(snapshot);
    expect(world.sheetValues('Dashboardcijfers')).toEqual(ledger);
  });

  it('Versturen when it went out already asks first: no sends nothing, yes sends one new round', () => {
    const world = boot();
    triggersAt(world, at(2026, 11, 2, 6));
    const before = world.sentMails.length;
    world.answerAlerts('NO');
    world.run('sendMonthlySummary');
    expect(world.sentMails.length).toBe(before);
    expect(world.alerts.at(-2)?.prompt).toContain('al naar de projectgroep gestuurd');
    world.answerAlerts('YES');
    world.run('sendMonthlySummary');
    expect(world.sentMails.length).toBe(before + 2);
    const ids = tabRows(world, 'Berichten').map((r) => String(r['Bericht-ID']));
    expect(ids.filter((id) => id.startsWith('maandoverzicht-2026-10-opnieuw-1-'))).toHaveLength(2);
  });

  it('Voorbeeld bekijken goes to the worker only and records nothing', () => {
    const world = boot();
    world.setNow(at(2026, 11, 2, 9));
    world.run('previewMonthlySummary');
    expect(world.sentMails.map((m) => m.to)).toEqual(['medewerker@dekring.example']);
    expect(world.sentMails[0].subject).toMatch(/^VOORBEELD/);
    expect(world.sheetNames()).not.toContain('Dashboard 2026-10');
    expect(world.sheetValues('Dashboardcijfers')).toHaveLength(1);
  });

  it('the yearly report for the funder is one click: a PDF to the worker', () => {
    const world = boot();
    world.setNow(at(2026, 11, 2, 9));
    world.run('mailYearReport');
    const mail = world.sentMails.at(-1);
    expect(mail?.to).toBe('medewerker@dekring.example');
    expect(mail?.subject).toContain('projectjaar 1');
    expect(mail?.attachments?.[0].contentType).toBe('application/pdf');
  });

  it('a self-registration with quick-scan answers becomes a start scan in Drempelscan', () => {
    const world = boot();
    const formId = world.properties[`form.${registrationForm.key}.id`];
    world.submitForm(
      formId,
      registrationAnswers({ scanInternet: 'Nee', scanEmail: 'Met hulp' }) as Record<string, string | string[]>,
    );
    const scans = tabRows(world, 'Drempelscan').filter((r) => r.Bron === 'Aanmeldingsformulier');
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({
      Moment: 'Begin',
      'Internet thuis': 'Nee',
      'E-mail openen': 'Met hulp',
      Videobellen: '',
    });
  });
});
