import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Translate } from '../i18n';
import type { GradeBar } from '../view';

const useStyles = makeStyles({
  chart: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  bar: { display: 'grid', gridTemplateColumns: '4.5em 1fr 2.5em', columnGap: tokens.spacingHorizontalS, alignItems: 'center', fontSize: tokens.fontSizeBase200 },
  track: { height: '12px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  fill: { height: '100%', backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  none: { backgroundColor: tokens.colorNeutralForeground3 },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** The grade distribution as horizontal CSS bars, longest = the biggest grade. */
export function GradeChart({ bars, t }: { bars: readonly GradeBar[]; t: Translate }) {
  const s = useStyles();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className={s.chart} aria-label={t('compute.grades')}>
      {bars.map((b) => {
        const name = b.grade ?? t('compute.noGrade');
        return (
          <li key={name} className={s.bar} aria-label={t('compute.gradeBar', { grade: name, n: b.count })}>
            <span className={s.name} aria-hidden="true">{name}</span>
            <span className={s.track} aria-hidden="true">
              <span
                className={mergeClasses(s.fill, b.grade === null && s.none)}
                style={{ display: 'block', width: `${(b.count / max) * 100}%` }}
              />
            </span>
            <span className={s.count} aria-hidden="true">{b.count}</span>
          </li>
        );
      })}
    </ul>
  );
}
