#!/usr/bin/env python3
"""Regenerates the small asset files and the two sessions under examples/.

The assets are deliberately tiny but valid for their formats, so that packaging, dependency
discovery and nested-path rewriting can be exercised on real files:
  - glTF 2.0 models with an external .bin buffer and an external PNG texture,
  - a glTF with an embedded data: URI buffer (must stay embedded),
  - an OBJ with an MTL that carries texture-map options,
  - PNG textures, one of them referenced from three places and one byte-identical copy
    at another path (content deduplication).
The geometry-cache sidecar is produced separately by bunny-to-geocache.js.

Run from the repository root: python3 examples/tools/make-assets.py
Output is deterministic (no timestamps, no randomness).
"""
import base64
import math
import os
import struct
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LIVING = os.path.join(ROOT, "living-room")
ZI_DATA = os.path.join(LIVING, "zi", "data")


def out(rel, data):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)


# ---------------------------------------------------------------- JSON in canonical layout

def f32(x):
    """The float32 nearest to x, as a Python float."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f32_str(x):
    """Shortest decimal that reads back to the same float32 (no -0, always a '.' or exponent)."""
    v = f32(x)
    if v == 0:
        return "0.0"
    for p in range(1, 10):
        s = "%.*g" % (p, v)
        if f32(float(s)) == v:
            r = repr(float(s))
            return r
    raise AssertionError(x)


class F32(float):
    """Marks a number that is printed in shortest float32 form."""


def dump(value, indent=0):
    """Two-space indented JSON; arrays of scalars stay on one line, as in FORMAT.md."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = ['%s  %s: %s' % (pad, dump(k), dump(v, indent + 1)) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(dump(v) for v in value) + "]"
        items = [pad + "  " + dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, F32):
        return f32_str(value)
    if isinstance(value, float):
        assert math.isfinite(value)
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        import json
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(type(value))


def dump_doc(value):
    return dump(value) + "\n"


# ---------------------------------------------------------------- PNG

def png(width, height, color_type, pixel):
    """A real PNG: colour type 0 (grey) or 2 (RGB), 8 bits, filter 0 on every row."""
    channels = {0: 1, 2: 3}[color_type]
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            px = pixel(x, y)
            raw.extend(px if channels == 3 else (px,))
    assert len(raw) == height * (1 + width * channels)

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def fabric(x, y):
    # a two-tone basket weave with a little thread noise
    warp = ((x // 4) + (y // 4)) % 2
    thread = ((x * 7 + y * 13) % 5) * 3
    base = (118, 92, 74) if warp else (140, 112, 90)
    return tuple(min(255, c + thread) for c in base)


def brass(x, y):
    shine = int(40 * math.sin((x + y * 0.5) / 64 * math.pi) ** 2)
    return (min(255, 181 + shine), min(255, 140 + shine), min(255, 62 + shine // 2))


def brass_bump(x, y):
    # fine brushed grooves along x
    return 128 + int(60 * math.sin(y * math.pi / 4)) + ((x * 31 + y * 17) % 7) - 3


# ---------------------------------------------------------------- meshes

def sub(a, b): return [a[i] - b[i] for i in range(3)]
def cross(a, b): return [a[1]*b[2]-a[2]*b[1], a[2]*b[0]-a[0]*b[2], a[0]*b[1]-a[1]*b[0]]
def dot(a, b): return sum(a[i]*b[i] for i in range(3))


def box(lo, hi, verts, norms, uvs, idx):
    """Appends an axis-aligned box with per-face normals and CCW outward winding."""
    c = [(lo[i] + hi[i]) / 2 for i in range(3)]
    h = [(hi[i] - lo[i]) / 2 for i in range(3)]
    faces = []
    for axis in range(3):
        for sign in (1, -1):
            n = [0, 0, 0]; n[axis] = sign
            u = [0, 0, 0]; u[(axis + 1) % 3] = 1
            v = cross(n, u)
            faces.append((n, u, v))
    for n, u, v in faces:
        base = len(verts)
        for su, sv in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
            p = [c[i] + n[i]*h[i] + su*u[i]*h[i] + sv*v[i]*h[i] for i in range(3)]
            verts.append([f32(t) for t in p])
            norms.append([float(t) for t in n])
            uvs.append([float((su + 1) // 2), float(1 - (sv + 1) // 2)])
        idx.extend([base, base + 1, base + 2, base, base + 2, base + 3])


def check_winding(verts, norms, idx):
    for t in range(0, len(idx), 3):
        a, b, c = (verts[i] for i in idx[t:t+3])
        fn = cross(sub(b, a), sub(c, a))
        assert dot(fn, norms[idx[t]]) > 0, ("inward triangle", t)


def gltf_model(name, boxes, image_uri, embed=False):
    verts, norms, uvs, idx = [], [], [], []
    for lo, hi in boxes:
        box(lo, hi, verts, norms, uvs, idx)
    check_winding(verts, norms, idx)
    n = len(verts)
    pos_b = b"".join(struct.pack("<3f", *p) for p in verts)
    nrm_b = b"".join(struct.pack("<3f", *p) for p in norms)
    uv_b = b"".join(struct.pack("<2f", *p) for p in uvs)
    idx_b = b"".join(struct.pack("<H", i) for i in idx)
    idx_b += b"\0" * (-len(idx_b) % 4)
    blob = pos_b + nrm_b + uv_b + idx_b
    views, off = [], 0
    for part, target in ((pos_b, 34962), (nrm_b, 34962), (uv_b, 34962), (idx_b, 34963)):
        length = len(part) if target == 34962 else len(idx) * 2
        views.append({"buffer": 0, "byteOffset": off, "byteLength": length, "target": target})
        off += len(part)
    lo = [F32(min(p[i] for p in verts)) for i in range(3)]
    hi = [F32(max(p[i] for p in verts)) for i in range(3)]
    uri = ("data:application/octet-stream;base64," + base64.b64encode(blob).decode("ascii")
           if embed else name + ".bin")
    doc = {
        "asset": {"version": "2.0", "generator": "appsim examples make-assets.py"},
        "scene": 0,
        "scenes": [{"name": name, "nodes": [0]}],
        "nodes": [{"name": name, "mesh": 0}],
        "meshes": [{"name": name, "primitives": [{
            "attributes": {"POSITION": 0, "NORMAL": 1, "TEXCOORD_0": 2},
            "indices": 3, "material": 0, "mode": 4}]}],
        "materials": [{"name": name + "-fabric", "pbrMetallicRoughness": {
            "baseColorTexture": {"index": 0}, "metallicFactor": 0.0, "roughnessFactor": 0.9}}],
        "textures": [{"sampler": 0, "source": 0}],
        "samplers": [{"magFilter": 9729, "minFilter": 9987, "wrapS": 10497, "wrapT": 10497}],
        "images": [{"uri": image_uri}],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": n, "type": "VEC3", "min": lo, "max": hi},
            {"bufferView": 1, "componentType": 5126, "count": n, "type": "VEC3"},
            {"bufferView": 2, "componentType": 5126, "count": n, "type": "VEC2"},
            {"bufferView": 3, "componentType": 5123, "count": len(idx), "type": "SCALAR"},
        ],
        "bufferViews": views,
        "buffers": [{"byteLength": len(blob), "uri": uri}],
    }
    return dump_doc(doc), blob


def lamp_obj():
    """A floor lamp: brass base and pole, linen shade; smooth sides, flat caps."""
    v, vt, vn, groups = [], [], [], []
    seg = 16

    def vert(p):
        v.append(p); return len(v)

    def norm(n):
        vn.append(n); return len(vn)

    def tex(t):
        vt.append(t); return len(vt)

    def frustum(y0, y1, r0, r1, material, caps):
        faces = []
        slope = (r0 - r1) / (y1 - y0)
        k = 1 / math.sqrt(1 + slope * slope)
        ring0, ring1, nr, tr0, tr1 = [], [], [], [], []
        for i in range(seg + 1):
            a = 2 * math.pi * (i % seg) / seg
            c, s = math.cos(a), math.sin(a)
            if i < seg:
                ring0.append(vert((r0 * c, y0, r0 * s)))
                ring1.append(vert((r1 * c, y1, r1 * s)))
                nr.append(norm((c * k, slope * k, s * k)))
            tr0.append(tex((i / seg, 0.0)))
            tr1.append(tex((i / seg, 1.0)))
        for i in range(seg):
            j = (i + 1) % seg
            faces.append([(ring0[i], tr0[i], nr[i]), (ring1[i], tr1[i], nr[i]),
                          (ring1[j], tr1[i + 1], nr[j]), (ring0[j], tr0[i + 1], nr[j])])
        if caps:
            for ring, y, up in ((ring0, y0, False), (ring1, y1, True)):
                centre = vert((0.0, y, 0.0))
                n = norm((0.0, 1.0 if up else -1.0, 0.0))
                tc = tex((0.5, 0.5))
                for i in range(seg):
                    j = (i + 1) % seg
                    a, b = (ring[j], ring[i]) if up else (ring[i], ring[j])
                    faces.append([(centre, tc, n), (a, tc, n), (b, tc, n)])
        groups.append((material, faces))

    frustum(0.0, 0.03, 0.18, 0.18, "brass", True)
    frustum(0.03, 1.45, 0.015, 0.015, "brass", False)
    frustum(1.42, 1.70, 0.22, 0.12, "linen-shade", False)

    # winding check: face normal agrees with the stored vertex normal
    for _, faces in groups:
        for f in faces:
            a, b, c = (v[f[i][0] - 1] for i in range(3))
            assert dot(cross(sub(b, a), sub(c, a)), vn[f[0][2] - 1]) > 0

    def num(x):
        return ("%.6f" % x).rstrip("0").rstrip(".") if abs(x) > 5e-7 else "0"

    lines = ["# Floor lamp for the appsim living-room example (generated by make-assets.py)",
             "mtllib lamp.mtl", "o floor-lamp"]
    lines += ["v %s %s %s" % tuple(num(t) for t in p) for p in v]
    lines += ["vt %s %s" % tuple(num(t) for t in p) for p in vt]
    lines += ["vn %s %s %s" % tuple(num(t) for t in p) for p in vn]
    for material, faces in groups:
        lines.append("usemtl " + material)
        lines.append("s 1")
        for f in faces:
            lines.append("f " + " ".join("%d/%d/%d" % c for c in f))
    return "\n".join(lines) + "\n"


LAMP_MTL = """# Materials for lamp.obj (generated by make-assets.py)
newmtl brass
Ka 0.2 0.16 0.07
Kd 0.71 0.55 0.24
Ks 0.9 0.85 0.6
Ns 250
illum 2
map_Kd -s 1 1 1 textures/brass.png
map_Bump -bm 0.4 textures/brass-bump.png

newmtl linen-shade
Ka 0.1 0.1 0.1
Kd 0.92 0.88 0.8
Ks 0 0 0
Ns 10
d 0.85
illum 1
map_Kd ../textures/fabric.png
"""


# ---------------------------------------------------------------- sessions

ZI_WINDOWS = "C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice"


def living_room_session():
    """The session as Ana's simulator saved it on her Windows machine (members in canonical order)."""
    return {
        "format": "appsim.session",
        "formatVersion": "1.0",
        "metadata": {
            "name": "Living room, evening light",
            "createdAt": "2026-11-20T09:15:00Z",
            "modifiedAt": "2026-11-21T16:02:41.125Z",
            "generator": {"name": "Application Simulator", "version": "1.6.0"},
            "properties": {
                "team": "interaction",
                "scenario": "reading corner, evening",
                "device": "Magic Leap 2 virtual device",
            },
        },
        "scene": {"nodes": [
            {"id": "room", "kind": "group", "name": "Living room"},
            {"id": "furniture", "kind": "group", "parent": "room", "name": "Furniture"},
            {"id": "sofa", "kind": "model", "parent": "furniture", "name": "Sofa",
             "transform": {"position": [-2.5, 0.0, -1.8], "rotation": [0.0, 0.7071068, 0.0, 0.7071068]},
             "asset": ZI_WINDOWS + "\\data\\models\\sofa.gltf",
             "x-simulator": {"physics": {"static": True, "massKg": 48.5}, "tags": ["seating"]}},
            {"id": "armchair", "kind": "model", "parent": "furniture", "name": "Armchair",
             "transform": {"position": [0.4, 0.0, -3.1], "rotation": [0.0, -0.3007058, 0.0, 0.953717]},
             "asset": "%ML_ZI_ROOT%\\data\\models\\chair.gltf"},
            {"id": "guest-chair", "kind": "model", "parent": "furniture", "name": "Guest chair (stored)",
             "visible": False,
             "transform": {"position": [1.8, 0.0, -0.6], "rotation": [0.0, 0.9848078, 0.0, -0.1736482]},
             "asset": "${ML_ZI_ROOT}/data/models/chair.gltf"},
            {"id": "floor-lamp", "kind": "model", "parent": "furniture", "name": "Floor lamp",
             "transform": {"position": [-2.5, 0.0, -3.4]},
             "asset": "$ML_ZI_ROOT/data/props/lamp.obj"},
            {"id": "rug", "kind": "model", "parent": "furniture", "name": "Rug",
             "transform": {"position": [-1.2, 0.0, -1.8], "scale": [1.1, 1.0, 1.25]},
             "asset": "local-assets/rug.gltf"},
            {"id": "lights", "kind": "group", "parent": "room", "name": "Lights"},
            {"id": "sun", "kind": "light", "parent": "lights", "name": "Evening sun",
             "transform": {"rotation": [-0.4082179, 0.2345697, 0.1093817, 0.8754261]},
             "light": {"type": "directional", "color": [1.0, 0.78, 0.55], "intensity": 2.5,
                       "castShadows": True}},
            {"id": "ceiling-light", "kind": "light", "parent": "lights", "name": "Ceiling light",
             "transform": {"position": [0.0, 2.6, -1.5]},
             "light": {"type": "point", "color": [1.0, 0.96, 0.9], "intensity": 250.0, "range": 6.0,
                       "castShadows": False}},
            {"id": "reading-light", "kind": "light", "parent": "floor-lamp", "name": "Reading lamp",
             "transform": {"position": [0.0, 1.55, 0.0], "rotation": [-0.5735764, 0.0, 0.0, 0.819152]},
             "light": {"type": "spot", "color": [1.0, 0.95, 0.8], "intensity": 600.0, "range": 8.0,
                       "innerConeDeg": 20.0, "outerConeDeg": 35.0, "castShadows": True}},
            {"id": "sky-fill", "kind": "light", "parent": "lights", "name": "Sky fill",
             "light": {"type": "ambient", "color": [0.55, 0.62, 0.75], "intensity": 0.15,
                       "castShadows": False}},
            {"id": "desk-anchor", "kind": "anchor", "parent": "room", "name": "Desk",
             "transform": {"position": [2.4, 0.75, -3.5], "rotation": [0.0, 0.7071068, 0.0, 0.7071068]},
             "anchorId": "2f1c9b1e-7a5d-4c1e-9a53-0d4c7e1f6b20"},
            {"id": "window-anchor", "kind": "anchor", "parent": "room", "name": "Window",
             "transform": {"position": [0.0, 1.5, -3.95]},
             "anchorId": "9b0e6d42-31c8-4f57-b2a1-6e5d0c7f8a13"},
        ]},
        "gizmos": {
            "room": {
                "selection": ["sofa", "reading-light"],
                "manipulation": "rotate",
                "pivot": "base",
                "reference": "local",
                "camera": {"mode": "freeFly", "pose": {
                    "position": [1.5, 2.2, 1.8], "rotation": [-0.2131514, -0.169532, -0.0375843, 0.9614639]}},
                "visible": ["cacheGrid", "compass", "hands", "planes"],
            },
            "panels": {
                "headPose": {"pose": {"position": [0.0, 1.6, 0.0], "rotation": [0.0, -0.0871557, 0.0, 0.9961947]},
                             "tracking": "ok"},
                "controller": {"pose": {"position": [0.2, 1.2, -0.3],
                                        "rotation": [-0.2585727, -0.0421331, -0.0112895, 0.9650065]},
                               "snapToHand": "right", "followHeadPose": False,
                               "touchpad": {"x": 0.25, "y": -0.5, "force": 0.3},
                               "pressed": ["trigger", "bumper"]},
                "hands": {
                    "left": {"pose": {"position": [-0.25, 1.1, -0.4], "rotation": [0.0, 0.0, 0.0, 1.0]},
                             "gesture": "openHand", "confidence": 0.8},
                    "right": {"pose": {"position": [0.25, 1.1, -0.4], "rotation": [0.0, 0.0, 0.0, 1.0]},
                              "gesture": "pinch", "confidence": 0.95},
                },
                "eyes": {"fixation": [-1.2, 0.55, -1.8], "confidence": 0.92},
                "layout": {
                    "headPose": {"visible": True, "collapsed": False},
                    "controller": {"visible": True, "collapsed": True},
                    "hands": {"visible": True, "collapsed": False},
                    "eyes": {"visible": False, "collapsed": True},
                },
            },
        },
        "geometryCache": {"source": "scans/living-room.geocache"},
        "x-simulator": {
            "sessionSchema": 7,
            "dockedPanels": ["headPose", "controller", "hands"],
            "autosaveMinutes": 5,
            "lastTool": "rotate",
        },
    }


def minimal_session():
    return {
        "format": "appsim.session",
        "formatVersion": "1.0",
        "metadata": {"name": "Minimal"},
        "scene": {"nodes": [
            {"id": "root", "kind": "group", "name": "Root"},
            {"id": "key-light", "kind": "light", "parent": "root", "name": "Key light",
             "transform": {"position": [0.0, 2.0, 1.0]},
             "light": {"type": "point", "color": [1.0, 1.0, 1.0], "intensity": 100.0, "range": 5.0,
                       "castShadows": False}},
        ]},
    }


def main():
    fabric_png = png(64, 64, 2, fabric)
    out("living-room/zi/data/textures/fabric.png", fabric_png)
    # byte-identical copy at another path: packaging keeps one entry for both
    out("living-room/local-assets/rug-fabric.png", fabric_png)
    out("living-room/zi/data/props/textures/brass.png", png(64, 64, 2, brass))
    out("living-room/zi/data/props/textures/brass-bump.png", png(64, 64, 0, brass_bump))

    sofa, sofa_bin = gltf_model("sofa", [((-1.0, 0.0, -0.45), (1.0, 0.45, 0.45)),
                                         ((-1.0, 0.45, -0.45), (1.0, 0.9, -0.25)),
                                         ((-1.0, 0.45, -0.25), (-0.85, 0.65, 0.45)),
                                         ((0.85, 0.45, -0.25), (1.0, 0.65, 0.45))],
                                "../textures/fabric.png")
    out("living-room/zi/data/models/sofa.gltf", sofa)
    out("living-room/zi/data/models/sofa.bin", sofa_bin)
    chair, chair_bin = gltf_model("chair", [((-0.3, 0.0, -0.3), (0.3, 0.45, 0.3)),
                                            ((-0.3, 0.45, -0.3), (0.3, 0.95, -0.2))],
                                  "../textures/fabric.png")
    out("living-room/zi/data/models/chair.gltf", chair)
    out("living-room/zi/data/models/chair.bin", chair_bin)
    rug, _ = gltf_model("rug", [((-1.2, 0.0, -0.8), (1.2, 0.01, 0.8))], "rug-fabric.png",
                        embed=True)
    out("living-room/local-assets/rug.gltf", rug)

    out("living-room/zi/data/props/lamp.obj", lamp_obj())
    out("living-room/zi/data/props/lamp.mtl", LAMP_MTL)

    out("living-room/living-room.session", dump_doc(living_room_session()))
    out("minimal/minimal.session", dump_doc(minimal_session()))


if __name__ == "__main__":
    main()
