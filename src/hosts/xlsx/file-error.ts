/** Why a workbook file could not be opened or written. */
export type WorkbookFileErrorReason = 'not-found' | 'empty' | 'encrypted' | 'not-xlsx' | 'unreadable';

/**
 * A workbook file that can not be read or written: an edge error with a message for the user
 * (Chinese first, English second; `message` holds both). The CLI turns it into exit status 2.
 * Example: `new WorkbookFileError('empty', '文件“a.xlsx”是空文件（0 字节）…', 'File "a.xlsx" is empty …')`.
 */
export class WorkbookFileError extends Error {
  override readonly name = 'WorkbookFileError';
  readonly messageEn: string;

  constructor(readonly reason: WorkbookFileErrorReason, readonly messageZh: string, messageEn: string) {
    super(`${messageZh}\n${messageEn}`);
    this.messageEn = messageEn;
  }
}
