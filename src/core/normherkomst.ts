/**
 * Where the lines behind the colours come from: the school's own values from IEP LVS in its Normen
 * table, or the indicatieve lines of LVS Analyse. Until the table holds the school's values, the
 * sheets and the pane say so, with how to replace them, so nobody reports the colours as IEP's.
 */
import type { CellValue } from "./cell";
import { readNorm, type Basisnorm } from "./norm";
import { defaultNormlijn } from "./normlijn";
import { leesNormtabel, type NormColumn, type Normtabel } from "./normtabel";
import { GEEN_NORM, GROEINORM, normDefinitie } from "./normregister";

export type Herkomst = "eigen" | "indicatief" | "geen";

type Tabel = readonly (readonly CellValue[])[];

/** The Normen sheet's cells, or the table already read from them (which knows only the general lines). */
export type Normen = Tabel | Normtabel;

/** The Normen table's lines of one norm: the general one and, from the cells, those for one vaardigheid. */
function lijnen(norm: Basisnorm, normen: Normen | undefined): NormColumn[] {
  if (normen === undefined) return [];
  if (!Array.isArray(normen)) {
    const lijn = (normen as Normtabel).column(readNorm(norm));
    return lijn ? [lijn] : [];
  }
  const cellen = normen as Tabel;
  const tabel = leesNormtabel(cellen);
  return (cellen[0] ?? []).flatMap((kop, i) => {
    if (i === 0 || typeof kop !== "string" || kop.trim() === "" || readNorm(kop).basis !== norm) return [];
    const lijn = tabel.column(readNorm(kop));
    return lijn ? [lijn] : [];
  });
}

/** True when some moment of the line holds a number other than the indicatieve line's value there. */
function eigenWaarden(norm: Basisnorm, lijn: NormColumn): boolean {
  for (const [moment, waarde] of lijn) {
    if (waarde === undefined) continue;
    const standaard = defaultNormlijn(norm, moment);
    if (standaard === undefined || Math.abs(standaard - waarde) > 1e-9) return true;
  }
  return false;
}

const heeftEigen = (norm: Basisnorm, normen: Normen | undefined) =>
  lijnen(norm, normen).some((l) => eigenWaarden(norm, l));

/** Where the line for green and blue comes from. */
export function lijnHerkomst(norm: Basisnorm, normen?: Normen): Herkomst {
  if (norm === GEEN_NORM) return "geen";
  if (heeftEigen(norm, normen)) return "eigen";
  return normDefinitie(norm)?.indicatief ? "indicatief" : "geen";
}

/** Where the expected growth for light and dark comes from: the landelijk line, or the indicatieve expectation. */
export function groeiHerkomst(normen?: Normen): Herkomst {
  return heeftEigen(GROEINORM, normen) ? "eigen" : "indicatief";
}

/** The legend's note after the norm's name. */
export function legendaBron(norm: Basisnorm, normen?: Normen): string {
  const herkomst = lijnHerkomst(norm, normen);
  return herkomst === "eigen"
    ? "waarden uit blad Normen"
    : herkomst === "indicatief"
      ? "indicatieve lijn van LVS Analyse"
      : "";
}

const VERVANG = "Neem de waarden uit jullie IEP LVS over in het blad Normen (stap 0.1 Voorbereiden) en kleur opnieuw.";

/** Whether a warning is the notice below, so the pane can show it apart from the rest. */
export function isIndicatiefMelding(tekst: string): boolean {
  return tekst.endsWith(VERVANG);
}

/** What the sheet and the pane say while colours rest on an indicatieve line; undefined when they do not. */
export function indicatiefMelding(norm: Basisnorm, normen?: Normen): string | undefined {
  const lijn = lijnHerkomst(norm, normen) === "indicatief";
  const groei = groeiHerkomst(normen) === "indicatief";
  if (lijn && groei)
    return `Groen en blauw rusten op de indicatieve lijn van LVS Analyse, licht en donker op een indicatieve verwachte groei: niet op de lijnen van IEP. ${VERVANG}`;
  if (lijn) return `Groen en blauw rusten op de indicatieve lijn van LVS Analyse, niet op de lijn van IEP. ${VERVANG}`;
  if (groei)
    return `Licht en donker rusten op een indicatieve verwachte groei; met de landelijke lijn uit jullie IEP LVS wordt die precies. ${VERVANG}`;
  return undefined;
}
