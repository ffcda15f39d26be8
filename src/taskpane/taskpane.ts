/**
 * The taskpane. In Excel it works on the open workbook through Office.js; outside Office (a
 * browser: Office.onReady gives no host) on an .xlsx the user picks or on the demo workbook, with
 * the sheet shown as a table. Both walk the same stappenplan with the same actions.
 */
import type { Normkeuze } from "../core/groep/kleurplan";
import { vindIndeling, type Kolomindeling } from "../core/overzicht/indeling";
import { OfficeWorkbook } from "../workbook/office/office-workbook";
import type { WorkbookPort } from "../workbook/port";
import { Gebruikersfout } from "../workbook/gebruikersfout";
import { bladInhoud, download, openBestand, openDemo, type Geopend } from "./bestandsmodus";
import { keuzelijst } from "./dom";
import { foutTekst } from "./foutmelding";
import { renderFunctieOverzicht } from "./functie-overzicht";
import { NORMKEUZES } from "./groepsacties";
import { leesIndeling } from "./indeling-lezen";
import { renderIndeling } from "./indeling-view";
import { renderKaarten } from "./kaarten-view";
import { STAP_SLEUTEL, stapIndex } from "./stappenplan";
import { vraagVoorVerlies } from "./bewaar-dialoog";
import { renderTabel } from "./tabel-view";
import { bepaalVermogens, vermogensTekst, type Vermogens } from "./vermogens";
import { renderWalker, type Walker } from "./walker-view";

export type Omgeving = "excel" | "buiten-office" | "andere-office-app";

export function statusTekst(omgeving: Omgeving): string {
  switch (omgeving) {
    case "excel":
      return "LVS Analyse is geladen. Het stappenplan werkt op het actieve blad.";
    case "andere-office-app":
      return "LVS Analyse werkt alleen in Excel. Open een werkmap in Excel om verder te gaan.";
    case "buiten-office":
      return "Deze pagina draait buiten Excel. Open een eigen .xlsx of probeer de voorbeeldwerkmap: alles blijft op deze computer, en het resultaat download je als nieuw bestand.";
  }
}

async function detectOmgeving(): Promise<Omgeving> {
  // Without network the Office script may be missing entirely; that is "outside Office" too.
  if (typeof Office === "undefined") return "buiten-office";
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) return "excel";
  return info.host ? "andere-office-app" : "buiten-office";
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

interface Toestand {
  port?: WorkbookPort;
  geopend?: Geopend;
  blad?: string;
  readonly indelingen: Map<string, Kolomindeling>;
}

async function start(): Promise<void> {
  renderFunctieOverzicht($("functies"));
  const omgeving = await detectOmgeving();
  const status = $("status");
  status.textContent = statusTekst(omgeving);
  status.classList.toggle("buiten", omgeving !== "excel");
  // Outside Office the page is an application of its own: the sheet gets the room beside the pane.
  document.body.classList.toggle("buiten-office", omgeving === "buiten-office");
  if (omgeving === "andere-office-app") return;

  const toestand: Toestand = { indelingen: new Map() };
  // Outside Office everything runs on files; in Excel, what this version supports.
  const vermogens: Vermogens =
    omgeving === "excel"
      ? bepaalVermogens((set, versie) => Office.context.requirements.isSetSupported(set, versie))
      : { acties: true, functies: true, ongedaanInEen: false };
  const beperkingen = omgeving === "excel" ? vermogensTekst(vermogens) : [];
  if (beperkingen.length > 0) {
    const lijst = document.createElement("ul");
    for (const regel of beperkingen) {
      const li = document.createElement("li");
      li.textContent = regel;
      lijst.append(li);
    }
    status.after(lijst);
  }
  const normKeuze = keuzelijst("norm", NORMKEUZES);
  $("norm-plek").replaceChildren(normKeuze);
  const buiten = omgeving === "buiten-office";

  const toonBlad = async () => {
    if (!toestand.geopend || !toestand.blad) return;
    const { cellen, regels } = await bladInhoud(toestand.geopend, toestand.blad);
    const indeling = toestand.indelingen.get(toestand.blad) ?? vindIndeling({ naam: toestand.blad, cellen });
    const vast = indeling
      ? { rijen: indeling.eersteRij, kolommen: indeling.leerling.reduce((m, k) => Math.max(m, k), 0) + 1 }
      : undefined;
    const { grafiekPlekken } = renderTabel($("tabel"), {
      naam: toestand.blad,
      cellen,
      regels,
      opmaak: toestand.geopend.opmaak(toestand.blad),
      ...(vast ? { vast } : {}),
    });
    renderIndeling($("indeling"), cellen, indeling, (nieuw) => toestand.indelingen.set(toestand.blad!, nieuw));
    // The chart drawing loads only for sheets that have charts.
    if (grafiekPlekken.length > 0)
      (await import(/* webpackChunkName: "grafiek" */ "./grafiek-view")).tekenGrafieken(grafiekPlekken, cellen);
  };

  const acties = {
    port: () => toestand.port,
    blad: async () => (buiten ? toestand.blad : actiefBlad(toestand.port)),
    norm: () => normKeuze.value as Normkeuze,
    indeling: (blad: string) => toestand.indelingen.get(blad),
    gewijzigd: () => {
      if (buiten)
        void vulBladen(toestand.blad)
          .then(toonBlad)
          .catch((fout: unknown) => ($("werkmap-melding").textContent = foutTekst(fout)));
    },
    geblokkeerd: () =>
      vermogens.acties
        ? undefined
        : "Deze knoppen werken niet in deze versie van Excel; de uitleg en vragen van de stap wel.",
  };
  renderKaarten($("kaarten"), acties);
  const walker: Walker = renderWalker($("stappenplan"), {
    ...acties,
    stapGewijzigd: (id) => {
      // Remembered in the workbook itself, so the next session starts where this one ended. In Excel
      // with the next action, so moving through the steps adds nothing to the undo list.
      const change = { kind: "setting", key: STAP_SLEUTEL, value: id } as const;
      if (toestand.port instanceof OfficeWorkbook) toestand.port.bijVolgendeWijziging(change);
      else void toestand.port?.apply([change]).catch(() => undefined);
    },
  });

  const vulBladen = async (kies?: string) => {
    if (!toestand.geopend) return;
    const namen = await toestand.geopend.wb.sheetNames();
    const select = keuzelijst(
      "blad",
      namen.map((n) => ({ waarde: n, label: n })),
      kies,
    );
    select.addEventListener("change", () => {
      toestand.blad = select.value;
      toonBlad().catch((fout: unknown) => ($("werkmap-melding").textContent = foutTekst(fout)));
    });
    $("blad-plek").replaceChildren(select);
    toestand.blad = select.value;
  };

  const laad = async (openen: () => Promise<Geopend>) => {
    const melding = $("werkmap-melding");
    melding.textContent = "Bezig met openen…";
    try {
      toestand.geopend = await openen();
      toestand.port = toestand.geopend;
      const eerste = (await toestand.geopend.wb.sheetNames()).find((n) => /groep/i.test(n));
      await vulBladen(eerste);
      const { settings } = await toestand.port.read({ sheets: [] });
      walker.toonStap(stapIndex(settings[STAP_SLEUTEL]));
      melding.textContent = `${toestand.geopend.naam} is geopend.`;
      $("download").hidden = false;
      await toonBlad();
    } catch (fout) {
      // Our own reasons (a csv, an old .xls, a password) say what to do; a library's English helps nobody.
      melding.textContent =
        fout instanceof Gebruikersfout
          ? `LVS Analyse kon dit bestand niet openen: ${fout.message.replace(/\.$/, "")}.`
          : "LVS Analyse kon dit bestand niet openen. Kies een .xlsx-bestand dat Excel zelf opent (geen .xls, .csv of een bestand met een wachtwoord).";
    }
  };

  /** Whether a result that is only in this page may go; the user may first download it. */
  const magWeg = async (wat: string): Promise<boolean> => {
    if (!toestand.geopend?.onbewaard) return true;
    const keuze = await vraagVoorVerlies(wat);
    if (keuze === "downloaden") {
      try {
        const naam = await download(toestand.geopend);
        $("werkmap-melding").textContent = `Gedownload als "${naam}".`;
      } catch {
        $("werkmap-melding").textContent =
          "Het downloaden lukte niet; er is niets anders geopend. Probeer Download resultaat nog eens.";
        return false;
      }
    }
    return keuze !== "annuleren";
  };

  if (buiten) {
    $("werkmap").hidden = false;
    const kiezer = $<HTMLInputElement>("bestand");
    kiezer.addEventListener("change", async () => {
      const bestand = kiezer.files?.[0];
      kiezer.value = "";
      if (bestand && (await magWeg(`${bestand.name} opent`))) void laad(() => openBestand(bestand));
    });
    $("demo").addEventListener("click", async () => {
      if (await magWeg("de voorbeeldwerkmap opnieuw opent")) void laad(openDemo);
    });
    // Reloading or closing the page: the browser asks in its own words.
    window.addEventListener("beforeunload", (e) => {
      if (toestand.geopend?.onbewaard) e.preventDefault();
    });
    $("download").addEventListener("click", async () => {
      if (!toestand.geopend) return;
      try {
        const naam = await download(toestand.geopend);
        $("werkmap-melding").textContent = `Gedownload als "${naam}". Je eigen bestand is niet veranderd.`;
      } catch {
        $("werkmap-melding").textContent =
          "LVS Analyse kon het nieuwe bestand niet maken. Probeer het opnieuw; lukt het niet, laad de pagina opnieuw en open je bestand nog eens.";
      }
    });
    walker.toonStap(0);
  } else {
    toestand.port = new OfficeWorkbook(undefined, { ongedaanInEen: vermogens.ongedaanInEen });
    if (vermogens.acties) renderIndelingInExcel($("indeling"), toestand);
    try {
      const { settings } = await toestand.port.read({ sheets: [] });
      walker.toonStap(stapIndex(settings[STAP_SLEUTEL]));
    } catch (fout) {
      // Opened while a cell is being edited, for example: start at the first step and say why.
      walker.toonStap(0);
      status.textContent = foutTekst(fout);
    }
  }
}

/**
 * In Excel the mapping is read from the active sheet when asked for: the same form as in the
 * browser, and the correction is used by the next "Kleur dit blad" on that sheet.
 */
function renderIndelingInExcel(container: HTMLElement, toestand: Toestand): void {
  const plek = document.createElement("div");
  const melding = document.createElement("p");
  melding.className = "uitleg";
  melding.setAttribute("role", "status");
  const knop = document.createElement("button");
  knop.type = "button";
  knop.textContent = "Kolomindeling van het actieve blad";
  knop.addEventListener("click", async () => {
    knop.disabled = true;
    melding.textContent = "Bezig…";
    try {
      const blad = await actiefBlad(toestand.port);
      const gelezen = await leesIndeling(toestand.port!, blad, toestand.indelingen.get(blad));
      melding.textContent = "";
      renderIndeling(plek, gelezen.cellen, gelezen.indeling, (nieuw) => toestand.indelingen.set(gelezen.blad, nieuw));
      plek.querySelector("h2")?.remove(); // this section has its heading already
    } catch (fout) {
      melding.textContent = foutTekst(fout);
    } finally {
      knop.disabled = false;
    }
  });
  const kop = document.createElement("h2");
  kop.textContent = "Kolomindeling";
  const uitleg = document.createElement("p");
  uitleg.className = "uitleg";
  uitleg.textContent =
    "Welke kolom is welke vaardigheid en welk moment? Bekijk wat LVS Analyse op het actieve blad vindt en pas het aan; de volgende kleuring gebruikt het.";
  container.replaceChildren(kop, uitleg, knop, melding, plek);
}

/** In Excel the port is the Office adapter: the pane reaches Excel only through the workbook layer. */
function actiefBlad(port: WorkbookPort | undefined): Promise<string> {
  if (port instanceof OfficeWorkbook) return port.actiefBlad();
  return Promise.reject(
    new Error("LVS Analyse is nog niet met Excel verbonden. Sluit het venster en open het opnieuw."),
  );
}

if (typeof document !== "undefined") {
  start().catch((fout: unknown) => {
    const status = document.getElementById("status");
    if (status) status.textContent = foutTekst(fout);
  });
}
