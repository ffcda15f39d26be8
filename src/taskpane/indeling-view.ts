/**
 * The column mapping of a sheet: what LVS Analyse found, in words, and a form to correct it. The
 * corrected mapping is used for the next colouring and then remembered in the workbook.
 */
import { kolomLetters } from "../core/adres";
import type { CellValue } from "../core/cell";
import { MOMENTEN } from "../core/moment";
import { beschrijfIndeling } from "../core/overzicht/beschrijving";
import type { Kolomindeling, ScoreKolom } from "../core/overzicht/indeling";
import { VAARDIGHEDEN, type Vaardigheid } from "../core/overzicht/vaardigheid";
import { el, keuzelijst, knop } from "./dom";

const NIET = "niet";

function kopTekst(cellen: readonly (readonly CellValue[])[], indeling: Kolomindeling, kolom: number): string {
  const onder = cellen[indeling.kopRij]?.[kolom];
  const boven = indeling.kopRijen === 2 ? cellen[indeling.kopRij - 1]?.[kolom] : undefined;
  return [boven, onder].filter((v) => typeof v === "string" || typeof v === "number").join(" ") || "(geen kop)";
}

export function renderIndeling(
  container: HTMLElement,
  cellen: readonly (readonly CellValue[])[],
  indeling: Kolomindeling | undefined,
  toepassen: (nieuw: Kolomindeling) => void,
): void {
  container.replaceChildren(el("h2", "Kolomindeling"));
  if (!indeling) {
    container.append(
      el(
        "p",
        "LVS Analyse vindt op dit blad geen overzicht met namen van leerlingen en scores per vaardigheid.",
        "uitleg",
      ),
    );
    return;
  }
  const lijst = el("ul", undefined, "indeling");
  for (const regel of beschrijfIndeling(indeling)) lijst.append(el("li", regel));
  container.append(lijst);
  if (indeling.indeling !== "breed") return;

  const details = el("details");
  details.append(el("summary", "Kolommen aanpassen"));
  const rijen: { kolom: ScoreKolom; vaardigheid: HTMLSelectElement; moment: HTMLSelectElement }[] = [];
  const tabel = el("table", undefined, "indeling-tabel");
  const kop = el("tr");
  for (const k of ["Kolom", "Kop", "Vaardigheid", "Moment"]) kop.append(el("th", k));
  tabel.append(kop);
  indeling.scores.forEach((kolom, i) => {
    const vaardigheid = keuzelijst(
      `v${i}`,
      [...VAARDIGHEDEN.map((v) => ({ waarde: v, label: v })), { waarde: NIET, label: "niet meenemen" }],
      kolom.vaardigheid,
    );
    const moment = keuzelijst(
      `m${i}`,
      [
        { waarde: "", label: kolom.deel ? (kolom.deel === "a" ? "midden" : "eind") : "onbekend" },
        ...MOMENTEN.map((m) => ({ waarde: m, label: m })),
      ],
      kolom.moment ?? "",
    );
    vaardigheid.setAttribute("aria-label", `Vaardigheid van kolom ${kolomLetters(kolom.kolom)}`);
    moment.setAttribute("aria-label", `Moment van kolom ${kolomLetters(kolom.kolom)}`);
    const rij = el("tr");
    const [c1, c2, c3, c4] = [
      el("td", kolomLetters(kolom.kolom)),
      el("td", kopTekst(cellen, indeling, kolom.kolom)),
      el("td"),
      el("td"),
    ];
    c3.append(vaardigheid);
    c4.append(moment);
    rij.append(c1, c2, c3, c4);
    tabel.append(rij);
    rijen.push({ kolom, vaardigheid, moment });
  });
  const bevestiging = el("p", undefined, "uitleg");
  bevestiging.setAttribute("role", "status");
  details.append(
    tabel,
    knop("Deze indeling gebruiken", () => {
      const scores = rijen
        .filter((r) => r.vaardigheid.value !== NIET)
        .map((r): ScoreKolom => {
          const { moment: _moment, ...rest } = r.kolom;
          return {
            ...rest,
            vaardigheid: r.vaardigheid.value as Vaardigheid,
            ...(r.moment.value ? { moment: r.moment.value as ScoreKolom["moment"] & string } : {}),
          };
        });
      toepassen({ ...indeling, scores });
      bevestiging.textContent =
        "Aangepast. De volgende kleuring gebruikt deze indeling, en LVS Analyse onthoudt hem voor dit blad.";
    }),
    bevestiging,
  );
  container.append(details);
}
