import fc from 'fast-check';
import { CodesBySpan, parseKey, spanKey } from '../../../src/domain/dashboard/publication';

/**
 * The report's index of cell codes per span (tables ask it for every span) gives what parsing every key and
 * comparing its span does: the same codes in the same order, for keys as the ledger and the cells give them —
 * codes with "@" or "|" in them, hidden cells ("~…"), spans written otherwise or not at all, repeated keys.
 */

const code = fc.constantFrom('actief', 'partner|Ligo', 'partner|a@b', 'kanaal|x', 'scan|q1|begin|n', '~actief');
const span = fc.constantFrom(
  '2026-10',
  '2026-09',
  '2026-01..2026-10',
  '2026-10..2026-10',
  '2026-10..2026-01',
  '2026-13',
  ' 2026-10',
  '',
  'x',
);
const key = fc.oneof(
  fc.tuple(code, span).map(([c, s]) => `${c}@${s}`),
  fc.tuple(code, span).map(([c, s]) => `~${c}@${s}−${c}@${s}`),
  code,
);

describe('CodesBySpan', () => {
  it('gives the codes of the keys that parse to a span, in the order they were added', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
        const index = new CodesBySpan();
        for (const k of keys) index.add(k);
        const parsed = keys.map(parseKey);
        const spans = new Set(parsed.map((p) => (p ? spanKey(p.first, p.last) : 'none')));
        for (const s of [...spans, '2026-10', '2026-01..2026-10', 'none'])
          expect(index.codesIn(s)).toEqual(
            parsed.filter((p) => p !== null && spanKey(p.first, p.last) === s).map((p) => p?.code),
          );
      }),
      { numRuns: 500 },
    );
  });
});
