/**
 * The templates of the kwaliteitskaarten, the groepsanalyse and the instrument cards, as data
 * (src/data/kwaliteitskaarten.json, src/data/instrumenten.json). A template says what a form asks
 * and where the workbook's data may answer (a `vulling` key); formulier.ts lays it out.
 */
import kaartData from "../../data/kwaliteitskaarten.json";
import instrumentData from "../../data/instrumenten.json";

/** Which data a card is filled from: one group sheet, the school, or the schools of a board. */
export type Niveau = "groep" | "school" | "bestuur";

export type Keuzelijst = "norm" | "status" | "janee";

export interface Veld {
  readonly label: string;
  readonly vulling?: string;
  readonly keuze?: Keuzelijst;
}

export interface Vraag {
  readonly vraag: string;
  /** Lines of room for the answer. */
  readonly regels: number;
  readonly vulling?: string;
  readonly keuze?: Keuzelijst;
}

export interface Kolom {
  readonly kop: string;
  readonly vulling?: string;
  readonly keuze?: Keuzelijst;
  /** How many of the form's five answer columns it takes (default 1). */
  readonly breedte?: number;
}

/**
 * Rows of a table: a row per item of data the workbook holds (`vaardigheden`, `leerjaren`,
 * `referentieniveaus`, `scholen`), fixed labels, or a number of empty rows.
 */
export type Rijen = "vaardigheden" | "leerjaren" | "referentieniveaus" | "scholen" | readonly string[] | number;

export type Onderdeel =
  | { readonly soort: "velden"; readonly titel: string; readonly velden: readonly Veld[] }
  | {
      readonly soort: "vragen";
      readonly titel: string;
      readonly uitleg?: string;
      readonly vragen: readonly Vraag[];
      readonly perVaardigheid?: boolean;
    }
  | {
      readonly soort: "tabel";
      readonly titel: string;
      readonly uitleg?: string;
      readonly kolommen: readonly Kolom[];
      readonly rijen: Rijen;
      /** Made an Excel table (with this name as the start of its own), so rows can be added with Tab. */
      readonly excelTabel?: string;
    }
  /** Lines of text the card suggests and the user edits, plus empty ones. */
  | {
      readonly soort: "lijst";
      readonly titel: string;
      readonly uitleg?: string;
      readonly regels: readonly string[];
      readonly leeg: number;
    };

export interface Sjabloon {
  readonly id: string;
  /** The card's line in the pane's list of cards; instrument cards have none (the pane lists instruments). */
  readonly keuze?: string;
  readonly blad: string;
  readonly titel: string;
  readonly niveau: Niveau;
  readonly uitleg: string;
  readonly onderdelen: readonly Onderdeel[];
}

export const KEUZES: Readonly<Record<Keuzelijst, readonly string[]>> = kaartData.keuzes;

export const KAARTEN: readonly Sjabloon[] = kaartData.kaarten as unknown as Sjabloon[];

export function kaart(id: string): Sjabloon | undefined {
  return KAARTEN.find((k) => k.id === id);
}

export interface Indicator {
  readonly tekst: string;
  readonly grens: string;
  /** A measurement the workbook can make (see gegevens.ts); without one the user fills it in. */
  readonly meting?: string;
}

export interface Instrument {
  readonly id: string;
  readonly naam: string;
  readonly domein: string;
  readonly omschrijving: string;
  readonly standaard: readonly string[];
  readonly indicatoren: readonly Indicator[];
  readonly ambitie: readonly Indicator[];
  readonly pdca: Readonly<Record<"Plan" | "Do" | "Check" | "Act", string>>;
  readonly werkafspraken: readonly string[];
}

export const INSTRUMENTEN: readonly Instrument[] = instrumentData.instrumenten as unknown as Instrument[];

export const INDICATOR_KOLOMMEN: readonly Kolom[] = [
  { kop: "Grenswaarde", vulling: "grens" },
  { kop: "Gemeten", vulling: "gemeten" },
  { kop: "Voldaan?", vulling: "voldaan", keuze: "janee" },
  { kop: "Toelichting", breedte: 2 },
];

/** The card of one instrument: its five parts as a template, so it is laid out like the other cards. */
export function instrumentSjabloon(instrument: Instrument): Sjabloon {
  const indicatorRijen = (lijst: readonly Indicator[]) => lijst.map((i) => i.tekst);
  return {
    id: `instrument:${instrument.id}`,
    blad: `Instrument - ${instrument.naam}`,
    titel: `Instrument: ${instrument.naam}`,
    niveau: "school",
    uitleg: instrument.omschrijving,
    onderdelen: [
      {
        soort: "velden",
        titel: "Over dit instrument",
        velden: [
          { label: "Instrument", vulling: "instrument.naam" },
          { label: "Kwaliteitsgebied", vulling: "instrument.domein" },
          { label: "School", vulling: "school.naam" },
          { label: "Eigenaar" },
          { label: "Vastgesteld op" },
          { label: "Volgende evaluatie" },
        ],
      },
      {
        soort: "lijst",
        titel: "Standaard",
        uitleg: "Wat geldt altijd, voor elke groep en elk jaar?",
        regels: instrument.standaard,
        leeg: 2,
      },
      {
        soort: "tabel",
        titel: "Indicatoren",
        uitleg: "Wanneer zijn we tevreden? Waar de werkmap het kan meten, staat de gemeten waarde er al.",
        kolommen: [{ kop: "Indicator" }, ...INDICATOR_KOLOMMEN],
        rijen: [...indicatorRijen(instrument.indicatoren), "", ""],
      },
      {
        soort: "tabel",
        titel: "Ambitie",
        uitleg: "Waar willen we naartoe, verder dan de ondergrens?",
        kolommen: [{ kop: "Streven" }, ...INDICATOR_KOLOMMEN],
        rijen: [...indicatorRijen(instrument.ambitie), ""],
      },
      {
        soort: "tabel",
        titel: "PDCA-cyclus",
        uitleg: "Hoe loopt de cirkel rond: wanneer plannen, doen, meten en bijstellen we, en wie doet het?",
        kolommen: [
          { kop: "Fase" },
          { kop: "Wat doen we?", breedte: 3, vulling: "voorstel" },
          { kop: "Wanneer" },
          { kop: "Wie" },
        ],
        rijen: ["Plan", "Do", "Check", "Act"],
      },
      {
        soort: "lijst",
        titel: "Werkafspraken",
        uitleg: "Hoe voeren we het uit, zodat elke school van dezelfde basis uitgaat?",
        regels: instrument.werkafspraken,
        leeg: 2,
      },
    ],
  };
}

/** An instrument of the school's own handbook that we have no suggestions for: the same five parts, empty. */
export function eigenInstrument(naam: string): Instrument {
  return {
    id: `eigen:${naam}`,
    naam,
    domein: "",
    omschrijving:
      "Een instrument uit jullie eigen kwaliteitshandboek. Vul de vijf onderdelen in zoals jullie ze hebben afgesproken.",
    standaard: [],
    indicatoren: [],
    ambitie: [],
    pdca: { Plan: "", Do: "", Check: "", Act: "" },
    werkafspraken: [],
  };
}
