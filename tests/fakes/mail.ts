import { type Core, GasObject } from './core';
import type { Shape } from './types';
import { FakeBlob } from './utilities';

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments?: FakeBlob[];
  /** Images the HTML shows with <img src="cid:key">, by key. */
  inlineImages?: Record<string, FakeBlob>;
  sentAt: Date;
}

/** Google: 25 MB of attachments per message. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

export interface MailState {
  sent: SentMail[];
  quota: number;
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

function recipients(list: string | undefined): string[] {
  return String(list ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

/** `MailApp`: validates recipients, spends one unit of daily quota per recipient, records the mail. */
export class FakeMailApp
  extends GasObject
  implements Shape<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>
{
  constructor(
    core: Core,
    private readonly state: MailState,
  ) {
    super(core, 'MailApp', 'MailApp');
  }

  getRemainingDailyQuota(): number {
    return this.state.quota;
  }

  /** `sendEmail(message)`, `sendEmail(to, subject, body, options?)` or `sendEmail(to, replyTo, subject, body)`. */
  sendEmail(...args: unknown[]): void {
    const message = toMessage(args);
    const all = [message.to, message.cc, message.bcc].flatMap(recipients);
    if (recipients(message.to).length === 0 && all.length === 0) {
      throw this.core.error('Failed to send email: no recipient');
    }
    for (const address of all) {
      const bare = /<([^>]*)>\s*$/.exec(address)?.[1] ?? address;
      if (!ADDRESS.test(bare)) throw this.core.error(`Invalid email: ${address}`);
    }
    const files = this.files(args);
    if (this.state.quota < all.length) throw this.core.error('Service invoked too many times for one day: email.');
    this.state.quota -= all.length;
    this.state.sent.push({ ...message, ...files, sentAt: new Date(this.core.now()) });
  }

  /**
   * Attachments (an array of BlobSource) and inline images (an object of BlobSource), as blobs. Anything
   * else is refused; more than 25 MB in all is refused (Google's limit per message).
   */
  private files(args: unknown[]): Pick<SentMail, 'attachments' | 'inlineImages'> {
    const options = (
      typeof args[0] === 'object' && args[0] !== null ? args[0] : typeof args[3] === 'object' ? args[3] : {}
    ) as Record<string, unknown>;
    const blob = (value: unknown, what: string): FakeBlob => {
      const raw = this.core.unwrap(value) as unknown;
      if (raw instanceof FakeBlob) return raw;
      const source = raw as { getBlob?: () => unknown } | null;
      if (source && typeof source.getBlob === 'function') {
        const b = this.core.unwrap(source.getBlob());
        if (b instanceof FakeBlob) return b;
      }
      throw this.core.error(`Invalid argument: ${what}`);
    };
    const out: Pick<SentMail, 'attachments' | 'inlineImages'> = {};
    if (options.attachments !== undefined) {
      if (!Array.isArray(options.attachments)) throw this.core.error('Invalid argument: attachments');
      out.attachments = options.attachments.map((a) => blob(a, 'attachments'));
    }
    if (options.inlineImages !== undefined) {
      if (typeof options.inlineImages !== 'object' || options.inlineImages === null)
        throw this.core.error('Invalid argument: inlineImages');
      out.inlineImages = {};
      for (const [key, value] of Object.entries(options.inlineImages))
        out.inlineImages[key] = blob(value, 'inlineImages');
    }
    const size = [...(out.attachments ?? []), ...Object.values(out.inlineImages ?? {})].reduce(
      (n, b) => n + b.rawBytes().length,
      0,
    );
    if (size > MAX_ATTACHMENT_BYTES) throw this.core.error('Limit Exceeded: Email Total Attachments Size.');
    return out;
  }
}

function toMessage(args: unknown[]): Omit<SentMail, 'sentAt' | 'attachments' | 'inlineImages'> {
  const [first, second, third, fourth] = args;
  const pick = (o: Record<string, unknown>) => {
    const text = (k: string) => (o[k] === undefined || o[k] === null ? undefined : String(o[k]));
    return {
      to: String(o.to ?? ''),
      cc: text('cc'),
      bcc: text('bcc'),
      subject: String(o.subject ?? ''),
      body: String(o.body ?? ''),
      htmlBody: text('htmlBody'),
      name: text('name'),
      replyTo: text('replyTo'),
      noReply: o.noReply === undefined ? undefined : !!o.noReply,
    };
  };
  if (typeof first === 'object' && first !== null) return pick(first as Record<string, unknown>);
  if (typeof fourth === 'string') return pick({ to: first, replyTo: second, subject: third, body: fourth });
  const options = typeof fourth === 'object' && fourth !== null ? (fourth as Record<string, unknown>) : {};
  return pick({ ...options, to: first, subject: second, body: third });
}
