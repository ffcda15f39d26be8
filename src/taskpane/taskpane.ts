/**
 * The taskpane. In Excel it confirms that the LVS functions are loaded; outside Office (a browser,
 * no host) it says so and still shows the function reference. The stappenplan walker comes here.
 */
import { OfficeWorkbook } from "../workbook/office/office-workbook";
import { renderFunctieOverzicht } from "./functie-overzicht";
import { renderGroepsacties } from "./groepsacties-view";

export type Omgeving = "excel" | "buiten-office" | "andere-office-app";

export function statusTekst(omgeving: Omgeving): string {
  switch (omgeving) {
    case "excel":
      return "De LVS-functies zijn geladen. Typ =LVS. in een cel om te beginnen.";
    case "andere-office-app":
      return "LVS Analyse werkt alleen in Excel. Open een werkmap in Excel om de functies te gebruiken.";
    case "buiten-office":
      return "Deze pagina draait buiten Excel. Installeer de invoegtoepassing in Excel (zie Hulp) om de functies in je werkmap te gebruiken.";
  }
}

async function detectOmgeving(): Promise<Omgeving> {
  // Without network the Office script may be missing entirely; that is "outside Office" too.
  if (typeof Office === "undefined") return "buiten-office";
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) return "excel";
  return info.host ? "andere-office-app" : "buiten-office";
}

async function start(): Promise<void> {
  const functies = document.getElementById("functies");
  if (functies) renderFunctieOverzicht(functies);
  const status = document.getElementById("status");
  const omgeving = await detectOmgeving();
  if (status) {
    status.textContent = statusTekst(omgeving);
    status.classList.toggle("buiten", omgeving !== "excel");
  }
  const groep = document.getElementById("groep");
  if (groep && omgeving === "excel") {
    groep.hidden = false;
    const actiefBlad = () =>
      Excel.run(async (context) => {
        const blad = context.workbook.worksheets.getActiveWorksheet();
        blad.load("name");
        await context.sync();
        return blad.name;
      });
    renderGroepsacties(groep.querySelector("#groep-acties") as HTMLElement, new OfficeWorkbook(), actiefBlad);
  }
}

if (typeof document !== "undefined") {
  void start();
}
