/**
 * The items per key, keys in the order they first occur, each list in the items' own order. Each
 * list is added to, never copied: a sheet of a whole school can have 100,000 items under one key.
 */
export function groepeer<T, K>(lijst: readonly T[], sleutel: (item: T) => K): Map<K, T[]> {
  const perSleutel = new Map<K, T[]>();
  for (const item of lijst) {
    const k = sleutel(item);
    const groep = perSleutel.get(k);
    if (groep) groep.push(item);
    else perSleutel.set(k, [item]);
  }
  return perSleutel;
}
