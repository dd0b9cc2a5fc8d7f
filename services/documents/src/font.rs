//! The embedded font for text the standard PDF fonts cannot print (issue 18): the cover letter of a
//! contract in Turkish, Polish, Russian, Ukrainian or Arabic. DejaVu Sans (shipped in `fonts/`,
//! free licence beside it) has Latin, Cyrillic and Arabic glyphs with the OpenType tables for
//! Arabic joining forms. A line is split into directional runs by the Unicode bidirectional
//! algorithm, each run shaped by rustybuzz; the PDF gets the glyphs in visual order, right-to-left
//! runs marked `/ReversedChars`, and a ToUnicode map, so the text can be searched and copied. A
//! glyph drawn for two different texts (a parenthesis mirrored in an Arabic run stands for the other
//! one) gets a code of its own for each ([`Cids`]). Only the glyphs used are kept in the embedded
//! copy (the others' outlines are emptied, see [`subset`]) and the font is compressed.

use std::collections::HashMap;
use std::sync::LazyLock;

use rustybuzz::{BufferClusterLevel, Direction, Face, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

static DATA: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static FACE: LazyLock<Face<'static>> = LazyLock::new(|| Face::from_slice(DATA, 0).expect("the shipped font parses"));

/// One shaped glyph: its id, its advance after shaping (font units) and the text it stands for
/// (the whole cluster on its first glyph, empty on the others).
pub(crate) struct Glyph {
    pub id: u16,
    pub advance: i32,
    /// Where shaping moved it from the pen (marks over and under letters), font units.
    pub offset: (i32, i32),
    pub text: String,
    /// Which directional run it belongs to (visual order), and whether that run is right to left.
    pub run: usize,
    pub rtl: bool,
}

/// A line in visual order.
pub(crate) struct Shaped {
    pub glyphs: Vec<Glyph>,
}

fn upem() -> f32 {
    FACE.units_per_em() as f32
}

impl Shaped {
    /// Width at a font size of 1 pt.
    pub fn width(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance as f32).sum::<f32>() / upem()
    }

    /// The text operators that show the line at (`x`, `y`) in `size`: the glyphs in visual order,
    /// each placed where shaping put it; a right-to-left run is marked `/ReversedChars` (PDF 1.7,
    /// 14.8.2.3.3), so a reader that extracts the text turns it back into reading order.
    pub fn show(&self, (x, y): (f32, f32), size: f32, cids: &mut Cids) -> String {
        let scale = size / upem();
        let mut out = String::new();
        let mut pen = x;
        let mut open: Option<usize> = None;
        for g in &self.glyphs {
            if open != Some(g.run) {
                if open.is_some_and(|r| self.glyphs.iter().any(|o| o.run == r && o.rtl)) {
                    out.push_str("EMC ");
                }
                if g.rtl {
                    out.push_str("/ReversedChars BMC ");
                }
                open = Some(g.run);
            }
            let (gx, gy) = (pen + g.offset.0 as f32 * scale, y + g.offset.1 as f32 * scale);
            out.push_str(&format!("1 0 0 1 {gx:.2} {gy:.2} Tm <{:04X}> Tj ", cids.cid(g.id, &g.text)));
            pen += g.advance as f32 * scale;
        }
        if self.glyphs.last().is_some_and(|g| g.rtl) {
            out.push_str("EMC ");
        }
        out
    }
}

/// Shapes one line of a paragraph written right to left (`rtl`) or left to right.
pub(crate) fn shape(text: &str, rtl: bool) -> Shaped {
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let bidi = BidiInfo::new(text, Some(level));
    let mut glyphs = Vec::new();
    let Some(para) = bidi.paragraphs.first() else { return Shaped { glyphs } };
    let (levels, runs) = bidi.visual_runs(para, para.range.clone());
    for (run_index, run) in runs.into_iter().enumerate() {
        let run_rtl = levels[run.start].is_rtl();
        let part = &text[run.clone()];
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(part);
        buffer.set_direction(if run_rtl { Direction::RightToLeft } else { Direction::LeftToRight });
        // A cluster per character (marks such as shadda get their own), so each glyph stands for
        // exactly the characters it draws: one, or the few of a ligature.
        buffer.set_cluster_level(BufferClusterLevel::Characters);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&FACE, &[], buffer);
        let infos = shaped.glyph_infos();
        let mut clusters: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        clusters.sort_unstable();
        clusters.dedup();
        let mut seen = std::collections::HashSet::new();
        for (info, pos) in infos.iter().zip(shaped.glyph_positions()) {
            let start = info.cluster as usize;
            let end = clusters.iter().copied().find(|c| *c > start).unwrap_or(part.len());
            if part[start..end].chars().all(is_bidi_control) {
                continue; // isolation marks: the bidi algorithm has used them, nothing to draw
            }
            // A reader turns a right-to-left run back character by character, a ligature's too:
            // its characters are given in drawing order.
            let chars = &part[start..end];
            let chars: String = if run_rtl { chars.chars().rev().collect() } else { chars.to_owned() };
            let text = if seen.insert(start) { chars } else { String::new() };
            glyphs.push(Glyph {
                id: info.glyph_id as u16,
                advance: pos.x_advance,
                offset: (pos.x_offset, pos.y_offset),
                text,
                run: run_index,
                rtl: run_rtl,
            });
        }
    }
    Shaped { glyphs }
}

/// Marks that steer the bidirectional algorithm and draw nothing (Fluent's isolation marks, LRM/RLM).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// UTF-16BE hex of `s` with its byte-order mark.
pub(crate) fn utf16_hex(s: &str) -> String {
    let mut out = String::from("FEFF");
    for unit in s.encode_utf16() {
        out.push_str(&format!("{unit:04X}"));
    }
    out
}

/// The codes the content streams use: one per (glyph, text) pair, so that one glyph standing for
/// two texts reads back as each; code 0 is glyph 0 (".notdef").
pub(crate) struct Cids {
    by_pair: HashMap<(u16, String), u16>,
    /// Glyph and text of each code, by code.
    list: Vec<(u16, String)>,
}

impl Default for Cids {
    fn default() -> Self {
        Self { by_pair: HashMap::new(), list: vec![(0, String::new())] }
    }
}

impl Cids {
    pub fn cid(&mut self, glyph: u16, text: &str) -> u16 {
        if let Some(c) = self.by_pair.get(&(glyph, text.to_owned())) {
            return *c;
        }
        let c = self.list.len() as u16;
        self.list.push((glyph, text.to_owned()));
        self.by_pair.insert((glyph, text.to_owned()), c);
        c
    }
}

/// The PDF objects of the font, numbered from `first`: Type0 font, CIDFontType2, descriptor,
/// font file, ToUnicode map and the codes' glyphs (CIDToGIDMap).
pub(crate) fn objects(first: usize, cids: &Cids) -> Vec<Vec<u8>> {
    let scale = 1000.0 / upem();
    let widths: Vec<String> = cids
        .list
        .iter()
        .enumerate()
        .map(|(cid, (id, _))| {
            let w = FACE.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(*id)).unwrap_or(0);
            format!("{cid} [{:.0}]", f32::from(w) * scale)
        })
        .collect();
    let bbox = FACE.global_bounding_box();
    let (asc, desc) = (f32::from(FACE.ascender()) * scale, f32::from(FACE.descender()) * scale);
    let font = subset(DATA, cids.list.iter().map(|(id, _)| *id));
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&font, 9);
    let mut file =
        format!("<< /Length {} /Length1 {} /Filter /FlateDecode >>\nstream\n", packed.len(), font.len()).into_bytes();
    file.extend_from_slice(&packed);
    file.extend_from_slice(b"\nendstream");
    let cmap = to_unicode(cids);
    let mut cmap_obj = format!("<< /Length {} >>\nstream\n", cmap.len()).into_bytes();
    cmap_obj.extend_from_slice(cmap.as_bytes());
    cmap_obj.extend_from_slice(b"endstream");
    let map: Vec<u8> = cids.list.iter().flat_map(|(id, _)| id.to_be_bytes()).collect();
    let mut map_obj = format!("<< /Length {} >>\nstream\n", map.len()).into_bytes();
    map_obj.extend_from_slice(&map);
    map_obj.extend_from_slice(b"\nendstream");
    vec![
        format!(
            "<< /Type /Font /Subtype /Type0 /BaseFont /STEPSUB+DejaVuSans /Encoding /Identity-H \
             /DescendantFonts [{} 0 R] /ToUnicode {} 0 R >>",
            first + 1,
            first + 4
        )
        .into_bytes(),
        format!(
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STEPSUB+DejaVuSans \
             /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> \
             /FontDescriptor {} 0 R /CIDToGIDMap {} 0 R /DW 600 /W [{}] >>",
            first + 2,
            first + 5,
            widths.join(" ")
        )
        .into_bytes(),
        format!(
            "<< /Type /FontDescriptor /FontName /STEPSUB+DejaVuSans /Flags 32 /FontBBox [{:.0} {:.0} {:.0} {:.0}] \
             /ItalicAngle 0 /Ascent {asc:.0} /Descent {desc:.0} /CapHeight {asc:.0} /StemV 80 /FontFile2 {} 0 R >>",
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
            first + 3
        )
        .into_bytes(),
        file,
        cmap_obj,
        map_obj,
    ]
}

fn to_unicode(cids: &Cids) -> String {
    let entries: Vec<String> = cids
        .list
        .iter()
        .enumerate()
        .filter(|(_, (_, text))| !text.is_empty())
        .map(|(cid, (_, text))| format!("<{cid:04X}> <{}>", &utf16_hex(text)[4..]))
        .collect();
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n\
         1 begincodespacerange <0000> <FFFF> endcodespacerange\n",
    );
    for chunk in entries.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n{}\nendbfchar\n", chunk.len(), chunk.join("\n")));
    }
    out.push_str("endcmap CMapName currentdict /CMap defineresource pop end end\n");
    out
}

/// The font with only the outlines of `keep` (and the glyphs they are composed of, and glyph 0):
/// the other entries of `glyf` become empty, ids stay as they are. A TrueType file is a directory
/// of tables; `loca` says where each glyph's outline lies in `glyf`. Falls back to the whole font
/// when the tables are not where a TrueType font keeps them.
pub(crate) fn subset(data: &[u8], keep: impl Iterator<Item = u16>) -> Vec<u8> {
    subset_glyf(data, keep).unwrap_or_else(|| data.to_vec())
}

fn be16(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

fn be32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

/// (offset, length, directory entry) of a table.
fn table(d: &[u8], tag: &[u8; 4]) -> Option<(usize, usize, usize)> {
    let count = usize::from(be16(d, 4)?);
    (0..count)
        .map(|i| 12 + 16 * i)
        .find(|e| d.get(*e..*e + 4) == Some(tag))
        .and_then(|e| Some((be32(d, e + 8)? as usize, be32(d, e + 12)? as usize, e)))
}

fn subset_glyf(data: &[u8], keep: impl Iterator<Item = u16>) -> Option<Vec<u8>> {
    let (head, _, _) = table(data, b"head")?;
    let long = be16(data, head + 50)? == 1;
    let (loca, _, _) = table(data, b"loca")?;
    let (glyf, glyf_len, glyf_entry) = table(data, b"glyf")?;
    let glyphs = usize::from(be16(data, table(data, b"maxp")?.0 + 4)?);
    let offset = |i: usize| -> Option<usize> {
        if long { Some(be32(data, loca + 4 * i)? as usize) } else { Some(usize::from(be16(data, loca + 2 * i)?) * 2) }
    };
    let mut wanted: Vec<u16> = keep.chain([0]).collect();
    let mut kept = std::collections::BTreeSet::new();
    while let Some(id) = wanted.pop() {
        if usize::from(id) >= glyphs || !kept.insert(id) {
            continue;
        }
        let (start, end) = (offset(usize::from(id))?, offset(usize::from(id) + 1)?);
        let outline = data.get(glyf + start..glyf + end)?;
        if end > start && (be16(outline, 0)? as i16) < 0 {
            wanted.extend(components(outline)?);
        }
    }
    // Emptying keeps every offset: only the bytes of dropped outlines become zeros, which the
    // compression then all but removes. loca stays valid as it is.
    let mut out = data.to_vec();
    for id in 0..glyphs {
        if kept.contains(&(id as u16)) {
            continue;
        }
        let (start, end) = (offset(id)?, offset(id + 1)?);
        if end > start && glyf + end <= glyf + glyf_len {
            out[glyf + start..glyf + end].fill(0);
        }
    }
    let _ = glyf_entry;
    // A PDF reader needs only the tables that draw glyphs by id: the rest (character map, names,
    // kerning and substitution tables, PostScript glyph names) stays out.
    Some(only_tables(&out, &[b"cvt ", b"fpgm", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"prep"]))
}

/// A font file with only the tables `keep` (those present), in tag order, each 4-byte aligned.
fn only_tables(data: &[u8], keep: &[&[u8; 4]]) -> Vec<u8> {
    let present: Vec<(&[u8; 4], usize, usize)> =
        keep.iter().filter_map(|tag| table(data, tag).map(|(at, len, _)| (*tag, at, len))).collect();
    let count = present.len() as u16;
    let power = 1u16 << (15 - count.leading_zeros());
    let mut out = Vec::with_capacity(data.len());
    out.extend_from_slice(&data[0..4]);
    for v in [count, power * 16, power.trailing_zeros() as u16, count * 16 - power * 16] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut at = 12 + 16 * present.len();
    let mut body = Vec::new();
    let mut head_at = None;
    for (tag, start, len) in &present {
        let mut bytes = data[*start..*start + *len].to_vec();
        if *tag == b"head" && bytes.len() >= 12 {
            // checkSumAdjustment is counted as zero in the head table's own checksum.
            bytes[8..12].fill(0);
            head_at = Some(at);
        }
        out.extend_from_slice(*tag);
        out.extend_from_slice(&checksum(&bytes).to_be_bytes());
        out.extend_from_slice(&(at as u32).to_be_bytes());
        out.extend_from_slice(&(*len as u32).to_be_bytes());
        body.extend_from_slice(&bytes);
        body.resize(body.len().next_multiple_of(4), 0);
        at = 12 + 16 * present.len() + body.len();
    }
    out.extend_from_slice(&body);
    // The whole file sums to 0xB1B0AFBA (OpenType, 'head').
    if let Some(head) = head_at {
        let adjust = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[head + 8..head + 12].copy_from_slice(&adjust.to_be_bytes());
    }
    out
}

/// The glyphs a composite outline is made of.
fn components(outline: &[u8]) -> Option<Vec<u16>> {
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const HAVE_SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const XY_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    let mut at = 10;
    let mut out = Vec::new();
    loop {
        let flags = be16(outline, at)?;
        out.push(be16(outline, at + 2)?);
        at += 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        at += if flags & TWO_BY_TWO != 0 {
            8
        } else if flags & XY_SCALE != 0 {
            4
        } else if flags & HAVE_SCALE != 0 {
            2
        } else {
            0
        };
        if flags & MORE == 0 {
            return Some(out);
        }
    }
}

fn checksum(bytes: &[u8]) -> u32 {
    bytes.chunks(4).fold(0u32, |sum, c| {
        let mut word = [0u8; 4];
        word[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_joined_and_laid_out_right_to_left_with_numbers_left_to_right() {
        // "Kita" in Arabic letters (كيتا) and a date: the letters take their joining forms, so the
        // glyphs differ from those of the letters alone; the date's digits keep their order.
        let word = shape("كيتا", true);
        let alone: Vec<u16> = "كيتا".chars().map(|c| shape(&c.to_string(), true).glyphs[0].id).collect();
        let joined: Vec<u16> = word.glyphs.iter().map(|g| g.id).rev().collect();
        assert_eq!(joined.len(), 4);
        assert_ne!(joined, alone, "joining forms are used");
        let mixed = shape("حتى 01.08.2027", true);
        let shown: String = mixed.glyphs.iter().map(|g| g.text.as_str()).collect();
        assert!(shown.starts_with("01.08.2027"), "the date stays left to right at the left: {shown}");
        assert!(mixed.width() > word.width());
    }

    #[test]
    fn cyrillic_and_turkish_letters_have_glyphs() {
        for text in ["Договор", "Sözleşme", "Umowa o opiekę", "Ґанок"] {
            let shaped = shape(text, false);
            assert!(shaped.glyphs.iter().all(|g| g.id != 0), "{text} has no missing glyph");
        }
    }

    #[test]
    fn the_subset_keeps_the_used_outlines_and_empties_the_rest() {
        let used = [FACE.glyph_index('A').unwrap().0, FACE.glyph_index('ä').unwrap().0];
        let small = subset(DATA, used.into_iter());
        let face = Face::from_slice(&small, 0).expect("the subset parses");
        let id = |c: char| rustybuzz::ttf_parser::GlyphId(FACE.glyph_index(c).unwrap().0);
        assert!(face.glyph_bounding_box(id('A')).is_some() && face.glyph_bounding_box(id('ä')).is_some());
        assert!(face.glyph_bounding_box(id('B')).is_none(), "an unused outline is empty");
        assert_eq!(face.glyph_hor_advance(id('B')), FACE.glyph_hor_advance(id('B')), "widths stay");
        assert_eq!(checksum(&small), 0xB1B0_AFBA, "the file's checksum adjustment is right");
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&small, 9);
        assert!(packed.len() < 40_000, "{} bytes compressed", packed.len());
    }
}
