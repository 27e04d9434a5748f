// Validates one .glb or .gltf with the Khronos glTF-Validator and prints its JSON report.
// Usage: node validate-gltf.js <node_modules folder holding gltf-validator> <file>
// External resources (a .gltf's .bin) are read relative to the file, as a viewer would.
'use strict';
const fs = require('fs');
const path = require('path');
const validator = require(path.resolve(process.argv[2], 'gltf-validator'));
const file = path.resolve(process.argv[3]);
validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
  uri: path.basename(file),
  maxIssues: 0,
  externalResourceFunction: (uri) => new Promise((resolve, reject) => {
    fs.readFile(path.resolve(path.dirname(file), decodeURIComponent(uri)), (err, data) =>
      err ? reject(err.toString()) : resolve(new Uint8Array(data)));
  }),
}).then((report) => {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}, (error) => {
  process.stderr.write('validator failed: ' + error + '\n');
  process.exit(2);
});
