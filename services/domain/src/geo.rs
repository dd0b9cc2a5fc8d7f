//! Coordinates and distances. Distances are great-circle (haversine) distances: good to a few metres
//! inside one district, which is all a search by distance needs.

use serde::Serialize;

/// Mean earth radius in km (IUGG).
pub const EARTH_RADIUS_KM: f64 = 6371.0088;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

impl LatLon {
    /// Parses `"52.28,7.44"`; `None` when not two finite numbers inside the valid ranges.
    pub fn parse(text: &str) -> Option<Self> {
        let (lat, lon) = text.trim().split_once(',')?;
        let lat: f64 = lat.trim().parse().ok()?;
        let lon: f64 = lon.trim().parse().ok()?;
        Self::new(lat, lon)
    }

    pub fn new(lat: f64, lon: f64) -> Option<Self> {
        let ok = lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        ok.then_some(Self { lat, lon })
    }

    pub fn distance_km(self, other: LatLon) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }

    /// The point `distance_km` away in direction `bearing_deg` (0 = north, 90 = east).
    pub fn offset(self, distance_km: f64, bearing_deg: f64) -> LatLon {
        let d = distance_km / EARTH_RADIUS_KM;
        let b = bearing_deg.to_radians();
        let (p1, l1) = (self.lat.to_radians(), self.lon.to_radians());
        let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
        let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
        LatLon { lat: p2.to_degrees(), lon: l2.to_degrees() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rheine_to_ibbenbueren_is_about_eighteen_km() {
        let rheine = LatLon::new(52.2799, 7.44).unwrap();
        let ibb = LatLon::new(52.2772, 7.7156).unwrap();
        let d = rheine.distance_km(ibb);
        assert!((18.0..19.5).contains(&d), "{d}");
    }

    #[test]
    fn offset_lands_at_the_requested_distance() {
        let c = LatLon::new(52.0, 7.5).unwrap();
        for bearing in [0.0, 45.0, 200.0] {
            let p = c.offset(3.2, bearing);
            assert!((c.distance_km(p) - 3.2).abs() < 1e-6);
        }
    }

    #[test]
    fn parse_rejects_out_of_range_and_garbage() {
        assert!(LatLon::parse("52.1,7.4").is_some());
        for bad in ["", "52.1", "a,b", "91,7", "52,181", "NaN,7", "inf,1", "52.1;7.4"] {
            assert!(LatLon::parse(bad).is_none(), "{bad}");
        }
    }
}
