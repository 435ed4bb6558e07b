import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { encodePart, NotAZipError, readZip, writeZip } from '../../src/local/xlsx/zip';

/** The zip container round trip: parts encoded early (while others are made) read back as they were written. */
describe('zip parts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-parts-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back every part, whether given as bytes, as text or encoded beforehand', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.uint8Array({ maxLength: 20_000 }), fc.constantFrom('bytes', 'text', 'early')), {
          minLength: 1,
          maxLength: 5,
        }),
        async (specs) => {
          const parts = specs.map(([array, how], i) => {
            const bytes = Buffer.from(array);
            const name = `xl/worksheets/sheet${i + 1}.xml`;
            if (how === 'text')
              return { name, bytes: Buffer.from(bytes.toString('latin1'), 'utf8'), data: bytes.toString('latin1') };
            return { name, bytes, data: how === 'early' ? encodePart(bytes, name) : bytes };
          });
          const file = path.join(dir, 'parts.zip');
          await writeZip(
            file,
            parts.map(({ name, data }) => ({ name, data })),
          );
          const read = await readZip(fs.readFileSync(file));
          expect(read.map((p) => p.name)).toEqual(parts.map((p) => p.name));
          for (const [i, part] of read.entries()) expect(part.bytes().equals(parts[i].bytes)).toBe(true);
        },
      ),
      { numRuns: 25, seed: 20261202 },
    );
  });

  it('refuses a part whose inflated size differs from the size the zip gives', async () => {
    const file = path.join(dir, 'lying.zip');
    const bytes = Buffer.from('<row r="2"><c r="A2"><v>1</v></c></row>'.repeat(100));
    await writeZip(file, [{ name: 'xl/worksheets/sheet1.xml', data: bytes }]);
    const data = fs.readFileSync(file);
    // The uncompressed size in the local header (offset 22) and in the central directory entry (offset 24).
    data.writeUInt32LE(bytes.length - 1, 22);
    const central = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    data.writeUInt32LE(bytes.length - 1, central + 24);
    const [part] = await readZip(data);
    expect(() => part.bytes()).toThrow(NotAZipError);
  });
});
