import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Notice as NoticeData } from '../hooks';
import type { Translate } from '../i18n';

export interface NoticeProps {
  readonly notice: NoticeData;
  readonly t: Translate;
  readonly onDismiss: () => void;
  /** Shown as a button when the notice asks for a rerun. */
  readonly onRerun?: () => void;
}

/** One message bar: what happened and what to do, in the pane's language, dismissable. */
export function Notice({ notice, t, onDismiss, onRerun }: NoticeProps) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" politeness={notice.intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t('common.dismiss')} icon={<span aria-hidden="true">✕</span>} onClick={onDismiss} />
        }
      >
        {notice.rerun && onRerun ? (
          <Button size="small" onClick={onRerun}>
            {t('compute.rerun')}
          </Button>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
