/**
 * Recognising what a column holds from its header, as IB'ers name their columns: one row of
 * headers ("Naam", "Rekenen 5b") or two ("Rekenen" merged over "M5" and "E5").
 */
import { labelKey } from "../cell";
import type { Moment } from "../moment";
import { vindVaardigheid, type Vaardigheid } from "./vaardigheid";
import { onthoud } from "../onthoud";

/** Half of the school year when a header says "midden" or "eind" instead of a moment. */
export type Deel = "a" | "b";

export type Kolomrol =
  | { readonly rol: "leerling" }
  | { readonly rol: "groep" }
  | { readonly rol: "schooljaar" }
  | { readonly rol: "vaardigheid" }
  | { readonly rol: "moment" }
  | { readonly rol: "toets"; readonly vaardigheid?: Vaardigheid; readonly moment?: Moment; readonly deel?: Deel }
  | { readonly rol: "score"; readonly vaardigheid?: Vaardigheid; readonly moment?: Moment; readonly deel?: Deel }
  | { readonly rol: "niveau"; readonly vaardigheid?: Vaardigheid; readonly moment?: Moment; readonly deel?: Deel }
  | { readonly rol: "uitgesloten" }
  | { readonly rol: "datum" };

const EXACT: ReadonlyArray<readonly [RegExp, Kolomrol["rol"]]> = [
  [
    /^(naam|namen|leerling|leerlingen|leerlingnaam|naam leerling|roepnaam|name|leerlingnummer|leerling ?nr\.?|nr\.?)$/,
    "leerling",
  ],
  [/^(groep|leerjaar|jaargroep|klas|gr\.?|groep ?\/ ?leerjaar)$/, "groep"],
  [/^(schooljaar|school ?jaar|jaar)$/, "schooljaar"],
  [/^(vaardigheid|vak|vakgebied|toetsonderdeel|onderdeel|toetsvak)$/, "vaardigheid"],
  [/^(afname|moment|periode|toetsmoment|afnamemoment|meetmoment|afnameperiode)$/, "moment"],
  [/^(toets|toetsniveau|niveau toets|gemaakte toets|afgenomen toets|toetsversie)$/, "toets"],
  [/^(ontwikkelscore|score|os|ontw\.? ?score|vaardigheidsscore)$/, "score"],
  [/^(niveau|resultaat|behaald niveau|niveau iep)$/, "niveau"],
  [
    /^(uitgesloten|uitsluiten|niet meetellen|uitgesloten \(reden\)|reden uitsluiting|uitsluitingsgrond)$/,
    "uitgesloten",
  ],
  [/^(datum|afnamedatum|toetsdatum|datum afname|afgenomen op)$/, "datum"],
];

/** A header that names the pupil in other words: "Achternaam, voornaam", "Naam van de leerling". */
const NAAM = /\b(naam|namen|leerling|voornaam|achternaam|roepnaam)\b/;

/** A dash after the vaardigheid and then words: "rekenen – getallen", not "rekenen - m5". */
const DETAIL = /^[-–—]\s*\p{L}/u;

const IEP_MOMENT = /\b([3-8]) ?([ab])\b/;
const CITO_MOMENT = /\b([me]) ?([3-8])\b/;
const MIDDEN = /\b(midden|mid|januari|jan|februari|feb|m)\b/;
const EIND = /\b(eind|juni|jun|e)\b/;

export interface MomentInKop {
  readonly moment?: Moment;
  readonly deel?: Deel;
}

/** A moment in a header: "5a", "M5", "E 5"; or only the half, "midden" or "eind". */
export const vindMoment: (text: string) => MomentInKop = onthoud(leesMoment);

function leesMoment(text: string): MomentInKop {
  const key = labelKey(text);
  const iep = IEP_MOMENT.exec(key);
  if (iep) return { moment: `${iep[1]}${iep[2]}` as Moment };
  const cito = CITO_MOMENT.exec(key);
  if (cito) return { moment: `${cito[2]}${cito[1] === "m" ? "a" : "b"}` as Moment };
  if (MIDDEN.test(key)) return { deel: "a" };
  if (EIND.test(key)) return { deel: "b" };
  return {};
}

/** A header that is only a moment ("M5", "5a", "eind"): a score column on a sheet of one vaardigheid. */
export function isKaalMoment(text: string): boolean {
  const key = labelKey(text);
  return /^([3-8] ?[ab]|[me] ?[3-8]|midden|eind|januari|juni)$/.test(key);
}

export function herkenKop(text: string): Kolomrol | undefined {
  const key = labelKey(text)
    .replace(/[:*]+$/, "")
    .trim();
  if (key === "") return undefined;
  for (const [pattern, rol] of EXACT) if (pattern.test(key)) return { rol } as Kolomrol;
  const gevonden = vindVaardigheid(key);
  if (!gevonden) return NAAM.test(key) ? { rol: "leerling" } : undefined;
  const { vaardigheid, rest } = gevonden;
  const when = vindMoment(rest);
  const restZonderMoment = rest.replace(IEP_MOMENT, " ").replace(CITO_MOMENT, " ");
  // "Rekenen – getallen": a domain or aspect score (percentage goed), read by core/leerling/details.ts.
  if (DETAIL.test(rest) && !isKaalMoment(rest.replace(/^[-–—]\s*/, ""))) return undefined;
  // A percentage-correct column ("Rekenen % goed E7") is no score either.
  if (/%/.test(restZonderMoment)) return undefined;
  if (/\btoets\b/.test(restZonderMoment)) return { rol: "toets", vaardigheid, ...when };
  if (/\b(niveau|resultaat)\b/.test(restZonderMoment)) return { rol: "niveau", vaardigheid, ...when };
  if (/\b(leergroei|groei|kleur|norm|passend|%|procent|percentage|datum)\b/.test(restZonderMoment)) return undefined;
  return { rol: "score", vaardigheid, ...when };
}
