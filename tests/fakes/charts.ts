import { type Core, GasObject, isDate } from './core';
import { enumOf } from './enums';
import type { Shape } from './types';
import { FakeBlob } from './utilities';

/**
 * `Charts`: a data table and a chart built from it, turned into a PNG with `getAs('image/png')`. Strict
 * where Google's reference is (DataTableBuilder.build throws for an empty or malformed table) and, where it
 * is silent, the stricter plausible behaviour (docs/fakes.md): columns before rows, a row of the table's
 * width, values of the column's type (or null), a chart needs a data table.
 */

export const ColumnType = enumOf('DATE', 'NUMBER', 'STRING');
export const Position = enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE');
export const ChartType = enumOf('AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER', 'TABLE');
const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp']);

export type ChartValue = string | number | Date | null;

export class FakeDataTable extends GasObject {
  constructor(
    core: Core,
    readonly columns: ReadonlyArray<{ type: string; label: string }>,
    readonly rows: ReadonlyArray<readonly ChartValue[]>,
  ) {
    super(core, 'Charts', 'DataTable');
  }
}

export class FakeDataTableBuilder
  extends GasObject
  implements Shape<GoogleAppsScript.Charts.DataTableBuilder, 'addColumn' | 'addRow' | 'build'>
{
  private readonly columns: Array<{ type: string; label: string }> = [];
  private readonly rows: ChartValue[][] = [];

  constructor(core: Core) {
    super(core, 'Charts', 'DataTableBuilder');
  }

  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string): this {
    const t = String(type);
    if (!(t in ColumnType)) throw this.core.error(`Invalid argument: type`);
    if (typeof label !== 'string') throw this.core.error('Invalid argument: label');
    if (this.rows.length > 0) throw this.core.error('Columns must be added before rows.');
    this.columns.push({ type: t, label });
    return this;
  }

  addRow(values: unknown[]): this {
    if (!Array.isArray(values)) throw this.core.error('Invalid argument: values');
    if (values.length !== this.columns.length)
      throw this.core.error(`The row has ${values.length} values but the table has ${this.columns.length} columns.`);
    values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const type = this.columns[i].type;
      const ok =
        (type === 'NUMBER' && typeof v === 'number' && Number.isFinite(v)) ||
        (type === 'STRING' && typeof v === 'string') ||
        (type === 'DATE' && isDate(v));
      if (!ok) throw this.core.error(`Value ${String(v)} does not match the type ${type} of column ${i}.`);
    });
    this.rows.push(values.map((v) => (v === undefined ? null : (v as ChartValue))));
    return this;
  }

  build(): FakeDataTable {
    if (this.columns.length === 0 || this.rows.length === 0)
      throw this.core.error('The data table is empty or malformed.');
    return new FakeDataTable(
      this.core,
      this.columns.map((c) => ({ ...c })),
      this.rows.map((r) => [...r]),
    );
  }
}

/** What a built chart holds, for tests to read (never shown to the script). */
export interface ChartRecord {
  kind: 'COLUMN' | 'BAR' | 'LINE';
  title: string;
  width: number;
  height: number;
  colors: readonly string[];
  table: FakeDataTable;
  options: Record<string, unknown>;
}

type BuilderKeys =
  | 'build'
  | 'setDataTable'
  | 'setTitle'
  | 'setDimensions'
  | 'setColors'
  | 'setLegendPosition'
  | 'setXAxisTitle'
  | 'setYAxisTitle'
  | 'setOption'
  | 'setRange';

export class FakeChartBuilder
  extends GasObject
  implements Shape<GoogleAppsScript.Charts.ColumnChartBuilder, BuilderKeys>
{
  private table: FakeDataTable | null = null;
  private title = '';
  private width = 600;
  private height = 400;
  private colors: string[] = [];
  private readonly options: Record<string, unknown> = {};

  constructor(
    core: Core,
    private readonly kind: ChartRecord['kind'],
    private readonly built: ChartRecord[],
  ) {
    super(
      core,
      'Charts',
      kind === 'COLUMN' ? 'ColumnChartBuilder' : kind === 'BAR' ? 'BarChartBuilder' : 'LineChartBuilder',
    );
  }

  setDataTable(table: unknown): this {
    const raw = this.core.unwrap(table);
    if (raw instanceof FakeDataTableBuilder) this.table = raw.build();
    else if (raw instanceof FakeDataTable) this.table = raw;
    else throw this.core.error('Invalid argument: table');
    return this;
  }

  setTitle(chartTitle: string): this {
    this.title = String(chartTitle);
    return this;
  }

  setDimensions(width: number, height: number): this {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
      throw this.core.error('Invalid argument: dimensions');
    this.width = width;
    this.height = height;
    return this;
  }

  setColors(cssValues: string[]): this {
    if (!Array.isArray(cssValues) || cssValues.some((c) => typeof c !== 'string'))
      throw this.core.error('Invalid argument: cssValues');
    this.colors = [...cssValues];
    return this;
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    if (!(String(position) in Position)) throw this.core.error('Invalid argument: position');
    this.options.legend = String(position);
    return this;
  }

  setXAxisTitle(title: string): this {
    this.options.hAxisTitle = String(title);
    return this;
  }

  setYAxisTitle(title: string): this {
    this.options.vAxisTitle = String(title);
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.options[String(option)] = value;
    return this;
  }

  setRange(start: number, end: number): this {
    if (!(Number(start) < Number(end))) throw this.core.error('Invalid argument: range');
    this.options.range = [start, end];
    return this;
  }

  build(): FakeChart {
    if (!this.table) throw this.core.error('A data table is required to build a chart.');
    const record: ChartRecord = {
      kind: this.kind,
      title: this.title,
      width: this.width,
      height: this.height,
      colors: [...this.colors],
      table: this.table,
      options: { ...this.options },
    };
    this.built.push(record);
    return new FakeChart(this.core, record);
  }
}

/** A PNG: the real signature and header chunk, then the chart's data as text (enough to tell charts apart). */
function pngOf(record: ChartRecord): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(record.width, 0);
  header.writeUInt32BE(record.height, 4);
  const text = Buffer.from(JSON.stringify({ title: record.title, rows: record.table.rows }), 'utf8');
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), header, text]);
}

export class FakeChart extends GasObject implements Shape<GoogleAppsScript.Charts.Chart, 'getAs' | 'getBlob'> {
  constructor(
    core: Core,
    readonly record: ChartRecord,
  ) {
    super(core, 'Charts', 'Chart');
  }

  getAs(contentType: string): FakeBlob {
    if (!IMAGE_TYPES.has(String(contentType)) && contentType !== 'application/pdf')
      throw this.core.error(`Converting from image/png to ${contentType} is not supported.`);
    const blob = new FakeBlob(this.core, pngOf(this.record), String(contentType), null);
    return blob;
  }

  getBlob(): FakeBlob {
    return new FakeBlob(this.core, pngOf(this.record), 'image/png', null);
  }
}

export class FakeCharts
  extends GasObject
  implements Shape<GoogleAppsScript.Charts.Charts, 'newDataTable' | 'newColumnChart' | 'newBarChart' | 'newLineChart'>
{
  readonly ColumnType = ColumnType;
  readonly Position = Position;
  readonly ChartType = ChartType;

  constructor(
    core: Core,
    private readonly built: ChartRecord[],
  ) {
    super(core, 'Charts', 'Charts');
  }

  newDataTable(): FakeDataTableBuilder {
    return new FakeDataTableBuilder(this.core);
  }

  newColumnChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.core, 'COLUMN', this.built);
  }

  newBarChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.core, 'BAR', this.built);
  }

  newLineChart(): FakeChartBuilder {
    return new FakeChartBuilder(this.core, 'LINE', this.built);
  }
}
