/**
 * Why a run could not happen (exit status 2): a Chinese message first, an English one second.
 * Thrown inside the CLI and turned into stderr text by `main`; never shown as a stack trace.
 */
export class CliError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;
  /** Print the short usage hint after the message. */
  readonly usage: boolean;

  constructor(messageZh: string, messageEn: string, options: { usage?: boolean } = {}) {
    super(messageEn);
    this.name = 'CliError';
    this.messageZh = messageZh;
    this.messageEn = messageEn;
    this.usage = options.usage ?? false;
  }
}

interface NodeErrorLike {
  readonly code?: unknown;
  readonly message?: unknown;
}

/**
 * Turns a failure to write `path` into a CliError that says what to do.
 * Example: EBUSY on Windows (the file is open in Excel) → "无法写入 …：文件正被其他程序（如 Excel）打开…".
 */
export function writeError(path: string, err: unknown): CliError {
  const code = typeof err === 'object' && err !== null ? (err as NodeErrorLike).code : undefined;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return new CliError(`无法写入“${path}”：没有写入权限。请换一个输出位置（-o），或检查文件夹权限。`, `Cannot write "${path}": permission denied. Choose another output (-o) or check the folder's permissions.`);
    case 'EBUSY':
      return new CliError(`无法写入“${path}”：文件正被其他程序（如 Excel、WPS）打开。请关闭该文件后重试。`, `Cannot write "${path}": the file is open in another program (Excel, WPS). Close it and try again.`);
    case 'ENOENT':
      return new CliError(`无法写入“${path}”：所在文件夹不存在且无法创建。请检查路径。`, `Cannot write "${path}": its folder does not exist and could not be created. Check the path.`);
    case 'EISDIR':
      return new CliError(`无法写入“${path}”：这是一个文件夹。请给出文件名。`, `Cannot write "${path}": it is a folder. Give a file name.`);
    case 'ENOSPC':
      return new CliError(`无法写入“${path}”：磁盘空间不足。`, `Cannot write "${path}": the disk is full.`);
    default: {
      const detail = describeUnknown(err);
      return new CliError(`无法写入“${path}”：${detail}。请检查路径和权限。`, `Cannot write "${path}": ${detail}. Check the path and permissions.`);
    }
  }
}

/** A one-line description of an unexpected error (its message, never its stack). */
export function describeUnknown(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  if (typeof err === 'string') return err.split('\n')[0] ?? err;
  return String(err);
}
