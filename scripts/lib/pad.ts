/**
 * Where a file name the user typed points to. `npm run` starts a script in the project folder,
 * but the user typed the name in their own folder; npm keeps that one in INIT_CWD.
 */
import { resolve } from "node:path";

export function gebruikersmap(): string {
  return process.env.INIT_CWD || process.cwd();
}

export function gebruikersPad(getypt: string): string {
  return resolve(gebruikersmap(), getypt);
}
