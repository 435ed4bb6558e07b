import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import * as yauzl from 'yauzl';
import * as yazl from 'yazl';

/**
 * The zip container of an xlsx file, through yauzl (reading) and yazl (writing): both use Node's native zlib,
 * which inflates and deflates several times faster than a JavaScript implementation (measured in
 * docs/bench.md). Parts are kept compressed after reading and inflated only when a tab is needed.
 */

export interface ZipPart {
  readonly name: string;
  /** Inflates the part (once) and returns its bytes. */
  bytes(): Buffer;
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
      zip.openReadStream(entry, { decompress: false }, (error, stream) => {
        if (error) {
          reject(new NotAZipError(error.message));
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', (e: Error) => reject(new NotAZipError(e.message)));
        stream.on('end', () => {
          parts.push(lazyPart(entry.fileName, Buffer.concat(chunks), method, entry.uncompressedSize));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  return parts;
}

function lazyPart(name: string, raw: Buffer, method: number, size: number): ZipPart {
  let inflated: Buffer | undefined;
  return {
    name,
    bytes() {
      if (!inflated) {
        try {
          inflated = method === 0 ? raw : zlib.inflateRawSync(raw);
        } catch (error) {
          throw new NotAZipError(error instanceof Error ? error.message : String(error));
        }
        if (inflated.length !== size) throw new NotAZipError(`${name}: size ${inflated.length} ≠ ${size}`);
      }
      return inflated;
    },
  };
}

export interface NewPart {
  readonly name: string;
  readonly data: Buffer | string;
}

/**
 * Writes the parts as a zip file. Level 1: the xml of a large register deflates four times faster than at
 * the default level for a file ~20% larger (docs/bench.md). yazl deflates on libuv's thread pool, so the
 * parts are compressed in parallel.
 */
export async function writeZip(target: string, parts: readonly NewPart[]): Promise<void> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(2000, 0, 1);
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    zip.addBuffer(data, part.name, { mtime, compressionLevel: data.length < 256 ? 0 : 1 });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(target);
    out.on('error', reject);
    out.on('close', () => resolve());
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
  });
}
