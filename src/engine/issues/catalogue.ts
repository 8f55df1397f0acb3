/**
 * The one catalogue of user-facing issue text: a short label for 异常标记, and the Chinese and
 * English message for every code. Messages name the cell and say how to fix it.
 */
import type { IssueCode, Severity } from '../model/issue';

/** Values interpolated into a message. `cell` is always available (the issue's A1 address or ""). */
export type MessageParams = Readonly<Record<string, string | number | undefined>>;

interface Entry {
  readonly label: string;
  readonly severity: Severity;
  readonly zh: (p: MessageParams) => string;
  readonly en: (p: MessageParams) => string;
}

const s = (v: string | number | undefined): string => (v === undefined ? '' : String(v));
/** The cell as messages name it: `民主测评!D7` for a cell on a source sheet (param `place`), else `D7`. */
const here = (p: MessageParams): string => s(p.place) || s(p.cell);

export const CATALOGUE: Readonly<Record<IssueCode, Entry>> = {
  SCHEME_INVALID: {
    label: '方案错误',
    severity: 'error',
    zh: (p) => `考核方案 ${s(p.cell)}：${s(p.detail)}。请按说明修改考核方案后重新校验。`,
    en: (p) => `Scheme cell ${s(p.cell)}: ${s(p.detailEn)}. Fix the 考核方案 sheet and check again.`,
  },
  SHEET_NOT_FOUND: {
    label: '缺少工作表',
    severity: 'error',
    zh: (p) => `找不到工作表“${s(p.name)}”。${s(p.fix) || '请检查考核方案【基本设置】中“数据表”的名称是否与工作表标签一致。'}`,
    en: (p) => `Sheet "${s(p.name)}" not found. ${s(p.fixEn) || 'Check that 数据表 in 【基本设置】 matches the sheet tab name.'}`,
  },
  COLUMN_NOT_FOUND: {
    label: '找不到列',
    severity: 'error',
    zh: (p) => `数据表“${s(p.sheet)}”中找不到列“${s(p.name)}”（考核方案 ${s(p.schemeCell)}）。${s(p.found)}请让表头与考核方案中的名称一致（可带“（10分）”之类的括号说明），或修改考核方案。`,
    en: (p) => `Column "${s(p.name)}" (scheme cell ${s(p.schemeCell)}) is not in sheet "${s(p.sheet)}".${s(p.foundEn)} Make the header match the scheme name (a bracketed mark like "(10分)" may follow), or fix the scheme.`,
  },
  DUPLICATE_COLUMN: {
    label: '列重复',
    severity: 'error',
    zh: (p) => `“${s(p.name)}”在数据表中对应了多列（${s(p.cells)}）。请删除或改名其中一列，使每个名称只对应一列。`,
    en: (p) => `"${s(p.name)}" matches more than one column (${s(p.cells)}). Rename or remove one so that each name matches one column.`,
  },
  WEIGHT_SUM: {
    label: '权重合计',
    severity: 'error',
    zh: (p) => `指标${s(p.what)}合计为 ${s(p.sum)}，应等于满分 ${s(p.full)}（考核方案 ${s(p.cell)}）。请调整各指标的${s(p.what)}，或修改【基本设置】中的“满分”。`,
    en: (p) => `The indicators' ${s(p.whatEn)} add up to ${s(p.sum)}, not the full mark ${s(p.full)} (scheme cell ${s(p.cell)}). Adjust them or the 满分 setting.`,
  },
  MISSING_VALUE: {
    label: '缺失值',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”的“${s(p.indicator)}”为空。${s(p.fix) || '请填写 0 到 ' + s(p.max) + ' 之间的得分；若确为 0 分请填 0。'}`,
    en: (p) => `${here(p)}: "${s(p.indicator)}" of "${s(p.unit)}" is empty. ${s(p.fixEn) || 'Enter a score between 0 and ' + s(p.max) + '; enter 0 if it really is zero.'}`,
  },
  NOT_A_NUMBER: {
    label: '非数字',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.value)}”不是${s(p.what) || '分数'}。${s(p.fix) || '请改为数字（得分为分值，不要写百分比或文字）。'}`,
    en: (p) => `${here(p)}: "${s(p.value)}" is not ${s(p.whatEn) || 'a score'}. ${s(p.fixEn) || 'Enter a number of points (no percent, no words).'}`,
  },
  EXCEL_ERROR: {
    label: 'Excel错误',
    severity: 'error',
    zh: (p) => `${here(p)}：单元格是 Excel 错误值 ${s(p.value)}。请检查该单元格的公式或引用，改正后重新校验。`,
    en: (p) => `${here(p)}: the cell holds the Excel error ${s(p.value)}. Fix its formula or reference and check again.`,
  },
  OUT_OF_RANGE: {
    label: '超出范围',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.indicator)}”得分 ${s(p.value)} 超出范围，应在 0 到 ${s(p.max)} 之间。请核对后改正。`,
    en: (p) => `${here(p)}: score ${s(p.value)} for "${s(p.indicator)}" is out of range 0..${s(p.max)}. Check and correct it.`,
  },
  NEGATIVE_POINTS: {
    label: '负分',
    severity: 'error',
    zh: (p) => `${s(p.cell)}：“${s(p.column)}”为负数 ${s(p.value)}。加分、扣分都填正数（扣分列填扣掉的分数，如 2）。`,
    en: (p) => `${s(p.cell)}: "${s(p.column)}" is negative (${s(p.value)}). Enter points as positive numbers (a deduction of 2 is 2).`,
  },
  MISSING_UNIT: {
    label: '缺单位名',
    severity: 'error',
    zh: (p) => `${s(p.cell)}：第 ${s(p.row)} 行有分数但没有单位名称。请在 ${s(p.cell)} 填写被考核单位名称，或删除这一行的分数。`,
    en: (p) => `${s(p.cell)}: row ${s(p.row)} has scores but no unit name. Enter the unit's name in ${s(p.cell)} or clear the row.`,
  },
  DUPLICATE_UNIT: {
    label: '单位重复',
    severity: 'error',
    zh: (p) => `${here(p)}：单位“${s(p.unit)}”重复出现（${s(p.cells)}）。请合并或删除重复的行，或改正单位名称。`,
    en: (p) => `${here(p)}: unit "${s(p.unit)}" appears more than once (${s(p.cells)}). Merge or delete the duplicate rows, or correct the name.`,
  },
  TEXT_NUMBER: {
    label: '文本数字',
    severity: 'warning',
    zh: (p) => `${here(p)}：“${s(p.value)}”是以文本形式存储的数字，已按 ${s(p.number)} 计算。建议改为数字格式（选中单元格 → 转换为数字）。`,
    en: (p) => `${here(p)}: "${s(p.value)}" is a number stored as text; it was read as ${s(p.number)}. Convert it to a number.`,
  },
  CAPPED: {
    label: '超上限',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：${s(p.what)} ${s(p.value)} 超过上限 ${s(p.cap)}，按 ${s(p.cap)} 计算。如有误请核对。`,
    en: (p) => `${s(p.cell)}: ${s(p.whatEn)} ${s(p.value)} is above its cap ${s(p.cap)} and counts as ${s(p.cap)}. Check it if this is wrong.`,
  },
  VETO_TEXT: {
    label: '否决文字',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：一票否决列“${s(p.column)}”的内容“${s(p.value)}”不是标准写法，${s(p.decision)}。请填“是”或“否”以免误判。`,
    en: (p) => `${s(p.cell)}: veto column "${s(p.column)}" holds "${s(p.value)}", which is not a standard answer; ${s(p.decisionEn)}. Enter 是 or 否 to be unambiguous.`,
  },
  MARK_ROW_MISMATCH: {
    label: '分值不符',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：表中“${s(p.rowName)}”行写的 ${s(p.value)} 与考核方案中“${s(p.indicator)}”的${s(p.what)} ${s(p.expected)} 不一致。请统一表头行与考核方案。`,
    en: (p) => `${s(p.cell)}: the ${s(p.rowName)} row says ${s(p.value)}, but the scheme gives "${s(p.indicator)}" ${s(p.expected)}. Make them agree.`,
  },
  QUOTA_TIE: {
    label: '同分待定',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：“${s(p.unit)}”与其他单位同分（${s(p.total)} 分），“${s(p.grade)}”名额（${s(p.quota)} 个）不够分给所有同分单位，程序未授予该等次。请考核办研究确定，或在【基本设置】中设置“同分比较”。`,
    en: (p) => `${s(p.cell)}: "${s(p.unit)}" ties with others at ${s(p.total)}; the ${s(p.quota)} places of "${s(p.grade)}" cannot go to all of them, so none got it. Decide by hand or set 同分比较.`,
  },
  TOTAL_MISMATCH: {
    label: '总分不符',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：表中自填的${s(p.what) || '总分'} ${s(p.value)} 与程序计算的 ${s(p.expected)} 不一致${s(p.follows)}。请核对公式或填写。`,
    en: (p) => `${s(p.cell)}: the sheet's own ${s(p.what) || 'total'} ${s(p.value)} differs from the computed ${s(p.expected)}${s(p.followsEn)}. Check the formula or entry.`,
  },
  RANK_MISMATCH: {
    label: '排名不符',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：表中自填的排名 ${s(p.value)} 与程序计算的 ${s(p.expected)} 不一致。请核对。`,
    en: (p) => `${s(p.cell)}: the sheet's own rank ${s(p.value)} differs from the computed ${s(p.expected)}. Check it.`,
  },
  GRADE_MISMATCH: {
    label: '等次不符',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：表中自填的等次“${s(p.value)}”与程序评定的“${s(p.expected)}”不一致。请核对。`,
    en: (p) => `${s(p.cell)}: the sheet's own grade "${s(p.value)}" differs from the computed "${s(p.expected)}". Check it.`,
  },
  RESULT_SHEET_RENAMED: {
    label: '结果表改名',
    severity: 'warning',
    zh: (p) => `工作簿中的“${s(p.clerks)}”工作表不是考评助手生成的（如上年的结果、手工整理的名单），程序不会改动它；考核结果写在“${s(p.name)}”工作表。若要用“${s(p.clerks)}”这个名称，请先把原表改名（如“上年考核结果”），再重新计算。`,
    en: (p) => `The sheet "${s(p.clerks)}" was not made by 考评助手 (last year's list, or one kept by hand), so it is left untouched; the results go to the sheet "${s(p.name)}". To use the name "${s(p.clerks)}", rename the existing sheet first and compute again.`,
  },
  SOURCE_UNIT_MISSING: {
    label: '来源缺行',
    severity: 'error',
    zh: (p) => `${s(p.cell)}：“${s(p.unit)}”在“${s(p.source)}”工作表中${s(p.why) === 'duplicate' ? `有两行以上（${s(p.cells)}），无法确定用哪一行` : '没有对应的行'}，“${s(p.indicators)}”无法计算。请${s(p.why) === 'duplicate' ? `删除“${s(p.source)}”中重复的行` : `在“${s(p.source)}”中补上这个单位，或核对两表的单位名称是否一致`}。`,
    en: (p) => `${s(p.cell)}: "${s(p.unit)}" ${s(p.why) === 'duplicate' ? `has more than one row (${s(p.cells)})` : 'has no row'} in sheet "${s(p.source)}", so ${s(p.indicatorsEn) || s(p.indicators)} can not be computed. ${s(p.why) === 'duplicate' ? 'Remove the duplicate rows there.' : 'Add the unit there, or make the two sheets\' unit names agree.'}`,
  },
  SOURCE_UNIT_EXTRA: {
    label: '来源多行',
    severity: 'warning',
    zh: (p) => `${here(p)}：“${s(p.name)}”在数据表“${s(p.dataSheet)}”中没有对应的单位，这一行未被使用。请核对单位名称是否写错（两表须一致），或删除这一行。`,
    en: (p) => `${here(p)}: "${s(p.name)}" names no unit of the data sheet "${s(p.dataSheet)}"; the row is not used. Check the unit name (it must match the data sheet) or delete the row.`,
  },
  UNKNOWN_LEVEL: {
    label: '等级无效',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”的“${s(p.indicator)}”填了“${s(p.value)}”，不是可用的等级。可用的等级：${s(p.words)}。请改为其中之一（或在考核方案【等级分】中加上这个等级）。`,
    en: (p) => `${here(p)}: "${s(p.value)}" is not a level of "${s(p.indicator)}" for "${s(p.unit)}". Use one of: ${s(p.words)} (or add it to 【等级分】).`,
  },
  VOTE_INVALID: {
    label: '票数无效',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”的${s(p.what) || '票数'}“${s(p.value)}”不是有效的人数或票数。请填写 0 或正整数（只填数字，不带“票”“人”字）。`,
    en: (p) => `${here(p)}: ${s(p.whatEn) || 'the vote count'} "${s(p.value)}" of "${s(p.unit)}" is not a whole number ≥ 0. Enter a whole number only.`,
  },
  VOTES_EXCEED: {
    label: '票数超员',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”的“${s(p.indicator)}”各档票数合计 ${s(p.votes)} 票，多于实到 ${s(p.present)} 人。请核对各档票数和实到人数。`,
    en: (p) => `${here(p)}: the votes of "${s(p.indicator)}" for "${s(p.unit)}" add up to ${s(p.votes)}, more than the ${s(p.present)} voters present. Check the counts.`,
  },
  VOTE_QUORUM: {
    label: '参评不足',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”实到 ${s(p.present)} 人，少于应到 ${s(p.expected)} 人的 ${s(p.rate)}（【基本设置】测评最低参评率），这次测评无效。请核对人数，或按规定重新组织测评。`,
    en: (p) => `${here(p)}: ${s(p.present)} voters present for "${s(p.unit)}", fewer than ${s(p.rate)} of the ${s(p.expected)} expected (测评最低参评率); the vote is not valid. Check the numbers or hold the vote again.`,
  },
  JUDGES_TOO_FEW: {
    label: '评委不足',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”的“${s(p.indicator)}”只有 ${s(p.n)} 位评委打分，少于评委最少人数 ${s(p.min)}，不能去掉最高分、最低分后计算。请补齐评委打分，或核对考核方案【基本设置】“评委最少人数”。`,
    en: (p) => `${here(p)}: only ${s(p.n)} judges scored "${s(p.indicator)}" for "${s(p.unit)}", fewer than 评委最少人数 ${s(p.min)}. Fill in the missing scores or check the setting.`,
  },
  BAD_TARGET: {
    label: '目标值无效',
    severity: 'error',
    zh: (p) => `${here(p)}：“${s(p.unit)}”的“${s(p.indicator)}”${s(p.param)}为 ${s(p.value)}，${s(p.reason) || '应大于 0'}，无法计算得分。请填写正确的${s(p.param)}。`,
    en: (p) => `${here(p)}: ${s(p.paramEn) || s(p.param)} of "${s(p.indicator)}" for "${s(p.unit)}" is ${s(p.value)}; ${s(p.reasonEn) || 'it must be above 0'}. Enter the right value.`,
  },
  JUDGE_OUTLIER: {
    label: '评分偏离',
    severity: 'warning',
    zh: (p) => `${here(p)}：“${s(p.judge)}”给“${s(p.unit)}”打 ${s(p.score)} 分，其他评委的中位数为 ${s(p.median)} 分，相差 ${s(p.diff)} 分，超过评委满分的 ${s(p.threshold)}（【基本设置】评委偏离阈值）。请核实是否为人情分或录入错误。`,
    en: (p) => `${here(p)}: "${s(p.judge)}" gave "${s(p.unit)}" ${s(p.score)}, ${s(p.diff)} away from the other judges' median ${s(p.median)} — more than ${s(p.threshold)} of the judges' full mark. Check for a favour score or a typing slip.`,
  },
  OUTLIER: {
    label: '离群',
    severity: 'warning',
    // Plain words first; the statistics only in the English text (shown beside it in the report).
    zh: (p) => `${s(p.cell)}：“${s(p.unit)}”的${s(p.what)}，明显${s(p.direction)}${s(p.scope)}（${s(p.medianLabel)} ${s(p.median)} 分）。请核实。`,
    en: (p) => `${s(p.cell)}: ${s(p.whatEn)} of "${s(p.unit)}", ${s(p.value)}, is far ${s(p.directionEn)} ${s(p.scopeEn)} (median ${s(p.median)}, ${s(p.spreadEn)}, modified z ${s(p.z)}, threshold ±${s(p.threshold)}${s(p.leastEn)}). Verify the data.`,
  },
  IDENTICAL_ROWS: {
    label: '雷同',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：“${s(p.unit)}”的全部 ${s(p.count)} 项指标得分与${s(p.others)}完全相同，可能存在台账雷同或复制数据。请核实。`,
    en: (p) => `${s(p.cell)}: all ${s(p.count)} indicator scores of "${s(p.unit)}" equal those of ${s(p.othersEn)}; possibly copied data. Verify.`,
  },
  ALL_FULL_MARKS: {
    label: '全满分',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：“${s(p.unit)}”全部 ${s(p.count)} 项指标均为满分。请核实评分依据是否充分。`,
    en: (p) => `${s(p.cell)}: "${s(p.unit)}" has full marks on all ${s(p.count)} indicators. Verify the evidence.`,
  },
  NO_SPREAD: {
    label: '无区分度',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：指标“${s(p.indicator)}”${s(p.detail)}，没有区分度。请检查评分是否照搬，或考虑调整该指标。`,
    en: (p) => `${s(p.cell)}: the score on "${s(p.indicator)}" ${s(p.detailEn)}; the indicator does not tell units apart. Check whether the scores were copied, or revise the indicator.`,
  },
  PERIOD_JUMP: {
    label: '突变',
    severity: 'warning',
    zh: (p) => `${s(p.cell)}：“${s(p.unit)}”与上期相比${s(p.detail)}。请核实变化原因。`,
    en: (p) => `${s(p.cell)}: since the previous period, "${s(p.unit)}": ${s(p.detailEn)}. Verify the reason for the change.`,
  },
};
