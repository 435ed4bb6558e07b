import { LIST_PLACEHOLDERS } from './catalogue';

/**
 * A letter template as text: the same shape in a repo file (`templates/brieven/<sjabloon>/<taal>.txt`) and in
 * the Google Doc the worker edits.
 *
 *   # Subject line (the letter's title, also the e-mail subject)
 *   Beste {{voornaam}},            ← a paragraph: lines until a blank line
 *   ## A heading
 *   - a list line
 *   - {{digipunten}}               ← a list placeholder on its own line: one line per item
 */

export type BlockKind = 'subject' | 'heading' | 'paragraph' | 'bullet';

export interface LetterBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

export interface LetterTemplate {
  /** Sjabloon id (folder name). */
  readonly kind: string;
  /** Language code (file name). */
  readonly language: string;
  /** The subject first, then the body. */
  readonly blocks: readonly LetterBlock[];
}

/** `{{naam}}`: lower-case letters, digits and underscores. */
export const PLACEHOLDER = /\{\{([a-z0-9_]+)\}\}/g;

export function parseTemplate(kind: string, language: string, source: string): LetterTemplate {
  const blocks: LetterBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endParagraph();
    } else if (line.startsWith('## ')) {
      endParagraph();
      blocks.push({ kind: 'heading', text: line.slice(3).trim() });
    } else if (line.startsWith('# ')) {
      endParagraph();
      blocks.push({ kind: 'subject', text: line.slice(2).trim() });
    } else if (line.startsWith('- ')) {
      endParagraph();
      blocks.push({ kind: 'bullet', text: line.slice(2).trim() });
    } else {
      paragraph.push(line);
    }
  }
  endParagraph();
  return { kind, language, blocks };
}

/** The template as text again (what setup writes into a Google Doc, one paragraph per block). */
export function templateText(template: LetterTemplate): string {
  return template.blocks
    .map((b) =>
      b.kind === 'subject'
        ? `# ${b.text}`
        : b.kind === 'heading'
          ? `## ${b.text}`
          : b.kind === 'bullet'
            ? `- ${b.text}`
            : b.text,
    )
    .join('\n\n');
}

export function subjectOf(template: LetterTemplate): string {
  return template.blocks.find((b) => b.kind === 'subject')?.text ?? '';
}

/** Every placeholder name used in a text, once each, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** The list placeholder a block stands for, when the block is exactly `{{list}}` on a list line. */
export function listPlaceholder(block: LetterBlock): string | null {
  const match = /^\{\{([a-z0-9_]+)\}\}$/.exec(block.text.trim());
  return block.kind === 'bullet' && match && LIST_PLACEHOLDERS.has(match[1]) ? match[1] : null;
}

export type LetterValues = Readonly<Record<string, string>>;
export type LetterLists = Readonly<Record<string, readonly string[]>>;

/** Line breaks in a field would break a paragraph, a header or an address line: they become spaces. */
export function oneLine(value: string): string {
  return value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

/**
 * Fills placeholders in one pass, so a value that itself looks like `{{…}}` stays as typed (never expanded).
 * Unknown placeholders stay visible, so the checker and the reader see them.
 */
export function fillText(text: string, values: LetterValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? oneLine(values[name]) : whole));
}

/**
 * A list line whose placeholders are all empty for this recipient is left out ("- Uur: {{afspraak_uur}}" for an
 * appointment without an hour).
 */
export function dropsLine(block: LetterBlock, values: LetterValues): boolean {
  const names = placeholdersIn(block.text);
  return block.kind === 'bullet' && names.length > 0 && names.every((n) => (values[n] ?? '').trim() === '');
}

/** The letter for one recipient: text filled, list lines expanded (an empty list drops its line). */
export function fillBlocks(template: LetterTemplate, values: LetterValues, lists: LetterLists): LetterBlock[] {
  const out: LetterBlock[] = [];
  for (const block of template.blocks) {
    const list = listPlaceholder(block);
    if (list) {
      for (const item of lists[list] ?? []) out.push({ kind: 'bullet', text: oneLine(item) });
    } else if (!dropsLine(block, values)) {
      out.push({ kind: block.kind, text: fillText(block.text, values) });
    }
  }
  return out;
}
