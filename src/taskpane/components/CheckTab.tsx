import { Button, MessageBar, MessageBarBody, Spinner, Switch } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Assessment, Issue } from '../../engine';
import type { Lang, Translate } from '../i18n';
import { counts, groupIssues } from '../view';
import { IssueList } from './IssueList';
import { useShared } from './styles';

export interface CheckTabProps {
  readonly assessment: Assessment | null;
  readonly running: boolean;
  readonly lang: Lang;
  readonly t: Translate;
  readonly live: boolean;
  /** False when the host can not report sheet changes. */
  readonly liveAvailable: boolean;
  readonly selected: Issue | null;
  readonly onRecheck: () => void;
  readonly onLiveChange: (on: boolean) => void;
  readonly onSelect: (issue: Issue) => void;
}

/** 校验: counts, then every issue grouped by severity and kind; click one to select its cell. */
export function CheckTab(p: CheckTabProps) {
  const shared = useShared();
  const groups = useMemo(() => groupIssues(p.assessment?.issues ?? []), [p.assessment]);
  const c = p.assessment ? counts(p.assessment) : null;
  return (
    <div>
      <div className={shared.section}>
        <div className={shared.row}>
          <Button appearance="primary" onClick={p.onRecheck} disabled={p.running}>
            {p.t('check.recheck')}
          </Button>
          <Switch
            checked={p.live}
            disabled={!p.liveAvailable}
            label={p.t('check.live')}
            title={p.t('check.liveHint')}
            onChange={(_e, d) => p.onLiveChange(d.checked)}
          />
          {p.running ? <Spinner size="tiny" aria-label={p.t('common.loading')} /> : null}
        </div>
        {!p.liveAvailable ? <span className={shared.muted}>{p.t('check.liveUnavailable')}</span> : null}
        {c ? <p role="status" style={{ margin: 0 }}>{p.t('check.summary', { units: c.units, errors: c.errors, warnings: c.warnings })}</p> : null}
      </div>
      {p.assessment && groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{p.t('check.clean')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {groups.length > 0 ? (
        <>
          <p className={shared.muted}>{p.t('check.hint')}</p>
          <IssueList groups={groups} lang={p.lang} t={p.t} dataSheet={p.assessment?.dataSheet ?? null} selected={p.selected} onSelect={p.onSelect} />
        </>
      ) : null}
    </div>
  );
}
