//! Charts as self-contained SVG (no script, no external font), drawn beside a table that carries
//! the same figures for screen readers.

/// Escapes text for SVG.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A horizontal bar chart: per row (a label and one value per series) a bar for each series, all on
/// one scale. `series` are (legend text, colour) pairs.
pub fn bar_chart(title: &str, series: &[(String, &str)], rows: &[(&str, Vec<i64>)]) -> String {
    let max = rows.iter().flat_map(|(_, values)| values.iter().copied()).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h, bar_h) = (150.0, 420.0, 42.0, 11.0);
    let height = 40.0 + row_h * rows.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {height}\" role=\"img\" aria-labelledby=\"chart-title\" class=\"chart\">\
         <title id=\"chart-title\">{t}</title>",
        w = label_w + bar_w + 60.0,
        t = esc(title)
    );
    for (i, (legend, color)) in series.iter().enumerate() {
        let x = label_w + i as f64 * 150.0;
        svg.push_str(&format!(
            "<rect x=\"{x}\" y=\"8\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{}\" y=\"18\" font-size=\"12\">{}</text>",
            x + 16.0,
            esc(legend)
        ));
    }
    for (r, (name, values)) in rows.iter().enumerate() {
        let y0 = 32.0 + row_h * r as f64;
        svg.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"12\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y0 + 20.0,
            esc(name)
        ));
        for (i, ((_, color), v)) in series.iter().zip(values).enumerate() {
            let w = (*v as f64 / max as f64 * bar_w).max(if *v > 0 { 1.0 } else { 0.0 });
            let y = y0 + 4.0 + i as f64 * bar_h;
            svg.push_str(&format!(
                "<rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{color}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\">{v}</text>",
                bar_h - 2.0,
                label_w + w + 4.0,
                y + bar_h - 3.0
            ));
        }
    }
    svg.push_str("</svg>");
    svg
}
