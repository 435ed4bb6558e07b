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
  if (PLAIN.test(text)) return text.toLowerCase(); // most names: nothing to fold
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  let wordStart = true;
  for (const ch of lower) {
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

const PLAIN = /^[\x20-\x7e]*$/;
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
  const canonical = canonicalOf.get(word);
  if (canonical !== undefined) return canonical;
  return word.includes('ij') ? word.replace(/ij/g, 'y') : word;
}

/** A name field read as a given name: its words, their letters joined, the nickname groups of its words. */
export interface GivenName {
  readonly words: readonly string[];
  readonly key: string;
  readonly nicknames: readonly number[];
}

/** A name field read as a family name. */
export interface FamilyName {
  /** Particles glued to the word they belong to: "van den bossche" → "vandenbossche". */
  readonly key: string;
  /** The family names of a double family name ("El Amrani Bouzid" → alamrani, bouzid). */
  readonly components: readonly string[];
  /**
   * Every family name in it with and without its particles ("Van den Bossche" → vandenbossche, denbossche,
   * bossche): two names that share one are similar (a particle left out or changed, one of two family names).
   * Each piece ends a component and has at least 3 letters: names that share one end a component alike.
   */
  readonly pieces: readonly string[];
}

/** "El" and "Al" are one article, written apart or glued: "El Amrani", "Al-Amrani" and "Elamrani" are one name. */
function article(word: string): string {
  if (word === 'el') return 'al';
  return word.length >= 6 && word.startsWith('el') ? `al${word.slice(2)}` : word;
}

const GLUED_FIRST_LETTERS = new Set(GLUED_PARTICLES.map((p) => p.charCodeAt(0)));

/**
 * A family name and what remains when its glued particles come off, every way they can ("denowak" is
 * de + nowak, not den + owak): "vandenbossche" → vandenbossche, denbossche, bossche, ….
 */
function withoutGluedParticles(word: string, into: string[], depth = 0): void {
  const rest = article(word);
  if (into.includes(rest)) return;
  into.push(rest);
  if (depth === 3 || !GLUED_FIRST_LETTERS.has(rest.charCodeAt(0))) return;
  for (const particle of GLUED_PARTICLES) {
    if (rest.length - particle.length >= 3 && rest.startsWith(particle)) {
      withoutGluedParticles(rest.slice(particle.length), into, depth + 1);
    }
  }
}

function givenName(words: readonly string[]): GivenName {
  const nicknames: number[] = [];
  for (const word of words) for (const group of nicknameGroupsOf.get(word) ?? []) nicknames.push(group);
  return { words, key: words.join(''), nicknames };
}

class Family implements FamilyName {
  readonly key: string;
  readonly components: string[] = [];
  /** The particles written apart before each component ('' for none), space-separated. */
  private particlesOf: string[] | undefined;
  private piecesFound: string[] | undefined;

  constructor(words: readonly string[]) {
    let particles = '';
    for (const raw of words) {
      const word = article(raw);
      if (PARTICLES.has(word)) {
        particles = particles === '' ? word : `${particles} ${word}`;
        continue;
      }
      this.add(particles, word);
      particles = '';
    }
    if (particles !== '') this.add(particles, '');
    this.key = this.components.length === 1 ? this.components[0] : this.components.join('');
  }

  private add(particles: string, word: string): void {
    if (particles !== '' && !this.particlesOf) this.particlesOf = this.components.map(() => '');
    this.particlesOf?.push(particles);
    this.components.push(particles === '' ? word : particles.replace(/ /g, '') + word);
  }

  get pieces(): readonly string[] {
    if (!this.piecesFound) {
      const pieces: string[] = [];
      this.components.forEach((component, c) => {
        const written = this.particlesOf?.[c] ?? '';
        const particles = written === '' ? [] : written.split(' ');
        const word = component.slice(particles.join('').length);
        for (let i = 0; i <= particles.length; i++) withoutGluedParticles(particles.slice(i).join('') + word, pieces);
      });
      this.piecesFound = pieces.filter((piece) => piece.length >= 3);
    }
    return this.piecesFound;
  }
}

/** Two components ending in the same three letters (necessary for a shared piece: pieces end a component). */
function shareATail(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    if (x.length < 3) continue;
    for (const y of b) {
      if (
        y.length >= 3 &&
        x.charCodeAt(x.length - 1) === y.charCodeAt(y.length - 1) &&
        x.charCodeAt(x.length - 2) === y.charCodeAt(y.length - 2) &&
        x.charCodeAt(x.length - 3) === y.charCodeAt(y.length - 3)
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * One name field, read as a given name or as a family name (the order may be swapped). Each reading is worked
 * out once, when first needed: most comparisons stop at the family names.
 */
export class NamePart {
  private foldedWords: readonly string[] | undefined;
  private asGiven: GivenName | undefined;
  private asFamily: FamilyName | undefined;

  constructor(private readonly text: string) {}

  private get words(): readonly string[] {
    if (!this.foldedWords) {
      const folded = foldName(this.text);
      const words = PLAIN.test(folded) ? folded.split(NOT_PLAIN_LETTERS) : folded.split(NOT_LETTERS);
      let kept = 0;
      for (const word of words) if (word !== '') words[kept++] = canonicalWord(word);
      words.length = kept;
      this.foldedWords = words;
    }
    return this.foldedWords;
  }

  get given(): GivenName {
    if (!this.asGiven) this.asGiven = givenName(this.words);
    return this.asGiven;
  }

  get family(): FamilyName {
    if (!this.asFamily) this.asFamily = new Family(this.words);
    return this.asFamily;
  }
}

const NOT_PLAIN_LETTERS = /[^a-z]+/;

export function prepareNamePart(text: string): NamePart {
  return new NamePart(text);
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

export function compareGiven(x: NamePart, y: NamePart): PartGrade {
  const a = x.given;
  const b = y.given;
  if (a.key === '' || b.key === '') return 'other';
  if (a.key === b.key || sameWords(a.words, b.words)) return 'same';
  if (subset(a.words, b.words) || subset(b.words, a.words)) return 'similar';
  for (const group of a.nicknames) if (b.nicknames.includes(group)) return 'similar';
  return isTypo(a.key, b.key) ? 'similar' : 'other';
}

export function compareFamily(x: NamePart, y: NamePart): PartGrade {
  const a = x.family;
  const b = y.family;
  if (a.key === '' || b.key === '') return 'other';
  if (a.key === b.key) return 'same';
  if (a.components.length > 1 && sameWords(a.components, b.components)) return 'same';
  if (shareATail(a.components, b.components) && sharesAny(a.pieces, b.pieces)) return 'similar';
  return isTypo(a.key, b.key) ? 'similar' : 'other';
}

function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (includes(b, a[i])) return true;
  return false;
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
