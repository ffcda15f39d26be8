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

export interface Geopend {
  readonly wb: FileWorkbook;
  readonly naam: string;
  /** ".xlsx", or ".xlsm" for a workbook with macros, which the new file keeps. */
  readonly extensie: string;
}

async function adapter() {
  return import(/* webpackChunkName: "bestand" */ "../workbook/file/file-workbook");
}

export async function openBestand(bestand: File): Promise<Geopend> {
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  // A csv, pdf, old .xls or locked workbook gets a Dutch answer, not the zip reader's English.
  const soort = herkenBestand(bytes, bestand.name);
  if (!soort.werkmap) throw new Gebruikersfout(soort.reden);
  const { FileWorkbook } = await adapter();
  const extensie = /\.xlsm$/i.test(bestand.name) ? ".xlsm" : ".xlsx";
  try {
    return { wb: await FileWorkbook.open(bytes), naam: bestand.name.replace(/\.xls[xm]$/i, ""), extensie };
  } catch (fout) {
    if (fout instanceof Gebruikersfout) throw fout;
    throw new Gebruikersfout("het lijkt een Excel-werkmap, maar hij is misschien beschadigd of door een ander programma vreemd opgeslagen; open hem in Excel, sla hem opnieuw op als .xlsx en probeer het nog eens");
  }
}

export async function openDemo(): Promise<Geopend> {
  const [{ FileWorkbook }, { maakDemoWerkmap }] = await Promise.all([
    adapter(),
    import(/* webpackChunkName: "bestand" */ "../workbook/demo"),
  ]);
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  return { wb, naam: "Voorbeeldwerkmap De Vlinderboom", extensie: ".xlsx" };
}

export async function bladInhoud(geopend: Geopend, blad: string): Promise<{ cellen: CellValue[][]; regels: { ref: string; formula: string }[] }> {
  const { sheets } = await geopend.wb.read({ sheets: [blad] });
  return { cellen: sheets[0]?.cellen ?? [], regels: geopend.wb.rulesOf(blad, REGEL_MERK) };
}

/** Hands the result to the browser as a download; nothing leaves the computer. */
export async function download(geopend: Geopend): Promise<string> {
  const data = await geopend.wb.toBuffer();
  const type = geopend.extensie === ".xlsm" ? "application/vnd.ms-excel.sheet.macroEnabled.12" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
  return naam;
}
