import { createGasWorld, type GasGlobals } from './fakes';
import { conditionalBackground } from './fakes/conditional-format';
import { MAIL_LIMITS } from './fakes/mail';

/** The fakes the outreach matrix added (docs/fakes.md): conditional formats, Blob.getAs, MailApp attachments. */
function setup() {
  const { globals, world } = createGasWorld({ dispatch: () => undefined });
  world.seedSheet('Matrix', [
    ['Gedaan (1 van 1)', 'Deels gedaan'],
    ['gepland', ''],
  ]);
  world.seedSheet('Ander', [['x']]);
  return { g: globals as GasGlobals, world };
}

const sheet = (g: GasGlobals, name: string) => g.SpreadsheetApp.getActive().getSheetByName(name)!;

describe('conditional format rules', () => {
  it('colour cells whose text starts with the words, case-insensitively, first rule first; counted calls', () => {
    const { g, world } = setup();
    const s = sheet(g, 'Matrix');
    world.calls.reset();
    const range = s.getRange(1, 1, 2, 2);
    const done = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith('Gedaan')
      .setBackground('#d9ead3')
      .setRanges([range])
      .build();
    const planned = g.SpreadsheetApp.newConditionalFormatRule()
      .whenTextStartsWith('Gepland')
      .setBackground('#cfe2f3')
      .setRanges([range])
      .build();
    s.setConditionalFormatRules([done, planned]);
    expect(world.calls.count('ConditionalFormatRuleBuilder.whenTextStartsWith')).toBe(2);
    expect(world.calls.count('Sheet.setConditionalFormatRules')).toBe(1);
    const raw = world.sheet('Matrix');
    expect(conditionalBackground(raw, 1, 1)).toBe('#d9ead3');
    expect(conditionalBackground(raw, 1, 2)).toBeNull();
    expect(conditionalBackground(raw, 2, 1)).toBe('#cfe2f3');
    expect(s.getConditionalFormatRules()).toHaveLength(2);
    expect(s.getConditionalFormatRules()[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['Gedaan']);
    s.setConditionalFormatRules([]);
    expect(s.getConditionalFormatRules()).toHaveLength(0);
  });

  it('refuse a rule without a condition, without a range, on another sheet, past the sheet, or with a bad colour', () => {
    const { g, world } = setup();
    const s = sheet(g, 'Matrix');
    const app = g.SpreadsheetApp;
    expect(() => app.newConditionalFormatRule().setBackground('#ffffff').build()).toThrow(/condition/);
    const noRange = app.newConditionalFormatRule().whenCellEmpty().build();
    expect(() => s.setConditionalFormatRules([noRange])).toThrow(/at least one range/);
    const other = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([sheet(g, 'Ander').getRange(1, 1)])
      .build();
    expect(() => s.setConditionalFormatRules([other])).toThrow(/different sheet/);
    expect(() => s.getRange(1, 1, 1001, 1)).toThrow(/outside the dimensions/);
    // A range made while the sheet was bigger: Google checks again when the rules are set.
    s.insertRowsAfter(1000, 10);
    const tall = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([s.getRange(1, 1, 1010, 1)])
      .build();
    world.sheet('Matrix').grid.maxRows = 1000;
    expect(() => s.setConditionalFormatRules([tall])).toThrow(/outside the dimensions/);
    expect(() => app.newConditionalFormatRule().setBackground('rood!')).toThrow(/color/);
    expect(() => s.setColumnWidths(20, 10, 100)).toThrow(/out of bounds/);
  });

  it('setBackgrounds and setFontWeights check the shape and the values', () => {
    const { g } = setup();
    const range = sheet(g, 'Matrix').getRange(1, 1, 1, 2);
    expect(() => range.setBackgrounds([['#ffffff']])).toThrow(/number of columns/);
    range.setBackgrounds([['#ffffff', null]]);
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(() => range.setFontWeights([['heavy' as GoogleAppsScript.Spreadsheet.FontWeight, 'bold']])).toThrow(
      /Invalid argument/,
    );
    range.setFontWeights([['bold', null]]);
    expect(range.getFontWeight()).toBe('bold');
  });
});

describe('Blob.getAs and MailApp attachments', () => {
  it('converts HTML to PDF (name gets .pdf, the stand-in holds the text); other conversions throw', () => {
    const { g } = setup();
    const html = g.Utilities.newBlob(
      '<html><body><h1>Matrix &amp; co</h1></body></html>',
      'text/html',
      'matrix.2026.html',
    );
    const pdf = html.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('matrix.2026.pdf');
    expect(pdf.getDataAsString()).toMatch(/^%PDF-1\.4/);
    expect(pdf.getDataAsString()).toContain('Matrix & co');
    expect(() => html.getAs('image/png')).toThrow('Converting from text/html to image/png is not supported.');
    expect(() => g.Utilities.newBlob('x').getAs('application/pdf')).toThrow(/not supported/);
    expect(() => g.Utilities.newBlob('x', 'application/zip', 'a.zip').getAs('application/pdf')).toThrow(
      /not supported/,
    );
  });

  it('sends blobs as attachments; refuses non-blobs, a single blob, too many, too large, or a body over 200 KB', () => {
    const { g, world } = setup();
    const blob = () => g.Utilities.newBlob('abc', 'text/plain', 'a.txt');
    g.MailApp.sendEmail({ to: 'a@x.be', subject: 'S', body: 'B', attachments: [blob()] });
    expect(world.sentMails[0].attachments).toEqual([
      { name: 'a.txt', contentType: 'text/plain', data: Buffer.from('abc') },
    ]);
    const send = (attachments: unknown, body = 'B') =>
      g.MailApp.sendEmail({
        to: 'a@x.be',
        subject: 'S',
        body,
        attachments,
      } as GoogleAppsScript.Mail.MailAdvancedParameters);
    expect(() => send(['tekst'])).toThrow(/Invalid argument: attachments/);
    expect(() => send(blob())).toThrow(/Invalid argument: attachments/);
    expect(() => send(Array.from({ length: MAIL_LIMITS.attachments + 1 }, blob))).toThrow(
      'Limit Exceeded: Email Attachments Per Message.',
    );
    const big = g.Utilities.newBlob('A'.repeat(MAIL_LIMITS.attachmentBytes + 1), 'application/pdf', 'big.pdf');
    expect(() => send([big])).toThrow('Limit Exceeded: Email Total Attachments Size.');
    expect(() => send([], 'x'.repeat(MAIL_LIMITS.bodyBytes + 1))).toThrow('Limit Exceeded: Email Body Size.');
    expect(world.sentMails).toHaveLength(1);
    expect(world.remainingMailQuota()).toBe(99);
  });
});
