//! A ZIP writer for the family's data export: entries are stored (documents are PDFs and images,
//! already compressed) and streamed from their source into a seekable file; after each entry the
//! CRC-32 and sizes are patched into its local header. Names are UTF-8 (flag bit 11). Memory stays
//! at one copy buffer whatever the size of the export.

use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeek, AsyncSeekExt, AsyncWrite, AsyncWriteExt, SeekFrom};

struct Entry {
    name: String,
    crc: u32,
    size: u32,
    offset: u32,
}

pub struct ZipWriter<W> {
    out: W,
    entries: Vec<Entry>,
    pos: u64,
    dos_time: u16,
    dos_date: u16,
}

#[derive(Debug, thiserror::Error)]
pub enum ZipError {
    #[error("the export is larger than 4 GB (ZIP64 is not written)")]
    TooLarge,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

const LOCAL_SIG: u32 = 0x0403_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const END_SIG: u32 = 0x0605_4b50;
const UTF8_NAMES: u16 = 1 << 11;

impl<W: AsyncWrite + AsyncSeek + Unpin> ZipWriter<W> {
    /// `at` is the time stamped on every entry (the export's time).
    pub fn new(out: W, at: time::OffsetDateTime) -> Self {
        let dos_time = (u16::from(at.hour()) << 11) | (u16::from(at.minute()) << 5) | u16::from(at.second() / 2);
        let year = u16::try_from(at.year() - 1980).unwrap_or(0);
        let dos_date = (year << 9) | (u16::from(u8::from(at.month())) << 5) | u16::from(at.day());
        Self { out, entries: Vec::new(), pos: 0, dos_time, dos_date }
    }

    async fn put(&mut self, bytes: &[u8]) -> Result<(), ZipError> {
        self.out.write_all(bytes).await?;
        self.pos += bytes.len() as u64;
        Ok(())
    }

    /// Adds an entry read from `data` to its end.
    pub async fn add(&mut self, name: &str, mut data: impl AsyncRead + Unpin) -> Result<(), ZipError> {
        let offset = u32::try_from(self.pos).map_err(|_| ZipError::TooLarge)?;
        let name_len = u16::try_from(name.len()).map_err(|_| ZipError::TooLarge)?;
        let mut header = Vec::with_capacity(30 + name.len());
        header.extend_from_slice(&LOCAL_SIG.to_le_bytes());
        header.extend_from_slice(&20u16.to_le_bytes()); // version needed
        header.extend_from_slice(&UTF8_NAMES.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes()); // stored
        header.extend_from_slice(&self.dos_time.to_le_bytes());
        header.extend_from_slice(&self.dos_date.to_le_bytes());
        header.extend_from_slice(&[0; 12]); // crc, sizes: patched below
        header.extend_from_slice(&name_len.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes());
        header.extend_from_slice(name.as_bytes());
        self.put(&header).await?;
        let mut crc = Crc32::new();
        let mut size: u64 = 0;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = data.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            crc.update(&buf[..n]);
            size += n as u64;
            self.put(&buf[..n]).await?;
        }
        let size = u32::try_from(size).map_err(|_| ZipError::TooLarge)?;
        let crc = crc.finish();
        self.out.seek(SeekFrom::Start(u64::from(offset) + 14)).await?;
        let mut patch = Vec::with_capacity(12);
        patch.extend_from_slice(&crc.to_le_bytes());
        patch.extend_from_slice(&size.to_le_bytes());
        patch.extend_from_slice(&size.to_le_bytes());
        self.out.write_all(&patch).await?;
        self.out.seek(SeekFrom::Start(self.pos)).await?;
        self.entries.push(Entry { name: name.to_owned(), crc, size, offset });
        Ok(())
    }

    /// Writes the central directory; returns the writer and the archive's size.
    pub async fn finish(mut self) -> Result<(W, u64), ZipError> {
        let start = u32::try_from(self.pos).map_err(|_| ZipError::TooLarge)?;
        let entries = std::mem::take(&mut self.entries);
        for e in &entries {
            let mut c = Vec::with_capacity(46 + e.name.len());
            c.extend_from_slice(&CENTRAL_SIG.to_le_bytes());
            c.extend_from_slice(&0x031Eu16.to_le_bytes()); // made by: Unix, 3.0
            c.extend_from_slice(&20u16.to_le_bytes());
            c.extend_from_slice(&UTF8_NAMES.to_le_bytes());
            c.extend_from_slice(&0u16.to_le_bytes());
            c.extend_from_slice(&self.dos_time.to_le_bytes());
            c.extend_from_slice(&self.dos_date.to_le_bytes());
            c.extend_from_slice(&e.crc.to_le_bytes());
            c.extend_from_slice(&e.size.to_le_bytes());
            c.extend_from_slice(&e.size.to_le_bytes());
            c.extend_from_slice(&(e.name.len() as u16).to_le_bytes());
            c.extend_from_slice(&[0; 8]); // extra, comment, disk, internal attributes
            c.extend_from_slice(&(0o100644u32 << 16).to_le_bytes()); // external: -rw-r--r--
            c.extend_from_slice(&e.offset.to_le_bytes());
            c.extend_from_slice(e.name.as_bytes());
            self.put(&c).await?;
        }
        let size = u32::try_from(self.pos - u64::from(start)).map_err(|_| ZipError::TooLarge)?;
        let count = u16::try_from(entries.len()).map_err(|_| ZipError::TooLarge)?;
        let mut end = Vec::with_capacity(22);
        end.extend_from_slice(&END_SIG.to_le_bytes());
        end.extend_from_slice(&[0; 4]);
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&count.to_le_bytes());
        end.extend_from_slice(&size.to_le_bytes());
        end.extend_from_slice(&start.to_le_bytes());
        end.extend_from_slice(&0u16.to_le_bytes());
        self.put(&end).await?;
        self.out.flush().await?;
        Ok((self.out, self.pos))
    }
}

/// CRC-32 (IEEE 802.3), as ZIP requires.
struct Crc32 {
    table: [u32; 256],
    value: u32,
}

impl Crc32 {
    fn new() -> Self {
        let mut table = [0u32; 256];
        for (i, slot) in table.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *slot = c;
        }
        Self { table, value: 0xFFFF_FFFF }
    }

    fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.value = self.table[((self.value ^ u32::from(b)) & 0xFF) as usize] ^ (self.value >> 8);
        }
    }

    fn finish(&self) -> u32 {
        self.value ^ 0xFFFF_FFFF
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_the_check_string() {
        let mut c = Crc32::new();
        c.update(b"123456789");
        assert_eq!(c.finish(), 0xCBF4_3926);
    }

    #[tokio::test]
    async fn an_archive_unzip_reads() {
        let dir = std::env::temp_dir().join(format!("step-zip-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("export.zip");
        let file = tokio::fs::File::create(&path).await.unwrap();
        let at = time::macros::datetime!(2026-11-24 12:30:10 UTC);
        let mut zip = ZipWriter::new(file, at);
        zip.add("familie.json", &b"{\"name\":\"M\xc3\xbcller\"}"[..]).await.unwrap();
        zip.add("dokumente/Vertrag Müller.pdf", &vec![7u8; 200_000][..]).await.unwrap();
        let (_, size) = zip.finish().await.unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().len(), size);
        // Python's zipfile checks the CRCs and the directory on its own.
        let check = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; \
                print(sorted((i.filename, i.file_size) for i in z.infolist()))",
            ])
            .arg(&path)
            .output()
            .unwrap();
        assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
        assert_eq!(
            String::from_utf8_lossy(&check.stdout).trim(),
            "[('dokumente/Vertrag Müller.pdf', 200000), ('familie.json', 18)]"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }
}
