import { cellText, columnValues } from '../../domain/common/table';
import {
  countPerDestination,
  deviceCount,
  deviceId,
  donationField,
  NEW_DEVICE_WIPE,
} from '../../domain/register/devices';
import { CHROMEBOOK_BATCHES, DEVICES, DEVICES_PER_DESTINATION, DONATIONS } from '../../domain/register/tabs';
import type { Ports, Row } from '../../ports';

export interface DevicesFromDonationsReport {
  donations: number;
  devicesCreated: number;
}

/**
 * Menu "Toestellen aanmaken uit schenkingen": one Toestellen row per donated device, status Geschonken.
 * Idempotent: device ids are derived from the donation id (`S-12-1`, `S-12-2`, …), so a rerun only adds
 * the devices that are missing. Two reads and at most one write.
 */
export function devicesFromDonations(ports: Ports): DevicesFromDonationsReport {
  const { tables } = ports;
  const existing = new Set(columnValues(tables.read(DEVICES.name), 'Toestel-ID'));
  const rows: Row[] = chromebookDevices(ports, existing);
  let counted = 0;
  const donations = tables.hasTab(DONATIONS.name) ? tables.read(DONATIONS.name).rows : [];
  for (const donation of donations) {
    const v = donation.values;
    const id = cellText(donationField(v, 'id'));
    if (!id) continue;
    counted++;
    const n = deviceCount(donationField(v, 'count'));
    for (let i = 1; i <= n; i++) {
      const deviceRef = deviceId(id, i);
      if (existing.has(deviceRef)) continue;
      rows.push({
        'Toestel-ID': deviceRef,
        'Schenking-ID': id,
        'Ontvangen op': donationField(v, 'receivedAt'),
        Schenker: donationField(v, 'donor'),
        'Soort toestel': donationField(v, 'kind'),
        Status: 'Geschonken',
        'Gelogde status': 'Geschonken',
      });
    }
  }
  if (rows.length > 0) tables.append(DEVICES.name, rows);
  ports.audit.log('devices.from-donations', { donations: counted, created: rows.length });
  return { donations: counted, devicesCreated: rows.length };
}

/**
 * New Chromebooks of a request batch: one device row per received Chromebook (`Aantal ontvangen`), ready to
 * allocate. A new device needs no wipe: its wipe confirmation says "Nieuw toestel". The serial number is
 * still needed before it is allocated.
 */
function chromebookDevices(ports: Ports, existing: Set<string>): Row[] {
  const rows: Row[] = [];
  for (const batch of ports.tables.read(CHROMEBOOK_BATCHES.name).rows) {
    const v = batch.values;
    const id = cellText(v.Aanvraag);
    const received = Number(cellText(v['Aantal ontvangen']));
    if (!id || !Number.isInteger(received) || received < 1) continue;
    for (let i = 1; i <= Math.min(received, 500); i++) {
      const deviceRef = deviceId(id, i);
      if (existing.has(deviceRef)) continue;
      rows.push({
        'Toestel-ID': deviceRef,
        'Schenking-ID': id,
        'Ontvangen op': v['Ontvangen op'] ?? '',
        Schenker: 'Chromebookaanvraag',
        'Soort toestel': 'Chromebook',
        Status: 'Klaar',
        Wisbewijs: NEW_DEVICE_WIPE,
        'Gelogde status': 'Klaar',
      });
    }
  }
  return rows;
}

/**
 * Counts per destination (schools, Sociaal Huis, households) into the view tab, and per Chromebook batch
 * how many were allocated and handed out. Three reads, one rewrite, one update per batch.
 */
export function summariseDevices(ports: Ports): { destinations: number; batches: number } {
  const { tables } = ports;
  const devices = tables.read(DEVICES.name).rows;
  const counts = countPerDestination(devices);
  tables.replaceRows(
    DEVICES_PER_DESTINATION.name,
    counts.map((c) => ({
      'Soort bestemming': c.kind,
      Bestemming: c.destination,
      'Soort toestel': c.deviceKind,
      Toegewezen: c.allocated,
      Uitgedeeld: c.handedOut,
    })),
  );
  const batches = tables.read(CHROMEBOOK_BATCHES.name).rows;
  for (const batch of batches) {
    const id = cellText(batch.values.Aanvraag);
    if (!id) continue;
    const own = devices.filter((d) => cellText(d.values['Schenking-ID']) === id);
    const allocated = own.filter((d) => ['Toegewezen', 'Uitgedeeld'].includes(cellText(d.values.Status))).length;
    const handedOut = own.filter((d) => cellText(d.values.Status) === 'Uitgedeeld').length;
    if (batch.values['Aantal toegewezen'] !== allocated || batch.values['Aantal uitgedeeld'] !== handedOut)
      tables.update(CHROMEBOOK_BATCHES.name, batch.rowNumber, {
        'Aantal toegewezen': allocated,
        'Aantal uitgedeeld': handedOut,
      });
  }
  return { destinations: counts.length, batches: batches.length };
}
