import type { Evidence, KnownHousehold } from './householdMatch';

/**
 * Every Dutch text of household matching, in one place: why a household was linked (column "Koppeling") and,
 * per candidate case in Te controleren, who it is, what matched and what differs, so the worker decides in one
 * look. Clear language: short words the worker uses herself.
 */

/** Why a household went to an existing case because the worker placed it there before. */
export const REMEMBERED_LINK = 'eerder zo beslist door de medewerker';

/** Top of the review row (column "Reden") when the script is not sure. */
export const UNCERTAIN =
  'Misschien is dit een gezin dat al in Dossiers staat. Kijk naar de kandidaat-dossiers: daar staat wat ' +
  'hetzelfde is en wat verschilt. Schrijf bij "Koppelen aan dossier" het juiste dossiernummer, of "nieuw" voor ' +
  'een nieuw dossier. Zet dan de status op "Opnieuw verwerken". Het script onthoudt uw keuze.';

/** "a", "a en b", "a, b en c". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Column "Koppeling": "Bestaand dossier (zelfde naam, telefoonnummer en adres)". */
export function linkReason(e: Evidence): string {
  const agreeing = [
    e.phone === 'same' ? 'telefoonnummer' : '',
    e.email === 'same' ? 'e-mailadres' : '',
    e.address === 'same' ? 'adres' : '',
  ].filter(Boolean);
  if (e.name.grade === 'same') return `zelfde ${listed(['naam', ...agreeing])}`;
  if (e.name.grade === 'family') return `zelfde ${listed(['familienaam', ...agreeing])}`;
  return `naam bijna gelijk, zelfde ${listed(agreeing)}`;
}

/**
 * One candidate for the worker: "Fatima Bouzid, Zuidmoerstraat 136, 9900. Zelfde: voornaam, telefoonnummer.
 * Anders: familienaam, adres. Let op: …". The case number goes in front of it (see `candidateLine`).
 */
export function candidateSummary(known: KnownHousehold, e: Evidence): string {
  const same: string[] = [];
  const nearly: string[] = [];
  const other: string[] = [];
  const missing: string[] = [];
  const part = (grade: 'same' | 'similar' | 'other', word: string) =>
    (grade === 'same' ? same : grade === 'similar' ? nearly : other).push(word);
  part(e.name.given, 'voornaam');
  part(e.name.family, 'familienaam');
  if (e.phone === 'same') same.push('telefoonnummer');
  else if (e.phone === 'other') other.push('telefoonnummer');
  if (e.email === 'same') same.push('e-mailadres');
  else if (e.email === 'other') other.push('e-mailadres');
  if (e.address === 'same') same.push('adres');
  else if (e.address === 'otherFlat') other.push('busnummer');
  else if (e.address === 'other') other.push(e.samePostcode ? 'adres' : 'adres en postcode');
  else missing.push('adres');

  const who = `${known.firstName} ${known.lastName}`.trim();
  const where = [known.street, known.postcode].filter(Boolean).join(', ');
  const lines = [`${who}${where ? `, ${where}` : ''}.`];
  if (same.length > 0) lines.push(`Zelfde: ${same.join(', ')}.`);
  if (nearly.length > 0) lines.push(`Bijna gelijk: ${nearly.join(', ')}.`);
  if (other.length > 0) lines.push(`Anders: ${other.join(', ')}.`);
  if (missing.length > 0) lines.push(`Niet ingevuld: ${missing.join(', ')}.`);
  if (e.name.swapped && e.name.grade !== 'other') lines.push('Voornaam en familienaam staan omgewisseld.');
  const hint = warning(e);
  if (hint) lines.push(hint);
  return lines.join(' ');
}

function warning(e: Evidence): string {
  const otherFamily = e.name.grade === 'other';
  if (otherFamily && e.phone === 'same') {
    return 'Let op: een telefoonnummer wordt soms gedeeld (een dienst, een tolk, familie).';
  }
  if (otherFamily && e.address === 'same') return 'Let op: op één adres kunnen twee gezinnen wonen.';
  if (e.name.grade === 'family') return 'Misschien een familielid met een eigen gezin.';
  if (e.name.grade === 'same' && e.phone !== 'same' && e.email !== 'same' && e.address !== 'same') {
    return 'Misschien verhuisd, of iemand met dezelfde naam.';
  }
  return '';
}

/** One line of the column "Kandidaat-dossiers": the case number first. */
export function candidateLine(c: { caseRef: string; reason: string }): string {
  return `${c.caseRef}: ${c.reason}`;
}
