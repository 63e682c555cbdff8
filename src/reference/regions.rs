//! The office's planning regions (`fixtures/regions.toml`, or the file `GRANTDESK_REGIONS`
//! names): named groups of countries such as the Sahel or Central Asia, which a prevention
//! office plans by, where the UN M49 continents would count Jordan and Kyrgyzstan together
//! as "Asia". Representation reports count by them unless asked for `regions=m49`.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use utoipa::ToSchema;

use crate::error::{AppError, AppResult};
use crate::i18n::{Language, Message};

/// What a country counts as when it is in no office region.
pub const OTHER_REGION: &str = "Other";

/// What a code that is no current country counts as.
pub const UNKNOWN_REGION: &str = "unknown";

/// A region's name in `language` from the catalogue (`leftovers-region-<slug>`): every
/// region of the shipped file, every UN M49 continent of `countries.csv`, "Other" and
/// "unknown" have one in each of the six languages; any other region keeps the name it was
/// given. Pages ask [`OfficeRegions::name_in`], which first takes the office's own names.
fn catalogue_name(region: &str, language: Language) -> String {
    let id = match region {
        OTHER_REGION => "leftovers-region-other".to_owned(),
        UNKNOWN_REGION => "leftovers-region-unknown-country".to_owned(),
        _ => {
            let slug: String = region
                .to_lowercase()
                .chars()
                .map(|letter| if letter.is_ascii_alphanumeric() { letter } else { '-' })
                .collect();
            format!("leftovers-region-{slug}")
        }
    };
    // Ids of the area's messages that are not region names.
    let not_a_name = ["leftovers-region-unknown", "leftovers-region-repeated"];
    let name = Message::new(id.clone()).render(language);
    if name == id || not_a_name.contains(&id.as_str()) {
        region.to_owned()
    } else {
        name
    }
}

/// Which regions a report counts by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum RegionScheme {
    /// The office's regions (the default).
    #[default]
    Office,
    /// The UN M49 continents.
    M49,
}

/// The office's regions: each country's region, the regions in the file's order, and the
/// names the file gives them in other languages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfficeRegions {
    /// The region names, as listed.
    pub names: Vec<String>,
    by_country: HashMap<String, String>,
    in_languages: HashMap<String, HashMap<Language, String>>,
}

impl OfficeRegions {
    /// The office region of a country (alpha-2), or "Other".
    pub fn of(&self, country: &str) -> &str {
        self.by_country.get(country).map_or(OTHER_REGION, String::as_str)
    }

    /// A region's name in `language` (an office region, a UN M49 continent, "Other" or
    /// "unknown"): the name the office's file gives it in that language (`names = { fr =
    /// "..." }`), else the catalogue's (`leftovers-region-<slug>`, for the shipped regions
    /// and the continents), else the name it was given. Pages show this name; the API and
    /// its CSV keep the region as the reference data names it.
    pub fn name_in(&self, region: &str, language: Language) -> String {
        self.in_languages
            .get(region)
            .and_then(|names| names.get(&language))
            .map_or_else(|| catalogue_name(region, language), Clone::clone)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionsFile {
    regions: Vec<RegionEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionEntry {
    name: String,
    countries: Vec<String>,
    /// The region's name in other languages, by code (`fr`, `ar`, ...); optional.
    #[serde(default)]
    names: HashMap<Language, String>,
}

/// Reads the regions file; a fault stops start-up naming the file (and the line).
pub fn read(path: &Path, is_country: impl Fn(&str) -> bool) -> AppResult<OfficeRegions> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| AppError::Internal(format!("cannot read {}: {error}", path.display())))?;
    parse(&text, is_country).map_err(|error| AppError::Internal(format!("{}: {error}", path.display())))
}

/// Parses a regions file: every code a current country (`is_country`), none listed twice,
/// no region named twice; the message names the line of the fault.
pub fn parse(text: &str, is_country: impl Fn(&str) -> bool) -> Result<OfficeRegions, String> {
    let file: RegionsFile = toml::from_str(text).map_err(|error| {
        match error
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1)
        {
            Some(line) => format!("line {line}: {}", error.message()),
            None => error.message().to_owned(),
        }
    })?;
    let line_of = |needle: &str| {
        text.lines()
            .position(|line| line.contains(needle))
            .map_or(0, |index| index + 1)
    };
    let mut regions = OfficeRegions::default();
    for entry in file.regions {
        let name = entry.name.trim().to_owned();
        if name.is_empty() || regions.names.contains(&name) {
            return Err(format!(
                "line {}: each region needs a name of its own (`{name}`)",
                line_of(&format!("\"{}\"", entry.name))
            ));
        }
        for code in entry.countries {
            let quoted = format!("\"{code}\"");
            if !is_country(&code) {
                return Err(format!(
                    "line {}: `{code}` in {name} is not a current ISO 3166-1 alpha-2 country code",
                    line_of(&quoted)
                ));
            }
            if let Some(first) = regions.by_country.insert(code.clone(), name.clone()) {
                return Err(format!(
                    "line {}: `{code}` is listed in {first} and again in {name}; a country belongs to one region",
                    text.lines()
                        .enumerate()
                        .filter(|(_, line)| line.contains(&quoted))
                        .nth(1)
                        .map_or(0, |(index, _)| index + 1)
                ));
            }
        }
        let own: HashMap<Language, String> = entry
            .names
            .into_iter()
            .map(|(language, given)| (language, given.trim().to_owned()))
            .filter(|(_, given)| !given.is_empty())
            .collect();
        if !own.is_empty() {
            regions.in_languages.insert(name.clone(), own);
        }
        regions.names.push(name);
    }
    Ok(regions)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(code: &str) -> bool {
        ["JO", "KG", "ML", "NE", "FR"].contains(&code)
    }

    #[test]
    fn countries_fall_in_their_office_region_and_the_rest_in_other() {
        let regions = parse(
            "[[regions]]\nname = \"MENA\"\ncountries = [\"JO\"]\n\n[[regions]]\nname = \"Central Asia\"\ncountries = [\"KG\"]\n",
            known,
        )
        .expect("parses");
        assert_eq!(regions.names, ["MENA", "Central Asia"]);
        assert_eq!(regions.of("JO"), "MENA");
        assert_eq!(regions.of("KG"), "Central Asia");
        assert_eq!(regions.of("FR"), OTHER_REGION);
    }

    #[test]
    fn a_broken_file_is_refused_naming_the_line() {
        let cases = [
            (
                "[[regions]]\nname = \"Sahel\"\ncountries = [\"ML\", \"XX\"]\n",
                "line 3: `XX`",
            ),
            (
                "[[regions]]\nname = \"Sahel\"\ncountries = [\"ML\"]\n[[regions]]\nname = \"West Africa\"\ncountries = [\"ML\"]\n",
                "line 6: `ML` is listed in Sahel and again in West Africa",
            ),
            ("[[regions]]\nname = \"Sahel\"\ncountries = \"ML\"\n", "line 3"),
            (
                "[[regions]]\nname = \"Sahel\"\ncountries = []\n[[regions]]\nname = \"Sahel\"\ncountries = []\n",
                "needs a name of its own",
            ),
        ];
        for (text, expected) in cases {
            let error = parse(text, known).expect_err(text);
            assert!(error.contains(expected), "{error} / {expected}");
        }
    }

    #[test]
    fn every_shipped_and_m49_region_is_named_in_each_language() {
        let text = include_str!("../../fixtures/regions.toml");
        let shipped = parse(text, |code| code.len() == 2).expect("the fixture parses");
        let m49 = ["Africa", "Americas", "Antarctica", "Asia", "Europe", "Oceania"];
        let names = shipped
            .names
            .iter()
            .map(String::as_str)
            .chain(m49)
            .chain([OTHER_REGION, UNKNOWN_REGION]);
        for region in names {
            for language in Language::ALL {
                let name = shipped.name_in(region, language);
                assert!(
                    !name.is_empty() && !name.starts_with("leftovers-"),
                    "{region} in {language:?}: {name}"
                );
            }
            assert_ne!(
                shipped.name_in(region, Language::Zh),
                region,
                "{region} has a Chinese name"
            );
        }
        assert_eq!(shipped.name_in("Central Asia", Language::Fr), "Asie centrale");
        assert_eq!(shipped.name_in("Our own region", Language::Fr), "Our own region");
        assert_eq!(shipped.name_in("Other", Language::En), "Other");
        assert_eq!(shipped.name_in("Africa", Language::Ar), "أفريقيا");
    }

    #[test]
    fn an_office_names_its_own_regions_per_language_and_the_rest_keep_the_given_name() {
        let regions = parse(
            "[[regions]]\nname = \"Lake Chad Basin\"\ncountries = [\"NE\"]\nnames = { fr = \"Bassin du lac Tchad\", ar = \" \" }\n\n[[regions]]\nname = \"Central Asia\"\ncountries = [\"KG\"]\nnames = { fr = \"Asie centrale de l’office\" }\n",
            known,
        )
        .expect("parses");
        assert_eq!(regions.name_in("Lake Chad Basin", Language::Fr), "Bassin du lac Tchad");
        assert_eq!(
            regions.name_in("Lake Chad Basin", Language::Ar),
            "Lake Chad Basin",
            "blank: as given"
        );
        assert_eq!(regions.name_in("Lake Chad Basin", Language::Es), "Lake Chad Basin");
        assert_eq!(
            regions.name_in("Central Asia", Language::Fr),
            "Asie centrale de l’office"
        );
        assert_eq!(
            regions.name_in("Central Asia", Language::Es),
            "Asia Central",
            "the catalogue's"
        );
        let unknown = parse(
            "[[regions]]\nname = \"Sahel\"\ncountries = [\"ML\"]\nnames = { de = \"Sahelzone\" }\n",
            known,
        )
        .expect_err("German is not one of the six");
        assert!(unknown.contains("line 4"), "{unknown}");
    }

    #[test]
    fn the_shipped_file_reads() {
        let text = include_str!("../../fixtures/regions.toml");
        let regions = parse(text, |code| code.len() == 2).expect("the fixture parses");
        assert_eq!(regions.names.len(), 9);
        assert_eq!(regions.of("JO"), "Middle East and North Africa");
        assert_eq!(regions.of("KG"), "Central Asia");
        assert_eq!(regions.of("ML"), "The Sahel");
    }
}
