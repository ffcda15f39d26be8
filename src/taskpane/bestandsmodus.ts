/**
 * The out-of-Excel mode: the same taskpane on an .xlsx the user picks, or on the demo workbook,
 * through the file adapter. The file is read in the browser and never sent anywhere; the result
 * is offered as a new file to download: the user's package with our additions, a macro workbook
 * (.xlsm) again as one. The file adapter loads only here, as a chunk of its own.
 */
import type { CellValue } from "../core/cell";
import { REGEL_MERK } from "../core/groep/kleurplan";
import { herkenBestand } from "../workbook/bestandssoort";
import type { FileWorkbook } from "../workbook/file/file-workbook";
import { Gebruikersfout } from "../workbook/gebruikersfout";
import type { Change, ReadRequest, ReadResult, WorkbookPort } from "../workbook/port";
import { Weergave, type BladOpmaak } from "./blad-opmaak";
import { GRENZEN, type Bestandsregel } from "./tabel-view";

/**
 * The opened workbook as the taskpane's port: every change goes to the file adapter and to the
 * grid's picture of the sheets, and marks the result as not yet downloaded.
 */
export class Geopend implements WorkbookPort {
  private gewijzigd = false;

  constructor(
    readonly wb: FileWorkbook,
    readonly naam: string,
    private readonly weergave: Weergave,
    /** ".xlsx", or ".xlsm" for a workbook with macros, which the new file keeps. */
    readonly extensie: ".xlsx" | ".xlsm" = ".xlsx",
  ) {}

  sheetNames(): Promise<string[]> {
    return this.wb.sheetNames();
  }

  read(request: ReadRequest): Promise<ReadResult> {
    return this.wb.read(request);
  }

  async apply(changes: readonly Change[]): Promise<void> {
    await this.wb.apply(changes);
    this.weergave.apply(changes);
    // Where the walker stands is remembered too, but is no result anyone would miss.
    if (changes.some((c) => c.kind !== "setting")) this.gewijzigd = true;
  }

  /** A result that exists only in this page: closing or opening another file would lose it. */
  get onbewaard(): boolean {
    return this.gewijzigd;
  }

  opmaak(blad: string): BladOpmaak {
    return this.weergave.blad(blad);
  }

  /** The result is in a file the user has: nothing to lose any more. */
  bewaard(): void {
    this.gewijzigd = false;
  }
}

/** Hands the result to the browser as a download; nothing leaves the computer. */
export async function download(geopend: Geopend): Promise<string> {
  const data = await geopend.wb.toBuffer();
  const type =
    geopend.extensie === ".xlsm"
      ? "application/vnd.ms-excel.sheet.macroEnabled.12"
      : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const blob = new Blob([data as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const naam = `${geopend.naam} - LVS Analyse${geopend.extensie}`;
  const a = document.createElement("a");
  a.href = url;
  a.download = naam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  geopend.bewaard();
  return naam;
}

async function adapter() {
  return import(/* webpackChunkName: "bestand" */ "../workbook/file/file-workbook");
}

export async function openBestand(bestand: File): Promise<Geopend> {
  const data = new Uint8Array(await bestand.arrayBuffer());
  // A csv, pdf, old .xls or locked workbook gets a Dutch answer, not the zip reader's English.
  const soort = herkenBestand(data, bestand.name);
  if (!soort.werkmap) throw new Gebruikersfout(soort.reden);
  const [{ FileWorkbook }, { leesOpmaak }] = await Promise.all([
    adapter(),
    import(/* webpackChunkName: "bestand" */ "./xlsx-opmaak"),
  ]);
  const extensie = /\.xlsm$/i.test(bestand.name) ? ".xlsm" : ".xlsx";
  try {
    const wb = await FileWorkbook.open(data);
    return new Geopend(wb, bestand.name.replace(/\.xls[xm]$/i, ""), new Weergave(leesOpmaak(data, GRENZEN)), extensie);
  } catch (fout) {
    if (fout instanceof Gebruikersfout) throw fout;
    throw new Gebruikersfout(
      "het lijkt een Excel-werkmap, maar hij is misschien beschadigd of door een ander programma vreemd opgeslagen; open hem in Excel, sla hem opnieuw op als .xlsx en probeer het nog eens",
    );
  }
}

export async function openDemo(): Promise<Geopend> {
  const [{ FileWorkbook }, { maakDemoWerkmap }] = await Promise.all([
    adapter(),
    import(/* webpackChunkName: "bestand" */ "../workbook/demo"),
  ]);
  const weergave = new Weergave();
  const wb = FileWorkbook.create();
  const naam = "Voorbeeldwerkmap De Vlinderboom";
  await maakDemoWerkmap(new Geopend(wb, naam, weergave));
  // A fresh port: the demo itself is no result of the user's, only what they do with it is.
  return new Geopend(wb, naam, weergave);
}

export async function bladInhoud(
  geopend: Geopend,
  blad: string,
): Promise<{ cellen: CellValue[][]; regels: Bestandsregel[] }> {
  const { sheets } = await geopend.read({ sheets: [blad] });
  return { cellen: sheets[0]?.cellen ?? [], regels: geopend.wb.rulesOf(blad, REGEL_MERK) };
}
