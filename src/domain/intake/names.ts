import { CYRILLIC, GLUED_PARTICLES, NICKNAMES, PARTICLES, SPECIAL_LETTERS, TRANSLITERATIONS } from './nameVariants';

/**
 * How two people's names compare, the way Flemish and newcomer names are written: accents and capitals never
 * matter, particles may be glued or not (Van den Bossche / Vandenbossche), first and family name may be swapped,
 * a name may be transliterated (Mohammed / Muhammad, Олена / Olena), shortened (Magda / Magdalena), carry one of
 * two family names (Yılmaz Demir / Yılmaz) or have a typo. Pure and deterministic; the thresholds are in
 * docs/intake.md with the reason for each, and tests/unit/householdNames.test.ts shows each boundary.
 */

/** One part of a name (given or family) against the same part of another name. */
export type PartGrade = 'same' | 'similar' | 'other';

/**
 * - `same`: the same person's name, written differently at most by accents, capitals, spaces, hyphens, glued
 *   particles, order, or a transliteration;
 * - `similar`: probably the same person: a typo, a nickname, a particle or a second family name left out;
 * - `family`: the same (or a similar) family name, another given name: another member of a family;
 * - `other`: another family name (whatever the given name).
 */
export type NameGrade = 'same' | 'similar' | 'family' | 'other';

export interface NameComparison {
  grade: NameGrade;
  /** The given names and the family names, in the orientation that fits best. */
  given: PartGrade;
  family: PartGrade;
  /** True when the best fit reads one name's first and last name the other way round. */
  swapped: boolean;
}

/** Letters only, lower case, accents off, Cyrillic transliterated: "Ayşe Yılmaz" → "ayse yilmaz". */
export function foldName(text: string): string {
  let out = '';
  let wordStart = true;
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const cyrillic = CYRILLIC[ch];
    if (cyrillic !== undefined) {
      out += typeof cyrillic === 'string' ? cyrillic : cyrillic[wordStart ? 0 : 1];
      wordStart = false;
      continue;
    }
    out += SPECIAL_LETTERS[ch] ?? ch;
    wordStart = !LETTER.test(ch);
  }
  return out.normalize('NFD').replace(MARKS, '');
}

const LETTER = /\p{L}/u;
const MARKS = /\p{M}/gu;
const NOT_LETTERS = /[^\p{L}]+/u;

const canonicalOf = new Map<string, string>();
for (const group of TRANSLITERATIONS) for (const spelling of group) canonicalOf.set(spelling, group[0]);

const nicknameGroupsOf = new Map<string, number[]>();
NICKNAMES.forEach((group, index) => {
  for (const name of group) nicknameGroupsOf.set(name, [...(nicknameGroupsOf.get(name) ?? []), index]);
});

/** A word as matching compares it: one transliteration per name; Dutch "ij" and "y" are one letter. */
function canonicalWord(word: string): string {
  return canonicalOf.get(word) ?? word.replace(/ij/g, 'y');
}

/** One name field, prepared once for use as a given name and as a family name (the order may be swapped). */
export interface NamePart {
  /** As a given name: its words, their letters joined, and the nickname groups of its words. */
  readonly words: readonly string[];
  readonly givenKey: string;
  readonly nicknames: ReadonlySet<number>;
  /** As a family name: particles glued to the word they belong to ("van den bossche" → "vandenbossche"). */
  readonly familyKey: string;
  /** The family names of a double family name ("El Amrani Bouzid" → alamrani, bouzid). */
  readonly components: readonly string[];
  /**
   * Every family name in it with and without its particles ("Van den Bossche" → vandenbossche, denbossche,
   * bossche): two names that share one are similar (a particle left out or changed, one of two family names).
   */
  readonly pieces: ReadonlySet<string>;
}

/** "El" and "Al" are one article, written apart or glued: "El Amrani", "Al-Amrani" and "Elamrani" are one name. */
function article(word: string): string {
  if (word === 'el') return 'al';
  return word.startsWith('el') && word.length >= 6 ? `al${word.slice(2)}` : word;
}

/**
 * A family name and what remains when its glued particles come off, every way they can ("denowak" is
 * de + nowak, not den + owak): "vandenbossche" → vandenbossche, denbossche, bossche, ….
 */
function withoutGluedParticles(word: string, into: Set<string>, depth = 0): void {
  const rest = article(word);
  if (into.has(rest)) return;
  into.add(rest);
  if (depth === 3) return;
  for (const particle of GLUED_PARTICLES) {
    if (rest.startsWith(particle) && rest.length - particle.length >= 3) {
      withoutGluedParticles(rest.slice(particle.length), into, depth + 1);
    }
  }
}

export function prepareNamePart(text: string): NamePart {
  const words = foldName(text).split(NOT_LETTERS).filter(Boolean).map(canonicalWord);
  const nicknames = new Set<number>();
  for (const word of words) for (const group of nicknameGroupsOf.get(word) ?? []) nicknames.add(group);

  const components: string[] = [];
  const pieces = new Set<string>();
  let particles: string[] = [];
  const close = (word: string) => {
    components.push(particles.join('') + word);
    for (let i = 0; i <= particles.length; i++) withoutGluedParticles(particles.slice(i).join('') + word, pieces);
    particles = [];
  };
  for (const raw of words) {
    const word = article(raw);
    if (PARTICLES.has(word)) particles.push(word);
    else close(word);
  }
  if (particles.length > 0) close('');
  for (const piece of pieces) if (piece.length < 3) pieces.delete(piece);
  return {
    words,
    givenKey: words.join(''),
    nicknames,
    familyKey: components.join(''),
    components,
    pieces,
  };
}

/**
 * How many typos a name of this length may carry and still be the same name: none up to 3 letters (Jan, Jef,
 * Jos, Tom, Ali are different people one letter apart), one from 4 letters, two from 10 letters (long Flemish
 * names lose a double letter and a final e: Vandenbossche / Vandenbosch). Counted on the shorter name.
 */
export function typoAllowance(length: number): number {
  if (length >= 10) return 2;
  if (length >= 4) return 1;
  return 0;
}

const rowA: number[] = [];
const rowB: number[] = [];
const rowC: number[] = [];

/**
 * Edit distance with adjacent transpositions (optimal string alignment): a letter added, dropped, changed or
 * two neighbours swapped each count one. Stops early once it is above `max`; returns max + 1 then.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = rowA; // row i - 2
  let previous = rowB; // row i - 1
  let current = rowC;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = previous[j - 1] + (ca === cb ? 0 : 1);
      const up = previous[j] + 1;
      const left = current[j - 1] + 1;
      if (up < d) d = up;
      if (left < d) d = left;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && before[j - 2] + 1 < d) {
        d = before[j - 2] + 1;
      }
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length];
}

/** Within the typo allowance of the shorter of the two. */
export function isTypo(a: string, b: string): boolean {
  const allowance = typoAllowance(Math.min(a.length, b.length));
  return allowance > 0 && editDistance(a, b, allowance) <= allowance;
}

function includes(list: readonly string[], word: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === word) return true;
  return false;
}

/** Every word of `small` is in `large`, which has more words. */
function subset(small: readonly string[], large: readonly string[]): boolean {
  if (small.length === 0 || small.length >= large.length) return false;
  for (let i = 0; i < small.length; i++) if (!includes(large, small[i])) return false;
  return true;
}

/** The same words in another order ("Bouzid El Amrani" / "El Amrani Bouzid"). */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  for (let i = 0; i < a.length; i++) if (!includes(b, a[i]) || !includes(a, b[i])) return false;
  return true;
}

export function compareGiven(a: NamePart, b: NamePart): PartGrade {
  if (a.givenKey === '' || b.givenKey === '') return 'other';
  if (a.givenKey === b.givenKey || sameWords(a.words, b.words)) return 'same';
  if (subset(a.words, b.words) || subset(b.words, a.words)) return 'similar';
  for (const group of a.nicknames) if (b.nicknames.has(group)) return 'similar';
  return isTypo(a.givenKey, b.givenKey) ? 'similar' : 'other';
}

export function compareFamily(a: NamePart, b: NamePart): PartGrade {
  if (a.familyKey === '' || b.familyKey === '') return 'other';
  if (a.familyKey === b.familyKey) return 'same';
  if (a.components.length > 1 && sameWords(a.components, b.components)) return 'same';
  for (const piece of a.pieces) if (b.pieces.has(piece)) return 'similar';
  return isTypo(a.familyKey, b.familyKey) ? 'similar' : 'other';
}

const PART_RANK: Record<PartGrade, number> = { same: 2, similar: 1, other: 0 };
const GRADE_RANK: Record<NameGrade, number> = { same: 3, similar: 2, family: 1, other: 0 };

function grade(given: PartGrade, family: PartGrade): NameGrade {
  if (family === 'other') return 'other';
  if (given === 'other') return 'family';
  return given === 'same' && family === 'same' ? 'same' : 'similar';
}

function rank(c: NameComparison): number {
  return GRADE_RANK[c.grade] * 10 + PART_RANK[c.given] + PART_RANK[c.family];
}

export interface PreparedName {
  readonly first: NamePart;
  readonly last: NamePart;
}

export function prepareName(firstName: string, lastName: string): PreparedName {
  return { first: prepareNamePart(firstName), last: prepareNamePart(lastName) };
}

/** False when the family names cannot be alike either way round (a cheap first look; see `compareNames`). */
export function familyNamesMayMatch(a: PreparedName, b: PreparedName): boolean {
  return compareFamily(a.last, b.last) !== 'other' || compareFamily(a.first, b.last) !== 'other';
}

/** Compares two people's names, reading the first one's first and last name either way round. */
export function compareNames(a: PreparedName, b: PreparedName): NameComparison {
  const straightFamily = compareFamily(a.last, b.last);
  const straight: NameComparison = {
    given: compareGiven(a.first, b.first),
    family: straightFamily,
    grade: 'other',
    swapped: false,
  };
  straight.grade = grade(straight.given, straight.family);
  if (straight.grade === 'same') return straight;
  const swapped: NameComparison = {
    given: compareGiven(a.last, b.first),
    family: compareFamily(a.first, b.last),
    grade: 'other',
    swapped: true,
  };
  swapped.grade = grade(swapped.given, swapped.family);
  return rank(swapped) > rank(straight) ? swapped : straight;
}
