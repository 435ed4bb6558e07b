import { createGasWorld, type GasGlobals } from './fakes';
import { MAIL_LIMITS } from './fakes/mail';

/**
 * The fakes added for the dashboard (issue 12), one test per behaviour in docs/fakes.md: the Charts service,
 * Blob.getAs, MailApp attachments and inline images, charts embedded in a sheet.
 */

function setup() {
  const { globals, world } = createGasWorld({ dispatch: () => undefined });
  return { g: globals as GasGlobals, world };
}

describe('Charts', () => {
  it('a data table with no columns or no rows does not build (Google: "if the data table is empty or malformed")', () => {
    const { g } = setup();
    expect(() => g.Charts.newDataTable().build()).toThrow(/empty/);
    expect(() => g.Charts.newDataTable().addColumn(g.Charts.ColumnType.STRING, 'Maand').build()).toThrow(/empty/);
  });

  it('a row has the width of the table and values of the column types; null is a missing value', () => {
    const { g } = setup();
    const table = () =>
      g.Charts.newDataTable()
        .addColumn(g.Charts.ColumnType.STRING, 'Maand')
        .addColumn(g.Charts.ColumnType.NUMBER, 'Gezinnen');
    expect(() => table().addRow(['okt'])).toThrow(/2 columns/);
    expect(() => table().addRow(['okt', '12'])).toThrow(/does not match/);
    expect(() => table().addRow(['okt', null]).build()).not.toThrow();
    expect(() => table().addRow(['okt', 3]).addColumn(g.Charts.ColumnType.NUMBER, 'Later')).toThrow(/before rows/);
    expect(() => g.Charts.newDataTable().addColumn('PERCENT' as never, 'x')).toThrow(/type/);
  });

  it('a chart needs a data table; getAs gives a PNG, an unsupported type is refused; every call counts', () => {
    const { g, world } = setup();
    expect(() => g.Charts.newColumnChart().setTitle('Leeg').build()).toThrow(/data table/);
    world.calls.reset();
    const data = g.Charts.newDataTable()
      .addColumn(g.Charts.ColumnType.STRING, 'Maand')
      .addColumn(g.Charts.ColumnType.NUMBER, 'Gezinnen')
      .addRow(['okt', 12])
      .build();
    const png = g.Charts.newColumnChart()
      .setDataTable(data as never)
      .setDimensions(640, 330)
      .build()
      .getAs('image/png');
    expect(png.getContentType()).toBe('image/png');
    expect(png.getBytes().slice(0, 4)).toEqual([-119, 80, 78, 71]);
    expect(world.builtCharts.at(-1)?.table.rows).toEqual([['okt', 12]]);
    expect(world.calls.count('Charts')).toBe(10);
    expect(() =>
      g.Charts.newBarChart()
        .setDataTable(data as never)
        .build()
        .getAs('text/plain'),
    ).toThrow(/not supported/);
    expect(() => g.Charts.newBarChart().setDimensions(0, 10)).toThrow(/dimensions/);
  });
});

describe('Blob.getAs and Utilities.newBlob', () => {
  it('HTML converts to PDF only, the name takes the new extension; an image may also become another image', () => {
    const { g } = setup();
    const html = g.Utilities.newBlob('<p>hallo</p>', 'text/html', 'overzicht-2026-10.html');
    const pdf = html.getAs('application/pdf');
    expect([pdf.getContentType(), pdf.getName()]).toEqual(['application/pdf', 'overzicht-2026-10.pdf']);
    expect(() => html.getAs('image/png')).toThrow(/not supported/);
    expect(() => g.Utilities.newBlob('x').getAs('application/pdf')).toThrow(/not supported/);
    const image = g.Utilities.newBlob([-119, 80, 78, 71], 'image/png', 'a.b.png');
    expect(image.getAs('image/jpeg').getName()).toBe('a.b.jpeg');
  });

  it('the PDF stand-in shows an image embedded as a data: URI, and says which images were not loaded', () => {
    const { g } = setup();
    const html = g.Utilities.newBlob(
      '<h1>Overzicht</h1><img alt="a" src="data:image/png;base64,iVBORw0KGgo="><img src="cid:grafiek-1">',
      'text/html',
      'o.html',
    );
    const text = Buffer.from(html.getAs('application/pdf').getBytes()).toString('utf8');
    expect(text).toContain('Overzicht [image image/png]');
    expect(text).toContain('[image not loaded: cid:grafiek-1]');
  });

  it('bytes are Java bytes: 200 is refused, -56 is the same byte', () => {
    const { g } = setup();
    expect(() => g.Utilities.newBlob([200], 'image/png', 'x.png')).toThrow(/-128 to 127/);
    expect(g.Utilities.newBlob([-56], 'image/png', 'x.png').getBytes()).toEqual([-56]);
  });
});

describe('MailApp attachments and inline images', () => {
  it('takes blobs (a chart is a BlobSource), refuses anything else, and at most 25 MB', () => {
    const { g, world } = setup();
    const pdf = g.Utilities.newBlob('%PDF', 'application/pdf', 'a.pdf');
    const chart = g.Charts.newColumnChart()
      .setDataTable(
        g.Charts.newDataTable()
          .addColumn(g.Charts.ColumnType.STRING, 'm')
          .addColumn(g.Charts.ColumnType.NUMBER, 'n')
          .addRow(['a', 1]),
      )
      .build();
    g.MailApp.sendEmail({
      to: 'a@b.example',
      subject: 's',
      body: 'b',
      htmlBody: '<img src="cid:g">',
      attachments: [pdf],
      inlineImages: { g: chart },
    });
    const sent = world.sentMails[0];
    expect(sent.attachments?.[0].name).toBe('a.pdf');
    expect(sent.inlineImages?.g.contentType).toBe('image/png');
    const send = (options: object) => () =>
      g.MailApp.sendEmail({ to: 'a@b.example', subject: 's', body: 'b', ...options });
    expect(send({ attachments: ['not a blob'] })).toThrow(/attachments/);
    expect(send({ inlineImages: { g: 42 } })).toThrow(/inlineImages/);
    const big = g.Utilities.newBlob('x'.repeat(MAIL_LIMITS.attachmentBytes + 1), 'text/plain', 'big.txt');
    expect(send({ attachments: [big] })).toThrow(/Attachments Size/);
    expect(world.sentMails).toHaveLength(1);
  });
});

describe('charts embedded in a sheet', () => {
  function sheetWithData(g: GasGlobals) {
    const ss = g.SpreadsheetApp.getActive();
    const sheet = ss.insertSheet('Dashboard');
    sheet.getRange(1, 1, 3, 2).setValues([
      ['Maand', 'Gezinnen'],
      ['sep', 10],
      ['okt', '<5'],
    ]);
    return sheet;
  }

  it('needs a data range of the same spreadsheet and an anchor inside the sheet', () => {
    const { g } = setup();
    const sheet = sheetWithData(g);
    expect(() => sheet.newChart().asColumnChart().build()).toThrow(/data range/);
    expect(() => sheet.newChart().addRange('A1:B3' as never)).toThrow(/range/);
    expect(() => sheet.newChart().setPosition(1001, 1, 0, 0)).toThrow(/outside the dimensions/);
    expect(() => sheet.newChart().setPosition(1, 27, 0, 0)).toThrow(/outside the dimensions/);
  });

  it('is inserted once; its id is read back from getCharts; update and remove find it by id; it reads its cells live', () => {
    const { g, world } = setup();
    const sheet = sheetWithData(g);
    const chart = sheet
      .newChart()
      .asColumnChart()
      .addRange(sheet.getRange(1, 1, 3, 2))
      .setPosition(2, 5, 0, 0)
      .build();
    sheet.insertChart(chart);
    expect(chart.getChartId()).toBeNull();
    expect(() => sheet.insertChart(chart)).toThrow(/already/);
    const [stored] = sheet.getCharts();
    expect(stored.getChartId()).not.toBeNull();
    sheet.getRange(3, 2).setValue(12);
    const raw = world.sheet('Dashboard').charts[0];
    expect(raw.plotted()[0][2]).toEqual(['okt', 12]);
    const changed = stored.modify().setOption('title', 'Gezinnen').build();
    sheet.updateChart(changed);
    expect(world.sheet('Dashboard').charts[0].state.options.title).toBe('Gezinnen');
    const stray = sheet
      .newChart()
      .addRange(sheet.getRange(1, 1, 3, 2))
      .build();
    expect(() => sheet.removeChart(stray)).toThrow(/chart/);
    sheet.removeChart(stored);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(world.calls.count('Sheet.insertChart')).toBe(2);
  });
});
