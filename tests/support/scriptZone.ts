/**
 * For tests that run the local twin's code in this process. The twin keeps the script's time zone, as
 * `npm start` does (scripts/build.mjs sets `TZ` first thing). Jest gives each test file its own copy of
 * `process.env`, so `TZ` cannot be changed here; instead `Date` is, for the duration of the test file, the
 * script's `Date` of the Apps Script fakes: the real clock, local time in Europe/Brussels. Afterwards it is the
 * host's again. Dates a test file makes at import time are made in the host's zone: make them inside tests.
 */
import manifest from '../../appsscript.json';
import { hostScriptDate } from '../fakes/scriptDate';

export function useScriptZone(): void {
  const hostDate = globalThis.Date;
  beforeAll(() => {
    globalThis.Date = hostScriptDate(() => hostDate.now(), manifest.timeZone);
  });
  afterAll(() => {
    globalThis.Date = hostDate;
  });
}

/** Runs `fn` with the script's `Date` (see `useScriptZone`). */
export function inScriptZone<T>(fn: () => T): T {
  const hostDate = globalThis.Date;
  globalThis.Date = hostScriptDate(() => hostDate.now(), manifest.timeZone);
  try {
    return fn();
  } finally {
    globalThis.Date = hostDate;
  }
}
