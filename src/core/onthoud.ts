/**
 * Remembers what a pure function of a label gave. A colouring or a ranged formula reads the same
 * few labels ("5b", "2F/1S", "ontwikkellijn 1F rekenen") for every pupil; parsing them once each
 * keeps a whole school's export quick. Bounded, since a sheet may hold any number of odd texts.
 */
export function onthoud<T>(functie: (tekst: string) => T, maximum = 2000): (tekst: string) => T {
  const bekend = new Map<string, T>();
  return (tekst) => {
    // Labels are short; a long text (a pasted paragraph) is worked out each time, not kept.
    if (tekst.length > 80) return functie(tekst);
    const eerder = bekend.get(tekst);
    if (eerder !== undefined || bekend.has(tekst)) return eerder as T;
    if (bekend.size >= maximum) bekend.clear();
    const uitkomst = functie(tekst);
    bekend.set(tekst, uitkomst);
    return uitkomst;
  };
}
