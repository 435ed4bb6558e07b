import { setupWorkbook } from '../../src/app/setupWorkbook';
import { localPorts, SimulatedClock } from '../../src/local/localPorts';
import { WorkbookTables } from '../../src/local/workbookTables';
import type { Mailer, OutgoingMail, Row, TableSnapshot, Tables, TabSpec } from '../../src/ports';

export class MemoryMailer implements Mailer {
  readonly sent: OutgoingMail[] = [];
  quota = 100;
  failNext: Error | null = null;
  send(mail: OutgoingMail): void {
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
    if (this.quota < 1) throw new Error('Service invoked too many times for one day: email.');
    this.quota--;
    this.sent.push(mail);
  }
  remainingQuota(): number {
    return this.quota;
  }
}

/** Wraps Tables and throws once at the n-th write (append or update), to simulate a crash mid-run. */
export class CrashingTables implements Tables {
  writes = 0;
  constructor(
    private readonly inner: Tables,
    public crashAtWrite: number,
  ) {}
  private write(): void {
    this.writes++;
    if (this.writes === this.crashAtWrite) throw new Error(`crash at write ${this.writes}`);
  }
  ensureTab(spec: TabSpec): void {
    this.inner.ensureTab(spec);
  }
  hasTab(name: string): boolean {
    return this.inner.hasTab(name);
  }
  read(tab: string): TableSnapshot {
    return this.inner.read(tab);
  }
  append(tab: string, rows: readonly Row[]): number[] {
    this.write();
    return this.inner.append(tab, rows);
  }
  update(tab: string, rowNumber: number, values: Row): void {
    this.write();
    this.inner.update(tab, rowNumber, values);
  }
  updateMany(tab: string, updates: ReadonlyArray<{ rowNumber: number; values: Row }>): void {
    this.write();
    this.inner.updateMany(tab, updates);
  }
  flush(): void {
    this.inner.flush();
  }
  readRows(tab: string, firstRow: number, count: number): TableSnapshot {
    return this.inner.readRows(tab, firstRow, count);
  }
  replaceRows(tab: string, rows: readonly Row[]): void {
    this.write();
    this.inner.replaceRows(tab, rows);
  }
}

/** A set-up in-memory workbook with ports around it. */
export function memoryWorld(now = new Date('2026-11-27T09:00:00Z')) {
  const tables = new WorkbookTables();
  setupWorkbook(tables);
  const mailer = new MemoryMailer();
  const clock = new SimulatedClock(now);
  const ports = localPorts(tables, mailer, clock);
  return { tables, mailer, clock, ports };
}
