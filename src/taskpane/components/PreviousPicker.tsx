import { Dropdown, Field, MessageBar, MessageBarBody, Option } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import { previousWarning, type PreviousProblem } from '../previous';
import { useShared } from './styles';

/** The option value for "no 上期" (a sheet name is never empty). */
const NONE = '';

export interface PreviousPickerProps {
  /** Sheets that can be chosen (`previousCandidates`). */
  readonly candidates: readonly string[];
  /** The results sheet the program made: 写回表格 rewrites it, so choosing it gets a note. */
  readonly ownedResult: string | null;
  /** The chosen sheet, or null for none. */
  readonly value: string | null;
  readonly onChange: (sheet: string | null) => void;
  readonly t: Translate;
  /** Why the chosen sheet gave nothing in the last run: a warning bar. */
  readonly problem: PreviousProblem | null;
  /** The shown results were computed with another choice. */
  readonly stale: boolean;
  readonly disabled: boolean;
}

/**
 * 上期结果（可选）: a dropdown of the workbook's other visible sheets, default none; the sheet chosen
 * is compared with this period for 突变 (PERIOD_JUMP). A chosen sheet that is gone stays listed, so
 * the dropdown still shows what the warning names.
 */
export function PreviousPicker({ candidates, ownedResult, value, onChange, t, problem, stale, disabled }: PreviousPickerProps) {
  const shared = useShared();
  const options = value !== null && !candidates.includes(value) ? [...candidates, value] : candidates;
  return (
    <div className={shared.section}>
      <Field label={t('compute.previous')} hint={t('compute.previousHint')}>
        <Dropdown
          value={value ?? t('compute.previousNone')}
          selectedOptions={[value ?? NONE]}
          disabled={disabled}
          onOptionSelect={(_e, d) => onChange(d.optionValue === undefined || d.optionValue === NONE ? null : d.optionValue)}
        >
          <Option value={NONE}>{t('compute.previousNone')}</Option>
          {options.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {value !== null && value === ownedResult ? <span className={shared.muted}>{t('compute.previousIsResult', { sheet: value })}</span> : null}
      {stale ? <span className={shared.muted}>{t('compute.previousStale')}</span> : null}
      {problem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {previousWarning(problem, t)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
