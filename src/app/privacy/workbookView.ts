import type { WorkbookView } from '../../domain/privacy/footprint';
import type { Tables } from '../../ports';

/**
 * The domain's view of the workbook: a tab when it exists, else null. Both adapters keep a tab's snapshot in step
 * with their own writes, so asking again after a write costs no service call.
 */
export function workbookView(tables: Tables): WorkbookView {
  return (tab) => (tables.hasTab(tab) ? tables.read(tab) : null);
}
