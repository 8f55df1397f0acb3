/** The scheme's 一级指标 (indicator categories): a fact about the scheme, read by scoring and by the plan. */
import type { Scheme } from '../model/scheme';

const ORDERS = new WeakMap<Scheme, readonly string[]>();

/** The 一级指标 in the order of their first indicator (computed once per scheme). Example: [组织建设, 业务工作]. */
export function categoryOrder(scheme: Scheme): readonly string[] {
  let order = ORDERS.get(scheme);
  if (order) return order;
  const list: string[] = [];
  for (const ind of scheme.indicators) if (ind.category !== null && !list.includes(ind.category)) list.push(ind.category);
  order = list;
  ORDERS.set(scheme, order);
  return order;
}
