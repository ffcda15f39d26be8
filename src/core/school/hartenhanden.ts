/**
 * Hart en handen: the pupil's picture of him- or herself in three questionnaires, shown as spider
 * charts. No norm and no pass or fail: the group mean per aspect is a starting point for a talk,
 * and a high sociaalwenselijkheid (above 58%, leerjaar 5 to 8) means read with care.
 */
import data from "../../data/hart-en-handen.json";
import { isEmpty, readPercentage, SHARE, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { gemiddelde } from "../statistiek";

export interface Instrument {
  readonly id: string;
  readonly naam: string;
  readonly aspecten: readonly string[];
  readonly schoolbeleving?: readonly string[];
}

export const INSTRUMENTEN: readonly Instrument[] = data.instrumenten;
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
}

// "Empatisch vermogen" appears in IEP's own diagram too; both spellings are one aspect.
const key = (tekst: string) => tekst.toLowerCase().replace(/empatisch/, "empathisch").replace(/[^a-z]/g, "");
const ALLE_ASPECTEN = INSTRUMENTEN.flatMap((i) => [...i.aspecten, ...(i.schoolbeleving ?? [])]);
const ASPECT_VAN_SLEUTEL = new Map(ALLE_ASPECTEN.map((a) => [key(a), a]));
const SW_SLEUTEL = key(SOCIAALWENSELIJKHEID.kolom);

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
    kop.forEach((k, c) => {
      const aspect = k === "" ? undefined : ASPECT_VAN_SLEUTEL.get(key(k));
      if (aspect) aspectKolom.set(aspect, c);
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
      const voorzichtig = sw !== undefined && sw > SOCIAALWENSELIJKHEID.bovenProcent && (leerjaar ?? 8) >= SOCIAALWENSELIJKHEID.vanafLeerjaar;
      leerlingen.push({ leerling, ...(leerjaar ? { leerjaar } : {}), waarden, ...(sw !== undefined ? { sociaalwenselijkheid: sw } : {}), voorzichtig });
    }
    const gemiddelden: Record<string, number> = {};
    for (const aspect of aspectKolom.keys()) {
      const g = gemiddelde(leerlingen.map((l) => l.waarden[aspect]).filter((w): w is number => w !== undefined));
      if (g !== undefined) gemiddelden[aspect] = Math.round(g * 10) / 10;
    }
    return { leerlingen, gemiddelden };
  }
  return undefined;
}
