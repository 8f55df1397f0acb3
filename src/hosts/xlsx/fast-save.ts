/**
 * Saving an exceljs workbook faster than `wb.xlsx.writeBuffer()`, with the same XML.
 *
 * exceljs's in-memory writer (`XLSX.write`) builds a model object for every cell of the workbook (twice),
 * prepares them all, renders every part with its xforms, joins each worksheet into one string
 * (millions of pieces) and zips with jszip's pure-JavaScript deflate. This module runs the same steps
 * with the same xforms — so every part exceljs writes is written, byte for byte, as exceljs writes it
 * (test/hosts/xlsx/stream-save.test.ts) — but:
 *  - each worksheet's model is built once, and its rows are prepared and rendered one at a time
 *    (`streamRows` in `fast-rows.ts`), one string per row instead of one piece per tag, attribute and
 *    value, kept in chunks instead of one giant join;
 *  - parts are deflated by Node's zlib and written straight to the file (`zip-writer.ts`);
 *  - a cell without a style of its own (exceljs gives each such cell a fresh `{}`) gets its style id
 *    from a cache by cell type instead of rendering and hashing an empty style each time;
 *  - the default font and the defined names are put back while the parts are written
 *    (`restorePart`), not by unzipping and zipping the file again.
 * Everything else (workbook, styles, shared strings, drawings and images, tables, themes, comments)
 * is exceljs's own code.
 */
import type ExcelJS from 'exceljs';
import XmlStream from 'exceljs/lib/utils/xml-stream';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import WorksheetXform from 'exceljs/lib/xlsx/xform/sheet/worksheet-xform';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import CommentsXform from 'exceljs/lib/xlsx/xform/comment/comments-xform';
import VmlNotesXform from 'exceljs/lib/xlsx/xform/comment/vml-notes-xform';
import { restorePart } from './restore-parts';
import { renderedRowsXform, streamRows, type SheetRows } from './fast-rows';
import { ZipFileWriter } from './zip-writer';

/** Pieces of XML kept before they are joined into one chunk. */
const CHUNK_PIECES = 4096;
/** A piece at least this long (rows, from `fast-rows.ts`) becomes a chunk of its own. */
const BIG_PIECE = 1 << 16;

/**
 * exceljs's XmlStream, keeping a document as chunks (never one giant string — V8 strings stop at
 * 2^29 characters): what it holds is joined into a chunk whenever a node closes with many pieces
 * pending or a big piece is written.
 */
class ChunkedXmlStream extends XmlStream {
  private readonly chunks: string[] = [];

  override closeNode(): void {
    super.closeNode();
    this.compact();
  }

  /** `renderedRowsXform` writes the rows, a few thousand at a time, with `writeXml`. */
  override writeXml(xml: string): void {
    super.writeXml(xml);
    this.compact(xml.length >= BIG_PIECE);
  }

  private compact(now = false): void {
    // Never while a rollback is open: a rollback truncates `_xml` back to a recorded length.
    if ((now || this._xml.length >= CHUNK_PIECES) && this._rollbacks.length === 0) {
      this.chunks.push(this._xml.length === 1 ? (this._xml[0] as string) : this._xml.join(''));
      this._xml = [];
    }
  }

  /** The whole document, as chunks in order. */
  get parts(): string[] {
    this.closeAll();
    this.chunks.push(this._xml.join(''));
    this._xml = [];
    return this.chunks;
  }
}

/** The parts of exceljs's workbook model this module reads or sets (see exceljs lib/xlsx/xlsx.js). */
interface WriteModel {
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
  useSharedStrings?: boolean;
  useStyles?: boolean;
  sharedStrings?: unknown;
  styles?: StylesXform;
  properties: { date1904?: boolean };
  media: unknown[];
  drawings?: unknown[];
  commentRefs?: unknown[];
  tables?: unknown[];
  worksheets: SheetModel[];
}

interface SheetModel extends SheetRows {
  id: number;
  tables: Array<{ target?: string; id?: number }>;
  rels?: unknown[];
  comments: unknown[];
}

/** The exceljs `XLSX` writer methods reused as they are: each appends one or more parts to `zip`. */
type PartWriter = (zip: PartSink, model: WriteModel) => unknown;
interface XlsxInternals {
  addContentTypes: PartWriter;
  addOfficeRels: PartWriter;
  addWorkbookRels: PartWriter;
  addSharedStrings: PartWriter;
  addDrawings: PartWriter;
  addTables: PartWriter;
  addThemes: PartWriter;
  addStyles: PartWriter;
  addMedia: PartWriter;
  addApp: PartWriter;
  addCore: PartWriter;
  addWorkbook: PartWriter;
}

/** What exceljs's part writers call: `append(data, { name, base64? })`. Parts are written in call order. */
class PartSink {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly zip: ZipFileWriter,
    private readonly patch: (name: string, xml: string) => string,
  ) {}

  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const bytes = options.base64 && typeof data === 'string' ? Buffer.from(data, 'base64') : data;
    const body = typeof bytes === 'string' ? this.patch(options.name, bytes) : bytes;
    this.chain = this.chain.then(() => this.zip.add(options.name, body));
  }

  /** Adds a part given as chunks of text (a worksheet). */
  appendChunks(name: string, chunks: readonly string[]): void {
    this.chain = this.chain.then(() => this.zip.add(name, chunks));
  }

  /** Waits until every part so far is written (and rethrows the first failure). */
  flush(): Promise<void> {
    return this.chain;
  }
}

/** exceljs gives every unstyled cell its own `{}`; its style id depends only on the cell type. */
function cacheEmptyStyles(styles: StylesXform): void {
  const add = styles.addStyleModel.bind(styles);
  const empty = new Map<number | undefined, number>();
  styles.addStyleModel = (model, cellType) => {
    if (model) {
      for (const _key in model) return add(model, cellType);
    }
    let id = empty.get(cellType);
    if (id === undefined) {
      id = add(model ?? {}, cellType);
      empty.set(cellType, id);
    }
    return id;
  };
}

/** exceljs's `model` getter of `obj`'s class, run on `view` (an object whose prototype is `obj`). */
function exceljsModel<T>(obj: object, view: object): T {
  const getter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(obj), 'model')?.get;
  if (!getter) throw new Error('exceljs object without a model getter');
  return getter.call(view) as T;
}

/**
 * `wb.model`, but each worksheet's model built once and without its rows (`rows: []`, `streamRows`
 * fills them in while preparing): exceljs's getter builds every row and cell model of the workbook
 * twice (`worksheets`, and `sheets`, which WorkbookXform.prepare overwrites). The getters themselves
 * run, on views whose `worksheets` / `_rows` differ, so that every other field is exceljs's own.
 * Returns the model and the worksheets in the order of `model.worksheets`.
 */
function workbookModel(wb: ExcelJS.Workbook): { model: WriteModel; sheets: ExcelJS.Worksheet[] } {
  const sheets = wb.worksheets;
  const models = sheets.map((ws) => exceljsModel<SheetModel>(ws, Object.create(ws, { _rows: { value: [] } }) as object));
  const model = exceljsModel<WriteModel>(wb, Object.create(wb, { worksheets: { get: () => models.map((m) => ({ model: m })) } }) as object);
  return { model, sheets };
}

/**
 * exceljs's `XLSX.prepareModel` (styles, shared strings, table names, every sheet's prepare), with each
 * sheet's rows prepared and rendered one at a time by `streamRows` where exceljs prepares its rows.
 */
function prepareModel(model: WriteModel, sheets: readonly ExcelJS.Worksheet[]): void {
  model.creator = model.creator || 'ExcelJS';
  model.lastModifiedBy = model.lastModifiedBy || 'ExcelJS';
  model.created = model.created || new Date();
  model.modified = model.modified || new Date();
  model.useSharedStrings = true;
  model.useStyles = true;
  model.sharedStrings = new SharedStringsXform();
  const styles = new StylesXform(true);
  cacheEmptyStyles(styles);
  model.styles = styles;
  new WorkbookXform().prepare(model);
  const worksheetXform = new WorksheetXform();
  const sheetData = worksheetXform.map.sheetData;
  const rowXform = sheetData.childXform as Parameters<typeof streamRows>[2];
  let current: { ws: ExcelJS.Worksheet; sheet: SheetModel } | undefined;
  sheetData.prepare = (_rows: unknown, opts: Parameters<typeof streamRows>[3]) => {
    if (current) streamRows(current.ws, current.sheet, rowXform, opts);
  };
  const options = {
    sharedStrings: model.sharedStrings,
    styles: model.styles,
    date1904: model.properties.date1904,
    drawingsCount: 0,
    media: model.media,
    drawings: (model.drawings = []),
    commentRefs: (model.commentRefs = []),
  };
  let tableCount = 0;
  const tables: unknown[] = (model.tables = []);
  model.worksheets.forEach((worksheet, i) => {
    for (const table of worksheet.tables) {
      tableCount++;
      table.target = `table${tableCount}.xml`;
      table.id = tableCount;
      tables.push(table);
    }
    current = { ws: sheets[i] as ExcelJS.Worksheet, sheet: worksheet };
    worksheetXform.prepare(worksheet, options);
    current = undefined;
  });
}

/** exceljs's `XLSX.addWorksheets`, a worksheet's XML in chunks; each sheet is written before the next is rendered. */
async function addWorksheets(sink: PartSink, model: WriteModel): Promise<void> {
  const worksheetXform = new WorksheetXform();
  worksheetXform.map.sheetData.childXform = renderedRowsXform;
  const relationshipsXform = new RelationshipsXform();
  const commentsXform = new CommentsXform();
  const vmlNotesXform = new VmlNotesXform();
  for (const worksheet of model.worksheets) {
    const sheet = new ChunkedXmlStream();
    worksheetXform.render(sheet, worksheet);
    sink.appendChunks(`xl/worksheets/sheet${worksheet.id}.xml`, sheet.parts);
    if (worksheet.rels && worksheet.rels.length) {
      const rels = new XmlStream();
      relationshipsXform.render(rels, worksheet.rels);
      sink.append(rels.xml, { name: `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels` });
    }
    if (worksheet.comments.length > 0) {
      const comments = new XmlStream();
      commentsXform.render(comments, worksheet);
      sink.append(comments.xml, { name: `xl/comments${worksheet.id}.xml` });
      const vml = new XmlStream();
      vmlNotesXform.render(vml, worksheet);
      sink.append(vml.xml, { name: `xl/drawings/vmlDrawing${worksheet.id}.vml` });
    }
    await sink.flush();
  }
}

/**
 * Writes `wb` to `file` as exceljs's `wb.xlsx.writeFile(file)` would (same parts, same XML), and with
 * the default font and defined names remembered by `loadWorkbookFile` put back. Faster: see the
 * module comment. `file` is created or overwritten; on failure it is left incomplete (the caller
 * writes to a temporary file). Example: `await writeWorkbookFast(wb, 'out/.x.xlsx.123.tmp')`.
 */
export async function writeWorkbookFast(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const zip = await ZipFileWriter.open(file);
  const sink = new PartSink(zip, (name, xml) => restorePart(wb, name, xml));
  try {
    const { model, sheets } = workbookModel(wb);
    prepareModel(model, sheets);
    // The order of exceljs's XLSX.write.
    await xlsx.addContentTypes(sink, model);
    await xlsx.addOfficeRels(sink, model);
    await xlsx.addWorkbookRels(sink, model);
    await addWorksheets(sink, model);
    await xlsx.addSharedStrings(sink, model);
    await xlsx.addDrawings(sink, model);
    await xlsx.addTables(sink, model);
    await xlsx.addThemes(sink, model);
    await xlsx.addStyles(sink, model);
    await xlsx.addMedia(sink, model);
    await xlsx.addApp(sink, model);
    await xlsx.addCore(sink, model);
    await xlsx.addWorkbook(sink, model);
    await sink.flush();
    await zip.close();
  } catch (err) {
    await zip.abort();
    throw err;
  }
}
