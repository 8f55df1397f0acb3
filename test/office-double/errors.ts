/** Errors shaped like OfficeExtension.Error: `name`, `code`, `message`, `debugInfo`. */
export class DoubleError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export const notLoaded = (prop: string): DoubleError =>
  new DoubleError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export const apiNotFound = (api: string, set: string): DoubleError =>
  new DoubleError('ApiNotFound', `The API you are trying to use could not be found (${api} needs ExcelApi ${set}).`);
