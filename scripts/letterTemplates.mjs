// The letter templates (templates/brieven/<sjabloon>/<taal>.txt) as one module, so the Apps Script bundle and
// the local twin carry the same texts. `import files from 'letter-templates'` gives { 'uitnodiging/nl': '…' }.
// A new language is a new file: nothing to register.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEMPLATE_DIR = 'templates/brieven';

export function readLetterTemplates(dir = TEMPLATE_DIR) {
  const files = {};
  for (const kind of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const file of readdirSync(join(dir, kind))
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      files[`${kind}/${file.slice(0, -4)}`] = readFileSync(join(dir, kind, file), 'utf8');
    }
  }
  return files;
}

export const letterTemplatesPlugin = {
  name: 'letter-templates',
  setup(build) {
    build.onResolve({ filter: /^letter-templates$/ }, () => ({
      path: 'letter-templates',
      namespace: 'letter-templates',
    }));
    build.onLoad({ filter: /.*/, namespace: 'letter-templates' }, () => {
      const files = readLetterTemplates();
      return {
        contents: `export default ${JSON.stringify(files)};`,
        loader: 'js',
        watchDirs: [TEMPLATE_DIR, ...Object.keys(files).map((k) => join(TEMPLATE_DIR, k.split('/')[0]))],
      };
    });
  },
};
