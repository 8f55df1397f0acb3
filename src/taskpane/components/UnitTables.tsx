import { Link } from '@fluentui/react-components';
import type { UnitResult } from '../../engine';
import type { Translate } from '../i18n';
import { num, shownRank } from '../view';
import { useShared } from './styles';

/** A unit's name; a link that shows its explanation when `onUnit` is given. */
function UnitName({ u, onUnit }: { u: UnitResult; onUnit?: ((u: UnitResult) => void) | undefined }) {
  if (!onUnit) return <>{u.name}</>;
  return <Link as="button" onClick={() => onUnit(u)} data-unit-row={u.row}>{u.name}</Link>;
}

/** A short ranked list: 名次, 单位, 总分, 等次. */
export function RankTable({ title, units, t, onUnit }: { title: string; units: readonly UnitResult[]; t: Translate; onUnit?: ((u: UnitResult) => void) | undefined }) {
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
              <td><UnitName u={u} onUnit={onUnit} /></td>
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
export function VetoTable({ units, t, onUnit }: { units: readonly UnitResult[]; t: Translate; onUnit?: ((u: UnitResult) => void) | undefined }) {
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
                <td><UnitName u={u} onUnit={onUnit} /></td>
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
