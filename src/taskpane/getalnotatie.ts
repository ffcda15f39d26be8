/**
 * A number as Dutch Excel shows it under a number format: percentages, fixed decimals, thousands
 * separators and dates. Other formats show the number as General does.
 */
import { datumVan } from "../core/excel-datum";
function algemeen(getal: number): string {
  return Number.isInteger(getal) ? String(getal) : getal.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
}

function datum(serieel: number, notatie: string): string {
  const d = datumVan(serieel);
  const dag = d.getUTCDate();
  const maand = d.getUTCMonth() + 1;
  const jaar = d.getUTCFullYear();
  const maanden = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
  if (/mmm/i.test(notatie))
    return `${/d/i.test(notatie) ? `${dag}-` : ""}${maanden[maand - 1]}${/y/i.test(notatie) ? `-${String(jaar).slice(-2)}` : ""}`;
  return `${/dd/i.test(notatie) ? String(dag).padStart(2, "0") : dag}-${/mm/i.test(notatie) ? String(maand).padStart(2, "0") : maand}-${jaar}`;
}

export function metNotatie(getal: number, notatie: string | undefined): string {
  if (!notatie || /^general$/i.test(notatie)) return algemeen(getal);
  // The first section, without colours, quoted text and escaped characters; a minus sign for negatives.
  const deel = notatie.split(";")[0]!.replace(/\[[^\]]*\]|"[^"]*"|\\./g, "");
  if (/[dy]/i.test(deel) || /^m+$/i.test(deel.replace(/[^a-z]/gi, ""))) return datum(getal, deel);
  if (!/[0#]/.test(deel)) return algemeen(getal);
  const procent = deel.includes("%");
  const decimalen = /\.([0#]+)/.exec(deel)?.[1]?.length ?? 0;
  const groepering = /[0#],[0#]/.test(deel);
  const waarde = procent ? getal * 100 : getal;
  const tekst = Math.abs(waarde).toLocaleString("nl-NL", {
    minimumFractionDigits: decimalen,
    maximumFractionDigits: decimalen,
    useGrouping: groepering,
  });
  return `${waarde < 0 ? "-" : ""}${tekst}${procent ? "%" : ""}`;
}
