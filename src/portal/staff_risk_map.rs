//! The 5×5 risk heat map, drawn on the server as SVG with presentation attributes only:
//! impact across, likelihood up, each cell tinted by its score (likelihood × impact) and
//! carrying the number of risks in it as text, so colour is never the only cue. It comes
//! as a [`Chart`] (the SVG's `<title>` and the same counts as a table), which the `chart`
//! macro of `macros.html` shows.

use super::charts::{Chart, escape};

/// The side of one cell, in SVG units.
const CELL: f64 = 64.0;
/// The room left of the grid for the likelihood labels.
const LEFT: f64 = 120.0;
/// The room under the grid for the impact labels.
const BOTTOM: f64 = 56.0;

/// The words of a heat map, in the reader's language.
pub struct MapWords {
    /// The title (the SVG's `<title>` and the caption).
    pub title: String,
    /// The axis names: likelihood, impact.
    pub axes: (String, String),
    /// The names of the five levels of each axis, 1 to 5.
    pub likelihood: [String; 5],
    /// The names of the five impact levels, 1 to 5.
    pub impact: [String; 5],
}

/// The number of risks in each cell, `counts[likelihood - 1][impact - 1]`, from the
/// (likelihood, impact) pairs of the risks; pairs outside 1 to 5 are not counted.
pub fn counts(risks: &[(u8, u8)]) -> [[u32; 5]; 5] {
    let mut counts = [[0u32; 5]; 5];
    for &(likelihood, impact) in risks {
        if (1..=5).contains(&likelihood) && (1..=5).contains(&impact) {
            counts[usize::from(likelihood - 1)][usize::from(impact - 1)] += 1;
        }
    }
    counts
}

/// The fill of a cell by its score: green (up to 4), yellow (up to 9), orange (up to 14),
/// red (15 and more), light enough for dark text.
fn fill(score: u8) -> &'static str {
    match score {
        0..=4 => "#cce2d8",
        5..=9 => "#fff7bf",
        10..=14 => "#fcd6c3",
        _ => "#f0a99c",
    }
}

/// The heat map of these counts.
pub fn heat_map(counts: &[[u32; 5]; 5], words: &MapWords) -> Chart {
    let width = LEFT + CELL * 5.0;
    let height = CELL * 5.0 + BOTTOM;
    let title = escape(&words.title);
    let mut svg = format!(
        r#"<svg class="chart__svg" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{title}" xmlns="http://www.w3.org/2000/svg"><title>{title}</title>"#
    );
    for likelihood in 1..=5u8 {
        let y = CELL * f64::from(5 - likelihood);
        svg.push_str(&format!(
            r##"<text x="{:.1}" y="{:.1}" font-size="12" text-anchor="end" fill="#0b0c0c">{}</text>"##,
            LEFT - 8.0,
            y + CELL / 2.0 + 4.0,
            escape(&words.likelihood[usize::from(likelihood - 1)]),
        ));
        for impact in 1..=5u8 {
            let x = LEFT + CELL * f64::from(impact - 1);
            let count = counts[usize::from(likelihood - 1)][usize::from(impact - 1)];
            let score = likelihood * impact;
            svg.push_str(&format!(
                r##"<rect x="{x:.1}" y="{y:.1}" width="{CELL}" height="{CELL}" fill="{}" stroke="#0b0c0c" stroke-width="1"/>"##,
                fill(score)
            ));
            let weight = if count > 0 { "700" } else { "400" };
            svg.push_str(&format!(
                r##"<text x="{:.1}" y="{:.1}" font-size="{}" font-weight="{weight}" text-anchor="middle" fill="#0b0c0c">{count}</text><text x="{:.1}" y="{:.1}" font-size="10" text-anchor="end" fill="#505a5f">{score}</text>"##,
                x + CELL / 2.0,
                y + CELL / 2.0 + 7.0,
                if count > 0 { 22 } else { 14 },
                x + CELL - 4.0,
                y + 12.0,
            ));
        }
    }
    for impact in 1..=5u8 {
        let x = LEFT + CELL * (f64::from(impact) - 0.5);
        svg.push_str(&format!(
            r##"<text x="{x:.1}" y="{:.1}" font-size="12" text-anchor="middle" fill="#0b0c0c">{}</text>"##,
            CELL * 5.0 + 18.0,
            escape(&words.impact[usize::from(impact - 1)]),
        ));
    }
    svg.push_str(&format!(
        r##"<text x="{:.1}" y="{:.1}" font-size="13" font-weight="700" text-anchor="middle" fill="#0b0c0c">{}</text><text x="0" y="14" font-size="13" font-weight="700" fill="#0b0c0c">{}</text></svg>"##,
        LEFT + CELL * 2.5,
        CELL * 5.0 + 44.0,
        escape(&words.axes.1),
        escape(&words.axes.0),
    ));
    let mut columns = vec![format!("{} \\ {}", words.axes.0, words.axes.1)];
    columns.extend(words.impact.iter().cloned());
    let rows = (1..=5u8)
        .rev()
        .map(|likelihood| {
            let mut row = vec![words.likelihood[usize::from(likelihood - 1)].clone()];
            row.extend(
                counts[usize::from(likelihood - 1)]
                    .iter()
                    .map(|count| count.to_string()),
            );
            row
        })
        .collect();
    Chart {
        title: words.title.clone(),
        svg,
        columns,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> MapWords {
        let levels = ["1", "2", "3", "4", "5"].map(str::to_owned);
        MapWords {
            title: "Risks <by> likelihood".to_owned(),
            axes: ("Likelihood".to_owned(), "Impact".to_owned()),
            likelihood: levels.clone(),
            impact: levels,
        }
    }

    #[test]
    fn risks_are_counted_in_their_cells_and_those_off_the_scale_are_not() {
        let counts = counts(&[(4, 5), (4, 5), (1, 1), (7, 2), (0, 3)]);
        assert_eq!(counts[3][4], 2);
        assert_eq!(counts[0][0], 1);
        assert_eq!(counts.iter().flatten().sum::<u32>(), 3);
    }

    #[test]
    fn the_map_has_a_title_a_count_in_every_cell_and_the_same_counts_as_a_table() {
        let chart = heat_map(&counts(&[(4, 5), (4, 5)]), &words());
        assert!(
            chart.svg.contains("<title>Risks &lt;by&gt; likelihood</title>"),
            "{}",
            chart.svg
        );
        assert_eq!(chart.svg.matches("<rect").count(), 25);
        assert!(
            chart
                .svg
                .contains(r##"font-weight="700" text-anchor="middle" fill="#0b0c0c">2</text>"##)
        );
        assert!(!chart.svg.contains("style="));
        // Likelihood 4 is the second row from the top; impact 5 the last column.
        assert_eq!(chart.rows[1], ["4", "0", "0", "0", "0", "2"]);
        assert_eq!(chart.rows.len(), 5);
        assert_eq!(chart.columns.len(), 6);
    }

    #[test]
    fn a_high_score_is_tinted_red_and_a_low_one_green() {
        assert_eq!(fill(20), "#f0a99c");
        assert_eq!(fill(2), "#cce2d8");
    }
}
