/**
 * Scopes for the flags that compare a unit with its peers: its group when the scheme has a
 * 分组列 (units are ranked within their group), else all units. Only scored units are members.
 */
import type { AnomalyUnits } from './input';

export interface Scope {
  /** Unit indexes (into the columns), in unit order. */
  readonly members: readonly number[];
  /** The group name, or null for "all units". A unit without a group text is in group ''. */
  readonly group: string | null;
  /** For English messages: `all units`, `the units of group "乡镇"`. */
  readonly labelEn: string;
}

/** Label of a group in messages: “乡镇”, or （未分组） for units whose group cell is empty. */
export function groupLabel(group: string): string {
  return group === '' ? '（未分组）' : `“${group}”`;
}

/**
 * The scopes, in order of first appearance. Example: grouped units in groups A, B, A → scopes
 * A (units 0, 2) and B (unit 1); ungrouped → one scope holding every scored unit.
 */
export function peerScopes(units: AnomalyUnits, grouped: boolean): readonly Scope[] {
  // Several flags ask for the same scopes of the same (read-only) units: built once per view.
  let memo = MEMO.get(units);
  if (!memo) MEMO.set(units, (memo = { all: null, grouped: null }));
  if (grouped) return (memo.grouped ??= byGroup(units));
  return (memo.all ??= [{ members: scoredUnits(units), group: null, labelEn: 'all units' }]);
}

const MEMO = new WeakMap<AnomalyUnits, { all: readonly Scope[] | null; grouped: readonly Scope[] | null }>();

function scoredUnits(units: AnomalyUnits): number[] {
  const out: number[] = [];
  for (let i = 0; i < units.count; i++) if (units.scored[i] === 1) out.push(i);
  return out;
}

function byGroup(units: AnomalyUnits): readonly Scope[] {
  const members = new Map<string, number[]>();
  for (let i = 0; i < units.count; i++) {
    if (units.scored[i] !== 1) continue;
    const g = units.groups[i] ?? '';
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  return [...members].map(([g, list]) => ({
    members: list,
    group: g,
    labelEn: `the units of group ${g === '' ? '(none)' : `"${g}"`}`,
  }));
}
