/** @jest-environment ./tests/support/scriptZoneEnvironment.js */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type AddressObject, simpleParser } from 'mailparser';
import { EmlOutbox, slug } from '../../src/local/emlOutbox';
import type { Clock, OutgoingMail } from '../../src/ports';

let dir: string;
let now: Date;
const clock: Clock = { now: () => new Date(now.getTime()) };

beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outbox-')), 'uit');
  now = new Date(2025, 2, 14, 10, 30, 0);
});
afterEach(() => {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

function outbox(quota?: number): EmlOutbox {
  return new EmlOutbox({ dir, from: 'digitaal@dekring.example', quota, clock });
}

const MAIL: OutgoingMail = {
  to: 'an.declercq@sociaalhuis-eeklo.example',
  subject: 'Doorverwijzing ontvangen: dossier AD-0007 voor Zoë Geërts',
  text: 'Dag An,\n\nWe hebben uw doorverwijzing goed ontvangen.',
  html: '<p>Dag An,</p><p>We hebben uw doorverwijzing <b>goed</b> ontvangen.</p>',
  replyTo: 'kring@dekring.example',
  senderName: 'Wijkcentrum De Kring – Allemaal Digi.Taal',
};

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  return (Array.isArray(value) ? value : value ? [value] : []).map((address) => address.text).join(', ');
}

describe('EmlOutbox', () => {
  it('writes a parseable message with accents, sender name, reply-to, date and both bodies', async () => {
    const box = outbox();
    box.send(MAIL);
    expect(box.pending()).toBe(1);
    const [file] = await box.drain();

    expect(path.basename(file)).toBe('0001-doorverwijzing-ontvangen-dossier-ad-0007-voor-zoe-geerts.eml');
    const raw = fs.readFileSync(file);
    expect(raw.toString('latin1')).toContain('\r\n');
    expect(raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/m);
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(MAIL.subject);
    expect(addressText(parsed.to)).toBe(MAIL.to);
    expect(addressText(parsed.replyTo)).toBe('kring@dekring.example');
    expect(parsed.from?.value[0]).toEqual({ name: MAIL.senderName, address: 'digitaal@dekring.example' });
    expect(parsed.date?.getTime()).toBe(now.getTime());
    expect(parsed.text?.trim()).toBe(MAIL.text);
    expect(parsed.html).toContain('<b>goed</b>');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(box.pending()).toBe(0);
  });

  it('numbers files after those already in the folder, in sending order', async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, '0041-oud.eml'), '');
    fs.writeFileSync(path.join(dir, 'notities.txt'), '');
    const box = outbox();
    box.send({ ...MAIL, subject: 'Eerste' });
    box.send({ ...MAIL, subject: 'Tweede' });
    const files = await box.drain();
    expect(files.map((file) => path.basename(file))).toEqual(['0042-eerste.eml', '0043-tweede.eml']);
    expect(await box.drain()).toEqual([]);
  });

  it('composes early (precompose) what is queued, and writes those and the later ones once, in sending order', async () => {
    const box = outbox();
    box.send({ ...MAIL, subject: 'Eerste' });
    box.send({ ...MAIL, subject: 'Tweede' });
    box.precompose();
    box.precompose();
    now = new Date(2025, 2, 14, 11, 0, 0);
    box.send({ ...MAIL, subject: 'Derde' });
    expect(box.pending()).toBe(3);
    const files = await box.drain();
    expect(files.map((file) => path.basename(file))).toEqual(['0001-eerste.eml', '0002-tweede.eml', '0003-derde.eml']);
    const parsed = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(file))));
    expect(parsed.map((mail) => mail.subject)).toEqual(['Eerste', 'Tweede', 'Derde']);
    expect(parsed.map((mail) => mail.date?.getTime())).toEqual([
      new Date(2025, 2, 14, 10, 30).getTime(),
      new Date(2025, 2, 14, 10, 30).getTime(),
      new Date(2025, 2, 14, 11, 0).getTime(),
    ]);
    expect(parsed[0].text?.trim()).toBe(MAIL.text);
    expect(box.pending()).toBe(0);
    expect(await box.drain()).toEqual([]);
  });

  it('numbers early-composed messages after a file that came into the outbox in between, and leaves no spool behind', async () => {
    const box = outbox();
    box.send({ ...MAIL, subject: 'Eerste' });
    box.precompose();
    fs.writeFileSync(path.join(dir, '0007-van-elders.eml'), 'x');
    box.send({ ...MAIL, subject: 'Tweede' });
    const files = await box.drain();
    expect(files.map((file) => path.basename(file))).toEqual(['0008-eerste.eml', '0009-tweede.eml']);
    expect((await simpleParser(fs.readFileSync(files[0]))).subject).toBe('Eerste');
    expect((await simpleParser(fs.readFileSync(files[1]))).subject).toBe('Tweede');
    expect(fs.readdirSync(dir).sort()).toEqual(['0007-van-elders.eml', '0008-eerste.eml', '0009-tweede.eml']);
  });

  it('drops the files of a composing that was never prepared (a stopped run) at the next recover', async () => {
    const box = outbox();
    box.send({ ...MAIL, subject: 'Eerste' });
    box.precompose();
    // Wait (up to 30 s on a busy machine) until the worker has written the message into its folder.
    const written = () => {
      const root = path.join(dir, '.wachtrij');
      return fs.existsSync(root) && fs.readdirSync(root).some((f) => fs.readdirSync(path.join(root, f)).length > 0);
    };
    for (let waited = 0; !written() && waited < 30_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(fs.readdirSync(path.join(dir, '.wachtrij')).length).toBe(1);
    expect(await outbox().recover(null)).toEqual([]);
    expect(fs.existsSync(path.join(dir, '.wachtrij'))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a@x.example, b@y.example'],
    ['a@x.example; b@y.example'],
    ['An <an@x.example>'],
    ['an @x.example'],
    ['an@x.example\r\nBcc: iedereen@x.example'],
    ['jan.peeters@'],
    [''],
  ])('refuses the recipient %j', (to) => {
    const box = outbox();
    expect(() => box.send({ ...MAIL, to })).toThrow(/adres/);
    expect(box.pending()).toBe(0);
    expect(box.remainingQuota()).toBe(100);
  });

  it('refuses a line break in the subject, the sender name or the reply-to', () => {
    const box = outbox();
    expect(() => box.send({ ...MAIL, subject: 'Hallo\r\nBcc: x@y.example' })).toThrow(/onderwerp/);
    expect(() => box.send({ ...MAIL, subject: 'Hallo\nX' })).toThrow(/nieuwe regel/);
    expect(() => box.send({ ...MAIL, senderName: 'De Kring\nBcc: x@y.example' })).toThrow(/afzendernaam/);
    expect(() => box.send({ ...MAIL, replyTo: 'a@x.example, b@y.example' })).toThrow(/antwoordadres/);
  });

  it('counts down the daily quota, refuses when it is used up and starts again the next day', () => {
    const box = outbox(2);
    expect(box.remainingQuota()).toBe(2);
    box.send(MAIL);
    box.send(MAIL);
    expect(box.remainingQuota()).toBe(0);
    expect(() => box.send(MAIL)).toThrow(/limiet van 2 e-mails per dag/);
    expect(box.pending()).toBe(2);
    now = new Date(2025, 2, 15, 8, 0, 0);
    expect(box.remainingQuota()).toBe(2);
  });

  it('makes file-name slugs without accents or odd characters', () => {
    expect(slug('Één dossier — café / ë?')).toBe('een-dossier-cafe-e');
    expect(slug('!!!')).toBe('bericht');
    expect(slug('x'.repeat(100))).toHaveLength(60);
  });
});
