import { MUNICIPALITY_ALIASES, PROJECT_AREA } from './projectArea';
import { capitaliseName, foldForMatch } from './text';

export interface Place {
  postcode: string;
  /** Main municipality (Dutch name); for out-of-area postcodes what the person typed, in Dutch where we know it. */
  municipality: string;
  inProjectArea: boolean;
  /** Set when the typed municipality does not belong to the postcode (the postcode wins). */
  mismatchNote?: string;
}

export type PostcodeCheck = { ok: true; postcode: string } | { ok: false; reason: string };

/** A Belgian postcode: four digits, 1000–9992. "B-9900" and " 9900 " are accepted. */
export function checkPostcode(raw: string): PostcodeCheck {
  const value = raw.trim().replace(/^(B|BE)[-\s]?/i, '');
  if (!/^\d{4}$/.test(value) || Number(value) < 1000 || Number(value) > 9992) {
    return { ok: false, reason: `"${raw.trim()}" is geen Belgische postcode (4 cijfers, bijvoorbeeld 9900).` };
  }
  return { ok: true, postcode: value };
}

function areaMunicipality(postcode: string): { municipality: string; places: readonly string[] } | undefined {
  for (const [municipality, codes] of Object.entries(PROJECT_AREA)) {
    if (codes[postcode]) return { municipality, places: codes[postcode] };
  }
  return undefined;
}

/** The Dutch name of a municipality someone typed, also when typed in French or in capitals. */
export function dutchMunicipalityName(typed: string): string {
  const folded = foldForMatch(typed);
  return MUNICIPALITY_ALIASES[folded] ?? capitaliseName(typed);
}

/** Postcode → municipality for the project area; out-of-area postcodes are flagged, never refused. */
export function resolvePlace(postcode: string, typedMunicipality: string): Place {
  const typed = dutchMunicipalityName(typedMunicipality);
  const area = areaMunicipality(postcode);
  if (!area) return { postcode, municipality: typed, inProjectArea: false };
  const names = [area.municipality, ...area.places].map(foldForMatch);
  const matches = typed === '' || names.includes(foldForMatch(typed));
  return {
    postcode,
    municipality: area.municipality,
    inProjectArea: true,
    mismatchNote: matches
      ? undefined
      : `Gemeente ingevuld als "${typedMunicipality.trim()}"; postcode ${postcode} hoort bij ${area.municipality}.`,
  };
}
