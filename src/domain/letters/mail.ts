import type { OutgoingMail } from '../../ports';
import { bullets, composeMail, heading, type MailBlock, paragraph } from '../messages/compose';
import type { Settings } from '../settings/settings';
import type { Recipient } from './recipients';
import { fillBlocks, type LetterTemplate } from './template';

/**
 * A letter as a personal e-mail, through the one mail composer (every field escaped there). The subject line of
 * the template is the e-mail's subject; list lines become a bulleted list.
 */
export function letterMail(
  template: LetterTemplate,
  recipient: Recipient,
  constants: Readonly<Record<string, string>>,
  lists: Readonly<Record<string, readonly string[]>>,
  settings: Settings,
): OutgoingMail {
  const filled = fillBlocks(template, { ...constants, ...recipient.values }, { ...lists, ...recipient.lists });
  const blocks: MailBlock[] = [];
  let items: string[] = [];
  const endList = () => {
    if (items.length > 0) blocks.push(bullets(items));
    items = [];
  };
  for (const block of filled) {
    if (block.kind === 'bullet') {
      items.push(block.text);
      continue;
    }
    endList();
    if (block.kind === 'heading') blocks.push(heading(block.text));
    if (block.kind === 'paragraph') blocks.push(paragraph(block.text));
  }
  endList();
  return composeMail({
    to: recipient.email,
    subject: filled.find((b) => b.kind === 'subject')?.text ?? '',
    blocks,
    replyTo: settings.workerEmail,
    senderName: settings.senderName,
  });
}
