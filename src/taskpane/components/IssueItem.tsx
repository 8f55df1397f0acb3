import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Issue } from '../../engine';
import type { Lang, Translate } from '../i18n';

const useStyles = makeStyles({
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    background: 'none',
    border: 'none',
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    cursor: 'pointer',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  where: { display: 'flex', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  unit: { color: tokens.colorNeutralForeground2 },
  message: { display: 'block', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  english: { display: 'block', fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, color: tokens.colorNeutralForeground3 },
  noCell: { cursor: 'default' },
});

export interface IssueItemProps {
  readonly issue: Issue;
  readonly lang: Lang;
  readonly t: Translate;
  readonly selected: boolean;
  /** The data sheet's name: other sheets (考核方案) are named before the cell. */
  readonly dataSheet: string | null;
  /** Absent when the issue has no cell to select. */
  readonly onSelect?: (issue: Issue) => void;
}

/**
 * One issue: cell, unit and the Chinese message; English as a tooltip (zh pane) or a second line
 * (en pane). A native button, so Tab reaches it and Enter or Space selects its cell.
 */
export function IssueItem({ issue, lang, t, selected, dataSheet, onSelect }: IssueItemProps) {
  const s = useStyles();
  const cell = issue.cell === null ? t('check.noCell') : issue.sheet === dataSheet ? issue.cell : `${issue.sheet}!${issue.cell}`;
  const selectable = onSelect !== undefined && issue.cell !== null;
  const label = t('check.itemLabel', {
    severity: t(issue.severity === 'error' ? 'check.severity.error' : 'check.severity.warning'),
    label: issue.label,
    cell,
    unit: issue.unit ?? '',
    message: lang === 'en' ? issue.messageEn : issue.message,
  });
  return (
    <button
      type="button"
      className={mergeClasses(s.item, issue.severity === 'warning' && s.warning, selected && s.selected, !selectable && s.noCell)}
      aria-label={label}
      aria-pressed={selected}
      title={lang === 'zh' ? issue.messageEn : undefined}
      aria-disabled={!selectable}
      data-cell={issue.cell ?? ''}
      data-code={issue.code}
      onClick={() => {
        if (selectable) onSelect(issue);
      }}
    >
      <span className={s.where}>
        <span className={s.cell}>{cell}</span>
        {issue.unit ? <span className={s.unit}>{issue.unit}</span> : null}
      </span>
      <span className={s.message}>{issue.message}</span>
      {lang === 'en' ? <span className={s.english}>{issue.messageEn}</span> : null}
    </button>
  );
}
