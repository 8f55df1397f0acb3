/**
 * The few exceljs 4.4 internals `fast-save.ts` uses (exceljs ships no typings for them). Only the
 * members used are declared; models are exceljs's own plain objects.
 */
declare module 'exceljs/lib/utils/xml-stream' {
  class XmlStream {
    protected _xml: string[];
    protected _rollbacks: unknown[];
    closeNode(): void;
    closeAll(): void;
    writeXml(xml: string): void;
    get xml(): string;
  }
  export = XmlStream;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  class StylesXform {
    constructor(initialise?: boolean);
    addStyleModel(model: object | undefined, cellType?: number): number;
    static Mock: new () => StylesXform;
  }
  export = StylesXform;
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  class SharedStringsXform {
    constructor();
  }
  export = SharedStringsXform;
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  class WorkbookXform {
    prepare(model: object): void;
  }
  export = WorkbookXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/worksheet-xform' {
  class WorksheetXform {
    prepare(model: object, options: object): void;
    render(xmlStream: unknown, model: object): void;
    /** The child xforms; `sheetData` is a ListXform of RowXform. */
    map: { sheetData: { childXform: unknown; prepare(rows: unknown, options: never): void } };
  }
  export = WorksheetXform;
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  class RelationshipsXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = RelationshipsXform;
}

declare module 'exceljs/lib/xlsx/xform/comment/comments-xform' {
  class CommentsXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = CommentsXform;
}

declare module 'exceljs/lib/xlsx/xform/comment/vml-notes-xform' {
  class VmlNotesXform {
    render(xmlStream: unknown, model: unknown): void;
  }
  export = VmlNotesXform;
}

declare module 'exceljs/lib/xlsx/xform/sheet/cell-xform' {
  class CellXform {
    render(xmlStream: unknown, model: object): void;
  }
  export = CellXform;
}
