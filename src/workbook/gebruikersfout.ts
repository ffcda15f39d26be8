/**
 * An error whose message is a Dutch sentence for the user, saying what to do. Adapters throw it
 * where a file cannot be handled (say, a sheet beyond what the tool can read); the command line and
 * the browser show its message as it is. Any other thrown error is a bug and is shown as one.
 */
export class Gebruikersfout extends Error {
  override readonly name = "Gebruikersfout";
}
