import { type Core, GasObject } from './core';
import type { Shape } from './types';

/** Who holds a lock: a fake Lock object, another (simulated) execution, or nobody. */
export interface LockState {
  holder: FakeLock | 'other-execution' | null;
}

export type LockKind = 'script' | 'document' | 'user';

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/**
 * JavaScript is single-threaded, so contention is modelled: the first lock object that acquires the shared
 * state holds it until `releaseLock()` (or the end of its execution); any other lock object fails at once,
 * after the virtual clock has advanced by the timeout it was willing to wait.
 */
export class FakeLock
  extends GasObject
  implements Shape<GoogleAppsScript.Lock.Lock, 'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'>
{
  constructor(
    core: Core,
    private readonly state: LockState,
    readonly execution: number,
  ) {
    super(core, 'LockService', 'Lock');
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    this.core.advance(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw this.core.error(TIMEOUT);
  }

  /**
   * Releasing with spreadsheet writes still buffered lets the next lock holder read the sheet without them
   * (Google's LockService guide: call `SpreadsheetApp.flush()` before `releaseLock()`). The fake cannot run two
   * executions at once, so it records each such release; the bundle tests require none.
   */
  releaseLock(): void {
    if (this.state.holder === this) {
      if (this.core.unflushedWrites > 0) this.core.unflushedLockReleases.push(`execution ${this.execution}`);
      this.state.holder = null;
    }
  }

  hasLock(): boolean {
    return this.state.holder === this;
  }
}

export class FakeLockService
  extends GasObject
  implements Shape<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'>
{
  constructor(
    core: Core,
    private readonly locks: Record<LockKind, LockState>,
    private readonly execution: () => number,
  ) {
    super(core, 'LockService', 'LockService');
  }

  getScriptLock(): FakeLock {
    return new FakeLock(this.core, this.locks.script, this.execution());
  }

  getDocumentLock(): FakeLock {
    return new FakeLock(this.core, this.locks.document, this.execution());
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.core, this.locks.user, this.execution());
  }
}
