/**
 * An offline structural check of manifest.xml. Microsoft's validator (`npm run validate`) needs a
 * network and no current XSD is published, so this checks what breaks a sideload most often:
 * well-formed XML, the element order the schema prescribes, resource ids that exist and are of the
 * right kind, https everywhere, the LVS namespace and the shared runtime.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

interface Node {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: Node[];
  readonly text: string;
}

const ATTRIBUTES = ":@";

function toNode(raw: Record<string, unknown>): Node | undefined {
  const name = Object.keys(raw).find((k) => k !== ATTRIBUTES);
  if (name === undefined || name === "#text" || name === "?xml" || name === "#comment") return undefined;
  const content = (raw[name] as Record<string, unknown>[]) ?? [];
  const attributes = Object.fromEntries(
    Object.entries((raw[ATTRIBUTES] as Record<string, unknown>) ?? {}).map(([k, v]) => [
      k.replace(/^@_/, ""),
      String(v),
    ]),
  );
  const text = content
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("")
    .trim();
  const children = content.map(toNode).filter((n): n is Node => n !== undefined);
  return { name, attributes, children, text };
}

function parse(xml: string): Node | undefined {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const roots = (parser.parse(xml) as Record<string, unknown>[]).map(toNode).filter((n): n is Node => n !== undefined);
  return roots[0];
}

function* walk(node: Node, path: string[] = []): Generator<[Node, string[]]> {
  yield [node, path];
  for (const child of node.children) yield* walk(child, [...path, node.name]);
}

function child(node: Node | undefined, name: string): Node | undefined {
  return node?.children.find((c) => c.name === name);
}

/** Element sequences from Microsoft's manifest schema (OfficeApp 1.1, VersionOverrides 1.0). */
const SEQUENCES: Record<string, readonly string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
    "ExtendedOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "WebApplicationInfo"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab", "OfficeMenu"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Group: ["Label", "Icon", "Control"],
};

const REQUIRED_IN_OFFICEAPP = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "DefaultSettings",
  "Permissions",
];

/** Which resource list a resid must come from, by the element that refers to it. */
function expectedKind(element: string, parent: string | undefined): string | undefined {
  if (element === "bt:Image") return "bt:Images";
  if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(element)) return "bt:Urls";
  if (["Namespace", "Label", "Title"].includes(element)) return "bt:ShortStrings";
  if (element === "Description" && parent !== "OfficeApp") return "bt:LongStrings";
  return undefined;
}

export interface ManifestCheckOptions {
  /** The namespace the functions must be under. */
  readonly namespace: string;
  readonly defaultLocale: string;
}

export function checkManifest(
  xml: string,
  options: ManifestCheckOptions = { namespace: "LVS", defaultLocale: "nl-NL" },
): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`];
  const root = parse(xml);
  if (!root || root.name !== "OfficeApp") return ["the root element is not OfficeApp"];
  if (root.attributes.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1")
    problems.push("OfficeApp has the wrong xmlns");
  if (root.attributes["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp must be xsi:type="TaskPaneApp"');

  // Element order and required elements.
  for (const [node] of walk(root)) {
    const sequence = SEQUENCES[node.name];
    if (!sequence) continue;
    let last = -1;
    for (const c of node.children) {
      const index = sequence.indexOf(c.name);
      if (index === -1) {
        problems.push(`<${c.name}> is not allowed inside <${node.name}>`);
      } else if (index < last) {
        problems.push(`<${c.name}> comes too late inside <${node.name}>; the schema order is ${sequence.join(", ")}`);
      } else {
        last = index;
      }
    }
  }
  for (const name of REQUIRED_IN_OFFICEAPP) {
    if (!child(root, name)) problems.push(`OfficeApp lacks <${name}>`);
  }
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(child(root, "Id")?.text ?? "")) {
    problems.push("<Id> is not a GUID");
  }
  if (child(root, "DefaultLocale")?.text !== options.defaultLocale)
    problems.push(`<DefaultLocale> is not ${options.defaultLocale}`);
  for (const name of ["DisplayName", "Description"]) {
    if (!child(root, name)?.attributes.DefaultValue) problems.push(`<${name}> has no DefaultValue`);
  }

  // Resources: unique ids, every resid defined and of the right kind.
  const resources = child(child(root, "VersionOverrides"), "Resources");
  const defined = new Map<string, { kind: string; value: string }>();
  for (const list of resources?.children ?? []) {
    for (const item of list.children) {
      const id = item.attributes.id ?? "";
      if (defined.has(id)) problems.push(`resource id ${id} is defined twice`);
      defined.set(id, { kind: list.name, value: item.attributes.DefaultValue ?? "" });
    }
  }
  const used = new Set<string>();
  for (const [node, path] of walk(root)) {
    const resid = node.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const found = defined.get(resid);
    const kind = expectedKind(node.name, path[path.length - 1]);
    if (!found) problems.push(`resid ${resid} (on <${node.name}>) is not defined in <Resources>`);
    else if (kind && found.kind !== kind)
      problems.push(`resid ${resid} on <${node.name}> should be in ${kind}, not ${found.kind}`);
    if (resid.length > 32) problems.push(`resid ${resid} is longer than 32 characters`);
  }
  for (const id of defined.keys()) if (!used.has(id)) problems.push(`resource ${id} is defined but never used`);

  // Every URL https.
  for (const [node] of walk(root)) {
    const urls = [node.attributes.DefaultValue, node.name === "AppDomain" ? node.text : undefined];
    const isUrlElement = [
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "SourceLocation",
      "bt:Image",
      "bt:Url",
      "AppDomain",
    ].includes(node.name);
    for (const url of urls) {
      if (url && isUrlElement && !url.startsWith("https://")) problems.push(`<${node.name}> URL is not https: ${url}`);
    }
  }

  // Custom functions: namespace and shared runtime.
  const host = child(child(child(root, "VersionOverrides"), "Hosts"), "Host");
  const functions = child(host, "AllFormFactors")?.children.find((c) => c.attributes["xsi:type"] === "CustomFunctions");
  const namespaceId = child(functions, "Namespace")?.attributes.resid;
  if (!functions) problems.push("no CustomFunctions extension point");
  else if (!namespaceId || defined.get(namespaceId)?.value !== options.namespace) {
    problems.push(`the custom functions namespace is not ${options.namespace}`);
  }
  const sets = child(child(root, "Requirements"), "Sets")?.children ?? [];
  if (!sets.some((s) => s.attributes.Name === "SharedRuntime"))
    problems.push("Requirements lack the SharedRuntime set");
  const runtime = child(child(host, "Runtimes"), "Runtime");
  if (runtime?.attributes.lifetime !== "long") problems.push('the shared runtime needs <Runtime lifetime="long">');
  const page = child(child(functions, "Page"), "SourceLocation")?.attributes.resid;
  if (runtime && page !== runtime.attributes.resid) problems.push("the functions page must be the shared runtime page");
  return problems;
}
