// Validates every object of the given multi-document YAML files against its schema, offline:
//  - Kubernetes' own kinds and the CRDs of Istio, Argo CD, the Prometheus Operator and External
//    Secrets with the compiled validators of the npm packages kubernetes-models / @kubernetes-models/*;
//  - Strimzi's kinds with Bazaar's own JSON schemas (src/test/resources/schemas, see their $comment).
// The compiled validators check types, enums, formats and required fields but let unknown fields
// through (Kubernetes' OpenAPI allows them); so every object they cover is also type-checked by the
// TypeScript compiler against the packages' interfaces, whose excess-property check rejects a field
// the kind does not have (a misspelt "livenessProb" would otherwise pass unnoticed).
// An object of a kind with no schema is an error, never skipped. Prints one JSON document:
// {"objects": [{"file", "apiVersion", "kind", "name", "validator", "errors": [...]}]}.
// Usage: node validate-manifests.mjs <schemas dir> <file.yaml>...
import { readFileSync, existsSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const [schemasDir, ...files] = process.argv.slice(2);

const crdPackages = [
    [/\.istio\.io$/, "@kubernetes-models/istio"],
    [/^argoproj\.io$/, "@kubernetes-models/argo-cd"],
    [/^monitoring\.coreos\.com$/, "@kubernetes-models/prometheus-operator"],
    [/^external-secrets\.io$/, "@kubernetes-models/external-secrets"],
];
const ownSchemaGroups = new Set(["kafka.strimzi.io"]);

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const ownValidators = new Map();

function ownValidator(group, version, kind) {
    const key = `${group}/${version}/${kind}`;
    if (!ownValidators.has(key)) {
        const file = join(schemasDir, group, version, `${kind}.json`);
        ownValidators.set(key, existsSync(file) ? ajv.compile(JSON.parse(readFileSync(file, "utf8"))) : null);
    }
    return ownValidators.get(key);
}

async function modelClass(group, version, kind) {
    let module;
    if (group === "") {
        module = `kubernetes-models/${version}/${kind}`;
    } else {
        const pkg = crdPackages.find(([pattern]) => pattern.test(group));
        module = pkg ? `${pkg[1]}/${group}/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
    }
    try {
        return { module, model: (await import(module))[kind] };
    } catch (e) {
        if (e.code === "ERR_MODULE_NOT_FOUND" || e.code === "ERR_PACKAGE_PATH_NOT_EXPORTED") {
            return { module, model: undefined };
        }
        throw e;
    }
}

async function validate(object) {
    if (typeof object?.apiVersion !== "string" || typeof object?.kind !== "string") {
        return { validator: "none", errors: ["apiVersion and kind must be strings"] };
    }
    const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
    if (ownSchemaGroups.has(group)) {
        const check = ownValidator(group, version, object.kind);
        if (!check) {
            return { validator: "none", errors: [`no schema for ${object.apiVersion} ${object.kind} in ${schemasDir}`] };
        }
        return {
            validator: `schemas/${group}/${version}/${object.kind}.json`,
            errors: check(object) ? [] : check.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`),
        };
    }
    const { module, model } = await modelClass(group, version, object.kind);
    if (!model) {
        return { validator: "none", errors: [`no schema for ${object.apiVersion} ${object.kind} (no module ${module})`] };
    }
    try {
        new model(object).validate();
        return { validator: module, errors: [], typeModule: module, typeName: `I${object.kind}` };
    } catch (e) {
        return { validator: module, errors: [String(e.message)] };
    }
}

// One line per object: `const o<i>: I<Kind> = <the object as JSON>;`, so a diagnostic's line names
// its object. Written under target/ of the working directory, where node_modules resolves.
function typeCheck(objects) {
    const checked = objects.map((o, i) => [o, i]).filter(([o]) => o.typeModule);
    if (checked.length === 0) {
        return;
    }
    const dir = resolve("target", `typecheck-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "objects.ts");
    const aliases = new Map();
    for (const [o] of checked) {
        if (!aliases.has(o.typeModule)) {
            aliases.set(o.typeModule, { alias: `T${aliases.size}`, name: o.typeName });
        }
    }
    const imports = [...aliases].map(([module, { alias, name }]) => `import type { ${name} as ${alias} } from "${module}";`);
    const lines = [...imports, ...checked.map(([o, i]) => `export const o${i}: ${aliases.get(o.typeModule).alias} = ${JSON.stringify(o.object)};`)];
    writeFileSync(file, lines.join("\n") + "\n");
    try {
        const program = ts.createProgram([file], {
            strict: true, noEmit: true, skipLibCheck: true, types: [],
            module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
        });
        for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
            const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
            if (!diagnostic.file || resolve(diagnostic.file.fileName) !== file) {
                throw new Error(`type check setup: ${message}`);
            }
            const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line - imports.length;
            const [object] = checked[line];
            object.errors.push(`${message.split("\n")[0]} (TypeScript ${diagnostic.code})`);
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

const objects = [];
for (const file of files) {
    for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
        if (document.errors.length > 0) {
            objects.push({ file, validator: "yaml", errors: document.errors.map(String) });
            continue;
        }
        const object = document.toJS();
        if (object === null || object === undefined) {
            continue;
        }
        const result = await validate(object);
        objects.push({ file, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name, ...result, object });
    }
}
typeCheck(objects);
process.stdout.write(JSON.stringify({
    objects: objects.map(({ object, typeModule, typeName, ...result }) => result),
}) + "\n");
