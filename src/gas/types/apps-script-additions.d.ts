/**
 * Apps Script methods that exist in Google's current reference but not (yet) in @types/google-apps-script 2.0.13.
 * Each is faked in tests/fakes and listed in docs/fakes.md.
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    interface Form {
      /** Whether the form is published (forms made by a script since mid-2026 start unpublished). */
      isPublished(): boolean;
      /** Publishes or unpublishes the form; an unpublished form accepts no responses. */
      setPublished(enabled: boolean): Form;
    }
  }
  namespace Spreadsheet {
    interface Spreadsheet {
      /** The sheet with this id (`Sheet.getSheetId()`), or null. */
      getSheetById(id: number): Sheet | null;
    }
  }
}
