//! A small PDF writer for the care contract: A4 pages of text in the standard Helvetica fonts
//! (WinAnsi encoding, so German umlauts, ß, „quotes“ and € print without embedding a font).
//!
//! The input is the rendered per-tenant contract template, one paragraph per line group:
//! `# ` a title, `## ` a section heading, `- ` a bullet, a line of only `___` a signature line,
//! an empty line a gap; everything else is running text, wrapped to the page width.
//!
//! Why not a crate: printpdf and krilla need an embedded TrueType font for this and bring
//! a layout engine or font parser along; a contract is headings and paragraphs, which this
//! file covers in a few hundred lines with nothing to build.

pub(crate) const PAGE_W: f32 = 595.0;
pub(crate) const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 62.0;
const BODY: f32 = 10.5;

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Font {
    Regular,
    Bold,
    /// The embedded font (issue 18), for a cover letter the standard fonts cannot print; `rtl`
    /// for a letter written right to left (its lines are set from the right margin).
    Embedded {
        rtl: bool,
    },
}

pub(crate) struct Line {
    font: Font,
    size: f32,
    x: f32,
    text: String,
    /// Space above this line.
    gap: f32,
    rule: bool,
}

/// Renders the marked-up text to PDF bytes. `title` goes into the document information.
pub fn render(title: &str, text: &str) -> Vec<u8> {
    let (regular, bold) = fonts_for(text, false);
    let pages = paginate(&layout(text, regular, bold));
    write(title, &pages)
}

/// The standard fonts print German and English (and names with French or Spanish letters); text
/// with any other letter (a Turkish ı, a Polish ł, Cyrillic, Arabic) is set in the embedded font.
pub(crate) fn fonts_for(text: &str, rtl: bool) -> (Font, Font) {
    let plain = !rtl && text.chars().all(|c| c == '?' || c.is_whitespace() || win_ansi(c) != b'?');
    if plain { (Font::Regular, Font::Bold) } else { (Font::Embedded { rtl }, Font::Embedded { rtl }) }
}

/// Renders a cover letter in the family's language (the same markup; `rtl` for Arabic) on pages
/// of its own before the contract text (issue 18). The standard fonts print German and English;
/// any other letter is set in the embedded font.
pub fn render_with_cover(title: &str, cover: &str, rtl: bool, text: &str) -> Vec<u8> {
    let (regular, bold) = fonts_for(cover, rtl);
    let mut pages = paginate(&layout(cover, regular, bold));
    let (regular, bold) = fonts_for(text, false);
    pages.extend(paginate(&layout(text, regular, bold)));
    write(title, &pages)
}

/// Approximate Helvetica advance widths (per 1 pt of font size), close enough to wrap safely.
fn width(c: char, font: Font) -> f32 {
    let w = match c {
        ' ' => 0.278,
        'i' | 'j' | 'l' | '.' | ',' | ';' | ':' | '\'' | '|' | '!' | 'I' => 0.28,
        'f' | 't' | 'r' | '(' | ')' | '-' | '/' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.86,
        'A'..='Z' | 'Ä' | 'Ö' | 'Ü' => 0.70,
        '0'..='9' => 0.556,
        _ => 0.56,
    };
    if font == Font::Bold { w * 1.06 } else { w }
}

fn text_width(s: &str, font: Font, size: f32) -> f32 {
    match font {
        Font::Embedded { rtl } => crate::font::shape(s, rtl).width() * size,
        _ => s.chars().map(|c| width(c, font)).sum::<f32>() * size,
    }
}

fn wrap(text: &str, font: Font, size: f32, max: f32) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if text_width(&candidate, font, size) > max && !line.is_empty() {
            out.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

pub(crate) fn layout(text: &str, regular: Font, bold: Font) -> Vec<Line> {
    let usable = PAGE_W - 2.0 * MARGIN;
    let mut lines = Vec::new();
    let mut gap = 0.0;
    for raw in text.lines() {
        let raw = raw.trim_end();
        if raw.trim().is_empty() {
            gap = BODY * 0.8;
            continue;
        }
        let (font, size, indent, body, extra) = if let Some(t) = raw.strip_prefix("# ") {
            (bold, 16.0, 0.0, t, 4.0)
        } else if let Some(t) = raw.strip_prefix("## ") {
            (bold, 12.0, 0.0, t, 6.0)
        } else if let Some(t) = raw.strip_prefix("- ") {
            (regular, BODY, 12.0, t, 0.0)
        } else if raw.trim().chars().all(|c| c == '_') {
            lines.push(Line { font: regular, size: BODY, x: MARGIN, text: String::new(), gap: gap + 24.0, rule: true });
            gap = 0.0;
            continue;
        } else {
            (regular, BODY, 0.0, raw.trim(), 0.0)
        };
        let bullet = raw.starts_with("- ");
        for (i, part) in wrap(body, font, size, usable - indent).into_iter().enumerate() {
            let text = if bullet && i == 0 { format!("\u{2022} {part}") } else { part };
            let x = MARGIN
                + if bullet && i > 0 {
                    indent + 7.0
                } else if bullet {
                    indent - 5.0
                } else {
                    indent
                };
            lines.push(Line { font, size, x, text, gap: if i == 0 { gap + extra } else { 0.0 }, rule: false });
        }
        gap = 0.0;
    }
    lines
}

/// Lines placed on pages: (font, size, x, y, text, rule).
pub(crate) type Placed = (Font, f32, f32, f32, String, bool);

pub(crate) fn paginate(lines: &[Line]) -> Vec<Vec<Placed>> {
    let bottom = MARGIN + 20.0;
    let mut pages = vec![Vec::new()];
    let mut y = PAGE_H - MARGIN;
    for l in lines {
        let step = l.gap + l.size * 1.35;
        if y - step < bottom {
            pages.push(Vec::new());
            y = PAGE_H - MARGIN;
        } else {
            y -= l.gap;
        }
        y -= l.size * 1.35;
        pages.last_mut().expect("one page at least").push((l.font, l.size, l.x, y, l.text.clone(), l.rule));
    }
    pages
}

/// A character in WinAnsiEncoding (Windows-1252); characters it lacks print as '?'.
fn win_ansi(c: char) -> u8 {
    match c {
        '\u{20}'..='\u{7E}' => c as u8,
        '\u{A0}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        '„' => 0x84,
        '…' => 0x85,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        _ => b'?',
    }
}

/// A PDF literal string.
pub(crate) fn literal(s: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in s.chars() {
        let b = win_ansi(c);
        if matches!(b, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b')');
    out
}

pub(crate) fn page_content(page: &[Placed], number: usize, total: usize, cids: &mut crate::font::Cids) -> Vec<u8> {
    let mut s = Vec::new();
    for (font, size, x, y, text, rule) in page {
        if *rule {
            let x = if matches!(font, Font::Embedded { rtl: true }) { PAGE_W - x - 220.0 } else { *x };
            s.extend_from_slice(format!("0.5 w {x:.1} {y:.1} m {:.1} {y:.1} l S\n", x + 220.0).as_bytes());
            continue;
        }
        if let Font::Embedded { rtl } = font {
            s.extend_from_slice(embedded_line(text, *rtl, *size, (*x, *y), cids).as_bytes());
            continue;
        }
        let f = if *font == Font::Bold { "F2" } else { "F1" };
        s.extend_from_slice(format!("BT /{f} {size:.1} Tf {x:.1} {y:.1} Td ").as_bytes());
        s.extend_from_slice(&literal(text));
        s.extend_from_slice(b" Tj ET\n");
    }
    let footer = format!("Seite {number} von {total}");
    let fx = PAGE_W - MARGIN - text_width(&footer, Font::Regular, 8.0);
    s.extend_from_slice(format!("BT /F1 8.0 Tf {fx:.1} {:.1} Td ", MARGIN - 20.0).as_bytes());
    s.extend_from_slice(&literal(&footer));
    s.extend_from_slice(b" Tj ET\n");
    s
}

/// A line in the embedded font: shaped, set from the right margin when written right to left.
fn embedded_line(text: &str, rtl: bool, size: f32, (x, y): (f32, f32), cids: &mut crate::font::Cids) -> String {
    let shaped = crate::font::shape(text, rtl);
    let x = if rtl { PAGE_W - x - shaped.width() * size } else { x };
    format!("BT /F3 {size:.1} Tf {}ET\n", shaped.show((x, y), size, cids))
}

fn write(title: &str, pages: &[Vec<Placed>]) -> Vec<u8> {
    // Objects: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, 5 info, then page + content pairs.
    let mut objects: Vec<Vec<u8>> = Vec::new();
    let kids: Vec<String> = (0..pages.len()).map(|i| format!("{} 0 R", 6 + 2 * i)).collect();
    objects.push(b"<< /Type /Catalog /Pages 2 0 R >>".to_vec());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()).into_bytes());
    for base in ["Helvetica", "Helvetica-Bold"] {
        objects.push(
            format!("<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>").into_bytes(),
        );
    }
    let mut info = b"<< /Title ".to_vec();
    info.extend_from_slice(&literal(title));
    info.extend_from_slice(b" /Producer (STEP Kita-Portal) >>");
    objects.push(info);
    // The embedded font's objects follow the pages, when a page uses it.
    let embedded = 6 + 2 * pages.len();
    let needs_embedded = pages.iter().flatten().any(|p| matches!(p.0, Font::Embedded { .. }));
    let f3 = if needs_embedded { format!(" /F3 {embedded} 0 R") } else { String::new() };
    let mut cids = crate::font::Cids::default();
    for (i, page) in pages.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R{f3} >> >> /Contents {} 0 R >>",
                7 + 2 * i
            )
            .into_bytes(),
        );
        let content = page_content(page, i + 1, pages.len(), &mut cids);
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend_from_slice(&content);
        stream.extend_from_slice(b"endstream");
        objects.push(stream);
    }
    if needs_embedded {
        objects.extend(crate::font::objects(embedded, &cids));
    }
    let mut out = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1)
            .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_in_win_ansi_and_escapes() {
        assert_eq!(literal("Müßig (ä) \\ €"), b"(M\xFC\xDFig \\(\xE4\\) \\\\ \x80)".to_vec());
        assert_eq!(win_ansi('Ж'), b'?');
    }

    #[test]
    fn a_valid_pdf_with_pages_and_a_correct_xref() {
        let text = format!("# Betreuungsvertrag\n\nKind: Jürgen Groß\n\n{}\n___\n", "Wort ".repeat(3000));
        let pdf = render("Vertrag", &text);
        assert!(pdf.starts_with(b"%PDF-1.4"));
        assert!(pdf.ends_with(b"%%EOF\n"));
        let needle = b"(Kind: J\xFCrgen Gro\xDF)";
        assert!(pdf.windows(needle.len()).any(|w| w == needle));
        // Latin-1 for the text searches; offsets are checked on the bytes.
        let s: String = pdf.iter().map(|&b| b as char).collect();
        let pages = s.matches("/Type /Page ").count();
        assert!(pages >= 2, "long text flows onto further pages ({pages})");
        assert!(s.contains(&format!("Seite {pages} von {pages}")));
        // Every xref entry points at the start of its object.
        let tail = &s[s.rfind("startxref\n").unwrap() + 10..];
        let start: usize = tail.lines().next().unwrap().parse().unwrap();
        let table = String::from_utf8_lossy(&pdf[start..]).into_owned();
        let mut checked = 0;
        for (i, entry) in table.lines().skip(3).take_while(|l| l.ends_with(" n ")).enumerate() {
            let off: usize = entry[..10].parse().unwrap();
            let head = format!("{} 0 obj", i + 1);
            assert!(pdf[off..].starts_with(head.as_bytes()), "object {} at {off}", i + 1);
            checked += 1;
        }
        assert_eq!(checked, 5 + 2 * pages);
    }

    /// The text a real PDF reader (poppler's pdftotext) gets out of `pdf`.
    fn extracted(pdf: &[u8]) -> String {
        let tool = std::env::var("STEP_PDFTOTEXT").unwrap_or_else(|_| "pdftotext".into());
        let path = std::env::temp_dir().join(format!("step-cover-{}.pdf", std::process::id()));
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new(&tool).arg("-raw").arg(&path).arg("-").output().unwrap_or_else(|e| {
            panic!("{tool} does not run ({e}): install it with scripts/tools.sh pdftotext (Debian's poppler-utils)")
        });
        std::fs::remove_file(&path).ok();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    #[test]
    fn a_cover_letter_in_arabic_russian_or_turkish_can_be_read_out_of_the_pdf() {
        // A parenthesis drawn mirrored in the Arabic cover must not turn the contract's round.
        let contract = "# Betreuungsvertrag\n\nZwischen Familie Yılmaz und Kita Sonnenschein (Nord).";
        let letters = [
            ("# عقد الرعاية (Betreuungsvertrag)\n\nيبدأ المكان في 01/08/2027 لدى Kita Sonnenschein.", true),
            ("# Договор об уходе (Betreuungsvertrag)\n\nМесто начинается 01.08.2027.", false),
            ("# Bakım sözleşmesi (Betreuungsvertrag)\n\nYer 01.08.2027 tarihinde başlıyor; ğüşıİ.", false),
        ];
        for (cover, rtl) in letters {
            let pdf = render_with_cover("Betreuungsvertrag", cover, rtl, contract);
            // The reader marks right-to-left words (U+202B … U+202C) and gives the words of a mixed
            // line in the order they stand on the page: each word must come out as it is written.
            let text = extracted(&pdf).replace(['\u{202B}', '\u{202C}'], "");
            for word in cover.split_whitespace().filter(|w| *w != "#") {
                let word = word.trim_matches(|c: char| "().;,".contains(c));
                assert!(text.contains(word), "{word:?} is not in what the reader extracted:\n{text}");
            }
            if !rtl {
                let title = cover.lines().next().unwrap().trim_start_matches("# ");
                assert!(text.contains(title), "a left-to-right line reads as a whole: {title:?}\n{text}");
            }
            assert!(text.contains("Zwischen Familie Yılmaz"), "the contract follows, the name unharmed:\n{text}");
            assert!(text.contains("Kita Sonnenschein (Nord)."), "its brackets as written:\n{text}");
            assert!(pdf.len() < 80_000, "the embedded font is a subset: {} bytes", pdf.len());
        }
        let plain = "# Betreuungsvertrag\n\nZwischen Familie Müller und Kita Sonnenschein.";
        let german = render_with_cover("Betreuungsvertrag", "# Anschreiben\n\nIhr Vertrag.", false, plain);
        assert!(!String::from_utf8_lossy(&german).contains("/F3"), "German needs no embedded font");
    }

    #[test]
    fn wraps_within_the_page() {
        for line in wrap(&"Betreuungsvertrag ".repeat(40), Font::Regular, BODY, 400.0) {
            assert!(text_width(&line, Font::Regular, BODY) <= 400.0);
        }
    }
}
