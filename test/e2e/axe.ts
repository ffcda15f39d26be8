/**
 * axe-core (from npm) run inside the page: the accessibility rules it checks, as a list of
 * violations in words ("rule: help (where)"). Evaluated through the browser's debugging protocol,
 * so the page's Content-Security-Policy stays as strict as it is for users.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = readFileSync(createRequire(__filename).resolve("axe-core/axe.min.js"), "utf8");

export async function toegankelijkheidsfouten(page: Page, binnen?: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const uitslag = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ["violations"] });
    return uitslag.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")})`,
    );
  }, binnen);
}
