/**
 * Leerrendement per pupil and vakgebied from a sheet the school keeps (columns Leerling, Vakgebied,
 * DLE, DL, and optionally Doublure and Leerachterstand), with the handbook's signals: 1F in reach or
 * not, below the end level of groep 6, and the LWOO/PRO signal.
 */
import { isEmpty, readNumber, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { leerrendement, leerrendementSignaal, LR_HAALBAAR, LR_ONDER_GROEP_6 } from "../leerrendement";

export interface LeerrendementRij {
  readonly leerling: string;
  readonly vak: string;
  readonly dle: number;
  readonly dl: number;
  /** After a doublure counted on in the DL: the bounds are 71% and 57%. */
  readonly doublure: boolean;
  readonly lr: number;
  readonly signaal: string;
  readonly leerachterstand?: number;
  /** LR under the end level of groep 6 and/or a leerachterstand above 0.33. */
  readonly lwooPro: boolean;
}

export interface Leerrendementen {
  readonly rijen: readonly LeerrendementRij[];
  /** Pupils below the end level of groep 6 on both taal and rekenen: the inspectie may leave them out, with evidence of a fitting offer. */
  readonly uitsluitbaar: readonly string[];
}

const LA_GRENS = 0.33;
const JA = /^(ja|j|x|waar|true|1|doublure)$/i;

/** The rows of a sheet whose first row names Leerling, DLE and DL; undefined for any other sheet. */
export function leesLeerrendementen(cellen: readonly (readonly CellValue[])[]): LeerrendementRij[] | undefined {
  const kop = (cellen[0] ?? []).map((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""));
  const kolom = (p: RegExp) => kop.findIndex((k) => p.test(k));
  const [leerling, vak, dle, dl, doublure, la] = [
    /^leerling|^naam/,
    /^vak|^vaardigheid|^domein/,
    /^dle$/,
    /^dl$/,
    /doublure/,
    /leerachterstand|^la$/,
  ].map(kolom) as [number, number, number, number, number, number];
  if (leerling < 0 || dle < 0 || dl < 0) return undefined;
  const uit: LeerrendementRij[] = [];
  for (const rij of cellen.slice(1)) {
    const naam = String(rij[leerling] ?? "").trim();
    const e = readNumber(rij[dle] ?? null, "DLE");
    const l = readNumber(rij[dl] ?? null, "DL");
    if (!naam || isLvsError(e) || isLvsError(l)) continue;
    const lr = leerrendement(e, l);
    if (isLvsError(lr)) continue;
    const d = doublure >= 0 && JA.test(String(rij[doublure] ?? "").trim());
    const a = la >= 0 && !isEmpty(rij[la] ?? null) ? readNumber(rij[la] ?? null, "leerachterstand") : undefined;
    const leerachterstand = a === undefined || isLvsError(a) ? undefined : a;
    const signaal = leerrendementSignaal(lr, d);
    uit.push({
      leerling: naam,
      vak:
        vak >= 0
          ? String(rij[vak] ?? "")
              .trim()
              .toLowerCase()
          : "",
      dle: e,
      dl: l,
      doublure: d,
      lr,
      signaal,
      ...(leerachterstand !== undefined ? { leerachterstand } : {}),
      lwooPro: signaal === LR_ONDER_GROEP_6 || (leerachterstand !== undefined && leerachterstand > LA_GRENS),
    });
  }
  return uit;
}

const TAAL = /taal|lezen/;
const REKENEN = /rekenen/;

export function leerrendementen(rijen: readonly LeerrendementRij[]): Leerrendementen {
  const onder = (leerling: string, vak: RegExp) =>
    rijen.some((r) => r.leerling === leerling && vak.test(r.vak) && r.signaal === LR_ONDER_GROEP_6);
  const leerlingen = [...new Set(rijen.map((r) => r.leerling))];
  return { rijen, uitsluitbaar: leerlingen.filter((l) => onder(l, TAAL) && onder(l, REKENEN)) };
}

/** "2 van 9: Ada (rekenen), Bram (taal)" for the rows that match. */
export function lrTelling(rijen: readonly LeerrendementRij[], telt: (r: LeerrendementRij) => boolean): string {
  const wel = rijen.filter(telt);
  return `${wel.length} van ${rijen.length}${wel.length > 0 ? `: ${wel.map((r) => `${r.leerling}${r.vak ? ` (${r.vak})` : ""}`).join(", ")}` : ""}`;
}

export const isHaalbaar = (r: LeerrendementRij) => r.signaal === LR_HAALBAAR;
