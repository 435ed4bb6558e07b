import { isBlank } from '../domain/forms/answers';
import { formByKey } from '../domain/forms/registry';
import { submissionKey } from '../domain/intake/submissionKey';
import { LockBusyError, type Ports } from '../ports';
import { processDonation } from './processDonation';
import { processFieldLog } from './processFieldLog';
import { processReferral } from './processReferral';
import { processRegistration } from './processRegistration';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

/** How long a submission waits for another execution (a second delivery, the reconciler) to finish. */
export const LOCK_TIMEOUT_MS = 30_000;

const HANDLERS: Record<string, (ports: Ports, sub: Submission, key: string, options?: IntakeOptions) => IntakeOutcome> =
  {
    doorverwijzing: processReferral,
    aanmelding: processRegistration,
    schenking: processDonation,
    veldwerk: processFieldLog,
  };

/**
 * Entry point for every form response. Blank events are ignored; everything else runs under the script
 * lock so two deliveries of the same response at once give one row and one e-mail. When the lock stays
 * busy the response is left in its response tab: nothing is lost, the reconciler picks it up.
 */
export function processSubmission(ports: Ports, sub: Submission, options: IntakeOptions = {}): IntakeOutcome {
  if (isBlank(sub.answers)) {
    ports.audit.log('intake.blank', { form: sub.formKey });
    return { kind: 'blank' };
  }
  const form = formByKey(sub.formKey);
  const handler = HANDLERS[sub.formKey];
  if (!form || !handler) throw new Error(`Onbekend formulier: ${sub.formKey}`);
  const key = options.key ?? submissionKey(form, sub.submittedAt, sub.answers);
  try {
    return ports.lock.withLock(LOCK_TIMEOUT_MS, () => handler(ports, sub, key, options));
  } catch (error) {
    if (error instanceof LockBusyError) {
      ports.audit.log('intake.busy', { form: form.key });
      return { kind: 'busy' };
    }
    throw error;
  }
}
