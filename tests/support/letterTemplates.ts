import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Jest's stand-in for the bundled `letter-templates` module: the same files, read from disk. */
const dir = join(__dirname, '../../templates/brieven');
const files: Record<string, string> = {};
for (const kind of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const file of readdirSync(join(dir, kind.name)).filter((f) => f.endsWith('.txt'))) {
    files[`${kind.name}/${file.slice(0, -4)}`] = readFileSync(join(dir, kind.name, file), 'utf8');
  }
}
export default files;
