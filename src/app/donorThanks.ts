import { cellText, firstRowWhere } from '../domain/common/table';
import { thanksMail } from '../domain/donation/thanksMail';
import { DONATIONS } from '../domain/intakeTabs';
import { MAIL_KIND } from '../domain/messages/status';
import { readSettings } from '../domain/settings/settings';
import { MESSAGES, SETTINGS } from '../domain/tabs';
import type { Cell, Ports } from '../ports';
import { type DeliveryResult, deliverOnce, type QueuedMail } from './outbox';

/** Id of the thank-you e-mail to a donor in Berichten: one per donation (its response key). */
export const THANKS_PREFIX = 'bedankt-';

/** The thank-you as the Schenkingen row tells it (so it can be written again for a mail that waited). */
function thanksFromRecord(record: Record<string, Cell>, key: string, ports: Ports): QueuedMail | null {
  const to = cellText(record['E-mail']);
  if (to === '') return null;
  const ref = cellText(record.Schenkingsnummer);
  return {
    id: `${THANKS_PREFIX}${key}`,
    caseRef: ref,
    kind: MAIL_KIND.donorThanks,
    mail: thanksMail({
      to,
      contactName: cellText(record.Contactpersoon),
      ref,
      deviceCount: Number(record['Aantal toestellen']) || 0,
      deviceKinds: cellText(record['Soort toestellen']).toLowerCase(),
      pickup: /ophalen/i.test(cellText(record['Afgeven of ophalen'])),
      settings: readSettings(ports.tables.read(SETTINGS.name)),
    }),
  };
}

/** Thanks the donor once (when an e-mail address was given): the donation form promises it. */
export function thankDonor(ports: Ports, record: Record<string, Cell>, key: string): DeliveryResult | 'none' {
  const queued = thanksFromRecord(record, key, ports);
  if (!queued) return 'none';
  return deliverOnce(ports, ports.tables.read(MESSAGES.name), queued);
}

/** The thank-you of a donation whose mail waited in Berichten, written again from its Schenkingen row. */
export function rebuildThanks(ports: Ports, id: string): QueuedMail | null {
  const key = id.slice(THANKS_PREFIX.length);
  const record = firstRowWhere(ports.tables.read(DONATIONS.name), 'Antwoord-ID', key);
  return record ? thanksFromRecord(record.values, key, ports) : null;
}
