import { dayToDate, parseDay } from '../../domain/common/day';
import { countUniquePeople, DOMAINS, personRecords } from '../../domain/register/reach';
import { readRegisterSettings } from '../../domain/register/settings';
import { ATTENDANCE, DEVICES, REACH, SUPPORT } from '../../domain/register/tabs';
import { CASES, SETTINGS } from '../../domain/tabs';
import type { Ports } from '../../ports';

/** The project's start day, however the worker wrote it (2025-01-01, 1/01/2025, or a date cell). */
function startDay(text: string): Date | null {
  const day = parseDay(text);
  return day ? dayToDate(day) : null;
}

/** Menu "Uniek bereik berekenen": counts unique people and rewrites the Bereik view. */
export function computeReach(ports: Ports): Record<string, number> {
  const t = ports.tables;
  const settings = readRegisterSettings(t.read(SETTINGS.name));
  const counts = countUniquePeople(
    personRecords({
      cases: t.read(CASES.name).rows,
      devices: t.read(DEVICES.name).rows,
      support: t.read(SUPPORT.name).rows,
      attendance: t.read(ATTENDANCE.name).rows,
      since: startDay(settings.projectStart),
    }),
  );
  const now = ports.clock.now();
  t.replaceRows(REACH.name, [
    ...DOMAINS.map((d) => ({ Domein: d, 'Unieke personen': counts[d], 'Berekend op': now })),
    { Domein: 'Totaal (zonder dubbels)', 'Unieke personen': counts.Totaal, 'Berekend op': now },
  ]);
  ports.audit.log('reach.computed', counts);
  return counts;
}
