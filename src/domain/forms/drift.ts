import type { FormDefinition, Question } from '../../../forms/types';

/**
 * Form drift: compares a live Google Form with its definition in `forms/`, so a hand edit in Google Forms
 * (a renamed question, a removed choice, a new question) cannot silently break parsing. Pure: the Apps
 * Script adapter reads the live form into `LiveItem`s.
 */

export type LiveKind = 'text' | 'paragraph' | 'single' | 'list' | 'multi' | 'date' | 'other';

export interface LiveItem {
  title: string;
  kind: LiveKind;
  required: boolean;
  /** Choices of a choice item, in order. */
  choices?: readonly string[];
  /** Google Forms' "Andere" option. */
  other?: boolean;
}

const KIND_NAME: Record<LiveKind, string> = {
  text: 'korte tekst',
  paragraph: 'lange tekst',
  single: 'één keuze',
  list: 'keuzelijst',
  multi: 'meerdere keuzes (vakjes)',
  date: 'datum',
  other: 'een ander soort vraag',
};

function expectedKind(q: Question): LiveKind {
  return q.kind === 'confirm' ? 'multi' : q.kind;
}

function expectedChoices(q: Question, choicesOf: (q: Question) => readonly string[]): readonly string[] | undefined {
  if (q.kind === 'confirm') return [q.statement];
  if (q.kind === 'single' || q.kind === 'list' || q.kind === 'multi') return choicesOf(q);
  return undefined;
}

const list = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

function compareQuestion(q: Question, live: LiveItem, choicesOf: (q: Question) => readonly string[]): string[] {
  const changes: string[] = [];
  const kind = expectedKind(q);
  if (live.kind !== kind) {
    changes.push(
      `Vraag "${q.title}" is gewijzigd: het is nu ${KIND_NAME[live.kind]}, het moet ${KIND_NAME[kind]} zijn.`,
    );
    return changes;
  }
  if (live.required !== q.required) {
    changes.push(
      `Vraag "${q.title}" is gewijzigd: ze is nu ${live.required ? 'verplicht' : 'niet verplicht'}, dat moet ${q.required ? 'verplicht' : 'niet verplicht'} zijn.`,
    );
  }
  const wanted = expectedChoices(q, choicesOf);
  if (wanted && live.choices) {
    const missing = wanted.filter((c) => !live.choices!.includes(c));
    const extra = live.choices.filter((c) => !wanted.includes(c));
    if (missing.length > 0) changes.push(`Vraag "${q.title}" is gewijzigd: keuze ${list(missing)} ontbreekt.`);
    if (extra.length > 0) changes.push(`Vraag "${q.title}" is gewijzigd: nieuwe keuze ${list(extra)}.`);
  }
  const wantsOther = 'other' in q && q.other === true;
  if (wanted && live.other !== undefined && live.other !== wantsOther) {
    changes.push(`Vraag "${q.title}" is gewijzigd: de keuze "Andere" is ${live.other ? 'aangezet' : 'weggehaald'}.`);
  }
  return changes;
}

/**
 * The differences, as Dutch sentences for the worker (empty when the form matches). `choicesOf` gives the
 * choices a choice question should offer now (fixed, or read from a tab such as Partners or Acties).
 */
export function compareForm(
  def: FormDefinition,
  live: readonly LiveItem[],
  choicesOf: (q: Question) => readonly string[],
): string[] {
  const changes: string[] = [];
  const liveByTitle = new Map(live.map((item) => [item.title.trim(), item]));
  const defined = new Set(def.questions.map((q) => q.title));
  const removed = def.questions.filter((q) => !liveByTitle.has(q.title));
  const added = live.filter((item) => !defined.has(item.title.trim()));

  for (const q of def.questions) {
    const item = liveByTitle.get(q.title);
    if (item) changes.push(...compareQuestion(q, item, choicesOf));
  }
  // A removed and an added question at the same place with the same kind: a renamed question.
  for (const q of removed) {
    const position = def.questions.indexOf(q);
    const renamed = added.find((item) => live.indexOf(item) === position && item.kind === expectedKind(q));
    if (renamed) {
      changes.push(
        `Vraag ${position + 1} is hernoemd: "${q.title}" heet nu "${renamed.title}". Antwoorden op deze vraag worden niet meer gelezen.`,
      );
      added.splice(added.indexOf(renamed), 1);
    } else {
      changes.push(
        `Vraag "${q.title}" is verwijderd uit het formulier. Zonder deze vraag kan het script de antwoorden niet verwerken.`,
      );
    }
  }
  for (const item of added) {
    changes.push(
      `Vraag "${item.title}" is toegevoegd in het formulier, maar staat niet in de definitie. Dit antwoord wordt niet gelezen.`,
    );
  }
  return changes;
}
