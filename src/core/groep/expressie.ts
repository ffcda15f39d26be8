/**
 * A helper cell as a small expression: what it computes from which cells. The same expression is
 * rendered as a built-in Excel formula (so the workbook computes and colours where the add-in is
 * absent, and follows every edit of a score or of the Normen sheet) and evaluated here by the core
 * (the values a file carries as cached values, and what the report and the school figures use).
 * test/core/groep/ingebouwd.test.ts proves in a spreadsheet engine that the two agree.
 *
 * The helper cells follow the LVS functions, with two differences that make a coloured sheet honest:
 * a score that is not an IEP ontwikkelscore (src/core/groep/schaal.ts) gets no helper values at all,
 * and a score above the range of its toets is named ("boven bereik 4a") instead of an error.
 */
import { celAdres } from "../adres";
import type { CellValue } from "../cell";
import { isLvsError } from "../errors";
import type { Output } from "../formulas/evaluate";
import { kleur } from "../kleur";
import { leergroei } from "../leergroei";
import { halfjaren, type Moment } from "../moment";
import { niveau, opWegNaar, passendeToets, GEEN_RESULTAAT, HOGERE_TOETS, LAGERE_TOETS, PASSEND } from "../niveau";
import { readNorm } from "../norm";
import { indicatieveGroei, normlijn } from "../normlijn";
import { leesNormtabel } from "../normtabel";
import type { Cel } from "../overzicht/metingen";
import { readToets, type Toets } from "../toets";
import { FOUT_DEEL, FOUT_WAARDE, getal, getalTekst, isPlausibel, tekst } from "./ingebouwd";
import { opzoeken, type NormenBlad } from "./opzoekblad";
import { plausibeleScore } from "../schaal";
import { plat } from "../plat";

/** How the expected growth between two afnames is known. */
export type Verwachting =
  /** A number worked out when colouring (a doublure: the growth over the time that passed). */
  | { readonly soort: "vast"; readonly groei: number }
  /** The rise of the indicatieve 2F/1S line between the two moments. */
  | { readonly soort: "standaard" }
  /** The rise of the school's landelijk line (Normen sheet); the indicatieve rise where it has no values. */
  | { readonly soort: "landelijk"; readonly lijn: string; readonly normen: NormenBlad };

/**
 * The score cells an expression names are "gelezen" cells (`gelezen: true`): helper cells that
 * hold the score as the core reads it, a number on the scale or nothing. Then the expression only
 * asks ISNUMBER of them, instead of reading and checking the user's cell again in every formula.
 */
interface Bron {
  readonly gelezen?: true;
}

export type Expr =
  /** The score as the core reads it: a number on the scale, else empty. */
  | { readonly kind: "score"; readonly score: Cel }
  | ({ readonly kind: "niveau"; readonly score: Cel; readonly toets: string } & Bron)
  | ({ readonly kind: "passend"; readonly score: Cel; readonly toets: string } & Bron)
  | { readonly kind: "norm"; readonly lijn: string; readonly moment: Moment; readonly normen?: NormenBlad }
  | ({
      readonly kind: "leergroei";
      readonly vorige: Cel;
      readonly huidige: Cel;
      readonly vorigMoment: Moment;
      readonly huidigMoment: Moment;
      readonly verwacht: Verwachting;
    } & Bron)
  | ({ readonly kind: "kleur"; readonly score: Cel; readonly norm?: Cel; readonly leergroei?: Cel } & Bron);

export const BOVEN_BEREIK = "boven bereik";
/** What Passende toets says for a score the toets cannot give: another toets was probably made. */
export const BOVEN_BEREIK_ADVIES = "boven bereik: controleer de toets";

export type Lookup = (cel: Cel) => CellValue;

/** The value Excel shows for the helper cell, computed by the core. */
export function evaluateExpr(expr: Expr, lookup: Lookup): Output {
  // A gelezen cell holds what plausibeleScore gives, so reading it again gives the same: no case
  // below needs to know whether its score cells are gelezen ones.
  switch (expr.kind) {
    case "score":
      return plausibeleScore(lookup(expr.score)) ?? "";
    case "niveau":
    case "passend": {
      const score = plausibeleScore(lookup(expr.score));
      if (score === undefined || expr.toets.trim() === "") return "";
      const toets = readToets(expr.toets);
      if (isLvsError(toets)) return toets;
      return expr.kind === "niveau" ? helperNiveau(score, toets) : helperPassend(score, toets);
    }
    case "norm": {
      const waarde = normlijn(
        readNorm(expr.lijn),
        expr.moment,
        expr.normen ? leesNormtabel(expr.normen.cellen) : undefined,
      );
      return isLvsError(waarde) && waarde.error === "#N/A" ? "" : waarde;
    }
    case "leergroei": {
      const vorige = plausibeleScore(lookup(expr.vorige));
      const huidige = plausibeleScore(lookup(expr.huidige));
      if (vorige === undefined || huidige === undefined) return "";
      const afnames = {
        vorigeScore: vorige,
        huidigeScore: huidige,
        vorigMoment: expr.vorigMoment,
        huidigMoment: expr.huidigMoment,
      };
      const verwacht = verwachteGroei(expr);
      return verwacht === undefined ? leergroei(afnames) : leergroei({ ...afnames, verwachteGroei: verwacht });
    }
    case "kleur": {
      const score = plausibeleScore(lookup(expr.score));
      if (score === undefined) return "";
      const getalIn = (cel: Cel | undefined) => {
        const waarde = cel ? lookup(cel) : undefined;
        return typeof waarde === "number" ? waarde : undefined;
      };
      return kleur({ ontwikkelscore: score, normwaarde: getalIn(expr.norm), leergroei: getalIn(expr.leergroei) });
    }
  }
}

function helperNiveau(score: number, toets: Toets): Output {
  if (toets.soort === "halfjaar" && score > toets.hoogste) return `${BOVEN_BEREIK} ${toets.label}`;
  return niveau(score, toets);
}

function helperPassend(score: number, toets: Toets): Output {
  if (toets.soort !== "halfjaar") return "";
  return score > toets.hoogste ? BOVEN_BEREIK_ADVIES : passendeToets(score, toets);
}

/** The expected growth the core divides by; undefined: the indicatieve rise, which LEERGROEI works out itself. */
function verwachteGroei(expr: Extract<Expr, { kind: "leergroei" }>): number | undefined {
  const { verwacht } = expr;
  if (verwacht.soort === "vast") return verwacht.groei;
  if (verwacht.soort === "standaard") return undefined;
  const tabel = leesNormtabel(verwacht.normen.cellen);
  const norm = readNorm(verwacht.lijn);
  const nu = normlijn(norm, expr.huidigMoment, tabel);
  const toen = normlijn(norm, expr.vorigMoment, tabel);
  return isLvsError(nu) || isLvsError(toen) ? undefined : nu - toen;
}

/**
 * Whether two helper cells hold the same formula, each seen from its own row (the same computation
 * on their own row, the same formula in R1C1 terms): a run of them down a column is written once and
 * filled down, and only the first is ever rendered. Compared field by field, without making a key
 * per cell: this runs for every helper cell of a whole school.
 */
export function zelfdeVorm(a: Expr, rijA: number, b: Expr, rijB: number): boolean {
  const d = rijA - rijB;
  if (gelezen(a) !== gelezen(b)) return false;
  switch (a.kind) {
    case "score":
      return b.kind === "score" && zelfdeCel(a.score, b.score, d);
    case "niveau":
    case "passend":
      return b.kind === a.kind && a.toets === b.toets && zelfdeCel(a.score, b.score, d);
    case "norm":
      return b.kind === "norm" && a.moment === b.moment && a.lijn === b.lijn;
    case "leergroei":
      return (
        b.kind === "leergroei" &&
        zelfdeCel(a.vorige, b.vorige, d) &&
        zelfdeCel(a.huidige, b.huidige, d) &&
        a.vorigMoment === b.vorigMoment &&
        a.huidigMoment === b.huidigMoment &&
        zelfdeVerwachting(a.verwacht, b.verwacht)
      );
    case "kleur":
      return (
        b.kind === "kleur" &&
        zelfdeCel(a.score, b.score, d) &&
        (a.norm && b.norm ? zelfdeCel(a.norm, b.norm, d) : a.norm === b.norm) &&
        (a.leergroei && b.leergroei ? zelfdeCel(a.leergroei, b.leergroei, d) : a.leergroei === b.leergroei)
      );
  }
}

function gelezen(expr: Expr): boolean {
  return "gelezen" in expr && expr.gelezen === true;
}

/** The same column, and as many rows away from each cell's own row (`d`: how far apart the rows are). */
function zelfdeCel(a: Cel, b: Cel, d: number): boolean {
  return a.kolom === b.kolom && a.rij - b.rij === d;
}

/** The lookup sheet's place is fixed, so a landelijk line is known by its name. */
function zelfdeVerwachting(a: Verwachting, b: Verwachting): boolean {
  switch (a.soort) {
    case "vast":
      return b.soort === "vast" && a.groei === b.groei;
    case "landelijk":
      return b.soort === "landelijk" && a.lijn === b.lijn;
    case "standaard":
      return b.soort === "standaard";
  }
}

/** The formula text in Excel's invariant (English) syntax, as Office.js range.formulas expects. */
export function renderFormula(expr: Expr): string {
  return plat(`=${render(expr)}`);
}

function render(expr: Expr): string {
  switch (expr.kind) {
    case "score": {
      const s = celAdres(expr.score.rij, expr.score.kolom);
      return `IF(${isPlausibel(s)},${getal(s)},"")`;
    }
    case "niveau":
    case "passend":
      return renderToets(expr);
    case "norm":
      return `IFNA(${opzoeken(expr.lijn, expr.moment)},"")`;
    case "leergroei": {
      const v = celAdres(expr.vorige.rij, expr.vorige.kolom);
      const h = celAdres(expr.huidige.rij, expr.huidige.kolom);
      const { isScore, waarde } = lezen(expr);
      return `IF(AND(${isScore(v)},${isScore(h)}),${renderGroei(expr, `(${waarde(h)}-${waarde(v)})`)},"")`;
    }
    case "kleur": {
      const s = celAdres(expr.score.rij, expr.score.kolom);
      const { isScore, waarde } = lezen(expr);
      const delen: string[] = [];
      if (expr.leergroei) {
        const g = celAdres(expr.leergroei.rij, expr.leergroei.kolom);
        delen.push(`IF(ISNUMBER(${g}),IF(${g}>=1,"donker","licht"),"")`);
      }
      if (expr.norm) {
        const n = celAdres(expr.norm.rij, expr.norm.kolom);
        delen.push(`IF(ISNUMBER(${n}),IF(${waarde(s)}>=${n},"groen","blauw"),"")`);
      }
      return delen.length === 0 ? '""' : `IF(${isScore(s)},${delen.join("&")},"")`;
    }
  }
}

/** NIVEAU and PASSENDETOETS with the toets as it stood when colouring: IEP's fixed bounds, written out. */
function renderToets(expr: Extract<Expr, { kind: "niveau" | "passend" }>): string {
  if (expr.toets.trim() === "") return '""';
  const s = celAdres(expr.score.rij, expr.score.kolom);
  const { isScore, waarde } = lezen(expr);
  const n = waarde(s);
  const toets = readToets(expr.toets);
  let body: string;
  if (isLvsError(toets)) {
    body = FOUT_WAARDE;
  } else if (expr.kind === "passend") {
    if (toets.soort !== "halfjaar") return '""';
    body =
      `IF(${n}>${toets.hoogste},${tekst(BOVEN_BEREIK_ADVIES)},IF(${n}<=${toets.laagste},${tekst(LAGERE_TOETS)},` +
      `IF(${n}>=${toets.hoogste},${tekst(HOGERE_TOETS)},${tekst(PASSEND)})))`;
  } else if (toets.soort === "halfjaar") {
    body =
      `IF(${n}>${toets.hoogste},${tekst(`${BOVEN_BEREIK} ${toets.label}`)},IF(${n}<${toets.laagste},${tekst(GEEN_RESULTAAT)},` +
      `IF(${n}>=${toets.drempelwaarde},${tekst(toets.label)},${tekst(toets.opWeg)})))`;
  } else {
    // The highest level of the span that the score reaches, else on the way to the lowest.
    const laagste = toets.niveaus[0];
    body = tekst(opWegNaar(laagste ? laagste.label : toets.label));
    for (const stap of toets.niveaus) body = `IF(${n}>=${stap.drempelwaarde},${tekst(stap.label)},${body})`;
  }
  return `IF(${isScore(s)},${body},"")`;
}

const UIT_GELEZEN = { isScore: (ref: string) => `ISNUMBER(${ref})`, waarde: (ref: string) => ref };
const UIT_DE_CEL = { isScore: isPlausibel, waarde: getal };

/** How a formula tests and reads its score cells: a gelezen cell is a number or nothing already. */
function lezen(bron: Bron): { isScore: (ref: string) => string; waarde: (ref: string) => string } {
  return bron.gelezen ? UIT_GELEZEN : UIT_DE_CEL;
}

/** Growth ÷ expected growth, with LEERGROEI's errors: #DIV/0! for 0, #VALUE! for a negative or unordered expectation. */
function renderGroei(expr: Extract<Expr, { kind: "leergroei" }>, groei: string): string {
  const { verwacht } = expr;
  if (verwacht.soort === "vast") {
    if (verwacht.groei === 0) return FOUT_DEEL;
    return verwacht.groei < 0 ? FOUT_WAARDE : `${groei}/${getalTekst(verwacht.groei)}`;
  }
  const standaard = standaardGroei(expr.vorigMoment, expr.huidigMoment);
  const terug = standaard === undefined ? FOUT_WAARDE : getalTekst(standaard);
  if (verwacht.soort === "standaard") return standaard === undefined ? FOUT_WAARDE : `${groei}/${terug}`;
  const e = `IFNA(${opzoeken(verwacht.lijn, expr.huidigMoment)}-${opzoeken(verwacht.lijn, expr.vorigMoment)},${terug})`;
  return `IF(${e}=0,${FOUT_DEEL},IF(${e}<0,${FOUT_WAARDE},${groei}/${e}))`;
}

/** The rise of the indicatieve 2F/1S line; undefined when the current moment is not after the previous. */
function standaardGroei(vorig: Moment, huidig: Moment): number | undefined {
  if (halfjaren(huidig) <= halfjaren(vorig)) return undefined;
  return indicatieveGroei(vorig, huidig) ?? 0;
}

/** A computed value as another expression sees it in its cell. */
export function toCell(output: Output): CellValue {
  if (isLvsError(output)) return { cellError: output.error };
  return output === "" ? null : output;
}
