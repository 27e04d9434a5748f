#!/usr/bin/env node
// Converts the Stanford bunny (npm package `bunny`: { positions, cells }) into the geometry-cache
// sidecar of the living-room example (FORMAT.md 1.5): the bunny as a scanned mesh block sitting on
// the coffee table, coarse blocks for the table and the floor, and floor/wall/table planes.
//
// The npm package is not vendored. Install it outside the repository and run from there:
//   mkdir -p /tmp/bunny && cd /tmp/bunny && npm install bunny@1.0.1
//   node <repo>/examples/tools/bunny-to-geocache.js > <repo>/examples/living-room/scans/living-room.geocache
// Output is deterministic: no clock, no randomness.
'use strict';

const bunny = require(require.resolve('bunny', { paths: [process.cwd()] }));

// ------------------------------------------------------------------ float32 output

// Shortest decimal that reads back to the same float32 (Float.toString semantics, but without
// requiring a trailing ".0" when an exponent is used). -0 is written as 0.0.
function f32str(x) {
  const f = Math.fround(x);
  if (!Number.isFinite(f)) throw new Error(`not a finite float32: ${x}`);
  if (f === 0) return '0.0';
  for (let p = 1; p <= 9; p++) {
    // the nearest p-digit decimal can miss at a power-of-two boundary where a neighbour hits
    const nearest = Number(f.toPrecision(p));
    const step = 10 ** (Math.floor(Math.log10(Math.abs(nearest))) - p + 1);
    for (const candidate of [nearest, nearest - step, nearest + step]) {
      const s = Number(candidate.toPrecision(p));
      if (Math.fround(s) === f) {
        const t = String(s);
        return /^-?\d+$/.test(t) ? `${t}.0` : t;
      }
    }
  }
  throw new Error(`no float32 representation for ${x}`);
}

class F32 { constructor(v) { this.v = Math.fround(v) + 0; } }
const f = (v) => new F32(v);
const f3 = (a) => a.map(f);

// Two-space indented JSON, arrays of scalars on one line: the layout of FORMAT.md.
// Numbers are float64 written with a decimal point, except under "indices" (integers).
function dump(value, indent = 0, integers = false) {
  const pad = '  '.repeat(indent);
  if (value instanceof F32) return f32str(value.v);
  if (Array.isArray(value)) {
    if (value.every((v) => v instanceof F32 || typeof v !== 'object')) {
      return `[${value.map((v) => dump(v, 0, integers)).join(', ')}]`;
    }
    return `[\n${value.map((v) => `${pad}  ${dump(v, indent + 1)}`).join(',\n')}\n${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const items = Object.entries(value)
      .map(([k, v]) => `${pad}  ${JSON.stringify(k)}: ${dump(v, indent + 1, k === 'indices')}`);
    return `{\n${items.join(',\n')}\n${pad}}`;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not finite: ${value}`);
    if (integers) {
      if (!Number.isSafeInteger(value)) throw new Error(`not an index: ${value}`);
      return String(value);
    }
    const t = String(value + 0);
    return /^-?\d+$/.test(t) ? `${t}.0` : t;
  }
  return JSON.stringify(value);
}

// ------------------------------------------------------------------ geometry helpers

const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const norm = (a) => { const l = Math.hypot(...a); return l > 0 ? a.map((c) => c / l) : [0, 1, 0]; };

// Area-weighted vertex normals (the unnormalised face cross product weighs by area).
function vertexNormals(points, tris) {
  const acc = points.map(() => [0, 0, 0]);
  for (const [a, b, c] of tris) {
    const n = cross(sub(points[b], points[a]), sub(points[c], points[a]));
    for (const i of [a, b, c]) for (let k = 0; k < 3; k++) acc[i][k] += n[k];
  }
  return acc.map(norm);
}

const SCANNER = [0.0, 1.6, 0.0]; // the head pose the room was scanned from

// Confidence falls off with grazing angle and distance, with a small deterministic jitter.
function confidence(p, n, i) {
  const toScanner = norm(sub(SCANNER, p));
  const facing = Math.max(0, dot(n, toScanner));
  const dist = Math.hypot(...sub(SCANNER, p));
  const jitter = ((i * 2654435761) % 1000) / 1000 * 0.06;
  return Math.min(1, Math.max(0, 0.25 + 0.7 * facing - 0.04 * dist - jitter));
}

// Block bounds rounded outwards to the millimetre, so float32 vertices never fall outside
// float64 bounds because of rounding.
function bounds(points) {
  const min = [0, 1, 2].map((k) => Math.floor(Math.min(...points.map((p) => p[k])) * 1000) / 1000);
  const max = [0, 1, 2].map((k) => Math.ceil(Math.max(...points.map((p) => p[k])) * 1000) / 1000);
  return { min: min.map((v) => v + 0), max: max.map((v) => v + 0) };
}

function block(id, points, tris, lod) {
  const p32 = points.map((p) => p.map((c) => Math.fround(c) + 0));
  const normals = vertexNormals(p32, tris);
  for (const [a, b, c] of tris) {
    for (const i of [a, b, c]) if (!(i >= 0 && i < points.length)) throw new Error(`${id}: index ${i} out of range`);
  }
  // Member order is the canonical one the Java writer uses: id, lod, bounds, arrays.
  return {
    id,
    lod,
    bounds: bounds(p32),
    vertices: p32.flat().map(f),
    indices: tris.flat(),
    normals: normals.flat().map(f),
    confidence: p32.map((p, i) => f(confidence(p, normals[i], i))),
  };
}

// ------------------------------------------------------------------ the room

const TABLE = { min: [-1.5, 0.0, -2.3], max: [-0.9, 0.45, -1.3] };
const TABLE_TOP = [-1.2, 0.45, -1.8]; // centre of the table's top face
const BUNNY_HEIGHT = 0.18; // metres

function bunnyBlock() {
  const pos = bunny.positions;
  const lo = [0, 1, 2].map((k) => Math.min(...pos.map((p) => p[k])));
  const hi = [0, 1, 2].map((k) => Math.max(...pos.map((p) => p[k])));
  const s = BUNNY_HEIGHT / (hi[1] - lo[1]);
  const centre = [(lo[0] + hi[0]) / 2, lo[1], (lo[2] + hi[2]) / 2];
  const points = pos.map((p) => [0, 1, 2].map((k) => (p[k] - centre[k]) * s + TABLE_TOP[k]));
  let tris = bunny.cells.map((c) => [c[0], c[1], c[2]]);
  // make the winding face outwards: the signed volume of a closed-ish outward mesh is positive
  let volume = 0;
  for (const [a, b, c] of tris) volume += dot(points[a], cross(points[b], points[c]));
  if (volume < 0) tris = tris.map(([a, b, c]) => [a, c, b]);
  return block('blk-bunny', points, tris, 'maximum');
}

function tableBlock() {
  const [x0, y0, z0] = TABLE.min;
  const [x1, y1, z1] = TABLE.max;
  // a scan sees the top and the four sides, not the underside: 8 shared vertices, 10 triangles
  const points = [[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1],
    [x0, y1, z0], [x1, y1, z0], [x1, y1, z1], [x0, y1, z1]];
  const tris = [[4, 7, 6], [4, 6, 5], // top
    [3, 2, 6], [3, 6, 7], // +z side
    [1, 0, 4], [1, 4, 5], // -z side
    [2, 1, 5], [2, 5, 6], // +x side
    [0, 3, 7], [0, 7, 4]]; // -x side
  return block('blk-table', points, tris, 'medium');
}

function floorBlock() {
  const points = [];
  const tris = [];
  const xs = [-3, -2, -1, 0, 1, 2, 3];
  const zs = [-4, -3, -2, -1, 0, 1];
  for (const z of zs) for (const x of xs) points.push([x, 0, z]);
  const at = (i, j) => j * xs.length + i;
  for (let j = 0; j + 1 < zs.length; j++) {
    for (let i = 0; i + 1 < xs.length; i++) {
      tris.push([at(i, j), at(i, j + 1), at(i + 1, j)], [at(i + 1, j), at(i, j + 1), at(i + 1, j + 1)]);
    }
  }
  return block('blk-floor', points, tris, 'minimum');
}

const FACE_UP = [-0.7071068, 0.0, 0.0, 0.7071068]; // plane +z turned to world +y

const cache = {
  format: 'appsim.geometry-cache',
  formatVersion: '1.0',
  capturedAt: '2026-11-20T09:10:00Z',
  bounds: { min: [-3.0, 0.0, -4.0], max: [3.0, 2.7, 1.0] },
  meshBlocks: [floorBlock(), tableBlock(), bunnyBlock()],
  planes: [
    { id: 'pln-floor', pose: { position: [0.0, 0.0, -1.5], rotation: FACE_UP },
      extent: [6.0, 5.0], semantics: ['floor'],
      boundary: [[-3.0, -2.5], [3.0, -2.5], [3.0, 2.5], [-3.0, 2.5]] },
    { id: 'pln-wall-back', pose: { position: [0.0, 1.35, -4.0], rotation: [0.0, 0.0, 0.0, 1.0] },
      extent: [6.0, 2.7], semantics: ['wall'],
      // the lower left corner is hidden behind the floor lamp, so the scanned outline has a notch
      boundary: [[-2.1, -1.35], [3.0, -1.35], [3.0, 1.35], [-3.0, 1.35], [-3.0, -0.4], [-2.1, -0.4]] },
    { id: 'pln-table', pose: { position: TABLE_TOP, rotation: FACE_UP },
      extent: [0.6, 1.0], semantics: ['table'],
      boundary: [[-0.3, -0.5], [0.3, -0.5], [0.3, 0.5], [-0.3, 0.5]] },
  ],
};

process.stdout.write(`${dump(cache)}\n`);
