import type { FormDefinition } from '../../../forms/types';
import { answerText, type RawAnswers } from '../forms/answers';

/**
 * The raw answers as the review tab shows them ("Question: answer", one per line) and back. The worker
 * corrects an answer in that cell; re-processing reads it back. A line that does not start with a known
 * question continues the answer above it (a paragraph answer with line breaks).
 */
export function answersToText(answers: RawAnswers): string {
  return Object.entries(answers)
    .map(([title, value]) => `${title}: ${answerText(value)}`)
    .join('\n');
}

export function answersFromText(form: FormDefinition, text: string): Record<string, string> {
  const titles = form.questions.map((q) => q.title).sort((a, b) => b.length - a.length);
  const answers: Record<string, string> = {};
  for (const q of form.questions) answers[q.title] = '';
  let current: string | null = null;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const title = titles.find((t) => line.startsWith(`${t}:`));
    if (title) {
      current = title;
      answers[title] = line.slice(title.length + 1).trim();
    } else if (current) {
      answers[current] = `${answers[current]}\n${line}`.trim();
    }
  }
  return answers;
}
