/**
 * The templates 插入模板 offers: the plain one, and the 双述双评 template (its data: the engine's
 * src/engine/template/dual-template.ts, the same `kaoping template --kind 双述双评` writes).
 */
import type { TemplateSheet } from '../hosts/excel/insert-template';
import type { TemplateKind } from './port';
import { dualTemplateSheets as engineDualSheets } from '../engine/template/dual-template';

export const dualTemplateSheets: (() => TemplateSheet[]) | null = engineDualSheets;

/** What 插入模板 can offer with `dual` connected or not. */
export function templateKinds(dual: (() => TemplateSheet[]) | null = dualTemplateSheets): TemplateKind[] {
  return dual ? ['basic', 'dual'] : ['basic'];
}
