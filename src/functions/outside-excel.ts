/**
 * The metadata plugin appends CustomFunctions.associate(...) calls to the functions bundle. In a
 * plain browser (the out-of-Excel mode) there is no custom-functions runtime, and those calls would
 * throw. Imported first, this gives them a no-op to call there; in Excel nothing changes.
 */
const host = globalThis as { CustomFunctions?: unknown };
if (typeof host.CustomFunctions === "undefined") {
  host.CustomFunctions = { associate: () => undefined };
}

export {};
