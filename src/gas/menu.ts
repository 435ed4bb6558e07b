/** The Digi.Taal menu: every caption the worker sees and the global function it runs. */
export const MENU_TITLE = 'Digi.Taal';

export const MENU_ITEMS: ReadonlyArray<{ caption: string; functionName: string }> = [
  { caption: 'Alles instellen of bijwerken', functionName: 'setup' },
  { caption: 'Te controleren: gecorrigeerde rijen verwerken', functionName: 'reprocessReviewRows' },
  { caption: 'Gemiste antwoorden verwerken', functionName: 'reconcileResponses' },
  { caption: 'Formulieren controleren', functionName: 'checkForms' },
];

export function buildMenu(): void {
  const menu = SpreadsheetApp.getUi().createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
