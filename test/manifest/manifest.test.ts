import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifest } from "../../scripts/manifest-check";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("passes the offline structural check", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("uses a shared runtime, the LVS namespace and Dutch as the default language", () => {
    expect(manifest).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="LVS"/>');
    expect(manifest).toContain("<DefaultLocale>nl-NL</DefaultLocale>");
  });

  it("points only at icons that exist in assets/", () => {
    const icons = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]!);
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(() => readFileSync(join(__dirname, "..", "..", "assets", icon))).not.toThrow();
  });
});

describe("the offline manifest check", () => {
  const broken = (from: string, to: string) => {
    expect(manifest).toContain(from);
    return checkManifest(manifest.replace(from, to));
  };

  it("finds XML that is not well-formed", () => {
    expect(broken("</DefaultSettings>", "</DefaultSetting>")[0]).toMatch(/well-formed/);
  });

  it("finds elements out of the schema's order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const reordered = manifest
      .replace(permissions, "")
      .replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
    expect(reordered).not.toBe(manifest);
    expect(checkManifest(reordered)).toEqual(
      expect.arrayContaining([expect.stringMatching(/DefaultSettings> comes too late/)]),
    );
  });

  it("finds a resid that is not defined, or defined in the wrong list", () => {
    expect(broken('<Namespace resid="Functions.Namespace"/>', '<Namespace resid="Functions.Naamruimte"/>')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Functions.Naamruimte .* not defined/)]),
    );
    expect(broken('<Runtime resid="Taskpane.Url"', '<Runtime resid="Group.Label"')).toEqual(
      expect.arrayContaining([expect.stringMatching(/should be in bt:Urls/)]),
    );
  });

  it("finds a URL that is not https", () => {
    expect(
      broken('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/not https/)]));
  });

  it("finds a missing or different namespace", () => {
    expect(broken('DefaultValue="LVS"', 'DefaultValue="CONTOSO"')).toEqual(
      expect.arrayContaining([expect.stringMatching(/namespace is not LVS/)]),
    );
  });

  it("finds a runtime that would not be shared", () => {
    expect(broken('lifetime="long"', 'lifetime="short"')).toEqual(
      expect.arrayContaining([expect.stringMatching(/lifetime="long"/)]),
    );
    expect(
      broken('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/SharedRuntime/)]));
  });
});
