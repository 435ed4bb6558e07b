import { formByKey } from '../domain/forms/registry';
import { privacySummary } from './privacy/setup';
import type { SetupReport } from './setup';

/** What the worker reads after choosing "Alles instellen of bijwerken". */
export function setupSummary(report: SetupReport): string {
  const lines = ['Klaar.'];
  if (report.timeZone) {
    lines.push(
      `De tijdzone van dit rekenblad stond op ${report.timeZone.from}. Het script werkt met ${report.timeZone.to}. ` +
        `Het rekenblad staat nu ook op ${report.timeZone.to}, zodat elke datum overal dezelfde dag is.`,
    );
  }
  if (report.otherOwner) {
    lines.push(
      report.tabsCreated.length > 0
        ? `Nieuwe tabbladen: ${report.tabsCreated.join(', ')}.`
        : 'Alle tabbladen bestonden al. Uw gegevens en eigen kolommen zijn niet veranderd.',
    );
    lines.push(
      `De formulieren en de automatische verwerking horen bij het account ${report.otherOwner}. ` +
        'Dit account zet ze niet nog eens klaar: anders zou elk antwoord twee keer verwerkt worden. ' +
        'Alleen de tabbladen en de keuzelijsten zijn bijgewerkt.',
    );
    lines.push(
      `Neemt u het werk over? Vraag ${report.otherOwner} om in het menu Digi.Taal te kiezen voor ` +
        '"Automatische verwerking stoppen", u bewerker te maken van de vier formulieren en u toe te voegen aan de ' +
        'beveiliging van de tabbladen Logboek en Audit (Gegevens > Beveiligde bladen en bereiken). Kies daarna zelf "Alles instellen of bijwerken".',
    );
    return lines.join('\n\n');
  }
  lines.push(
    report.tabsCreated.length > 0
      ? `Nieuwe tabbladen: ${report.tabsCreated.join(', ')}.`
      : 'Alle tabbladen bestonden al. Uw gegevens en eigen kolommen zijn niet veranderd.',
  );
  for (const form of report.forms) {
    const title = formByKey(form.key)?.title ?? form.key;
    lines.push(`${form.created ? 'Nieuw formulier' : 'Formulier bijgewerkt'}: ${title}. Link om te delen: ${form.url}`);
  }
  const closed = report.forms.filter((f) => !f.open);
  if (report.forms.length > 0 && closed.length === 0) {
    lines.push('Alle formulieren zijn gepubliceerd en nemen antwoorden aan: u kunt de links delen.');
  }
  for (const form of closed) {
    lines.push(
      `Let op: ${formByKey(form.key)?.title ?? form.key} neemt nu geen antwoorden aan. Wilt u weer antwoorden? ` +
        'Open het formulier in Google Forms, ga naar Antwoorden en zet "Antwoorden accepteren" aan.',
    );
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
  if (report.letters) {
    lines.push(
      `Brieven: ${report.letters.created} nieuwe sjablonen in Google Docs. Pas ze aan in de map: ${report.letters.folderUrl}`,
    );
  }
  if (report.privacy) lines.push(...privacySummary(report.privacy));
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
