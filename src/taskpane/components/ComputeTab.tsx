import { Button, Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, ProgressBar, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { UnitResult } from '../../engine';
import type { ComputeState, Phase } from '../hooks';
import type { MessageKey, Translate } from '../i18n';
import { counts, gradeDistribution, topAndBottom, vetoedUnits } from '../view';
import { GradeChart } from './GradeChart';
import { PreviousPicker, type PreviousPickerProps } from './PreviousPicker';
import { useShared } from './styles';
import { RankTable, VetoTable } from './UnitTables';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: tokens.spacingHorizontalS, margin: `0 0 ${tokens.spacingVerticalM}` },
  stat: { display: 'flex', flexDirection: 'column-reverse', alignItems: 'center', padding: tokens.spacingVerticalXS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, fontVariantNumeric: 'tabular-nums' },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  blocked: { color: tokens.colorPaletteRedForeground1 },
  bar: { marginBottom: tokens.spacingVerticalL },
});

const PHASE: Readonly<Record<Phase, MessageKey>> = {
  read: 'compute.phase.read',
  assess: 'compute.phase.assess',
  write: 'compute.phase.write',
  undo: 'compute.phase.undo',
};

export interface ComputeTabProps {
  readonly state: ComputeState;
  readonly t: Translate;
  readonly notesSupported: boolean;
  readonly onRun: () => void;
  readonly onWrite: (which: 'all' | 'resultSheet') => void;
  readonly onUndo: () => void;
  /** 上期结果（可选）: the choice, what can be chosen, and its problem. */
  readonly previous: Omit<PreviousPickerProps, 't' | 'disabled'>;
  /** A unit's name was clicked: show its explanation. */
  readonly onUnit?: (u: UnitResult) => void;
}

/** 计算: the 上期 choice, run with a progress bar, the counts, the grade chart, top and bottom five, vetoes, and the write buttons. */
export function ComputeTab({ state, t, notesSupported, onRun, onWrite, onUndo, previous, onUnit }: ComputeTabProps) {
  const s = useStyles();
  const shared = useShared();
  const a = state.assessment;
  const busy = state.phase !== null;
  const view = useMemo(() => {
    if (!a) return null;
    return { counts: counts(a), bars: gradeDistribution(a), ...topAndBottom(a.units), vetoed: vetoedUnits(a.units) };
  }, [a]);
  const canWrite = !busy && a !== null && a.plan !== null;
  return (
    <div>
      <PreviousPicker {...previous} t={t} disabled={busy} />
      <div className={shared.section}>
        {!a ? <span className={shared.muted}>{t('compute.intro')}</span> : null}
        <div className={shared.row}>
          <Button appearance="primary" onClick={onRun} disabled={busy}>
            {a ? t('compute.rerun') : t('compute.run')}
          </Button>
        </div>
        {state.phase !== null ? (
          <Field validationMessage={t(PHASE[state.phase])} validationState="none">
            <ProgressBar value={state.progress} max={1} aria-label={t(PHASE[state.phase])} />
          </Field>
        ) : null}
      </div>
      {view ? (
        <>
          <dl className={mergeClasses(shared.section, s.stats)}>
            <div className={s.stat}>
              <dt className={s.label}>{t('compute.units')}</dt>
              <dd className={s.value} data-testid="count-units">{view.counts.units}</dd>
            </div>
            <div className={s.stat}>
              <dt className={s.label}>{t('compute.scored')}</dt>
              <dd className={s.value} data-testid="count-scored">{view.counts.scored}</dd>
            </div>
            <div className={s.stat}>
              <dt className={s.label}>{t('compute.blocked')}</dt>
              <dd className={mergeClasses(s.value, view.counts.blocked > 0 && s.blocked)} data-testid="count-blocked">{view.counts.blocked}</dd>
            </div>
          </dl>
          {view.counts.scored === 0 && view.counts.units > 0 ? (
            <MessageBar intent="error" layout="multiline" className={s.bar}>
              <MessageBarBody>{t('compute.schemeErrors')}</MessageBarBody>
            </MessageBar>
          ) : view.counts.blocked > 0 ? (
            <MessageBar intent="warning" layout="multiline" className={s.bar}>
              <MessageBarBody>{t('compute.blockedHint', { n: view.counts.blocked })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={shared.section}>
            <div className={shared.row}>
              <Button appearance="primary" disabled={!canWrite} onClick={() => onWrite('all')}>
                {t('compute.write')}
              </Button>
              <Button disabled={!canWrite} onClick={() => onWrite('resultSheet')}>
                {t('compute.resultSheet')}
              </Button>
              <Button disabled={busy} onClick={onUndo}>
                {t('compute.undo')}
              </Button>
            </div>
            {!notesSupported ? <span className={shared.muted}>{t('compute.notesUnsupported')}</span> : null}
          </div>
          {view.bars.length > 0 ? (
            <section className={shared.section}>
              <h3 className={shared.heading}>{t('compute.grades')}</h3>
              <GradeChart bars={view.bars} t={t} />
            </section>
          ) : null}
          <RankTable title={t('compute.top')} units={view.top} t={t} onUnit={onUnit} />
          <RankTable title={t('compute.bottom')} units={view.bottom} t={t} onUnit={onUnit} />
          <VetoTable units={view.vetoed} t={t} onUnit={onUnit} />
          {onUnit ? <span className={shared.muted}>{t('explain.hint')}</span> : null}
        </>
      ) : null}
    </div>
  );
}
