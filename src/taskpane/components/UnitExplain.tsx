import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { IndicatorDetail } from '../../engine';
import type { Explanation, IndicatorLine } from '../explain';
import type { Translate } from '../i18n';
import { num, shownRank } from '../view';
import { useShared } from './styles';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  chips: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: '2px', margin: 0, padding: 0, listStyle: 'none' },
  chip: { padding: `0 ${tokens.spacingHorizontalXXS}`, borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground1, whiteSpace: 'nowrap' },
  dropped: { color: tokens.colorNeutralForeground3 },
  outlier: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, outline: `1px solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  detail: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  veto: { color: tokens.colorPaletteRedForeground1 },
});

function Votes({ d, t }: { d: IndicatorDetail; t: Translate }) {
  const s = useStyles();
  const votes = d.votes ?? [];
  const total = votes.reduce((n, v) => n + v.count, 0);
  return (
    <ul className={s.chips} aria-label={d.text} data-testid="votes">
      {votes.map((v) => (
        <li key={v.level} className={s.chip} data-level={v.level}>{`${v.level} ${v.count}`}</li>
      ))}
      <li className={s.chip}>{t('explain.votesTotal', { n: total })}</li>
    </ul>
  );
}

function Judges({ line, t }: { line: IndicatorLine; t: Translate }) {
  const s = useStyles();
  const judges = line.detail?.judges ?? [];
  return (
    <ul className={s.chips} aria-label={line.detail?.text} data-testid="judges">
      {judges.map((j) => {
        const outlier = line.outliers.has(j.cell);
        const notes = [j.dropped === 'high' ? t('explain.judgeHigh') : j.dropped === 'low' ? t('explain.judgeLow') : null, outlier ? t('explain.judgeOutlier') : null, j.score === null ? t('explain.judgeNone') : null].filter(Boolean);
        const label = [t('explain.judgeLabel', { label: j.label, score: j.score === null ? '—' : num(j.score) }), ...notes].join('，');
        const text = `${j.label} ${j.score === null ? '—' : num(j.score)}${outlier ? ' ⚠' : ''}`;
        return (
          <li key={j.cell} className={mergeClasses(s.chip, j.dropped !== null && s.dropped, outlier && s.outlier)} title={label} aria-label={label}
            data-judge={j.label} data-cell={j.cell} data-dropped={j.dropped ?? ''} data-outlier={outlier ? 'true' : 'false'}>
            {j.dropped !== null ? <s>{text}</s> : text}
          </li>
        );
      })}
    </ul>
  );
}

function Detail({ line, t }: { line: IndicatorLine; t: Translate }) {
  const s = useStyles();
  const d = line.detail;
  if (!d) return null;
  const params = Object.entries(d.params ?? {}).map(([k, v]) => `${k} ${num(v, 6)}`);
  return (
    <div className={s.detail}>
      {d.votes ? <Votes d={d} t={t} /> : null}
      {d.judges ? <Judges line={line} t={t} /> : null}
      {d.word !== undefined ? <div>{t('explain.word', { word: d.word, rate: line.rate ?? '—' })}</div> : null}
      {!d.word && !d.votes ? <div>{d.text}</div> : null}
      {d.figure !== undefined || params.length ? <div>{[d.figure !== undefined ? t('explain.figure', { figure: num(d.figure, 6) }) : null, ...params].filter(Boolean).join('，')}</div> : null}
    </div>
  );
}

/** Why the selected unit got its total: the indicators, 加扣分 and caps, vetoes and the grade's reason. */
export function UnitExplain({ ex, t, onClose }: { ex: Explanation; t: Translate; onClose: () => void }) {
  const shared = useShared();
  const s = useStyles();
  const u = ex.unit;
  const title = u.total === null ? t('explain.blocked', { unit: u.name }) : t('explain.title', { unit: u.name, total: num(u.total) });
  const rank = shownRank(u);
  const ref = useRef<HTMLElement>(null);
  // A unit chosen at the bottom of a long list: bring its explanation into view. A block body, not
  // an arrow expression: Chromium's scroll methods may return a Promise, which React would take for
  // the effect's cleanup and call ("is not a function"), unmounting the pane.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [u.row]);
  return (
    <section ref={ref} className={mergeClasses(shared.section, s.card)} aria-label={title} data-testid="unit-explain" data-unit={u.name}>
      <div className={s.head}>
        <h3 className={shared.heading}>{title}</h3>
        <Button size="small" appearance="subtle" onClick={onClose} aria-label={t('explain.close')} title={t('explain.close')}>×</Button>
      </div>
      {rank !== null || ex.grade.length ? <span className={shared.muted}>{[rank !== null ? t('explain.rank', { rank }) : null, ex.grade[0] ?? null].filter(Boolean).join(' · ')}</span> : null}
      <table className={shared.table}>
        <thead>
          <tr><th>{t('explain.col.indicator')}</th><th className="num">{t('explain.col.score')}</th><th className="num">{t('explain.col.points')}</th></tr>
        </thead>
        <tbody>
          {ex.lines.map((l) => (
            <tr key={l.name} data-indicator={l.name}>
              <td>
                <div>{l.name}{l.method !== '直接' ? <span className={shared.muted}>{` · ${l.method}`}</span> : null}</div>
                <Detail line={l} t={t} />
              </td>
              <td className="num">{`${num(l.score)}/${num(l.max)}`}</td>
              <td className="num" title={l.score === null ? undefined : t('explain.pointsOf', { score: num(l.score), max: num(l.max), weight: num(l.weight) })}>{num(l.points)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {u.base !== null || ex.adjustments.length ? (
        <ul className={s.lines} data-testid="adjustments">
          {u.base !== null ? <li>{t('explain.base', { n: num(u.base) })}</li> : null}
          {ex.adjustments.map((a) => <li key={a}>{a}</li>)}
        </ul>
      ) : null}
      {ex.vetoes.length ? (
        <div>
          <h4 className={shared.heading}>{t('explain.vetoes', { n: ex.vetoes.length })}</h4>
          <ul className={mergeClasses(s.lines, s.veto)} data-testid="vetoes">
            {ex.vetoes.map((v) => <li key={v}>{v}</li>)}
          </ul>
        </div>
      ) : null}
      {ex.grade.length > 1 ? (
        <ul className={s.lines} data-testid="grade-reason">
          {ex.grade.slice(1).map((g) => <li key={g}>{g}</li>)}
        </ul>
      ) : null}
      {u.flagDetails.length ? <span className={shared.muted}>{t('explain.flags', { flags: u.flagDetails.map((f) => `${f.label}(${f.where})`).join('；') })}</span> : null}
    </section>
  );
}
