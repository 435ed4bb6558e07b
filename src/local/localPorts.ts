import {
  type Audit,
  type Clock,
  type Lock,
  LockBusyError,
  type Mailer,
  type Ports,
  type Properties,
  type Tables,
} from '../ports';
import { WorkbookTables } from './workbookTables';

/** A clock the cycle moves forward as it replays a month. */
export class SimulatedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(date: Date): void {
    this.current = new Date(date.getTime());
  }
}

/** One process, one lock: a nested attempt is contention, as a second execution would be. */
export class ProcessLock implements Lock {
  private held = false;
  withLock<T>(_timeoutMs: number, fn: () => T): T {
    if (this.held) throw new LockBusyError();
    this.held = true;
    try {
      return fn();
    } finally {
      this.held = false;
    }
  }
}

export class MemoryProperties implements Properties {
  private readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  delete(key: string): void {
    this.values.delete(key);
  }
}

/** Keeps the log lines (case ids and counts only) and counts events for the summary. */
export class MemoryAudit implements Audit {
  readonly lines: string[] = [];
  readonly counts = new Map<string, number>();
  log(event: string, data: Record<string, string | number | boolean> = {}): void {
    this.lines.push(JSON.stringify({ event, ...data }));
    this.counts.set(event, (this.counts.get(event) ?? 0) + 1);
  }
}

/**
 * The twin's ports. On a workbook the properties (reference counters, the reconciler's cursor, …) are the
 * workbook's own (`WorkbookTables.properties`): saved with it, so they always match its rows.
 */
export function localPorts(tables: Tables, mailer: Mailer, clock: Clock): Ports & { audit: MemoryAudit } {
  return {
    tables,
    mailer,
    clock,
    lock: new ProcessLock(),
    properties: tables instanceof WorkbookTables ? tables.properties : new MemoryProperties(),
    audit: new MemoryAudit(),
  };
}
