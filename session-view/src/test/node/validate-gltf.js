// Validates .glb and .gltf files with the Khronos glTF-Validator; prints one JSON array holding
// each file's report, in argument order.
// Usage: node validate-gltf.js <node_modules folder holding gltf-validator> <file>...
// External resources (a .gltf's .bin) are read relative to the file, as a viewer would.
'use strict';
const fs = require('fs');
const path = require('path');
const validator = require(path.resolve(process.argv[2], 'gltf-validator'));

function validate(file) {
  return validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
    uri: path.basename(file),
    maxIssues: 0,
    externalResourceFunction: (uri) => new Promise((resolve, reject) => {
      fs.readFile(path.resolve(path.dirname(file), decodeURIComponent(uri)), (err, data) =>
        err ? reject(err.toString()) : resolve(new Uint8Array(data)));
    }),
  });
}

(async () => {
  const reports = [];
  for (const file of process.argv.slice(3)) {
    reports.push(await validate(path.resolve(file)));
  }
  process.stdout.write(JSON.stringify(reports) + '\n');
})().catch((error) => {
  process.stderr.write('validator failed: ' + error + '\n');
  process.exit(2);
});
