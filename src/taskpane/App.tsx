import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { assess as engineAssess, type Issue } from '../engine';
import { describeError } from './errors';
import { explainUnit } from './explain';
import { useFollowSelection } from './follow-selection';
import { type AssessFn, type Notice as NoticeData, useCheck, useCompute, useLiveCheck } from './hooks';
import { type Lang, translator } from './i18n';
import type { ExcelPort, TemplateKind } from './port';
import { CheckTab } from './components/CheckTab';
import { ComputeTab } from './components/ComputeTab';
import { Notice } from './components/Notice';
import { SchemeTab } from './components/SchemeTab';
import { UnitExplain } from './components/UnitExplain';

export type TabId = 'scheme' | 'check' | 'compute';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface AppProps {
  readonly port: ExcelPort;
  readonly lang: Lang;
  /** The engine's `assess`; tests may pass their own. */
  readonly assess?: AssessFn;
  readonly initialTab?: TabId;
}

/** The task pane: 方案 / 校验 / 计算. Checks the workbook once on open. */
export function App({ port, lang, assess = engineAssess, initialTab = 'check' }: AppProps) {
  const s = useStyles();
  const t = useMemo(() => translator(lang), [lang]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [live, setLive] = useState(false);
  const [selected, setSelected] = useState<Issue | null>(null);
  const [inserting, setInserting] = useState(false);
  const [paneNotice, setPaneNotice] = useState<NoticeData | null>(null);
  /** The sheet chosen as 上期 (React state: kept for the session, lost when the pane closes). */
  const [previousSheet, setPreviousSheet] = useState<string | null>(null);
  const check = useCheck(port, assess, t, previousSheet);
  const compute = useCompute(port, assess, t, previousSheet);
  const liveAvailable = useLiveCheck(port, live, () => void check.runIfChanged());
  const notesSupported = useMemo(() => port.notesSupported(), [port]);

  const { run: runCheck } = check;
  useEffect(() => {
    void runCheck();
  }, [runCheck]);

  const select = useCallback(
    async (issue: Issue) => {
      if (issue.cell === null) return;
      setSelected(issue);
      try {
        await port.selectCell(issue.sheet, issue.cell);
      } catch (e) {
        setPaneNotice({ intent: 'error', text: describeError(e, t) });
      }
    },
    [port, t],
  );

  const templates = useMemo(() => port.templates?.() ?? (['basic'] as const), [port]);
  const insertTemplate = useCallback(async (kind: TemplateKind) => {
    setInserting(true);
    try {
      const names = await port.insertTemplate(kind);
      const text = kind === 'dual' ? t('scheme.insertedDual', { sheets: (names ?? []).join('、') }) : t('scheme.inserted');
      setPaneNotice({ intent: 'success', text });
      await runCheck();
    } catch (e) {
      setPaneNotice({ intent: 'error', text: describeError(e, t) });
    } finally {
      setInserting(false);
    }
  }, [port, t, runCheck]);

  /** The unit whose explanation is shown (its 0-based sheet row), chosen in a list or by selecting its row in the sheet. */
  const [unitRow, setUnitRow] = useState<number | null>(null);
  const explainSource = compute.assessment ?? check.assessment;
  const explanation = useMemo(() => {
    const u = unitRow === null ? undefined : explainSource?.units.find((x) => x.row === unitRow);
    return u && explainSource ? explainUnit(explainSource, u, t) : null;
  }, [unitRow, explainSource, t]);
  useFollowSelection(port, explainSource, setUnitRow);

  const computedWithChoice = compute.assessment !== null && compute.previousSheet === previousSheet;
  const previous = {
    candidates: check.candidates,
    ownedResult: check.ownedResult,
    value: previousSheet,
    onChange: setPreviousSheet,
    problem: computedWithChoice ? compute.previousProblem : check.previousProblem,
    stale: compute.assessment !== null && !computedWithChoice,
  };

  const tabNotice = tab === 'compute' ? compute.notice : check.notice;
  const dismissTabNotice = tab === 'compute' ? compute.dismiss : check.dismiss;

  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
      <div className={s.root}>
        <TabList
          className={s.tabs}
          selectedValue={tab}
          onTabSelect={(_e, d) => setTab(d.value as TabId)}
          aria-label={t('app.title')}
          size="medium"
        >
          <Tab value="scheme">{t('tab.scheme')}</Tab>
          <Tab value="check">{t('tab.check')}</Tab>
          <Tab value="compute">{t('tab.compute')}</Tab>
        </TabList>
        <main className={s.panel} role="tabpanel" aria-label={t(`tab.${tab}`)}>
          {paneNotice ? <Notice notice={paneNotice} t={t} onDismiss={() => setPaneNotice(null)} /> : null}
          {tabNotice ? <Notice notice={tabNotice} t={t} onDismiss={dismissTabNotice} onRerun={() => void compute.run()} /> : null}
          {explanation && tab !== 'scheme' ? <UnitExplain ex={explanation} t={t} onClose={() => setUnitRow(null)} /> : null}
          {tab === 'scheme' ? (
            <SchemeTab
              assessment={check.assessment}
              running={check.running}
              lang={lang}
              t={t}
              inserting={inserting}
              templates={templates}
              onInsertTemplate={(kind) => void insertTemplate(kind)}
              onSelect={(i) => void select(i)}
            />
          ) : null}
          {tab === 'check' ? (
            <CheckTab
              assessment={check.assessment}
              running={check.running}
              lang={lang}
              t={t}
              live={live}
              liveAvailable={liveAvailable}
              selected={selected}
              onRecheck={() => void check.run()}
              onLiveChange={setLive}
              onSelect={(i) => void select(i)}
            />
          ) : null}
          {tab === 'compute' ? (
            <ComputeTab
              state={compute}
              t={t}
              notesSupported={notesSupported}
              onRun={() => void compute.run()}
              onWrite={(w) => void compute.write(w)}
              onUndo={() => void compute.undo()}
              previous={previous}
              onUnit={(u) => setUnitRow(u.row)}
            />
          ) : null}
        </main>
      </div>
    </FluentProvider>
  );
}
