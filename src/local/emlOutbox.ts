import * as fs from 'node:fs';
import * as path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Clock, Mailer, OutgoingMail } from '../ports';

/**
 * `Mailer` that writes every message as an .eml file instead of sending it. Open the files in any mail
 * program to see exactly what the family or partner would get.
 *
 * `send` is synchronous like MailApp: it checks the message and queues it. `drain` builds the queued
 * messages (MailComposer works asynchronously) and writes them as `0001-subject.eml`, `0002-…`.
 */

export interface EmlOutboxOptions {
  readonly dir: string;
  /** The address the script sends from. */
  readonly from: string;
  /** Recipients per day, as MailApp allows (100 for a consumer account). */
  readonly quota?: number;
  readonly clock: Clock;
}

/** Exactly one plain address: no list, no display name, no white space. */
const SINGLE_ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
const CONSUMER_QUOTA = 100;
const FILE_NUMBER = /^(\d{4,})-.*\.eml$/;

interface Queued {
  readonly options: MailComposer.Options;
  readonly subject: string;
}

export class EmlOutbox implements Mailer {
  private readonly queue: Queued[] = [];
  private readonly quota: number;
  private used = 0;
  private quotaDay = '';

  constructor(private readonly options: EmlOutboxOptions) {
    this.quota = options.quota ?? CONSUMER_QUOTA;
  }

  send(mail: OutgoingMail): void {
    checkAddress(mail.to, 'ontvanger');
    if (mail.replyTo !== undefined) checkAddress(mail.replyTo, 'antwoordadres');
    checkOneLine(mail.subject, 'onderwerp');
    if (mail.senderName !== undefined) checkOneLine(mail.senderName, 'afzendernaam');
    if (this.remainingQuota() < 1) {
      throw new Error(`De limiet van ${this.quota} e-mails per dag is bereikt. Probeer morgen opnieuw.`);
    }
    this.used++;
    this.queue.push({
      subject: mail.subject,
      options: {
        from: { name: mail.senderName ?? '', address: this.options.from },
        to: mail.to,
        replyTo: mail.replyTo,
        subject: mail.subject,
        date: this.options.clock.now(),
        text: mail.text,
        html: mail.html,
        attachments: [
          ...(mail.attachments ?? []).map((f) => ({
            filename: f.name,
            content: Buffer.from(f.bytes),
            contentType: f.contentType,
          })),
          // Images the HTML shows with <img src="cid:…">.
          ...Object.entries(mail.inlineImages ?? {}).map(([cid, f]) => ({
            filename: f.name,
            content: Buffer.from(f.bytes),
            contentType: f.contentType,
            cid,
            contentDisposition: 'inline' as const,
          })),
        ],
      },
    });
  }

  remainingQuota(): number {
    const today = dayOf(this.options.clock.now());
    if (today !== this.quotaDay) {
      this.quotaDay = today;
      this.used = 0;
    }
    return this.quota - this.used;
  }

  /** Messages waiting for `drain`. */
  pending(): number {
    return this.queue.length;
  }

  /** Writes every queued message as an .eml file; returns their paths in sending order. */
  async drain(): Promise<string[]> {
    const batch = this.queue.splice(0);
    if (batch.length === 0) return [];
    fs.mkdirSync(this.options.dir, { recursive: true });
    let number = lastFileNumber(this.options.dir);
    const written: string[] = [];
    for (const [index, item] of batch.entries()) {
      try {
        const message = await new MailComposer(item.options).compile().build();
        number++;
        const file = path.join(this.options.dir, `${String(number).padStart(4, '0')}-${slug(item.subject)}.eml`);
        fs.writeFileSync(file, message, { flag: 'wx' });
        written.push(file);
      } catch (error) {
        this.queue.unshift(...batch.slice(index));
        throw error;
      }
    }
    return written;
  }
}

function checkAddress(address: string, role: string): void {
  if (/[\r\n]/.test(address)) throw new Error(`Het adres van de ${role} mag geen nieuwe regel bevatten.`);
  if (!SINGLE_ADDRESS.test(address)) {
    throw new Error(`"${address}" is niet precies één e-mailadres; de ${role} moet één gewoon adres zijn.`);
  }
}

function checkOneLine(text: string, role: string): void {
  if (/[\r\n]/.test(text)) throw new Error(`De ${role} van een e-mail mag geen nieuwe regel bevatten.`);
}

/** The calendar day of a moment on the local clock, for the daily quota. */
function dayOf(moment: Date): string {
  return `${moment.getFullYear()}-${moment.getMonth() + 1}-${moment.getDate()}`;
}

function lastFileNumber(dir: string): number {
  return fs
    .readdirSync(dir)
    .map((name) => FILE_NUMBER.exec(name))
    .reduce((highest, match) => (match ? Math.max(highest, Number(match[1])) : highest), 0);
}

/** A file-name-safe version of a subject: "Dossier AD-0012 — bevestiging" → "dossier-ad-0012-bevestiging". */
export function slug(subject: string): string {
  const plain = subject
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return plain === '' ? 'bericht' : plain;
}
