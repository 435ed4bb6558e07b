import type { MailFile, OutgoingMail } from '../../ports';
import { escapeHtml } from '../common/html';

/**
 * The building blocks of every e-mail the script writes. One composer turns them into the plain-text and the
 * HTML part, so every mail has the same calm layout and every field is escaped in exactly one place.
 */
export type MailBlock =
  | { readonly kind: 'paragraph'; readonly lines: readonly string[] }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'numbered'; readonly items: readonly string[] }
  | { readonly kind: 'bullets'; readonly items: readonly string[] }
  | { readonly kind: 'small'; readonly lines: readonly string[] }
  | { readonly kind: 'title'; readonly text: string }
  /** An inline image (`cid:`): the text part shows its description instead. */
  | { readonly kind: 'image'; readonly cid: string; readonly alt: string; readonly width: number };

export const paragraph = (...lines: string[]): MailBlock => ({ kind: 'paragraph', lines });
export const heading = (text: string): MailBlock => ({ kind: 'heading', text });
export const numbered = (items: readonly string[]): MailBlock => ({ kind: 'numbered', items });
export const bullets = (items: readonly string[]): MailBlock => ({ kind: 'bullets', items });
export const small = (...lines: string[]): MailBlock => ({ kind: 'small', lines });
export const title = (text: string): MailBlock => ({ kind: 'title', text });
export const image = (cid: string, alt: string, width = 600): MailBlock => ({ kind: 'image', cid, alt, width });

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
    case 'small':
      return block.lines.join('\n');
    case 'heading':
    case 'title':
      return block.text;
    case 'image':
      return `[${block.alt}]`;
    case 'numbered':
      return block.items.map((item, i) => `${i + 1}. ${item}`).join('\n');
    case 'bullets':
      return block.items.map((item) => `- ${item}`).join('\n');
  }
}

function blockHtml(block: MailBlock): string {
  const e = escapeHtml;
  switch (block.kind) {
    case 'paragraph':
      return `<p>${block.lines.map(e).join('<br>')}</p>`;
    case 'small':
      return `<p style="font-size:13px;color:#555">${block.lines.map(e).join('<br>')}</p>`;
    case 'heading':
      return `<h2 style="font-size:18px">${e(block.text)}</h2>`;
    case 'title':
      return `<h1 style="font-size:22px">${e(block.text)}</h1>`;
    case 'image':
      return `<p><img src="cid:${e(block.cid)}" alt="${e(block.alt)}" width="${block.width}" style="max-width:100%;height:auto"></p>`;
    case 'numbered':
      return `<ol>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ol>`;
    case 'bullets':
      return `<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
  }
}

export interface MailContent {
  to: string;
  subject: string;
  blocks: readonly MailBlock[];
  replyTo?: string;
  senderName?: string;
  attachments?: readonly MailFile[];
  inlineImages?: Readonly<Record<string, MailFile>>;
}

export function composeMail(content: MailContent): OutgoingMail {
  return {
    to: content.to,
    subject: content.subject,
    text: content.blocks.map(blockText).join('\n\n'),
    html:
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>` +
      '<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5"><main>' +
      content.blocks.map(blockHtml).join('') +
      '</main></body></html>',
    replyTo: content.replyTo,
    senderName: content.senderName,
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(content.inlineImages ? { inlineImages: content.inlineImages } : {}),
  };
}
