import * as path from 'node:path';
import { makeLetters } from '../../app/letters/mergeLetters';
import { cellText } from '../../domain/common/table';
import { monthKey } from '../../domain/letters/dates';
import { BATCH_STATUS, LETTERS, MANNER } from '../../domain/letters/tabs';
import type { Row } from '../../ports';
import type { CycleStep } from '../steps';
import { PdfLetterPrinter } from './pdfPrinter';
import { shippedTemplateStore } from './templateFiles';

export const LETTERS_STEP = 'Brieven maken';

/**
 * The month's letters, asked for as the worker would (a row per batch in Brieven) and made by the same use case
 * as the menu in Google: the direct mailing to households just registered, appointment letters, "je internet
 * werkt" for households connected, the donors' thank-you once their devices are wiped, and (once) the partner
 * information by e-mail. A request is added once per month; a household never gets the same Reeks twice.
 */
const MONTHLY_REQUESTS: ReadonlyArray<Row> = [
  { Sjabloon: 'uitnodiging', Reeks: 'uitnodiging', Selectie: 'status: Aangemeld', Manier: MANNER.emailElsePost },
  {
    Sjabloon: 'afspraak',
    Reeks: '',
    Selectie: 'status: Contact opgenomen, Geïnformeerd',
    Manier: MANNER.emailElsePost,
  },
  { Sjabloon: 'internet-werkt', Reeks: 'internet-werkt', Selectie: 'status: Actief', Manier: MANNER.emailElsePost },
  { Sjabloon: 'schenkers', Reeks: 'schenkers', Selectie: '', Manier: MANNER.emailElsePost },
];
const ONCE_REQUESTS: ReadonlyArray<Row> = [
  { Sjabloon: 'partners', Reeks: 'partners', Selectie: '', Manier: MANNER.email },
];

export const lettersStep: CycleStep = {
  name: LETTERS_STEP,
  async run(ctx) {
    const month = monthKey(ctx.clock.now());
    const rows = ctx.tables.read(LETTERS.name).rows;
    const asked = (request: Row, thisMonthOnly: boolean) =>
      rows.some(
        (r) =>
          cellText(r.values.Sjabloon) === request.Sjabloon &&
          (!thisMonthOnly ||
            cellText(r.values.Status) === BATCH_STATUS.make ||
            (r.values['Gemaakt op'] instanceof Date && monthKey(r.values['Gemaakt op']) === month)),
      );
    const requests = [
      ...MONTHLY_REQUESTS.filter((r) => !asked(r, true)),
      ...ONCE_REQUESTS.filter((r) => !asked(r, false)),
    ].map((r) => ({ ...r, Status: BATCH_STATUS.make }));
    if (requests.length > 0) ctx.tables.append(LETTERS.name, requests);

    const dir = path.join(ctx.outDir, 'letters');
    const printer = new PdfLetterPrinter(dir, shippedTemplateStore, () => ctx.clock.now());
    const result = makeLetters(
      ctx.ports,
      { templates: shippedTemplateStore, printer, who: 'projectmedewerker (demo)' },
      Infinity,
    );
    await printer.drain();
    ctx.results[LETTERS_STEP] = {
      reeksen: result.batches,
      'brieven op papier': result.letters,
      'brieven per e-mail': result.mails,
      'naar Te controleren': result.review,
    };
    ctx.say(`  ${result.letters} brieven op papier, ${result.mails} per e-mail`);
    if (result.letters > 0) ctx.wrote(`${dir}/`, `de brieven om te printen (één PDF per reeks, één brief per blad)`);
  },
};
