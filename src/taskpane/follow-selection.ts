/**
 * The pane follows the clerk's selection in the sheet: selecting a cell in a unit's row (on the data
 * sheet, or on a 来源表 where the unit's details were read) shows that unit's explanation.
 */
import { useEffect, useRef } from 'react';
import type { Assessment } from '../engine';
import { unitAtSelection } from './explain';
import type { ExcelPort } from './port';

/**
 * While mounted, calls `onUnit(row)` with the unit's 0-based sheet row whenever the clerk selects a
 * cell of a unit's row in `source` (the latest assessment). Cells of no unit change nothing.
 * Registers once, on the sheets visible when the pane opens.
 */
export function useFollowSelection(port: ExcelPort, source: Assessment | null, onUnit: (row: number) => void): void {
  const sourceRef = useRef(source);
  sourceRef.current = source;
  const onUnitRef = useRef(onUnit);
  onUnitRef.current = onUnit;
  useEffect(() => {
    if (!port.onSelectionChanged) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let cancelled = false;
    port.onSelectionChanged((sheet, address) => {
      const a = sourceRef.current;
      const u = a ? unitAtSelection(a, sheet, address) : null;
      if (u) onUnitRef.current(u.row);
    }).then(
      (off) => {
        if (cancelled) void off?.();
        else stop = off;
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      if (stop) void stop().catch(() => undefined);
    };
  }, [port]);
}
