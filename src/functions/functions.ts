/**
 * The custom functions as Excel sees them (namespace LVS). Each wrapper only passes its arguments
 * to the core; custom-functions-metadata reads the comments below to write functions.json, so
 * they are the Dutch help text users see in Excel's formula bar.
 *
 * Every parameter is typed any[][] so that a range spills a result of the same shape.
 */
import "./outside-excel";
import { evaluate } from "../core/formulas/evaluate";
import {
  KLEUR,
  LEERGROEI,
  LEERRENDEMENT,
  NIVEAU,
  NORMLIJN,
  PASSENDETOETS,
  SIGNALERING,
} from "../core/formulas/definitions";
import { fromExcel, toExcel } from "./excel-values";

/**
 * Niveau bij een ontwikkelscore: "geen resultaat", "op weg naar 4a" of "4a". Een gelijke score telt als gehaald.
 * @customfunction NIVEAU
 * @param ontwikkelscore Ontwikkelscore uit IEP; een cel of een bereik (dan komt er een bereik uit).
 * @param toets Gemaakte toets: 3a t/m 6b, 1F, 2F, 1S, 2F/1S, 3F, <1F-1F, 1F-2F, 1F-1S of 2F-3F.
 * @returns Het niveau als tekst.
 */
export function niveau(ontwikkelscore: any[][], toets: any[][]): any[][] {
  return toExcel(evaluate(NIVEAU, [fromExcel(ontwikkelscore), fromExcel(toets)]));
}

/**
 * Leergroei ten opzichte van de verwachte groei: 1 = zoals verwacht (leergroeimeter half vol), meer dan 1 = meer groei, minder dan 0 = achteruit.
 * @customfunction LEERGROEI
 * @param vorige_score Ontwikkelscore bij de vorige afname.
 * @param huidige_score Ontwikkelscore bij de huidige afname.
 * @param vorig_moment Moment van de vorige afname: 3a t/m 8b (of M3 t/m E8).
 * @param huidig_moment Moment van de huidige afname; moet later liggen, tenzij je de verwachte groei opgeeft.
 * @param [verwachte_groei] Verwachte groei in punten, bijvoorbeeld het verschil van de landelijke lijn; leeg = indicatieve standaard.
 * @returns Groei gedeeld door verwachte groei.
 */
export function leergroei(
  vorige_score: any[][],
  huidige_score: any[][],
  vorig_moment: any[][],
  huidig_moment: any[][],
  verwachte_groei?: any[][],
): any[][] {
  const args = [vorige_score, huidige_score, vorig_moment, huidig_moment, verwachte_groei];
  return toExcel(evaluate(LEERGROEI, withoutOmitted(args).map(fromExcel)));
}

/**
 * Ontwikkelscore van een normlijn op een moment: 1F, 2F/1S (ook 2F of 1S), landelijk, schoolweging of een kolom uit je normtabel.
 * @customfunction NORMLIJN
 * @param norm 1F, 2F, 1S, 2F/1S, landelijk, schoolweging, of een kolomkop uit de normtabel (zoals "landelijk rekenen").
 * @param moment Moment: 3a t/m 8b (of M3 t/m E8).
 * @param [normtabel] Tabel met de lijnen uit je IEP LVS: eerste kolom momenten, eerste rij normnamen (bijvoorbeeld het blad Normen).
 * @returns De ontwikkelscore van de lijn.
 */
export function normlijn(norm: any[][], moment: any[][], normtabel?: any[][]): any[][] {
  return toExcel(evaluate(NORMLIJN, withoutOmitted([norm, moment, normtabel]).map(fromExcel)));
}

/**
 * Leerrendement (LR) = DLE / DL. Opmaken als percentage.
 * @customfunction LEERRENDEMENT
 * @param dle De didactische leeftijdsequivalent (DLE): de maanden onderwijs die de leerling beheerst.
 * @param dl Didactische leeftijd: maanden onderwijs sinds de start van groep 3 (60 eind groep 8).
 * @returns Het leerrendement als breuk (0,83 = 83%).
 */
export function leerrendement(dle: any[][], dl: any[][]): any[][] {
  return toExcel(evaluate(LEERRENDEMENT, [fromExcel(dle), fromExcel(dl)]));
}

/**
 * Toetst een uitkomst aan een signaleringsnorm: Cito-tabellen van het kwaliteitshandboek (DMT, BL, BL3, RW, RW3, SP, SP3), leerrendement (LR) of de inspectie (1F, 2F/1S).
 * @customfunction SIGNALERING
 * @param waarde Groepsgemiddelde vaardigheidsscore (Cito), leerrendement (LR) of aandeel leerlingen (1F, 2F/1S).
 * @param norm DMT, BL, BL3, RW, RW3, SP, SP3, LR, 1F of 2F/1S.
 * @param [moment] Cito-moment, bijvoorbeeld M5 of E6 (ook B8); alleen nodig bij de Cito-normen.
 * @param [extra] BL/RW: aandeel gewogen leerlingen. LR: WAAR na een doublure. 2F/1S: de signaleringswaarde van je school.
 * @returns Voldoende, code oranje, code rood, onder signaleringswaarde, of wat het LR zegt over 1F.
 */
export function signalering(waarde: any[][], norm: any[][], moment?: any[][], extra?: any[][]): any[][] {
  return toExcel(evaluate(SIGNALERING, withoutOmitted([waarde, norm, moment, extra]).map(fromExcel)));
}

/**
 * Was de toets passend? Bij 3a t/m 6b wijst de laagste score op een lagere en de hoogste op een hogere toets; bij 1F/2F/3F minder dan 40% goed op een lagere en meer dan 85% op een hogere. Een richtlijn.
 * @customfunction PASSENDETOETS
 * @param waarde Ontwikkelscore (3a t/m 6b) of percentage goed (1F, 2F/1S, 3F en spantoetsen).
 * @param toets De gemaakte toets.
 * @returns "passend", "lagere toets overwegen" of "hogere toets overwegen".
 */
export function passendetoets(waarde: any[][], toets: any[][]): any[][] {
  return toExcel(evaluate(PASSENDETOETS, [fromExcel(waarde), fromExcel(toets)]));
}

/**
 * Kleur van een score als tekst: donkergroen, lichtgroen, donkerblauw, lichtblauw; groen/blauw zonder eerdere afname; donker/licht zonder norm.
 * @customfunction KLEUR
 * @param ontwikkelscore De ontwikkelscore van de leerling.
 * @param [normwaarde] De normlijn op dat moment (bijvoorbeeld LVS.NORMLIJN); leeg = geen norm.
 * @param [leergroei] De leergroei (LVS.LEERGROEI); leeg = geen eerdere afname.
 * @returns De kleur als woord, of leeg als er niets te kleuren is.
 */
export function kleur(ontwikkelscore: any[][], normwaarde?: any[][], leergroei?: any[][]): any[][] {
  return toExcel(evaluate(KLEUR, withoutOmitted([ontwikkelscore, normwaarde, leergroei]).map(fromExcel)));
}

/** Excel passes an omitted optional argument as null; trailing ones are simply not given. */
function withoutOmitted<T>(args: readonly (T | null | undefined)[]): (T | null)[] {
  let end = args.length;
  while (end > 0 && (args[end - 1] === undefined || args[end - 1] === null)) end--;
  return args.slice(0, end).map((a) => (a === undefined ? null : a));
}
