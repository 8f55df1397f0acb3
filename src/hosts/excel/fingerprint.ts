/**
 * Fingerprints: a 32-bit FNV-1a hash of each sheet's cell values (with their positions), so that a
 * write can tell whether the sheet changed since it was read. The fingerprint string is JSON:
 * `{"v":1,"sheets":{"考核数据":"9f3a0c12", …}}`.
 */
import type { SheetInput } from '../../engine/model/workbook';
import { FNV1A_OFFSET, fnv1a } from '../../engine/fast/hash';

/** Hash of one sheet's values. Example: two reads of an unchanged sheet give the same text. */
export function sheetHash(sheet: SheetInput): string {
  let h = FNV1A_OFFSET;
  sheet.cells.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v === undefined || v === null) return;
      const t = typeof v === 'object' ? `E${v.error}` : typeof v === 'number' ? `N${v}` : typeof v === 'boolean' ? `B${v}` : `S${v}`;
      h = fnv1a(`${r},${c}:${t}\u0001`, h);
    });
  });
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function makeFingerprint(sheets: readonly SheetInput[]): string {
  const out: Record<string, string> = {};
  for (const s of sheets) out[s.name] = sheetHash(s);
  return JSON.stringify({ v: 1, sheets: out });
}

/** The stored hash of a sheet, or null when the fingerprint does not know it. */
export function fingerprintOf(fingerprint: string, sheet: string): string | null {
  try {
    const parsed = JSON.parse(fingerprint) as { sheets?: Record<string, string> };
    return parsed.sheets?.[sheet] ?? null;
  } catch {
    return null;
  }
}
