# Draws the Eclipse editor's 16x16 icons into org.journey.dsl.ui/icons (run from the repository root:
# python3 releng/tools/draw-icons.py). Plain shapes, one colour each; no artwork from elsewhere.
import os
import struct, zlib, sys
S = 16
def png(path, px):
    raw = b''.join(b'\x00' + bytes(sum((px[y][x] for x in range(S)), ())) for y in range(S))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', S, S, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)
def rgb(h): return tuple(int(h[i:i+2], 16) for i in (1, 3, 5)) + (255,)
CLEAR = (0, 0, 0, 0); WHITE = (255, 255, 255, 255)
def canvas(): return [[CLEAR] * S for _ in range(S)]
def rect(c, x0, y0, x1, y1, col):
    for y in range(max(0,y0), min(S,y1+1)):
        for x in range(max(0,x0), min(S,x1+1)): c[y][x] = col
def circle(c, cx, cy, r, col):
    for y in range(S):
        for x in range(S):
            if (x + .5 - cx) ** 2 + (y + .5 - cy) ** 2 <= r * r: c[y][x] = col
def poly(c, pts, col):
    for y in range(S):
        for x in range(S):
            px, py, inside = x + .5, y + .5, False
            for i in range(len(pts)):
                (x1, y1), (x2, y2) = pts[i], pts[i - 1]
                if (y1 > py) != (y2 > py) and px < (x2 - x1) * (py - y1) / (y2 - y1) + x1: inside = not inside
            if inside: c[y][x] = col
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "org.journey.dsl.ui", "icons")

def icon(name, *ops):
    c = canvas()
    for op in ops: op(c)
    png(os.path.join(OUT, name), c)
R = lambda *a: (lambda c: rect(c, *a)); C = lambda *a: (lambda c: circle(c, *a)); P = lambda pts, col: (lambda c: poly(c, pts, col))
icon('package.png', R(1,3,14,13,rgb('#6a5acd')), R(4,6,11,7,WHITE), R(4,9,9,10,WHITE))
icon('segment.png', C(8,5,3.2,rgb('#2e8b57')), P([(2,15),(3,10),(8,8.5),(13,10),(14,15)], rgb('#2e8b57')))
icon('source.png', R(3,1,12,14,rgb('#8b6914')), R(5,4,10,5,WHITE), R(5,7,10,8,WHITE), R(5,10,8,11,WHITE))
icon('kpi.png', R(2,9,4,14,rgb('#1e90ff')), R(6,6,8,14,rgb('#1e90ff')), R(10,2,12,14,rgb('#1e90ff')))
icon('goal.png', C(8,8,7.5,rgb('#dc143c')), C(8,8,5,WHITE), C(8,8,2.5,rgb('#dc143c')))
icon('journey.png', P([(1,13),(5,5),(9,10),(13,3),(15,5),(9,14),(5,9),(3,14)], rgb('#ff8c00')))
icon('phase.png', P([(1,3),(11,3),(15,8),(11,13),(1,13),(4,8)], rgb('#4682b4')))
icon('touchpoint-digital.png', R(1,2,14,11,rgb('#3cb371')), R(3,4,12,9,WHITE), R(6,12,9,14,rgb('#3cb371')))
icon('touchpoint-media.png', P([(2,6),(7,6),(13,2),(13,14),(7,10),(2,10)], rgb('#ba55d3')))
icon('touchpoint-message.png', R(1,4,14,12,rgb('#daa520')), P([(1,4),(15,4),(8,9.5)], WHITE), P([(2,4),(14,4),(8,8.5)], rgb('#daa520')))
icon('touchpoint-conversation.png', R(1,2,14,10,rgb('#20b2aa')), P([(4,10),(9,10),(3,15)], rgb('#20b2aa')))
icon('touchpoint-place.png', P([(8,1),(15.5,7.5),(0.5,7.5)], rgb('#cd5c5c')), R(3,7,12,14,rgb('#cd5c5c')), R(6,10,9,14,WHITE))
icon('touchpoint.png', C(8,8,6.5,rgb('#808080')), C(8,8,3.5,WHITE))
icon('event.png', P([(10,0.5),(3,9),(7.5,9),(6,15.5),(13.5,6),(9,6)], rgb('#ffa500')))
icon('event-property.png', R(3,6,12,9,rgb('#a0a0a0')))
icon('pain.png', P([(8,0.5),(15.5,14.5),(0.5,14.5)], rgb('#b22222')), R(7,5,8,10,WHITE), R(7,12,8,13,WHITE))
icon('opportunity.png', C(8,6,5,rgb('#ffd700')), R(6,11,9,14,rgb('#808080')))
icon('initiative.png', R(3,1,4,15,rgb('#228b22')), P([(5,1.5),(14.5,5),(5,8.5)], rgb('#228b22')))
icon('milestone.png', P([(8,0.5),(15,8),(8,15.5),(1,8)], rgb('#556b2f')))
icon('tracking.png', C(8,8,6,rgb('#708090')), C(8,8,3,WHITE), R(7,0,8,2,rgb('#708090')), R(7,13,8,15,rgb('#708090')), R(0,7,2,8,rgb('#708090')), R(13,7,15,8,rgb('#708090')))
icon('open-report.png', R(2,1,11,15,rgb('#4169e1')), R(4,3,9,4,WHITE), R(10,9,15,14,rgb('#ff8c00')))
icon('generate.png', P([(4,1.5),(14,8),(4,14.5)], rgb('#4169e1')))
icon('new-journey.png', R(2,1,12,15,rgb('#ff8c00')), R(7,4,8,11,WHITE), R(4,7,11,8,WHITE))
