/**
 * How the zod checks of the scheme say what is wrong: one message in Chinese and English joined by
 * `MESSAGE_SEPARATOR`, added at a field path that `parseScheme` turns into the scheme cell.
 * Shared by `schema.ts` (SPEC §1.1) and `method-checks.ts` (SPEC §8).
 */
import type { z } from 'zod';

export const MESSAGE_SEPARATOR = '\u001f';

/** One message in both languages, as carried by a zod issue. */
export function say(zh: string, en: string): string {
  return `${zh}${MESSAGE_SEPARATOR}${en}`;
}

/** A number as a clerk reads it: 15 significant digits, no float noise (0.1+0.2 → '0.3'). */
export function showNumber(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

export type Ctx = z.RefinementCtx;
export type Path = Array<string | number>;

/** A `SCHEME_INVALID` problem at the cell of `path`. */
export function problem(ctx: Ctx, path: Path, zh: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: say(zh, en), path });
}
