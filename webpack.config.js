/**
 * Builds the add-in into dist/: taskpane.html (which also loads the custom functions, as the
 * shared runtime wants), functions.js, functions.json (generated from the JSDoc of
 * src/functions/functions.ts by Microsoft's metadata plugin), help.html, the icons and the manifest.
 *
 * Production URL: `npm run build -- --env url=https://addin.example.nl/` writes that address into
 * dist/manifest.xml instead of https://localhost:3000/.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsJsonAanvulling } = require("./scripts/functions-json.cjs");

const DEV_URL = "https://localhost:3000/";
const PORT = 3000;

function productionUrl(env) {
  const url = env.url ?? process.env.LVS_ADDIN_URL;
  if (url === undefined) return DEV_URL;
  if (!/^https:\/\/[^/\s]+/.test(url)) throw new Error(`The add-in URL must start with https:// (got ${url})`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The dev certificates of office-addin-dev-certs, read directly (it cannot trust them without sudo). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", key: "localhost.key", cert: "localhost.crt" };
  const found = Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]);
  if (!found.every(([, f]) => fs.existsSync(f))) return undefined;
  return Object.fromEntries(found.map(([k, f]) => [k, fs.readFileSync(f)]));
}

function naarTaskpane(req, res, next) {
  if (req.url.split("?")[0] !== "/") return next();
  res.statusCode = 302;
  res.setHeader("Location", "/taskpane.html");
  res.end();
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const url = productionUrl(env);
  const certificates = env.WEBPACK_SERVE ? devCertificates() : undefined;
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsJsonAanvulling(url),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help/help.html", to: "help.html" },
          { from: "src/help/help.css", to: "help.css" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_URL).join(url),
          },
        ],
      }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: PORT,
      hot: false,
      liveReload: false,
      client: false,
      static: false,
      // Excel on the web fetches functions.json and functions.js from its own origin: without this
      // header the functions do not load there. The files hold code only, never pupil data.
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certificates ? { type: "https", options: certificates } : { type: "https" },
      // The bare address is what people type: lead it to the taskpane instead of "Cannot GET /".
      setupMiddlewares: (middlewares) => {
        middlewares.push({ name: "naar-taskpane", middleware: naarTaskpane });
        return middlewares;
      },
    },
  };
};
