import { RowMemo } from '../../domain/common/rowMemo';
import { cellText, firstRowWhere } from '../../domain/common/table';
import { MAIL_STATUS } from '../../domain/messages/status';
import {
  LOOP_KIND,
  LOOP_MILESTONES,
  type LoopMilestone,
  loopMail,
  loopMessageId,
  statusHasReached,
} from '../../domain/register/closedLoop';
import { HELPED_EXIT } from '../../domain/register/journey';
import { readSettings } from '../../domain/settings/settings';
import { CASES, MESSAGES, PARTNERS, REFERRALS, SETTINGS } from '../../domain/tabs';
import type { Ports, TableSnapshot } from '../../ports';
import { type DeliveryResult, deliverOnce } from '../outbox';

export type LoopResult = DeliveryResult | 'no-referral' | 'opted-out' | 'no-email';

/** The tabs a notification needs, read once per execution. */
export interface LoopContext {
  referrals: TableSnapshot;
  partners: TableSnapshot;
  messages: TableSnapshot;
  settings: TableSnapshot;
}

export function readLoopContext(ports: Pick<Ports, 'tables'>): LoopContext {
  const t = ports.tables;
  return {
    referrals: t.read(REFERRALS.name),
    partners: t.read(PARTNERS.name),
    messages: t.read(MESSAGES.name),
    settings: t.read(SETTINGS.name),
  };
}

/**
 * Tells the referring partner that a case reached a milestone, at most once per case and milestone
 * (write-ahead through `deliverOnce`, stable id). A partner whose Meldingen is "nee" gets nothing; the
 * skip is logged. Cases without a partner referral (self-registration) have no one to tell.
 */
export function notifyReferrer(
  ports: Ports,
  ctx: LoopContext,
  caseRef: string,
  milestone: LoopMilestone,
  status: string,
): LoopResult {
  const referral = firstRowWhere(ctx.referrals, 'Dossiernummer', caseRef);
  if (!referral) return 'no-referral';
  const organisation = cellText(referral.values.Organisatie);
  const partner = firstRowWhere(ctx.partners, 'Organisatie', organisation);
  if (partner && cellText(partner.values.Meldingen).toLowerCase() === 'nee') {
    ports.audit.log('loop.opted-out', { caseRef, milestone });
    return 'opted-out';
  }
  const to = cellText(referral.values['E-mail doorverwijzer']) || (partner ? cellText(partner.values['E-mail']) : '');
  if (!to) {
    ports.audit.log('loop.no-email', { caseRef, milestone });
    return 'no-email';
  }
  const result = deliverOnce(ports, ctx.messages, {
    id: loopMessageId(caseRef, milestone),
    caseRef,
    kind: LOOP_KIND,
    mail: loopMail({
      to,
      referrerName: cellText(referral.values['Naam doorverwijzer']),
      caseRef,
      milestone,
      helped: status === HELPED_EXIT,
      settings: readSettings(ctx.settings),
    }),
  });
  ports.audit.log('loop.notify', { caseRef, milestone, result });
  return result;
}

/**
 * Per case row, the latest of its milestone stamps (-Infinity without any; an invalid date counts as +Infinity,
 * because the catch-up below does not skip it). A row whose latest stamp is before the window has nothing to
 * catch up, so the daily run skips the closed years of a large register at once.
 */
const latestStamps = new RowMemo((row) => {
  let latest = Number.NEGATIVE_INFINITY;
  for (const { column } of LOOP_MILESTONES) {
    const stamp = row.values[column];
    if (!(stamp instanceof Date)) continue;
    const time = stamp.getTime();
    latest = Math.max(latest, Number.isNaN(time) ? Number.POSITIVE_INFINITY : time);
  }
  return latest;
});

/** Milestones stamped within this many days are caught up by the daily run. */
export const RECONCILE_WINDOW_DAYS = 14;

/**
 * The daily catch-up: every milestone stamp of the last RECONCILE_WINDOW_DAYS whose status still stands
 * gets its notification if it has none yet (an edit that crashed before mailing, or an odd jump the worker
 * left standing). Already-sent ids are skipped by `deliverOnce`, so this never sends twice.
 */
export function reconcileNotifications(ports: Ports): Record<string, number> {
  const ctx = readLoopContext(ports);
  const cases = ports.tables.read(CASES.name);
  const since = ports.clock.now().getTime() - RECONCILE_WINDOW_DAYS * 24 * 60 * 60 * 1000;
  const counts: Record<string, number> = {};
  const latest = latestStamps.of(cases.rows);
  for (let i = 0; i < cases.rows.length; i++) {
    if (latest[i] < since) continue; // no milestone stamp in the window: nothing to catch up
    const row = cases.rows[i];
    const caseRef = cellText(row.values.Dossiernummer);
    const status = cellText(row.values.Status);
    if (!caseRef) continue;
    for (const { milestone, column } of LOOP_MILESTONES) {
      const stamp = row.values[column];
      if (!(stamp instanceof Date) || stamp.getTime() < since) continue;
      if (!statusHasReached(status, milestone)) continue;
      // deliverOnce skips what was sent and turns a send cut off half-way into "Onbekend" (never re-sent).
      const known = firstRowWhere(ctx.messages, 'Bericht-ID', loopMessageId(caseRef, milestone));
      if (known && cellText(known.values.Status) === MAIL_STATUS.sent) continue;
      const result = notifyReferrer(ports, ctx, caseRef, milestone, status);
      counts[result] = (counts[result] ?? 0) + 1;
    }
  }
  return counts;
}
