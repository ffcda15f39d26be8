/** The column mapping in words, as the user sees it to check and correct. */
import { kolomLetters } from "../adres";
import type { Kolomindeling } from "./indeling";

const rijen = (van: number, tot: number) =>
  van === tot ? `de leerling in rij ${van}` : `leerlingen in rij ${van} t/m ${tot}`;

export function beschrijfIndeling(indeling: Kolomindeling): string[] {
  const k = kolomLetters;
  const regels = [
    `${indeling.indeling === "breed" ? "Breed overzicht (een rij per leerling)" : "Lang overzicht (een rij per leerling, vaardigheid en afname)"}; kopregel ${indeling.kopRij + 1}${indeling.kopRijen === 2 ? ` (met rij ${indeling.kopRij} erboven)` : ""}, ${rijen(indeling.eersteRij + 1, indeling.laatsteRij + 1)}.`,
    `Leerling: kolom ${indeling.leerling.map(k).join(" + ")}${indeling.groep !== undefined ? `; groep/leerjaar: kolom ${k(indeling.groep)}` : indeling.leerjaar ? `; leerjaar ${indeling.leerjaar} (uit de bladnaam of titel)` : ""}${indeling.schooljaar !== undefined ? `; schooljaar: kolom ${k(indeling.schooljaar)}` : ""}.`,
  ];
  if (indeling.indeling === "lang") {
    const delen = [
      `vaardigheid ${k(indeling.vaardigheid!)}`,
      `ontwikkelscore ${k(indeling.score!)}`,
      indeling.moment !== undefined
        ? `moment ${k(indeling.moment)}`
        : indeling.datum !== undefined
          ? `moment uit de datum in ${k(indeling.datum)}`
          : "moment uit de toets",
      indeling.toets !== undefined ? `toets ${k(indeling.toets)}` : "toets afgeleid van het moment",
    ];
    regels.push(`Kolommen: ${delen.join(", ")}.`);
  } else {
    const scores = indeling.scores.map((s) => {
      const wanneer = s.moment ?? (s.deel === "a" ? "midden" : s.deel === "b" ? "eind" : "moment onbekend");
      return `${s.vaardigheid} ${wanneer} (${k(s.kolom)}${s.toets !== undefined ? `, toets ${k(s.toets)}` : ""})`;
    });
    regels.push(`Scores: ${scores.join(", ")}.`);
    if (indeling.scores.every((s) => s.toets === undefined))
      regels.push("Geen toetskolom: de toets is afgeleid van het moment.");
  }
  return regels;
}
