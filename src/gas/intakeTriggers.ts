/**
 * Time-driven triggers of intake: the hourly reconciler and its one continuation. Installers never create a
 * second trigger for the same handler (20 triggers per user per script).
 */

function triggersFor(handler: string): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** An hourly trigger for `handler`, unless one exists. Returns whether one was created. */
export function ensureHourlyTrigger(handler: string, hours = 1): boolean {
  if (triggersFor(handler).length > 0) return false;
  ScriptApp.newTrigger(handler).timeBased().everyHours(hours).create();
  return true;
}

/** One one-off trigger for `handler` in `afterMs`, unless one is already waiting. */
export function scheduleContinuation(handler: string, afterMs: number): boolean {
  if (triggersFor(handler).length > 0) return false;
  ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
  return true;
}

/** Removes the (spent) continuation triggers of `handler`. */
export function clearContinuation(handler: string): void {
  for (const trigger of triggersFor(handler)) ScriptApp.deleteTrigger(trigger);
}
