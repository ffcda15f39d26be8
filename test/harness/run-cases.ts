/** `npm run test:cases`: evaluates every formula case and ends with "N passed, M failed". */
import { loadCases, runCases } from "./cases";

const outcomes = runCases(loadCases());
const failed = outcomes.filter((o) => !o.passed);
for (const o of failed) {
  const { file, line, formula, expected, note } = o.case;
  console.log(
    `FAIL ${file}:${line}  ${formula}\n     expected ${expected || '""'}\n     actual   ${o.actual}${note ? `\n     (${note})` : ""}`,
  );
}
console.log(`${outcomes.length - failed.length} passed, ${failed.length} failed`);
process.exitCode = failed.length > 0 ? 1 : 0;
