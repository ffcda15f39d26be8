/**
 * The group's detail scores for the group overview (steps 2.6 and 2.7): per domain or aspect column
 * ("Rekenen – getallen") how many pupils have a percentage goed, the mean, the lowest and the
 * highest. On a wide group sheet each row is one column of that sheet, so the workbook layer can
 * write the counts as built-in formulas over it; in a long export, each pupil's latest afname.
 */
import { isEmpty, type CellValue } from "../cell";
import type { Detailwaarde, Extra } from "../leerling/details";
import { halfjaren } from "../moment";
import type { Grid } from "../overzicht/indeling";
import type { Overzicht } from "../overzicht/metingen";
import type { Vaardigheid } from "../overzicht/vaardigheid";
import type { Blok } from "./samenvatting";

export interface Detailregel {
  readonly vaardigheid: Vaardigheid;
  /** The onderdeel as the card shows it: "getallen", or "niveau: 1F" for an aspect group. */
  readonly onderdeel: string;
  /** The moment or half year from the header; "" when the header has none (the latest afname). */
  readonly moment: string;
  /** Fractions: 0.75 is 75% goed. */
  readonly waarden: readonly number[];
  /**
   * On a wide sheet: the column's pupil rows, and the scale its numbers are on (1: fractions, 100:
   * percentages), where every filled cell of that range is a pupil's number on that scale, so that a
   * formula over the range computes what the core computed.
   */
  readonly bron?: { readonly kolom: number; readonly rij: number; readonly rijen: number; readonly schaal: 1 | 100 };
}

export const DETAIL_TITEL = "Detailscores per domein of aspect (% goed)";

const onderdeelVan = (d: { readonly groep: string; readonly onderdeel: string }) =>
  d.groep === "domein" ? d.onderdeel : `${d.groep}: ${d.onderdeel}`;

/** The scale every filled cell of the range is on, or undefined when a cell is text, an error or off both. */
function schaalVan(cellen: readonly CellValue[]): 1 | 100 | undefined {
  let groot = false;
  let klein = false;
  for (const v of cellen) {
    if (isEmpty(v)) continue;
    if (typeof v !== "number" || v < 0 || v > 100) return undefined;
    if (v > 1) groot = true;
    else if (v > 0) klein = true;
  }
  // All at most 1 are fractions, as the card reads them; above 1 percentages. Both in one column
  // (0.5 beside 75) the core reads cell by cell, which a formula over the column cannot.
  if (groot && klein) return undefined;
  return groot ? 100 : 1;
}

export function detailRegels(cellen: Grid, overzicht: Overzicht, extra: Extra): Detailregel[] {
  if (extra.kolommen.details.length === 0) return [];
  if (overzicht.indeling.indeling === "lang") return laatsteAfnames(extra.details);
  const rijen = [...new Set(overzicht.afnames.map((m) => m.rij))].sort((a, b) => a - b);
  if (rijen.length === 0) return [];
  const eerste = rijen[0]!;
  const laatste = rijen[rijen.length - 1]!;
  const leerlingRij = new Set(rijen);
  return extra.kolommen.details.flatMap((k): Detailregel[] => {
    const waarden = extra.details
      .filter(
        (d) =>
          d.vaardigheid === k.vaardigheid &&
          d.groep === k.groep &&
          d.onderdeel === k.onderdeel &&
          d.moment === k.moment &&
          d.deel === k.deel,
      )
      .map((d) => d.waarde);
    if (waarden.length === 0) return [];
    const bereik: CellValue[] = [];
    let alleenLeerlingen = true;
    for (let r = eerste; r <= laatste; r++) {
      const v = cellen[r]?.[k.kolom] ?? null;
      if (!leerlingRij.has(r) && !isEmpty(v)) alleenLeerlingen = false;
      bereik.push(v);
    }
    const schaal = alleenLeerlingen ? schaalVan(bereik) : undefined;
    return [
      {
        vaardigheid: k.vaardigheid,
        onderdeel: onderdeelVan(k),
        moment: k.moment ?? (k.deel ? (k.deel === "a" ? "midden" : "eind") : ""),
        waarden,
        ...(schaal ? { bron: { kolom: k.kolom, rij: eerste, rijen: laatste - eerste + 1, schaal } } : {}),
      },
    ];
  });
}

/** In a long export: per pupil and vaardigheid only the detail scores of the latest afname that has them. */
function laatsteAfnames(details: readonly Detailwaarde[]): Detailregel[] {
  const wanneer = (d: Detailwaarde) => `${d.schooljaar ?? ""}|${String(halfjaren(d.moment ?? "3a")).padStart(3, "0")}`;
  const laatst = new Map<string, string>();
  for (const d of details) {
    const sleutel = `${d.leerling}\u0000${d.vaardigheid}`;
    const w = wanneer(d);
    if ((laatst.get(sleutel) ?? "") < w) laatst.set(sleutel, w);
  }
  const per = new Map<string, { vaardigheid: Vaardigheid; onderdeel: string; waarden: number[] }>();
  for (const d of details) {
    if (laatst.get(`${d.leerling}\u0000${d.vaardigheid}`) !== wanneer(d)) continue;
    const onderdeel = onderdeelVan(d);
    const sleutel = `${d.vaardigheid}\u0000${onderdeel}`;
    const regel = per.get(sleutel) ?? { vaardigheid: d.vaardigheid, onderdeel, waarden: [] };
    regel.waarden.push(d.waarde);
    per.set(sleutel, regel);
  }
  return [...per.values()].map((r) => ({ ...r, moment: "laatste afname" }));
}

const procent = (f: number) => Math.round(f * 1000) / 10;

/** The table of the group overview; its numbers are values here, formulas where the workbook layer can. */
export function detailBlok(regels: readonly Detailregel[], rij: number): Blok {
  return {
    titel: DETAIL_TITEL,
    rij,
    kolom: 0,
    koppen: ["Vaardigheid", "Domein of aspect", "Moment", "Aantal", "Gemiddelde", "Laagste", "Hoogste"],
    rijen: regels.map((r) => {
      const som = r.waarden.reduce((a, b) => a + b, 0);
      const laagste = r.waarden.reduce((a, b) => Math.min(a, b), Infinity);
      const hoogste = r.waarden.reduce((a, b) => Math.max(a, b), -Infinity);
      return [
        r.vaardigheid,
        r.onderdeel,
        r.moment,
        r.waarden.length,
        procent(som / r.waarden.length),
        procent(laagste),
        procent(hoogste),
      ];
    }),
    notaties: [undefined, undefined, undefined, "0", "0.0", "0.0", "0.0"],
  };
}
