/**
 * The group summary of stappenplan steps 2.1, 2.2, 2.4 and 2.5 as tables and charts for a sheet
 * of its own: per vaardigheid the group mean against the goal of the moment, the spread, pupils
 * per niveau and per colour; a voortgangsgrafiek and a spreiding chart per vaardigheid.
 */
import type { Bereik } from "../adres";
import { grafiekRij, type Grafiek } from "../grafiek";
import { KLEUREN, type Kleur } from "../kleur";
import { halfjaren, MOMENTEN, type Moment } from "../moment";
import { defaultNormlijn } from "../normlijn";
import type { Overzicht } from "../overzicht/metingen";
import type { Vaardigheid } from "../overzicht/vaardigheid";
import { gemiddelde, spreiding } from "../statistiek";
import { halfjaartoets, HALFJAARTOETSEN, REFERENTIENIVEAUS } from "../toets";
import { detailBlok, type Detailregel } from "./detailscores";
import { type Kleurplan, type Normkeuze } from "./kleurplan";
import { GEEN_NORM, normNaam } from "../normregister";

export type Waarde = string | number | null;

export interface Blok {
  readonly titel: string;
  readonly rij: number;
  readonly kolom: number;
  readonly koppen: readonly string[];
  readonly rijen: readonly (readonly Waarde[])[];
  /** Number format per column, where it matters. */
  readonly notaties?: readonly (string | undefined)[];
}

export interface Samenvatting {
  readonly titel: string;
  readonly toelichting: readonly string[];
  readonly blokken: readonly Blok[];
  readonly grafieken: readonly Grafiek[];
}

/** The goal the group is measured against at a moment: the level's threshold up to 6b, the 2F/1S line after. */
export function doelOpMoment(moment: Moment): { waarde: number; soort: string } {
  if ((HALFJAARTOETSEN as readonly string[]).includes(moment)) {
    return {
      waarde: halfjaartoets(moment as (typeof HALFJAARTOETSEN)[number]).drempelwaarde,
      soort: `drempelwaarde ${moment}`,
    };
  }
  return { waarde: defaultNormlijn("2F/1S", moment)!, soort: "ontwikkellijn 2F/1S (indicatief)" };
}

const rond = (n: number | undefined, decimalen = 1): number | null =>
  n === undefined ? null : Math.round(n * 10 ** decimalen) / 10 ** decimalen;

function bereikVan(blok: Blok, kolom: number, metKop = false): Bereik {
  const eerste = blok.rij + 1 + (metKop ? 0 : 1);
  return {
    rij: metKop ? blok.rij + 1 : eerste,
    kolom: blok.kolom + kolom,
    rijen: blok.rijen.length + (metKop ? 1 : 0),
    kolommen: 1,
  };
}

/** Rows below a block: its title, header, rows and one blank row. */
function onder(blok: Blok): number {
  return blok.rij + blok.rijen.length + 3;
}

function niveauVolgorde(niveau: string): number {
  if (niveau === "geen resultaat") return 0;
  const label = niveau.replace(/^op weg naar /, "");
  const basis = (MOMENTEN as readonly string[]).indexOf(label);
  const index = basis >= 0 ? basis * 2 : 100 + (REFERENTIENIVEAUS as readonly string[]).indexOf(label) * 2;
  return index + (niveau.startsWith("op weg") ? 1 : 2);
}

export function vatSamen(
  overzicht: Overzicht,
  plan: Kleurplan,
  norm: Normkeuze,
  /** Domain and aspect scores where the sheet has them (detailscores.ts): a table before the charts. */
  details: readonly Detailregel[] = [],
): Samenvatting {
  const vaardigheden = [...new Set(plan.uitkomsten.map((u) => u.vaardigheid))] as Vaardigheid[];
  const blokken: Blok[] = [];

  // Scores per vaardigheid at the latest afname.
  const scores: Blok = {
    titel: "Scores per vaardigheid bij de laatste afname",
    rij: 3,
    kolom: 0,
    koppen: [
      "Vaardigheid",
      "Moment",
      "Aantal",
      "Gemiddelde",
      "Doel",
      "Soort doel",
      "Verschil",
      "Minimum",
      "1e kwartiel",
      "Mediaan",
      "3e kwartiel",
      "Maximum",
    ],
    rijen: vaardigheden.map((v) => {
      const laatste = plan.uitkomsten.filter((u) => u.vaardigheid === v);
      const moment = laatste
        .map((u) => u.moment)
        .filter((m): m is Moment => m !== undefined)
        .sort((a, b) => halfjaren(b) - halfjaren(a))[0];
      const s = spreiding(laatste.map((u) => u.score));
      const doel = moment ? doelOpMoment(moment) : undefined;
      return [
        v,
        moment ?? "",
        s.aantal,
        rond(s.gemiddelde),
        doel?.waarde ?? null,
        doel?.soort ?? "",
        rond(s.gemiddelde !== undefined && doel ? s.gemiddelde - doel.waarde : undefined),
        rond(s.minimum),
        rond(s.kwartiel1),
        rond(s.mediaan),
        rond(s.kwartiel3),
        rond(s.maximum),
      ];
    }),
    notaties: [undefined, undefined, "0", "0.0", "0", undefined, "+0.0;-0.0;0.0", "0.0", "0.0", "0.0", "0.0", "0.0"],
  };
  blokken.push(scores);

  // Pupils per niveau: one row per vaardigheid and niveau, in the order of the levels.
  const niveaus: Blok = {
    titel: "Leerlingen per niveau (laatste afname)",
    rij: onder(scores),
    kolom: 0,
    koppen: ["Vaardigheid", "Niveau", "Aantal"],
    rijen: vaardigheden.flatMap((v) => {
      const telling = new Map<string, number>();
      for (const u of plan.uitkomsten)
        if (u.vaardigheid === v && u.niveau) telling.set(u.niveau, (telling.get(u.niveau) ?? 0) + 1);
      return [...telling]
        .sort(([a], [b]) => niveauVolgorde(a) - niveauVolgorde(b))
        .map(([niveau, n]) => [v, niveau, n]);
    }),
  };
  blokken.push(niveaus);

  // Pupils per colour.
  const kleuren: Blok = {
    titel: `Leerlingen per kleur (${normNaam(norm)})`,
    rij: onder(niveaus),
    kolom: 0,
    koppen: ["Vaardigheid", ...KLEUREN, "zonder kleur"],
    rijen: vaardigheden.map((v) => {
      const van = plan.uitkomsten.filter((u) => u.vaardigheid === v);
      return [
        v,
        ...KLEUREN.map((k: Kleur) => van.filter((u) => u.kleur === k).length),
        van.filter((u) => u.kleur === "").length,
      ];
    }),
  };
  blokken.push(kleuren);

  // Voortgang: the group mean per afname, with the goals of those moments as reference lines.
  const momenten = [
    ...new Set(overzicht.afnames.map((m) => m.moment).filter((m): m is Moment => m !== undefined)),
  ].sort((a, b) => halfjaren(a) - halfjaren(b));
  const drempels = momenten.filter((m) => (HALFJAARTOETSEN as readonly string[]).includes(m));
  const voortgang: Blok = {
    titel: "Voortgang: gemiddelde ontwikkelscore per afname",
    rij: onder(kleuren),
    kolom: 0,
    koppen: ["Moment", ...vaardigheden, ...drempels.map((m) => `drempel ${m}`), "2F/1S (indicatief)"],
    rijen: momenten.map((m) => [
      m,
      ...vaardigheden.map((v) =>
        rond(gemiddelde(overzicht.afnames.filter((x) => x.vaardigheid === v && x.moment === m).map((x) => x.score))),
      ),
      ...drempels.map((d) => halfjaartoets(d as (typeof HALFJAARTOETSEN)[number]).drempelwaarde),
      defaultNormlijn("2F/1S", m) ?? null,
    ]),
  };
  blokken.push(voortgang);

  const grafieken: Grafiek[] = [];
  if (momenten.length > 0) {
    grafieken.push({
      type: "line",
      title: "Voortgang van de groep",
      yTitle: "ontwikkelscore",
      categories: bereikVan(voortgang, 0),
      series: voortgang.koppen.slice(1).map((naam, i) => ({
        name: naam,
        values: bereikVan(voortgang, i + 1),
        ...(i >= vaardigheden.length ? { referentie: true } : {}),
      })),
      anchor: { rij: 0, kolom: 0, rijen: 18, kolommen: 7 }, // placed below the tables at the end
    });
  }

  // Spreiding per vaardigheid: the scores from low to high, with the chosen norm as a line.
  let rij = onder(voortgang);
  vaardigheden.forEach((v) => {
    const laatste = plan.uitkomsten.filter((u) => u.vaardigheid === v).sort((a, b) => a.score - b.score);
    const blok: Blok = {
      titel: `Spreiding ${v}`,
      rij,
      kolom: 0,
      koppen: ["Rang", "Leerling", "Score", norm === GEEN_NORM ? "Norm (geen)" : `Norm ${norm}`],
      rijen: laatste.map((u, r) => [r + 1, u.leerling, u.score, u.normwaarde ?? null]),
    };
    blokken.push(blok);
    rij = onder(blok);
    grafieken.push({
      type: "scatter",
      title: `Spreiding ${v}`,
      yTitle: "ontwikkelscore",
      categories: bereikVan(blok, 0),
      series: [
        { name: "leerlingen", values: bereikVan(blok, 2) },
        ...(norm === GEEN_NORM ? [] : [{ name: normNaam(norm), values: bereikVan(blok, 3), referentie: true }]),
      ],
      anchor: { rij: 0, kolom: 0, rijen: 18, kolommen: 7 },
    });
  });

  if (details.length > 0) {
    const blok = detailBlok(details, rij);
    blokken.push(blok);
    rij = onder(blok);
  }

  // Charts under the tables, two side by side, so the sheet prints on A4 one page wide; each pair
  // in a row of its own with an empty row between.
  const start = rij + 1;
  const geplaatst = grafieken.map((g, i) => ({
    ...g,
    anchor: grafiekRij(start + Math.floor(i / 2) * 2, (i % 2) * 7, 7),
  }));

  return {
    titel: `Groepsoverzicht ${overzicht.blad}`,
    toelichting: [
      `Gemaakt door LVS Analyse uit blad ${overzicht.blad}, norm: ${normNaam(norm)}. Dit is een momentopname: maak het overzicht opnieuw als er scores bijkomen.`,
      "Doel: tot en met 6b de drempelwaarde van het niveau van dat moment, daarna de indicatieve ontwikkellijn 2F/1S.",
    ],
    blokken,
    grafieken: geplaatst,
  };
}
