import type { Ports } from '../ports';
import { currentAccount, SETUP_OWNER } from './setup';

/**
 * Deletes the triggers of the account running this (only its own are visible to it) and, when it was the
 * account that set up the automatic processing, frees that role so the next person's setup takes over.
 */
export function stopTriggers(ports: Ports): string {
  const mine = ScriptApp.getProjectTriggers();
  for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
  const me = currentAccount();
  const owner = ports.properties.get(SETUP_OWNER);
  if (owner && owner === me) ports.properties.delete(SETUP_OWNER);
  ports.audit.log('triggers.stopped', { count: mine.length });
  if (mine.length === 0) return 'Dit account had geen automatische verwerking. Er is niets veranderd.';
  return (
    `De automatische verwerking van dit account is gestopt (${mine.length} triggers verwijderd). ` +
    'Nieuwe antwoorden blijven in hun tabblad staan tot iemand "Alles instellen of bijwerken" kiest: dan worden ze alsnog verwerkt.'
  );
}
