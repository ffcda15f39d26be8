/**
 * The parts of an .xlsx package in memory. A part nobody changes is written back as the bytes it
 * came with; a changed part is held as text until the package is packed again.
 */
import { unzipSync, type UnzipFileInfo } from "fflate";
import { Gebruikersfout } from "../gebruikersfout";
import { attr, esc } from "./xml";
import { zipParts } from "./zip-pack";

export const NS_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT_RELATIES = "application/vnd.openxmlformats-package.relationships+xml";

/**
 * A workbook this adapter will not handle (a part too large for memory, a form it cannot write
 * safely): a Dutch message that the browser and the command line show as it is, so it says what to do.
 */
export class PakketFout extends Gebruikersfout {}

/**
 * No zip, or a damaged one. Not shown as it is: the browser and the command line each say in their
 * own words what to do with a file that only looks like a workbook.
 */
export class GeenPakket extends Error {
  override readonly name = "GeenPakket";
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export interface Relatie {
  readonly id: string;
  readonly type: string;
  /** The part it points to, resolved to a path inside the package ("" for an external target). */
  readonly doel: string;
  readonly extern: boolean;
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPad(deel: string): string {
  const i = deel.lastIndexOf("/");
  return `${deel.slice(0, i + 1)}_rels/${deel.slice(i + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part it belongs to. */
export function losOp(bron: string, target: string): string {
  let pad = target;
  try {
    pad = decodeURIComponent(target);
  } catch {
    // a stray % stays as it is
  }
  const stukken = pad.startsWith("/") ? [] : bron.split("/").slice(0, -1);
  for (const stuk of pad.split("/")) {
    if (stuk === "..") stukken.pop();
    else if (stuk !== "." && stuk !== "") stukken.push(stuk);
  }
  return stukken.join("/");
}

/** The target as written in a relationships part beside `bron`: relative, as Excel writes them. */
export function relatiefDoel(bron: string, doel: string): string {
  const van = bron.split("/").slice(0, -1);
  const naar = doel.split("/");
  let gedeeld = 0;
  while (gedeeld < van.length && gedeeld < naar.length - 1 && van[gedeeld] === naar[gedeeld]) gedeeld++;
  return [...van.slice(gedeeld).map(() => ".."), ...naar.slice(gedeeld)].join("/");
}

export interface Grenzen {
  /** Largest single part, uncompressed, in bytes. */
  readonly deel: number;
  /** All parts together, uncompressed. */
  readonly totaal: number;
}

export class Pakket {
  private readonly bytes = new Map<string, Uint8Array>();
  private readonly teksten = new Map<string, string>();
  /** Part names by their lower case: OPC compares names without regard to case. */
  private readonly namen = new Map<string, string>();

  private constructor() {}

  static leeg(): Pakket {
    return new Pakket();
  }

  /** Reads the package; a part larger than the limits is refused before it is unpacked. */
  static open(data: Uint8Array, grenzen: Grenzen, teGroot: (deel: string, bytes: number) => string): Pakket {
    const pakket = new Pakket();
    let totaal = 0;
    let bestanden: Record<string, Uint8Array>;
    try {
      bestanden = unzipSync(data, {
        filter: (info: UnzipFileInfo) => {
          if (/[/\\]$/.test(info.name)) return false;
          totaal += info.originalSize;
          if (info.originalSize > grenzen.deel) throw new PakketFout(teGroot(info.name, info.originalSize));
          if (totaal > grenzen.totaal) throw new PakketFout(teGroot("", totaal));
          return true;
        },
      });
    } catch (fout) {
      if (fout instanceof PakketFout) throw fout;
      throw new GeenPakket("Dit bestand is geen Excel-werkmap (.xlsx of .xlsm), of het is beschadigd");
    }
    for (const [zipnaam, inhoud] of Object.entries(bestanden)) {
      // Some Windows tools zip with backslashes (xl\workbook.xml); Excel reads them as folders, and so do we.
      const naam = zipnaam.replace(/\\/g, "/");
      pakket.bytes.set(naam, inhoud);
      pakket.namen.set(naam.toLowerCase(), naam);
    }
    return pakket;
  }

  /** The name a part has in this package, found without regard to case. */
  naam(deel: string): string | undefined {
    return this.namen.get(deel.replace(/^\//, "").toLowerCase());
  }

  heeft(deel: string): boolean {
    return this.naam(deel) !== undefined;
  }

  tekst(deel: string): string | undefined {
    const naam = this.naam(deel);
    if (naam === undefined) return undefined;
    const tekst = this.teksten.get(naam);
    if (tekst !== undefined) return tekst;
    const bytes = this.bytes.get(naam)!;
    // A byte order mark is not part of the XML text we patch (it is written back without one).
    return decoder.decode(bytes);
  }

  /** Replaces a part's text (or adds the part under this name). */
  zet(deel: string, tekst: string): void {
    const naam = this.naam(deel) ?? deel.replace(/^\//, "");
    this.namen.set(naam.toLowerCase(), naam);
    this.teksten.set(naam, tekst);
    this.bytes.delete(naam);
  }

  /** Adds a part as bytes, for a part built in pieces too large for one string. */
  zetBytes(deel: string, bytes: Uint8Array): void {
    const naam = this.naam(deel) ?? deel.replace(/^\//, "");
    this.namen.set(naam.toLowerCase(), naam);
    this.teksten.delete(naam);
    this.bytes.set(naam, bytes);
  }

  verwijder(deel: string): void {
    const naam = this.naam(deel);
    if (naam === undefined) return;
    this.namen.delete(naam.toLowerCase());
    this.teksten.delete(naam);
    this.bytes.delete(naam);
  }

  delen(): string[] {
    return Array.from(this.namen.values());
  }

  /** The relationships of a part, targets resolved to part paths. */
  relaties(deel: string): Relatie[] {
    const xml = this.tekst(relsPad(deel));
    if (xml === undefined) return [];
    const out: Relatie[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      const id = attr(m[0], "Id");
      const type = attr(m[0], "Type") ?? "";
      const target = attr(m[0], "Target") ?? "";
      const extern = attr(m[0], "TargetMode") === "External";
      if (id) out.push({ id, type, doel: extern ? "" : losOp(deel, target), extern });
    }
    return out;
  }

  /** Adds a relationship from `bron` to the part `doel` and gives its id. */
  voegRelatieToe(bron: string, type: string, doel: string, voorkeur = "rIdLvs"): string {
    const pad = relsPad(bron);
    let xml = this.tekst(pad);
    if (xml === undefined) {
      xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_REL}"></Relationships>`;
      // Most packages give every .rels part its type at once; some name each one apart, and then so must we.
      if (!this.heeftStandaardtype("rels")) this.zetInhoudstype(pad, CT_RELATIES);
    }
    const bezet = new Set(this.relaties(bron).map((r) => r.id));
    let n = 1;
    while (bezet.has(`${voorkeur}${n}`)) n++;
    const id = `${voorkeur}${n}`;
    const rel = `<Relationship Id="${id}" Type="${type}" Target="${esc(relatiefDoel(bron, doel))}"/>`;
    this.zet(pad, sluitIn(xml, "Relationships", rel));
    return id;
  }

  verwijderRelatie(bron: string, id: string): void {
    const pad = relsPad(bron);
    const xml = this.tekst(pad);
    if (xml === undefined) return;
    this.zet(
      pad,
      xml.replace(/<(?:\w+:)?Relationship\b[^>]*>(?:\s*<\/(?:\w+:)?Relationship>)?/g, (tag) =>
        attr(tag, "Id") === id ? "" : tag,
      ),
    );
  }

  /** Registers a part's content type in [Content_Types].xml. */
  zetInhoudstype(deel: string, type: string): void {
    const xml =
      this.tekst("[Content_Types].xml") ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`;
    this.zet(
      "[Content_Types].xml",
      sluitIn(xml, "Types", `<Override PartName="/${esc(deel)}" ContentType="${type}"/>`),
    );
  }

  /** Whether [Content_Types].xml gives all parts with this extension a type. */
  private heeftStandaardtype(extensie: string): boolean {
    const xml = this.tekst("[Content_Types].xml") ?? "";
    return Array.from(xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)).some(
      (m) => attr(m[0], "Extension")?.toLowerCase() === extensie,
    );
  }

  /** The content type [Content_Types].xml gives the part `deel` by name ("" when it names none). */
  inhoudstype(deel: string): string {
    const naam = `/${deel}`.toLowerCase();
    const xml = this.tekst("[Content_Types].xml") ?? "";
    const tag = Array.from(xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g), (m) => m[0]).find(
      (t) => attr(t, "PartName")?.toLowerCase() === naam,
    );
    return (tag && attr(tag, "ContentType")) ?? "";
  }

  verwijderInhoudstype(deel: string): void {
    const xml = this.tekst("[Content_Types].xml");
    if (xml === undefined) return;
    const naam = `/${deel}`.toLowerCase();
    this.zet(
      "[Content_Types].xml",
      xml.replace(/<(?:\w+:)?Override\b[^>]*>(?:\s*<\/(?:\w+:)?Override>)?/g, (tag) =>
        attr(tag, "PartName")?.toLowerCase() === naam ? "" : tag,
      ),
    );
  }

  /** The package as a zip: unchanged parts as the bytes they came with. */
  async inpakken(): Promise<Uint8Array> {
    const delen: Record<string, Uint8Array> = {};
    for (const naam of this.namen.values()) {
      const tekst = this.teksten.get(naam);
      delen[naam] = tekst !== undefined ? encoder.encode(tekst) : this.bytes.get(naam)!;
    }
    return zipParts(delen);
  }
}

/** Inserts `inhoud` just before the closing tag of the root element `naam` (or opens it when self-closed). */
export function sluitIn(xml: string, naam: string, inhoud: string): string {
  const sluit = new RegExp(`</((?:[\\w.-]+:)?${naam})\\s*>\\s*$`).exec(xml);
  if (sluit) return xml.slice(0, sluit.index) + inhoud + xml.slice(sluit.index);
  const leeg = new RegExp(`<((?:[\\w.-]+:)?${naam})\\b([^>]*?)\\s*/>`).exec(xml);
  if (!leeg) throw new PakketFout(`Het onderdeel ${naam} van dit bestand is onleesbaar`);
  return `${xml.slice(0, leeg.index)}<${leeg[1]}${leeg[2]}>${inhoud}</${leeg[1]}>${xml.slice(leeg.index + leeg[0].length)}`;
}

export function encodeer(tekst: string): Uint8Array {
  return encoder.encode(tekst);
}
