import { formByKey } from '../domain/forms/registry';
import type { SetupReport } from './setup';

/** What the worker reads after choosing "Alles instellen of bijwerken". */
export function setupSummary(report: SetupReport): string {
  const lines = ['Klaar.'];
  lines.push(
    report.tabsCreated.length > 0
      ? `Nieuwe tabbladen: ${report.tabsCreated.join(', ')}.`
      : 'Alle tabbladen bestonden al. Uw gegevens en eigen kolommen zijn niet veranderd.',
  );
  for (const form of report.forms) {
    const title = formByKey(form.key)?.title ?? form.key;
    lines.push(`${form.created ? 'Nieuw formulier' : 'Formulier bijgewerkt'}: ${title}. Link om te delen: ${form.url}`);
  }
  lines.push(
    report.triggerCreated
      ? 'Nieuwe antwoorden worden vanaf nu automatisch verwerkt.'
      : 'Nieuwe antwoorden worden automatisch verwerkt.',
  );
  lines.push(
    `Elke statuswijziging komt in het tabblad Logboek. Elke ochtend wordt de Opvolging bijgewerkt; op ${report.register.digestWeekday} krijgt u het weekoverzicht.`,
  );
  lines.push(
    'Elke ochtend wordt het tabblad Dashboard bijgewerkt. Op de eerste werkdag van de maand gaat het maandoverzicht naar de projectgroep (adressen in Instellingen).',
  );
  const drift = report.drift.filter((d) => d.changes.length > 0);
  if (drift.length > 0) {
    lines.push(
      `Let op, een formulier is met de hand veranderd:\n${drift.map((d) => `${d.form}: ${d.changes.join(' ')}`).join('\n')}`,
    );
  }
  return lines.join('\n\n');
}

/** Shows a message when a person started the action from the menu; silent when run from a trigger or the editor. */
export function tellWorker(message: string): void {
  try {
    SpreadsheetApp.getUi().alert('Digi.Taal', message, SpreadsheetApp.getUi().ButtonSet.OK);
  } catch {
    // No UI in this context (trigger, script editor): the result is in the execution log.
  }
}
