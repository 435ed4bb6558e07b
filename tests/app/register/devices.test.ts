import { devicesFromDonations, summariseDevices } from '../../../src/app/register/devices';
import { checkDevice, MAX_DEVICES_PER_DONATION } from '../../../src/domain/register/devices';
import {
  CHROMEBOOK_BATCHES,
  DEVICES,
  DEVICES_PER_DESTINATION,
  DONATIONS,
  LOGBOOK,
} from '../../../src/domain/register/tabs';
import { registerWorld, workerEdit } from '../../support/registerWorld';

function world() {
  const w = registerWorld(0);
  w.tables.ensureTab(DONATIONS);
  w.tables.append(DONATIONS.name, [
    {
      'Schenking-ID': 'S-0001',
      'Ontvangen op': new Date('2026-11-04T10:00:00'),
      Schenker: 'Bakkerij Van Damme',
      'Aantal toestellen': 3,
      'Soort toestel': 'Laptop',
    },
    { 'Schenking-ID': 'S-0002', Schenker: 'Mevr. Claeys', 'Aantal toestellen': '', 'Soort toestel': 'Tablet' },
  ]);
  return w;
}

const device = (w: ReturnType<typeof world>, id: string) =>
  w.tables.read(DEVICES.name).rows.find((r) => r.values['Toestel-ID'] === id)!;

describe('devices: chain of custody', () => {
  it('makes one row per donated device, once', () => {
    const w = world();
    expect(devicesFromDonations(w.ports)).toEqual({ donations: 2, devicesCreated: 4 });
    expect(w.tables.read(DEVICES.name).rows.map((r) => [r.values['Toestel-ID'], r.values.Status])).toEqual([
      ['S-0001-1', 'Geschonken'],
      ['S-0001-2', 'Geschonken'],
      ['S-0001-3', 'Geschonken'],
      ['S-0002-1', 'Geschonken'],
    ]);
    expect(devicesFromDonations(w.ports)).toEqual({ donations: 2, devicesCreated: 0 });
    // A correction of the count adds only what is missing.
    w.tables.update(DONATIONS.name, 2, { 'Aantal toestellen': 4 });
    expect(devicesFromDonations(w.ports).devicesCreated).toBe(1);
  });

  it("reads the donation form's own column names too", () => {
    const w = registerWorld(0);
    w.tables.ensureTab({
      name: 'Schenkingen',
      headers: ['Schenkingsnummer', 'Schenker', 'Aantal toestellen', 'Soort toestellen'],
    });
    w.tables.append('Schenkingen', [
      { Schenkingsnummer: 'SCH-7', Schenker: 'Firma X', 'Aantal toestellen': 2, 'Soort toestellen': 'Laptop' },
    ]);
    expect(devicesFromDonations(w.ports)).toEqual({ donations: 1, devicesCreated: 2 });
    expect(device(w as ReturnType<typeof world>, 'SCH-7-2').values).toMatchObject({
      Schenker: 'Firma X',
      'Soort toestel': 'Laptop',
    });
  });

  it('does nothing without a Schenkingen tab', () => {
    expect(devicesFromDonations(registerWorld(0).ports)).toEqual({ donations: 0, devicesCreated: 0 });
  });

  it('caps a typo like 1000 devices', () => {
    const w = registerWorld(0);
    w.tables.ensureTab(DONATIONS);
    w.tables.append(DONATIONS.name, [{ 'Schenking-ID': 'S-9', 'Aantal toestellen': 1000 }]);
    expect(devicesFromDonations(w.ports).devicesCreated).toBe(MAX_DEVICES_PER_DONATION);
  });

  it('refuses hand-out without a wipe certificate: status put back, note, both changes logged', () => {
    const w = world();
    devicesFromDonations(w.ports);
    const row = device(w, 'S-0001-1').rowNumber;
    workerEdit(w.ports, DEVICES.name, row, 'Status', 'Bij refurbisher');
    w.tables.update(DEVICES.name, row, { 'Toegewezen aan (soort)': 'Dossier', 'Toegewezen aan': 'DT-2026-0001' });
    const result = workerEdit(w.ports, DEVICES.name, row, 'Status', 'Uitgedeeld');
    const values = device(w, 'S-0001-1').values;
    expect(values.Status).toBe('Bij refurbisher');
    expect(values.Melding).toContain('wisbewijs');
    expect(values['Uitgedeeld op']).toBe('');
    expect(result.notes[0]).toMatchObject({ revertedTo: 'Bij refurbisher' });
    const logs = w.tables.read(LOGBOOK.name).rows.map((r) => [r.values.Oud, r.values.Nieuw, r.values.Door]);
    expect(logs.slice(-2)).toEqual([
      ['Bij refurbisher', 'Uitgedeeld', 'projectmedewerker@dekring.example'],
      ['Uitgedeeld', 'Bij refurbisher', 'script'],
    ]);
  });

  it('walks the whole chain with a certificate and stamps each date', () => {
    const w = world();
    devicesFromDonations(w.ports);
    const row = device(w, 'S-0001-2').rowNumber;
    w.tables.update(DEVICES.name, row, { Refurbisher: 'CTG Circular', 'Batch refurbisher': 'CTG-2026-11' });
    workerEdit(w.ports, DEVICES.name, row, 'Status', 'Bij refurbisher');
    workerEdit(w.ports, DEVICES.name, row, 'Serienummer', 'PF3KX21');
    workerEdit(w.ports, DEVICES.name, row, 'Wisbewijs', 'CTG-WIPE-88412');
    for (const s of ['Gewist', 'Klaar']) workerEdit(w.ports, DEVICES.name, row, 'Status', s);
    w.tables.update(DEVICES.name, row, { 'Toegewezen aan (soort)': 'School', 'Toegewezen aan': 'GO! Atheneum Eeklo' });
    for (const s of ['Toegewezen', 'Uitgedeeld']) workerEdit(w.ports, DEVICES.name, row, 'Status', s);
    const values = device(w, 'S-0001-2').values;
    expect(values.Status).toBe('Uitgedeeld');
    expect(values.Melding).toBe('');
    for (const c of ['Gewist op', 'Klaar op', 'Toegewezen op', 'Uitgedeeld op']) expect(values[c]).toBeInstanceOf(Date);
  });

  it('checks every rule of the chain', () => {
    const wiped = { Wisbewijs: 'C-1', Serienummer: 'SN1' };
    expect(checkDevice({}, 'Bij refurbisher', 'Geschonken')).toEqual({ ok: true, milestone: null });
    expect(checkDevice({}, 'Gewist', 'Bij refurbisher')).toMatchObject({ ok: false });
    expect(checkDevice({ Wisbewijs: 'C-1' }, 'Klaar', 'Gewist')).toMatchObject({ ok: false });
    expect(checkDevice(wiped, 'Klaar', 'Gewist')).toEqual({ ok: true, milestone: 'Klaar op' });
    expect(checkDevice(wiped, 'Toegewezen', 'Klaar')).toMatchObject({ ok: false });
    expect(
      checkDevice(
        { ...wiped, 'Toegewezen aan': 'Sociaal Huis Eeklo', 'Toegewezen aan (soort)': 'Sociaal Huis' },
        'Uitgedeeld',
        'Toegewezen',
      ),
    ).toEqual({ ok: true, milestone: 'Uitgedeeld op' });
    expect(checkDevice(wiped, 'Kapot', 'Klaar')).toMatchObject({ ok: false });
  });

  it('tracks a Chromebook request batch to distribution, with counts per school', () => {
    const w = registerWorld(0);
    w.tables.append(CHROMEBOOK_BATCHES.name, [
      { Aanvraag: 'CB-2026', 'Aantal aangevraagd': 75, 'Aantal ontvangen': 3, 'Ontvangen op': new Date('2026-11-16') },
    ]);
    expect(devicesFromDonations(w.ports).devicesCreated).toBe(3);
    const rows = w.tables.read(DEVICES.name).rows;
    expect(rows.map((r) => [r.values['Toestel-ID'], r.values.Status, r.values.Wisbewijs])).toEqual([
      ['CB-2026-1', 'Klaar', 'Nieuw toestel'],
      ['CB-2026-2', 'Klaar', 'Nieuw toestel'],
      ['CB-2026-3', 'Klaar', 'Nieuw toestel'],
    ]);
    const schools = ['GO! Atheneum Eeklo', 'GO! Atheneum Eeklo', 'Basisschool De Vlindertuin'];
    rows.forEach((r, i) => {
      workerEdit(w.ports, DEVICES.name, r.rowNumber, 'Serienummer', `CB${i}`);
      w.tables.update(DEVICES.name, r.rowNumber, { 'Toegewezen aan (soort)': 'School', 'Toegewezen aan': schools[i] });
      workerEdit(w.ports, DEVICES.name, r.rowNumber, 'Status', 'Toegewezen');
    });
    workerEdit(w.ports, DEVICES.name, rows[0].rowNumber, 'Status', 'Uitgedeeld');
    summariseDevices(w.ports);
    expect(w.tables.read(DEVICES_PER_DESTINATION.name).rows.map((r) => Object.values(r.values))).toEqual([
      ['School', 'Basisschool De Vlindertuin', 'Chromebook', 1, 0],
      ['School', 'GO! Atheneum Eeklo', 'Chromebook', 2, 1],
    ]);
    expect(w.tables.read(CHROMEBOOK_BATCHES.name).rows[0].values).toMatchObject({
      'Aantal toegewezen': 3,
      'Aantal uitgedeeld': 1,
    });
    expect(devicesFromDonations(w.ports).devicesCreated).toBe(0);
  });
});
