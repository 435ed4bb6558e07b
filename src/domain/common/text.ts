/** Trims and folds runs of white space (including non-breaking spaces) into one space. */
export function collapseSpaces(value: string): string {
  return value.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Lower case without accents, for comparing names and places. */
export function foldForMatch(value: string): string {
  return collapseSpaces(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const LOWER_PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'du',
  'des',
  'el',
  'al',
  'bin',
  'ben',
]);

/**
 * Capitalises a person's name as people write it: "jan DE SMET" → "Jan De Smet", keeps hyphens and
 * apostrophes ("marie-claire", "d'hondt" → "Marie-Claire", "D'Hondt"). Particles after the first word stay
 * lower case only when the person typed them lower case ("Van der Berghe" is a Flemish surname convention too).
 */
export function capitaliseName(value: string): string {
  const words = collapseSpaces(value).split(' ');
  const allSameCase = value === value.toLowerCase() || value === value.toUpperCase();
  return words
    .map((word, index) => {
      if (!allSameCase && index > 0 && LOWER_PARTICLES.has(word)) return word;
      return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}
