/**
 * How the add-in writes, checked over every text it shows: real Dutch plurals instead of
 * "score(s)", Dutch words instead of English ones (names of Excel and Office features excepted),
 * one voice ("LVS Analyse", never "ik") and the spellings the glossary chose.
 */
import { describe, expect, it } from "vitest";
import { getoondeTeksten } from "./fixtures/getoonde-teksten";

const TEKSTEN = getoondeTeksten();

/** Texts that are sentences or labels a user reads: words with a space between them, no markup. */
// The file adapter writes the .xlsx package's XML: markup, never a text for the user.
const ZINNEN = TEKSTEN.filter(
  (t) => /\p{L}\s+\p{L}/u.test(t.tekst) && !/[<>]|="/.test(t.tekst) && !t.bron.startsWith("src/workbook/file/"),
);

function vind(patroon: RegExp, teksten = ZINNEN): string[] {
  return teksten.filter((t) => patroon.test(t.tekst)).map((t) => `${t.bron}: ${t.tekst}`);
}

// Common English words that are not also Dutch words ("is", "of", "in", "over", "die" are).
const ENGELS = [
  "the",
  "and",
  "with",
  "for",
  "not",
  "this",
  "that",
  "from",
  "your",
  "you",
  "are",
  "were",
  "has",
  "have",
  "will",
  "error",
  "errors",
  "warning",
  "failed",
  "invalid",
  "unknown",
  "expected",
  "received",
  "got",
  "value",
  "values",
  "sheet",
  "sheets",
  "cell",
  "cells",
  "range",
  "workbook",
  "file",
  "files",
  "loading",
  "please",
  "click",
  "select",
  "button",
  "cancel",
  "save",
  "yes",
  "true",
  "false",
  "null",
  "undefined",
  "missing",
  "found",
  "empty",
  "row",
  "rows",
  "column",
  "columns",
  "table",
  "chart",
  "legend",
  "colour",
  "color",
  "settings",
  "add",
  "addin",
  "remove",
  "undo",
  "step",
  "next",
  "previous",
  "back",
];
const ENGELS_WOORD = new RegExp(`(?<![\\p{L}\\p{N}_.$-])(${ENGELS.join("|")})(?![\\p{L}\\p{N}_(-])`, "iu");

describe("every text the add-in shows", () => {
  it("writes a real singular or plural, never score(s), cel(len) or werkmap(pen)", () => {
    expect(vind(/\p{Ll}\((s|n|en|len|pen|men|nen|ren|ten)\)/u, TEKSTEN)).toEqual([]);
  });

  it("is Dutch: no English word outside the names of Excel and Office features", () => {
    expect(ZINNEN.length).toBeGreaterThan(500);
    expect(vind(ENGELS_WOORD)).toEqual([]);
  });

  it("speaks as LVS Analyse, not as 'ik'", () => {
    // "Mijn Inspectie" is the name of the inspectie's portal.
    expect(vind(/(^|[\s(])(ik|mij|mijn)(?=[\s,.:;)])(?! Inspectie)/i)).toEqual([]);
  });

  it("never says what a program expected and got instead of what to do", () => {
    expect(vind(/verwacht (tekst|een getal), maar kreeg/i, TEKSTEN)).toEqual([]);
  });

  it("spells signaleringswaarde as one word and the didactische leeftijdsequivalent in lower case", () => {
    expect(
      vind(/signalerings[\s-]+waarde|Didactische leeftijdsequivalent|Didactische Leeftijdsequivalent/u, TEKSTEN),
    ).toEqual([]);
  });
});
