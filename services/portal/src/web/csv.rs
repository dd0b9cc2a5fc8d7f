//! CSV as spreadsheet programs in Germany read it: semicolons, UTF-8 with a byte order mark, every
//! cell quoted and spreadsheet formulas neutralised; sent as a download that is never cached.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

/// A CSV cell: quoted, with spreadsheet formulas neutralised.
pub fn csv_field(v: &str) -> String {
    // Quote everything and neutralise spreadsheet formulas (a cell starting with = + - @).
    let v = if v.starts_with(['=', '+', '-', '@']) { format!("'{v}") } else { v.to_owned() };
    format!("\"{}\"", v.replace('"', "\"\""))
}

/// The byte order mark tells spreadsheet programs that the file is UTF-8 (umlauts).
pub const BOM: &str = "\u{feff}";

/// A CSV download under `filename`.
pub fn csv_response(body: String, filename: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
            .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        assert_eq!(csv_field("Rheine"), "\"Rheine\"");
        assert_eq!(csv_field("=1+2"), "\"'=1+2\"");
        assert_eq!(csv_field("Say \"hi\""), "\"Say \"\"hi\"\"\"");
    }
}
