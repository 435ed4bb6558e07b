import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type MailComposer from 'nodemailer/lib/mail-composer';
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

/** A composed message for the spool, with its outbox file name. */
interface Spooled {
  name: string;
  /** The message as MailComposer built it (7-bit MIME), as latin1 text. */
  eml: string;
}

/** A message being composed: its place in a worker's batch. */
interface Composing {
  readonly job: ComposeJob;
  readonly index: number;
}

interface Queued {
  readonly options: MailComposer.Options;
  readonly subject: string;
}

export class EmlOutbox implements Mailer {
  private readonly queue: Queued[] = [];
  /** Queued messages whose composing has started (`precompose`). */
  private readonly composing = new Map<Queued, Composing>();
  /** Compose jobs started, for their folders' names. */
  private jobs = 0;
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

  /**
   * Write-ahead, step 1 (before the workbook that says "Verstuurd" is saved): composes every queued message
   * and writes them all as the .eml files they will be in the outbox, into the spool folder
   * (`<outbox>/.wachtrij/<batch>/`, complete or absent: written aside, then renamed). Returns the batch
   * id to save in the workbook (null when nothing was queued). Until the workbook with that id is saved, the
   * batch does not count: a run killed before that leaves the workbook as it was, and the rerun makes the
   * same e-mails again.
   */
  async prepare(): Promise<string | null> {
    const { batch, spooled } = this.startPrepare();
    await spooled;
    return batch;
  }

  /**
   * `prepare` in two halves, so the workbook can be serialised while the messages are composed: the batch id
   * now (to put in the workbook), and a promise that settles once the spool folder is complete. The messages
   * are composed on a worker thread (MailComposer is CPU-bound, ~1.5 ms a message); the workbook that names
   * the batch may be moved into place only after `spooled` has resolved (`WorkbookTables.save`'s `ready`).
   */
  startPrepare(): { batch: string | null; spooled: Promise<void> } {
    if (this.queue.length === 0) return { batch: null, spooled: Promise.resolve() };
    const restore = (error: unknown) => {
      this.queue.unshift(...batch);
      throw error;
    };
    // Every queued message is being composed from here on (some since an earlier `precompose`).
    this.precompose();
    const batch = this.queue.splice(0);
    const id = runId();
    try {
      let number = lastFileNumber(this.options.dir);
      const names = batch.map((item) => outboxName(++number, item.subject));
      const composed = batch.map((item) => this.composing.get(item) as Composing);
      for (const item of batch) this.composing.delete(item);
      const jobs = [...new Set(composed.map((c) => c.job))];
      for (const job of jobs) job.keepAlive();
      const folder = this.spoolFolder(id);
      const spooled = Promise.all(jobs.map((job) => job.result))
        .then(() => {
          // Complete or absent: gathered aside, then renamed.
          const aside = `${folder}.tmp`;
          fs.rmSync(aside, { recursive: true, force: true });
          fs.mkdirSync(aside, { recursive: true });
          composed.forEach(({ job, index }, k) => {
            job.place(index, path.join(aside, names[k]));
          });
          fs.renameSync(aside, folder);
          for (const job of jobs) fs.rmSync(job.folder, { recursive: true, force: true });
        })
        .catch(restore);
      return { batch: id, spooled };
    } catch (error) {
      return restore(error);
    }
  }

  /**
   * Starts composing the messages queued so far on a worker thread, which also writes them as files into a
   * folder of its own in the spool, under the names they will have in the outbox (their place in the queue
   * after the outbox's last number). So the composing (CPU-bound, ~1.5 ms a message) and the writing (slow
   * for thousands of small files on some disks) run on the second core while the run does other work;
   * `startPrepare` moves the files into the batch. Nothing is spooled or counted as sent by this: a folder of
   * a run that stops before `startPrepare` is dropped by the next run's `recover`. The worker does not keep
   * the process alive until `startPrepare` needs it.
   */
  precompose(): void {
    const first = this.queue.findIndex((item) => !this.composing.has(item));
    if (first < 0) return;
    const items = this.queue.slice(first);
    fs.mkdirSync(this.spoolRoot(), { recursive: true });
    let number = lastFileNumber(this.options.dir) + first;
    const job = composeInWorker({
      composer: require.resolve('nodemailer/lib/mail-composer'),
      messages: items.map((item) => item.options),
      names: items.map((item) => outboxName(++number, item.subject)),
      folder: path.join(this.spoolRoot(), `${runId()}-${++this.jobs}.opmaak`),
    });
    items.forEach((item, index) => {
      this.composing.set(item, { job, index });
    });
  }

  /**
   * Write-ahead, step 2 (after the workbook is saved): moves the batch's .eml files from the spool into the
   * outbox. A file is in one place or the other, so a delivery that is cut off and run again moves exactly
   * the missing files, each once. Returns the files delivered now, in sending order.
   */
  async deliver(batch: string | null): Promise<string[]> {
    if (batch === null) return [];
    const folder = this.spoolFolder(batch);
    if (!fs.existsSync(folder)) return this.deliverSpoolFile(batch);
    fs.mkdirSync(this.options.dir, { recursive: true });
    const written: string[] = [];
    // Each file is moved (not written again): it is in the spool or in the outbox, never in both.
    for (const name of fs.readdirSync(folder).sort()) {
      const target = path.join(this.options.dir, name);
      fs.renameSync(path.join(folder, name), target);
      written.push(target);
      await pause();
    }
    fs.rmSync(folder, { recursive: true, force: true });
    this.removeEmptySpool();
    return written;
  }

  /**
   * A batch spooled by an earlier version of the twin (one JSON file of messages): a file already in the
   * outbox with the same size was written by an interrupted delivery and is left alone.
   */
  private async deliverSpoolFile(batch: string): Promise<string[]> {
    const file = this.spoolFile(batch);
    if (!fs.existsSync(file)) return [];
    const spooled = JSON.parse(fs.readFileSync(file, 'utf8')) as Spooled[];
    fs.mkdirSync(this.options.dir, { recursive: true });
    const written: string[] = [];
    for (const { name, eml } of spooled) {
      const target = path.join(this.options.dir, name);
      const bytes = Buffer.from(eml, 'latin1');
      if (fs.existsSync(target) && fs.statSync(target).size === bytes.length) continue;
      fs.writeFileSync(target, bytes);
      written.push(target);
      await pause();
    }
    fs.rmSync(file, { force: true });
    this.removeEmptySpool();
    return written;
  }

  /**
   * At the start of a run: the batch the saved workbook names (`committed`) is delivered (the e-mails a
   * killed run did not write yet, each once); any other spooled batch was never committed and is dropped,
   * because the workbook does not say those e-mails were sent (the run makes them again).
   */
  async recover(committed: string | null): Promise<string[]> {
    const root = this.spoolRoot();
    if (!fs.existsSync(root)) return [];
    let written: string[] = [];
    for (const entry of fs.readdirSync(root)) {
      const ofCommitted =
        committed !== null &&
        (entry === path.basename(this.spoolFolder(committed)) || entry === path.basename(this.spoolFile(committed)));
      if (ofCommitted) written = await this.deliver(committed);
      else fs.rmSync(path.join(root, entry), { recursive: true, force: true });
    }
    this.removeEmptySpool();
    return written;
  }

  /** Writes every queued message as an .eml file (prepare + deliver); returns their paths in sending order. */
  async drain(): Promise<string[]> {
    return this.deliver(await this.prepare());
  }

  private spoolRoot(): string {
    return path.join(this.options.dir, SPOOL);
  }

  /** The batch's messages as the .eml files they will be in the outbox. */
  private spoolFolder(batch: string): string {
    return path.join(this.spoolRoot(), batch);
  }

  /** How an earlier version of the twin spooled a batch (see `deliverSpoolFile`). */
  private spoolFile(batch: string): string {
    return path.join(this.spoolRoot(), `${batch}.json`);
  }

  private removeEmptySpool(): void {
    const root = this.spoolRoot();
    if (fs.existsSync(root) && fs.readdirSync(root).length === 0) fs.rmSync(root, { recursive: true, force: true });
  }
}

/** Workbook property naming the batch of e-mails the saved workbook counts as sent (see `prepare`). */
export const OUTBOX_BATCH = 'twin.outbox.batch';

/** The spool folder inside the outbox (hidden on Linux and macOS). */
const SPOOL = '.wachtrij';

/**
 * Tests of an interrupted run set DIGITAAL_TEST_MAIL_PAUSE_MS so a child process can be killed half-way
 * through the e-mails; otherwise this does nothing.
 */
async function pause(): Promise<void> {
  const ms = Number(process.env.DIGITAAL_TEST_MAIL_PAUSE_MS ?? 0);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
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

/**
 * The worker that composes messages, writes each as a file (latin1) into its folder under the name it was
 * given, and posts the texts back. Plain JavaScript (it runs outside the bundle): MailComposer is required by
 * the path the main thread resolved. Attachment contents arrive as Uint8Array (structured clone) and are made
 * Buffers again, as MailComposer expects.
 */
const COMPOSER_WORKER = `
const fs = require('node:fs');
const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');
const MailComposer = require(workerData.composer);
const pauseMs = Number(process.env.DIGITAAL_TEST_MAIL_PAUSE_MS ?? 0);
(async () => {
  fs.mkdirSync(workerData.folder, { recursive: true });
  const emls = [];
  for (const [index, options] of workerData.messages.entries()) {
    for (const a of options.attachments ?? []) {
      if (a.content instanceof Uint8Array && !Buffer.isBuffer(a.content)) {
        a.content = Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
      }
    }
    const eml = (await new MailComposer(options).compile().build()).toString('latin1');
    fs.writeFileSync(path.join(workerData.folder, workerData.names[index]), eml, 'latin1');
    emls.push(eml);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  parentPort.postMessage(emls);
})().catch((error) => {
  throw error;
});
`;

interface ComposeJob {
  /** Settles when every message is composed and written into `folder`. */
  readonly result: Promise<unknown>;
  /** The worker's folder in the spool. */
  readonly folder: string;
  /** From now on the process waits for this worker (started unreferenced). */
  keepAlive(): void;
  /**
   * After `result`: puts message `index` at `target`, by moving the worker's file when its name is the one
   * wanted (the outbox got no other file in between), else by writing the composed text under that name.
   */
  place(index: number, target: string): void;
}

function composeInWorker(data: {
  composer: string;
  messages: MailComposer.Options[];
  names: string[];
  folder: string;
}): ComposeJob {
  const worker = new Worker(COMPOSER_WORKER, { eval: true, workerData: data });
  worker.unref();
  let emls: string[] = [];
  const result = new Promise<void>((resolve, reject) => {
    let failed: Error | undefined;
    let done = false;
    worker.on('message', (message: string[]) => {
      emls = message;
      done = true;
    });
    worker.on('error', (error) => {
      failed = error;
    });
    worker.on('exit', (code) => {
      if (failed || code !== 0 || !done)
        reject(failed ?? new Error(`De e-mails konden niet opgesteld worden (code ${code}).`));
      else resolve();
    });
  });
  // A run that stops before it needs these messages leaves no unhandled rejection behind.
  result.catch(() => undefined);
  return {
    result,
    folder: data.folder,
    keepAlive: () => worker.ref(),
    place(index, target) {
      if (path.basename(target) === data.names[index]) fs.renameSync(path.join(data.folder, data.names[index]), target);
      else fs.writeFileSync(target, emls[index], 'latin1');
    },
  };
}

/** A batch's or a worker folder's id: the time and this process. */
function runId(): string {
  return `${Date.now().toString(36)}-${process.pid.toString(36)}`;
}

/** The outbox file of the message with this number: `0042-subject.eml`. */
function outboxName(number: number, subject: string): string {
  return `${String(number).padStart(4, '0')}-${slug(subject)}.eml`;
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
