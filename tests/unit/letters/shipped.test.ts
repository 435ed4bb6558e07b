import { LETTER_KINDS, letterKind } from '../../../src/domain/letters/catalogue';
import { checkLetter } from '../../../src/domain/letters/clearLanguage';
import { shippedLanguages, shippedTemplates } from '../../../src/domain/letters/library';

describe('shipped letter templates', () => {
  it('each of the five letters exists in Dutch and at least two more languages', () => {
    for (const kind of LETTER_KINDS) {
      const languages = shippedLanguages(kind.id);
      expect(languages[0]).toBe('nl');
      expect(languages.length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(shippedTemplates().map((t) => [`${t.kind}/${t.language}`, t] as const))(
    '%s passes the clear-language check',
    (_name, template) => {
      expect(checkLetter(template, letterKind(template.kind)!)).toEqual([]);
    },
  );
});
