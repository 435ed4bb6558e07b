import type { TemplateStore } from '../../app/letters/ports';
import { shippedLanguages, shippedTemplate } from '../../domain/letters/library';

/** The twin reads the letters as shipped in the repo (templates/brieven), bundled into the build. */
export const shippedTemplateStore: TemplateStore = {
  read: (kind, language) => shippedTemplate(kind, language),
  languages: (kind) => shippedLanguages(kind),
};
