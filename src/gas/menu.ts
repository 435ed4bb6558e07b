/** The Digi.Taal menu: every caption the worker sees and the global function it runs. */
export const MENU_TITLE = 'Digi.Taal';

export const MENU_ITEMS: ReadonlyArray<{ caption: string; functionName: string }> = [
  { caption: 'Alles instellen of bijwerken', functionName: 'setup' },
  { caption: 'Ondersteuning toevoegen', functionName: 'addSupportSessionFromMenu' },
  { caption: 'Doorverwijzing naar aanbod toevoegen', functionName: 'addOnwardReferralFromMenu' },
  { caption: 'Opvolging bijwerken', functionName: 'refreshFollowUpView' },
  { caption: 'Weekoverzicht nu versturen', functionName: 'sendDigestNow' },
  { caption: 'Toestellen aanmaken uit schenkingen', functionName: 'createDevicesFromDonations' },
  { caption: 'Uniek bereik berekenen', functionName: 'computeUniqueReach' },
  { caption: 'Drempelscan toevoegen', functionName: 'addScanFromMenu' },
  { caption: 'Dashboard bijwerken', functionName: 'refreshDashboardFromMenu' },
  { caption: 'Maandoverzicht: Voorbeeld bekijken', functionName: 'previewMonthlySummary' },
  { caption: 'Maandoverzicht: Versturen naar de projectgroep', functionName: 'sendMonthlySummary' },
  { caption: 'Rapport vorig kwartaal (pdf naar mij)', functionName: 'mailQuarterReport' },
  { caption: 'Jaarrapport voor de financier (pdf naar mij)', functionName: 'mailYearReport' },
  { caption: 'Te controleren: gecorrigeerde rijen verwerken', functionName: 'reprocessReviewRows' },
  { caption: 'Gemiste antwoorden verwerken', functionName: 'reconcileResponses' },
  { caption: 'Formulieren controleren', functionName: 'checkForms' },
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
