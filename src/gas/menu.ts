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
  { caption: 'Outreachmatrix bijwerken', functionName: 'refreshOutreachMatrix' },
  { caption: 'Outreachmatrix als pdf mailen', functionName: 'mailOutreachMatrixPdf' },
  { caption: 'Brieven maken', functionName: 'makeLettersFromMenu' },
  { caption: 'Brieven controleren (heldere taal)', functionName: 'checkLetterTemplates' },
  { caption: 'Drempelscan toevoegen', functionName: 'addScanFromMenu' },
  { caption: 'Dashboard bijwerken', functionName: 'refreshDashboardFromMenu' },
  { caption: 'Maandoverzicht: Voorbeeld bekijken', functionName: 'previewMonthlySummary' },
  { caption: 'Maandoverzicht: Versturen naar de projectgroep', functionName: 'sendMonthlySummary' },
  { caption: 'Rapport vorig kwartaal (pdf naar mij)', functionName: 'mailQuarterReport' },
  { caption: 'Jaarrapport voor de financier (pdf naar mij)', functionName: 'mailYearReport' },
  { caption: 'Te controleren: gecorrigeerde rijen verwerken', functionName: 'reprocessReviewRows' },
  { caption: 'Gemiste antwoorden verwerken', functionName: 'reconcileResponses' },
  { caption: 'Formulieren controleren', functionName: 'checkForms' },
  { caption: 'Automatische verwerking stoppen', functionName: 'stopAutomaticProcessing' },
  { caption: 'Privacy: alle gegevens van één persoon (inzage)', functionName: 'privacyAccessRequest' },
  { caption: 'Privacy: gegevens van één persoon wissen', functionName: 'privacyErasureRequest' },
  { caption: 'Privacy: bewaartermijn nu toepassen', functionName: 'privacyRetentionNow' },
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
