import { createHash } from 'node:crypto';
import { type Core, GasObject } from './core';
import { enumOf } from './enums';
import { FakeForm } from './form';
import { FakeTextValidationBuilder } from './form-items';
import type { FakeSpreadsheet } from './spreadsheet';
import type { Shape } from './types';

const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';

/** A deterministic id of Drive's shape: 44 url-safe characters. */
export function fakeId(seed: string, prefix = '1', length = 44): string {
  const hash = createHash('sha256').update(seed).digest('base64url');
  return (prefix + hash + hash).slice(0, length);
}

export class FakeFormApp
  extends GasObject
  implements
    Shape<
      GoogleAppsScript.Forms.FormApp,
      'create' | 'openById' | 'openByUrl' | 'getActiveForm' | 'createTextValidation'
    >
{
  readonly DestinationType = enumOf('SPREADSHEET');
  readonly ItemType = enumOf(
    'CHECKBOX',
    'DATE',
    'LIST',
    'MULTIPLE_CHOICE',
    'PAGE_BREAK',
    'PARAGRAPH_TEXT',
    'SCALE',
    'SECTION_HEADER',
    'TEXT',
  );

  constructor(
    core: Core,
    private readonly forms: FakeForm[],
    private readonly spreadsheet: FakeSpreadsheet,
  ) {
    super(core, 'FormApp', 'FormApp');
  }

  create(title: string): FakeForm {
    const n = this.core.next('form');
    const form = new FakeForm(
      this.core,
      fakeId(`form-${n}`),
      fakeId(`published-${n}`, '1FAIpQLS', 56),
      String(title),
      this.spreadsheet,
    );
    this.forms.push(form);
    return form;
  }

  /** Only the form's owner and its editors can open it (sharing the spreadsheet does not share its forms). */
  openById(id: string): FakeForm {
    const form = this.forms.find((f) => f.id === id && !f.deleted);
    if (!form?.canBeOpenedBy(this.core.user.effective)) throw this.core.error(NOT_FOUND);
    return form;
  }

  openByUrl(url: string): FakeForm {
    const match = /\/forms\/d\/(e\/)?([\w-]+)/.exec(String(url));
    if (!match) throw this.core.error('Invalid argument: url');
    const form = this.forms.find((f) => (match[1] ? f.publishedId : f.id) === match[2] && !f.deleted);
    if (!form?.canBeOpenedBy(this.core.user.effective)) throw this.core.error(NOT_FOUND);
    return form;
  }

  /** The script is bound to a spreadsheet, not to a form. */
  getActiveForm(): null {
    return null;
  }

  createTextValidation(): FakeTextValidationBuilder {
    return new FakeTextValidationBuilder(this.core);
  }

  createParagraphTextValidation(): FakeTextValidationBuilder {
    return new FakeTextValidationBuilder(this.core);
  }
}
