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
  /** Set on a blob made by `getAs`: what it was converted from (tests read the HTML behind a PDF). */
  convertedFrom?: { contentType: string; data: Buffer };

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
   * Google: "For most blobs, 'application/pdf' is the only valid option. For images in BMP, GIF, JPEG, or PNG
   * format, any of 'image/bmp', 'image/gif', 'image/jpeg', or 'image/png' are also valid." The name's part
   * after its last period is replaced by the new extension. A blob without a content type cannot be converted
   * (undocumented; the stricter plausible behaviour). The PDF is not a rendering: it records its source.
   */
  getAs(contentType: string): FakeBlob {
    const from = this.contentType;
    if (!from) throw this.core.error('Blob object must have non-null content type for this operation.');
    const to = String(contentType);
    const allowed = IMAGE_TYPES.has(from) ? [...IMAGE_TYPES, 'application/pdf'] : ['application/pdf'];
    if (!allowed.includes(to)) throw this.core.error(`Converting from ${from} to ${to} is not supported.`);
    const ext = EXTENSIONS[to];
    const name =
      this.name === null
        ? null
        : `${this.name.includes('.') ? this.name.slice(0, this.name.lastIndexOf('.')) : this.name}.${ext}`;
    const data =
      to === 'application/pdf'
        ? Buffer.concat([
            Buffer.from(`%PDF-1.4\n% converted from ${from}\n`, 'latin1'),
            this.data,
            Buffer.from('\n%%EOF\n'),
          ])
        : Buffer.from(this.data);
    const blob = new FakeBlob(this.core, data, to, name);
    blob.convertedFrom = { contentType: from, data: Buffer.from(this.data) };
    return blob;
  }

  /** The bytes, for tests (not an Apps Script method: `getBytes` gives signed Java bytes). */
  rawBytes(): Buffer {
    return Buffer.from(this.data);
  }
}

const IMAGE_TYPES = new Set(['image/bmp', 'image/gif', 'image/jpeg', 'image/png']);
const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/bmp': 'bmp',
  'image/gif': 'gif',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

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
