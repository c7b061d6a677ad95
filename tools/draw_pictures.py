#!/usr/bin/env python3
"""Draw the exercise pictures (start and end position) as small SVG files.

Also one picture per guided fitness test (test_*.svg) showing its set-up.

Standalone, standard library only.  Every picture is built from a pose
description (a few joint positions and angles) so that all figures share one
style and can be redrawn after a change:

    python3 tools/draw_pictures.py [output_dir]

The default output directory is src/sterkblijven/assets/pictures next to this
tools/ folder.  The SVG uses only the subset that Qt's QtSvg renders (SVG Tiny
1.2): rect, circle, line, polyline, polygon, path with presentation attributes,
and text for a few large labels (numbers and units only, sans-serif, >= 20 px).

Conventions
-----------
* Canvas 300 x 300, y grows downwards.  The floor line is at y = 270.
* Side view: the person faces right.  Angles of limbs are absolute, in degrees:
  0 = pointing straight down, 90 = pointing forward (right), 180 = straight up,
  -90 = pointing backward (left).  The torso "lean" is measured from upright,
  positive = leaning forward.
* A limb can also be placed by its end point (hand or ankle); the elbow or knee
  is then found with two-segment inverse kinematics and a hint direction that
  says to which side the joint bends.
"""

from __future__ import annotations

import math
import os
import sys

# ---------------------------------------------------------------- palette
INK = "#1A1A1A"      # person, near limbs, border
FAR = "#6B6B6B"      # far arm / far leg
WOOD = "#8A6A4A"     # furniture
FLOOR = "#555555"    # floor line
BELL = "#1F4E79"     # dumbbells
BAND = "#C0392B"     # resistance band
ARROW = "#0B5CAD"    # movement arrow
PAPER = "#FFFFFF"    # background and the thin halo that separates limbs
WALL = "#D4D4D4"     # wall seen side-on or behind the person (fitness tests)
TAPE = "#C0392B"     # tape mark on a wall or the floor
CONE = "#E8740C"     # marker cone on the floor

# ---------------------------------------------------------------- body sizes
FLOOR_Y = 270        # centre of the floor line
FOOT_UP = 10         # ankle height above a surface (foot stroke is 16 wide)
TORSO = 66           # hip -> shoulder
NECK = 25            # shoulder -> centre of the head
HEAD_R = 17
UPPER_ARM = 44
FOREARM = 40
THIGH = 52
SHIN = 50
FOOT = 21            # ankle -> toe
HEEL = 5             # heel behind the ankle
W_TORSO = 18
W_LIMB = 17
W_HALO = 3           # white rim around near limbs
W_BAND = 7

ANKLE_Y = FLOOR_Y - FOOT_UP              # ankle of a flat foot on the floor (260)
STAND_HIP_Y = ANKLE_Y - THIGH - SHIN  # hip of a person standing straight
SEAT_HIP_Y = ANKLE_Y - SHIN           # hip of a person sitting, thigh level
SEAT_TOP = SEAT_HIP_Y + W_LIMB // 2   # top of a chair seat under that thigh


# ---------------------------------------------------------------- geometry
def vec(angle: float, length: float = 1.0) -> tuple[float, float]:
    """Direction of an absolute limb angle (0 = down, 90 = forward)."""
    a = math.radians(angle)
    return (math.sin(a) * length, math.cos(a) * length)


def add(p, q, k: float = 1.0):
    return (p[0] + q[0] * k, p[1] + q[1] * k)


def sub(p, q):
    return (p[0] - q[0], p[1] - q[1])


def dist(p, q) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def unit(p, q):
    d = dist(p, q) or 1.0
    return ((q[0] - p[0]) / d, (q[1] - p[1]) / d)


def lerp(p, q, t: float):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def ik(root, target, l1: float, l2: float, hint):
    """Middle joint and end point of a two-segment limb reaching for target.

    hint is a direction: the middle joint is put on the side of the line
    root-target that points most along hint (knees forward, elbows down...).
    """
    d = dist(root, target)
    if d > l1 + l2 - 0.5:
        if d > l1 + l2 + 1.5:
            print(f"  note: target {target} out of reach by {d - l1 - l2:.1f}",
                  file=sys.stderr)
        d = l1 + l2 - 0.5
    d = max(d, abs(l1 - l2) + 1.0)
    base = math.atan2(target[1] - root[1], target[0] - root[0])
    bend = math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))
    mid_line = lerp(root, target, 0.5)
    best = None
    for s in (1, -1):
        m = (root[0] + l1 * math.cos(base + s * bend),
             root[1] + l1 * math.sin(base + s * bend))
        score = (m[0] - mid_line[0]) * hint[0] + (m[1] - mid_line[1]) * hint[1]
        if best is None or score > best[0]:
            best = (score, m)
    mid = best[1]
    end = add(mid, unit(mid, target), l2)
    return mid, end


def fmt(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def pts(points) -> str:
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


# ---------------------------------------------------------------- svg writer
class Pic:
    """Collects SVG elements and writes one 300 x 300 picture."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.rect(2, 2, 296, 296, PAPER, rx=20, stroke=INK, sw=4)

    # primitives
    def rect(self, x, y, w, h, fill, rx=0, stroke=None, sw=0):
        extra = f' rx="{fmt(rx)}"' if rx else ""
        if stroke:
            extra += f' stroke="{stroke}" stroke-width="{fmt(sw)}"'
        self.items.append(f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" '
                          f'height="{fmt(h)}"{extra} fill="{fill}"/>')

    def circle(self, c, r, fill, stroke=None, sw=0):
        extra = f' stroke="{stroke}" stroke-width="{fmt(sw)}"' if stroke else ""
        self.items.append(f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}"'
                          f'{extra} fill="{fill}"/>')

    def stroke(self, points, color, width, cap="round"):
        """An open polyline (or a line for two points), round joins."""
        if len(points) == 2:
            (x1, y1), (x2, y2) = points
            self.items.append(
                f'<line x1="{fmt(x1)}" y1="{fmt(y1)}" x2="{fmt(x2)}" y2="{fmt(y2)}" '
                f'stroke="{color}" stroke-width="{fmt(width)}" stroke-linecap="{cap}"/>')
        else:
            self.items.append(
                f'<polyline points="{pts(points)}" fill="none" stroke="{color}" '
                f'stroke-width="{fmt(width)}" stroke-linecap="{cap}" '
                f'stroke-linejoin="round"/>')

    def shape(self, points, fill, stroke=None, sw=0):
        """A closed polygon, optionally with a round-joined outline."""
        extra = ""
        if stroke:
            extra = (f' stroke="{stroke}" stroke-width="{fmt(sw)}" '
                     f'stroke-linejoin="round"')
        self.items.append(f'<polygon points="{pts(points)}" fill="{fill}"{extra}/>')

    def path(self, d, color, width, fill="none"):
        self.items.append(f'<path d="{d}" fill="{fill}" stroke="{color}" '
                          f'stroke-width="{fmt(width)}" stroke-linecap="round" '
                          f'stroke-linejoin="round"/>')

    def text(self, x, y, s, size=24, fill=INK, anchor="middle"):
        """Short label (numbers and units only); y is the baseline."""
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        self.items.append(f'<text x="{fmt(x)}" y="{fmt(y)}" font-family="sans-serif" '
                          f'font-size="{fmt(size)}" font-weight="bold" '
                          f'text-anchor="{anchor}" fill="{fill}">{s}</text>')

    def svg(self) -> str:
        body = "\n".join(self.items)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" '
                'baseProfile="tiny" width="300" height="300" viewBox="0 0 300 300">\n'
                f"{body}\n</svg>\n")

    # composite pieces
    def limb(self, points, color, halo=True, width=W_LIMB):
        if halo:
            self.stroke(points, PAPER, width + 2 * W_HALO)
        self.stroke(points, color, width)

    def floor(self, x1=16, x2=284):
        self.stroke([(x1, FLOOR_Y), (x2, FLOOR_Y)], FLOOR, 4)

    def arrow(self, p0, p1, ctrl=None, head=24, half=15):
        """Movement arrow from p0 to p1, straight or curved through ctrl."""
        tip = p1
        back = unit(ctrl if ctrl else p0, p1)
        base = add(tip, back, -head)
        left = (base[0] - back[1] * half, base[1] + back[0] * half)
        right = (base[0] + back[1] * half, base[1] - back[0] * half)
        end = add(tip, back, -head + 2)
        if ctrl:
            d = (f"M{fmt(p0[0])},{fmt(p0[1])} Q{fmt(ctrl[0])},{fmt(ctrl[1])} "
                 f"{fmt(end[0])},{fmt(end[1])}")
            self.path(d, ARROW, 8)
        else:
            self.stroke([p0, end], ARROW, 8)
        self.shape([tip, left, right], ARROW, stroke=ARROW, sw=2)

    def dumbbell(self, c, angle=90.0, length=34, block=(11, 22)):
        """Bar along angle (absolute limb angle convention), blocks at the ends."""
        u = vec(angle)
        n = (-u[1], u[0])
        a = add(c, u, -length / 2)
        b = add(c, u, length / 2)
        self.stroke([a, b], BELL, 6)
        bw, bh = block
        for e in (a, b):
            q = [add(add(e, u, s1 * bw / 2), n, s2 * bh / 2)
                 for s1, s2 in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
            self.shape(q, BELL, stroke=BELL, sw=3)

    def band(self, points, closed=False):
        if closed:
            points = list(points) + [points[0]]
        self.stroke(points, BAND, W_BAND)

    # furniture
    def chair(self, x, back_top=None, seat_top=SEAT_TOP, depth=64):
        """Side view chair; backrest on the left at x, seat to x + depth."""
        if back_top is None:
            back_top = seat_top - 82
        t = 11
        self.stroke([(x + 4, seat_top + t), (x + 4, FLOOR_Y - 2)], WOOD, 9)
        self.stroke([(x + depth - 5, seat_top + t), (x + depth - 5, FLOOR_Y - 2)],
                    WOOD, 9)
        self.stroke([(x + 4, seat_top + 4), (x - 2, back_top)], WOOD, 10)
        self.rect(x - 1, seat_top, depth + 2, t, WOOD, rx=3)

    def chair_front(self, cx, seat_top=SEAT_TOP, back_top=None, half=42):
        """Chair seen from the front: backrest behind the sitter, seat, legs."""
        if back_top is None:
            back_top = seat_top - 82
        self.rect(cx - half + 6, back_top, 2 * half - 12, seat_top - back_top, WOOD,
                  rx=5)
        for sx in (-1, 1):
            self.stroke([(cx + sx * (half - 6), seat_top + 8),
                         (cx + sx * (half - 6), FLOOR_Y - 2)], WOOD, 9)
        self.rect(cx - half, seat_top, 2 * half, 12, WOOD, rx=3)

    def wall(self, x1, x2, top=20):
        """Wall seen side-on (a slab from the floor up), its face at x2."""
        self.rect(x1, top, x2 - x1, FLOOR_Y - top, WALL)
        self.stroke([(x2, top), (x2, FLOOR_Y)], FLOOR, 3, cap="butt")

    def counter(self, x1, x2, top=150):
        """Kitchen counter standing behind the person: top slab and cabinet."""
        self.rect(x1 + 6, top + 6, x2 - x1 - 12, FLOOR_Y - top - 8, PAPER,
                  stroke=WOOD, sw=6)
        self.rect(x1, top - 4, x2 - x1, 14, WOOD, rx=3)


# ---------------------------------------------------------------- side view
def side_joints(hip, lean=0.0, near_leg=None, far_leg=None, near_arm=None,
                far_arm=None, head_lean=None):
    """Joint positions of a side-view figure facing right.

    legs: dict(ankle=(x, y), foot=angle) solved by IK (knee bends forward),
          or dict(thigh=a, shin=a, foot=a) by angles.  foot angle 90 = flat.
    arms: dict(hand=(x, y), hint=(dx, dy)) solved by IK (default elbow down),
          or dict(up=a, fore=a) by angles.
    """
    j = {"hip": hip}
    sh = add(hip, vec(180 - lean, TORSO))
    j["sh"] = sh
    j["head"] = add(sh, vec(180 - (lean if head_lean is None else head_lean), NECK))
    for side, spec in (("n", near_leg), ("f", far_leg)):
        spec = spec or {"ankle": (hip[0], ANKLE_Y), "foot": 90}
        if "ankle" in spec:
            knee, ankle = ik(hip, spec["ankle"], THIGH, SHIN, spec.get("hint", (1, 0)))
        else:
            knee = add(hip, vec(spec["thigh"], THIGH))
            ankle = add(knee, vec(spec["shin"], SHIN))
        fa = spec.get("foot", 90)
        j[side + "knee"] = knee
        j[side + "ankle"] = ankle
        j[side + "heel"] = add(ankle, vec(fa, -HEEL))
        j[side + "toe"] = add(ankle, vec(fa, FOOT))
    for side, spec in (("n", near_arm), ("f", far_arm)):
        spec = spec or {"up": 8, "fore": 12}
        if "hand" in spec:
            elbow, hand = ik(sh, spec["hand"], UPPER_ARM, FOREARM,
                             spec.get("hint", (0, 1)))
        else:
            elbow = add(sh, vec(spec["up"], UPPER_ARM))
            hand = add(elbow, vec(spec["fore"], FOREARM))
        j[side + "elbow"] = elbow
        j[side + "hand"] = hand
    return j


def leg_points(j, side):
    return [j["hip"], j[side + "knee"], j[side + "ankle"], j[side + "heel"],
            j[side + "toe"]]


def arm_points(j, side):
    return [j["sh"], j[side + "elbow"], j[side + "hand"]]


def draw_side(pic, j, far=(), mid=(), near=(), halo_far=False, head_last=False):
    """Far limbs, then torso and head, then near limbs.

    far / mid / near are callables drawing extra things (equipment) after
    the far limbs, after the torso and after the near limbs.
    """
    pic.limb(leg_points(j, "f"), FAR, halo=halo_far)
    pic.limb(arm_points(j, "f"), FAR, halo=halo_far)
    for f in far:
        f()
    u = unit(j["hip"], j["sh"])
    n = (-u[1], u[0])  # points backwards for a figure facing right
    hip, sh = j["hip"], j["sh"]
    pic.shape([add(hip, n, 9), add(hip, n, -8), add(sh, n, -9), add(sh, n, 10)],
              INK, stroke=INK, sw=W_TORSO)
    if not head_last:
        pic.circle(j["head"], HEAD_R, INK)
    for f in mid:
        f()
    pic.limb(leg_points(j, "n"), INK)
    pic.limb(arm_points(j, "n"), INK)
    for f in near:
        f()
    if head_last:
        # arms raised past the head: keep the whole head visible
        pic.circle(j["head"], HEAD_R + W_HALO, PAPER)
        pic.stroke([j["sh"], j["head"]], INK, 14)
        pic.circle(j["head"], HEAD_R, INK)


def sole(j, side, off=9):
    """Two points just under the sole of a foot (for a band round the foot)."""
    h, t = j[side + "heel"], j[side + "toe"]
    u = unit(h, t)
    n = (-u[1], u[0])  # points to the sole side for a foot facing right
    return add(h, n, off), add(t, n, off)


# ---------------------------------------------------------------- front view
SH_HALF = 20     # half shoulder width (joint centres)
HIP_HALF = 11


def front_joints(cx, hip_y, legs, arms, seated=False):
    """Front view.  legs/arms: dict(l=..., r=...) of IK targets (ankle/hand)
    with optional knee/elbow hints.  'l' is the figure's side on the picture's
    left."""
    j = {"cx": cx, "hip_y": hip_y, "sh_y": hip_y - TORSO + 4}
    j["head"] = (cx, j["sh_y"] - NECK - 2)
    for s, sx in (("l", -1), ("r", 1)):
        hip = (cx + sx * HIP_HALF, hip_y)
        sh = (cx + sx * SH_HALF, j["sh_y"] + 4)
        spec = legs[s]
        if seated:
            knee = spec.get("knee", (hip[0] + sx * 6, hip_y + 10))
            ankle = spec["ankle"]
        else:
            knee, ankle = ik(hip, spec["ankle"], THIGH, SHIN,
                             spec.get("hint", (sx, 0)))
        j[s + "leg"] = [hip, knee, ankle, add(ankle, (sx * 7, 1))]
        spec = arms[s]
        if spec.get("towards_viewer"):
            # arm pointing at the viewer: drawn foreshortened, straight
            hand = spec["hand"]
            elbow = lerp(sh, hand, 0.5)
        else:
            elbow, hand = ik(sh, spec["hand"], UPPER_ARM, FOREARM,
                             spec.get("hint", (sx, 0.3)))
        j[s + "arm"] = [sh, elbow, hand]
        j[s + "hand"] = hand
        j[s + "elbow"] = elbow
        j[s + "ankle"] = ankle
    return j


def draw_front(pic, j, mid=(), near=(), legs_first=True):
    cx, hy, sy = j["cx"], j["hip_y"], j["sh_y"]
    if legs_first:
        for s in "lr":
            pic.limb(j[s + "leg"], INK, halo=False)
    pic.shape([(cx - SH_HALF, sy + 2), (cx + SH_HALF, sy + 2),
               (cx + HIP_HALF + 3, hy), (cx - HIP_HALF - 3, hy)], INK,
              stroke=INK, sw=14)
    pic.circle(j["head"], HEAD_R, INK)
    if not legs_first:
        for s in "lr":
            pic.limb(j[s + "leg"], INK)
    for f in mid:
        f()
    for s in "lr":
        pic.limb(j[s + "arm"], INK)
    for f in near:
        f()


# ================================================================ exercises
# Each function returns [start Pic, end Pic].  The small closures that draw
# equipment are called at once inside the same loop pass (no late binding).

def sit_to_stand():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.chair(78)
        crossed = {"up": 14, "fore": 172}
        if phase == 0:
            j = side_joints((96, SEAT_HIP_Y), lean=6,
                            near_leg={"ankle": (148, ANKLE_Y)},
                            far_leg={"ankle": (148, ANKLE_Y)},
                            near_arm=crossed, far_arm=crossed)
        else:
            j = side_joints((146, STAND_HIP_Y + 1), lean=3,
                            near_leg={"ankle": (148, ANKLE_Y)},
                            far_leg={"ankle": (148, ANKLE_Y)},
                            near_arm=crossed, far_arm=crossed)
        draw_side(p, j)
        p.floor()
        if phase:
            p.arrow((222, 212), (222, 112))
        out.append(p)
    return out


def chair_squat():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.chair(196, back_top=SEAT_TOP - 86)
        grip = (194, SEAT_TOP - 84)
        arm = {"hand": grip, "hint": (0, 1)}
        if phase == 0:
            j = side_joints((117, STAND_HIP_Y), lean=4,
                            near_leg={"ankle": (119, ANKLE_Y)},
                            far_leg={"ankle": (119, ANKLE_Y)},
                            near_arm=arm, far_arm=arm)
        else:
            j = side_joints((91, 196), lean=32,
                            near_leg={"ankle": (119, ANKLE_Y)},
                            far_leg={"ankle": (119, ANKLE_Y)},
                            near_arm=arm, far_arm=arm)
        draw_side(p, j)
        p.floor()
        if phase:
            p.arrow((40, 120), (40, 214))
        out.append(p)
    return out


def seated_knee_extension():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 60
        p.chair(x)
        hip = (x + 18, SEAT_HIP_Y)
        post = (x + 64 - 5, FLOOR_Y - 14)   # bottom of the front chair leg
        hands = {"hand": (hip[0] + 26, hip[1] - 6), "hint": (-1, 0.2)}
        far = {"ankle": (hip[0] + 62, ANKLE_Y)}
        if phase == 0:
            near = {"ankle": (hip[0] + 62, ANKLE_Y)}
        else:
            near = {"thigh": 91, "shin": 88, "foot": 175}
        j = side_joints(hip, lean=3, near_leg=near, far_leg=far,
                        near_arm=hands, far_arm=hands)

        def band():
            a = j["nankle"]
            p.band([post, a])
            p.circle(post, 6, BAND)
            p.circle(a, 11, "none", stroke=BAND, sw=6)
        draw_side(p, j, near=[band])
        p.floor()
        if phase:
            p.arrow((216, 252), (238, 196), ctrl=(240, 238))
        out.append(p)
    return out


def seated_leg_press():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 50
        p.chair(x)
        hip = (x + 18, SEAT_HIP_Y)
        hand = (hip[0] + 24, hip[1] - 8)
        arms = {"hand": hand, "hint": (-1, 0)}
        far = {"ankle": (hip[0] + 60, ANKLE_Y)}
        if phase == 0:
            near = {"thigh": 128, "shin": 30, "foot": 112}
        else:
            near = {"thigh": 98, "shin": 84, "foot": 172}
        j = side_joints(hip, lean=2, near_leg=near, far_leg=far,
                        near_arm=arms, far_arm=arms)

        def band():
            a, b = sole(j, "n", 10)
            p.band([j["nhand"], a, b, j["nhand"]])
        draw_side(p, j, near=[band])
        p.floor()
        if phase:
            p.arrow((140, 246), (236, 246))
        out.append(p)
    return out


def stairs(p, x=150, rise=30, x2=222):
    """Bottom stair (and the next one) with a banister; returns rail ends."""
    top1 = FLOOR_Y - rise
    top2 = top1 - rise
    p.rect(x, top1, 290 - x, FLOOR_Y - top1, WOOD, rx=2)
    p.rect(x2, top2, 290 - x2, rise + 2, WOOD, rx=2)
    p.stroke([(x, top1 + 2), (290, top1 + 2)], PAPER, 3)
    post_x = x + 10
    rail0 = (post_x, top1 - 106)
    rail1 = (292, rail0[1] - (292 - post_x) * rise / (x2 - x))
    p.stroke([(post_x, top1), rail0], WOOD, 8)
    p.stroke([rail0, rail1], WOOD, 8)
    return top1, rail0, rail1


def step_up():
    out = []
    for phase in (0, 1):
        p = Pic()
        top1, r0, r1 = stairs(p)
        if phase == 0:
            ax, ay = 96, ANKLE_Y
        else:
            ax, ay = 180, top1 - FOOT_UP
        hip = (ax - 1, ay - THIGH - SHIN + 1)
        hx = ax + 56
        hand = (hx, r0[1] + (hx - r0[0]) * (r1[1] - r0[1]) / (r1[0] - r0[0]))
        j = side_joints(hip, lean=3, near_leg={"ankle": (ax, ay)},
                        far_leg={"ankle": (ax, ay)},
                        near_arm={"hand": hand}, far_arm={"up": 8, "fore": 14})
        draw_side(p, j)
        p.floor(16, 150)
        if phase:
            p.arrow((60, 232), (128, 152), ctrl=(74, 160))
        out.append(p)
    return out


def calf_raise():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.chair(183, back_top=SEAT_TOP - 86)
        grip = (181, SEAT_TOP - 84)
        arm = {"hand": grip}
        if phase == 0:
            ank, foot = (112, ANKLE_Y), 90
        else:
            foot = 45
            ank = (112 + FOOT - vec(foot, FOOT)[0], ANKLE_Y - vec(foot, FOOT)[1])
        hip = (ank[0] - 2, ank[1] - THIGH - SHIN + 1)
        legs = {"ankle": ank, "foot": foot}
        j = side_joints(hip, lean=2, near_leg=legs, far_leg=legs,
                        near_arm=arm, far_arm=arm)
        draw_side(p, j)
        p.floor()
        if phase:
            p.arrow((88, 262), (88, 196))
        out.append(p)
    return out


def standing_hip_extension():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.chair(183, back_top=SEAT_TOP - 86)
        grip = (181, SEAT_TOP - 84)
        arm = {"hand": grip}
        hip = (126, STAND_HIP_Y + 1)
        if phase == 0:
            near = {"ankle": (128, ANKLE_Y)}
            lean = 4
        else:
            near = {"thigh": -28, "shin": -30, "foot": 64}
            lean = 12
        j = side_joints(hip, lean=lean, near_leg=near,
                        far_leg={"ankle": (128, ANKLE_Y)},
                        near_arm=arm, far_arm=arm)

        def band():
            a, b = j["fankle"], j["nankle"]
            if dist(a, b) < 4:
                p.shape([(a[0] - 12, a[1] - 6), (a[0] + 12, a[1] - 6),
                         (a[0] + 12, a[1] + 1), (a[0] - 12, a[1] + 1)],
                        "none", stroke=BAND, sw=W_BAND)
            else:
                p.band([add(a, (4, -3)), add(b, (0, -3))])
                p.circle(b, 10, "none", stroke=BAND, sw=6)
        draw_side(p, j, near=[band])
        p.floor()
        if phase:
            p.arrow((84, 238), (30, 214), ctrl=(60, 240))
        out.append(p)
    return out


def side_leg_raise():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.chair(58, back_top=SEAT_TOP - 86, depth=58)
        cx = 150
        grip = (60, SEAT_TOP - 84)
        arms = {"l": {"hand": (grip[0] + 4, grip[1] + 2), "hint": (0, 1)},
                "r": {"hand": (cx + 30, STAND_HIP_Y + 10), "hint": (1, 0)}}
        if phase == 0:
            legs = {"l": {"ankle": (cx - 13, ANKLE_Y)}, "r": {"ankle": (cx + 13, ANKLE_Y)}}
        else:
            hipr = (cx + HIP_HALF, STAND_HIP_Y)
            legs = {"l": {"ankle": (cx - 15, ANKLE_Y)},
                    "r": {"ankle": add(hipr, vec(32, THIGH + SHIN - 1))}}
        j = front_joints(cx, STAND_HIP_Y, legs, arms)

        def band():
            a, b = j["lankle"], j["rankle"]
            p.band([add(a, (0, -8)), add(b, (0, -8))])
        draw_front(p, j, mid=[band])
        p.floor()
        if phase:
            p.arrow((220, 262), (250, 196), ctrl=(250, 250))
        out.append(p)
    return out


def seated_row():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 40
        p.chair(x)
        hip = (x + 18, SEAT_HIP_Y)
        legs = {"ankle": (hip[0] + 89, ANKLE_Y - 2), "foot": 160}
        if phase == 0:
            arm = {"hand": (hip[0] + 84, hip[1] - 34)}
            lean = 12
        else:
            arm = {"hand": (hip[0] + 16, hip[1] - 10), "hint": (-1, 0.3)}
            lean = 0
        j = side_joints(hip, lean=lean, near_leg=legs, far_leg=legs,
                        near_arm=arm, far_arm=arm)

        def band():
            a, b = sole(j, "n", 10)
            p.band([j["nhand"], b, a, j["nhand"]])
        draw_side(p, j, near=[band])
        p.floor()
        if phase:
            p.arrow((196, 112), (110, 112))
        out.append(p)
    return out


def band_pull_apart():
    out = []
    for phase in (0, 1):
        p = Pic()
        cx = 150
        sh_y = STAND_HIP_Y - TORSO + 8
        if phase == 0:
            arms = {"l": {"hand": (cx - 15, sh_y + 16), "towards_viewer": True},
                    "r": {"hand": (cx + 15, sh_y + 16), "towards_viewer": True}}
        else:
            arms = {"l": {"hand": (cx - 102, sh_y + 2), "hint": (0, 1)},
                    "r": {"hand": (cx + 102, sh_y + 2), "hint": (0, 1)}}
        legs = {"l": {"ankle": (cx - 16, ANKLE_Y)}, "r": {"ankle": (cx + 16, ANKLE_Y)}}
        j = front_joints(cx, STAND_HIP_Y, legs, arms)

        def band():
            a, b = j["lhand"], j["rhand"]
            p.band([a, b])
            for h in (a, b):
                p.circle(h, 9, INK, stroke=PAPER, sw=3)
        draw_front(p, j, near=[band])
        p.floor()
        if phase:
            p.arrow((188, 58), (262, 58))
        out.append(p)
    return out


def wall_push_up():
    out = []
    for phase in (0, 1):
        p = Pic()
        wall_x = 216
        p.rect(wall_x, 20, 40, FLOOR_Y - 20, WOOD)
        ankle = (86, ANKLE_Y)
        tilt = 14 if phase == 0 else 29
        u = vec(180 - tilt)
        hip = add(ankle, u, THIGH + SHIN - 1)
        hand = (wall_x - 9, ankle[1] + (THIGH + SHIN + TORSO) * vec(180 - 14)[1] + 4)
        arm = {"hand": hand, "hint": (0, 1)}
        j = side_joints(hip, lean=tilt, near_leg={"ankle": ankle, "foot": 90},
                        far_leg={"ankle": ankle, "foot": 90},
                        near_arm=arm, far_arm=arm)
        draw_side(p, j)
        p.floor(16, wall_x)
        if phase:
            p.arrow((118, 44), (194, 44))
        out.append(p)
    return out


def chest_press():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 50
        p.chair(x)
        hip = (x + 22, SEAT_HIP_Y)
        sh = add(hip, vec(180, TORSO))
        if phase == 0:
            arm = {"hand": (sh[0] + 36, sh[1] + 12), "hint": (-1, 0.6)}
        else:
            arm = {"hand": (sh[0] + 82, sh[1] + 6), "hint": (0, 1)}
        legs = {"ankle": (hip[0] + 62, ANKLE_Y)}
        j = side_joints(hip, lean=0, near_leg=legs, far_leg=legs,
                        near_arm=arm, far_arm=arm)

        def band():
            # from behind the back, under the near armpit, to the hands
            back = (sh[0] - 19, sh[1] + 18)
            pit = (sh[0] + 8, sh[1] + 20)
            p.band([back, pit, add(j["nhand"], (0, 3))])
        draw_side(p, j, near=[band])
        p.floor()
        if phase:
            p.arrow((176, 112), (258, 112))
        out.append(p)
    return out


def shoulder_press():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 70
        p.chair(x)
        hip = (x + 20, SEAT_HIP_Y)
        sh = add(hip, vec(180, TORSO))
        if phase == 0:
            hand = (sh[0] + 22, sh[1] + 2)
            hint = (0.4, 1)
        else:
            hand = (sh[0] + 10, sh[1] - 82)
            hint = (1, 0)
        legs = {"ankle": (hip[0] + 62, ANKLE_Y)}
        j = side_joints(hip, near_leg=legs, far_leg=legs,
                        near_arm={"hand": hand, "hint": hint},
                        far_arm={"hand": add(hand, (-4, 0)), "hint": hint})
        draw_side(p, j, far=[lambda: p.dumbbell(j["fhand"], length=28)],
                  near=[lambda: p.dumbbell(j["nhand"], length=28)],
                  head_last=phase == 1)
        p.floor()
        if phase:
            p.arrow((190, 150), (190, 60))
        out.append(p)
    return out


def lateral_raise():
    out = []
    for phase in (0, 1):
        p = Pic()
        cx = 150
        hip_y = SEAT_HIP_Y
        p.chair_front(cx, half=32)
        sh_y = hip_y - TORSO + 8
        if phase == 0:
            arms = {"l": {"hand": (cx - 50, hip_y + 16), "hint": (-1, 0)},
                    "r": {"hand": (cx + 50, hip_y + 16), "hint": (1, 0)}}
        else:
            arms = {"l": {"hand": (cx - 100, sh_y + 2), "hint": (0, 1)},
                    "r": {"hand": (cx + 100, sh_y + 2), "hint": (0, 1)}}
        legs = {"l": {"ankle": (cx - 24, ANKLE_Y), "knee": (cx - 22, hip_y + 8)},
                "r": {"ankle": (cx + 24, ANKLE_Y), "knee": (cx + 22, hip_y + 8)}}
        j = front_joints(cx, hip_y, legs, arms, seated=True)

        def bells():
            for s in "lr":
                e, h = j[s + "elbow"], j[s + "hand"]
                u = unit(e, h)
                p.dumbbell(h, math.degrees(math.atan2(u[0], u[1])) + 90, length=30)
        draw_front(p, j, near=[bells])
        p.floor()
        if phase:
            p.arrow((196, 226), (232, 184), ctrl=(234, 220))
        out.append(p)
    return out


def biceps_curl():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 70
        p.chair(x)
        hip = (x + 20, SEAT_HIP_Y)
        if phase == 0:
            arm = {"up": 10, "fore": 24}
        else:
            arm = {"up": 10, "fore": 160}
        legs = {"ankle": (hip[0] + 62, ANKLE_Y)}
        j = side_joints(hip, near_leg=legs, far_leg=legs, near_arm=arm,
                        far_arm=arm)
        draw_side(p, j, far=[lambda: p.dumbbell(add(j["fhand"], (-3, 0)))],
                  near=[lambda: p.dumbbell(j["nhand"])])
        p.floor()
        if phase:
            p.arrow((150, 214), (148, 140), ctrl=(182, 180))
        out.append(p)
    return out


def triceps_extension():
    out = []
    for phase in (0, 1):
        p = Pic()
        x = 70
        p.chair(x)
        hip = (x + 20, SEAT_HIP_Y)
        sh = add(hip, vec(180, TORSO))
        if phase == 0:
            arm = {"up": 175, "fore": -60}
        else:
            arm = {"hand": (sh[0] + 8, sh[1] - 82), "hint": (1, 0)}
        legs = {"ankle": (hip[0] + 62, ANKLE_Y)}
        j = side_joints(hip, near_leg=legs, far_leg=legs, near_arm=arm,
                        far_arm=arm)

        def bell():
            # one dumbbell held upright in both hands
            p.dumbbell(j["nhand"], 0, length=30)
        draw_side(p, j, near=[bell], head_last=True)
        p.floor()
        if phase:
            p.arrow((176, 130), (176, 48))
        out.append(p)
    return out


def farmers_carry():
    out = []
    for phase in (0, 1):
        p = Pic()
        if phase == 0:
            hip = (86, STAND_HIP_Y)
            nl = {"ankle": (88, ANKLE_Y)}
            fl = {"ankle": (88, ANKLE_Y)}
            na = fa = {"up": 5, "fore": 5}
        else:
            hip = (184, STAND_HIP_Y + 5)
            nl = {"ankle": (214, ANKLE_Y), "foot": 100}
            fl = {"ankle": (150, ANKLE_Y - 8), "foot": 60}
            na = {"up": -6, "fore": -2}
            fa = {"up": 8, "fore": 10}
        j = side_joints(hip, lean=2, near_leg=nl, far_leg=fl, near_arm=na,
                        far_arm=fa)
        draw_side(p, j, far=[lambda: p.dumbbell(j["fhand"])],
                  near=[lambda: p.dumbbell(j["nhand"])])
        p.floor()
        if phase:
            p.arrow((60, 66), (150, 66))
        out.append(p)
    return out


def side_steps():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.counter(16, 284, top=146)
        cx = 120 if phase == 0 else 150
        arms = {"l": {"hand": (cx - 48, 146), "hint": (-1, 0)},
                "r": {"hand": (cx + 48, 146), "hint": (1, 0)}}
        if phase == 0:
            legs = {"l": {"ankle": (cx - 12, ANKLE_Y)}, "r": {"ankle": (cx + 12, ANKLE_Y)}}
        else:
            legs = {"l": {"ankle": (cx - 30, ANKLE_Y)}, "r": {"ankle": (cx + 36, ANKLE_Y)}}
        j = front_joints(cx, STAND_HIP_Y + (0 if phase == 0 else 4), legs, arms)
        draw_front(p, j)
        p.floor()
        if phase:
            p.arrow((196, 232), (264, 232))
        out.append(p)
    return out


def single_leg_stand():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.chair(183, back_top=SEAT_TOP - 86)
        grip = (181, SEAT_TOP - 84)
        arm = {"hand": grip}
        hip = (118, STAND_HIP_Y + 1)
        if phase == 0:
            near = {"ankle": (120, ANKLE_Y)}
        else:
            near = {"thigh": 60, "shin": 5, "foot": 95}
        j = side_joints(hip, lean=3, near_leg=near,
                        far_leg={"ankle": (120, ANKLE_Y)},
                        near_arm=arm, far_arm=arm)
        draw_side(p, j)
        p.floor()
        if phase:
            p.arrow((64, 258), (64, 186))
        out.append(p)
    return out


def heel_to_toe_stand():
    out = []
    for phase in (0, 1):
        p = Pic()
        p.counter(16, 284, top=146)
        if phase == 0:
            fl = nl = {"ankle": (140, ANKLE_Y)}
            hip = (139, STAND_HIP_Y + 1)
        else:
            fl = {"ankle": (128, ANKLE_Y)}
            nl = {"ankle": (128 + FOOT + HEEL + 1, ANKLE_Y)}
            hip = (141, STAND_HIP_Y + 2)
        arm = {"hand": (hip[0] + 30, 146), "hint": (0, 1)}
        j = side_joints(hip, lean=2, near_leg=nl, far_leg=fl,
                        near_arm={"up": 4, "fore": 10}, far_arm=arm)
        draw_side(p, j, halo_far=True)
        p.floor()
        if phase:
            p.arrow((196, 238), (246, 238))
        out.append(p)
    return out


EXERCISES = {
    "sit_to_stand": sit_to_stand,
    "chair_squat": chair_squat,
    "seated_knee_extension": seated_knee_extension,
    "seated_leg_press": seated_leg_press,
    "step_up": step_up,
    "calf_raise": calf_raise,
    "standing_hip_extension": standing_hip_extension,
    "side_leg_raise": side_leg_raise,
    "seated_row": seated_row,
    "band_pull_apart": band_pull_apart,
    "wall_push_up": wall_push_up,
    "chest_press": chest_press,
    "shoulder_press": shoulder_press,
    "lateral_raise": lateral_raise,
    "biceps_curl": biceps_curl,
    "triceps_extension": triceps_extension,
    "farmers_carry": farmers_carry,
    "side_steps": side_steps,
    "single_leg_stand": single_leg_stand,
    "heel_to_toe_stand": heel_to_toe_stand,
}


# ================================================================ fitness tests
# One picture per guided functional test, showing the set-up that the
# preparation checklist asks for.  Each function returns a single Pic.

TEST_CHAIR_X = 64    # chair with its back against the wall at the left edge


def chair_at_wall(p, x=TEST_CHAIR_X, wall_x1=16):
    """A wall at the left edge with a chair without armrests against it."""
    p.wall(wall_x1, x - 7)
    p.chair(x)


def cross_arms(p, j):
    """Arms crossed over the chest, each hand on the other shoulder.

    Straight from the side the forearms would hide each other, so the arms
    are drawn as if seen a little from the front: the far shoulder shows in
    front of the near one and the two forearms form an X over the chest.
    Returns the callable (pass it as near= to draw_side) that lays the far
    forearm over the near upper arm and the near forearm over both.
    """
    u = unit(j["hip"], j["sh"])
    fwd = (-u[1], u[0])
    down = (-u[0], -u[1])

    def at(f, d):
        return add(add(j["sh"], fwd, f), down, d)
    j["nelbow"], j["nhand"] = at(-3, 38), at(28, 5)
    j["felbow"], j["fhand"] = at(32, 38), at(3, 5)

    def forearms():
        p.limb([j["felbow"], j["fhand"]], FAR)
        p.limb([j["nelbow"], j["nhand"]], INK)
    return forearms


def seated_tester(x=TEST_CHAIR_X, near_arm=None, far_arm=None, lean=1):
    """Sitting upright in the middle of the chair, feet flat, knees square."""
    hip = (x + 18, SEAT_HIP_Y)
    legs = {"ankle": (hip[0] + 52, ANKLE_Y)}
    return side_joints(hip, lean=lean, near_leg=legs, far_leg=legs,
                       near_arm=near_arm, far_arm=far_arm)


def dimension(p, x1, x2, y=283, label=None):
    """Measuring line on the floor area with end ticks and an optional label."""
    p.stroke([(x1, y), (x2, y)], INK, 3, cap="butt")
    for x in (x1, x2):
        p.stroke([(x, y - 8), (x, y + 8)], INK, 3, cap="butt")
    if label:
        w = 15 * len(label)
        mid = (x1 + x2) / 2
        p.rect(mid - w / 2, y - 10, w, 20, PAPER)
        p.text(mid, y + 7, label, size=20)


def walker(x):
    """Mid-stride, walking to the right: near leg forward, far arm forward."""
    hip = (x, STAND_HIP_Y + 5)
    return side_joints(hip, lean=3,
                       near_leg={"ankle": (x + 28, ANKLE_Y), "foot": 100},
                       far_leg={"ankle": (x - 32, ANKLE_Y - 8), "foot": 60},
                       near_arm={"up": -18, "fore": -8},
                       far_arm={"up": 14, "fore": 28})


def u_turn(p, x1, x2, y1, y2):
    """Arrow going right at y1, turning at x2 and coming back left at y2."""
    r = (y2 - y1) / 2
    p.path(f"M{fmt(x1)},{fmt(y1)} L{fmt(x2 - r)},{fmt(y1)} "
           f"Q{fmt(x2)},{fmt(y1)} {fmt(x2)},{fmt(y1 + r)} "
           f"Q{fmt(x2)},{fmt(y2)} {fmt(x2 - r)},{fmt(y2)}", ARROW, 8)
    p.arrow((x2 - r, y2), (x1, y2))


def test_chair_stand():
    p = Pic()
    chair_at_wall(p)
    j = seated_tester()
    draw_side(p, j, near=[cross_arms(p, j)])
    p.floor()
    p.arrow((218, 222), (218, 112))
    return p


def test_arm_curl():
    p = Pic()
    chair_at_wall(p)
    hang = {"up": 6, "fore": 8}     # the far arm hangs hidden behind the near one
    j = seated_tester(near_arm=hang, far_arm=hang)
    draw_side(p, j, near=[lambda: p.dumbbell(j["nhand"], length=30)])
    p.floor()
    e = j["nelbow"]
    p.arrow(add(e, (66, 26)), add(e, (28, -56)), ctrl=add(e, (80, -30)))
    return p


def test_step():
    p = Pic()
    p.rect(16, 40, 268, FLOOR_Y - 40, WALL)       # the wall beside the person
    hip = (118, STAND_HIP_Y + 1)
    j = side_joints(hip, lean=2,
                    near_leg={"thigh": 60, "shin": 5, "foot": 95},
                    far_leg={"ankle": (120, ANKLE_Y)},
                    near_arm={"up": -16, "fore": -6},
                    far_arm={"up": 16, "fore": 40})
    knee = j["nknee"]

    def tape():
        p.rect(knee[0] - 30, knee[1] - 5, 64, 10, TAPE, rx=2)
    draw_side(p, j, far=[tape])
    p.floor()
    p.arrow((236, 258), (236, 202))
    return p


def up_and_go_setup(p, mark, label):
    chair_at_wall(p, 40)
    target = 250
    mark(target)
    j = walker(150)
    draw_side(p, j)
    p.floor()
    dimension(p, 40 + 64, target, label=label)
    u_turn(p, 198, 278, 92, 152)


def test_up_and_go():
    p = Pic()

    def cone(x):
        p.shape([(x - 18, FLOOR_Y - 3), (x + 18, FLOOR_Y - 3), (x, FLOOR_Y - 46)],
                CONE, stroke=CONE, sw=5)
        p.rect(x - 24, FLOOR_Y - 7, 48, 6, CONE, rx=2)
    up_and_go_setup(p, cone, "2,44 m")
    return p


def test_timed_up_and_go():
    p = Pic()

    def line(x):
        p.rect(x - 20, FLOOR_Y - 9, 40, 12, TAPE, rx=2)
    up_and_go_setup(p, line, "3 m")
    return p


def test_five_sit_to_stand():
    p = Pic()
    chair_at_wall(p)
    j = seated_tester()
    draw_side(p, j, near=[cross_arms(p, j)])
    p.floor()
    p.text(224, 78, "5\u00d7", size=36)
    p.arrow((224, 172), (224, 104))
    p.arrow((224, 168), (224, 236))
    return p


TESTS = {
    "test_chair_stand": test_chair_stand,
    "test_arm_curl": test_arm_curl,
    "test_step": test_step,
    "test_up_and_go": test_up_and_go,
    "test_timed_up_and_go": test_timed_up_and_go,
    "test_five_sit_to_stand": test_five_sit_to_stand,
}


def main(argv: list[str]) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    out_dir = argv[1] if len(argv) > 1 else os.path.join(
        here, "..", "src", "sterkblijven", "assets", "pictures")
    os.makedirs(out_dir, exist_ok=True)
    for name, draw in EXERCISES.items():
        start, end = draw()
        for phase, pic in (("start", start), ("end", end)):
            path = os.path.join(out_dir, f"{name}_{phase}.svg")
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(pic.svg())
    for name, draw in TESTS.items():
        path = os.path.join(out_dir, f"{name}.svg")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(draw().svg())
    count = 2 * len(EXERCISES) + len(TESTS)
    print(f"wrote {count} pictures to {os.path.normpath(out_dir)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
