/**
 * Pupil cards: a sheet per pupil of the chosen group sheet (or of one group in a long export),
 * each printing on one A4 page with the pupil's name at the top. A card is the teacher's once it
 * exists: a second run never writes on it (the open fields keep what was typed) and says so; a
 * card with the newest scores comes when the old sheet has another name. Also the group's detail
 * scores and the passende-toets advice of 1F/2F/3F toetsen on a sheet of their own.
 * Reads the workbook once, writes once: the number of Excel round trips does not grow with the group.
 */
import type { Blok } from "../core/groep/samenvatting";
import type { Normkeuze } from "../core/groep/kleurplan";
import { groepVan, leerlingbeelden, type Leerlingbeeld } from "../core/leerling/beeld";
import { HOE_DETAILS_TOEVOEGEN, HOE_PROCENT_TOEVOEGEN, leesExtra, type Extra } from "../core/leerling/details";
import { HART_BLADNAAM, HART_NODIG, hartPerLeerling, HOE_HART_TOEVOEGEN, type HartBeeld } from "../core/leerling/hart";
import { groepsgemiddelden, maakLeerlingkaart } from "../core/leerling/kaart";
import { PASSEND } from "../core/niveau";
import { vindIndeling, type Kolomindeling } from "../core/overzicht/indeling";
import { chronologisch, leesOverzicht, type Afname, type Overzicht } from "../core/overzicht/metingen";
import { blokCellen, eigenBlad, eigenSleutel, vrijeNaam } from "./eigen-blad";
import { bereidVoor, indelingSleutel, NORMEN_BLAD } from "./kleuring";
import { formulierChanges } from "./kwaliteitskaart";
import type { Change, ReadResult, SheetRead, WorkbookPort } from "./port";

export interface LeerlingkaartVerzoek {
  readonly blad: string;
  readonly norm: Normkeuze;
  /** dd-mm-jjjj, on the card. */
  readonly datum: string;
  /** One group of a long export (its Groep column); needed when the sheet holds several. */
  readonly groep?: string;
  /** Only these pupils (one chosen pupil, say). */
  readonly leerlingen?: readonly string[];
}

export type LeerlingkaartResultaat =
  | {
      readonly status: "klaar";
      readonly tekst: string;
      readonly bladen: readonly string[];
      readonly details: readonly string[];
    }
  | { readonly status: "kiesGroep"; readonly tekst: string; readonly groepen: readonly string[] }
  | { readonly status: "geenGegevens"; readonly tekst: string };

const bronVan = (blad: string, leerling: string) => `leerlingkaart:${blad}:${leerling}`;
/** The page header of a card: the pupil and the group (a wide group sheet is named after its group). */
const koptekst = (beeld: Leerlingbeeld, blad: string) => `Leerlingkaart ${beeld.leerling} – ${beeld.groep ?? blad}`;

interface Gelezen {
  readonly overzicht: Overzicht;
  readonly beelden: Leerlingbeeld[];
  readonly extra: Extra;
  readonly gelezen: ReadResult;
  /** The workbook's sheets, in order, before the cards. */
  readonly namen: readonly string[];
  /** Per pupil (lower case) the hart-en-handen answers; undefined when no sheet holds any. */
  readonly hart?: ReadonlyMap<string, HartBeeld>;
}

/** The groups of the pupils still at school: their latest afname lies in the sheet's latest school year. */
export function huidigeGroepen(overzicht: Overzicht, extra: Extra): string[] {
  let laatsteJaar = "";
  for (const m of overzicht.afnames) if ((m.schooljaar ?? "") > laatsteJaar) laatsteJaar = m.schooljaar ?? "";
  const groepen = new Set<string>();
  for (const m of overzicht.afnames) {
    const groep = groepVan(m, extra);
    if (groep && (m.schooljaar ?? "") === laatsteJaar) groepen.add(groep);
  }
  return [...groepen].sort((a, b) => a.localeCompare(b, "nl", { numeric: true }));
}

/** The mapping the user confirmed for this sheet, else the one the reader finds. */
function indelingVan(blad: SheetRead, settings: Readonly<Record<string, string>>): Kolomindeling | undefined {
  const onthouden = settings[indelingSleutel(blad.naam)];
  if (onthouden) {
    try {
      return JSON.parse(onthouden) as Kolomindeling;
    } catch {
      // A damaged setting: read the sheet afresh.
    }
  }
  return vindIndeling({ naam: blad.naam, cellen: blad.cellen });
}

/** Which pupils get a card: the chosen ones, those whose latest afname is in the chosen group, or all. */
function gekozenLeerlingen(
  overzicht: Overzicht,
  extra: Extra,
  groep: string | undefined,
  leerlingen: readonly string[] | undefined,
): Set<string> {
  const laatste = new Map<string, Afname>();
  for (const m of overzicht.afnames) {
    const eerder = laatste.get(m.leerling);
    if (!eerder || chronologisch(eerder, m) < 0) laatste.set(m.leerling, m);
  }
  const namen = leerlingen ? new Set(leerlingen.map((n) => n.trim().toLowerCase())) : undefined;
  const gekozen = new Set<string>();
  for (const [leerling, m] of laatste) {
    if (namen && !namen.has(leerling.toLowerCase())) continue;
    if (groep !== undefined && (groepVan(m, extra) ?? "").toLowerCase() !== groep.trim().toLowerCase()) continue;
    gekozen.add(leerling);
  }
  return gekozen;
}

async function lees(
  port: WorkbookPort,
  verzoek: LeerlingkaartVerzoek,
  metHart = true,
): Promise<Gelezen | LeerlingkaartResultaat> {
  // Hart en handen comes from the sheets whose name says so, read along in the same round trip.
  const namen = metHart ? await port.sheetNames() : [];
  const hartBladen = namen.filter((n) => n !== verzoek.blad && HART_BLADNAAM.test(n));
  const gelezen = await port.read({ sheets: [verzoek.blad, NORMEN_BLAD, ...hartBladen] });
  const [blad, normen, ...hartGelezen] = gelezen.sheets;
  if (!blad) return { status: "geenGegevens", tekst: `Blad ${verzoek.blad} bestaat niet.` };
  const geen = {
    status: "geenGegevens",
    tekst: `LVS Analyse vindt op blad ${blad.naam} geen leerlingen met ontwikkelscores; kies het blad van een groep of een export.`,
  } as const;
  const indeling = indelingVan(blad, gelezen.settings);
  if (!indeling) return geen;
  const alles = leesOverzicht({ naam: blad.naam, cellen: blad.cellen }, indeling);
  const extra = leesExtra(blad.cellen, alles);
  const groepen = huidigeGroepen(alles, extra);
  if (!verzoek.groep && !verzoek.leerlingen && groepen.length > 1) {
    return {
      status: "kiesGroep",
      tekst: `Op blad ${blad.naam} staan leerlingen van ${groepen.length} groepen. Kies de groep waarvan je de leerlingkaarten wilt.`,
      groepen,
    };
  }
  // Without a chosen group, a long export over several years gives the pupils of its one current group.
  const groepKeuze = verzoek.groep ?? (groepen.length === 1 && !verzoek.leerlingen ? groepen[0] : undefined);
  // Only the rows of the chosen pupils are coloured (in memory, to read niveau and leergroei from):
  // the cards of one group out of a whole school's export cost no more than that group.
  const gekozen = gekozenLeerlingen(alles, extra, groepKeuze, verzoek.leerlingen);
  const rijen = new Set<number>();
  for (const m of alles.afnames) if (gekozen.has(m.leerling)) rijen.add(m.rij);
  const cellen = blad.cellen.map((rij, r) => (r <= indeling.kopRij || rijen.has(r) ? rij : []));
  const groep = bereidVoor({ ...blad, cellen }, normen, gelezen.settings, { norm: verzoek.norm, indeling });
  if (!groep.indeling) return geen;
  const { overzicht, plan } = groep;
  const beelden = leerlingbeelden(overzicht, plan, {
    norm: verzoek.norm,
    extra,
    leerlingen: [...gekozen],
    ...(normen ? { normen: normen.cellen } : {}),
  });
  // The add-in's own sheets (the school's Hart en handen overview) are no source.
  const eigenHart = hartGelezen.filter((b): b is SheetRead => !!b && !gelezen.settings[eigenSleutel(b.naam)]);
  const hart = hartPerLeerling(eigenHart);
  return { overzicht, beelden, extra, gelezen, namen, ...(hart.size > 0 ? { hart } : {}) };
}

export async function maakLeerlingkaarten(
  port: WorkbookPort,
  verzoek: LeerlingkaartVerzoek,
): Promise<LeerlingkaartResultaat> {
  const r = await lees(port, verzoek);
  if ("status" in r) return r;
  const { overzicht, beelden, extra, gelezen, namen, hart } = r;
  if (beelden.length === 0) {
    const wie = verzoek.leerlingen
      ? verzoek.leerlingen.join(", ")
      : verzoek.groep
        ? `groep ${verzoek.groep}`
        : "leerlingen";
    return {
      status: "geenGegevens",
      tekst: `LVS Analyse vindt op blad ${overzicht.blad} geen scores van ${wie}; controleer de naam.`,
    };
  }
  const { settings } = gelezen;
  const bestaand = new Map<string, string>();
  for (const naam of namen) {
    const bron = settings[eigenSleutel(naam)];
    if (bron?.startsWith("leerlingkaart:")) bestaand.set(bron, naam);
  }
  const gemiddelden = groepsgemiddelden(beelden);
  const bezet = namen.slice();
  const changes: Change[] = [];
  const bladen: string[] = [];
  const behouden: string[] = [];
  for (const beeld of beelden) {
    const bron = bronVan(overzicht.blad, beeld.leerling);
    const eerder = bestaand.get(bron);
    if (eerder) {
      behouden.push(eerder);
      continue;
    }
    const naam = vrijeNaam(`Kaart ${beeld.leerling}`, bezet);
    bezet.push(naam);
    bladen.push(naam);
    const kaart = maakLeerlingkaart(beeld, {
      blad: overzicht.blad,
      norm: verzoek.norm,
      datum: verzoek.datum,
      gemiddelden,
      hart: hartVan(hart, beeld.leerling),
    });
    changes.push(
      { kind: "addSheet", sheet: naam },
      // The same register as the add-in's other sheets: readers of overviews skip the cards.
      { kind: "setting", key: eigenSleutel(naam), value: bron },
      // One pupil per sheet, so the header of every printed page names the pupil (and the group).
      ...formulierChanges(kaart.formulier, naam, koptekst(beeld, overzicht.blad)),
      ...kaart.grafieken.map((chart): Change => ({ kind: "chart", sheet: naam, chart })),
    );
  }
  if (changes.length > 0) await port.apply(changes);

  const details: string[] = [];
  if (behouden.length > 0) {
    details.push(
      `${behouden.length === 1 ? "Deze kaart bestond al en is" : `Deze ${behouden.length} kaarten bestonden al en zijn`} niet veranderd, zodat wat jullie erop schreven blijft staan: ${behouden.join(", ")}. Wil je een kaart met de nieuwste scores, geef het oude blad dan eerst een andere naam.`,
    );
  }
  if (
    extra.kolommen.procent.length === 0 &&
    beelden.some((b) => b.reeksen.some((s) => s.afnames.some((a) => !/^[3-6][ab]$/.test(a.toets))))
  ) {
    details.push(`Het advies over de passende toets bij 1F-, 2F- en 3F-toetsen ontbreekt: ${HOE_PROCENT_TOEVOEGEN}`);
  }
  if (extra.kolommen.details.length === 0)
    details.push(`Er staan geen detailscores op de kaarten: ${HOE_DETAILS_TOEVOEGEN}`);
  if (!hart) details.push(`Er staan geen spindiagrammen van hart en handen op de kaarten: ${HOE_HART_TOEVOEGEN}`);
  const zonderMoment = beelden.reduce((s, b) => s + b.zonderMoment, 0);
  if (zonderMoment > 0)
    details.push(
      `${zonderMoment === 1 ? "1 score zonder moment staat" : `${zonderMoment} scores zonder moment staan`} niet op de kaarten: geef de kolom een moment (zoals M5 of E5) of vul de kolom Afname in.`,
    );
  const n = bladen.length;
  return {
    status: "klaar",
    bladen,
    details,
    tekst:
      n === 0
        ? "Er is geen nieuwe leerlingkaart gemaakt."
        : `${n} ${n === 1 ? "leerlingkaart" : "leerlingkaarten"} gemaakt, elk op een eigen blad en één A4-pagina: ${n <= 3 ? bladen.join(", ") : `${bladen[0]} t/m ${bladen[n - 1]}`}.`,
  };
}

export type LeerlingKeuze =
  | {
      readonly status: "kies";
      /** The pupils still at school (latest afname in the sheet's latest school year); a group only where there are several. */
      readonly leerlingen: readonly { readonly naam: string; readonly groep?: string }[];
    }
  | { readonly status: "geenGegevens"; readonly tekst: string };

/** The pupils a user can choose one card from: the names on the group sheet, or a long export's current pupils. */
export async function kiesbareLeerlingen(port: WorkbookPort, blad: string): Promise<LeerlingKeuze> {
  const gelezen = await port.read({ sheets: [blad] });
  const [gevonden] = gelezen.sheets;
  if (!gevonden) return { status: "geenGegevens", tekst: `Blad ${blad} bestaat niet.` };
  const indeling = indelingVan(gevonden, gelezen.settings);
  const overzicht = indeling ? leesOverzicht({ naam: gevonden.naam, cellen: gevonden.cellen }, indeling) : undefined;
  if (!overzicht || overzicht.afnames.length === 0)
    return {
      status: "geenGegevens",
      tekst: `LVS Analyse vindt op blad ${gevonden.naam} geen leerlingen met ontwikkelscores; kies het blad van een groep of een export.`,
    };
  const extra = leesExtra(gevonden.cellen, overzicht);
  const huidig = new Set(huidigeGroepen(overzicht, extra));
  const laatste = new Map<string, Afname>();
  for (const m of overzicht.afnames) {
    const eerder = laatste.get(m.leerling);
    if (!eerder || chronologisch(eerder, m) < 0) laatste.set(m.leerling, m);
  }
  const leerlingen = [...laatste]
    .map(([naam, m]) => ({ naam, groep: groepVan(m, extra) }))
    // In an export over several years, pupils who left school have no current group: not offered.
    .filter((l) => huidig.size === 0 || (l.groep !== undefined && huidig.has(l.groep)))
    .map((l) => (l.groep && huidig.size > 1 ? { naam: l.naam, groep: l.groep } : { naam: l.naam }))
    // By group; within a group in the order of the sheet, as the teacher knows it.
    .sort((a, b) => (a.groep ?? "").localeCompare(b.groep ?? "", "nl", { numeric: true }));
  return { status: "kies", leerlingen };
}

/** The pupil's hart en handen, or why the card has none. */
function hartVan(
  hart: ReadonlyMap<string, HartBeeld> | undefined,
  leerling: string,
): HartBeeld | { readonly ontbreekt: string } {
  if (!hart) return { ontbreekt: HART_NODIG };
  const gevonden = hart.get(leerling.toLowerCase());
  if (gevonden) return gevonden;
  const bladen = [...new Set([...hart.values()].map((h) => h.blad))];
  return {
    ontbreekt: `Op ${bladen.length === 1 ? "blad" : "de bladen"} ${bladen.join(", ")} staan geen antwoorden van hart en handen van ${leerling}.`,
  };
}

export type DetailResultaat =
  | { readonly status: "klaar"; readonly blad: string; readonly tekst: string }
  | { readonly status: "bevestigen"; readonly blad: string; readonly vraag: string }
  | {
      readonly status: "ontbreekt" | "geenGegevens" | "kiesGroep";
      readonly tekst: string;
      readonly groepen?: readonly string[];
    };

const pct = (f: number | undefined) => (f === undefined ? null : Math.round(f * 1000) / 10);

/**
 * The group's detail scores (steps 1.5, 2.6, 2.7) and the passende-toets advice of 1F/2F/3F toetsen
 * from the percentage goed (step 1.3), on a sheet of its own. Without such columns it says in one
 * sentence how to add them.
 */
export async function maakDetailoverzicht(
  port: WorkbookPort,
  verzoek: Omit<LeerlingkaartVerzoek, "datum" | "leerlingen"> & { readonly vervangen?: boolean },
): Promise<DetailResultaat> {
  const r = await lees(port, { ...verzoek, datum: "" }, false);
  if ("status" in r)
    return r.status === "kiesGroep"
      ? { status: "kiesGroep", tekst: r.tekst, groepen: r.groepen }
      : { status: "geenGegevens", tekst: r.tekst };
  const { overzicht, beelden, extra } = r;
  if (extra.kolommen.procent.length === 0 && extra.kolommen.details.length === 0) {
    return {
      status: "ontbreekt",
      tekst: `Op blad ${overzicht.blad} staan geen percentages goed en geen detailscores. ${HOE_PROCENT_TOEVOEGEN} ${HOE_DETAILS_TOEVOEGEN}`,
    };
  }
  const naamBlad = `Detailscores ${verzoek.groep ?? overzicht.blad}`;
  const { plek } = await eigenBlad(
    port,
    naamBlad,
    `details:${overzicht.blad}:${verzoek.groep ?? ""}`,
    verzoek.vervangen,
  );
  if (plek.status === "bevestigen") return { status: "bevestigen", blad: plek.naam, vraag: plek.vraag };

  const blokken: Blok[] = [];
  let rij = 3;
  const plaats = (blok: Omit<Blok, "rij" | "kolom">) => {
    const b = { ...blok, rij, kolom: 0 };
    blokken.push(b);
    rij += b.rijen.length + 3;
  };
  const advies = beelden.flatMap((b) =>
    b.reeksen.flatMap((s) =>
      s.afnames
        .filter((a) => a.procentGoed !== undefined && !/^[3-6][ab]$/.test(a.toets))
        .map((a) => [b.leerling, s.vaardigheid, a.moment, a.toets, pct(a.procentGoed), a.passend ?? ""]),
    ),
  );
  if (advies.length > 0) {
    plaats({
      titel: "Passende toets bij 1F-, 2F- en 3F-toetsen (percentage goed)",
      koppen: ["Leerling", "Vaardigheid", "Afname", "Toets", "% goed", "Advies"],
      rijen: advies,
      notaties: [undefined, undefined, undefined, undefined, "0.0"],
    });
  }
  const gemiddelden = groepsgemiddelden(beelden);
  const vaardigheden = [...new Set(extra.kolommen.details.map((d) => d.vaardigheid))];
  for (const v of vaardigheden) {
    const onderdelen = [
      ...new Map(
        beelden.flatMap((b) =>
          b.reeksen
            .filter((s) => s.vaardigheid === v)
            .flatMap((s) => s.details.map((d) => [`${d.groep}\u0000${d.onderdeel}`, d] as const)),
        ),
      ).values(),
    ];
    if (onderdelen.length === 0) continue;
    const kop = (d: (typeof onderdelen)[number]) => (d.groep === "domein" ? d.onderdeel : `${d.groep}: ${d.onderdeel}`);
    const rijen = beelden
      .filter((b) => b.reeksen.some((s) => s.vaardigheid === v && s.details.length > 0))
      .map((b) => {
        const eigen = b.reeksen.find((s) => s.vaardigheid === v)!.details;
        return [
          b.leerling,
          ...onderdelen.map((o) => pct(eigen.find((d) => d.groep === o.groep && d.onderdeel === o.onderdeel)?.waarde)),
        ];
      });
    rijen.push(["Gemiddelde groep", ...onderdelen.map((o) => pct(gemiddelden.detail(v, o.groep, o.onderdeel)))]);
    plaats({
      titel: `Detailscores ${v} (% goed, laatste afname)`,
      koppen: ["Leerling", ...onderdelen.map(kop)],
      rijen,
      notaties: [undefined, ...onderdelen.map(() => "0")],
    });
  }
  const open = advies.filter((a) => a[5] !== PASSEND && a[5] !== "").length;
  const changes: Change[] = [
    ...plek.changes,
    {
      kind: "cells",
      sheet: plek.naam,
      row: 0,
      col: 0,
      cells: [
        [{ value: naamBlad, bold: true }],
        [
          {
            value: `Gemaakt door LVS Analyse uit blad ${overzicht.blad}: een momentopname. Een percentage zegt meer naarmate er meer vragen over dat onderdeel waren.`,
            italic: true,
          },
        ],
      ],
    },
    ...blokken.map((b): Change => ({
      kind: "cells",
      sheet: plek.naam,
      row: b.rij,
      col: b.kolom,
      cells: blokCellen(b),
    })),
    ...Array.from({ length: 8 }, (_, col): Change => ({
      kind: "columnWidth",
      sheet: plek.naam,
      col,
      width: col === 0 ? 24 : 14,
    })),
  ];
  await port.apply(changes);
  const delen = [
    ...(advies.length > 0
      ? [
          `${advies.length} afnames met een percentage goed, waarvan ${open} met het advies een andere toets te overwegen`,
        ]
      : [`geen percentages goed (${HOE_PROCENT_TOEVOEGEN})`]),
    ...(vaardigheden.length > 0
      ? [`detailscores van ${vaardigheden.join(", ")}`]
      : [`geen detailscores (${HOE_DETAILS_TOEVOEGEN})`]),
  ];
  return { status: "klaar", blad: plek.naam, tekst: `Blad ${plek.naam} gemaakt: ${delen.join("; ")}.` };
}
