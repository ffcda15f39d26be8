/** Runs a command-line script as a user does, with the environment a test chooses. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const root = join(__dirname, "..", "..", "..");

export interface Uitkomst {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

export function opdracht(
  script: "analyse" | "demo" | "bestuur",
  args: readonly string[],
  opties: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Uitkomst {
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", `${script}.ts`), ...args],
    {
      cwd: opties.cwd ?? root,
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: "", LVS_DEBUG: "", ...opties.env },
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** What a user must never read: a stack trace, Node's error names or a library's English. */
export const TECHNISCH =
  /\n\s+at |Error:|ENOENT|ENOSPC|EEXIST|EADDRINUSE|no such file|Cannot |central directory|undefined|TypeError/;
