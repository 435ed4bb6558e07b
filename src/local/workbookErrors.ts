import { NotAZipError } from './xlsx/zip';

/**
 * What a person sees when the workbook cannot be read or saved: Dutch, saying what to do, never the
 * technical English of Node or a zip library (`EISDIR`, `EACCES`, "end of central directory …").
 */
export function workbookError(error: unknown, path: string, doing: 'lezen' | 'bewaren'): Error {
  if (error instanceof Error && error.name === 'WorkbookProblem') return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const problem = new Error(dutchMessage(code, error, path, doing));
  problem.name = 'WorkbookProblem';
  return problem;
}

function dutchMessage(code: string | undefined, error: unknown, path: string, doing: 'lezen' | 'bewaren'): string {
  switch (code) {
    case 'EISDIR':
      return `"${path}" is een map, geen werkboek. Geef een Excel-bestand op, bijvoorbeeld --workbook ${path.replace(/[/\\]+$/, '')}/demo.xlsx.`;
    case 'ENOTDIR':
    case 'ENOENT':
      return `De map voor "${path}" bestaat niet. Controleer het pad achter --workbook.`;
    case 'EACCES':
    case 'EPERM':
      return doing === 'lezen'
        ? `Het werkboek "${path}" mag niet gelezen worden (geen toegang). Vraag toegang tot het bestand of kies een ander werkboek met --workbook.`
        : `Het werkboek "${path}" kan niet bewaard worden: het bestand of de map is beveiligd tegen schrijven. Kies een map waarin u mag schrijven, of vraag toegang. Er is niets veranderd.`;
    case 'EROFS':
      return `De schijf van "${path}" is alleen-lezen. Kies een werkboek op een andere schijf met --workbook. Er is niets veranderd.`;
    case 'ENOSPC':
      return `De schijf is vol: "${path}" kan niet bewaard worden. Maak ruimte vrij en start opnieuw. Het vorige werkboek is niet veranderd.`;
    case 'EBUSY':
      return `Het werkboek "${path}" is in gebruik door een ander programma. Sluit het (bijvoorbeeld in Excel) en start opnieuw.`;
  }
  if (error instanceof NotAZipError || doing === 'lezen') {
    return `"${path}" is geen Excel-werkboek (.xlsx) of het bestand is beschadigd. Open het in Excel en bewaar het als "Excel-werkmap (.xlsx)", of zet de reservekopie terug (${path}.bak). Of kies een ander werkboek met --workbook.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Het werkboek "${path}" kon niet bewaard worden (${detail}). Het vorige werkboek is niet veranderd; probeer opnieuw.`;
}
