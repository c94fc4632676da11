//! Country shapes for the world map: Natural Earth's 1:110m countries (public domain) as
//! TopoJSON from the `world-atlas` package (ISC; `assets/map/`, refreshed by
//! `scripts/update-map.sh`), compiled in and decoded once. Countries are keyed by ISO
//! 3166-1 alpha-2 code (the file's ids are ISO numeric codes), so a country the export
//! names and one the IP database gives land on one shape whatever their names.

use std::sync::OnceLock;

use serde::Deserialize;

/// Southernmost latitude drawn: Antarctica holds no one's addresses and would take a fifth
/// of the height.
pub const SOUTH: f32 = -58.0;
/// Northernmost latitude drawn.
pub const NORTH: f32 = 84.0;

/// One country: its code, name and polygons.
#[derive(Debug)]
pub struct CountryShape {
    /// ISO 3166-1 alpha-2; `None` for the few shapes without a code (Kosovo, Northern
    /// Cyprus, Somaliland in Natural Earth).
    pub alpha2: Option<&'static str>,
    pub name: String,
    /// Polygons as rings of `[longitude, latitude]`: the first ring is the outline, the
    /// others holes.
    pub polygons: Vec<Vec<Vec<[f32; 2]>>>,
    /// Triangles of every polygon (indices into the polygon's rings flattened in order),
    /// for filling on screen.
    pub triangles: Vec<Vec<usize>>,
}

impl CountryShape {
    /// Whether `[lon, lat]` is inside the country (even-odd over all its rings).
    pub fn contains(&self, p: [f32; 2]) -> bool {
        self.polygons
            .iter()
            .any(|polygon| polygon.iter().filter(|ring| inside(ring, p)).count() % 2 == 1)
    }

    /// Rough area in square degrees of the outlines (to draw small countries last).
    pub fn area(&self) -> f32 {
        self.polygons
            .iter()
            .filter_map(|p| p.first())
            .map(|ring| ring_area(ring).abs())
            .sum()
    }
}

fn inside(ring: &[[f32; 2]], p: [f32; 2]) -> bool {
    let mut c = false;
    let n = ring.len();
    for i in 0..n {
        let a = ring[i];
        let b = ring[(i + n - 1) % n];
        if (a[1] > p[1]) != (b[1] > p[1])
            && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]
        {
            c = !c;
        }
    }
    c
}

fn ring_area(ring: &[[f32; 2]]) -> f32 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a[0] * b[1] - b[0] * a[1]
        })
        .sum::<f32>()
        / 2.0
}

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    arcs: Vec<Vec<[f64; 2]>>,
    objects: Objects,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    #[serde(rename = "type")]
    kind: String,
    id: Option<String>,
    #[serde(default)]
    properties: Properties,
    #[serde(default)]
    arcs: serde_json::Value,
}

#[derive(Deserialize, Default)]
struct Properties {
    #[serde(default)]
    name: String,
}

/// Every country of the bundled map, the largest first.
pub fn shapes() -> &'static [CountryShape] {
    static SHAPES: OnceLock<Vec<CountryShape>> = OnceLock::new();
    SHAPES.get_or_init(|| decode(crate::assets::WORLD_MAP).unwrap_or_default())
}

/// Decodes a TopoJSON topology: arcs are delta-encoded, quantised positions; a ring is a
/// list of arc indices (`~i` for arc `i` reversed) whose shared end points appear once.
fn decode(bytes: &[u8]) -> Option<Vec<CountryShape>> {
    let topology: Topology = serde_json::from_slice(bytes).ok()?;
    let t = &topology.transform;
    let arcs: Vec<Vec<[f32; 2]>> = topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|d| {
                    x += d[0];
                    y += d[1];
                    [
                        (x * t.scale[0] + t.translate[0]) as f32,
                        (y * t.scale[1] + t.translate[1]) as f32,
                    ]
                })
                .collect()
        })
        .collect();
    let ring = |indices: &[serde_json::Value]| -> Vec<[f32; 2]> {
        let mut points: Vec<[f32; 2]> = Vec::new();
        for index in indices.iter().filter_map(serde_json::Value::as_i64) {
            let (arc, reversed) = if index < 0 {
                ((!index) as usize, true)
            } else {
                (index as usize, false)
            };
            let Some(arc) = arcs.get(arc) else {
                continue;
            };
            let mut part: Vec<[f32; 2]> = arc.clone();
            if reversed {
                part.reverse();
            }
            let skip = usize::from(!points.is_empty());
            points.extend(part.into_iter().skip(skip));
        }
        unwrap_antimeridian(&mut points);
        points
    };
    let polygon = |rings: &serde_json::Value| -> Vec<Vec<[f32; 2]>> {
        rings
            .as_array()
            .map(|rings| {
                rings
                    .iter()
                    .filter_map(serde_json::Value::as_array)
                    .map(|r| ring(r))
                    .filter(|r| r.len() >= 3)
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut shapes: Vec<CountryShape> = topology
        .objects
        .countries
        .geometries
        .iter()
        .map(|g| {
            let polygons: Vec<Vec<Vec<[f32; 2]>>> = match g.kind.as_str() {
                "Polygon" => vec![polygon(&g.arcs)],
                "MultiPolygon" => g
                    .arcs
                    .as_array()
                    .map(|ps| ps.iter().map(polygon).collect())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let polygons: Vec<_> = polygons.into_iter().filter(|p| !p.is_empty()).collect();
            let triangles = polygons.iter().map(|p| triangulate(p)).collect();
            let alpha2 =
                g.id.as_deref()
                    .and_then(|id| id.parse::<u32>().ok())
                    .and_then(|n| isocountry::CountryCode::for_id(n).ok())
                    .map(|c| c.alpha2());
            CountryShape {
                alpha2,
                name: g.properties.name.clone(),
                polygons,
                triangles,
            }
        })
        // Antarctica holds no one's addresses and lies below the map's edge.
        .filter(|s| !s.polygons.is_empty() && s.alpha2 != Some("AQ"))
        .collect();
    shapes.sort_by(|a, b| b.area().total_cmp(&a.area()));
    Some(shapes)
}

/// A ring that crosses the antimeridian (Russia's far east, Fiji) jumps from +180° to
/// -180°: its longitudes are made continuous (going past 180°), so it is not drawn as a
/// band across the whole map; a ring that ends up wholly past the edge is moved back.
fn unwrap_antimeridian(ring: &mut [[f32; 2]]) {
    for i in 1..ring.len() {
        let previous = ring[i - 1][0];
        let p = &mut ring[i][0];
        while *p - previous > 180.0 {
            *p -= 360.0;
        }
        while *p - previous < -180.0 {
            *p += 360.0;
        }
    }
    let min = ring.iter().map(|p| p[0]).fold(f32::MAX, f32::min);
    let max = ring.iter().map(|p| p[0]).fold(f32::MIN, f32::max);
    let shift = if min >= 180.0 {
        -360.0
    } else if max <= -180.0 {
        360.0
    } else {
        0.0
    };
    for p in ring.iter_mut() {
        p[0] += shift;
    }
}

/// Triangles of a polygon with holes (earcut), as indices into its rings' points in order.
fn triangulate(polygon: &[Vec<[f32; 2]>]) -> Vec<usize> {
    let mut flat: Vec<f64> = Vec::new();
    let mut holes: Vec<usize> = Vec::new();
    for (k, ring) in polygon.iter().enumerate() {
        if k > 0 {
            holes.push(flat.len() / 2);
        }
        for p in ring {
            flat.push(f64::from(p[0]));
            flat.push(f64::from(p[1]));
        }
    }
    earcutr::earcut(&flat, &holes, 2).unwrap_or_default()
}

/// The country named `name` as exports write it (`Germany`, `United States`, `Russia`), by
/// ISO 3166-1 alpha-2; a few names differ from ISO's.
pub fn alpha2_of_name(name: &str) -> Option<&'static str> {
    const ALIASES: &[(&str, &str)] = &[
        ("United States", "US"),
        ("USA", "US"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("Russia", "RU"),
        ("South Korea", "KR"),
        ("North Korea", "KP"),
        ("Iran", "IR"),
        ("Vietnam", "VN"),
        ("Syria", "SY"),
        ("Laos", "LA"),
        ("Bolivia", "BO"),
        ("Venezuela", "VE"),
        ("Tanzania", "TZ"),
        ("Moldova", "MD"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("Taiwan", "TW"),
        ("Palestine", "PS"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Netherlands", "NL"),
        ("The Netherlands", "NL"),
        ("Hong Kong", "HK"),
        ("Macau", "MO"),
        ("Ivory Coast", "CI"),
        ("UAE", "AE"),
        ("United Arab Emirates", "AE"),
    ];
    let name = name.trim();
    if let Some(&(_, code)) = ALIASES.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
        return Some(code);
    }
    isocountry::CountryCode::iter()
        .find(|c| c.name().eq_ignore_ascii_case(name))
        .map(|c| c.alpha2())
        .or_else(|| {
            isocountry::CountryCode::for_alpha2_caseless(name)
                .ok()
                .map(|c| c.alpha2())
        })
}

/// The name of an alpha-2 code in the current language ([`crate::i18n::countries`]); in
/// English (and for codes a language's file lacks) as the map names it (Natural Earth's
/// short common names: "Taiwan", "South Korea"), else ISO 3166's name, else the code.
pub fn country_name(alpha2: &str) -> String {
    if let Some(name) = crate::i18n::countries::name(crate::i18n::current(), alpha2) {
        return name.to_owned();
    }
    shapes()
        .iter()
        .find(|s| s.alpha2.is_some_and(|c| c.eq_ignore_ascii_case(alpha2)))
        .map(|s| s.name.clone())
        .or_else(|| {
            isocountry::CountryCode::for_alpha2_caseless(alpha2)
                .ok()
                .map(|c| c.name().to_string())
        })
        .unwrap_or_else(|| alpha2.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_map_has_the_worlds_countries_by_code() {
        let shapes = shapes();
        assert!(shapes.len() > 170, "{}", shapes.len());
        let de = shapes.iter().find(|s| s.alpha2 == Some("DE")).unwrap();
        assert_eq!(de.name, "Germany");
        assert!(de.contains([13.4, 52.5]), "Berlin is in Germany");
        assert!(!de.contains([2.35, 48.85]), "Paris is not");
        let us = shapes.iter().find(|s| s.alpha2 == Some("US")).unwrap();
        assert!(us.contains([-98.0, 39.0]), "Kansas");
        assert!(
            us.triangles
                .iter()
                .all(|t| t.len() % 3 == 0 && !t.is_empty())
        );
    }

    #[test]
    fn names_exports_write_find_their_code() {
        assert_eq!(alpha2_of_name("Germany"), Some("DE"));
        assert_eq!(alpha2_of_name("United States"), Some("US"));
        assert_eq!(alpha2_of_name("Russia"), Some("RU"));
        assert_eq!(alpha2_of_name("egypt"), Some("EG"));
        assert_eq!(alpha2_of_name("Atlantis"), None);
        assert_eq!(country_name("JP"), "Japan");
        assert_eq!(country_name("TW"), "Taiwan");
        assert_eq!(
            country_name("SG"),
            "Singapore",
            "not on the 1:110m map: ISO's name"
        );
    }
}
