/**
 * Are the columns the script needs in a tab's header row, each exactly once? Shared by the Apps Script
 * adapter and the local twin, so both stop with the same Dutch message instead of making a new column.
 *
 * - A required header found once: fine.
 * - Found more than once: a problem (which column would the script write?).
 * - Missing, but the script created it before: a problem — the worker cleared or renamed it, and a new column
 *   would leave her data in a column nobody reads.
 * - Missing and never created: setup may add it (a new version of the script adds a column); listed in `add`.
 *
 * Headers compare after trimming spaces; anything else (case, accents) must match exactly.
 */
export interface HeaderCheckInput {
  /** The tab's name as the worker sees it (for the message). */
  readonly tab: string;
  /** The headers the script needs, in the spec's order. */
  readonly required: readonly string[];
  /** Row 1 of the tab as it is now. */
  readonly actual: readonly string[];
  /** Headers the script wrote in this tab before (persisted by the adapter). */
  readonly createdBefore: readonly string[];
}

export type HeaderCheck =
  | { readonly ok: true; readonly add: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export function checkHeaders(input: HeaderCheckInput): HeaderCheck {
  const counts = new Map<string, number>();
  for (const header of input.actual) {
    const h = String(header ?? '').trim();
    if (h !== '') counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const created = new Set(input.createdBefore);
  const problems: string[] = [];
  const add: string[] = [];
  for (const header of input.required) {
    const n = counts.get(header) ?? 0;
    if (n > 1) {
      problems.push(
        `In tabblad "${input.tab}" staat de kolom "${header}" ${n} keer in rij 1. Het script weet dan niet welke kolom het moet gebruiken. Geef de andere kolommen een andere naam.`,
      );
    } else if (n === 0 && created.has(header)) {
      problems.push(
        `In tabblad "${input.tab}" ontbreekt de kolom "${header}". Het script heeft die kolom nodig. Schrijf de naam "${header}" terug in rij 1 boven de juiste kolom (zonder extra tekens), en start opnieuw.`,
      );
    } else if (n === 0) add.push(header);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, add };
}
