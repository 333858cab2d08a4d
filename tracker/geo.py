"""Boundaries without a spatial database: reading OCHA COD-AB tables and GeoJSON layers into plain units,
simplifying polygons for display and finding their centroids. Pure functions, no database access."""

import functools
import math
import re
from dataclasses import dataclass, field

from tracker.choices import RegionLevel
from tracker.text import is_pcode, name_key

LEVELS = (RegionLevel.COUNTRY, RegionLevel.ADMIN1, RegionLevel.ADMIN2, RegionLevel.ADMIN3, RegionLevel.LOCALITY)
SIMPLIFY_TOLERANCE = 0.001  # degrees (about 100 m): plenty for a country or district map
COORDINATE_DECIMALS = 5  # about 1 m


class GeoError(ValueError):
    """A feature or row that cannot be read; the message says why."""


@dataclass
class Unit:
    """One administrative unit as a source describes it."""

    level: str
    name: str
    pcode: str = ""
    parent_pcode: str = ""
    parent_ref: tuple | None = None  # the parent's identity when it has no p-code (see `ref`)
    other_names: list[str] = field(default_factory=list)  # Arabic names, alternate spellings
    lat: float | None = None
    lon: float | None = None
    geometry: dict | None = None
    edition: str = ""

    @property
    def ref(self) -> tuple:
        if self.pcode:
            return ("pcode", self.pcode.upper())
        return ("name", self.parent_ref, self.level, name_key(self.name))


# ------------------------------------------------------------------------------------------------ tables


def _checked(unit: Unit) -> Unit:
    """What the database would refuse, refused here with a reason (so one bad row does not stop a load)."""
    for text in (unit.name, unit.pcode, unit.parent_pcode, *unit.other_names):
        if "\x00" in text:
            raise GeoError(f"{unit.pcode or unit.name!r}: a NUL character in a name or p-code")
    if len(unit.name) > 200 or any(len(n) > 200 for n in unit.other_names):
        raise GeoError(f"{unit.pcode or unit.name[:40]!r}: a name longer than 200 characters")
    if len(unit.pcode) > 32 or len(unit.parent_pcode) > 32:
        raise GeoError(f"{unit.pcode[:40]!r}: a p-code longer than 32 characters")
    for code in (unit.pcode, unit.parent_pcode):
        if code and not is_pcode(code):
            raise GeoError(f"{code!r}: a p-code is ASCII letters and digits (with - _ . between them)")
    return unit


def _coordinate(value, low: float, high: float) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(str(value).strip())
    except ValueError as exc:
        raise GeoError(f"coordinate {value!r} is not a number") from exc
    if not math.isfinite(number) or not low <= number <= high:
        raise GeoError(f"coordinate {value!r} is out of range")
    return number


# column names for level n in OCHA's table layouts: the classic one, HDX's current one, and the older upper-case one
_TABLE_NAME = ("admin{n}Name_en", "adm{n}_name", "ADM{n}_EN")
_TABLE_PCODE = ("admin{n}Pcode", "adm{n}_pcode", "ADM{n}_PCODE")
_TABLE_ARABIC = ("admin{n}Name_ar", "adm{n}_name1", "ADM{n}_AR")
# alternate names OCHA tables and layers carry: ADM1ALT1EN, adm1_alt1en, admin1AltName1_en, admin1RefName_en …
_ALTERNATES = [
    re.compile(rf"^adm(?:in)?{depth}_?(?:alt|altname|ref|refname)\d*_?(?:en|ar|fr|name)?$", re.IGNORECASE)
    for depth in range(5)
]


@functools.lru_cache(maxsize=64)
def _alternate_columns(keys: tuple, depth: int) -> tuple:
    return tuple(k for k in keys if _ALTERNATES[depth].match(str(k)))


def _alternates(props: dict, depth: int) -> list[str]:
    """Alternate names of the unit at `depth` (the columns are found once per table layout)."""
    found = (props.get(k) for k in _alternate_columns(tuple(props), depth))
    return [str(v).strip() for v in found if v not in (None, "") and str(v).strip()]


_TABLE_COLUMNS = [
    tuple(tuple(c.format(n=depth).lower() for c in kind) for kind in (_TABLE_NAME, _TABLE_PCODE, _TABLE_ARABIC))
    for depth in range(5)
]


def units_from_row(row: dict) -> list[Unit]:
    """The units one row of an OCHA COD table names (admin0Name_en, admin0Pcode, admin0Name_ar, … admin4…;
    or HDX's adm1_name, adm1_name1, adm1_pcode …; or ADM1_EN, ADM1_AR, ADM1_PCODE …),
    broadest first. A level may be left empty (a town straight under its district); latitude and longitude,
    when given, are the deepest unit's."""
    units: list[Unit] = []
    cells = {str(k).lower(): v for k, v in row.items() if v not in (None, "")}

    def cell(names):
        for name in names:
            value = cells.get(name)
            if value is not None:
                return str(value).strip()
        return ""

    for depth, level in enumerate(LEVELS):
        names, pcodes, arabics = _TABLE_COLUMNS[depth]
        name, pcode, arabic = cell(names), cell(pcodes), cell(arabics)
        if not name:
            if pcode:
                raise GeoError(f"admin{depth}Pcode {pcode} has no admin{depth}Name_en")
            continue
        parent = units[-1] if units else None
        units.append(
            _checked(Unit(
                level=level,
                name=name,
                pcode=pcode,
                parent_pcode=parent.pcode if parent else "",
                parent_ref=parent.ref if parent else None,
                other_names=[n for n in ([arabic] if arabic else []) + _alternates(row, depth) if n != name],
            ))
        )  # fmt: skip
    if not units:
        raise GeoError("no admin0Name_en")
    lat = _coordinate(cells.get("latitude"), -90, 90)
    lon = _coordinate(cells.get("longitude"), -180, 180)
    if (lat is None) != (lon is None):
        raise GeoError("latitude and longitude go together")
    units[-1].lat, units[-1].lon = lat, lon
    return units


# ---------------------------------------------------------------------------------------------- GeoJSON

_ADM = re.compile(r"^adm(?:in)?([0-4])_?(pcode|name|name1|en|ar|name_en|name_ar)$", re.IGNORECASE)


def _first(props: dict, *names: str) -> str:
    lowered = {k.lower(): v for k, v in props.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, ""):
            return str(value).strip()
    return ""


def unit_from_feature(feature: dict, level: str | None = None) -> Unit:
    """Read one GeoJSON feature of a COD-AB layer. Understands HDX's current schema (adm2_name, adm2_name1,
    adm2_pcode, adm1_pcode, valid_on), the older one (ADM2_EN, ADM2_AR, ADM2_PCODE, ADM1_PCODE) and plain
    name_en / name_ar / pcode / admin1_pcode. The level is the deepest admN_ field, else `level`, else it
    follows from the parent (one below it)."""
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise GeoError("not a GeoJSON Feature")
    props = feature.get("properties") or {}
    if not isinstance(props, dict):
        raise GeoError("properties is not an object")
    depths = sorted({int(m.group(1)) for k in props if (m := _ADM.match(k))})
    own_pcode = _first(props, "pcode", "p_code")
    if own_pcode:  # plain pcode / name_en / name_ar, with the parents' codes as admin1_pcode, admin2_pcode …
        depth = depths[-1] + 1 if depths else (LEVELS.index(level) if level else None)
        pcode, name, arabic = own_pcode, _first(props, "name_en", "name"), _first(props, "name_ar")
        parent = _first(props, f"admin{depths[-1]}_pcode", f"adm{depths[-1]}_pcode") if depths else ""
        parent = parent or _first(props, "parent_pcode")
    else:  # HDX: the deepest admN_ fields are the unit's own, adm(N-1)_pcode its parent's
        depth = depths[-1] if depths else (LEVELS.index(level) if level else None)
        if depth is None:
            raise GeoError("feature has no p-code")
        n, up = depth, depth - 1
        pcode = _first(props, f"adm{n}_pcode", f"admin{n}Pcode", f"ADM{n}_PCODE", f"admin{n}_pcode")
        name = _first(props, f"adm{n}_name", f"adm{n}_en", f"admin{n}Name_en", f"ADM{n}_EN", f"admin{n}_name_en")
        arabic = _first(props, f"adm{n}_name1", f"adm{n}_ar", f"admin{n}Name_ar", f"ADM{n}_AR", f"admin{n}_name_ar")
        parent = _first(props, f"adm{up}_pcode", f"admin{up}Pcode", f"ADM{up}_PCODE", f"admin{up}_pcode") if n else ""
    if depth is not None and depth >= len(LEVELS):
        raise GeoError(f"feature {pcode} is deeper than admin 4")
    if not pcode:
        raise GeoError("feature has no p-code")
    if not name:
        raise GeoError(f"feature {pcode} has no name")
    geometry = feature.get("geometry")
    if geometry is not None:
        geometry = simplify_geometry(geometry)
    return _checked(
        Unit(
            level=LEVELS[depth] if depth is not None else "",
            name=name,
            pcode=pcode,
            parent_pcode=parent,
            other_names=[
                n
                for n in ([arabic] if arabic else []) + (_alternates(props, depth) if depth is not None else [])
                if n != name
            ],
            geometry=geometry,
            edition=_first(props, "valid_on", "version", "date")[:64],
        )
    )


# -------------------------------------------------------------------------------------------- geometry


def _check_position(position) -> tuple[float, float]:
    if not isinstance(position, list | tuple) or len(position) < 2:
        raise GeoError("a position is not [longitude, latitude]")
    lon, lat = position[0], position[1]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (lon, lat)):
        raise GeoError("a coordinate is not a finite number")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise GeoError("a coordinate is outside WGS84 longitude/latitude")
    return float(lon), float(lat)


def _douglas_peucker(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        worst, index = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm if norm else math.hypot(px - x1, py - y1)
            if distance > worst:
                worst, index = distance, i
        if worst > tolerance:
            keep[index] = True
            stack.extend(((first, index), (index, last)))
    return [p for p, k in zip(points, keep, strict=True) if k]


def _simplify_ring(ring, tolerance: float) -> list[list[float]] | None:
    points = [_check_position(p) for p in ring]
    if len(points) < 4:
        raise GeoError("a polygon ring has fewer than 4 positions")
    # split the closed ring in two halves so the end points of the simplification are far apart
    middle = len(points) // 2
    simplified = _douglas_peucker(points[: middle + 1], tolerance)[:-1] + _douglas_peucker(points[middle:], tolerance)
    rounded = []
    for x, y in simplified:
        point = [round(x, COORDINATE_DECIMALS), round(y, COORDINATE_DECIMALS)]
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if rounded[0] != rounded[-1]:
        rounded.append(rounded[0])
    return rounded if len(rounded) >= 4 else None


def simplify_geometry(geometry: dict, tolerance: float = SIMPLIFY_TOLERANCE) -> dict:
    """A Polygon or MultiPolygon simplified (Douglas–Peucker per ring) and rounded for display. Rings that
    collapse below the tolerance are dropped; a polygon whose outer ring collapses is dropped."""
    if not isinstance(geometry, dict):
        raise GeoError("geometry is not an object")
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        polygons = [coordinates]
    elif kind == "MultiPolygon":
        polygons = coordinates
    else:
        raise GeoError(f"geometry type {kind!r} is not a Polygon or MultiPolygon")
    if not isinstance(polygons, list) or not all(isinstance(p, list) and p for p in polygons):
        raise GeoError("malformed polygon coordinates")
    result = []
    for polygon in polygons:
        rings = [_simplify_ring(ring, tolerance) for ring in polygon]
        if rings[0] is None:
            continue
        result.append([rings[0], *(r for r in rings[1:] if r is not None)])
    if not result:
        raise GeoError("the geometry vanishes when simplified")
    if len(result) == 1:
        return {"type": "Polygon", "coordinates": result[0]}
    return {"type": "MultiPolygon", "coordinates": result}


def _ring_area_centroid(ring) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    area /= 2
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return area, cx / (6 * area), cy / (6 * area)


def centroid(geometry: dict) -> tuple[float, float]:
    """(latitude, longitude) of the area-weighted centroid (planar, in degrees: fine for placing a marker)."""
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    total = sx = sy = 0.0
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            area, x, y = _ring_area_centroid(ring)
            area = abs(area) * (1 if index == 0 else -1)  # holes subtract
            total += area
            sx += x * area
            sy += y * area
    if total == 0:
        x, y = polygons[0][0][0]
        return round(y, COORDINATE_DECIMALS), round(x, COORDINATE_DECIMALS)
    return round(sy / total, COORDINATE_DECIMALS), round(sx / total, COORDINATE_DECIMALS)
