import type { Cell, Row } from '../../ports';
import { cellText } from '../common/table';

/**
 * Devices, chain of custody: donation → refurbisher batch → wipe confirmed (certificate reference per
 * serial number) → ready → allocated (school, Sociaal Huis or a case) → handed out.
 * The one hard rule: no device is wiped, ready, allocated or handed out without a wipe certificate.
 */

export const DEVICE_STATUSES = [
  'Geschonken',
  'Bij refurbisher',
  'Gewist',
  'Klaar',
  'Toegewezen',
  'Uitgedeeld',
  'Afgekeurd',
] as const;

export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const REFURBISHERS = ['Ondernemers voor een Warm België', 'CTG Circular', 'Andere'] as const;
export const ALLOCATION_KINDS = ['School', 'Sociaal Huis', 'Dossier'] as const;

/** The date column stamped when a device first reaches a status. */
export const DEVICE_MILESTONE: Readonly<Record<string, string>> = {
  Gewist: 'Gewist op',
  Klaar: 'Klaar op',
  Toegewezen: 'Toegewezen op',
  Uitgedeeld: 'Uitgedeeld op',
};

/** Statuses that need a wipe certificate first. */
const NEEDS_WIPE: ReadonlySet<string> = new Set(['Gewist', 'Klaar', 'Toegewezen', 'Uitgedeeld']);
const NEEDS_ALLOCATION: ReadonlySet<string> = new Set(['Toegewezen', 'Uitgedeeld']);

export const DEVICE_NOTES = {
  unknown: (value: string) => `"${value}" staat niet in de lijst met statussen van toestellen. Kies uit de lijst.`,
  noWipe: (status: string, back: string) =>
    `"${status}" kan pas met een wisbewijs. Vul eerst het nummer van het wiscertificaat in bij "Wisbewijs". De status staat terug op "${back}".`,
  noSerial: (status: string, back: string) =>
    `"${status}" kan pas met een serienummer: het wisbewijs hoort bij één toestel. De status staat terug op "${back}".`,
  noAllocation: (status: string, back: string) =>
    `"${status}" kan pas als "Toegewezen aan" en "Toegewezen aan (soort)" ingevuld zijn. De status staat terug op "${back}".`,
} as const;

export type DeviceCheck = { ok: true; milestone: string | null } | { ok: false; note: string };

/**
 * Checks a device row that now has `status`. `previous` is where the status is put back when the rule is
 * broken (the chain of custody is a hard rule, unlike the journey, so the change is undone with a note).
 */
export function checkDevice(values: Row, status: string, previous: string): DeviceCheck {
  const back = previous || 'Geschonken';
  if (status === '') return { ok: true, milestone: null };
  if (!(DEVICE_STATUSES as readonly string[]).includes(status))
    return { ok: false, note: DEVICE_NOTES.unknown(status) };
  if (NEEDS_WIPE.has(status)) {
    if (cellText(values.Wisbewijs) === '') return { ok: false, note: DEVICE_NOTES.noWipe(status, back) };
    if (cellText(values.Serienummer) === '') return { ok: false, note: DEVICE_NOTES.noSerial(status, back) };
  }
  if (NEEDS_ALLOCATION.has(status)) {
    if (cellText(values['Toegewezen aan']) === '' || cellText(values['Toegewezen aan (soort)']) === '')
      return { ok: false, note: DEVICE_NOTES.noAllocation(status, back) };
  }
  return { ok: true, milestone: DEVICE_MILESTONE[status] ?? null };
}

/** One device row per device of a donation, numbered after the donation: `S-12-1`, `S-12-2`, … */
export const deviceId = (donationId: string, index: number) => `${donationId}-${index}`;

/** Upper bound of devices made from one donation row (a typo like 1000 must not flood the tab). */
export const MAX_DEVICES_PER_DONATION = 100;

export function deviceCount(value: unknown): number {
  const n = Number(cellText(value as Row[string]));
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, MAX_DEVICES_PER_DONATION);
}

/** Header names of a donation field: the agreed one first, then names the donation form may use. */
export const DONATION_ALIASES = {
  id: ['Schenking-ID', 'Schenkingsnummer'],
  receivedAt: ['Ontvangen op'],
  donor: ['Schenker'],
  count: ['Aantal toestellen'],
  kind: ['Soort toestel', 'Soort toestellen'],
} as const;

export function donationField(values: Row, field: keyof typeof DONATION_ALIASES): Cell {
  for (const header of DONATION_ALIASES[field]) {
    const value = values[header];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return '';
}

/** The wipe confirmation of a device that was never used (a new Chromebook from a request batch). */
export const NEW_DEVICE_WIPE = 'Nieuw toestel';

export interface DestinationCount {
  kind: string;
  destination: string;
  deviceKind: string;
  allocated: number;
  handedOut: number;
}

/**
 * Devices allocated (Toegewezen or Uitgedeeld) and handed out, per destination and kind of device. Devices
 * for households are one line "Gezinnen" (no case numbers in a summary).
 */
export function countPerDestination(devices: readonly { values: Row }[]): DestinationCount[] {
  const map = new Map<string, DestinationCount>();
  for (const { values } of devices) {
    const status = cellText(values.Status);
    if (status !== 'Toegewezen' && status !== 'Uitgedeeld') continue;
    const kind = cellText(values['Toegewezen aan (soort)']);
    const destination = kind === 'Dossier' ? 'Gezinnen' : cellText(values['Toegewezen aan']);
    const deviceKind = cellText(values['Soort toestel']) || 'Onbekend';
    const key = `${kind}|${destination}|${deviceKind}`;
    const entry = map.get(key) ?? { kind, destination, deviceKind, allocated: 0, handedOut: 0 };
    entry.allocated++;
    if (status === 'Uitgedeeld') entry.handedOut++;
    map.set(key, entry);
  }
  return [...map.values()].sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) ||
      a.destination.localeCompare(b.destination) ||
      a.deviceKind.localeCompare(b.deviceKind),
  );
}
