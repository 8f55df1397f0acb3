/**
 * Scopes for the flags that compare a unit with its peers: its group when the scheme has a
 * 分组列 (units are ranked within their group), else all units.
 */
import type { AnomalyUnit } from './input';

export interface Scope {
  /** Indexes into the units array, in input order. */
  readonly members: readonly number[];
  /** The group name, or null for "all units". A unit without a group text is in group ''. */
  readonly group: string | null;
  readonly label: string;
  readonly labelEn: string;
}

/** Label of a group in messages: “乡镇”, or （未分组） for units whose group cell is empty. */
export function groupLabel(group: string): string {
  return group === '' ? '（未分组）' : `“${group}”`;
}

/**
 * The scopes, in order of first appearance. Example: grouped units in groups A, B, A → scopes
 * A (units 0, 2) and B (unit 1); ungrouped → one scope holding every unit.
 */
export function peerScopes(units: readonly AnomalyUnit[], grouped: boolean): readonly Scope[] {
  // Several flags ask for the same scopes of the same (read-only) unit list: built once per list.
  let memo = MEMO.get(units);
  if (!memo) MEMO.set(units, (memo = { all: null, grouped: null }));
  if (grouped) return (memo.grouped ??= build(units, true));
  return (memo.all ??= build(units, false));
}

const MEMO = new WeakMap<readonly AnomalyUnit[], { all: readonly Scope[] | null; grouped: readonly Scope[] | null }>();

function build(units: readonly AnomalyUnit[], grouped: boolean): readonly Scope[] {
  if (!grouped) {
    return [{ members: units.map((_, i) => i), group: null, label: '全部单位', labelEn: 'all units' }];
  }
  const byGroup = new Map<string, number[]>();
  units.forEach((u, i) => {
    const g = u.group ?? '';
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  });
  return [...byGroup].map(([g, members]) => ({
    members,
    group: g,
    label: `同组${groupLabel(g)}单位`,
    labelEn: `the units of group ${g === '' ? '(none)' : `"${g}"`}`,
  }));
}
