//! Pictures where people would rather look than read, drawn on the server as SVG: no chart
//! library, no script, nothing outside the site. Each [`Chart`] carries its title (the
//! SVG's `<title>`, read out by screen readers) and the same numbers as a table, which the
//! `chart` macro of `macros.html` shows under the picture. Colour never carries meaning on
//! its own: every bar is labelled with its name and value.
//!
//! Drawing uses presentation attributes only (no `style=`), so the strict
//! Content-Security-Policy holds. The columns are as wide as the words they hold (estimated
//! from their characters, the drawing growing rather than clipping), values sit in a column
//! of their own, so a target's mark never crosses them, and a right-to-left reader gets the
//! mirror image: the SVG states its direction, labels on the right, bars growing leftwards.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

use crate::i18n::Language;

/// The width of the bars' area of a bar chart, and of a stacked bar, in SVG units (the
/// drawing scales to the page).
const BAR_AREA: f64 = 320.0;
/// The width of a stacked bar.
const STACKED_WIDTH: f64 = 600.0;
/// The space between a column of text and the bars.
const GAP: f64 = 10.0;
/// The margin before the first words, so a glyph's overhang stays inside the drawing.
const MARGIN: f64 = 4.0;
/// The height of one bar's row.
const ROW_HEIGHT: f64 = 28.0;
/// The size of the text.
const FONT_SIZE: f64 = 13.0;
/// The fills of the parts of a stacked bar, in order (dark to light, all with text beside).
const FILLS: [&str; 4] = ["#1d70b8", "#00703c", "#b1b4b6", "#d4351c"];

/// A chart: its title, the SVG markup, and its numbers as a table.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// What the chart shows, as its caption and the SVG's title.
    pub title: String,
    /// The SVG markup (escaped here; the template inserts it as is).
    pub svg: String,
    /// The table's column headings.
    pub columns: Vec<String>,
    /// The table's rows, as shown.
    pub rows: Vec<Vec<String>>,
}

/// One bar: its label, its value, the value as written for the reader, and an optional
/// target drawn as a mark across the bar.
#[derive(Debug, Clone)]
pub struct Bar {
    /// What the bar is.
    pub label: String,
    /// Its value (the bar's length against the chart's maximum).
    pub value: Decimal,
    /// The value as the reader reads it ("33 %", "12,500.00 EUR").
    pub shown: String,
    /// A target to compare with, if any, and how it is written.
    pub target: Option<(Decimal, String)>,
}

/// Horizontal bars, one per row, against `max` (the longest possible bar), laid out for a
/// reader of `language`. `columns` are the table's headings: label, value, and target when
/// any bar has one.
pub fn bars(title: &str, bars: &[Bar], max: Decimal, columns: &[String], language: Language) -> Chart {
    let label_width = widest(bars.iter().map(|bar| bar.label.as_str()));
    let value_width = widest(bars.iter().map(|bar| bar.shown.as_str()));
    let bars_start = MARGIN + label_width + GAP;
    let width = bars_start + BAR_AREA + GAP + value_width + MARGIN;
    let height = ROW_HEIGHT * bars.len().max(1) as f64;
    let canvas = Canvas::new(width, language);
    let mut svg = canvas.open(title, height);
    for (row, bar) in bars.iter().enumerate() {
        let y = ROW_HEIGHT * row as f64;
        let length = share(bar.value, max) * BAR_AREA;
        svg.push_str(&canvas.text(MARGIN, y + 18.0, &bar.label));
        svg.push_str(&canvas.rect(bars_start, y + 4.0, length, 18.0, FILLS[0], None));
        svg.push_str(&canvas.text(bars_start + BAR_AREA + GAP, y + 18.0, &bar.shown));
        if let Some((target, _)) = &bar.target {
            let x = canvas.x(bars_start + share(*target, max) * BAR_AREA);
            svg.push_str(&format!(
                r##"<line x1="{x:.1}" x2="{x:.1}" y1="{:.1}" y2="{:.1}" stroke="#0b0c0c" stroke-width="3" stroke-dasharray="4 2"/>"##,
                y + 1.0,
                y + 25.0
            ));
        }
    }
    svg.push_str("</svg>");
    let with_targets = bars.iter().any(|bar| bar.target.is_some());
    let rows = bars
        .iter()
        .map(|bar| {
            let mut row = vec![bar.label.clone(), bar.shown.clone()];
            if with_targets {
                row.push(bar.target.as_ref().map(|(_, shown)| shown.clone()).unwrap_or_default());
            }
            row
        })
        .collect();
    Chart {
        title: title.to_owned(),
        svg,
        columns: columns.to_vec(),
        rows,
    }
}

/// One part of a stacked bar: its name, its amount and the amount as written.
#[derive(Debug, Clone)]
pub struct Part {
    /// What the part is ("paid", "committed", "available").
    pub label: String,
    /// Its amount.
    pub value: Decimal,
    /// The amount as the reader reads it.
    pub shown: String,
}

/// One bar split into parts that add up to the whole (a budget: paid, committed, available),
/// with a legend naming each part and its amount under the bar, laid out for a reader of
/// `language`.
pub fn stacked(title: &str, parts: &[Part], columns: &[String], language: Language) -> Chart {
    let total = parts.iter().fold(Decimal::ZERO, |sum, part| {
        sum.saturating_add(part.value.max(Decimal::ZERO))
    });
    let legends: Vec<String> = parts
        .iter()
        .map(|part| format!("{}: {}", part.label, part.shown))
        .collect();
    let legend_start = 24.0;
    let width = STACKED_WIDTH.max(legend_start + widest(legends.iter().map(String::as_str)));
    let canvas = Canvas::new(width, language);
    let mut svg = canvas.open(title, 30.0 + ROW_HEIGHT * parts.len() as f64);
    let mut x = 0.0;
    for (index, (part, legend)) in parts.iter().zip(&legends).enumerate() {
        let length = share(part.value, total) * canvas.width;
        let fill = FILLS[index % FILLS.len()];
        svg.push_str(&canvas.rect(x, 0.0, length, 22.0, fill, Some("#ffffff")));
        x += length;
        let y = 30.0 + ROW_HEIGHT * index as f64;
        svg.push_str(&canvas.rect(0.0, y + 2.0, 16.0, 16.0, fill, Some("#0b0c0c")));
        svg.push_str(&canvas.text(legend_start, y + 15.0, legend));
    }
    svg.push_str("</svg>");
    Chart {
        title: title.to_owned(),
        svg,
        columns: columns.to_vec(),
        rows: parts
            .iter()
            .map(|part| vec![part.label.clone(), part.shown.clone()])
            .collect(),
    }
}

/// A drawing `width` wide, mirrored for a right-to-left reader: every position is given
/// from the start edge (the left, or the right in Arabic) and turned into SVG coordinates
/// here, and the SVG states its direction, so `text-anchor="start"` means the same edge.
struct Canvas {
    width: f64,
    right_to_left: bool,
}

impl Canvas {
    fn new(width: f64, language: Language) -> Self {
        Self {
            width: width.ceil(),
            right_to_left: language.is_right_to_left(),
        }
    }

    /// The opening of a chart's SVG: scalable, an image to assistive technology, titled, in
    /// the reader's direction.
    fn open(&self, title: &str, height: f64) -> String {
        let direction = if self.right_to_left { "rtl" } else { "ltr" };
        format!(
            r#"<svg class="chart__svg" viewBox="0 0 {width} {height:.1}" width="100%" direction="{direction}" role="img" aria-label="{title}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>"#,
            width = self.width,
            title = escape(title)
        )
    }

    /// The SVG abscissa of a point `from_start` away from the start edge.
    fn x(&self, from_start: f64) -> f64 {
        if self.right_to_left {
            self.width - from_start
        } else {
            from_start
        }
    }

    /// A line of text starting `from_start` away from the start edge, running in the
    /// reader's direction.
    fn text(&self, from_start: f64, y: f64, text: &str) -> String {
        format!(
            r##"<text x="{:.1}" y="{y:.1}" text-anchor="start" font-size="{FONT_SIZE}" fill="#0b0c0c">{}</text>"##,
            self.x(from_start),
            escape(text)
        )
    }

    /// A rectangle `length` long starting `from_start` away from the start edge.
    fn rect(&self, from_start: f64, y: f64, length: f64, height: f64, fill: &str, stroke: Option<&str>) -> String {
        let x = if self.right_to_left {
            self.width - from_start - length
        } else {
            from_start
        };
        let stroke = stroke
            .map(|colour| format!(r#" stroke="{colour}""#))
            .unwrap_or_default();
        format!(r#"<rect x="{x:.1}" y="{y:.1}" width="{length:.1}" height="{height:.1}" fill="{fill}"{stroke}/>"#)
    }
}

/// The width the longest of `texts` takes at the charts' font size, estimated generously
/// from its characters (a wide character, as in Chinese, counts a whole em).
fn widest<'a>(texts: impl Iterator<Item = &'a str>) -> f64 {
    texts
        .map(|text| {
            text.chars()
                .map(|character| if is_wide(character) { 1.0 } else { 0.62 })
                .sum::<f64>()
                * FONT_SIZE
        })
        .fold(0.0, f64::max)
}

/// Whether `character` takes a whole em (the CJK and full-width blocks).
fn is_wide(character: char) -> bool {
    matches!(character as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// `value` as a share of `whole`, between 0 and 1 (0 when the whole is not positive).
fn share(value: Decimal, whole: Decimal) -> f64 {
    if whole <= Decimal::ZERO {
        return 0.0;
    }
    let ratio = value.max(Decimal::ZERO).checked_div(whole).unwrap_or(Decimal::ZERO);
    ratio.min(Decimal::ONE).to_f64().unwrap_or(0.0)
}

/// `text` safe inside SVG text and attributes.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: Decimal) -> Bar {
        Bar {
            label: label.to_owned(),
            value,
            shown: value.to_string(),
            target: None,
        }
    }

    #[test]
    fn a_bar_is_as_long_as_its_share_of_the_maximum() {
        let chart = bars(
            "Women",
            &[bar("Women", Decimal::from(50)), bar("Men", Decimal::from(100))],
            Decimal::from(100),
            &[],
            Language::En,
        );
        assert!(chart.svg.contains(r#"width="160.0""#), "{}", chart.svg);
        assert!(chart.svg.contains(r#"width="320.0""#), "{}", chart.svg);
        assert_eq!(chart.rows, vec![vec!["Women", "50"], vec!["Men", "100"]]);
    }

    #[test]
    fn labels_cannot_break_out_of_the_svg() {
        let chart = bars(
            "<script>",
            &[bar("<b>\"x\"</b>", Decimal::from(1))],
            Decimal::from(1),
            &[],
            Language::En,
        );
        assert!(!chart.svg.contains("<script>"));
        assert!(!chart.svg.contains("<b>"));
        assert!(chart.svg.contains("&lt;b&gt;&quot;x&quot;"));
    }

    #[test]
    fn a_stacked_bar_splits_the_width_by_the_parts() {
        let part = |label: &str, value| Part {
            label: label.to_owned(),
            value,
            shown: format!("{value} EUR"),
        };
        let chart = stacked(
            "Budget",
            &[part("Paid", Decimal::from(25)), part("Available", Decimal::from(75))],
            &[],
            Language::En,
        );
        assert!(chart.svg.contains(r#"width="150.0""#), "{}", chart.svg);
        assert!(chart.svg.contains(r#"width="450.0""#), "{}", chart.svg);
        assert!(chart.svg.contains("Paid: 25 EUR"));
    }

    #[test]
    fn nothing_to_draw_draws_empty_bars_not_a_division_by_zero() {
        let chart = bars("None", &[bar("A", Decimal::from(5))], Decimal::ZERO, &[], Language::En);
        assert!(chart.svg.contains(r#"width="0.0""#));
    }

    #[test]
    fn the_label_column_is_as_wide_as_the_longest_label() {
        let short = bars("Short", &[bar("A", Decimal::ONE)], Decimal::ONE, &[], Language::En);
        let long = bars(
            "Long",
            &[bar("Organisation dirigée par des jeunes", Decimal::ONE)],
            Decimal::ONE,
            &[],
            Language::Fr,
        );
        let bar_start = |svg: &str| {
            let rect = &svg[svg.find("<rect").expect("a bar")..];
            let x = &rect[rect.find("x=\"").expect("x") + 3..];
            x[..x.find('"').expect("end")].parse::<f64>().expect("number")
        };
        assert!(bar_start(&short.svg) < 25.0, "{}", short.svg);
        assert!(bar_start(&long.svg) > 35.0 * 7.0, "{}", long.svg);
    }

    #[test]
    fn in_arabic_the_chart_is_mirrored_and_says_so() {
        let chart = bars(
            "نساء",
            &[bar("نساء", Decimal::from(50))],
            Decimal::from(100),
            &[],
            Language::Ar,
        );
        assert!(chart.svg.contains(r#"direction="rtl""#), "{}", chart.svg);
        let width = chart
            .svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .expect("width");
        assert!(
            chart.svg.contains(&format!(
                r#"<text x="{}.0""#,
                width.parse::<f64>().expect("a width") - MARGIN
            )),
            "the label starts at the right edge: {}",
            chart.svg
        );
        let english = bars(
            "Women",
            &[bar("Women", Decimal::from(50))],
            Decimal::from(100),
            &[],
            Language::En,
        );
        assert!(english.svg.contains(r#"direction="ltr""#) && english.svg.contains(r#"<text x="4.0""#));
    }
}
