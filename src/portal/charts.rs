//! Pictures where people would rather look than read, drawn on the server as SVG: no chart
//! library, no script, nothing outside the site. Each [`Chart`] carries its title (the
//! SVG's `<title>`, read out by screen readers) and the same numbers as a table, which the
//! `chart` macro of `macros.html` shows under the picture. Colour never carries meaning on
//! its own: every bar is labelled with its name and value.
//!
//! Drawing uses presentation attributes only (no `style=`), so the strict
//! Content-Security-Policy holds.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde::Serialize;

/// The width of the drawing in SVG units (it scales to the page).
const WIDTH: f64 = 600.0;
/// The width of the labels column, left of the bars.
const LABEL_WIDTH: f64 = 200.0;
/// The height of one bar's row.
const ROW_HEIGHT: f64 = 28.0;
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

/// Horizontal bars, one per row, against `max` (the longest possible bar). `columns` are the
/// table's headings: label, value, and target when any bar has one.
pub fn bars(title: &str, bars: &[Bar], max: Decimal, columns: &[String]) -> Chart {
    let height = ROW_HEIGHT * bars.len().max(1) as f64;
    let mut svg = open_svg(title, height);
    for (row, bar) in bars.iter().enumerate() {
        let y = ROW_HEIGHT * row as f64;
        let length = share(bar.value, max) * (WIDTH - LABEL_WIDTH - 90.0);
        svg.push_str(&format!(
            r##"<text x="0" y="{:.1}" font-size="13" fill="#0b0c0c">{}</text><rect x="{LABEL_WIDTH}" y="{:.1}" width="{length:.1}" height="18" fill="{}"/><text x="{:.1}" y="{:.1}" font-size="13" fill="#0b0c0c">{}</text>"##,
            y + 18.0,
            escape(&bar.label),
            y + 4.0,
            FILLS[0],
            LABEL_WIDTH + length + 6.0,
            y + 18.0,
            escape(&bar.shown),
        ));
        if let Some((target, _)) = &bar.target {
            let x = LABEL_WIDTH + share(*target, max) * (WIDTH - LABEL_WIDTH - 90.0);
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
/// with a legend naming each part and its amount under the bar.
pub fn stacked(title: &str, parts: &[Part], columns: &[String]) -> Chart {
    let total = parts.iter().fold(Decimal::ZERO, |sum, part| {
        sum.saturating_add(part.value.max(Decimal::ZERO))
    });
    let legend_height = ROW_HEIGHT * parts.len() as f64;
    let mut svg = open_svg(title, 30.0 + legend_height);
    let mut x = 0.0;
    for (index, part) in parts.iter().enumerate() {
        let length = share(part.value, total) * WIDTH;
        let fill = FILLS[index % FILLS.len()];
        svg.push_str(&format!(
            r##"<rect x="{x:.1}" y="0" width="{length:.1}" height="22" fill="{fill}" stroke="#ffffff"/>"##
        ));
        x += length;
        let y = 30.0 + ROW_HEIGHT * index as f64;
        svg.push_str(&format!(
            r##"<rect x="0" y="{:.1}" width="16" height="16" fill="{fill}" stroke="#0b0c0c"/><text x="24" y="{:.1}" font-size="13" fill="#0b0c0c">{}: {}</text>"##,
            y + 2.0,
            y + 15.0,
            escape(&part.label),
            escape(&part.shown),
        ));
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

/// The opening of a chart's SVG: scalable, an image to assistive technology, titled.
fn open_svg(title: &str, height: f64) -> String {
    format!(
        r#"<svg class="chart__svg" viewBox="0 0 {WIDTH} {height:.1}" width="100%" role="img" aria-label="{title}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>"#,
        title = escape(title)
    )
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
        );
        assert!(chart.svg.contains(r#"width="155.0""#), "{}", chart.svg);
        assert!(chart.svg.contains(r#"width="310.0""#), "{}", chart.svg);
        assert_eq!(chart.rows, vec![vec!["Women", "50"], vec!["Men", "100"]]);
    }

    #[test]
    fn labels_cannot_break_out_of_the_svg() {
        let chart = bars(
            "<script>",
            &[bar("<b>\"x\"</b>", Decimal::from(1))],
            Decimal::from(1),
            &[],
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
        );
        assert!(chart.svg.contains(r#"width="150.0""#), "{}", chart.svg);
        assert!(chart.svg.contains(r#"width="450.0""#), "{}", chart.svg);
        assert!(chart.svg.contains("Paid: 25 EUR"));
    }

    #[test]
    fn nothing_to_draw_draws_empty_bars_not_a_division_by_zero() {
        let chart = bars("None", &[bar("A", Decimal::from(5))], Decimal::ZERO, &[]);
        assert!(chart.svg.contains(r#"width="0.0""#));
    }
}
