/**
 * A change kind added to the port but not handled by an adapter must not compile. The test compiles
 * both adapters with the project's own compiler settings, once as they are and once against a port
 * that has one fictitious kind more, and reads what the compiler says about each adapter.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const PORT = path.join(root, "src/workbook/port.ts");
const ADAPTERS = {
  office: path.join(root, "src/workbook/office/office-workbook.ts"),
  file: path.join(root, "src/workbook/file/file-workbook.ts"),
};

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  );
  return { ...config!.options, noEmit: true };
}

/** The compiler's errors per adapter, with the port's text replaced by `port`. */
function fouten(port: string): Record<keyof typeof ADAPTERS, string[]> {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const lees = host.getSourceFile.bind(host);
  host.getSourceFile = (bestand, taal, ...rest) =>
    path.resolve(bestand) === PORT ? ts.createSourceFile(bestand, port, taal) : lees(bestand, taal, ...rest);
  const program = ts.createProgram(Object.values(ADAPTERS), options, host);
  const van = (bestand: string) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(bestand))
      .filter((d) => d.file && path.resolve(d.file.fileName) === bestand)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
  return { office: van(ADAPTERS.office), file: van(ADAPTERS.file) };
}

const echtePort = readFileSync(PORT, "utf8");
const LAATSTE = '  | { readonly kind: "setting";';

describe("the change kinds of the workbook port", () => {
  it("compile in both adapters as the port is", () => {
    expect(fouten(echtePort)).toEqual({ office: [], file: [] });
  });

  it("fail to compile in both adapters when a kind is added that neither handles", () => {
    expect(echtePort).toContain(LAATSTE);
    const metNieuweSoort = echtePort.replace(
      LAATSTE,
      `  | { readonly kind: "fictief"; readonly sheet: string }\n${LAATSTE}`,
    );
    const gevonden = fouten(metNieuweSoort);
    for (const adapter of Object.keys(ADAPTERS) as (keyof typeof ADAPTERS)[]) {
      expect(
        gevonden[adapter].some((f) => f.includes('"fictief"') && f.includes("never")),
        adapter,
      ).toBe(true);
    }
  });
});
