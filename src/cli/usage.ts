/** The `kaoping --help` text, in Chinese (the default) or English (`--lang en`). */
import { pick, type Lang } from './lang';

export const USAGE_ZH = `考评助手 kaoping — 校验并计算考核评价工作簿（.xlsx）

用法：
  kaoping check 文件.xlsx… [--json 报告.json]
      只校验：列出缺失值、非数字、超范围、重复单位、方案错误等问题，不写出工作簿。
  kaoping score 文件.xlsx… [-o 输出.xlsx|文件夹] [--json 报告.json] [--previous 上期.xlsx]
      校验并评分：计算小计、总分、排名、等次、星级，写出评分后的工作簿（含“考核结果”公示表）。
      不加 -o 时写为同一文件夹下的“<原名>.评分.xlsx”；绝不覆盖输入文件（除非 -o 指定它本身）。
  kaoping undo 文件.xlsx [-o 输出.xlsx]
      撤销该文件上一次的评分写回，写为“<原名>.撤销.xlsx”（或 -o 指定的文件）。
  kaoping template [台账.xlsx] [-o 输出.xlsx] [--kind 基本|双述双评]
      不带文件：写出“考核方案”模板和示例数据表（默认“考核方案模板.xlsx”）；
      --kind 双述双评：写出由述职评议、民主测评、实绩等分表计分的模板（默认“双述双评考核模板.xlsx”）。
      带台账：根据表头和分值行猜出“考核方案”草稿，写为“<原名>.含方案.xlsx”，请核对后使用。
      已有的输出文件不会被覆盖。

  文件可以有多个，也可以是文件夹（处理其中的 .xlsx，不含子文件夹、~$ 临时文件和 *.评分.xlsx）。
  多个文件时每个文件输出一行汇总，-o 必须是文件夹。

选项：
  -o, --output 路径     输出工作簿；多个文件时为文件夹（不存在则创建）
  --json 路径           写出 JSON 报告（单个文件为一个报告；多个文件为 {"files": [...]}）
  --previous 路径|表名  上期工作簿，或本工作簿中的上期结果表（如 考核结果），用于“突变”检查（总分或名次变化过大）
  --limit N             终端最多显示 N 条问题（默认 30，0 为全部）
  --kind 种类           template 写哪种模板：基本（默认）或 双述双评
  -q, --quiet           只输出汇总，不显示问题表
  --lang zh|en          提示和写入单元格的批注所用的语言：zh 中文（默认）或 en 英文；
                        也可设环境变量 KAOPING_LANG=en。JSON 报告总是同时含中英文。
  -h, --help            显示本帮助
  -V, --version         显示版本

退出码：0 没有错误；1 发现错误（仍写出文件和报告，并标注问题）；
        2 无法运行（参数错误、文件无法读取或写入、缺少“考核方案”工作表）。
多个文件时取最严重的退出码。

示例：
  kaoping check 县直单位年度考核.xlsx
  kaoping score 县直单位年度考核.xlsx -o 结果/ --json 结果/report.json
  kaoping score 收到的台账/ -o 评分结果/
  kaoping check 县直单位年度考核.xlsx --lang en      （英文提示和批注）
`;

export const USAGE_EN = `kaoping — check and score assessment workbooks (.xlsx)

Usage:
  kaoping check FILE.xlsx… [--json REPORT.json]
      Validate only: list missing values, non-numbers, out-of-range scores, duplicate units,
      scheme errors…; writes no workbook.
  kaoping score FILE.xlsx… [-o OUT.xlsx|FOLDER] [--json REPORT.json] [--previous LAST.xlsx]
      Validate and score: subtotals, totals, ranks, grades, stars; writes the scored workbook
      (with the 考核结果 list). Without -o it writes "<name>.评分.xlsx" beside the input; the
      input is never overwritten unless -o names it.
  kaoping undo FILE.xlsx [-o OUT.xlsx]
      Undo the file's last write-back into "<name>.撤销.xlsx" (or the -o file).
  kaoping template [LEDGER.xlsx] [-o OUT.xlsx] [--kind 基本|双述双评]
      Without a file: the 考核方案 template and a sample data sheet (default 考核方案模板.xlsx);
      --kind 双述双评: a template whose indicators are computed from 述职评议, 民主测评 and 实绩 sheets.
      With a ledger: a draft 考核方案 guessed from its headers and 分值 row, written as
      "<name>.含方案.xlsx"; check it before use. An existing output is never replaced.

  Files may be several, or folders (their .xlsx, not recursive, without ~$ lock files and
  *.评分.xlsx). With several files each gets one summary line and -o must be a folder.

Options:
  -o, --output PATH     the output workbook; a folder for several files (created if missing)
  --json PATH           write the JSON report (one report for one file; {"files": [...]} for several)
  --previous PATH|SHEET last period's workbook, or a results sheet of this workbook (e.g. 考核结果),
                        for the 突变 check (total or rank changed too much)
  --limit N             show at most N problems (default 30, 0 = all)
  --kind KIND           which template: 基本 (default) or 双述双评
  -q, --quiet           print the summary only, no problem table
  --lang zh|en          the language of the console and of the notes written into cells: zh
                        Chinese (default) or en English; or set KAOPING_LANG=en. The JSON report
                        always holds both languages.
  -h, --help            show this help
  -V, --version         show the version

Exit status: 0 no errors; 1 errors found (files and reports are still written, the problems marked);
             2 the run could not happen (bad arguments, a file that can not be read or written,
             no 考核方案 sheet). With several files, the worst status of any file.

Examples:
  kaoping check 县直单位年度考核.xlsx --lang en
  kaoping score 县直单位年度考核.xlsx -o 结果/ --json 结果/report.json
  kaoping score 收到的台账/ -o 评分结果/
`;

/** The help in the run's language. */
export function usage(lang: Lang): string {
  return pick(lang, USAGE_ZH, USAGE_EN);
}

/** The hint after a bad argument. */
export function usageHint(lang: Lang): string {
  return pick(lang, '用法见 kaoping --help。', 'See kaoping --help --lang en for usage.');
}
