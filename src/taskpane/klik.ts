/**
 * What every button of the pane does around its work: shows it is busy, always comes back (never
 * stuck on "Bezig…"), and turns every error into a Dutch Melding, also one thrown before Excel is
 * reached (reading the active sheet, a port that is not there). No DOM here, so it can be tested.
 */
import { foutMelding } from "./foutmelding";
import type { Melding } from "./groepsacties";

export interface Bezig {
  begin(): void;
  einde(): void;
}

export async function klik(bezig: Bezig, werk: () => Promise<Melding>): Promise<Melding> {
  bezig.begin();
  try {
    return await werk();
  } catch (fout) {
    return foutMelding(fout);
  } finally {
    bezig.einde();
  }
}
