/** A test double of the Excel JavaScript API: see install.ts. */
export { installOfficeDouble, type OfficeDouble, type DoubleDialog, type InstallOptions } from './install';
export type { DoubleWorkbookInit, DoubleSheetInit, DoubleCell, KeyedText } from './state';
export type { DoubleFormat } from './cell-format';
export { PAYLOAD_LIMIT } from './context';
export { DoubleError } from './errors';
