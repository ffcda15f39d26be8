/**
 * Remembers what a pure function of a label gave. A colouring or a ranged formula reads the same
 * few labels ("5b", "2F/1S", "ontwikkellijn 1F rekenen") for every pupil; parsing them once each
 * keeps a whole school's export quick. A long text is remembered too: a workbook may hold one
 * pasted paragraph in thousands of cells (one shared string), and reading it again for each cell
 * cost seconds. Bounded by entries and by characters, since a sheet may hold any number of odd texts.
 */
export function onthoud<T>(functie: (tekst: string) => T, maximum = 2000, tekens = 4_000_000): (tekst: string) => T {
  const bekend = new Map<string, T>();
  let opgeslagen = 0;
  return (tekst) => {
    const eerder = bekend.get(tekst);
    if (eerder !== undefined || bekend.has(tekst)) return eerder as T;
    const uitkomst = functie(tekst);
    if (tekst.length > tekens) return uitkomst;
    if (bekend.size >= maximum || opgeslagen + tekst.length > tekens) {
      bekend.clear();
      opgeslagen = 0;
    }
    bekend.set(tekst, uitkomst);
    opgeslagen += tekst.length;
    return uitkomst;
  };
}
