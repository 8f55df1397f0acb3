import type { UnitResult } from '../../engine';
import type { Translate } from '../i18n';
import { num, shownRank } from '../view';
import { useShared } from './styles';

/** A short ranked list: 名次, 单位, 总分, 等次. */
export function RankTable({ title, units, t }: { title: string; units: readonly UnitResult[]; t: Translate }) {
  const shared = useShared();
  if (units.length === 0) return null;
  return (
    <section className={shared.section}>
      <h3 className={shared.heading}>{title}</h3>
      <table className={shared.table} aria-label={title}>
        <thead>
          <tr>
            <th className="num">{t('compute.col.rank')}</th>
            <th>{t('compute.col.unit')}</th>
            <th className="num">{t('compute.col.total')}</th>
            <th>{t('compute.col.grade')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.row}>
              <td className="num">{shownRank(u) ?? '—'}</td>
              <td>{u.name}</td>
              <td className="num">{num(u.total)}</td>
              <td>{u.grade ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Vetoed units with the rule that fired: 否决列, 效果, 原因. */
export function VetoTable({ units, t }: { units: readonly UnitResult[]; t: Translate }) {
  const shared = useShared();
  if (units.length === 0) return null;
  const title = t('compute.vetoed', { n: units.length });
  return (
    <section className={shared.section}>
      <h3 className={shared.heading}>{title}</h3>
      <table className={shared.table} aria-label={title}>
        <thead>
          <tr>
            <th>{t('compute.col.unit')}</th>
            <th>{t('compute.col.vetoColumn')}</th>
            <th>{t('compute.col.effect')}</th>
            <th>{t('compute.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) =>
            u.veto ? (
              <tr key={u.row}>
                <td>{u.name}</td>
                <td>{u.veto.column}</td>
                <td>{u.veto.effect}</td>
                <td>{u.veto.reason}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </section>
  );
}
