/**
 * The shared empty list and record. Most units have no issues, caps, vetoes or 加扣分: they all
 * share these instead of a fresh empty list each (at 100,000 units that is memory the collector
 * never has to copy). Frozen: nothing may push into them; a unit gets a list of its own instead.
 */
export const NONE: readonly never[] = Object.freeze([]);
export const NO_ENTRIES: Readonly<Record<string, never>> = Object.freeze({});
