"""The app icon: a figure stretching up and back, in colour and as a one-colour tray symbol."""

from __future__ import annotations

SIZE = 48
TILE = "#2f6fbf"
FIGURE = "#ffffff"
WARM = "#ffb057"
SYMBOL = "#8a8f98"

# The figure on a 48 x 48 grid, facing right: legs and trunk arch forward, arms reach up and back.
BODY = "M18 43 Q32 31 26 19"
ARMS = "M26 19 Q23 12.5 14 9"
LOWBACK = "M17.6 37 Q21 31 19.2 24"
HEAD = (31.0, 11.0, 4.8)
CENTRE = (23.65, 26.35)  # middle of the figure's bounding box


def _svg(title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{SIZE}" height="{SIZE}" viewBox="0 0 {SIZE} {SIZE}">\n'
        f"  <title>{title}</title>\n{body}</svg>\n"
    )


def _figure(colour: str, scale: float, accent: str | None) -> str:
    """The figure centred in the icon at ``scale``, with the lower back marked in ``accent``."""
    tx, ty = SIZE / 2 - scale * CENTRE[0], SIZE / 2 - scale * CENTRE[1]
    x, y, r = HEAD
    lines = [
        f'  <g transform="translate({tx:.2f} {ty:.2f}) scale({scale:g})" fill="none" '
        'stroke-linecap="round" stroke-linejoin="round">',
        f'    <path d="{BODY}" stroke="{colour}" stroke-width="7"/>',
        f'    <path d="{ARMS}" stroke="{colour}" stroke-width="5"/>',
        f'    <circle cx="{x:g}" cy="{y:g}" r="{r:g}" fill="{colour}"/>',
    ]
    if accent:
        lines.append(f'    <path d="{LOWBACK}" stroke="{accent}" stroke-width="3.5"/>')
    lines.append("  </g>\n")
    return "\n".join(lines)


def icons() -> dict[str, str]:
    """File name -> SVG text for the full-colour icon and the one-colour symbolic icon."""
    tile = f'  <rect x="2" y="2" width="44" height="44" rx="11" fill="{TILE}"/>\n'
    title = "Coach: a person stretching up and gently back"
    return {
        "coach.svg": _svg(title, tile + _figure(FIGURE, 0.9, WARM)),
        "coach-symbolic.svg": _svg(title, _figure(SYMBOL, 1.1, None)),
    }
