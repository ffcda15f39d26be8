/**
 * The workbook part (xl/workbook.xml, wherever the package keeps it): the list of sheets and the
 * defined names. Only its <sheets> and <definedNames> are ever rewritten, and only when a sheet is
 * added or removed or a print title set; everything else in it stays as it was.
 */
import { kolomLetters } from "../../core/adres";
import { attr, esc, zelfsluitend, zetAttr } from "./xml";
import { GeenPakket, NS_R, Pakket, PakketFout, relsPad } from "./pakket";

const TYPE_WERKBLAD = /\/worksheet$/;
export const REL_WERKBLAD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const CT_WERKBLAD = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Why a workbook saved as Strict Open XML is refused, and how to save it so it is not. */
export const STRIKT =
  "Deze werkmap is opgeslagen in de strikte vorm van het Excel-formaat (Strict Open XML). Daarin kan LVS Analyse buiten Excel niet veilig schrijven. Open de werkmap in Excel, kies Opslaan als, kies bij het bestandstype Excel-werkmap (.xlsx) en probeer het daarna opnieuw";

export interface Blad {
  readonly naam: string;
  /** The worksheet part; undefined for chart sheets and other kinds that hold no cells. */
  readonly deel: string | undefined;
  readonly rId: string;
  /** The <sheet> element as it stands in the workbook part. */
  readonly tag: string;
}

export class WerkmapDeel {
  readonly bladen: Blad[] = [];
  /** The <definedName> elements, as written. */
  private namen: string[] = [];
  private gewijzigd = false;
  private readonly rPrefix: string;
  private readonly rDeclaratie: string;
  /** The namespace prefix of the workbook's own elements ("" or e.g. "x:"). */
  private readonly p: string;
  private readonly xml: string;

  constructor(
    private readonly pakket: Pakket,
    readonly deel: string,
  ) {
    const xml = pakket.tekst(deel);
    if (xml === undefined) throw new GeenPakket("In dit bestand ontbreekt de lijst met werkbladen");
    // The strict form of the format names every part anew; what we add would be in the usual form,
    // and a package of both is one Excel may only open after repairing it.
    if (
      /<(?:[\w.-]+:)?workbook\b[^>]*\sxmlns(?::[\w.-]+)?\s*=\s*["']http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main["']/.test(
        xml,
      )
    )
      throw new PakketFout(STRIKT);
    this.xml = xml;
    const rPrefix = new RegExp(
      `xmlns:([\\w.-]+)\\s*=\\s*["'](?:${NS_R.replace(/[./]/g, "\\$&")}|http://purl\\.oclc\\.org/ooxml/officeDocument/relationships)["']`,
    ).exec(xml);
    this.rPrefix = rPrefix?.[1] ?? "r";
    // Some writers declare the namespace on each <sheet> instead of the root: new ones do the same.
    const root = /<([\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? "";
    this.rDeclaratie = rPrefix && root.includes(rPrefix[0]) ? "" : ` xmlns:${this.rPrefix}="${NS_R}"`;
    this.p = /<([\w.-]+:)?workbook\b/.exec(xml)?.[1] ?? "";
    const rels = new Map(pakket.relaties(deel).map((r) => [r.id, r]));
    const sheets = /<((?:[\w.-]+:)?)sheets\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1sheets>)/.exec(xml);
    // A <sheet> closed with its own end tag is kept as one self-closing tag, as the list is written back.
    for (const m of (sheets?.[2] ?? "").matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?sheet\s*>)/g)) {
      const tag = zelfsluitend(m[0]);
      const rId = attr(tag, `${this.rPrefix}:id`) ?? "";
      const rel = rels.get(rId);
      const werkblad = rel && !rel.extern && TYPE_WERKBLAD.test(rel.type) && pakket.heeft(rel.doel);
      this.bladen.push({
        naam: attr(tag, "name") ?? "",
        deel: werkblad ? pakket.naam(rel.doel) : undefined,
        rId,
        tag,
      });
    }
    const namen = /<((?:[\w.-]+:)?)definedNames\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1definedNames>)/.exec(xml);
    this.namen = Array.from(
      (namen?.[2] ?? "").matchAll(/<(?:[\w.-]+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedName>)/g),
      (m) => m[0],
    );
  }

  /** Adds an empty worksheet part for a new sheet, last in the workbook, and returns its part. */
  voegToe(naam: string, xml: string, verborgen: boolean): string {
    let n = 1;
    const map = this.deel.slice(0, this.deel.lastIndexOf("/") + 1);
    while (this.pakket.heeft(`${map}worksheets/sheet${n}.xml`)) n++;
    const deel = `${map}worksheets/sheet${n}.xml`;
    this.pakket.zet(deel, xml);
    this.pakket.zetInhoudstype(deel, CT_WERKBLAD);
    const rId = this.pakket.voegRelatieToe(this.deel, REL_WERKBLAD, deel);
    const sheetId = this.bladen.reduce((max, b) => Math.max(max, Number(attr(b.tag, "sheetId") ?? 0)), 0) + 1;
    const tag = `<${this.p}sheet name="${esc(naam)}" sheetId="${sheetId}"${verborgen ? ' state="veryHidden"' : ""}${this.rDeclaratie} ${this.rPrefix}:id="${rId}"/>`;
    this.bladen.push({ naam, deel, rId, tag });
    this.gewijzigd = true;
    return deel;
  }

  /** Removes a sheet the add-in made, with the parts only it referred to. */
  verwijder(naam: string): void {
    const index = this.bladen.findIndex((b) => b.naam === naam);
    if (index < 0) return;
    const [blad] = this.bladen.splice(index, 1);
    this.pakket.verwijderRelatie(this.deel, blad!.rId);
    if (blad!.deel) this.verwijderDeel(blad!.deel);
    // Names that belonged to the sheet go with it; those of later sheets move one place up.
    this.namen = this.namen.flatMap((tag) => {
      const id = attr(tag, "localSheetId");
      if (id === undefined) return [tag];
      const n = Number(id);
      if (n === index) return [];
      return [n > index ? zetAttr(tag, "localSheetId", String(n - 1)) : tag];
    });
    this.gewijzigd = true;
  }

  /** The rows that repeat at the top of every printed page of a sheet, and the columns at its left. */
  zetPrintTitels(naam: string, rijen: number, kolommen = 0): void {
    const index = this.bladen.findIndex((b) => b.naam === naam);
    this.namen = this.namen.filter(
      (tag) => !(attr(tag, "name") === "_xlnm.Print_Titles" && attr(tag, "localSheetId") === String(index)),
    );
    const blad = /^[A-Za-z_][A-Za-z0-9_]*$/.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
    this.namen.push(
      `<${this.p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(
        [
          ...(kolommen > 0 ? [`${blad}!$A:$${kolomLetters(kolommen - 1)}`] : []),
          ...(rijen > 0 ? [`${blad}!$1:$${rijen}`] : []),
        ].join(","),
      )}</${this.p}definedName>`,
    );
    this.gewijzigd = true;
  }

  /** Writes the workbook part back, only when a sheet or name changed. */
  schrijf(): void {
    if (!this.gewijzigd) return;
    let xml = this.xml.replace(
      /<((?:[\w.-]+:)?)sheets\b([^>]*?)(?:\/>|>[\s\S]*?<\/\1sheets>)/,
      (_, p: string, attrs: string) => `<${p}sheets${attrs}>${this.bladen.map((b) => b.tag).join("")}</${p}sheets>`,
    );
    const namen = this.namen.length > 0 ? `<definedNames>${this.namen.join("")}</definedNames>` : "";
    const bestaand = /<((?:[\w.-]+:)?)definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/\1definedNames>)/;
    if (bestaand.test(xml)) xml = xml.replace(bestaand, namen.replace(/<(\/?)definedName/g, `<$1${this.p}definedName`));
    else if (namen) {
      // definedNames follows sheets, functionGroups and externalReferences.
      const na = /<\/(?:[\w.-]+:)?externalReferences>|<\/(?:[\w.-]+:)?functionGroups>|<\/(?:[\w.-]+:)?sheets>/g;
      let plek = -1;
      for (const m of xml.matchAll(na)) plek = Math.max(plek, m.index + m[0].length);
      xml = xml.slice(0, plek) + namen.replace(/<(\/?)definedName/g, `<$1${this.p}definedName`) + xml.slice(plek);
    }
    // The open tab and the first tab shown must be sheets that still exist.
    const laatste = Math.max(0, this.bladen.length - 1);
    xml = xml.replace(/<(?:[\w.-]+:)?workbookView\b[^>]*>/g, (tag) => {
      let uit = tag;
      for (const a of ["activeTab", "firstSheet"])
        if (Number(attr(uit, a) ?? 0) > laatste) uit = zetAttr(uit, a, String(laatste));
      return uit;
    });
    this.pakket.zet(this.deel, xml);
  }

  private verwijderDeel(deel: string): void {
    for (const rel of this.pakket.relaties(deel)) {
      // Only parts no other part still refers to (a drawing, a chart, a table of this sheet).
      if (rel.extern || !this.pakket.heeft(rel.doel) || this.nogGebruikt(rel.doel, deel)) continue;
      this.verwijderDeel(rel.doel);
    }
    this.pakket.verwijder(relsPad(deel));
    this.pakket.verwijderInhoudstype(relsPad(deel));
    this.pakket.verwijder(deel);
    this.pakket.verwijderInhoudstype(deel);
  }

  private nogGebruikt(doel: string, behalve: string): boolean {
    const relsVanBehalve = relsPad(behalve).toLowerCase();
    return this.pakket.delen().some((naam) => {
      if (!naam.endsWith(".rels") || naam.toLowerCase() === relsVanBehalve) return false;
      const bron = naam.replace(/_rels\/([^/]*)\.rels$/, "$1");
      return this.pakket.relaties(bron).some((r) => !r.extern && r.doel.toLowerCase() === doel.toLowerCase());
    });
  }
}

/** The workbook part of a package, through its root relationships. */
export function vindWerkmapDeel(pakket: Pakket): string {
  const rel = pakket.relaties("").find((r) => /\/officeDocument$/.test(r.type) && !r.extern && pakket.heeft(r.doel));
  const deel = rel ? pakket.naam(rel.doel) : pakket.naam("xl/workbook.xml");
  if (!deel) throw new GeenPakket("Dit bestand is geen Excel-werkmap (.xlsx of .xlsm), of het is beschadigd");
  return deel;
}
