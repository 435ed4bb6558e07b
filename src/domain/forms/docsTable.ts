import type { ChoiceQuestion, FormDefinition, Question } from '../../../forms/types';

const KIND_LABEL: Record<Question['kind'], string> = {
  text: 'korte tekst',
  paragraph: 'lange tekst',
  single: 'één keuze',
  list: 'keuzelijst',
  multi: 'meerdere keuzes',
  confirm: 'aanvinken (verplicht)',
  date: 'datum',
};

const CHECK_LABEL: Record<string, string> = {
  name: 'naam, hoofdletters rechtgezet',
  email: 'precies één e-mailadres',
  phone: 'telefoonnummer → +32 …',
  postcode: 'Belgische postcode; gemeente uit postcode',
  municipality: 'gemeente (ook Franse naam)',
  street: 'straat en nummer',
  plain: 'vrije tekst',
  count: 'geheel getal (0 of meer)',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function answers(q: Question): string {
  if (q.kind === 'confirm') return q.statement;
  if (q.kind === 'date') return 'dd/mm/jjjj';
  if ('check' in q) return `${CHECK_LABEL[q.check]}, max. ${q.maxLength} tekens`;
  return choiceAnswers(q);
}

function choiceAnswers(q: ChoiceQuestion): string {
  const src = q.choices;
  const list = src.kind === 'fixed' ? src.values.join(' / ') : `uit tabblad ${src.tab}, kolom ${src.column}`;
  return q.other ? `${list} / Andere` : list;
}

/** The Markdown table of a form's questions, generated from its definition (docs/formulieren.md). */
export function formDocs(form: FormDefinition): string {
  const lines = [
    `## ${form.title}`,
    '',
    `${form.description}`,
    '',
    `Antwoorden komen in het tabblad **${form.responseTab}**.`,
    '',
    '| # | Vraag | Veld | Soort | Verplicht | Antwoorden |',
    '|---|---|---|---|---|---|',
    ...form.questions.map(
      (q, i) =>
        `| ${i + 1} | ${cell(q.title)} | \`${q.id}\` | ${KIND_LABEL[q.kind]} | ${q.required ? 'ja' : 'nee'} | ${cell(answers(q))} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export function allFormDocs(forms: readonly FormDefinition[]): string {
  return [
    '# Formulieren',
    '',
    'Dit bestand is gemaakt door `npm run docs` uit de definities in `forms/`. Pas het niet met de hand aan.',
    '',
    ...forms.map(formDocs),
  ].join('\n');
}
