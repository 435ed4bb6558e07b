import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import * as yauzl from 'yauzl';

/**
 * The zip container of an xlsx file: read with yauzl, written by `writeZip` below; both inflate and deflate with
 * Node's native zlib, several times faster than a JavaScript implementation (measured in docs/bench.md). Parts
 * are kept compressed after reading and inflated only when a tab is needed.
 */

export interface ZipPart {
  readonly name: string;
  /** Inflates the part and returns its bytes. */
  bytes(): Buffer;
  /** The part as stored in the file (compressed), to write back unchanged without inflating it. */
  readonly stored?: StoredData;
}

export interface StoredData {
  readonly method: number;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** Thrown when the file is not a zip (so not an xlsx) or is damaged. */
export class NotAZipError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'NotAZipError';
  }
}

export async function readZip(data: Buffer): Promise<ZipPart[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (error, file) =>
      error ? reject(new NotAZipError(error.message)) : resolve(file),
    );
  });
  const parts: ZipPart[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: Error) => reject(new NotAZipError(error.message)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      const method = entry.compressionMethod;
      if (method !== 0 && method !== 8) {
        reject(new NotAZipError(`compression method ${method}`));
        return;
      }
      // The data as stored: yauzl refuses `decompress: false` for a stored entry (it has nothing to decompress),
      // and throws that here, where it would be lost instead of failing the read.
      const options = method === 8 ? { decompress: false } : {};
      try {
        zip.openReadStream(entry, options, (error, stream) => {
          if (error) {
            reject(new NotAZipError(error.message));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (e: Error) => reject(new NotAZipError(e.message)));
          stream.on('end', () => {
            parts.push(lazyPart(entry.fileName, Buffer.concat(chunks), method, entry.uncompressedSize, entry.crc32));
            zip.readEntry();
          });
        });
      } catch (error) {
        reject(new NotAZipError(error instanceof Error ? error.message : String(error)));
      }
    });
    zip.readEntry();
  });
  return parts;
}

/**
 * Output room for inflating a part whose size the zip gives: all of it plus one byte, so zlib fills one buffer
 * and ends (with exactly the size it would ask for one more, empty, buffer), instead of 16 KB chunks joined
 * afterwards (a 26 MB register tab: 1,600 chunks and a copy of them all). A size from a damaged or hostile
 * file is only trusted up to 256 MB.
 */
function inflateChunk(size: number): number {
  return size >= 0 && size < 256 * 1024 * 1024
    ? Math.max(size + 1, zlib.constants.Z_MIN_CHUNK)
    : zlib.constants.Z_DEFAULT_CHUNK;
}

function lazyPart(name: string, raw: Buffer, method: number, size: number, crc: number): ZipPart {
  return {
    name,
    stored: { method, data: raw, crc, size },
    bytes() {
      // Not kept: a part is read once (a tab is parsed once) and written back from `stored`, so keeping the
      // inflated bytes would only hold tens of megabytes for nothing.
      let inflated: Buffer;
      try {
        inflated = method === 0 ? raw : zlib.inflateRawSync(raw, { chunkSize: inflateChunk(size) });
      } catch (error) {
        throw new NotAZipError(error instanceof Error ? error.message : String(error));
      }
      if (inflated.length !== size) throw new NotAZipError(`${name}: size ${inflated.length} ≠ ${size}`);
      return inflated;
    },
  };
}

export interface NewPart {
  readonly name: string;
  /** The bytes (or text) to store, or the part already encoded (`encodePart`, possibly still under way). */
  readonly data: Buffer | string | StoredData | Promise<StoredData>;
}

/**
 * Writes the parts as a zip file. A part read from the file and not changed is copied as it is stored (no
 * inflate, no deflate); a changed part is deflated at level 1 on libuv's thread pool (the parts in parallel):
 * the xml of a large register deflates four times faster than at the default level for a file ~20% larger.
 *
 * The container itself (local headers, central directory) is written here because no maintained zip writer
 * can copy an entry's compressed data unchanged (yazl recompresses every entry and computes CRC-32 in
 * JavaScript); the CRC is zlib's native one. Entries are small enough for the classic (non-zip64) format:
 * a part over 4 GB is refused.
 */
export async function writeZip(target: string, parts: readonly NewPart[]): Promise<void> {
  const entries = await Promise.all(parts.map(encode));
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    chunks.push(local, name, entry.data);
    offset += local.length + name.length + entry.data.length;
    if (offset > 0xffffffff) throw new Error('workbook over 4 GB');
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const fd = fs.openSync(target, 'w');
  try {
    for (const chunk of [...chunks, directory, end]) fs.writeSync(fd, chunk);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** 1 January 2000, 00:00 (DOS date and time): the same bytes for the same workbook. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

async function encode(
  part: NewPart,
): Promise<{ name: string; method: number; data: Buffer; crc: number; size: number }> {
  const { name, data } = part;
  if (data instanceof Promise) return { name, ...(await data) };
  if (!Buffer.isBuffer(data) && typeof data !== 'string') return { name, ...data };
  return { name, ...(await encodePart(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, name)) };
}

/**
 * A part as the zip stores it: deflated (level 1, on libuv's thread pool) or, when tiny, as it is. Started as soon
 * as a part is made, its deflate runs while the main thread makes the next part.
 */
export async function encodePart(bytes: Buffer, name: string): Promise<StoredData> {
  if (bytes.length > 0xfffffffe) throw new Error(`${name} over 4 GB`);
  if (bytes.length < 256) return { method: 0, data: bytes, crc: zlib.crc32(bytes), size: bytes.length };
  return { method: 8, ...(await deflateWithCrc(bytes)), size: bytes.length };
}

/**
 * The raw deflate data (level 1) and the CRC-32 of `bytes`, both made on libuv's thread pool: gzip is raw
 * deflate between a 10-byte header and a trailer of CRC-32 and size, so the CRC of a large part is not computed
 * on the main thread. The same bytes as `deflateRaw(bytes, { level: 1 })` and `crc32(bytes)`.
 */
export async function deflateWithCrc(bytes: Buffer): Promise<{ data: Buffer; crc: number }> {
  const gzip = await new Promise<Buffer>((resolve, reject) =>
    zlib.gzip(bytes, { level: 1 }, (error, result) => (error ? reject(error) : resolve(result))),
  );
  // ID1 ID2 CM=8 FLG=0 (no name, comment or extra field: a header of 10 bytes, as zlib writes it).
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8 || gzip[3] !== 0) {
    throw new Error('unexpected gzip header');
  }
  return { data: gzip.subarray(10, gzip.length - 8), crc: gzip.readUInt32LE(gzip.length - 8) };
}
