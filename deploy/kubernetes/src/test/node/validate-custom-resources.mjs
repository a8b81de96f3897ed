// Validates the operators' custom resources (Strimzi, CloudNativePG, Prometheus Operator) strictly.
//
// Input (stdin): a JSON array of manifests. Output (stdout): a JSON array, for each manifest the list
// of its violations (empty when valid). Exit code 0 unless the script itself fails.
//
// The checks come from the @kubernetes-models packages (package.json pins them), generated from the
// upstream CRDs' OpenAPI schemas; each kind ships two artifacts and both are used:
//  1. its validator (Ajv, compiled from the CRD schema): required fields, types, enums, patterns,
//     bounds. Like Kubernetes it ignores fields the schema does not name.
//  2. its TypeScript declaration: every object of the schema that declares properties is an
//     interface. The manifest, written as a TypeScript object literal of that type, is type-checked:
//     TypeScript rejects a property an interface does not declare ("excess property check"), at every
//     level. Objects the CRD leaves open stay open: x-kubernetes-preserve-unknown-fields (Kafka's
//     `config`) is declared `{}` and a map (additionalProperties: a schema) an index signature, which
//     accept any key. This is the rule "close every object that has properties and neither
//     additionalProperties nor x-kubernetes-preserve-unknown-fields".
import { readFileSync } from "node:fs";
import ts from "typescript";

/** API group -> the package generated from that operator's CRDs. */
const PACKAGES = {
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

const manifests = JSON.parse(readFileSync(0, "utf8"));
const problems = manifests.map(() => []);
// virtual file name -> [index of the manifest, TypeScript source]; the files are never written, they
// are named in this folder so that their imports resolve from here, as this script's own do
const here = new URL(".", import.meta.url).pathname;
const sources = new Map();

for (const [index, manifest] of manifests.entries()) {
  const [group, version, extra] = String(manifest?.apiVersion ?? "").split("/");
  const kind = String(manifest?.kind ?? "");
  const pkg = PACKAGES[group];
  if (!pkg || !version || extra !== undefined || !/^[A-Za-z0-9]+$/.test(kind)) {
    problems[index].push(`no schema for ${manifest?.apiVersion} ${kind}`);
    continue;
  }
  const module = `${pkg}/${group}/${version}/${kind}`;
  let model;
  try {
    model = (await import(module))[kind];
  } catch {
    model = undefined;
  }
  if (typeof model !== "function") {
    problems[index].push(`no schema for ${group}/${version} ${kind} in ${pkg}`);
    continue;
  }
  try {
    new model(manifest).validate();
  } catch (e) {
    // Ajv's messages, one a line: "data/spec must have required property 'roles'"
    problems[index].push(...String(e.message).split("\n").filter((line) => line.trim() !== ""));
  }
  sources.set(`${here}manifest-${index}.ts`, [index,
    `import type { I${kind} as Manifest } from "${module}";\n`
    + `export const manifest: Manifest = ${JSON.stringify(manifest, null, 1)};\n`]);
}

if (sources.size > 0) {
  typeCheck();
}
process.stdout.write(JSON.stringify(problems));

function typeCheck() {
  const options = {
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  host.readFile = (name) => sources.get(name)?.[1] ?? readFile(name);
  host.getSourceFile = (name, language, onError) => sources.has(name)
    ? ts.createSourceFile(name, sources.get(name)[1], language, true)
    : getSourceFile(name, language, onError);
  const program = ts.createProgram([...sources.keys()], options, host);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const source = diagnostic.file && sources.get(diagnostic.file.fileName);
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, " ");
    if (!source || diagnostic.code === 2307) { // 2307: Cannot find module
      throw new Error(`TypeScript: ${text}`); // the packages' own declarations: a setup problem
    }
    problems[source[0]].push(`${pathAt(diagnostic.file, diagnostic.start)}: ${shorten(diagnostic.code, text)}`);
  }
}

/** The JSON path (/spec/kafka/replicaz) of the literal at a position of a manifest's source. */
function pathAt(file, position) {
  let node = findNode(file, position);
  const path = [];
  for (; node && !ts.isVariableDeclaration(node); node = node.parent) {
    if (ts.isPropertyAssignment(node)) {
      path.unshift(node.name.text ?? node.name.getText(file));
    } else if (node.parent && ts.isArrayLiteralExpression(node.parent)) {
      path.unshift(String(node.parent.elements.indexOf(node)));
    }
  }
  return "/" + path.join("/");
}

function findNode(node, position) {
  const child = node.getChildren().find((c) => c.getStart() <= position && position < c.getEnd());
  return child ? findNode(child, position) : node;
}

/** TypeScript's messages quote the whole target type; the field is what matters. */
function shorten(code, text) {
  const field = /'"?([^'"]+)"?'/.exec(text)?.[1];
  switch (code) {
    case 2353: // Object literal may only specify known properties, and 'x' does not exist in type …
    case 2561: // … but 'x' does not exist in type …. Did you mean to write 'y'?
      return `unknown field "${field}"`;
    case 2741: // Property 'x' is missing in type … but required in type …
      return `missing required field "${field}"`;
    default:
      return text.length > 300 ? text.slice(0, 300) + "…" : text;
  }
}
