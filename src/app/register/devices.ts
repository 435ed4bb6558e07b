import { cellText, columnValues } from '../../domain/common/table';
import { deviceCount, deviceId } from '../../domain/register/devices';
import { DEVICES, DONATIONS } from '../../domain/register/tabs';
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
  if (!tables.hasTab(DONATIONS.name)) return { donations: 0, devicesCreated: 0 };
  const donations = tables.read(DONATIONS.name);
  const existing = new Set(columnValues(tables.read(DEVICES.name), 'Toestel-ID'));
  const rows: Row[] = [];
  let counted = 0;
  for (const donation of donations.rows) {
    const v = donation.values;
    const id = cellText(v['Schenking-ID']);
    if (!id) continue;
    counted++;
    const n = deviceCount(v['Aantal toestellen']);
    for (let i = 1; i <= n; i++) {
      const deviceRef = deviceId(id, i);
      if (existing.has(deviceRef)) continue;
      rows.push({
        'Toestel-ID': deviceRef,
        'Schenking-ID': id,
        'Ontvangen op': v['Ontvangen op'] ?? '',
        Schenker: v.Schenker ?? '',
        'Soort toestel': v['Soort toestel'] ?? '',
        Status: 'Geschonken',
        'Gelogde status': 'Geschonken',
      });
    }
  }
  if (rows.length > 0) tables.append(DEVICES.name, rows);
  ports.audit.log('devices.from-donations', { donations: counted, created: rows.length });
  return { donations: counted, devicesCreated: rows.length };
}
