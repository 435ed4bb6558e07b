import { digestMail, followUpRows, isoWeek, selectFollowUp } from '../../domain/register/followUp';
import {
  type RegisterSettings,
  readRegisterSettings,
  settingNumber,
  weekdayNumber,
} from '../../domain/register/settings';
import { FOLLOW_UP } from '../../domain/register/tabs';
import { readSettings } from '../../domain/settings/settings';
import { CASES, MESSAGES, SETTINGS } from '../../domain/tabs';
import type { Ports } from '../../ports';
import { type DeliveryResult, deliverOnce } from '../outbox';
import { sendWaitingConfirmations } from '../waitingConfirmations';
import { reconcileNotifications } from './closedLoop';
import { summariseDevices } from './devices';

function limits(s: RegisterSettings) {
  return { upcomingDays: settingNumber(s.upcomingDays, 7), staleDays: settingNumber(s.staleDays, 14) };
}

/** Rewrites the Opvolging view: overdue, upcoming and stale journeys. Two reads, one clear, one write. */
export function refreshFollowUp(ports: Ports): { overdue: number; upcoming: number; stale: number } {
  const settings = readRegisterSettings(ports.tables.read(SETTINGS.name));
  const { upcomingDays, staleDays } = limits(settings);
  const f = selectFollowUp(ports.tables.read(CASES.name).rows, ports.clock.now(), upcomingDays, staleDays);
  ports.tables.replaceRows(FOLLOW_UP.name, followUpRows(f));
  const counts = { overdue: f.overdue.length, upcoming: f.upcoming.length, stale: f.stale.length };
  ports.audit.log('followup.refreshed', counts);
  return counts;
}

export const DIGEST_KIND = 'Weekoverzicht';

/** The weekly digest to the worker, once per ISO week (stable id through `deliverOnce`). */
export function sendWeeklyDigest(ports: Ports): DeliveryResult {
  const settingsTab = ports.tables.read(SETTINGS.name);
  const register = readRegisterSettings(settingsTab);
  const { upcomingDays, staleDays } = limits(register);
  const now = ports.clock.now();
  const f = selectFollowUp(ports.tables.read(CASES.name).rows, now, upcomingDays, staleDays);
  const week = isoWeek(now);
  const result = deliverOnce(ports, ports.tables.read(MESSAGES.name), {
    id: `weekoverzicht-${week}`,
    caseRef: '',
    kind: DIGEST_KIND,
    mail: digestMail(f, week, readSettings(settingsTab), upcomingDays, staleDays),
  });
  ports.audit.log('digest', { week, result, overdue: f.overdue.length, stale: f.stale.length });
  return result;
}

export interface DailyReport {
  followUp: { overdue: number; upcoming: number; stale: number };
  notifications: Record<string, number>;
  /** Referral confirmations that waited for e-mail quota and went out now. */
  confirmations: number;
  digest: DeliveryResult | 'not-today';
}

/**
 * The daily time-driven run: refresh the Opvolging view, catch up partner notifications, and on the digest
 * weekday send the weekly digest (once per week, whatever the number of runs).
 */
export function dailyRegisterRun(ports: Ports): DailyReport {
  return ports.lock.withLock(60_000, () => {
    const followUp = refreshFollowUp(ports);
    const notifications = reconcileNotifications(ports);
    const confirmations = sendWaitingConfirmations(ports);
    summariseDevices(ports);
    const register = readRegisterSettings(ports.tables.read(SETTINGS.name));
    const today = ports.clock.now().getDay();
    const digest = today === weekdayNumber(register.digestWeekday) ? sendWeeklyDigest(ports) : 'not-today';
    return { followUp, notifications, confirmations, digest };
  });
}
