/**
 * `buildOnRead`: a read-only list that is built at its first read — any read: an index, `length`,
 * iteration, `JSON.stringify`, a spread. Used for `UnitResult.details` (model/unit-table.ts): a unit's
 * details cost more to build than its scores (strings, one object per judge), and most runs never read
 * them. The plain version is the built list itself (`source.detailsOf(unit)`); the view equals it
 * in every read (test/engine/fast/build-on-read.test.ts, test/engine/assess/details-view.test.ts,
 * test/examples/details-golden.test.ts).
 *
 * Why a Proxy and not a getter on the result: an object literal with an accessor takes V8's slow path
 * per unit (~15 µs; at 10,000 units longer than scoring them). The handler is a class instance, not
 * an object literal with `__proto__` (V8 makes such a literal on a slow path, ~2 ms per 10,000 units).
 */

/** What a view reads from: the built list of unit `unit` (built once by the source, then kept there). */
export interface BuiltLists<T> {
  detailsOf(unit: number): ReadonlyArray<T>;
}

/** One unit's view: the handler of its Proxy. Each read fills the target first; writes are refused. */
class BuildOnRead<T> implements ProxyHandler<T[]> {
  private filled = false;
  constructor(
    private readonly source: BuiltLists<T>,
    private readonly unit: number,
  ) {}

  /** Fills the target with the unit's list (once), then gives it. */
  private fill(target: T[]): T[] {
    if (!this.filled) {
      this.filled = true;
      for (const d of this.source.detailsOf(this.unit)) target.push(d);
    }
    return target;
  }

  get(target: T[], key: string | symbol): unknown {
    return Reflect.get(this.fill(target), key) as unknown;
  }
  has(target: T[], key: string | symbol): boolean {
    return Reflect.has(this.fill(target), key);
  }
  ownKeys(target: T[]): ArrayLike<string | symbol> {
    return Reflect.ownKeys(this.fill(target));
  }
  getOwnPropertyDescriptor(target: T[], key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.fill(target), key);
  }
  set(): boolean {
    return false;
  }
  defineProperty(): boolean {
    return false;
  }
  deleteProperty(): boolean {
    return false;
  }
}

/** A read-only view of `source.detailsOf(unit)` that asks for it only at its first read. */
export function buildOnRead<T>(source: BuiltLists<T>, unit: number): ReadonlyArray<T> {
  return new Proxy<T[]>([], new BuildOnRead(source, unit));
}

/** One view alive as long as this module, for its class's hidden class (fast/README.md, "classes kept alive"). */
export const IDLE_DETAILS_VIEW = new BuildOnRead<never>({ detailsOf: () => [] }, -1);
