import files from 'letter-templates';
import { LETTER_KINDS } from './catalogue';
import { type LetterTemplate, parseTemplate } from './template';

/**
 * The templates shipped in the repo (templates/brieven/<sjabloon>/<taal>.txt), bundled into both builds.
 * In Google, `setup` turns each into a Google Doc the worker edits; the twin prints them as they are.
 */
export function shippedTemplates(): LetterTemplate[] {
  return Object.keys(files)
    .sort()
    .map((key) => {
      const [kind, language] = key.split('/');
      return parseTemplate(kind, language, files[key]);
    })
    .filter((t) => LETTER_KINDS.some((k) => k.id === t.kind));
}

export function shippedTemplate(kind: string, language: string): LetterTemplate | null {
  const source = files[`${kind}/${language}`];
  return source === undefined ? null : parseTemplate(kind, language, source);
}

/** Language codes shipped for a letter, Dutch first. */
export function shippedLanguages(kind: string): string[] {
  return Object.keys(files)
    .filter((key) => key.startsWith(`${kind}/`))
    .map((key) => key.split('/')[1])
    .sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));
}
