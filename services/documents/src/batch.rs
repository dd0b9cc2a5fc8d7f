//! One PDF of many letters, written as it goes (issue 20: the office prints the formal notices to
//! be posted as one file): each letter is laid out and its pages are written at once, so memory
//! stays flat however many letters there are. Each letter is set exactly as [`crate::pdf::render`]
//! sets it alone, with its own page numbers.
//!
//! Objects: 1 catalog and 2 page tree (written last, when every page is known), 3 and 4 the
//! standard fonts, 5 the document information, 6–11 the embedded font (its subset is known only at
//! the end, so its numbers are reserved), then a page and its content for every page.

use crate::font::Cids;
use crate::pdf::{PAGE_H, PAGE_W, fonts_for, layout, literal, page_content, paginate};

/// Objects of the embedded font ([`crate::font::objects`]).
const EMBEDDED: usize = 6;
const FIRST_PAGE: usize = 6 + EMBEDDED;

pub struct Batch {
    /// Bytes written but not yet taken.
    buf: Vec<u8>,
    /// Bytes taken so far (the offset of `buf`'s start in the file).
    taken: usize,
    /// File offset of each object, by number − 1.
    offsets: Vec<usize>,
    pages: Vec<usize>,
    cids: Cids,
    letters: usize,
}

impl Batch {
    /// Starts the file: header, the standard fonts and the document information.
    pub fn new(title: &str) -> Self {
        let mut b = Self {
            buf: b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec(),
            taken: 0,
            offsets: vec![0; FIRST_PAGE - 1],
            pages: Vec::new(),
            cids: Cids::default(),
            letters: 0,
        };
        for (n, base) in [(3, "Helvetica"), (4, "Helvetica-Bold")] {
            let body = format!("<< /Type /Font /Subtype /Type1 /BaseFont /{base} /Encoding /WinAnsiEncoding >>");
            b.object(n, body.as_bytes());
        }
        let mut info = b"<< /Title ".to_vec();
        info.extend_from_slice(&literal(title));
        info.extend_from_slice(b" /Producer (STEP Kita-Portal) >>");
        b.object(5, &info);
        b
    }

    fn object(&mut self, number: usize, body: &[u8]) {
        if self.offsets.len() < number {
            self.offsets.resize(number, 0);
        }
        self.offsets[number - 1] = self.taken + self.buf.len();
        self.buf.extend_from_slice(format!("{number} 0 obj\n").as_bytes());
        self.buf.extend_from_slice(body);
        self.buf.extend_from_slice(b"\nendobj\n");
    }

    /// Adds a letter (the markup of [`crate::pdf::render`]) on pages of its own.
    pub fn add(&mut self, text: &str) {
        let (regular, bold) = fonts_for(text, false);
        let pages = paginate(&layout(text, regular, bold));
        let total = pages.len();
        for (i, page) in pages.iter().enumerate() {
            let number = self.offsets.len().max(FIRST_PAGE - 1) + 1;
            let head = format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
                 /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 6 0 R >> >> /Contents {} 0 R >>",
                number + 1
            );
            self.object(number, head.as_bytes());
            let content = page_content(page, i + 1, total, &mut self.cids);
            let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
            stream.extend_from_slice(&content);
            stream.extend_from_slice(b"endstream");
            self.object(number + 1, &stream);
            self.pages.push(number);
        }
        self.letters += 1;
    }

    /// How many letters were added.
    pub fn letters(&self) -> usize {
        self.letters
    }

    /// The bytes written since the last call (to send on while the next letter is set).
    pub fn take(&mut self) -> Vec<u8> {
        self.taken += self.buf.len();
        std::mem::take(&mut self.buf)
    }

    /// Ends the file: the embedded font's subset, the page tree, the catalog and the cross-reference
    /// table. Returns the last bytes.
    pub fn finish(mut self) -> Vec<u8> {
        for (i, body) in crate::font::objects(6, &self.cids).into_iter().enumerate() {
            self.object(6 + i, &body);
        }
        let kids: Vec<String> = self.pages.iter().map(|n| format!("{n} 0 R")).collect();
        let tree = format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), self.pages.len());
        self.object(2, tree.as_bytes());
        self.object(1, b"<< /Type /Catalog /Pages 2 0 R >>");
        let xref = self.taken + self.buf.len();
        let count = self.offsets.len();
        self.buf.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", count + 1).as_bytes());
        for o in &self.offsets {
            self.buf.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        self.buf.extend_from_slice(
            format!("trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n", count + 1)
                .as_bytes(),
        );
        std::mem::take(&mut self.buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_takes_the_objects_reserved_for_it() {
        assert_eq!(crate::font::objects(6, &Cids::default()).len(), EMBEDDED);
    }

    #[test]
    fn letters_in_one_file_with_a_correct_xref_and_their_own_page_numbers() {
        let mut b = Batch::new("Post");
        let mut file = Vec::new();
        let long = format!("# Bescheid\n\nFamilie Groß\n\n{}", "Wort ".repeat(2500));
        for text in [long.as_str(), "# Bescheid\n\nFamilie Шевченко", "# Bescheid\n\nFamilie Müller"] {
            b.add(text);
            file.extend(b.take());
        }
        assert_eq!(b.letters(), 3);
        file.extend(b.finish());
        let s: String = file.iter().map(|&c| c as char).collect();
        let pages = s.matches("/Type /Page ").count();
        assert!(pages >= 4, "the long letter takes two pages at least: {pages}");
        assert!(s.contains(&format!("/Count {pages}")));
        assert!(s.contains("Seite 1 von 1"), "a short letter is numbered on its own");
        let tail = &s[s.rfind("startxref\n").unwrap() + 10..];
        let start: usize = tail.lines().next().unwrap().parse().unwrap();
        let table = String::from_utf8_lossy(&file[start..]).into_owned();
        let entries: Vec<&str> = table.lines().skip(3).take_while(|l| l.ends_with(" n ")).collect();
        assert_eq!(entries.len(), FIRST_PAGE - 1 + 2 * pages);
        for (i, entry) in entries.iter().enumerate() {
            let off: usize = entry[..10].parse().unwrap();
            assert!(file[off..].starts_with(format!("{} 0 obj", i + 1).as_bytes()), "object {} at {off}", i + 1);
        }
    }
}
