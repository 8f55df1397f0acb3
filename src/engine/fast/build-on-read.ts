/**
 * `buildOnRead`: a read-only list that is built at its first read — any read: an index, `length`,
 * iteration, `JSON.stringify`, a spread. Used for `UnitResult.details` (model/unit-table.ts): a unit's
 * details cost more to build than its scores (strings, one object per judge), and most runs never read
 * them. The plain version is the built list itself (`source.detailsOf(unit)`); the view equals it
 * in every read (test/engine/fast/build-on-read.test.ts, test/examples/details-golden.test.ts).
 *
 * Why a Proxy and not a getter on the result: an object literal with an accessor takes V8's slow path
 * per unit (~15 µs; at 10,000 units longer than scoring them). Why the handler's traps live on a shared
 * prototype: one small object per unit (source, unit, a flag) instead of six closures.
 */

/** What a view reads from: the built list of unit `unit` (built once by the source, then kept there). */
export interface BuiltLists<T> {
  detailsOf(unit: number): ReadonlyArray<T>;
}

/** One unit's view: the handler of its Proxy, whose traps are `TRAPS`'. */
interface View<T> {
  readonly __proto__: object;
  readonly source: BuiltLists<T>;
  readonly unit: number;
  filled: boolean;
}

/** Fills the view's target with the unit's list (once), then gives it. */
function filled<T>(view: View<T>, target: T[]): T[] {
  if (!view.filled) {
    view.filled = true;
    for (const d of view.source.detailsOf(view.unit)) target.push(d);
  }
  return target;
}

/** The traps of every view: each read fills the target first; writes are refused (the list is read-only). */
const TRAPS: ProxyHandler<unknown[]> = {
  get(this: View<unknown>, target, key) {
    return Reflect.get(filled(this, target), key) as unknown;
  },
  has(this: View<unknown>, target, key) {
    return Reflect.has(filled(this, target), key);
  },
  ownKeys(this: View<unknown>, target) {
    return Reflect.ownKeys(filled(this, target));
  },
  getOwnPropertyDescriptor(this: View<unknown>, target, key) {
    return Reflect.getOwnPropertyDescriptor(filled(this, target), key);
  },
  set: () => false,
  defineProperty: () => false,
  deleteProperty: () => false,
};

/** A read-only view of `source.detailsOf(unit)` that asks for it only at its first read. */
export function buildOnRead<T>(source: BuiltLists<T>, unit: number): ReadonlyArray<T> {
  const view: View<T> = { __proto__: TRAPS, source, unit, filled: false };
  return new Proxy<T[]>([], view as unknown as ProxyHandler<T[]>);
}
