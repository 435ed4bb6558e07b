/** Planned failures of fake service methods. */

interface Fault {
  method: string;
  nth: number;
  seen: number;
  when: 'before' | 'after';
  error?: Error | string;
}

export interface FaultHit {
  when: 'before' | 'after';
  message: string;
  error?: Error;
}

export class FaultPlan {
  private faults: Fault[] = [];

  /** The `nth` call (counted from now, 1-based) of `method` (e.g. `'Range.setValues'`) throws before doing anything. */
  failAt(method: string, nth = 1, error?: Error | string): void {
    this.add(method, nth, 'before', error);
  }

  /** The `nth` call of `method` takes effect and then throws ("succeeded then threw"). */
  failAfter(method: string, nth = 1, error?: Error | string): void {
    this.add(method, nth, 'after', error);
  }

  /** Drops all planned failures. */
  clear(): void {
    this.faults = [];
  }

  /** Planned failures that have not fired yet. */
  pending(): { method: string; nth: number; when: 'before' | 'after' }[] {
    return this.faults.map(({ method, nth, seen, when }) => ({ method, nth: nth - seen, when }));
  }

  /** Called by the call wrapper; returns the failure due on this call, if any. */
  take(method: string): FaultHit | undefined {
    let hit: FaultHit | undefined;
    for (const fault of this.faults) {
      if (fault.method !== method) continue;
      fault.seen += 1;
      if (fault.seen === fault.nth && !hit) hit = toHit(fault);
    }
    this.faults = this.faults.filter((f) => f.seen < f.nth);
    return hit;
  }

  private add(method: string, nth: number, when: 'before' | 'after', error?: Error | string): void {
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`nth must be a positive integer, got ${nth}`);
    this.faults.push({ method, nth, seen: 0, when, error });
  }
}

function toHit(fault: Fault): FaultHit {
  const message = `Service error: ${fault.method} (injected fault on call #${fault.nth})`;
  if (fault.error instanceof Error) return { when: fault.when, message: fault.error.message, error: fault.error };
  return { when: fault.when, message: typeof fault.error === 'string' ? fault.error : message };
}
