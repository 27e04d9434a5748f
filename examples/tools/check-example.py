#!/usr/bin/env python3
"""Checks the example sessions and every file they reference, independently of the Java library.

Run from anywhere: python3 examples/tools/check-example.py
Exits 1 and lists every problem when something is wrong; prints the asset reference graph when not.

Checked: strict JSON (no NaN/Infinity, no duplicate members), canonical layout (two-space
indentation, LF, arrays of scalars on one line, known members in FORMAT.md table order before
unknown ones, defaults omitted), the FORMAT.md 1.1 rules (unique ids, existing parents, no cycles,
unit quaternions within 1e-3, light rules, gizmo enums, bounds), the geometry-cache sidecar
(float32 shortest form, index ranges, normals, confidence), and the assets themselves (paths
resolve with the documented remap and environment, glTF buffers/accessors/min/max, OBJ/MTL
references, PNG chunks and CRCs).
"""
import base64
import hashlib
import json
import math
import os
import re
import struct
import sys
import urllib.parse
import zlib

EXAMPLES = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
REPO = os.path.dirname(EXAMPLES)
# The values documented in examples/README.md, relative to the repository root.
REMAP = {"C:\\Users\\ana\\MagicLeap\\tools\\zi\\1.6.0VirtualDevice": "examples/living-room/zi"}
ENV = {"ML_ZI_ROOT": "examples/living-room/zi"}
SESSIONS = ["living-room/living-room.session", "minimal/minimal.session"]

problems = []


def problem(where, message):
    problems.append("%s: %s" % (where, message))


# ------------------------------------------------------------------ strict JSON with raw numbers

class Num:
    """A JSON number that remembers its text, so layout and float32 form can be checked."""

    def __init__(self, text, is_int):
        self.text, self.is_int, self.value = text, is_int, (int(text) if is_int else float(text))


def load(path):
    def pairs(items):
        keys = [k for k, _ in items]
        dupes = {k for k in keys if keys.count(k) > 1}
        if dupes:
            raise ValueError("duplicate members %s" % sorted(dupes))
        return dict(items)

    def bad_constant(name):
        raise ValueError("non-finite number %s" % name)

    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    doc = json.loads(text, object_pairs_hook=pairs, parse_constant=bad_constant,
                     parse_float=lambda s: Num(s, False), parse_int=lambda s: Num(s, True))
    return doc, text


def layout(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{\n" + ",\n".join("%s  %s: %s" % (pad, json.dumps(k, ensure_ascii=False),
                                                   layout(v, indent + 1))
                                  for k, v in value.items()) + "\n" + pad + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return "[" + ", ".join(layout(v) for v in value) + "]"
        return "[\n" + ",\n".join(pad + "  " + layout(v, indent + 1) for v in value) + "\n" + pad + "]"
    if isinstance(value, Num):
        return value.text
    return json.dumps(value, ensure_ascii=False)


def check_text(where, text, doc):
    if "\r" in text:
        problem(where, "contains CR; expected LF line ends only")
    if "\t" in text:
        problem(where, "contains a tab; expected two-space indentation")
    if text.startswith("\ufeff"):
        problem(where, "starts with a byte order mark")
    if text != layout(doc) + "\n":
        problem(where, "layout differs from two-space canonical layout (scalar arrays on one line)")


# ------------------------------------------------------------------ value helpers

def num(where, v, lo=None, hi=None, lo_open=False):
    if not isinstance(v, Num):
        problem(where, "expected a number, got %r" % (v,))
        return None
    x = v.value
    if isinstance(x, float) and not math.isfinite(x):
        problem(where, "number %s is not finite" % v.text)
        return None
    if lo is not None and (x < lo or (lo_open and x == lo)):
        problem(where, "number %s below %s%s" % (v.text, "or equal to " if lo_open else "", lo))
    if hi is not None and x > hi:
        problem(where, "number %s above %s" % (v.text, hi))
    return x


def vec(where, v, n, **kw):
    if not isinstance(v, list) or len(v) != n:
        problem(where, "expected an array of %d numbers, got %r" % (n, v))
        return None
    xs = [num("%s/%d" % (where, i), e, **kw) for i, e in enumerate(v)]
    return None if None in xs else xs


def string(where, v, allowed=None):
    if not isinstance(v, str):
        problem(where, "expected a string, got %r" % (v,))
    elif allowed is not None and v not in allowed:
        problem(where, "value %r not one of %s" % (v, sorted(allowed)))
    return v


def boolean(where, v):
    if not isinstance(v, bool):
        problem(where, "expected a boolean, got %r" % (v,))


def str_set(where, v, allowed):
    if not isinstance(v, list):
        problem(where, "expected an array of strings")
        return []
    for i, e in enumerate(v):
        string("%s/%d" % (where, i), e, allowed)
    if len(set(map(str, v))) != len(v):
        problem(where, "values are not unique: %r" % (v,))
    if not v:
        problem(where, "empty array must be omitted in canonical form")
    return v


def order(where, obj, known, required=()):
    """Known members in table order, unknown ones after them, required ones present."""
    if not isinstance(obj, dict):
        problem(where, "expected an object")
        return False
    keys = list(obj)
    seen_unknown = False
    last = -1
    for k in keys:
        if k in known:
            if seen_unknown:
                problem(where, "known member %r after an unknown member" % k)
            if known.index(k) < last:
                problem(where, "member %r out of canonical order %s" % (k, known))
            last = known.index(k)
        else:
            seen_unknown = True
    for r in required:
        if r not in obj:
            problem(where, "required member %r missing" % r)
    return True


INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$")


def quaternion(where, v):
    q = vec(where, v, 4)
    if q is not None:
        n = math.sqrt(sum(c * c for c in q))
        if abs(n - 1) > 1e-3:
            problem(where, "quaternion norm %.6f not within 1e-3 of 1" % n)
    return q


def pose(where, p):
    if order(where, p, ["position", "rotation"], ["position", "rotation"]):
        vec(where + "/position", p.get("position"), 3)
        quaternion(where + "/rotation", p.get("rotation"))


def bounds(where, b):
    if order(where, b, ["min", "max"], ["min", "max"]):
        lo, hi = vec(where + "/min", b["min"], 3), vec(where + "/max", b["max"], 3)
        if lo and hi and any(lo[i] > hi[i] for i in range(3)):
            problem(where, "min %s not <= max %s component-wise" % (lo, hi))
        return lo, hi
    return None, None


# ------------------------------------------------------------------ session

NODE = ["id", "kind", "parent", "name", "visible", "transform", "asset", "light", "anchorId"]
GESTURES = {"noHand", "openHand", "fist", "pinch", "point", "ok", "c", "l", "thumb", "finger"}


def check_session(where, doc):
    order(where, doc, ["format", "formatVersion", "metadata", "scene", "gizmos", "geometryCache"],
          ["format", "formatVersion", "metadata", "scene"])
    string(where + "/format", doc.get("format"), {"appsim.session"})
    if not re.fullmatch(r"\d+\.\d+", str(doc.get("formatVersion"))):
        problem(where + "/formatVersion", "expected MAJOR.MINOR, got %r" % doc.get("formatVersion"))
    md = doc.get("metadata")
    if order(where + "/metadata", md, ["name", "createdAt", "modifiedAt", "generator", "properties"], ["name"]):
        string(where + "/metadata/name", md["name"])
        for k in ("createdAt", "modifiedAt"):
            if k in md and not INSTANT.match(str(md[k])):
                problem(where + "/metadata/" + k, "not an RFC 3339 UTC instant: %r" % md[k])
        if "generator" in md and order(where + "/metadata/generator", md["generator"], ["name", "version"]):
            for k, v in md["generator"].items():
                string(where + "/metadata/generator/" + k, v)
        if "properties" in md:
            if not md["properties"]:
                problem(where + "/metadata/properties", "empty; must be omitted")
            for k, v in md["properties"].items():
                string(where + "/metadata/properties/" + k, v)

    nodes = doc.get("scene", {}).get("nodes")
    order(where + "/scene", doc.get("scene"), ["nodes"], ["nodes"])
    if not isinstance(nodes, list):
        problem(where + "/scene/nodes", "expected an array")
        nodes = []
    ids = {}
    for i, node in enumerate(nodes):
        p = "%s/scene/nodes/%d" % (where, i)
        if not order(p, node, NODE, ["id", "kind"]):
            continue
        nid = string(p + "/id", node["id"])
        if not (isinstance(nid, str) and 1 <= len(nid) <= 256):
            problem(p + "/id", "id length must be 1..256")
        if nid in ids:
            problem(p + "/id", "duplicate id %r (also at node %d)" % (nid, ids[nid]))
        ids[nid] = i
        kind = string(p + "/kind", node["kind"], {"group", "model", "light", "anchor"})
        if "name" in node:
            string(p + "/name", node["name"])
        if "visible" in node:
            boolean(p + "/visible", node["visible"])
            if node["visible"] is True:
                problem(p + "/visible", "true is the default and must be omitted")
        if "transform" in node:
            t = node["transform"]
            order(p + "/transform", t, ["position", "rotation", "scale"])
            if not t:
                problem(p + "/transform", "empty transform must be omitted")
            if "position" in t and vec(p + "/transform/position", t["position"], 3) == [0, 0, 0]:
                problem(p + "/transform/position", "identity must be omitted")
            if "rotation" in t and quaternion(p + "/transform/rotation", t["rotation"]) == [0, 0, 0, 1]:
                problem(p + "/transform/rotation", "identity must be omitted")
            if "scale" in t:
                s = vec(p + "/transform/scale", t["scale"], 3)
                if s and 0 in s:
                    problem(p + "/transform/scale", "scale components must be non-zero")
                if s == [1, 1, 1]:
                    problem(p + "/transform/scale", "identity must be omitted")
        member = {"model": "asset", "light": "light", "anchor": "anchorId"}.get(kind)
        for k in ("asset", "light", "anchorId"):
            if k in node and k != member:
                problem(p + "/" + k, "member not allowed on a %s node" % kind)
        if member and member not in node:
            problem(p, "%s node needs %r" % (kind, member))
        if kind == "model" and "asset" in node:
            string(p + "/asset", node["asset"])
        if kind == "anchor" and "anchorId" in node:
            string(p + "/anchorId", node["anchorId"])
        if kind == "light" and "light" in node:
            check_light(p + "/light", node["light"])
    for i, node in enumerate(nodes):
        if isinstance(node, dict) and "parent" in node:
            if node["parent"] not in ids:
                problem("%s/scene/nodes/%d/parent" % (where, i), "no node with id %r" % node["parent"])
    for i, node in enumerate(nodes):
        seen, cur = set(), node
        while isinstance(cur, dict) and "parent" in cur and cur["parent"] in ids:
            if cur["id"] in seen:
                problem("%s/scene/nodes/%d" % (where, i), "parent chain has a cycle")
                break
            seen.add(cur["id"])
            cur = nodes[ids[cur["parent"]]]

    if "gizmos" in doc:
        check_gizmos(where + "/gizmos", doc["gizmos"], ids)
    return nodes


def check_light(p, light):
    order(p, light, ["type", "color", "intensity", "range", "innerConeDeg", "outerConeDeg", "castShadows"],
          ["type", "color", "intensity"])
    kind = string(p + "/type", light.get("type"), {"directional", "point", "spot", "ambient"})
    vec(p + "/color", light.get("color"), 3, lo=0)
    num(p + "/intensity", light.get("intensity"), lo=0)
    if kind in ("point", "spot"):
        if "range" not in light:
            problem(p, "%s light needs range" % kind)
        else:
            num(p + "/range", light["range"], lo=0, lo_open=True)
    elif "range" in light:
        problem(p + "/range", "range only applies to point and spot lights")
    if kind == "spot":
        a = num(p + "/innerConeDeg", light.get("innerConeDeg"), lo=0, hi=90, lo_open=True)
        b = num(p + "/outerConeDeg", light.get("outerConeDeg"), lo=0, hi=90, lo_open=True)
        if a is not None and b is not None and a > b:
            problem(p, "innerConeDeg %s > outerConeDeg %s" % (a, b))
    elif "innerConeDeg" in light or "outerConeDeg" in light:
        problem(p, "cone angles only apply to spot lights")
    if "castShadows" in light:
        boolean(p + "/castShadows", light["castShadows"])


def check_gizmos(p, g, ids):
    order(p, g, ["room", "panels"])
    room = g.get("room")
    if room is not None and order(p + "/room", room,
                                  ["selection", "manipulation", "pivot", "reference", "camera", "visible"]):
        for i, s in enumerate(str_set(p + "/room/selection", room.get("selection", ["-"]), None)):
            if s not in ids and s != "-":
                problem("%s/room/selection/%d" % (p, i), "no node with id %r" % s)
        string(p + "/room/manipulation", room.get("manipulation"), {"select", "move", "rotate", "scale"})
        string(p + "/room/pivot", room.get("pivot"), {"base", "center"})
        string(p + "/room/reference", room.get("reference"), {"local", "world"})
        cam = room.get("camera")
        if order(p + "/room/camera", cam, ["mode", "pose"], ["mode", "pose"]):
            string(p + "/room/camera/mode", cam["mode"], {"birdsEye", "freeFly"})
            pose(p + "/room/camera/pose", cam["pose"])
        if "visible" in room:
            str_set(p + "/room/visible", room["visible"],
                    {"cacheGrid", "compass", "hands", "meshingFrustum", "planes"})
    panels = g.get("panels")
    if panels is None:
        return
    order(p + "/panels", panels, ["headPose", "controller", "hands", "eyes", "layout"])
    q = p + "/panels"
    if "headPose" in panels and order(q + "/headPose", panels["headPose"], ["pose", "tracking"]):
        pose(q + "/headPose/pose", panels["headPose"]["pose"])
        string(q + "/headPose/tracking", panels["headPose"]["tracking"], {"ok", "limited", "lost"})
    c = panels.get("controller")
    if c is not None and order(q + "/controller", c,
                               ["pose", "snapToHand", "followHeadPose", "touchpad", "pressed"]):
        pose(q + "/controller/pose", c["pose"])
        string(q + "/controller/snapToHand", c["snapToHand"], {"left", "right", "none"})
        boolean(q + "/controller/followHeadPose", c["followHeadPose"])
        tp = c["touchpad"]
        order(q + "/controller/touchpad", tp, ["x", "y", "force"], ["x", "y", "force"])
        num(q + "/controller/touchpad/x", tp["x"], lo=-1, hi=1)
        num(q + "/controller/touchpad/y", tp["y"], lo=-1, hi=1)
        num(q + "/controller/touchpad/force", tp["force"], lo=0, hi=1)
        if "pressed" in c:
            str_set(q + "/controller/pressed", c["pressed"], {"trigger", "bumper", "menu", "touchpad"})
    hands = panels.get("hands")
    if hands is not None and order(q + "/hands", hands, ["left", "right"]):
        for side, h in hands.items():
            if order("%s/hands/%s" % (q, side), h, ["pose", "gesture", "confidence"]):
                pose("%s/hands/%s/pose" % (q, side), h["pose"])
                string("%s/hands/%s/gesture" % (q, side), h["gesture"], GESTURES)
                num("%s/hands/%s/confidence" % (q, side), h["confidence"], lo=0, hi=1)
    eyes = panels.get("eyes")
    if eyes is not None and order(q + "/eyes", eyes, ["fixation", "confidence"]):
        vec(q + "/eyes/fixation", eyes["fixation"], 3)
        num(q + "/eyes/confidence", eyes["confidence"], lo=0, hi=1)
    for name, entry in panels.get("layout", {}).items():
        if order("%s/layout/%s" % (q, name), entry, ["visible", "collapsed"]):
            for k, v in entry.items():
                boolean("%s/layout/%s/%s" % (q, name, k), v)


# ------------------------------------------------------------------ geometry cache

def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def significant_digits(text):
    mantissa = re.split("[eE]", text)[0].lstrip("-").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(mantissa))


def float32_array(p, values):
    xs, reported = [], False
    for i, v in enumerate(values):
        x = num("%s/%d" % (p, i), v)
        if x is None:
            return None
        x = f32(float(x))  # the float32 this text denotes
        if not math.isfinite(x):
            problem("%s/%d" % (p, i), "%s overflows float32" % v.text)
            return None
        if x == 0 and v.text.startswith("-"):
            problem("%s/%d" % (p, i), "negative zero")
            return None
        shortest = next(d for d in range(1, 10) if f32(float("%.*g" % (d, x))) == x)
        if significant_digits(v.text) > shortest or re.search(r"\.(\d*[1-9]0+|00+)([eE]|$)", v.text):
            if not reported:  # one report per array keeps a systematic error readable
                problem("%s/%d" % (p, i), "%s is not the shortest float32 form (%d digits suffice)"
                        % (v.text, shortest))
            reported = True
        xs.append(x)
    return xs


def check_cache(p, cache):
    order(p, cache, ["format", "formatVersion", "capturedAt", "bounds", "meshBlocks", "planes"],
          ["format", "formatVersion"])
    string(p + "/format", cache.get("format"), {"appsim.geometry-cache"})
    if not re.fullmatch(r"\d+\.\d+", str(cache.get("formatVersion"))):
        problem(p + "/formatVersion", "expected MAJOR.MINOR")
    if "capturedAt" in cache and not INSTANT.match(str(cache["capturedAt"])):
        problem(p + "/capturedAt", "not an RFC 3339 UTC instant")
    outer = bounds(p + "/bounds", cache["bounds"]) if "bounds" in cache else (None, None)
    seen = set()
    summary = []
    for b, blk in enumerate(cache.get("meshBlocks", [])):
        q = "%s/meshBlocks/%d" % (p, b)
        order(q, blk, ["id", "lod", "bounds", "vertices", "indices", "normals", "confidence"],
              ["id", "vertices", "indices"])
        if blk.get("id") in seen:
            problem(q + "/id", "duplicate mesh block id %r" % blk.get("id"))
        seen.add(blk.get("id"))
        verts = float32_array(q + "/vertices", blk["vertices"]) or []
        if len(verts) % 3:
            problem(q + "/vertices", "length %d not a multiple of 3" % len(verts))
        count = len(verts) // 3
        idx = blk["indices"]
        if len(idx) % 3:
            problem(q + "/indices", "length %d not a multiple of 3" % len(idx))
        for i, v in enumerate(idx):
            if not (isinstance(v, Num) and v.is_int and 0 <= v.value < count):
                problem("%s/indices/%d" % (q, i), "index %s not an integer in [0, %d)" % (layout(v), count))
                break
        normals = None
        if "normals" in blk:
            normals = float32_array(q + "/normals", blk["normals"]) or []
            if len(normals) != len(verts):
                problem(q + "/normals", "length %d differs from vertices %d" % (len(normals), len(verts)))
            for i in range(0, len(normals) - 2, 3):
                n = math.sqrt(sum(c * c for c in normals[i:i + 3]))
                if abs(n - 1) > 1e-3:
                    problem("%s/normals/%d" % (q, i), "normal length %.6f is not 1" % n)
                    break
        if "confidence" in blk:
            conf = float32_array(q + "/confidence", blk["confidence"]) or []
            if len(conf) != count:
                problem(q + "/confidence", "length %d differs from vertex count %d" % (len(conf), count))
            for i, c in enumerate(conf):
                if not 0 <= c <= 1:
                    problem("%s/confidence/%d" % (q, i), "%s not in [0,1]" % c)
        if "lod" in blk:
            string(q + "/lod", blk["lod"], {"minimum", "medium", "maximum"})
        if "bounds" in blk and verts:
            lo, hi = bounds(q + "/bounds", blk["bounds"])
            for k in range(3):
                axis = verts[k::3]
                if lo and hi and (min(axis) < lo[k] or max(axis) > hi[k]):
                    problem(q + "/bounds", "vertices on axis %d span [%s, %s], outside the bounds" % (k, min(axis), max(axis)))
                if outer[0] and lo and (lo[k] < outer[0][k] or hi[k] > outer[1][k]):
                    problem(q + "/bounds", "block bounds outside the cache bounds on axis %d" % k)
        if normals and len(normals) == len(verts) and count:
            # normals face outwards: on average they point away from the block's centroid
            c = [sum(verts[k::3]) / count for k in range(3)]
            out = sum(sum((verts[3 * i + k] - c[k]) * normals[3 * i + k] for k in range(3)) for i in range(count))
            if out < 0 and blk.get("lod") != "minimum":
                problem(q + "/normals", "normals point inwards on average")
        summary.append("%s: %d vertices, %d triangles" % (blk.get("id"), count, len(idx) // 3))
    seen = set()
    for i, pl in enumerate(cache.get("planes", [])):
        q = "%s/planes/%d" % (p, i)
        order(q, pl, ["id", "pose", "extent", "semantics", "boundary"], ["id", "pose", "extent"])
        if pl["id"] in seen:
            problem(q + "/id", "duplicate plane id")
        seen.add(pl["id"])
        pose(q + "/pose", pl["pose"])
        vec(q + "/extent", pl["extent"], 2, lo=0, lo_open=True)
        if "semantics" in pl:
            str_set(q + "/semantics", pl["semantics"], {"floor", "wall", "ceiling", "table", "other"})
        for j, pt in enumerate(pl.get("boundary", [])):
            vec("%s/boundary/%d" % (q, j), pt, 2)
        if "boundary" in pl and len(pl["boundary"]) < 3:
            problem(q + "/boundary", "a polygon needs at least 3 points")
        summary.append("%s: plane %s" % (pl["id"], "/".join(pl.get("semantics", []))))
    return summary


# ------------------------------------------------------------------ paths and assets

def resolve(raw, base_dir):
    """Applies the documented environment and remap to a path string as saved."""
    s = re.sub(r"%([A-Za-z_][A-Za-z0-9_]*)%", lambda m: ENV.get(m.group(1), m.group(0)), raw)
    s = re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", lambda m: ENV.get(m.group(1), m.group(0)), s)
    s = re.sub(r"\$([A-Za-z_][A-Za-z0-9_]*)", lambda m: ENV.get(m.group(1), m.group(0)), s)
    for frm, to in REMAP.items():
        if s.replace("/", "\\").lower().startswith(frm.lower() + "\\"):
            s = to + s[len(frm):]
    s = s.replace("\\", "/")
    if re.match(r"^[A-Za-z]:/", s) or s.startswith("//"):
        return None  # a foreign absolute path that no remap covered
    if not os.path.isabs(s) and not s.startswith("examples/"):
        s = os.path.join(base_dir, s)
    elif s.startswith("examples/"):
        s = os.path.join(REPO, s)
    return os.path.normpath(s)


def check_png(where, data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        problem(where, "missing PNG signature")
        return
    pos, idat, ihdr, kinds = 8, b"", None, []
    while pos < len(data):
        length, = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            problem(where, "bad CRC in chunk %r" % kind)
        kinds.append(kind)
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    if not kinds or kinds[0] != b"IHDR" or kinds[-1] != b"IEND" or ihdr is None:
        problem(where, "chunks must start with IHDR and end with IEND: %r" % kinds)
        return
    w, h, depth, ctype = ihdr[:4]
    channels = {0: 1, 2: 3, 4: 2, 6: 4}[ctype]
    if len(zlib.decompress(idat)) != h * (1 + w * channels * depth // 8):
        problem(where, "IDAT does not hold %dx%d pixels" % (w, h))


def gltf_refs(where, path, doc):
    refs = []
    blobs = []
    for i, buf in enumerate(doc.get("buffers", [])):
        uri = buf.get("uri")
        if uri.startswith("data:"):
            data = base64.b64decode(uri.split(",", 1)[1])
        else:
            refs.append(("buffers/%d/uri" % i, uri))
            target = os.path.join(os.path.dirname(path), urllib.parse.unquote(uri))
            data = open(target, "rb").read() if os.path.isfile(target) else b""
        if len(data) != buf["byteLength"].value:
            problem(where, "buffer %d byteLength %d but holds %d bytes" % (i, buf["byteLength"].value, len(data)))
        blobs.append(data)
    for i, img in enumerate(doc.get("images", [])):
        if "uri" in img and not img["uri"].startswith("data:"):
            refs.append(("images/%d/uri" % i, img["uri"]))
    views = doc.get("bufferViews", [])
    for i, v in enumerate(views):
        off = v.get("byteOffset", Num("0", True)).value
        if off + v["byteLength"].value > len(blobs[v["buffer"].value]):
            problem(where, "bufferView %d runs past its buffer" % i)
    sizes = {5126: ("f", 4), 5123: ("H", 2), 5125: ("I", 4)}
    comps = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}
    values = []
    for i, a in enumerate(doc.get("accessors", [])):
        v = views[a["bufferView"].value]
        fmt, size = sizes[a["componentType"].value]
        n = comps[a["type"]] * a["count"].value
        if n * size > v["byteLength"].value:
            problem(where, "accessor %d needs %d bytes, its view has %d" % (i, n * size, v["byteLength"].value))
            values.append([])
            continue
        start = v.get("byteOffset", Num("0", True)).value
        vals = list(struct.unpack("<%d%s" % (n, fmt), blobs[v["buffer"].value][start:start + n * size]))
        values.append(vals)
        if "min" in a:
            k = comps[a["type"]]
            lo = [min(vals[c::k]) for c in range(k)]
            hi = [max(vals[c::k]) for c in range(k)]
            if [f32(x.value) for x in a["min"]] != lo or [f32(x.value) for x in a["max"]] != hi:
                problem(where, "accessor %d min/max %s/%s differ from data %s/%s"
                        % (i, layout(a["min"]), layout(a["max"]), lo, hi))
    for m in doc.get("meshes", []):
        for prim in m["primitives"]:
            count = doc["accessors"][prim["attributes"]["POSITION"].value]["count"].value
            idx = values[prim["indices"].value]
            if len(idx) % 3 or any(i >= count for i in idx):
                problem(where, "primitive indices out of range or not triangles")
    return refs


MAP_LINE = re.compile(r"^\s*(map_\w+|bump|disp|decal|refl|norm)\s+(.*)$")


def mtl_refs(where, text):
    refs, names = [], set()
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("newmtl "):
            names.add(line.split(None, 1)[1].strip())
        m = MAP_LINE.match(line)
        if m:
            # options come first ("-s 1 1 1", "-bm 0.4"); the file name is the last token
            refs.append(("line %d %s" % (n, m.group(1)), m.group(2).split()[-1]))
    return refs, names


def obj_refs(where, text, mtl_names):
    refs, counts, used = [], {"v": 0, "vt": 0, "vn": 0}, []
    for n, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "mtllib":
            refs.extend(("line %d mtllib" % n, name) for name in parts[1:])
        elif parts[0] in counts:
            counts[parts[0]] += 1
        elif parts[0] == "usemtl":
            used.append(parts[1])
        elif parts[0] == "f":
            for corner in parts[1:]:
                for value, key in zip(corner.split("/"), ("v", "vt", "vn")):
                    if value and not 1 <= int(value) <= counts[key]:
                        problem(where, "line %d: %s index %s out of range" % (n, key, value))
    return refs, used


def walk_assets(session_path, nodes, doc):
    base = os.path.dirname(session_path)
    rel = lambda p: os.path.relpath(p, REPO)
    edges, files = [], {}
    todo = []
    for i, node in enumerate(nodes):
        if node.get("kind") == "model":
            todo.append((rel(session_path), "/scene/nodes/%d/asset" % i, node["asset"], base))
    gc = doc.get("geometryCache")
    if isinstance(gc, dict) and "source" in gc:
        todo.append((rel(session_path), "/geometryCache/source", gc["source"], base))
    while todo:
        owner, at, raw, base_dir = todo.pop(0)
        target = resolve(raw, base_dir)
        if target is None or not os.path.isfile(target):
            problem("%s %s" % (owner, at), "%r does not resolve to a file (got %s)" % (raw, target))
            continue
        edges.append((owner, at, raw, rel(target)))
        if target in files:
            continue
        data = open(target, "rb").read()
        files[target] = hashlib.sha256(data).hexdigest()
        where = rel(target)
        ext = os.path.splitext(target)[1].lower()
        nested = []
        if ext == ".gltf":
            gdoc, text = load(target)
            check_text(where, text, gdoc)
            nested = gltf_refs(where, target, gdoc)
        elif ext == ".obj":
            mtl_names = set()
            nested, used = obj_refs(where, data.decode("utf-8"), mtl_names)
            for _, m in nested:
                mp = os.path.join(os.path.dirname(target), m)
                if os.path.isfile(mp):
                    mtl_names |= mtl_refs(mp, open(mp, encoding="utf-8").read())[1]
            for u in used:
                if u not in mtl_names:
                    problem(where, "usemtl %r not defined in its mtllib" % u)
        elif ext == ".mtl":
            nested, _ = mtl_refs(where, data.decode("utf-8"))
        elif ext == ".png":
            check_png(where, data)
        elif ext == ".geocache":
            cdoc, text = load(target)
            check_text(where, text, cdoc)
            for line in check_cache(where, cdoc):
                print("    %s" % line)
        for at2, raw2 in nested:
            todo.append((where, at2, raw2, os.path.dirname(target)))
    return edges, files


def main():
    for rel_path in SESSIONS:
        path = os.path.join(EXAMPLES, rel_path)
        where = os.path.relpath(path, REPO)
        print(where)
        try:
            doc, text = load(path)
        except ValueError as e:
            problem(where, "not strict JSON: %s" % e)
            continue
        check_text(where, text, doc)
        nodes = check_session(where, doc)
        print("  %d nodes" % len(nodes))
        edges, files = walk_assets(path, nodes, doc)
        if edges:
            print("  references:")
            for owner, at, raw, target in edges:
                print("    %s %s\n      %s\n      -> %s" % (owner, at, raw, target))
            by_hash = {}
            for f, h in files.items():
                by_hash.setdefault(h, []).append(os.path.relpath(f, REPO))
            print("  %d distinct files, %d distinct contents" % (len(files), len(by_hash)))
            for h, group in by_hash.items():
                if len(group) > 1:
                    print("  same bytes (sha256 %s...): %s" % (h[:12], ", ".join(sorted(group))))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
