/**
 * Per-World memoisation helpers. Worlds are immutable values, so anything computed purely from a
 * World can be cached in a WeakMap keyed by it (no effect on results, nothing kept alive).
 *
 * `tick()` returns a new World object even when only `clock` moved; nothing in routing, DNS,
 * policy evaluation or trace() reads the clock, so such Worlds share one "content key" and
 * therefore one set of caches.
 */
import type { World } from "./schema";

const contentKeys = new WeakMap<World, object>();

/** The cache key for everything derived from `world` except its clock. */
export function contentKeyOf(world: World): object {
  return contentKeys.get(world) ?? world;
}

/** Record that `next` is `{ ...prev, clock }` (the caller guarantees nothing else differs). */
export function linkSameContent(next: World, prev: World): void {
  if (next !== prev) contentKeys.set(next, contentKeyOf(prev));
}

// One WeakMap entry per World content (a small bag of named caches): many WeakMaps with an entry
// per World make garbage collection noticeably slower than one.
const bags = new WeakMap<object, Map<string, unknown>>();

/** The value cached in `slot` for this World's content, computed by `make` on first use. */
export function cacheSlot<T>(world: World, slot: string, make: () => T): T {
  const key = contentKeyOf(world);
  let bag = bags.get(key);
  if (!bag) bags.set(key, (bag = new Map()));
  let v = bag.get(slot) as T | undefined;
  if (v === undefined) {
    v = make();
    bag.set(slot, v);
  }
  return v;
}

let tableCount = 0;

/** A bounded per-World (per content key) string-keyed memo table. */
export function memoTable<V>(): (world: World) => Map<string, V> {
  const slot = `memo:${++tableCount}`;
  return (world) => {
    const m = cacheSlot(world, slot, () => new Map<string, V>());
    if (m.size > 2000) m.clear();
    return m;
  };
}
