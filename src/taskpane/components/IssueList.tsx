import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  CounterBadge,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Issue } from '../../engine';
import type { Lang, Translate } from '../i18n';
import { anomalyKey, type SeverityGroup } from '../view';
import { IssueItem } from './IssueItem';
import { useShared } from './styles';

/** Issues listed per kind; a sheet with thousands of errors shows the first ones and a count. */
export const MAX_PER_KIND = 50;

const useStyles = makeStyles({
  kindTitle: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center', fontSize: tokens.fontSizeBase200, '& > span': { whiteSpace: 'nowrap' } },
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
});

export interface IssueListProps {
  readonly groups: readonly SeverityGroup[];
  readonly lang: Lang;
  readonly t: Translate;
  readonly dataSheet: string | null;
  readonly selected: Issue | null;
  readonly onSelect: (issue: Issue) => void;
}

const HEADING = { error: 'check.errors', warning: 'check.warnings', anomaly: 'check.anomalies' } as const;

/**
 * Errors, then warnings, then 异常提示 (the anomaly flags); inside each, one collapsible section
 * per issue code with its count. In an English pane an anomaly kind also shows its English name.
 */
export function IssueList({ groups, lang, t, dataSheet, selected, onSelect }: IssueListProps) {
  const s = useStyles();
  const shared = useShared();
  const open = groups.flatMap((g) => g.kinds.map((k) => `${g.section}:${k.code}`));
  return (
    <>
      {groups.map((g) => {
        const heading = t(HEADING[g.section], { n: g.count });
        return (
          <section key={g.section} className={shared.section} aria-label={heading} data-section={g.section}>
            <h3 className={shared.heading}>{heading}</h3>
            {g.section === 'anomaly' ? <span className={shared.muted}>{t('check.anomaliesHint')}</span> : null}
            <Accordion multiple collapsible defaultOpenItems={open}>
              {g.kinds.map((k) => (
                <AccordionItem key={k.code} value={`${g.section}:${k.code}`}>
                  <AccordionHeader size="small">
                    <span className={s.kindTitle}>
                      <span>{k.label}</span>
                      {g.section === 'anomaly' && lang === 'en' ? <span>{t(anomalyKey(k.code))}</span> : null}
                      <span className={s.code}>{k.code}</span>
                      <CounterBadge count={k.issues.length} overflowCount={9999} size="small" color={g.severity === 'error' ? 'danger' : 'informative'} />
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={s.list}>
                      {k.issues.slice(0, MAX_PER_KIND).map((issue, i) => (
                        <li key={`${issue.sheet}!${issue.cell ?? ''}#${i}`}>
                          <IssueItem issue={issue} lang={lang} t={t} dataSheet={dataSheet} selected={issue === selected} onSelect={onSelect} />
                        </li>
                      ))}
                    </ul>
                    {k.issues.length > MAX_PER_KIND ? <p className={shared.muted}>{t('check.more', { n: k.issues.length - MAX_PER_KIND })}</p> : null}
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          </section>
        );
      })}
    </>
  );
}
