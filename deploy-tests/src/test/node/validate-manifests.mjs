// Validates every object of the given multi-document YAML files against its schema, offline:
//  - Kubernetes' own kinds and the CRDs of Istio, Argo CD, the Prometheus Operator and External
//    Secrets with the compiled validators of the npm packages kubernetes-models / @kubernetes-models/*;
//  - Strimzi's kinds with Bazaar's own JSON schemas (src/test/resources/schemas, see their $comment).
// An object of a kind with no schema is an error, never skipped. Prints one JSON document:
// {"objects": [{"file", "apiVersion", "kind", "name", "validator", "errors": [...]}]}.
// Usage: node validate-manifests.mjs <schemas dir> <file.yaml>...
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
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
        return { validator: module, errors: [] };
    } catch (e) {
        return { validator: module, errors: [String(e.message)] };
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
        objects.push({ file, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name, ...result });
    }
}
process.stdout.write(JSON.stringify({ objects }) + "\n");
