// zod/mini: the same engine as `zod` with a functional API that tree-shakes, as long as functions are
// imported by name (a namespace import keeps all of zod, locales included). The full `zod` entry adds
// ~790 KB to the Apps Script bundle, which Apps Script parses on every execution.
import { config } from 'zod/mini';

// Node and Apps Script take the same code path: no `new Function` (Apps Script's V8 may refuse it).
config({ jitless: true });

export type { infer } from 'zod/mini';
export { array, object, optional, pipe, safeParse, string, transform, union } from 'zod/mini';
