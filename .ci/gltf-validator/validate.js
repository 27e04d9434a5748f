// Validates each glTF/GLB file given on the command line with the Khronos glTF validator and
// prints one JSON line per file: its issues (code, severity, pointer, message) and its external
// resources. External URIs are read relative to the file, as a loader would; a missing one is an
// IO_ERROR issue. Used by GltfValidatorTest; exits 2 when the validator cannot be loaded.
const fs = require('fs');
const path = require('path');
let validator;
try {
  validator = require(path.join(__dirname, 'node_modules', 'gltf-validator'));
} catch (e) {
  console.error('gltf-validator is not installed in ' + __dirname + ': run npm ci there (.ci/run does)');
  process.exit(2);
}

async function validate(file) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const folder = path.dirname(file);
  const report = await validator.validateBytes(bytes, {
    uri: path.basename(file),
    maxIssues: 1000,
    externalResourceFunction: (uri) => new Promise((resolve, reject) => {
      fs.readFile(path.join(folder, decodeURIComponent(uri)), (err, data) => {
        if (err) reject(err.toString()); else resolve(new Uint8Array(data));
      });
    }),
  });
  const resources = ((report.info && report.info.resources) || []).map((r) => ({
    pointer: r.pointer, storage: r.storage, uri: r.uri || null,
  }));
  return {
    file: file,
    issues: report.issues.messages.map((m) => ({
      code: m.code, severity: m.severity, pointer: m.pointer || null, message: m.message,
    })),
    resources: resources,
  };
}

(async () => {
  for (const file of process.argv.slice(2)) {
    console.log(JSON.stringify(await validate(file)));
  }
})().catch((e) => {
  console.error(String(e));
  process.exit(1);
});
