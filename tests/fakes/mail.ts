import { type Core, GasObject } from './core';
import type { Shape } from './types';
import { FakeBlob } from './utilities';

/** An attachment as the fake records it. */
export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  data: Buffer;
}

/** Apps Script's per-message limits (quotas page, "Current limitations"). */
export const MAIL_LIMITS = { attachments: 250, attachmentBytes: 25 * 1024 * 1024, bodyBytes: 200 * 1024 } as const;

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
  attachments?: SentAttachment[];
  /** Images the HTML shows with <img src="cid:key">, by key. */
  inlineImages?: Record<string, SentAttachment>;
  sentAt: Date;
}

export interface MailState {
  sent: SentMail[];
  /** Recipients per day per account. */
  dailyLimit: number;
  /** Per sending account: when its 24-hour quota window began, and what is left in it. */
  windows: Map<string, { start: number; remaining: number }>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The daily recipient quota of the sending account. Google refreshes a quota 24 hours after the window began
 * (the exact moment varies per account), so the fake keeps a window per account that opens with the first
 * recipient and is full again 24 hours later — never earlier, as a calendar-day reset would be.
 */
export function remainingQuota(state: MailState, account: string, now: number): number {
  const window = state.windows.get(account);
  if (!window || now >= window.start + DAY_MS) return state.dailyLimit;
  return window.remaining;
}

export function spendQuota(state: MailState, account: string, now: number, recipients: number): void {
  let window = state.windows.get(account);
  if (!window || now >= window.start + DAY_MS) {
    window = { start: now, remaining: state.dailyLimit };
    state.windows.set(account, window);
  }
  window.remaining -= recipients;
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
    return remainingQuota(this.state, this.core.user.effective, this.core.now());
  }

  /** `sendEmail(message)`, `sendEmail(to, subject, body, options?)` or `sendEmail(to, replyTo, subject, body)`. */
  sendEmail(...args: unknown[]): void {
    const { inlineImages: images, ...message } = toMessage(args);
    const { attachments, inlineImages } = this.filesOf(message.attachments, images);
    const body = Math.max(Buffer.byteLength(message.body, 'utf8'), Buffer.byteLength(message.htmlBody ?? '', 'utf8'));
    if (body > MAIL_LIMITS.bodyBytes) throw this.core.error('Limit Exceeded: Email Body Size.');
    const all = [message.to, message.cc, message.bcc].flatMap(recipients);
    if (recipients(message.to).length === 0 && all.length === 0) {
      throw this.core.error('Failed to send email: no recipient');
    }
    for (const address of all) {
      const bare = /<([^>]*)>\s*$/.exec(address)?.[1] ?? address;
      if (!ADDRESS.test(bare)) throw this.core.error(`Invalid email: ${address}`);
    }
    const account = this.core.user.effective;
    if (remainingQuota(this.state, account, this.core.now()) < all.length) {
      throw this.core.error('Service invoked too many times for one day: email.');
    }
    spendQuota(this.state, account, this.core.now(), all.length);
    this.state.sent.push({
      ...message,
      attachments,
      ...(inlineImages ? { inlineImages } : {}),
      sentAt: new Date(this.core.now()),
    });
  }

  /**
   * Attachments are an array of BlobSource, inline images an object of BlobSource by key (a blob, or anything
   * with getBlob such as a chart); anything else is refused. At most 250 files, together at most 25 MB (inline
   * images count: they travel as parts of the message too; undocumented, the stricter reading).
   */
  private filesOf(
    list: unknown,
    images: unknown,
  ): { attachments?: SentAttachment[]; inlineImages?: Record<string, SentAttachment> } {
    if (list !== undefined && !Array.isArray(list)) throw this.core.error('Invalid argument: attachments');
    if (images !== undefined && (typeof images !== 'object' || images === null || Array.isArray(images)))
      throw this.core.error('Invalid argument: inlineImages');
    const blobs = ((list as unknown[] | undefined) ?? []).map((item) => this.blobOf(item, 'attachments'));
    const inline = Object.entries((images as Record<string, unknown> | undefined) ?? {}).map(
      ([key, item]) => [key, this.blobOf(item, 'inlineImages')] as const,
    );
    if (blobs.length + inline.length > MAIL_LIMITS.attachments)
      throw this.core.error('Limit Exceeded: Email Attachments Per Message.');
    const total = [...blobs, ...inline.map(([, b]) => b)].reduce((n, b) => n + b.bytes().length, 0);
    if (total > MAIL_LIMITS.attachmentBytes) throw this.core.error('Limit Exceeded: Email Total Attachments Size.');
    const record = (b: FakeBlob): SentAttachment => ({
      name: b.getName(),
      contentType: b.getContentType(),
      data: Buffer.from(b.bytes()),
    });
    return {
      attachments: list === undefined ? undefined : blobs.map(record),
      inlineImages: images === undefined ? undefined : Object.fromEntries(inline.map(([k, b]) => [k, record(b)])),
    };
  }

  /** A BlobSource: one of our blobs, or an object of ours whose getBlob gives one. */
  private blobOf(item: unknown, what: string): FakeBlob {
    const raw = this.core.unwrap(item) as unknown;
    if (raw instanceof FakeBlob) return raw;
    const source = raw as { getBlob?: () => unknown } | null;
    if (source instanceof GasObject && typeof source.getBlob === 'function') {
      return this.core.own(source.getBlob(), FakeBlob, what);
    }
    throw this.core.error(`Invalid argument: ${what}`);
  }
}

function toMessage(
  args: unknown[],
): Omit<SentMail, 'sentAt' | 'attachments' | 'inlineImages'> & { attachments?: unknown; inlineImages?: unknown } {
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
      attachments: o.attachments,
      inlineImages: o.inlineImages,
    };
  };
  if (typeof first === 'object' && first !== null) return pick(first as Record<string, unknown>);
  if (typeof fourth === 'string') return pick({ to: first, replyTo: second, subject: third, body: fourth });
  const options = typeof fourth === 'object' && fourth !== null ? (fourth as Record<string, unknown>) : {};
  return pick({ ...options, to: first, subject: second, body: third });
}
