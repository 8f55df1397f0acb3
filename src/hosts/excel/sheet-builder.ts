/** Accumulates one sheet's cells from Office.js range blocks into the engine's `SheetInput`. */
import type { CellValue, MergeArea, SheetInput, SheetVisibility } from '../../engine/model/workbook';
import { formulaKey } from '../../engine/model/workbook';
import { formulaOf, fromOffice } from './cells';

export function visibilityOf(v: unknown): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

export class SheetBuilder {
  readonly name: string;
  readonly visibility: SheetVisibility;
  private readonly cells: Array<Array<CellValue | undefined> | undefined> = [];
  private readonly formulas = new Map<string, string>();
  private readonly merges: MergeArea[] = [];
  private readonly hidden = new Set<number>();

  constructor(name: string, visibility: SheetVisibility) {
    this.name = name;
    this.visibility = visibility;
  }

  /** Adds a block read at 0-based (r, c): Office.js `values`, `formulas`, `valueTypes`. */
  addBlock(r: number, c: number, values: unknown[][], formulas: unknown[][], types: string[][]): void {
    for (let i = 0; i < values.length; i++) {
      const vs = values[i] ?? [], fs = formulas[i] ?? [], ts = types[i] ?? [];
      let row: Array<CellValue | undefined> | undefined;
      for (let j = 0; j < vs.length; j++) {
        const v = fromOffice(vs[j], ts[j]);
        const f = formulaOf(fs[j], vs[j], ts[j]);
        if (v === undefined && f === null) continue;
        row ??= (this.cells[r + i] ??= []);
        row[c + j] = v === undefined ? null : v;
        if (f !== null) this.formulas.set(formulaKey(r + i, c + j), f);
      }
    }
  }

  addMerge(m: MergeArea): void { this.merges.push(m); }
  setHidden(row: number): void { this.hidden.add(row); }
  setHiddenRange(r: number, count: number): void { for (let i = 0; i < count; i++) this.hidden.add(r + i); }

  toSheetInput(): SheetInput {
    // Dense rows: holes become undefined (empty) for the engine.
    return {
      name: this.name,
      visibility: this.visibility,
      cells: Array.from({ length: this.cells.length }, (_, i) => this.cells[i]),
      formulas: this.formulas,
      merges: this.merges,
      hiddenRows: [...this.hidden].sort((a, b) => a - b),
    };
  }
}
