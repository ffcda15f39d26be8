/**
 * What Microsoft's metadata generator cannot write into functions.json, added after it ran:
 * - `allowErrorForDataTypeAny` on every parameter: without it Excel never hands a function an error
 *   cell (it answers the error itself), while the contract says an error cell counts as no score;
 * - `helpUrl` per function: its section of the help page, which Excel links from the function's tip.
 * Used by webpack.config.js on the emitted asset; tested on the built file (test/build).
 */
function aanvullen(json, url) {
  const metadata = JSON.parse(json);
  for (const f of metadata.functions) {
    f.helpUrl = `${url}help.html#functie-${f.name.toLowerCase()}`;
    for (const p of f.parameters) p.allowErrorForDataTypeAny = true;
  }
  return JSON.stringify(metadata, null, 2);
}

/** A webpack plugin that rewrites functions.json once the metadata plugin has emitted it. */
class FunctionsJsonAanvulling {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsJsonAanvulling", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsJsonAanvulling", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          compilation.updateAsset(
            "functions.json",
            new sources.RawSource(aanvullen(asset.source.source().toString(), this.url)),
          );
        },
      );
    });
  }
}

module.exports = { aanvullen, FunctionsJsonAanvulling };
