//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, an encoding a
//! page declares (`<meta charset>`), and legacy single-byte text (Windows-1252,
//! a superset of Latin-1's printable range) recognised by a small heuristic.
//! Nothing is decoded with replacement characters: bytes that fit none of these
//! are reported with their offset, never silently mangled.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// Text and the name of the encoding it was decoded from.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Bytes Windows-1252 leaves undefined; text containing them is not 1252.
const UNDEFINED_1252: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// Decodes a whole document. `declared` is an encoding the document names
/// itself (an HTML `<meta charset>`), used when the bytes are not UTF-8.
pub fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Result<Decoded, String> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 {
            return std::str::from_utf8(body).map(|t| Decoded { text: t.to_string(), encoding: "UTF-8" }).map_err(
                |e| {
                    format!(
                        "undecodable: starts with a UTF-8 byte order mark but byte {} is not UTF-8",
                        e.valid_up_to() + bom_len
                    )
                },
            );
        }
        return utf16(body, encoding);
    }
    if let Some(pos) = bytes.iter().position(|b| *b == 0) {
        return Err(format!(
            "binary file (a NUL byte at offset {pos}), not an article; UTF-16 needs a byte order mark"
        ));
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text: text.to_string(), encoding: "UTF-8" }),
        Err(e) => e.valid_up_to(),
    };
    if let Some(encoding) = declared.filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE) {
        return encoding
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|t| Decoded { text: t.into_owned(), encoding: encoding.name() })
            .ok_or_else(|| format!("undecodable: not valid in its declared encoding {}", encoding.name()));
    }
    legacy(bytes).ok_or_else(|| {
        format!(
            "undecodable: not valid UTF-8 (byte 0x{:02X} at offset {utf8_error}) and not Windows-1252/Latin-1 text",
            bytes[utf8_error]
        )
    })
}

fn utf16(body: &[u8], encoding: &'static Encoding) -> Result<Decoded, String> {
    if body.len() % 2 == 1 {
        return Err(format!("undecodable: {} text with an odd number of bytes (truncated?)", encoding.name()));
    }
    encoding
        .decode_without_bom_handling_and_without_replacement(body)
        .map(|t| Decoded { text: t.into_owned(), encoding: encoding.name() })
        .ok_or_else(|| format!("undecodable: not valid {} (unpaired surrogate)", encoding.name()))
}

/// Windows-1252 when the bytes look like text in it: no byte 1252 leaves
/// undefined, no control characters but tab, newline, carriage return and form
/// feed, and most bytes ASCII (Western-European prose is mostly ASCII letters;
/// binary data and multi-byte encodings are not).
fn legacy(bytes: &[u8]) -> Option<Decoded> {
    let controls = bytes.iter().any(|b| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C));
    let undefined = bytes.iter().any(|b| UNDEFINED_1252.contains(b));
    let high = bytes.iter().filter(|b| **b >= 0x80).count();
    if controls || undefined || high * 4 > bytes.len() {
        return None;
    }
    let (text, _, had_errors) = WINDOWS_1252.decode(bytes);
    (!had_errors).then(|| Decoded { text: text.into_owned(), encoding: "windows-1252" })
}

/// The encoding an HTML document declares in its first bytes
/// (`<meta charset="…">` or `content="text/html; charset=…"`).
pub fn html_declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Zürich".as_bytes(), None).unwrap().text, "Zürich");
        assert_eq!(decode(b"\xEF\xBB\xBFZ\xC3\xBCrich", None).unwrap().text, "Zürich");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Zürich €".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, None).unwrap().text, "Zürich €");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Zürich".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be, None).unwrap().encoding, "UTF-16BE");
        assert!(decode(&le[..le.len() - 1], None).unwrap_err().contains("odd number"));
    }

    #[test]
    fn windows_1252_is_recognised() {
        let d = decode(b"Caf\xe9 society \x93quoted\x94 in Z\xfcrich for \x80 5", None).unwrap();
        assert_eq!(d.text, "Café society “quoted” in Zürich for € 5");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn what_fits_no_encoding_is_reported_with_its_offset() {
        let e = decode(b"abc\x81\x8d\xff", None).unwrap_err();
        assert!(e.contains("offset 3"), "{e}");
        assert!(decode(b"\x89PNG\x00\x00", None).unwrap_err().contains("binary"));
        assert!(decode(&[0xC3; 40], None).is_err(), "mostly high bytes is not Western text");
    }

    #[test]
    fn a_declared_charset_is_used() {
        let page = b"<html><head><meta charset=\"iso-8859-15\"></head><body>\xa4</body></html>";
        let enc = html_declared(page).unwrap();
        assert!(decode(page, Some(enc)).unwrap().text.contains('€'));
    }
}
