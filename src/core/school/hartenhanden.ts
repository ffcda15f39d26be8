/**
 * Hart en handen: the pupil's picture of him- or herself in three questionnaires, shown as spider
 * charts. No norm and no pass or fail: the group mean per aspect is a starting point for a talk,
 * and a high sociaalwenselijkheid (above 58%, leerjaar 5 to 8) means read with care.
 */
import data from "../../data/hart-en-handen.json";
import { isEmpty, readPercentage, SHARE, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { gemiddelde } from "../statistiek";

export interface Vragenlijst {
  readonly id: string;
  readonly naam: string;
  readonly aspecten: readonly string[];
  readonly schoolbeleving?: readonly string[];
}

export const VRAGENLIJSTEN: readonly Vragenlijst[] = data.vragenlijsten;
export const SOCIAALWENSELIJKHEID = data.sociaalwenselijkheid;

export interface HartEnHandenLeerling {
  readonly leerling: string;
  readonly leerjaar?: number;
  /** Per aspect the percentage (0–100) the pupil gave him- or herself. */
  readonly waarden: Readonly<Record<string, number>>;
  readonly sociaalwenselijkheid?: number;
  /** Above 58% from leerjaar 5: interpret with care. */
  readonly voorzichtig: boolean;
}

export interface HartEnHanden {
  readonly leerlingen: readonly HartEnHandenLeerling[];
  /** Group mean per aspect (0–100), for the aspects the sheet has. */
  readonly gemiddelden: Readonly<Record<string, number>>;
  /** Column headers read under another name than IEP's, with the IEP name they were read as. */
  readonly herkend: readonly { readonly kop: string; readonly aspect: string }[];
}

const key = (tekst: string) => tekst.toLowerCase().replace(/[^a-z]/g, "");
const ALLE_ASPECTEN = VRAGENLIJSTEN.flatMap((i) => [...i.aspecten, ...(i.schoolbeleving ?? [])]);
const VARIANTEN: Readonly<Record<string, readonly string[]>> = data.varianten;
// IEP's own name first, then the names schools use in their own overviews ("Empathie", "Doorzetten").
const ASPECT_VAN_SLEUTEL = new Map([
  ...ALLE_ASPECTEN.map((a): [string, string] => [key(a), a]),
  ...ALLE_ASPECTEN.flatMap((a) => (VARIANTEN[a] ?? []).map((v): [string, string] => [key(v), a])),
]);
const SW_SLEUTEL = key(SOCIAALWENSELIJKHEID.kolom);

/** In words, which headers were read under IEP's name; undefined when every header was IEP's name already. */
export function herkendeNamen(h: HartEnHanden): string | undefined {
  if (h.herkend.length === 0) return undefined;
  return `Gelezen onder de naam van IEP: ${h.herkend.map((r) => `'${r.kop}' als ${r.aspect}`).join(", ")}.`;
}

function procent(value: CellValue): number | undefined {
  if (isEmpty(value)) return undefined;
  const f = readPercentage(value, "aspect", SHARE);
  return isLvsError(f) ? undefined : Math.round(f * 1000) / 10;
}

/** Finds a table with a pupil column and at least three aspect columns; undefined when the sheet has none. */
export function leesHartEnHanden(cellen: readonly (readonly CellValue[])[]): HartEnHanden | undefined {
  for (let r = 0; r < Math.min(30, cellen.length); r++) {
    const kop = (cellen[r] ?? []).map((v) => (typeof v === "string" ? v : ""));
    const aspectKolom = new Map<string, number>();
    const herkend: { kop: string; aspect: string }[] = [];
    kop.forEach((k, c) => {
      const aspect = k === "" ? undefined : ASPECT_VAN_SLEUTEL.get(key(k));
      if (!aspect || aspectKolom.has(aspect)) return;
      aspectKolom.set(aspect, c);
      if (key(k) !== key(aspect)) herkend.push({ kop: k.trim(), aspect });
    });
    const naam = kop.findIndex((k) => /^(naam|leerling|leerlingnaam)$/i.test(k.trim()));
    if (naam < 0 || aspectKolom.size < 3) continue;
    const leerjaarKolom = kop.findIndex((k) => /^(leerjaar|groep)$/i.test(k.trim()));
    const swKolom = kop.findIndex((k) => key(k) === SW_SLEUTEL);
    const leerlingen: HartEnHandenLeerling[] = [];
    for (const rij of cellen.slice(r + 1)) {
      const leerling = typeof rij[naam] === "string" ? (rij[naam] as string).trim() : "";
      if (leerling === "") continue;
      const waarden: Record<string, number> = {};
      for (const [aspect, c] of aspectKolom) {
        const p = procent(rij[c]);
        if (p !== undefined) waarden[aspect] = p;
      }
      const leerjaarMatch = leerjaarKolom >= 0 ? /([1-8])/.exec(String(rij[leerjaarKolom] ?? "")) : null;
      const leerjaar = leerjaarMatch ? Number(leerjaarMatch[1]) : undefined;
      const sw = swKolom >= 0 ? procent(rij[swKolom]) : undefined;
      const voorzichtig =
        sw !== undefined &&
        sw > SOCIAALWENSELIJKHEID.bovenProcent &&
        (leerjaar ?? 8) >= SOCIAALWENSELIJKHEID.vanafLeerjaar;
      leerlingen.push({
        leerling,
        ...(leerjaar ? { leerjaar } : {}),
        waarden,
        ...(sw !== undefined ? { sociaalwenselijkheid: sw } : {}),
        voorzichtig,
      });
    }
    const gemiddelden: Record<string, number> = {};
    for (const aspect of aspectKolom.keys()) {
      const g = gemiddelde(leerlingen.map((l) => l.waarden[aspect]).filter((w): w is number => w !== undefined));
      if (g !== undefined) gemiddelden[aspect] = Math.round(g * 10) / 10;
    }
    return { leerlingen, gemiddelden, herkend };
  }
  return undefined;
}
