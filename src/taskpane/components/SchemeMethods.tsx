import { makeStyles, tokens } from '@fluentui/react-components';
import type { Scheme } from '../../engine';
import type { Translate } from '../i18n';
import { hasComputedIndicators, methodViews } from '../scheme-methods';
import { useShared } from './styles';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: tokens.spacingVerticalXS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  method: {
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  lines: { margin: `${tokens.spacingVerticalXXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * 计分方法: for each indicator its method (直接 shown plainly), 来源表 and what the method uses.
 * Shown only when the scheme uses SPEC §8 (a method other than 直接, or a 来源表).
 */
export function SchemeMethods({ scheme, dataSheet, t }: { scheme: Scheme; dataSheet: string | null; t: Translate }) {
  const shared = useShared();
  const s = useStyles();
  if (!hasComputedIndicators(scheme)) return null;
  const views = methodViews(scheme, dataSheet, t);
  return (
    <section className={shared.section} aria-label={t('scheme.methods', { n: views.length })} data-testid="scheme-methods">
      <h3 className={shared.heading}>{t('scheme.methods', { n: views.length })}</h3>
      <span className={shared.muted}>{t('scheme.methodsHint')}</span>
      <ul className={s.list}>
        {views.map((v) => (
          <li key={v.name} className={s.item} data-indicator={v.name} data-method={v.method}>
            <div className={s.head}>
              <span className={s.name}>{v.name}</span>
              <span className={s.method}>{v.method}</span>
              <span className={shared.muted}>{v.source}</span>
            </div>
            <ul className={s.lines}>
              {v.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
