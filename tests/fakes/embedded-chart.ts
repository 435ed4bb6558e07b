import { type Core, GasObject } from './core';
import { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { Shape } from './types';

/**
 * Charts embedded in a sheet (`sheet.newChart()…build()`, `insertChart`, `getCharts`, `removeChart`,
 * `updateChart`). A chart reads its ranges live, as in Sheets. Where Google's reference is silent the fake
 * takes the stricter plausible behaviour (docs/fakes.md): a chart needs a data range, ranges must be of the same
 * spreadsheet, the anchor cell must be inside the sheet, a chart is inserted once.
 */

export interface EmbeddedChartState {
  id: number | null;
  type: string;
  ranges: FakeRange[];
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

type BuilderKeys =
  | 'addRange'
  | 'clearRanges'
  | 'getRanges'
  | 'asColumnChart'
  | 'asLineChart'
  | 'asBarChart'
  | 'setPosition'
  | 'setOption'
  | 'setNumHeaders'
  | 'setTitle'
  | 'setColors'
  | 'setLegendPosition'
  | 'build';

export class FakeEmbeddedChartBuilder
  extends GasObject
  implements Shape<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder, BuilderKeys>
{
  private readonly state: EmbeddedChartState;

  constructor(
    core: Core,
    private readonly sheet: FakeSheet,
    from?: EmbeddedChartState,
  ) {
    super(core, 'SpreadsheetApp', 'EmbeddedChartBuilder');
    this.state = from
      ? { ...from, ranges: [...from.ranges], anchor: { ...from.anchor }, options: { ...from.options } }
      : { id: null, type: 'COLUMN', ranges: [], anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const raw = this.core.unwrap(range) as unknown;
    if (!(raw instanceof FakeRange) || raw.getSheet().getParent() !== this.sheet.getParent())
      throw this.core.error('Invalid argument: range');
    this.state.ranges.push(raw);
    return this;
  }

  clearRanges(): this {
    this.state.ranges = [];
    return this;
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }

  asColumnChart(): this {
    this.state.type = 'COLUMN';
    return this;
  }

  asLineChart(): this {
    this.state.type = 'LINE';
    return this;
  }

  asBarChart(): this {
    this.state.type = 'BAR';
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    const ints = [anchorRowPos, anchorColPos, offsetX, offsetY].every(Number.isInteger);
    if (!ints || offsetX < 0 || offsetY < 0) throw this.core.error('Invalid argument: position');
    if (
      anchorRowPos < 1 ||
      anchorColPos < 1 ||
      anchorRowPos > this.sheet.getMaxRows() ||
      anchorColPos > this.sheet.getMaxColumns()
    )
      throw this.core.error('The coordinates of the range are outside the dimensions of the sheet.');
    this.state.anchor = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.state.options[String(option)] = value;
    return this;
  }

  setNumHeaders(headers: number): this {
    if (!Number.isInteger(headers) || headers < -1) throw this.core.error('Invalid argument: headers');
    this.state.options.numHeaders = headers;
    return this;
  }

  setTitle(chartTitle: string): this {
    this.state.options.title = String(chartTitle);
    return this;
  }

  setColors(cssValues: string[]): this {
    if (!Array.isArray(cssValues)) throw this.core.error('Invalid argument: cssValues');
    this.state.options.colors = [...cssValues];
    return this;
  }

  setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    this.state.options.legend = String(position);
    return this;
  }

  build(): FakeEmbeddedChart {
    if (this.state.ranges.length === 0) throw this.core.error('The chart must have at least one data range.');
    return new FakeEmbeddedChart(this.core, this.sheet, { ...this.state, ranges: [...this.state.ranges] });
  }
}

export class FakeEmbeddedChart
  extends GasObject
  implements Shape<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getRanges' | 'modify'>
{
  constructor(
    core: Core,
    private readonly sheet: FakeSheet,
    readonly state: EmbeddedChartState,
  ) {
    super(core, 'SpreadsheetApp', 'EmbeddedChart');
  }

  /** Set once the object was passed to insertChart (not an Apps Script method). */
  inserted = false;

  getChartId(): number | null {
    return this.state.id;
  }

  /** The chart as stored in the sheet (not an Apps Script method). */
  copyWithId(id: number): FakeEmbeddedChart {
    return new FakeEmbeddedChart(this.core, this.sheet, { ...this.state, id, ranges: [...this.state.ranges] });
  }

  getRanges(): FakeRange[] {
    return [...this.state.ranges];
  }

  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.core, this.sheet, this.state);
  }

  /** Test helper: the values the chart plots now (its ranges, read live). Not an Apps Script method. */
  plotted(): unknown[][][] {
    return this.state.ranges.map((r) => r.getValues());
  }
}
