import { countUniquePeople, DOMAINS, personRecords } from '../../domain/register/reach';
import { readRegisterSettings } from '../../domain/register/settings';
import { ATTENDANCE, DEVICES, REACH, SUPPORT } from '../../domain/register/tabs';
import { CASES, SETTINGS } from '../../domain/tabs';
import type { Ports } from '../../ports';

function parseDay(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
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
      since: parseDay(settings.projectStart),
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
