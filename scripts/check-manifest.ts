/** `npm run check:manifest [file]`: the offline manifest check; exits 1 and lists problems when it fails. */
import { readFileSync } from "node:fs";
import { checkManifest } from "./manifest-check";

const file = process.argv[2] ?? "manifest.xml";
const problems = checkManifest(readFileSync(file, "utf8"));
for (const p of problems) console.error(`- ${p}`);
console.log(problems.length === 0 ? `${file}: manifest in orde` : `${file}: ${problems.length} problemen`);
process.exitCode = problems.length === 0 ? 0 : 1;
