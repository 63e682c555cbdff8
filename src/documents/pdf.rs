//! HTML to PDF with printpdf, made repeatable: embedded fonts only, fixed metadata and file
//! identifier, and a footer on every page.
//!
//! printpdf's HTML engine (`PdfDocument::from_html_with_cache`) wraps text, breaks pages, shapes
//! Arabic right to left and subsets the embedded font. What it does not do is done here:
//!
//! * Footers. Its own header and footer option draws nothing when called through `from_html`
//!   (the footer picks "the first registered font" of a renderer resource list that `from_html`
//!   leaves empty), and it would print "Page X of Y" in its own words. So after layout each page
//!   gets its footer as plain PDF text operations, in the embedded regular face.
//! * Repeatable bytes. `PdfDocument::save` writes a trailer `/ID` drawn from a process-wide counter,
//!   so two renders of one letter differ. The document is serialised here through printpdf's
//!   lopdf document instead, with an `/ID` derived from the caller's document id, and with the
//!   creation and modification dates the caller gives.
//! * Fonts. Only the embedded DejaVu Sans faces are offered to the layout engine (the system's
//!   fonts are never scanned), so a letter looks the same on every machine; the parsed faces are
//!   kept for the life of the process.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, LazyLock, Mutex};

use chrono::{DateTime, Utc};
use printpdf::html::SharedFontPool;
use printpdf::html::rust_fontconfig::{FcFontCache, FcParseFontBytes};
use printpdf::{
    BuiltinFont, Color, GeneratePdfOptions, Mm, Op, PdfDocument, PdfFontHandle, PdfParseErrorSeverity, PdfSaveOptions,
    PdfWarnMsg, Point, Pt, Rgb, TextItem,
};

use super::DocumentError;

const REGULAR_FONT: &[u8] = include_bytes!("../../templates/fonts/DejaVuSans.ttf");
const BOLD_FONT: &[u8] = include_bytes!("../../templates/fonts/DejaVuSans-Bold.ttf");
/// Droid Sans Fallback (Apache 2.0), for Chinese letters: it covers CJK, Latin and digits. The
/// layout engine subsets it to the glyphs a letter uses, and only a letter that names its family
/// embeds it.
const CJK_FONT: &[u8] = include_bytes!("../../templates/fonts/DroidSansFallbackFull.ttf");
/// PostScript name of the regular face, used to find it among the document's fonts.
const REGULAR_FONT_NAME: &str = "DejaVuSans";

/// A4 portrait.
const PAGE_WIDTH_MM: f32 = 210.0;
const PAGE_HEIGHT_MM: f32 = 297.0;
const MARGIN_TOP_MM: f32 = 20.0;
const MARGIN_SIDE_MM: f32 = 20.0;
/// Leaves room below the text block for the footer.
const MARGIN_BOTTOM_MM: f32 = 25.0;
/// Baseline of the footer, from the bottom edge of the page.
const FOOTER_BASELINE_MM: f32 = 12.0;
const FOOTER_FONT_SIZE_PT: f32 = 8.0;

/// Whether page content streams are compressed as well as fonts. lopdf only deflates at its best
/// (slowest) level: for a typical one-page letter that costs about 3 ms, against a 20 ms budget,
/// to shrink the file from about 86 KB to about 42 KB. The embedded fonts are always compressed
/// (about 1 ms for 30 KB).
const COMPRESS_PAGE_CONTENTS: bool = false;

/// What a document says about itself in its metadata.
pub(crate) struct DocumentInfo<'a> {
    /// Title shown by PDF readers.
    pub title: &'a str,
    /// Subject shown by PDF readers.
    pub subject: &'a str,
    /// Stable identifier of the document (e.g. the award's id); also the source of the file id.
    pub document_id: &'a str,
    /// Creation and modification instant written into the metadata.
    pub created_at: DateTime<Utc>,
}

/// The embedded faces, shared by every render: their metadata is read once, and each face is
/// parsed once, on first use. The templates name them as families, "DejaVu Sans", "DejaVu Sans
/// Bold" and "Droid Sans Fallback"; the layout engine finds them here by name.
///
/// They are deliberately not also handed to `from_html` as its `fonts` map: printpdf would parse
/// both files again on every render (about 3 ms) only to register the same names.
static FONT_POOL: LazyLock<SharedFontPool> = LazyLock::new(|| {
    let cache = FcFontCache::default();
    let faces = [
        ("DejaVu Sans", REGULAR_FONT),
        ("DejaVu Sans Bold", BOLD_FONT),
        ("Droid Sans Fallback", CJK_FONT),
    ];
    for (name, bytes) in faces {
        if let Some(faces) = FcParseFontBytes(bytes, name) {
            cache.with_memory_fonts(faces);
        }
    }
    SharedFontPool {
        fc_cache: Arc::new(cache),
        parsed_fonts: Arc::new(Mutex::new(Default::default())),
    }
});

/// Lays out `html` on A4 pages, adds `footer(page, pages)` at the foot of each page and returns
/// the PDF file, identical byte for byte for identical arguments.
pub(crate) fn render_html(
    html: &str,
    info: &DocumentInfo<'_>,
    footer: impl FnMut(usize, usize) -> Result<String, DocumentError>,
) -> Result<Vec<u8>, DocumentError> {
    let options = GeneratePdfOptions {
        page_width: Some(PAGE_WIDTH_MM),
        page_height: Some(PAGE_HEIGHT_MM),
        margin_top: Some(MARGIN_TOP_MM),
        margin_right: Some(MARGIN_SIDE_MM),
        margin_bottom: Some(MARGIN_BOTTOM_MM),
        margin_left: Some(MARGIN_SIDE_MM),
        ..GeneratePdfOptions::default()
    };
    let mut warnings = Vec::new();
    let mut document = PdfDocument::from_html_with_cache(
        html,
        &BTreeMap::new(),
        &BTreeMap::new(),
        &options,
        &mut warnings,
        Some(FONT_POOL.clone()),
    )
    .map_err(DocumentError::Layout)?;
    if let Some(error) = first_error(&warnings) {
        return Err(DocumentError::Layout(error));
    }
    if document.pages.is_empty() {
        return Err(DocumentError::Layout("the layout produced no page".to_owned()));
    }

    set_metadata(&mut document, info);
    add_footers(&mut document, footer)?;
    save_repeatably(&document, info)
}

/// The first error among printpdf's messages, if any.
fn first_error(warnings: &[PdfWarnMsg]) -> Option<String> {
    warnings
        .iter()
        .find(|warning| warning.severity == PdfParseErrorSeverity::Error)
        .map(|warning| warning.msg.clone())
}

/// Writes title, subject, identifier and the fixed dates into the document information.
fn set_metadata(document: &mut PdfDocument, info: &DocumentInfo<'_>) {
    let instant = printpdf::DateTime::from_unix_timestamp(info.created_at.timestamp())
        .unwrap_or(document.metadata.info.creation_date);
    let metadata = &mut document.metadata.info;
    metadata.document_title = info.title.to_owned();
    metadata.subject = info.subject.to_owned();
    metadata.identifier = info.document_id.to_owned();
    metadata.creator = "grantdesk".to_owned();
    metadata.producer = "grantdesk (printpdf)".to_owned();
    metadata.creation_date = instant;
    metadata.modification_date = instant;
    metadata.metadata_date = instant;
}

/// Appends the footer text to every page, centred, in the embedded regular face when the layout
/// used it (it always does for the letters) and in Helvetica otherwise.
fn add_footers(
    document: &mut PdfDocument,
    mut footer: impl FnMut(usize, usize) -> Result<String, DocumentError>,
) -> Result<(), DocumentError> {
    let regular = document
        .resources
        .fonts
        .map
        .iter()
        .find(|(_, font)| font.parsed_font.font_name.as_deref() == Some(REGULAR_FONT_NAME));
    let pages = document.pages.len();
    let mut footers = Vec::with_capacity(pages);
    for page in 1..=pages {
        let text = footer(page, pages)?;
        let (font, width) = match regular {
            Some((id, font)) => (
                PdfFontHandle::External(id.clone()),
                text_width(&text, &font.parsed_font),
            ),
            // Helvetica averages about half an em per character.
            None => (
                PdfFontHandle::Builtin(BuiltinFont::Helvetica),
                Pt(text.chars().count() as f32 * FOOTER_FONT_SIZE_PT * 0.5),
            ),
        };
        footers.push((text, font, width));
    }
    let page_width = Pt::from(Mm(PAGE_WIDTH_MM));
    for (page, (text, font, width)) in document.pages.iter_mut().zip(footers) {
        page.ops.extend([
            Op::SaveGraphicsState,
            Op::StartTextSection,
            Op::SetFillColor {
                col: Color::Rgb(Rgb {
                    r: 0.3,
                    g: 0.3,
                    b: 0.3,
                    icc_profile: None,
                }),
            },
            Op::SetFont {
                font,
                size: Pt(FOOTER_FONT_SIZE_PT),
            },
            Op::SetTextCursor {
                pos: Point {
                    x: Pt((page_width.0 - width.0) / 2.0),
                    y: Mm(FOOTER_BASELINE_MM).into(),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text)],
            },
            Op::EndTextSection,
            Op::RestoreGraphicsState,
        ]);
    }
    Ok(())
}

/// Width of `text` set in `font` at the footer size, from the font's advances.
fn text_width(text: &str, font: &printpdf::ParsedFont) -> Pt {
    let units_per_em = f32::from(font.font_metrics.units_per_em.max(1));
    let advance: u32 = text
        .chars()
        .map(|character| {
            let glyph = font.lookup_glyph_index(u32::from(character)).unwrap_or(0);
            u32::from(font.get_horizontal_advance(glyph))
        })
        .sum();
    Pt(advance as f32 * FOOTER_FONT_SIZE_PT / units_per_em)
}

/// Serialises like `PdfDocument::save`, but with a file identifier derived from the document id
/// instead of printpdf's process-wide counter, and with the page contents left uncompressed
/// unless [`COMPRESS_PAGE_CONTENTS`] says otherwise.
fn save_repeatably(document: &PdfDocument, info: &DocumentInfo<'_>) -> Result<Vec<u8>, DocumentError> {
    let mut warnings = Vec::new();
    let mut pdf = document.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    if let Some(error) = first_error(&warnings) {
        return Err(DocumentError::Pdf(error));
    }
    let file_id = file_identifier(info);
    let identifiers = pdf
        .trailer
        .get_mut(b"ID")
        .and_then(|id| id.as_array_mut())
        .map_err(|error| DocumentError::Pdf(format!("the trailer has no file identifier: {error}")))?;
    for identifier in identifiers.iter_mut() {
        let bytes = identifier
            .as_str_mut()
            .map_err(|error| DocumentError::Pdf(format!("unexpected file identifier: {error}")))?;
        bytes.clone_from(&file_id);
    }
    if COMPRESS_PAGE_CONTENTS {
        pdf.compress();
    } else {
        let contents: BTreeSet<_> = pdf
            .get_pages()
            .into_values()
            .flat_map(|page| pdf.get_page_contents(page))
            .collect();
        for (id, object) in pdf.objects.iter_mut() {
            if contents.contains(id) {
                continue;
            }
            if let Ok(stream) = object.as_stream_mut()
                && stream.allows_compression
            {
                stream
                    .compress()
                    .map_err(|error| DocumentError::Pdf(format!("a stream could not be compressed: {error}")))?;
            }
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|error| DocumentError::Pdf(error.to_string()))?;
    Ok(bytes)
}

/// The permanent and the changing part of the file identifier are both the document id and its
/// creation instant: a letter is written once and never revised in place.
fn file_identifier(info: &DocumentInfo<'_>) -> Vec<u8> {
    format!("{}/{}", info.document_id, info.created_at.timestamp()).into_bytes()
}
