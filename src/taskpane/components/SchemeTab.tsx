import { Button, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Assessment, Issue, Scheme } from '../../engine';
import { SCHEME_SHEET, publicFlagsOf } from '../../engine';
import type { Lang, Translate } from '../i18n';
import { num, percent, schemeIssues } from '../view';
import type { TemplateKind } from '../port';
import { IssueItem } from './IssueItem';
import { SchemeMethods } from './SchemeMethods';
import { useShared } from './styles';

export interface SchemeTabProps {
  readonly assessment: Assessment | null;
  readonly running: boolean;
  readonly lang: Lang;
  readonly t: Translate;
  readonly inserting: boolean;
  /** The templates 插入模板 offers (`basic` always; `dual` once the 双述双评 template is connected). */
  readonly templates?: readonly TemplateKind[];
  readonly onInsertTemplate: (kind: TemplateKind) => void;
  readonly onSelect: (issue: Issue) => void;
}

function Settings({ scheme, dataSheet, t }: { scheme: Scheme; dataSheet: string | null; t: Translate }) {
  const shared = useShared();
  const st = scheme.settings;
  const rows: Array<[string, string]> = [
    [t('scheme.dataSheet'), dataSheet ?? st.dataSheet ?? '—'],
    [t('scheme.unitColumn'), st.unitColumn],
    [t('scheme.groupColumn'), st.groupColumn ?? t('common.none')],
    [t('scheme.fullMark'), num(st.fullMark)],
    [t('scheme.rankMethod'), st.rankMethod],
    [t('scheme.decimals'), String(st.decimals)],
    [t('scheme.publicFlags'), publicFlagsOf(st)],
  ];
  return (
    <section className={shared.section}>
      <h3 className={shared.heading}>{t('scheme.settings')}</h3>
      <table className={shared.table}>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Indicators({ scheme, t }: { scheme: Scheme; t: Translate }) {
  const shared = useShared();
  const weighted = scheme.indicators.some((i) => i.weight !== null);
  const hasCategory = scheme.indicators.some((i) => i.category !== null);
  const sum = scheme.indicators.reduce((n, i) => n + (i.weight ?? i.max), 0);
  return (
    <section className={shared.section}>
      <h3 className={shared.heading}>{t('scheme.indicators', { n: scheme.indicators.length })}</h3>
      <table className={shared.table}>
        <thead>
          <tr>
            <th>{t('scheme.col.name')}</th>
            <th className="num">{t('scheme.col.max')}</th>
            {weighted ? <th className="num">{t('scheme.col.weight')}</th> : null}
            {hasCategory ? <th>{t('scheme.col.category')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {scheme.indicators.map((i) => (
            <tr key={`${i.cell.row}`}>
              <td>{i.name}</td>
              <td className="num">{num(i.max)}</td>
              {weighted ? <td className="num">{num(i.weight)}</td> : null}
              {hasCategory ? <td>{i.category ?? '—'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <span className={shared.muted}>{t('scheme.weightTotal', { sum: num(sum, 6), full: num(scheme.settings.fullMark, 6) })}</span>
    </section>
  );
}

function Rules({ scheme, t }: { scheme: Scheme; t: Translate }) {
  const shared = useShared();
  return (
    <>
      {scheme.adjustments.length > 0 ? (
        <section className={shared.section}>
          <h3 className={shared.heading}>{t('scheme.adjustments', { n: scheme.adjustments.length })}</h3>
          <table className={shared.table}>
            <thead>
              <tr><th>{t('scheme.col.column')}</th><th>{t('scheme.col.kind')}</th><th className="num">{t('scheme.col.cap')}</th></tr>
            </thead>
            <tbody>
              {scheme.adjustments.map((a) => (
                <tr key={a.column}><td>{a.column}</td><td>{a.kind}</td><td className="num">{a.cap === null ? t('common.noLimit') : num(a.cap)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {scheme.vetoes.length > 0 ? (
        <section className={shared.section}>
          <h3 className={shared.heading}>{t('scheme.vetoes', { n: scheme.vetoes.length })}</h3>
          <table className={shared.table}>
            <thead><tr><th>{t('scheme.col.column')}</th><th>{t('scheme.col.effect')}</th></tr></thead>
            <tbody>
              {scheme.vetoes.map((v) => (
                <tr key={v.column}><td>{v.column}</td><td>{v.effect}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {scheme.grades.length > 0 ? (
        <section className={shared.section}>
          <h3 className={shared.heading}>{t('scheme.grades', { n: scheme.grades.length })}</h3>
          <table className={shared.table}>
            <thead><tr><th>{t('scheme.col.grade')}</th><th className="num">{t('scheme.col.min')}</th><th className="num">{t('scheme.col.quota')}</th></tr></thead>
            <tbody>
              {scheme.grades.map((g) => (
                <tr key={g.name}><td>{g.name}</td><td className="num">{num(g.min)}</td><td className="num">{percent(g.quota) ?? t('common.noLimit')}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {scheme.stars.length > 0 ? (
        <section className={shared.section}>
          <h3 className={shared.heading}>{t('scheme.stars', { n: scheme.stars.length })}</h3>
          <table className={shared.table}>
            <thead><tr><th>{t('scheme.col.stars')}</th><th className="num">{t('scheme.col.min')}</th></tr></thead>
            <tbody>
              {scheme.stars.map((r) => (
                <tr key={r.stars}><td aria-label={String(r.stars)}>{'★'.repeat(r.stars)}</td><td className="num">{num(r.min)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}

const KIND_LABEL = { basic: 'scheme.insertBasic', dual: 'scheme.insertDual' } as const;

/** 插入模板: one button for the plain template; a menu when the 双述双评 template is offered too. */
function InsertTemplate(p: SchemeTabProps) {
  const kinds = p.templates ?? ['basic'];
  if (kinds.length <= 1) {
    return (
      <Button appearance="primary" onClick={() => p.onInsertTemplate(kinds[0] ?? 'basic')} disabled={p.inserting}>
        {p.t('scheme.insertTemplate')}
      </Button>
    );
  }
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton appearance="primary" disabled={p.inserting}>{p.t('scheme.insertTemplate')}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {kinds.map((k) => (
            <MenuItem key={k} onClick={() => p.onInsertTemplate(k)}>{p.t(KIND_LABEL[k])}</MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** 方案: the scheme as the engine read it, its problems, and 插入模板 for a first-time user. */
export function SchemeTab(p: SchemeTabProps) {
  const shared = useShared();
  const a = p.assessment;
  const problems = a ? schemeIssues(a, a.scheme?.sheet ?? SCHEME_SHEET) : [];
  const insert = (
    <div className={shared.row}>
      <InsertTemplate {...p} />
      {p.inserting ? <Spinner size="tiny" /> : null}
    </div>
  );
  if (!a) {
    if (p.running) return <Spinner label={p.t('common.loading')} />;
    return (
      <div className={shared.section}>
        <span className={shared.muted}>{p.t('scheme.insertHint')}</span>
        {insert}
      </div>
    );
  }
  return (
    <div>
      {!a.scheme ? (
        <div className={shared.section}>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{p.t('scheme.none')}</MessageBarBody>
          </MessageBar>
          {insert}
        </div>
      ) : null}
      {a.scheme ? (
        <section className={shared.section}>
          <h3 className={shared.heading}>{p.t('scheme.problems', { n: problems.length })}</h3>
          {problems.length === 0 ? <span className={shared.muted}>{p.t('scheme.ok')}</span> : null}
          {problems.map((i, k) => (
            <IssueItem key={k} issue={i} lang={p.lang} t={p.t} dataSheet={a.dataSheet} selected={false} onSelect={p.onSelect} />
          ))}
        </section>
      ) : null}
      {a.scheme ? (
        <>
          <Settings scheme={a.scheme} dataSheet={a.dataSheet} t={p.t} />
          <Indicators scheme={a.scheme} t={p.t} />
          <SchemeMethods scheme={a.scheme} dataSheet={a.dataSheet} t={p.t} />
          <Rules scheme={a.scheme} t={p.t} />
        </>
      ) : null}
    </div>
  );
}
