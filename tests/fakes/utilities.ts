import { createHash, createHmac } from 'node:crypto';
import { format } from 'node:util';
import { type Core, GasObject, isDate } from './core';
import { formatDate } from './dates';
import { enumOf } from './enums';
import type { Shape } from './types';

const DIGESTS = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' } as const;
const CHARSETS: Record<string, BufferEncoding> = { US_ASCII: 'ascii', UTF_8: 'utf8' };

/** Apps Script byte arrays are Java bytes: -128..127. */
export const toSigned = (buf: Buffer): number[] => Array.from(buf, (b) => (b > 127 ? b - 256 : b));

function toBuffer(data: unknown, charset?: unknown): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 255));
  return Buffer.from(String(data), CHARSETS[String(charset ?? 'UTF_8')] ?? 'utf8');
}

export class FakeBlob
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Base.Blob,
      | 'getBytes'
      | 'setBytes'
      | 'getDataAsString'
      | 'setDataFromString'
      | 'getName'
      | 'setName'
      | 'getContentType'
      | 'setContentType'
      | 'copyBlob'
      | 'isGoogleType'
      | 'getAs'
    >
{
  constructor(
    core: Core,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {
    super(core, 'Utilities', 'Blob');
  }

  getBytes(): number[] {
    return toSigned(this.data);
  }

  setBytes(data: number[]): this {
    this.data = toBuffer(data);
    return this;
  }

  getDataAsString(charset?: string): string {
    return this.data.toString(charset && /ascii/i.test(charset) ? 'ascii' : 'utf8');
  }

  setDataFromString(string: string, _charset?: string): this {
    this.data = Buffer.from(String(string), 'utf8');
    return this;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): this {
    this.name = String(name);
    return this;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }

  copyBlob(): FakeBlob {
    return new FakeBlob(this.core, Buffer.from(this.data), this.contentType, this.name);
  }

  isGoogleType(): boolean {
    return false;
  }

  /**
   * Converts like `Blob.getAs`: to 'application/pdf' from HTML, plain text or an image, and between the image
   * types; anything else throws, as Google's conversion does. The name's last extension is replaced
   * ("matrix.html" → "matrix.pdf"). The fake cannot lay out a real PDF: its PDF is a stand-in that holds the
   * document's text (tags stripped, entities decoded), so tests can check what it says (docs/fakes.md).
   */
  getAs(contentType: string): FakeBlob {
    const from = this.contentType ?? '';
    const to = String(contentType);
    const image = /^image\/(png|jpeg|gif|bmp)$/;
    const supported =
      (to === 'application/pdf' && (from === 'text/html' || from === 'text/plain' || image.test(from))) ||
      (image.test(to) && image.test(from));
    if (!supported) throw this.core.error(`Converting from ${from || 'null'} to ${to} is not supported.`);
    const name =
      this.name === null
        ? null
        : `${this.name.replace(/\.[^.]*$/, '')}.${to === 'application/pdf' ? 'pdf' : to.slice(6)}`;
    if (to !== 'application/pdf') return new FakeBlob(this.core, Buffer.from(this.data), to, name);
    const text = from === 'text/html' ? htmlText(this.data.toString('utf8')) : this.data.toString('utf8');
    const pdf = Buffer.from(`%PDF-1.4\n% fake conversion of ${from}\n${text}\n%%EOF\n`, 'utf8');
    return new FakeBlob(this.core, pdf, 'application/pdf', name);
  }

  /** The raw bytes (not an Apps Script method). */
  bytes(): Buffer {
    return this.data;
  }
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The visible text of an HTML document: styles and tags dropped, entities decoded. An image shows as
 * `[image <type>]` when it is embedded as a data: URI; any other source (cid:, http:, a file) shows as
 * `[image not loaded: <source>]` — whether Google's converter fetches them is undocumented, so the stricter
 * reading: it does not.
 */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<img\b[^>]*?\bsrc\s*=\s*"([^"]*)"[^>]*>/gi, (_, src: string) => {
      const data = /^data:([^;,]+)[;,]/.exec(src);
      return data ? ` [image ${data[1]}] ` : ` [image not loaded: ${src.slice(0, 60)}] `;
    })
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => HTML_ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
}

export class FakeUtilities
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Utilities.Utilities,
      | 'formatDate'
      | 'formatString'
      | 'getUuid'
      | 'sleep'
      | 'computeDigest'
      | 'computeHmacSha256Signature'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'newBlob'
    >
{
  readonly DigestAlgorithm = enumOf('MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
  readonly Charset = enumOf('US_ASCII', 'UTF_8');

  constructor(core: Core) {
    super(core, 'Utilities', 'Utilities');
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, pattern: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof pattern !== 'string') {
      throw this.core.error(
        `The parameters (${[date, timeZone, pattern].map(typeName).join(',')}) don't match the method signature for Utilities.formatDate.`,
      );
    }
    try {
      return formatDate(date.getTime(), timeZone, pattern);
    } catch (e) {
      throw this.core.error(`Invalid argument: ${(e as Error).message}`);
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    return format(template, ...args);
  }

  /** Version-4 shaped, deterministic per world. */
  getUuid(): string {
    const hex = createHash('sha256')
      .update(`uuid-${this.core.next('uuid')}`)
      .digest('hex');
    const variant = ((Number.parseInt(hex[16], 16) & 3) | 8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** No real waiting: the virtual clock advances. */
  sleep(milliseconds: number): void {
    this.core.advance(Math.max(0, Number(milliseconds) || 0));
  }

  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
    charset?: unknown,
  ): number[] {
    const name = DIGESTS[String(algorithm) as keyof typeof DIGESTS];
    if (!name) throw this.core.error('Invalid argument: algorithm');
    return toSigned(createHash(name).update(toBuffer(value, charset)).digest());
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: unknown): number[] {
    return toSigned(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }

  base64Encode(data: string | number[], charset?: unknown): string {
    return toBuffer(data, charset).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: unknown): string {
    return this.base64Encode(data, charset).replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    return toSigned(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return this.base64Decode(String(encoded).replace(/-/g, '+').replace(/_/g, '/'));
  }

  /** Bytes are Java bytes: a number outside -128..127 is refused (undocumented; the stricter plausible behaviour). */
  newBlob(data: string | number[], contentType?: string, name?: string): FakeBlob {
    if (Array.isArray(data) && data.some((b) => !Number.isInteger(b) || b < -128 || b > 127))
      throw this.core.error('Invalid argument: data (bytes must be whole numbers from -128 to 127)');
    return new FakeBlob(this.core, toBuffer(data), contentType ?? null, name ?? null);
  }
}

function typeName(v: unknown): string {
  if (typeof v === 'string') return 'String';
  if (isDate(v)) return 'Date';
  return v === null ? 'null' : typeof v;
}
