import { type Core, GasObject } from './core';
import type { Shape } from './types';

/** `Logger`: records into `world.logs`, prints nothing. */
export class FakeLogger extends GasObject implements Shape<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  private cleared = 0;

  constructor(core: Core) {
    super(core, 'Logger', 'Logger');
  }

  log(data: unknown, ...values: unknown[]): this {
    this.core.log('Logger', 'info', [data, ...values]);
    return this;
  }

  getLog(): string {
    return this.entries()
      .map((e) => `${e.message}\n`)
      .join('');
  }

  clear(): void {
    this.cleared = this.core.logs.length;
  }

  private entries() {
    return this.core.logs.slice(this.cleared).filter((e) => e.source === 'Logger');
  }
}

/** `console` inside the script: records into `world.logs`, prints nothing. */
export class FakeConsole extends GasObject {
  constructor(core: Core) {
    super(core, 'console', 'console');
  }

  log(...args: unknown[]): void {
    this.core.log('console', 'log', args);
  }

  info(...args: unknown[]): void {
    this.core.log('console', 'info', args);
  }

  warn(...args: unknown[]): void {
    this.core.log('console', 'warn', args);
  }

  error(...args: unknown[]): void {
    this.core.log('console', 'error', args);
  }

  debug(...args: unknown[]): void {
    this.core.log('console', 'debug', args);
  }
}
