import { type LetterKind, LIST_PLACEHOLDERS, PLACEHOLDERS } from './catalogue';
import { type LetterBlock, type LetterTemplate, listPlaceholder, PLACEHOLDER } from './template';

/**
 * The clear-language check (Heerlijk Helder, PRODUCT.md) run before every merge and in the tests. Findings are
 * advice in Dutch: the worker may still go on. Every language gets the placeholder and sentence-length rules;
 * the word rules (formal words, u or je, abbreviations, passive voice) are Dutch and run on Dutch letters.
 */

export type RuleId =
  | 'onbekende-plaatshouder'
  | 'ontbrekende-plaatshouder'
  | 'kapotte-plaatshouder'
  | 'lijst-niet-alleen'
  | 'lange-zin'
  | 'formeel-woord'
  | 'u-en-je'
  | 'afkorting'
  | 'lijdende-vorm';

export interface Finding {
  readonly rule: RuleId;
  /** What the worker reads, in Dutch. */
  readonly message: string;
}

export const MAX_SENTENCE_WORDS = 15;

/** Formal words and their plain alternative (Heerlijk Helder's list, extended with the usual suspects). */
export const FORMAL_WORDS: Readonly<Record<string, string>> = {
  indien: 'als',
  teneinde: 'om',
  middels: 'met of via',
  gelieve: 'wil je of vragen we',
  betreffende: 'over',
  dient: 'moet',
  dienen: 'moeten',
  'in bijlage': 'bij deze brief',
  alsook: 'en',
  derhalve: 'daarom',
  omtrent: 'over',
  'ten behoeve van': 'voor',
  inzake: 'over',
  mits: 'als',
  thans: 'nu',
  reeds: 'al',
  wegens: 'door of omdat',
  aangaande: 'over',
  hieromtrent: 'hierover',
  doch: 'maar',
  gaarne: 'graag',
  conform: 'volgens',
  trachten: 'proberen',
  bijgevolg: 'daarom',
  ingevolge: 'door',
  woonachtig: 'wonen',
  aanvang: 'begin',
  verstrekken: 'geven',
  retourneren: 'terugsturen',
  desgewenst: 'als je wil',
  'ter beschikking': 'geven of klaarleggen',
  verzoeken: 'vragen',
};

/** Abbreviations written with dots: write them out. */
const DOTTED = /(^|[\s(])((?:[a-z]{1,4}\.){2,}|(?:bv|bijv|enz|ca|nr|tel|incl|excl|evt|zgn|resp|vnl)\.)/gi;
/** Letter words in capitals (OCMW, NT2) or like eID: explain them the first time. */
const ACRONYM = /\b(?:[A-Z]{2,}[0-9]*|[a-z][A-Z]{2,})\b/g;

const U_FORMS = new Set(['u', 'uw', 'uzelf']);
const JE_FORMS = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf']);
const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden']);
const ZIJN = new Set(['is', 'zijn', 'was', 'waren']);
/** Past participles: gestuurd, betaald, verstuurd, and with a separable part: opgehaald, aangevraagd, meegenomen. */
const PARTICIPLE =
  /^(?:(?:op|af|aan|uit|in|mee|terug|toe|weg|over|na|voor|bij|om|vast|samen)?ge|be|ver|ont|her|er)[a-zà-ÿ]{2,}(d|t|en)$/;

/** A placeholder counts as one word. */
function words(sentence: string): string[] {
  return sentence
    .replace(PLACEHOLDER, 'x')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}€]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}€]/u.test(w));
}

/** Sentences of a block: split after . ! ? (a list line or a heading is a sentence of its own). */
export function sentences(block: LetterBlock): string[] {
  return block.text
    .split(/(?<=[.!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function quote(sentence: string): string {
  const w = sentence.split(/\s+/);
  return w.length > 6 ? `"${w.slice(0, 6).join(' ')} …"` : `"${sentence}"`;
}

function checkPlaceholders(template: LetterTemplate, kind: LetterKind): Finding[] {
  const findings: Finding[] = [];
  const allowed = new Set(PLACEHOLDERS[kind.audience]);
  const used = new Set<string>();
  for (const block of template.blocks) {
    for (const match of block.text.matchAll(PLACEHOLDER)) {
      const name = match[1];
      used.add(name);
      if (!allowed.has(name)) {
        findings.push({
          rule: 'onbekende-plaatshouder',
          message: `{{${name}}} kennen we niet in deze brief. Kies uit: ${[...allowed].map((p) => `{{${p}}}`).join(', ')}.`,
        });
      } else if (LIST_PLACEHOLDERS.has(name) && !listPlaceholder(block)) {
        findings.push({
          rule: 'lijst-niet-alleen',
          message: `{{${name}}} is een lijst. Zet het alleen op een eigen regel die met "- " begint.`,
        });
      }
    }
    const broken = block.text.replace(PLACEHOLDER, '').match(/\{[^{}]*\}+|\{\{[^}]*$|\{+\s*[a-z_ ]+\s*\}+/gi);
    for (const piece of broken ?? []) {
      findings.push({
        rule: 'kapotte-plaatshouder',
        message: `"${piece}" lijkt een plaatshouder, maar is niet goed geschreven. Schrijf zo: {{voornaam}}.`,
      });
    }
  }
  for (const name of kind.required) {
    if (!used.has(name)) {
      findings.push({
        rule: 'ontbrekende-plaatshouder',
        message: `{{${name}}} ontbreekt. Deze brief heeft dat nodig.`,
      });
    }
  }
  return findings;
}

function checkLength(template: LetterTemplate): Finding[] {
  const findings: Finding[] = [];
  for (const block of template.blocks) {
    for (const sentence of sentences(block)) {
      const count = words(sentence).length;
      if (count > MAX_SENTENCE_WORDS) {
        findings.push({
          rule: 'lange-zin',
          message: `De zin ${quote(sentence)} heeft ${count} woorden. Houd zinnen korter dan ${MAX_SENTENCE_WORDS + 1} woorden.`,
        });
      }
    }
  }
  return findings;
}

function checkFormalWords(text: string): Finding[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ')} `.replace(/\s+/g, ' ');
  return Object.entries(FORMAL_WORDS)
    .filter(([word]) => lower.includes(` ${word} `))
    .map(([word, plain]) => ({
      rule: 'formeel-woord' as const,
      message: `"${word}" is een moeilijk woord. Schrijf "${plain}".`,
    }));
}

function checkAddress(text: string): Finding[] {
  const tokens = text
    .replace(PLACEHOLDER, ' ')
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  const u = tokens.filter((t) => U_FORMS.has(t)).length;
  const je = tokens.filter((t) => JE_FORMS.has(t)).length;
  if (u === 0 || je === 0) return [];
  return [
    {
      rule: 'u-en-je',
      message: `De brief zegt ${u} keer "u" en ${je} keer "je". Kies één van de twee en houd die de hele brief aan.`,
    },
  ];
}

/** Names with dots or capitals that are not abbreviations. */
const NAMES = ['Digi.Taal'];

function checkAbbreviations(fullText: string): Finding[] {
  const text = NAMES.reduce((t, name) => t.split(name).join(' '), fullText);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(DOTTED)) {
    const abbreviation = match[2];
    if (seen.has(abbreviation.toLowerCase())) continue;
    seen.add(abbreviation.toLowerCase());
    findings.push({ rule: 'afkorting', message: `"${abbreviation}" is een afkorting. Schrijf het woord voluit.` });
  }
  const plain = text.replace(PLACEHOLDER, ' ');
  for (const match of plain.matchAll(ACRONYM)) {
    const acronym = match[0];
    if (seen.has(acronym)) continue;
    seen.add(acronym);
    const first = match.index ?? 0;
    const after = plain.slice(first + acronym.length);
    const before = plain.slice(0, first);
    const explainedAfter = /^\s*\(\s*[^)]*\p{L}{2,}[^)]*\s[^)]*\)/u.test(after);
    const explainedBefore = /\p{L}{2,}\s*\(\s*$/u.test(before) && /^\s*\)/.test(after);
    if (!explainedAfter && !explainedBefore) {
      findings.push({
        rule: 'afkorting',
        message: `"${acronym}" is een afkorting. Leg ze de eerste keer uit, bijvoorbeeld: ${acronym} (uitleg in gewone woorden).`,
      });
    }
  }
  return findings;
}

function checkPassive(template: LetterTemplate): Finding[] {
  const findings: Finding[] = [];
  for (const block of template.blocks) {
    for (const sentence of sentences(block)) {
      const tokens = sentence
        .replace(PLACEHOLDER, ' ')
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter(Boolean);
      const worden = tokens.findIndex((t) => WORDEN.has(t));
      const participle = (from: number) => tokens.slice(from + 1).some((t) => PARTICIPLE.test(t));
      const zijn = tokens.findIndex((t) => ZIJN.has(t));
      const byAgent = zijn >= 0 && tokens.includes('door') && participle(zijn);
      if ((worden >= 0 && participle(worden)) || byAgent) {
        findings.push({
          rule: 'lijdende-vorm',
          message: `De zin ${quote(sentence)} staat in de lijdende vorm. Zeg wie iets doet: "wij sturen" in plaats van "wordt gestuurd".`,
        });
      }
    }
  }
  return findings;
}

/** Every finding for one template of a letter. */
export function checkLetter(template: LetterTemplate, kind: LetterKind): Finding[] {
  const findings = [...checkPlaceholders(template, kind), ...checkLength(template)];
  if (template.language === 'nl') {
    const text = template.blocks.map((b) => b.text).join('\n');
    findings.push(
      ...checkFormalWords(text),
      ...checkAddress(text),
      ...checkAbbreviations(text),
      ...checkPassive(template),
    );
  }
  return findings;
}

/** The findings as the worker reads them: one line each, with the letter and language. */
export function findingsText(label: string, findings: readonly Finding[]): string {
  return findings.map((f) => `${label}: ${f.message}`).join('\n');
}
