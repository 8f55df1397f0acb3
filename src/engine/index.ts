/**
 * 考评助手's engine: a workbook's cells in, a complete and explainable assessment out.
 * Pure: no Office.js, DOM, React or file I/O (a lint rule keeps it so).
 */
export * from './model/workbook';
export * from './model/issue';
export * from './model/scheme';
export * from './model/result';
export * from './model/plan';
export * from './record';
export { a1, colLetter, colIndex, parseA1 } from './address';
export * from './model/previous';
export { assess, type AssessOptions } from './assess';
export type { NoteLang } from './plan/build';
export { highlightPlan, resultSheetOnly } from './plan/highlight';
export { parseScheme, type SchemeParse } from './scheme/parse';
export { detectAnomalies } from './anomaly/detect';
export { excelRound } from './math/round';
export { previousFromSheet } from './previous';
export { mergeNeeds, type MergeNeed } from './table/merge-needs';
