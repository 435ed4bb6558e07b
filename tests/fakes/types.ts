/**
 * Type helpers that tie each fake to `@types/google-apps-script` so that signature drift fails compilation.
 *
 * `Shape<T, K>` keeps the real parameter lists of the picked methods and the real return type when it is a
 * primitive (string, number, boolean, Date, arrays of those). Methods that return Apps Script objects may
 * return the matching fake instead (typed `unknown` here); the single cast to the real type happens at the
 * `globals` boundary in `world.ts`.
 */

type Primitive = string | number | boolean | null | undefined | Date;

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Ambient enums are numeric types other than `number`: they are faked with strings, so they map to `unknown`. */
type FakeReturn<R> = [R] extends [number]
  ? Same<R, number> extends true
    ? R
    : unknown
  : [R] extends [Primitive]
    ? R
    : [R] extends [ReadonlyArray<infer E>]
      ? ReadonlyArray<FakeReturn<E>>
      : unknown;

export type Shape<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => FakeReturn<R> : unknown;
};

/** The Apps Script globals a bundle may use. */
export interface GasGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  /** Chart images for the project-group e-mail (issue 12). */
  Charts: GoogleAppsScript.Charts.Charts;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Logger: GoogleAppsScript.Base.Logger;
  console: Console;
}

export type ServiceName = keyof GasGlobals;

/** Constructors of the realm (vm context) that receives values, so `instanceof Date` works there. */
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

/** What a cell holds. */
export type CellValue = string | number | boolean | Date;
