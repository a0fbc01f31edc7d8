"""The motif of each exhibit category, drawn with Pillow on a transparent layer."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable

from PIL import Image, ImageDraw

SCALE = 2  # motifs are drawn at twice the output size, then reduced, for smooth edges
NAVY, TEAL = (6, 16, 36), (10, 74, 88)
ACCENTS = ((72, 226, 214), (98, 184, 255), (140, 236, 190))
WARM = (255, 186, 96)
BODY = (14, 44, 62, 240)

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
Point = tuple[float, float]
Draw = ImageDraw.ImageDraw


def _rgba(rgb: RGB, alpha: int) -> RGBA:
    return (*rgb, alpha)


def _circle(draw: Draw, c: Point, r: float, fill: RGBA | None = None,
            outline: RGBA | None = None, width: float = 1) -> None:
    draw.ellipse((c[0] - r, c[1] - r, c[0] + r, c[1] + r), fill=fill, outline=outline,
                 width=max(1, round(width)))


def _capsule(draw: Draw, a: Point, b: Point, width: float, fill: RGBA,
             outline: RGBA | None = None, stroke: float = 0) -> None:
    """A bar with round ends; with `outline`, edged by a `stroke`-wide line."""
    layers = [(width + 2 * stroke, outline)] if outline else []
    for w, colour in [*layers, (width, fill)]:
        draw.line((a, b), fill=colour, width=round(w))
        for end in (a, b):
            _circle(draw, end, w / 2, fill=colour)


def _polar(c: Point, length: float, angle: float) -> Point:
    return (c[0] + length * math.cos(angle), c[1] + length * math.sin(angle))


def _floor(draw: Draw, y: float, width: int, accent: RGB, unit: float) -> None:
    """A horizon line with perspective rays, so the motif stands on something."""
    cx = width / 2
    for i in range(-9, 10):
        draw.line(((cx + i * unit * 0.06, y), (cx + i * unit * 0.5, y + unit)),
                  fill=_rgba(accent, 34), width=SCALE)
    for k in range(1, 6):
        yy = y + unit * 0.03 * k * k
        draw.line(((0, yy), (width, yy)), fill=_rgba(accent, 40 - 5 * k), width=SCALE)
    draw.line(((0, y), (width, y)), fill=_rgba(accent, 150), width=2 * SCALE)


def _robot(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """An industrial arm on a plinth, posed differently for each key."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u, line = min(w, h), _rgba(accent, 255)
    stroke = u * 0.007
    ground = h / 2 + u * 0.34
    _floor(draw, ground, w, accent, u)
    x = w / 2 - u * rng.uniform(0.12, 0.22)
    draw.rounded_rectangle((x - u * 0.17, ground - u * 0.07, x + u * 0.17, ground),
                           radius=u * 0.02, fill=BODY, outline=line, width=round(stroke))
    draw.rounded_rectangle((x - u * 0.09, ground - u * 0.2, x + u * 0.09, ground - u * 0.07),
                           radius=u * 0.03, fill=BODY, outline=line, width=round(stroke))
    shoulder = (x, ground - u * 0.2)
    upper = math.radians(rng.uniform(-78, -52))
    elbow = _polar(shoulder, u * 0.34, upper)
    fore = upper + math.radians(rng.uniform(75, 105))
    wrist = _polar(elbow, u * 0.27, fore)
    hand = fore + math.radians(rng.uniform(-25, 25))
    reach = u * 0.24
    for k in range(18):
        start = -180 + k * 10
        draw.arc((x - reach, shoulder[1] - reach, x + reach, shoulder[1] + reach), start,
                 start + 5, fill=_rgba(accent, 90), width=round(stroke * 0.8))
    _capsule(draw, shoulder, elbow, u * 0.085, BODY, line, stroke)
    _capsule(draw, elbow, wrist, u * 0.062, BODY, line, stroke)
    for tip in (-1, 1):
        knuckle = _polar(wrist, u * 0.06, hand + tip * 0.55)
        _capsule(draw, wrist, knuckle, u * 0.024, BODY, line, stroke)
        _capsule(draw, knuckle, _polar(knuckle, u * 0.055, hand - tip * 0.25), u * 0.02,
                 BODY, line, stroke)
    for joint, r in ((shoulder, 0.055), (elbow, 0.045), (wrist, 0.032)):
        _circle(draw, joint, u * r, fill=BODY, outline=line, width=stroke * 1.4)
        _circle(draw, joint, u * r * 0.4, fill=_rgba(WARM, 255))
    for k in range(3):
        p = _polar(shoulder, u * (0.1 + 0.08 * k), upper)
        _circle(draw, p, u * 0.008, fill=_rgba(accent, 200))


def _drone(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """A quadcopter from above, rotors spinning, with its dotted flight path."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u, line = min(w, h), _rgba(accent, 255)
    stroke = u * 0.007
    c = (w / 2 + u * rng.uniform(-0.06, 0.06), h / 2 + u * rng.uniform(-0.03, 0.03))
    wave = rng.uniform(0, math.tau)
    path = [(c[0] - u * (0.9 - 0.9 * t), c[1] + u * 0.25 * math.sin(t * 4 + wave) * (1 - t))
            for t in (i / 40 for i in range(34))]
    for i, p in enumerate(path):
        _circle(draw, p, u * 0.006, fill=_rgba(accent, 30 + 5 * i))
    craft = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(craft)
    rotors = [_polar(c, u * 0.27, math.pi / 4 + k * math.pi / 2) for k in range(4)]
    for p in rotors:
        _circle(draw, p, u * 0.14, fill=_rgba(accent, 30), outline=_rgba(accent, 140),
                width=stroke * 0.7)
        _circle(draw, p, u * 0.1, outline=_rgba(accent, 60), width=stroke * 0.5)
    for p in rotors:
        _capsule(draw, c, p, u * 0.04, BODY, line, stroke)
    for p in rotors:
        spin = rng.uniform(0, math.pi)
        _capsule(draw, _polar(p, u * 0.12, spin), _polar(p, u * 0.12, spin + math.pi),
                 u * 0.016, _rgba(accent, 170))
        _circle(draw, p, u * 0.03, fill=BODY, outline=line, width=stroke)
        _circle(draw, p, u * 0.011, fill=_rgba(WARM, 255))
    r = u * 0.095
    draw.rounded_rectangle((c[0] - r, c[1] - r * 1.2, c[0] + r, c[1] + r * 1.2), radius=r * 0.45,
                           fill=BODY, outline=line, width=round(stroke * 1.3))
    _circle(draw, (c[0], c[1] - r * 0.35), u * 0.04, fill=(8, 24, 40, 255), outline=line,
            width=stroke)
    _circle(draw, (c[0], c[1] - r * 0.35), u * 0.016, fill=_rgba(WARM, 255))
    for k in (-1, 0, 1):
        _circle(draw, (c[0] + k * r * 0.4, c[1] + r * 0.6), u * 0.008, fill=_rgba(accent, 230))
    turn = rng.uniform(-25, 25)
    layer.alpha_composite(craft.rotate(turn, Image.Resampling.BILINEAR, center=c))


def _smooth(points: list[Point], steps: int = 12) -> list[Point]:
    """A closed Catmull-Rom curve through `points`."""
    out = []
    n = len(points)
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        for s in range(steps):
            t = s / steps
            out.append(tuple(0.5 * (2 * p1[j] + (p2[j] - p0[j]) * t
                                    + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t * t
                                    + (3 * p1[j] - p0[j] - 3 * p2[j] + p3[j]) * t ** 3)
                             for j in (0, 1)))
    return out  # type: ignore[return-value]


def _vehicle(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """A streamlined car in profile over a glowing road, with speed lines behind it."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u, line = min(w, h), _rgba(accent, 255)
    stroke = u * 0.007
    length, tall = u * 0.95, u * rng.uniform(0.3, 0.36)
    ground = h / 2 + u * 0.2
    left = w / 2 - length / 2 + u * 0.05
    roof = rng.uniform(0.72, 0.85)

    def at(x: float, y: float) -> Point:
        return (left + x * length, ground - u * 0.05 - y * tall)

    _floor(draw, ground, w, accent, u)
    for k in range(7):
        y = ground - u * (0.06 + 0.045 * k + rng.uniform(0, 0.02))
        x = left - u * rng.uniform(0.05, 0.2)
        _capsule(draw, (x - u * rng.uniform(0.15, 0.45), y), (x, y), u * 0.008,
                 _rgba(accent, rng.randint(60, 150)))
    shape = [(0.0, 0.12), (0.01, 0.42), (0.08, 0.58), (0.3, roof), (0.55, roof),
             (0.74, 0.56), (0.96, 0.42), (1.0, 0.22), (0.985, 0.06), (0.94, 0.0), (0.06, 0.0),
             (0.01, 0.05)]
    draw.polygon(_smooth([at(x, y) for x, y in shape]), fill=BODY, outline=line,
                 width=round(stroke * 1.3))
    window = [(0.14, 0.5), (0.3, roof - 0.1), (0.55, roof - 0.1), (0.68, 0.52)]
    draw.polygon(_smooth([at(x, y) for x, y in window], 6), fill=_rgba(accent, 70),
                 outline=_rgba(accent, 200), width=round(stroke))
    draw.line((at(0.42, roof - 0.1), at(0.42, 0.5)), fill=line, width=round(stroke))
    draw.line((at(0.04, 0.3), at(0.97, 0.3)), fill=_rgba(accent, 120), width=round(stroke))
    _capsule(draw, at(0.9, 0.34), at(0.98, 0.3), u * 0.02, _rgba(WARM, 255))
    _capsule(draw, at(0.0, 0.34), at(0.02, 0.36), u * 0.016, (255, 90, 90, 230))
    spokes = rng.randint(5, 7)
    for wx in (0.2, 0.8):
        c, r = at(wx, 0.0), u * 0.1
        c = (c[0], ground - r)
        _circle(draw, c, r * 1.18, fill=(0, 0, 0, 0))
        _circle(draw, c, r, fill=(10, 20, 32, 255), outline=line, width=stroke * 1.4)
        _circle(draw, c, r * 0.62, outline=_rgba(accent, 180), width=stroke)
        for k in range(spokes):
            _capsule(draw, _polar(c, r * 0.18, k * math.tau / spokes),
                     _polar(c, r * 0.58, k * math.tau / spokes), stroke, _rgba(accent, 200))
        _circle(draw, c, r * 0.14, fill=_rgba(WARM, 255))


def _sphere(size: int, light: RGB, dark: RGB) -> Image.Image:
    """A ball lit from the upper left."""
    shade = Image.radial_gradient("L").resize((size * 2, size * 2))
    shade = shade.crop((size * 2 // 3, size * 2 // 3, size * 2 // 3 + size, size * 2 // 3 + size))
    ball = Image.composite(Image.new("RGBA", (size, size), _rgba(dark, 255)),
                           Image.new("RGBA", (size, size), _rgba(light, 255)), shade)
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, size - 1, size - 1), fill=255)
    ball.putalpha(mask)
    return ball


def _space(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """A ringed planet with satellites on orbit rings and a small moon."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u = min(w, h)
    stroke = u * 0.006
    c = (w / 2 + u * rng.uniform(-0.1, 0.1), h / 2 + u * rng.uniform(-0.04, 0.04))
    tilt = rng.uniform(0.22, 0.34)
    for k, r in enumerate((0.5, 0.62, 0.76)):
        box = (c[0] - u * r, c[1] - u * r * tilt, c[0] + u * r, c[1] + u * r * tilt)
        draw.ellipse(box, outline=_rgba(accent, 100 - 22 * k), width=round(stroke * 0.7))
        angle = rng.uniform(0.2, math.pi - 0.2) + (math.pi if k % 2 else 0)
        sat = (c[0] + u * r * math.cos(angle), c[1] + u * r * tilt * math.sin(angle))
        _circle(draw, sat, u * 0.011, fill=_rgba(WARM if k == 1 else accent, 255))
    radius = round(u * 0.18)
    mid = tuple((a + n) // 2 for a, n in zip(accent, NAVY, strict=True))
    planet = _sphere(radius * 2, mid, (6, 18, 36))  # type: ignore[arg-type]
    ring = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    ring_draw = ImageDraw.Draw(ring)
    for scale, fill in ((2.0, _rgba(accent, 90)), (1.72, _rgba(accent, 40)), (1.5, (0, 0, 0, 0))):
        ring_draw.ellipse((c[0] - radius * scale, c[1] - radius * scale * 0.28,
                           c[0] + radius * scale, c[1] + radius * scale * 0.28),
                          fill=fill, outline=_rgba(accent, 230), width=round(stroke))
    spin = rng.uniform(-14, 14)
    layer.alpha_composite(ring.rotate(spin, Image.Resampling.BILINEAR, center=c))
    front = ring
    ImageDraw.Draw(front).rectangle((0, 0, w, c[1]), fill=(0, 0, 0, 0))
    layer.alpha_composite(planet, (round(c[0] - radius), round(c[1] - radius)))
    _circle(draw, c, radius, outline=_rgba(accent, 150), width=stroke * 0.8)
    layer.alpha_composite(front.rotate(spin, Image.Resampling.BILINEAR, center=c))
    moon_r = round(u * 0.035)
    moon = _polar(c, u * rng.uniform(0.3, 0.36), rng.choice((-2.4, -0.75)))
    layer.alpha_composite(_sphere(moon_r * 2, (170, 200, 220), (14, 28, 48)),
                          (round(moon[0] - moon_r), round(moon[1] - moon_r)))


def _generic(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """A honeycomb with a lit cluster of cells joined by a network of nodes."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u = min(w, h)
    r = u * 0.075
    dx, dy = r * math.sqrt(3), r * 1.5
    lit = {(0, 0)}
    while len(lit) < rng.randint(9, 13):
        col, row = rng.choice(sorted(lit))
        cell = (col + rng.choice((-1, 0, 1)), row + rng.choice((-1, 0, 1)))
        if abs(cell[1]) <= 2 and abs(cell[0]) <= 3:
            lit.add(cell)
    shift = (sum(col + (row % 2) / 2 for col, row in lit) / len(lit) * dx,
             sum(row for _, row in lit) / len(lit) * dy)

    def centre(col: int, row: int) -> Point:
        return (w / 2 + col * dx + (row % 2) * dx / 2 - shift[0], h / 2 + row * dy - shift[1])

    def hexagon(col: int, row: int, size: float) -> list[Point]:
        return [_polar(centre(col, row), size, math.pi / 6 + k * math.pi / 3) for k in range(6)]

    rows, cols = int(h / dy / 2) + 4, int(w / dx / 2) + 4
    for row in range(-rows, rows + 1):
        for col in range(-cols, cols + 1):
            draw.polygon(hexagon(col, row, r * 0.92), outline=_rgba(accent, 38), width=SCALE)
    for col, row in sorted(lit):
        draw.polygon(hexagon(col, row, r * 0.86), fill=_rgba(accent, rng.randint(40, 120)),
                     outline=_rgba(accent, 255), width=round(u * 0.006))
    todo = [centre(*cell) for cell in rng.sample(sorted(lit), 6)]
    nodes = [todo.pop()]
    while todo:  # nearest neighbour next, so the links rarely cross
        todo.sort(key=lambda p: -math.dist(p, nodes[-1]))
        nodes.append(todo.pop())
    for a, b in itertools.pairwise(nodes):
        draw.line((a, b), fill=_rgba(WARM, 200), width=round(u * 0.005))
    for p in nodes:
        _circle(draw, p, u * 0.016, fill=_rgba(WARM, 255))


def _humanoid(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """A standing humanoid robot, one arm raised in a wave, its joints lit."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u, line = min(w, h), _rgba(accent, 255)
    stroke = u * 0.007
    ground = h / 2 + u * 0.4
    _floor(draw, ground, w, accent, u)
    x = w / 2 + u * rng.uniform(-0.12, 0.12)
    hip_y, shoulder_y, neck_y = ground - u * 0.36, ground - u * 0.6, ground - u * 0.64
    for side in (-1, 1):  # legs, a slight stance
        hip = (x + side * u * 0.05, hip_y)
        knee = (x + side * u * rng.uniform(0.05, 0.08), ground - u * 0.19)
        _capsule(draw, hip, knee, u * 0.05, BODY, line, stroke)
        _capsule(draw, knee, (knee[0], ground - u * 0.03), u * 0.045, BODY, line, stroke)
        draw.rounded_rectangle((knee[0] - u * 0.045, ground - u * 0.04, knee[0] + u * 0.06,
                                ground), radius=u * 0.015, fill=BODY, outline=line,
                               width=round(stroke))
        _circle(draw, knee, u * 0.022, fill=_rgba(WARM, 255))
    draw.rounded_rectangle((x - u * 0.1, shoulder_y, x + u * 0.1, hip_y + u * 0.02),
                           radius=u * 0.05, fill=BODY, outline=line, width=round(stroke))
    _circle(draw, (x, shoulder_y + u * 0.09), u * 0.03, outline=line, width=stroke)
    _circle(draw, (x, shoulder_y + u * 0.09), u * 0.012, fill=_rgba(WARM, 255))
    wave = math.radians(rng.uniform(-130, -100))
    for side, angle in ((-1, math.radians(rng.uniform(95, 110))), (1, wave)):
        shoulder = (x + side * u * 0.12, shoulder_y + u * 0.03)
        elbow = _polar(shoulder, u * 0.15, angle if side < 0 else -0.35)
        hand = _polar(elbow, u * 0.14, angle)
        _capsule(draw, shoulder, elbow, u * 0.042, BODY, line, stroke)
        _capsule(draw, elbow, hand, u * 0.036, BODY, line, stroke)
        _circle(draw, shoulder, u * 0.03, fill=BODY, outline=line, width=stroke)
        _circle(draw, elbow, u * 0.02, fill=_rgba(WARM, 255))
        _circle(draw, hand, u * 0.028, fill=BODY, outline=line, width=stroke)
    _capsule(draw, (x, neck_y + u * 0.04), (x, neck_y - u * 0.02), u * 0.03, BODY, line, stroke)
    head = (x, neck_y - u * 0.08)
    draw.rounded_rectangle((head[0] - u * 0.075, head[1] - u * 0.07, head[0] + u * 0.075,
                            head[1] + u * 0.06), radius=u * 0.05, fill=BODY, outline=line,
                           width=round(stroke))
    draw.rounded_rectangle((head[0] - u * 0.055, head[1] - u * 0.025, head[0] + u * 0.055,
                            head[1] + u * 0.015), radius=u * 0.02, fill=_rgba(accent, 150))
    for eye in (-1, 1):
        _circle(draw, (head[0] + eye * u * 0.025, head[1] - u * 0.005), u * 0.009,
                fill=_rgba(WARM, 255))
    for k in range(3):  # the wave, as motion arcs beside the raised hand
        r = u * (0.05 + 0.035 * k)
        hand = _polar(_polar((x + u * 0.12, shoulder_y + u * 0.03), u * 0.15, -0.35),
                      u * 0.14, wave)
        draw.arc((hand[0] - r, hand[1] - r, hand[0] + r, hand[1] + r), -60, 20,
                 fill=_rgba(accent, 160 - 40 * k), width=round(stroke * 0.8))


def _medical(layer: Image.Image, rng: random.Random, accent: RGB) -> None:
    """A surgical robot: a slender arm bringing its instrument through a single port."""
    draw, (w, h) = ImageDraw.Draw(layer), layer.size
    u, line = min(w / 1.15, h), _rgba(accent, 255)  # the scene is wider than it is tall
    stroke = u * 0.007
    bed = h / 2 + u * 0.24
    _floor(draw, h / 2 + u * 0.4, w, accent, u)
    left, right = w / 2 - u * 0.55, w / 2 + u * 0.25
    draw.rounded_rectangle((left, bed, right, bed + u * 0.05), radius=u * 0.02, fill=BODY,
                           outline=line, width=round(stroke))
    for leg in (left + u * 0.1, right - u * 0.1):
        draw.line(((leg, bed + u * 0.05), (leg, h / 2 + u * 0.4)), fill=line, width=round(stroke))
    port = (w / 2 - u * rng.uniform(0.05, 0.15), bed)
    for k in range(3):  # the single port, with a glow around it
        r = u * (0.025 + 0.03 * k)
        draw.ellipse((port[0] - r, port[1] - r * 0.35, port[0] + r, port[1] + r * 0.35),
                     outline=_rgba(WARM, 230 - 70 * k), width=round(stroke))
    base = (w / 2 + u * 0.42, h / 2 + u * 0.4)
    draw.rounded_rectangle((base[0] - u * 0.1, base[1] - u * 0.08, base[0] + u * 0.1, base[1]),
                           radius=u * 0.02, fill=BODY, outline=line, width=round(stroke))
    column = (base[0], base[1] - u * 0.55)
    _capsule(draw, (base[0], base[1] - u * 0.08), column, u * 0.06, BODY, line, stroke)
    elbow = (column[0] - u * rng.uniform(0.22, 0.28), column[1] - u * rng.uniform(0.0, 0.06))
    _capsule(draw, column, elbow, u * 0.05, BODY, line, stroke)
    entry = (port[0], port[1] - u * 0.02)
    angle = math.atan2(entry[1] - elbow[1], entry[0] - elbow[0])
    holder = _polar(elbow, u * 0.08, angle)
    _capsule(draw, elbow, holder, u * 0.045, BODY, line, stroke)
    draw.line((holder, _polar(entry, u * 0.04, angle)), fill=_rgba(accent, 255),
              width=round(stroke * 1.4))
    for joint in (column, elbow):
        _circle(draw, joint, u * 0.035, fill=BODY, outline=line, width=stroke * 1.4)
        _circle(draw, joint, u * 0.014, fill=_rgba(WARM, 255))
    cross = (w / 2 - u * 0.42, h / 2 - u * 0.3)  # a medical cross, softly lit
    arm = u * 0.05
    draw.rounded_rectangle((cross[0] - arm / 2.6, cross[1] - arm, cross[0] + arm / 2.6,
                            cross[1] + arm), radius=u * 0.01, fill=_rgba(accent, 170))
    draw.rounded_rectangle((cross[0] - arm, cross[1] - arm / 2.6, cross[0] + arm,
                            cross[1] + arm / 2.6), radius=u * 0.01, fill=_rgba(accent, 170))


Motif = Callable[[Image.Image, random.Random, RGB], None]
MOTIFS: dict[str, Motif] = {"robot": _robot, "humanoid": _humanoid, "medical": _medical,
                            "drone": _drone, "vehicle": _vehicle, "space": _space,
                            "generic": _generic}
