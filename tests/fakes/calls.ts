import type { ServiceName } from './types';

/** Counts every method call made on a fake service object, e.g. `Range.getValues` under `SpreadsheetApp`. */
export class CallCounter {
  private readonly entries: { service: ServiceName; method: string }[] = [];

  record(service: ServiceName, method: string): void {
    this.entries.push({ service, method });
  }

  total(): number {
    return this.entries.length;
  }

  /** e.g. `{ SpreadsheetApp: 12, MailApp: 1 }` */
  byService(): Partial<Record<ServiceName, number>> {
    return tally(this.entries.map((e) => e.service));
  }

  /** e.g. `{ 'Range.getValues': 3 }` */
  byMethod(): Record<string, number> {
    return tally(this.entries.map((e) => e.method));
  }

  /** Calls of one method (`'Range.getValues'`) or one service (`'MailApp'`). */
  count(methodOrService: string): number {
    return this.entries.filter((e) => e.method === methodOrService || e.service === methodOrService).length;
  }

  /** Method names in call order. */
  sequence(): string[] {
    return this.entries.map((e) => e.method);
  }

  reset(): void {
    this.entries.length = 0;
  }
}

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = (out[key] ?? 0) + 1;
  return out;
}
