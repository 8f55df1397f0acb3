/**
 * The templates 插入模板 offers. The 双述双评 template's data is written in src/engine/template/ on
 * another branch: when it lands, connect it here, in this one line —
 *   export { dualTemplateSheets } from '../engine/template/<its file>';
 * (a function returning the template's sheets `{ name, rows, merges? }`). Until then it is null and
 * the pane offers the plain template only.
 */
import type { TemplateSheet } from '../hosts/excel/insert-template';
import type { TemplateKind } from './port';

export const dualTemplateSheets: (() => TemplateSheet[]) | null = null;

/** What 插入模板 can offer with `dual` connected or not. */
export function templateKinds(dual: (() => TemplateSheet[]) | null = dualTemplateSheets): TemplateKind[] {
  return dual ? ['basic', 'dual'] : ['basic'];
}
